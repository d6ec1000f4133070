import { ApiObject, Chart } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { checkProps } from './check-props';
import { KubeNamespace } from './k8s';
import { Labels } from './labels';
import { ManifestFile } from './manifest-file';
import { SynthProblemsError, addChecks, problem } from './problems';
import { ReleaseSpec } from './release-spec';

/** Options of a cluster chart. */
export interface ClusterChartProps {
  /**
   * Registry that serves the Genesys images, such as your Azure Container Registry or Artifact
   * Registry mirror. The guides ask you not to pull images straight from Genesys into production
   * (003 §7.2), so there is no default.
   */
  readonly imageRegistry: string;

  /**
   * Names of existing `kubernetes.io/dockerconfigjson` Secrets for pulling images, in every namespace.
   *
   * @default - none (the nodes' identity pulls from the registry, as on AKS with ACR)
   */
  readonly imagePullSecrets?: string[];

  /** Id of the unit group the cluster belongs to. @default - none */
  readonly unitGroup?: string;

  /**
   * Labels written on every object of the chart, besides the standard ones.
   *
   * @default - none
   */
  readonly labels?: Record<string, string>;
}

/**
 * Everything that goes into one Kubernetes cluster, written to its own folder, `dist/<id>/`.
 *
 * The guides allow one private edition per cluster (003 §1.10), so one chart is one cluster. The
 * chart creates the namespaces its services use, once each.
 */
export class ClusterChart extends Chart {
  /** The cluster chart that `scope` belongs to; throws when there is none. */
  public static enclosing(scope: IConstruct): ClusterChart {
    const found = [scope, ...scope.node.scopes.slice().reverse()].find((c) => c instanceof ClusterChart);
    if (found) return found as ClusterChart;
    throw new SynthProblemsError([
      `[${scope.node.path}] ${problem(`${scope.constructor.name} is not inside a unit; it belongs to one cluster's manifests`, `create it inside a Unit (or ClusterChart): new ${scope.constructor.name}(unit, ...)`, '003 §1.10')}`,
    ]);
  }

  /** The cluster's id: the name of its output folder. */
  public readonly clusterId: string;
  /** Registry that serves the Genesys images. */
  public readonly imageRegistry: string;
  /** Image pull Secret names. */
  public readonly imagePullSecrets: string[];
  /** Id of the unit group, when the cluster belongs to one. */
  public readonly unitGroup?: string;

  private readonly namespaceObjects = new Map<string, KubeNamespace>();
  private readonly textFiles = new Map<string, string | (() => string)>();
  private readonly releaseSpecs: ReleaseSpec[] = [];
  private readonly clusterScope: Construct;

  /**
   * @param scope the app
   * @param id the cluster's id: a DNS label, used as its folder name under `dist/`
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: ClusterChartProps) {
    checkProps(scope, 'ClusterChartProps', props, id);
    super(scope, id, { labels: { ...Labels.common(), ...props.labels } });
    this.clusterId = id;
    this.imageRegistry = props.imageRegistry;
    this.imagePullSecrets = props.imagePullSecrets ?? [];
    this.unitGroup = props.unitGroup;
    this.clusterScope = new Construct(this, 'cluster');
    ManifestFile.assign(this.clusterScope, ManifestFile.CLUSTER);

    addChecks(this, () => {
      const found: string[] = [];
      if (!isDnsLabel(id)) {
        found.push(
          problem(
            `unit id "${id}" is not a DNS label; it names the unit's folder and is a label value on every object`,
            'use lower-case letters, digits and "-", at most 63 characters, e.g. "us-east"',
            'Kubernetes object names, DNS label names (RFC 1123); 003 §1.10',
          ),
        );
      }
      if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9._-]+)*$/.test(props.imageRegistry)) {
        found.push(problem(`imageRegistry "${props.imageRegistry}" is not a registry host`, 'give a host name with an optional port and path, e.g. "myacr.azurecr.io"', '003 §7.2'));
      }
      return found;
    });
  }

  /** Scope for cluster-wide objects (namespaces, priority and storage classes): file `00-cluster.yaml`. */
  public get clusterObjects(): Construct {
    return this.clusterScope;
  }

  /** Creates the namespace `name` unless it exists already. */
  public useNamespace(name: string): void {
    if (this.namespaceObjects.has(name)) return;
    this.namespaceObjects.set(
      name,
      new KubeNamespace(this.clusterScope, `namespace-${name}`, {
        metadata: { name, labels: { [Labels.NAME]: name } },
      }),
    );
  }

  /** Namespaces created so far, sorted. */
  public get namespaces(): string[] {
    return [...this.namespaceObjects.keys()].sort();
  }

  /**
   * Adds a text file (a report, a diagram, Helm values) to the cluster's output folder. YAML and
   * JSON files must go into a subfolder (e.g. `helm/consul-values.yaml`): `kubectl apply -f` reads
   * every such file at the folder's top level as a manifest.
   *
   * @param fileName path within the folder, e.g. `topology.mmd` or `helm/consul-values.yaml`
   * @param content file content
   */
  public addTextFile(fileName: string, content: string): void {
    this.putTextFile(fileName, content);
  }

  /**
   * Adds a text file whose content is rendered when the output folder is written (`extraFiles`), not
   * before: the Terraform, which writes none of these files, never renders them.
   *
   * @param fileName path within the folder, as `addTextFile` takes it
   * @param render renders the content, once
   * @internal
   */
  public _addRenderedTextFile(fileName: string, render: () => string): void {
    this.putTextFile(fileName, render);
  }

  private putTextFile(fileName: string, content: string | (() => string)): void {
    if (!/^([a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*$/i.test(fileName)) {
      throw new Error(`${this.node.path}: "${fileName}" is not a relative file path`);
    }
    if (!fileName.includes('/') && /\.(ya?ml|json)$/.test(fileName)) {
      throw new Error(`${this.node.path}: "${fileName}" would be read as a manifest by kubectl apply -f; put it in a subfolder`);
    }
    if (this.textFiles.has(fileName)) {
      throw new Error(`${this.node.path}: a text file "${fileName}" was added already`);
    }
    this.textFiles.set(fileName, content);
  }

  /**
   * Records a Helm release of this cluster (done by `ChartRelease`), so that the Terraform and the
   * reports see every release. Two releases of one name in one namespace are an error.
   *
   * @param spec the release
   */
  public addRelease(spec: ReleaseSpec): void {
    if (this.releaseSpecs.some((r) => r.releaseName === spec.releaseName && r.namespace === spec.namespace)) {
      throw new Error(`${this.node.path}: two Helm releases named "${spec.releaseName}" in namespace "${spec.namespace}"`);
    }
    this.releaseSpecs.push(spec);
  }

  /** The Helm releases of this cluster, in the order they were added. */
  public get releases(): ReleaseSpec[] {
    return [...this.releaseSpecs];
  }

  /** Text files added with `addTextFile`, by file name. */
  public get extraFiles(): Record<string, string> {
    for (const [fileName, content] of this.textFiles) {
      if (typeof content !== 'string') this.textFiles.set(fileName, content());
    }
    return Object.fromEntries(this.textFiles) as Record<string, string>;
  }

  /** The chart's API objects, in construct-tree order. */
  public get apiObjects(): ApiObject[] {
    return this.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) === this);
  }
}

function isDnsLabel(value: string): boolean {
  return value.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value);
}
