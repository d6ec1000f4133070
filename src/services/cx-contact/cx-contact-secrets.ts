import { CxContactComplianceProvider, CxContactProps } from './cx-contact-props';
import { SecretValue } from '../../charts';
import { SecretReference } from '../../datastores';

/**
 * The chart values that are credentials (002 §3.1, §3.2, §4.2: "Credentials such as Redis, CDP, GWS
 * and configserver are given as plain Helm values"). The library never writes a secret value, so
 * these are left out of the values and listed for the operator, each with the Secret and key it
 * comes from.
 */
export function cxContactSecretValues(props: CxContactProps): SecretValue[] {
  const found: Array<{ key: string; secret: SecretReference }> = [
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
  return found.map((v) => ({ key: v.key, secretName: v.secret.secretName, secretKey: v.secret.key }));
}

/** The operator's list, one `key <- Secret name, key` line each. */
export function secretValuesText(release: string, values: SecretValue[]): string {
  return [
    `# Chart values of release ${release} taken from Secrets, never written by the library (002 §3.4).`,
    '# Flux reads them itself (valuesFrom), the Terraform through set_sensitive from the Secret; with Argo CD or by hand pass them at install (helm --set).',
    ...values.map((v) => `${v.key}  <- Secret ${v.secretName}, key ${v.secretKey}`),
    '',
  ].join('\n');
}
