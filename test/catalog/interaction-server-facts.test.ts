import { Guide } from '../../src';
import { IXN_DATABASES } from '../../src/catalog/data/interaction-server-facts';
import { describeWithGuides, guideText } from '../support/guides';

/**
 * The keys of the Interaction Server database Secrets, which the guide gives only as the chart
 * values that fill the Secret (004 §3.2, `ixnService.ixnServer.secrets.db.*`): each catalogue key
 * must be one of those value names (the extracted table glues the type, `string`, to the name).
 */
describeWithGuides('Interaction Server database Secret keys against the guide (004)', () => {
  const text = guideText(Guide.INTERACTION_SERVER);

  test.each([
    ['user', IXN_DATABASES.secretUserKey],
    ['password', IXN_DATABASES.secretPasswordKey],
  ])('the %s key is a value of ixnServer.secrets.db', (_what, key) => {
    expect(text).toMatch(new RegExp(`ixnService\\.ixnServer\\.secrets\\.db\\.${key}(?=string|\\s)`));
  });
});
