import { IConstruct } from 'constructs';
import { ChartRepository } from './chart-repository';

/** How chart releases become objects in a cluster. */
export enum DeliveryMode {
  /**
   * `helm template` at synth time (the cdk8s `Helm` construct): the rendered objects are written to
   * the unit's wave files as plain manifests. Needs `helm` on the PATH when synthesizing.
   */
  HELM_TEMPLATE = 'helm-template',
  /** Flux: a `HelmRepository` per unit and a `HelmRelease` per release, `dependsOn` in wave order. */
  FLUX = 'flux',
  /** Argo CD: an `Application` per release with the Helm values inline and a sync wave. */
  ARGO_CD = 'argo-cd',
  /** Terraform: a `helm_release` per release in the unit's workloads stack, in wave order. */
  TERRAFORM = 'terraform',
}

/** Options shared by every delivery. */
export interface ChartDeliveryOptions {
  /** Where the charts come from. */
  readonly repository: ChartRepository;
}

/** Options of the Flux delivery. */
export interface FluxDeliveryOptions extends ChartDeliveryOptions {
  /** Namespace of the `HelmRepository` objects (the Flux controllers' own). @default 'flux-system' */
  readonly sourceNamespace?: string;
  /** How often Flux reconciles each release and refreshes the repository index. @default '10m' */
  readonly interval?: string;
}

/** Options of the Argo CD delivery. */
export interface ArgoCdDeliveryOptions extends ChartDeliveryOptions {
  /** Namespace Argo CD watches for `Application` objects. @default 'argocd' */
  readonly applicationNamespace?: string;
  /** Argo CD project. @default 'default' */
  readonly project?: string;
  /** API server the applications deploy to. @default 'https://kubernetes.default.svc' (the cluster Argo CD runs in) */
  readonly destinationServer?: string;
  /** Let Argo CD sync automatically (prune and self-heal). @default true */
  readonly automatedSync?: boolean;
}

/** Options of the `helm template` delivery. */
export interface HelmTemplateDeliveryOptions extends ChartDeliveryOptions {
  /** The helm executable. @default - `HELM_BINARY` from the environment, else `helm` on the PATH */
  readonly helmExecutable?: string;
}

const DELIVERY = new WeakMap<IConstruct, ChartDelivery>();

/**
 * How the Genesys services' Helm charts are delivered: chosen per unit group and overridable per
 * unit. Whatever the delivery, each release's values are also written to
 * `dist/<unit>/helm/<release>.values.yaml`, for the guides' own `helm upgrade --install`.
 */
export class ChartDelivery {
  /** Render the charts with `helm template` at synth time into plain manifests. */
  public static helmTemplate(options: HelmTemplateDeliveryOptions): ChartDelivery {
    return new ChartDelivery(DeliveryMode.HELM_TEMPLATE, options.repository, {
      helmExecutable: options.helmExecutable,
    });
  }

  /** Flux `HelmRepository` and `HelmRelease` objects, in the units' folders. */
  public static flux(options: FluxDeliveryOptions): ChartDelivery {
    return new ChartDelivery(DeliveryMode.FLUX, options.repository, {
      sourceNamespace: options.sourceNamespace ?? 'flux-system',
      interval: options.interval ?? '10m',
    });
  }

  /** Argo CD `Application` objects, in the units' folders. */
  public static argoCd(options: ArgoCdDeliveryOptions): ChartDelivery {
    return new ChartDelivery(DeliveryMode.ARGO_CD, options.repository, {
      applicationNamespace: options.applicationNamespace ?? 'argocd',
      project: options.project ?? 'default',
      destinationServer: options.destinationServer ?? 'https://kubernetes.default.svc',
      automatedSync: options.automatedSync ?? true,
    });
  }

  /** `helm_release` resources in each unit's Terraform workloads stack (`GroupTerraform`). */
  public static terraform(options: ChartDeliveryOptions): ChartDelivery {
    return new ChartDelivery(DeliveryMode.TERRAFORM, options.repository, {});
  }

  /** Makes `delivery` the one for every release under `scope` (unless a nearer scope sets another). */
  public static use(scope: IConstruct, delivery: ChartDelivery): void {
    DELIVERY.set(scope, delivery);
  }

  /** The delivery for releases under `scope`: the nearest one set on its path, if any. */
  public static of(scope: IConstruct): ChartDelivery | undefined {
    for (let current: IConstruct | undefined = scope; current; current = current.node.scope) {
      const found = DELIVERY.get(current);
      if (found) return found;
    }
    return undefined;
  }

  /** The delivery mode. */
  public readonly mode: DeliveryMode;
  /** Where the charts come from. */
  public readonly repository: ChartRepository;
  /** Flux: namespace of the `HelmRepository`. */
  public readonly sourceNamespace?: string;
  /** Flux: reconcile interval. */
  public readonly interval?: string;
  /** Argo CD: namespace of the `Application` objects. */
  public readonly applicationNamespace?: string;
  /** Argo CD: project. */
  public readonly project?: string;
  /** Argo CD: destination API server. */
  public readonly destinationServer?: string;
  /** Argo CD: automated sync. */
  public readonly automatedSync?: boolean;
  /** helm template: the executable. */
  public readonly helmExecutable?: string;

  private constructor(mode: DeliveryMode, repository: ChartRepository, options: Partial<Record<string, any>>) {
    this.mode = mode;
    this.repository = repository;
    this.sourceNamespace = options.sourceNamespace;
    this.interval = options.interval;
    this.applicationNamespace = options.applicationNamespace;
    this.project = options.project;
    this.destinationServer = options.destinationServer;
    this.automatedSync = options.automatedSync;
    this.helmExecutable = options.helmExecutable;
  }

  /** Problems with this delivery, for the one problem report. */
  public problems(): string[] {
    const found = this.repository.problems();
    const gitOps = this.mode === DeliveryMode.FLUX || this.mode === DeliveryMode.ARGO_CD;
    if (gitOps && this.repository.folder !== undefined) {
      found.push(`the ${this.mode} delivery cannot read charts from the local folder "${this.repository.folder}": a controller in the cluster fetches them. Fix: give ChartRepository.url(...), or deliver with helmTemplate or terraform.`);
    }
    if (this.interval !== undefined && !/^([0-9]+(ms|s|m|h))+$/.test(this.interval)) {
      found.push(`Flux interval "${this.interval}" is not a duration. Fix: write it like "10m" or "1h30m".`);
    }
    return found;
  }
}
