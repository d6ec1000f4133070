import { Construct } from 'constructs';
import { checkCxContactProps } from './cx-contact-checks';
import { CxContactComponent } from './cx-contact-component';
import { CxContactProps } from './cx-contact-props';
import { cxContactSecretValues, secretValuesText } from './cx-contact-secrets';
import { cxContactValues } from './cx-contact-values';
import { Catalog } from '../../catalog';
import { CXC_COMPONENTS, CXC_STORAGE } from '../../catalog/data/cx-contact-facts';
import { ChartRelease, GenesysService } from '../../charts';
import { ClusterChart, ManifestFile, addChecks, waveFileName } from '../../core';
import { checkProps } from '../../core/check-props';

const PRODUCT = 'cxc';
/** The release (002 §1.1: `helm install cxc ...`). */
const RELEASE = 'cxc';

/**
 * CX Contact (002): Helm release `cxc` of the `cxcontact` chart in namespace `cxc`, which renders
 * the seven back-end components (API Aggregator, Campaign Manager, Compliance Manager, Dial Manager,
 * Job Scheduler, List Builder, List Manager) and the UI, the shared ReadWriteMany claim `cxc-claim`,
 * the front-end ingress (UI and API, cookie stickiness) and the internal one, and the tenant
 * provisioning Jobs. Dial Manager runs only with Nexus.
 *
 * The construct computes the chart's values (`release.values`); the credentials the chart takes as
 * plain values come from Secrets at install (`release.secretValues`: Flux's `valuesFrom`), and are
 * listed with their Secrets in `cxc/secret-values.txt` for the other deliveries.
 *
 * It makes no native object: the chart creates the shared claim ("The Helm chart creates the
 * ReadWriteMany (RWX) Persistent Volume Claim", 002 §1.2), the two ingresses (002 §1.3) and the
 * provisioning Jobs (002 §4.2), which the library used to render itself.
 */
export class CxContact extends Construct {
  /** The release of the `cxcontact` chart. */
  public readonly release: ChartRelease;
  /** The components, in the guide's order, as the monitoring and the checks read them. */
  public readonly components: GenesysService[];
  /** The shared ReadWriteMany claim the chart creates. */
  public readonly claimName: string;

  /**
   * @param scope the unit
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: CxContactProps) {
    checkProps(scope, 'CxContactProps', props, id);
    super(scope, id);
    const product = Catalog.product(PRODUCT);
    ManifestFile.assign(this, waveFileName(product.wave, product.id));
    this.claimName = CXC_STORAGE.claimName;
    this.release = new ChartRelease(this, 'release', {
      chart: Catalog.chart(CXC_COMPONENTS[0].id),
      releaseName: RELEASE,
      namespace: product.namespace,
      chartVersion: props.chartVersion,
      values: {},
      userValues: props.values,
    });
    this.components = CXC_COMPONENTS.filter((c) => !c.needsNexus || props.nexus !== undefined).map(
      (fact) => new CxContactComponent(this, fact.id, { serviceId: fact.id, release: this.release, imageRegistry: props.imageRegistry }),
    );
    this.release.addValues(cxContactValues(props, this.components[0].chartContext));
    for (const v of cxContactSecretValues(props)) this.release.addSecretValue(v.key, v.secretName, v.secretKey);
    ClusterChart.enclosing(this).addTextFile(`${PRODUCT}/secret-values.txt`, secretValuesText(RELEASE, this.release.secretValues));
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
