import { Construct } from 'constructs';
import { checkCxContactProps } from './cx-contact-checks';
import { componentProps, exposeHttpPort } from './cx-contact-components';
import { API_PORT_NAME, UI_PORT_NAME, addCxContactIngresses } from './cx-contact-ingress';
import { CxContactProps } from './cx-contact-props';
import { CxContactProvisioningJob } from './cx-contact-provisioning';
import { Catalog, StorageRole } from '../../catalog';
import { CXC_COMPONENTS, CXC_STORAGE } from '../../catalog/data/cx-contact-facts';
import { GenesysService, ManifestFile, ServiceIngress, VolumeClaim, addChecks, waveFileName } from '../../core';
import { checkProps } from '../../core/check-props';
import { requireOptions } from '../../core/problems';

const PRODUCT = 'cxc';

/**
 * CX Contact (002), in namespace `cxc`: the seven back-end components (API Aggregator, Campaign
 * Manager, Compliance Manager, Dial Manager, Job Scheduler, List Builder, List Manager) and the UI,
 * each a Deployment named after its catalogue id with its metrics port, 2 pods each, Compliance
 * Manager and Dial Manager autoscaled; Dial Manager only with Nexus. The back-end components share
 * the ReadWriteMany claim `cxc-claim` and read Redis, Elasticsearch, PostgreSQL, the GWS client and
 * the Configuration Server account, List Builder the Compliance Data Provider credentials, all from
 * Secrets by reference. Optionally the ingress-nginx ingresses with cookie stickiness, and one
 * provisioning Job per tenant.
 */
export class CxContact extends Construct {
  /** The components, in the guide's order. */
  public readonly components: GenesysService[];
  /** The shared ReadWriteMany claim. */
  public readonly claim: VolumeClaim;
  /** The frontend ingress (UI and API), when `ingress` was given. */
  public readonly frontendIngress?: ServiceIngress;
  /** The internal ingress, when `ingress` was given and `internalIngress` not turned off. */
  public readonly backendIngress?: ServiceIngress;
  /** The tenant provisioning Jobs, in tenant order. */
  public readonly provisioningJobs: CxContactProvisioningJob[];

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: CxContactProps) {
    checkProps(scope, 'CxContactProps', props, id);
    super(scope, id);
    requireOptions(scope, id, 'CxContact', props, [
      { name: 'platform', what: 'the platform decides the storage class of the shared volume', fix: 'pass platform: unit.platform', source: '002 §1.2' },
      { name: 'redis', what: 'CX Contact keeps user sessions and dialling history in Redis', fix: "pass redis: cxcRedis.bind('cxc', 'cxc-redis', credentials) on a RedisCluster with serviceGroup 'cxc'", source: '002 §2.1' },
      { name: 'elasticsearch', what: 'CX Contact searches its lists in Elasticsearch', fix: "pass elasticsearch: elasticsearchCluster.bind('cxc')", source: '002 §2.1' },
      { name: 'postgres', what: 'CX Contact keeps contact and suppression lists in PostgreSQL', fix: "pass postgres: pg.database({ database: 'cxc', service: 'cxc-list-manager', credentials })", source: '002 §2.3 #7' },
    ]);
    const product = Catalog.product(PRODUCT);
    ManifestFile.assign(this, waveFileName(product.wave, product.id));

    const storage = props.storage ?? {};
    this.claim = new VolumeClaim(this, 'claim', {
      name: CXC_STORAGE.claimName,
      namespace: product.namespace,
      storageClassName: props.platform.storageClass(storage.storageRole ?? StorageRole.RWX_REDUNDANT).name,
      size: storage.size ?? CXC_STORAGE.size,
      readWriteMany: CXC_STORAGE.readWriteMany,
      appName: PRODUCT,
    });

    this.components = CXC_COMPONENTS.filter((c) => !c.needsNexus || props.nexus !== undefined).map(
      (fact) => new GenesysService(this, fact.id, componentProps(fact, props, this.claim.name)),
    );
    const ui = this.component('cxc-ui');
    const api = this.component('cxc-api-aggregator');
    if (props.uiPort !== undefined) exposeHttpPort(ui, UI_PORT_NAME, props.uiPort, true);
    if (props.apiPort !== undefined) exposeHttpPort(api, API_PORT_NAME, props.apiPort, false);

    if (props.ingress && props.uiPort !== undefined && props.apiPort !== undefined) {
      const ingresses = addCxContactIngresses(this, props.ingress, {
        namespace: product.namespace,
        uiService: ui.name,
        uiPort: props.uiPort,
        apiService: api.name,
        apiPort: props.apiPort,
      });
      this.frontendIngress = ingresses.frontend;
      this.backendIngress = ingresses.backend;
      // The ingress controller is not in the mesh: it reaches the UI and the API directly.
      ui.allowOutsideMesh(props.uiPort, `ingress ${ingresses.frontend.name} (ingress controller)`);
      const apiRoutes = [ingresses.frontend, ...(ingresses.backend ? [ingresses.backend] : [])].map((i) => i.name).join(', ');
      api.allowOutsideMesh(props.apiPort, `ingresses ${apiRoutes} (ingress controller)`);
    }
    this.provisioningJobs = (props.provisioning?.tenants ?? []).map(
      (tenant, index) => new CxContactProvisioningJob(this, `provisioning-${index}`, { index, tenant, cxc: props }),
    );
    addChecks(this, () => checkCxContactProps(props));
  }

  /**
   * One component by catalogue id, e.g. `cxc-list-builder`.
   *
   * @param id the component's catalogue id
   */
  public component(id: string): GenesysService {
    const found = this.components.find((c) => c.info.id === id);
    if (!found) throw new Error(`CxContact: no component "${id}"; present: ${this.components.map((c) => c.info.id).join(', ')}`);
    return found;
  }
}
