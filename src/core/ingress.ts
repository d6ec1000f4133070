import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { checkProps } from './check-props';
import { KubeIngress } from './k8s';
import { Labels } from './labels';

/** How an Ingress path matches request paths (networking.k8s.io/v1). */
export enum IngressPathType {
  /** The path and everything below it, element by element (`/ges/` matches `/ges` and `/ges/ui`). */
  PREFIX = 'Prefix',
  /** Exactly this path. */
  EXACT = 'Exact',
  /** As the ingress controller interprets it (a regular expression with ingress-nginx's `use-regex`). */
  IMPLEMENTATION_SPECIFIC = 'ImplementationSpecific',
}

/** One path of an Ingress rule and the Service port it forwards to. */
export interface IngressRoute {
  /** Request path, starting with `/`. */
  readonly path: string;
  /** How the path matches. @default IngressPathType.PREFIX */
  readonly pathType?: IngressPathType;
  /** Name of the Service, in the Ingress's namespace. */
  readonly serviceName: string;
  /** Service port number. */
  readonly servicePort: number;
}

/** Options of a service's Ingress. */
export interface ServiceIngressProps {
  /** Ingress name. */
  readonly name: string;
  /** Namespace (the service's). */
  readonly namespace: string;
  /** Host name the rule answers for, e.g. `ges.example.com`. */
  readonly host: string;
  /** Paths and the Service ports they forward to; at least one. */
  readonly routes: IngressRoute[];
  /**
   * Ingress class. Private edition requires ingress-nginx (003 §1.10), whose default class is `nginx`.
   *
   * @default 'nginx'
   */
  readonly ingressClassName?: string;
  /** Secret with the TLS certificate for `host`; no TLS section when absent. @default - no TLS */
  readonly tlsSecretName?: string;
  /** Annotations, such as ingress-nginx settings. @default - none */
  readonly annotations?: Record<string, string>;
  /** Value of `app.kubernetes.io/name`. */
  readonly appName: string;
}

/** The default ingress class: ingress-nginx's. */
export const DEFAULT_INGRESS_CLASS = 'nginx';

/**
 * A networking.k8s.io/v1 Ingress for one host of a service, with the `ingressClassName` field (not
 * the deprecated `kubernetes.io/ingress.class` annotation the guides' samples use).
 *
 * Escape hatch: `apiObject` is the Ingress; patch it with `addJsonPatch`.
 */
export class ServiceIngress extends Construct {
  /** The Ingress. */
  public readonly apiObject: ApiObject;
  /** Ingress name. */
  public readonly name: string;
  /** The host. */
  public readonly host: string;

  /**
   * @param scope the owning service
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: ServiceIngressProps) {
    checkProps(scope, 'ServiceIngressProps', props, id);
    super(scope, id);
    this.name = props.name;
    this.host = props.host;
    const annotations = props.annotations && Object.keys(props.annotations).length > 0 ? { ...props.annotations } : undefined;
    this.apiObject = new KubeIngress(this, 'ingress', {
      metadata: { name: props.name, namespace: props.namespace, labels: { [Labels.NAME]: props.appName }, annotations },
      spec: {
        ingressClassName: props.ingressClassName ?? DEFAULT_INGRESS_CLASS,
        tls: props.tlsSecretName ? [{ hosts: [props.host], secretName: props.tlsSecretName }] : undefined,
        rules: [
          {
            host: props.host,
            http: {
              paths: props.routes.map((r) => ({
                path: r.path,
                pathType: r.pathType ?? IngressPathType.PREFIX,
                backend: { service: { name: r.serviceName, port: { number: r.servicePort } } },
              })),
            },
          },
        ],
      },
    });
  }
}
