import { CxContactComplianceProvider, CxContactProps } from './cx-contact-props';
import { SecretReference } from '../../datastores';

/** One chart value the operator passes at install from a Secret. */
export interface SecretValue {
  /** The chart key, as `helm --set` takes it. */
  readonly key: string;
  /** Where the value is. */
  readonly secret: SecretReference;
}

/**
 * The chart values that are credentials (002 §3.1, §3.2, §4.2: "Credentials such as Redis, CDP, GWS
 * and configserver are given as plain Helm values"). The library never writes a secret value, so
 * these are left out of the values and listed for the operator, each with the Secret and key it
 * comes from.
 */
export function cxContactSecretValues(props: CxContactProps): SecretValue[] {
  const found: SecretValue[] = [
    { key: 'configserver.user_name', secret: props.configServer.userName },
    { key: 'configserver.user_password', secret: props.configServer.password },
    { key: 'gws.client_id', secret: props.gws.clientId },
    { key: 'gws.client_secret', secret: props.gws.clientSecret },
  ];
  if (props.redis.credentials) found.push({ key: 'redis.password', secret: props.redis.credentials });
  const cdp = props.complianceData;
  if ((cdp?.provider ?? CxContactComplianceProvider.NEXT_GENERATION) === CxContactComplianceProvider.NEXT_GENERATION) {
    if (cdp?.clientId) found.push({ key: 'cxcontact.compliance_data.cdp_ng.gcloud_id', secret: cdp.clientId });
    if (cdp?.clientSecret) found.push({ key: 'cxcontact.compliance_data.cdp_ng.gcloud_secret', secret: cdp.clientSecret });
  }
  if (props.nexus) found.push({ key: 'cxcontact.override.dial-manager.api_key', secret: props.nexus.apiKey });
  const provisioning = props.provisioning;
  if (provisioning) {
    found.push({ key: 'tenant_provisioning.gws_basic_auth_user', secret: provisioning.gwsBasicAuthUser });
    found.push({ key: 'tenant_provisioning.gws_basic_auth_pass', secret: provisioning.gwsBasicAuthPassword });
    provisioning.tenants.forEach((t, i) => found.push({ key: `tenant_provisioning.tenants[${i}].configserver.password`, secret: t.configServerPassword }));
  }
  return found;
}

/** The operator's list, one `key <- Secret name, key` line each. */
export function secretValuesText(release: string, values: SecretValue[]): string {
  return [
    `# Chart values of release ${release} to pass at install (helm --set), not written by the library (002 §3.4)`,
    ...values.map((v) => `${v.key}  <- Secret ${v.secret.secretName}, key ${v.secret.key}`),
    '',
  ].join('\n');
}
