import { CxContactComplianceProvider, CxContactProps, CxContactTenantProps } from './cx-contact-props';
import { CX_CONTACT_CHART, CXC_IMAGE_KEYS } from '../../catalog/data/charts/cx-contact-charts';
import { CXC_DATA_STORES, CXC_STORAGE } from '../../catalog/data/cx-contact-facts';
import { problem } from '../../core';
import { memoryBytes } from '../../core/quantities';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every rule the CX Contact options must satisfy; one message per broken rule. */
export function checkCxContactProps(props: CxContactProps): string[] {
  return [
    ...checkComplianceData(props),
    ...checkStorage(props),
    ...checkDataStores(props),
    ...checkComponents(props),
    ...checkIngress(props),
    ...checkProvisioning(props),
  ];
}

function checkComplianceData(props: CxContactProps): string[] {
  const cdp = props.complianceData;
  const provider = cdp?.provider ?? CxContactComplianceProvider.NEXT_GENERATION;
  if (provider === CxContactComplianceProvider.LEGACY) {
    return cdp?.clientId || cdp?.clientSecret
      ? [problem('cxc: complianceData has CDP NG credentials, but the provider is LEGACY, which does not use them', 'remove clientId and clientSecret, or use the NEXT_GENERATION provider', '002 §3.2')]
      : [];
  }
  const missing = [cdp?.clientId ? undefined : 'clientId (gcloud_id)', cdp?.clientSecret ? undefined : 'clientSecret (gcloud_secret)'].filter((m) => m);
  if (missing.length === 0) return [];
  return [
    problem(
      `cxc: the Compliance Data Provider (CDP NG) credentials are missing: ${missing.join(', ')}; they are required and have no default`,
      'obtain the id and secret from Genesys Customer Care, store them in a Secret and pass complianceData.clientId and clientSecret, or set complianceData.provider to LEGACY',
      '002 §3.2',
    ),
  ];
}

function checkStorage(props: CxContactProps): string[] {
  const found: string[] = [];
  const storage = props.storage ?? {};
  if (storage.storageRole !== undefined) {
    const cls = props.platform.storageClass(storage.storageRole);
    if (!cls.readWriteMany) {
      found.push(
        problem(
          `cxc: the shared volume uses storage class "${cls.name}" (${storage.storageRole}), which is not ReadWriteMany; several CX Contact components mount it at once`,
          'use a ReadWriteMany role (StorageRole.RWX_REDUNDANT or StorageRole.RWX_LOCAL), or leave storageRole unset',
          '002 §1.2',
        ),
      );
    }
  }
  if (storage.size !== undefined && memoryBytes(storage.size) === undefined) {
    found.push(problem(`cxc: storage size "${storage.size}" is not a quantity`, `write it like "${CXC_STORAGE.size}"`, '002 §1.2'));
  }
  return found;
}

function checkDataStores(props: CxContactProps): string[] {
  if (!CXC_DATA_STORES.tlsRequired) return [];
  const found: string[] = [];
  const rule = 'TLS 1.2 is required for every connection to Redis, PostgreSQL and Elasticsearch';
  if (!props.redis.tls) {
    found.push(problem(`cxc: Redis "${props.redis.name}" is reached without TLS; ${rule}`, 'turn TLS on for the Redis store', '002 §2.1'));
  }
  if (!props.postgres.tls) {
    found.push(problem(`cxc: PostgreSQL database "${props.postgres.database}" is reached without TLS; ${rule}`, 'turn TLS on for the PostgreSQL server', '002 §2.1'));
  }
  if (!props.elasticsearch.url.startsWith('https://')) {
    found.push(problem(`cxc: Elasticsearch is reached at "${props.elasticsearch.url}", not over https; ${rule}`, 'give the https URL of the cluster', '002 §2.1'));
  }
  return found;
}

function checkComponents(props: CxContactProps): string[] {
  const found: string[] = [];
  if (props.nexus && (!Number.isInteger(props.nexus.port) || props.nexus.port < 1 || props.nexus.port > 65535)) {
    found.push(problem(`cxc: Nexus port ${props.nexus.port} is not a port`, 'give a number from 1 to 65535', '002 §3.2'));
  }
  const replicas = props.replicas;
  if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 1)) {
    found.push(problem(`cxc: replicas is ${replicas}; CX Contact runs N+1`, 'give 1 or more (2 recommended)', '002 §5'));
  }
  const known: readonly string[] = CXC_IMAGE_KEYS;
  const unknown = Object.keys(props.imageTags ?? {}).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    found.push(
      problem(
        `cxc: imageTags names ${unknown.join(', ')}, which are not components of the cxcontact chart`,
        `use the chart's component keys: ${CXC_IMAGE_KEYS.join(', ')}`,
        CX_CONTACT_CHART.source,
      ),
    );
  }
  return found;
}

function checkIngress(props: CxContactProps): string[] {
  const ingress = props.ingress;
  if (!ingress) return [];
  if (/^(?=.{1,240}$)([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/.test(ingress.domain)) return [];
  return [problem(`cxc: ingress domain "${ingress.domain}" is not a DNS domain`, 'give the domain the hosts go under, e.g. "example.com" for cxc.example.com')];
}

function checkProvisioning(props: CxContactProps): string[] {
  const provisioning = props.provisioning;
  if (!provisioning) return [];
  const found: string[] = [];
  if (provisioning.tenants.length === 0) {
    found.push(problem('cxc: provisioning has no tenants', 'list the tenants to provision, or remove provisioning', '002 §4.2'));
  }
  provisioning.tenants.forEach((t, i) => found.push(...checkTenant(t, i)));
  const unique: Array<[string, (t: CxContactTenantProps) => string]> = [
    ['tenantId', (t) => t.tenantId],
    ['shortTenantName', (t) => t.shortTenantName],
    ['customerName', (t) => t.customerName],
    ['domain', (t) => t.domain],
  ];
  for (const [field, of] of unique) {
    const values = provisioning.tenants.map(of);
    const repeated = [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
    if (repeated.length > 0) {
      found.push(problem(`cxc: provisioning tenants repeat ${field} ${repeated.map((r) => `"${r}"`).join(', ')}; it must be unique`, `give each tenant its own ${field}`, '002 §4.2'));
    }
  }
  return found;
}

function checkTenant(t: CxContactTenantProps, index: number): string[] {
  const found: string[] = [];
  const where = `cxc: provisioning tenant ${index}`;
  if (!UUID.test(t.tenantId)) {
    found.push(problem(`${where}: tenant id "${t.tenantId}" is not a UUID; it names the tenant's Configuration Server tenant-<uuid>`, 'give the tenant\'s UUID in lower case, e.g. "9350e2fc-a1dd-4c65-8d40-1f75a2e080dd"', '002 §4.2'));
  }
  for (const [field, value] of [['shortTenantName', t.shortTenantName], ['customerName', t.customerName], ['domain', t.domain]] as const) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value)) {
      found.push(problem(`${where}: ${field} "${value}" is empty or has characters other than letters, digits, ".", "_" and "-"`, `give a ${field} like the guide's ("ten100", "Tenant100", "t100")`, '002 §4.2'));
    }
  }
  if (t.location !== undefined && !/^\/[A-Za-z0-9_-]+$/.test(t.location)) {
    found.push(problem(`${where}: location "${t.location}" is not a Configuration Server location`, 'write it like "/USW1"', '002 §4.2'));
  }
  if (t.backupPort !== undefined && t.backupHost === undefined) {
    found.push(problem(`${where}: backupPort is set without backupHost`, 'give both, or neither', '002 §4.2'));
  }
  return found;
}
