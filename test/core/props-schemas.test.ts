import * as fs from 'fs';
import { OUTPUT, generatePropsSchemas, renderPropsSchemas } from '../../scripts/props-schemas';
import { propsProblems } from '../../src/core/check-props';

describe('props schemas', () => {
  test('the committed schemas are those the props interfaces generate (run `npx projen props-schemas`)', () => {
    expect(fs.readFileSync(OUTPUT, 'utf8')).toBe(renderPropsSchemas(generatePropsSchemas()));
  });

  test('a misspelt option names the option it resembles', () => {
    expect(propsProblems('UnitProps', { role: 'primary', regoin: 'eastus2' })).toEqual([
      expect.stringContaining('UnitProps: region is missing'),
      expect.stringContaining('"regoin" is not an option (the props interface in API.md). Fix: did you mean region?'),
    ]);
  });

  test('an enum value outside the enum lists the values', () => {
    expect(propsProblems('UnitProps', { role: 'primery', region: 'eastus2' })).toEqual([expect.stringContaining('role is the string "primery", but must be one of "primary", "secondary"')]);
  });

  test('conforming props have no problem', () => {
    expect(propsProblems('UnitPairProps', { geography: 'us' })).toEqual([]);
  });
});
