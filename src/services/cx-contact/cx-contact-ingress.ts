import { Construct } from 'constructs';
import { CxContactIngressOptions } from './cx-contact-props';
import { CXC_INGRESS } from '../../catalog/data/cx-contact-facts';
import { IngressPathType, ServiceIngress } from '../../core';

/** Name of the HTTP port added to the UI and the API Aggregator. */
export const UI_PORT_NAME = 'http';
/** Name of the API port added to the API Aggregator. */
export const API_PORT_NAME = 'http-api';
/** The frontend TLS Secret when none is named. */
export const DEFAULT_TLS_SECRET = 'cxc-tls';

/** Where the ingresses forward to. */
export interface CxContactBackends {
  readonly namespace: string;
  readonly uiService: string;
  readonly uiPort: number;
  readonly apiService: string;
  readonly apiPort: number;
}

/** The two CX Contact ingresses as made. */
export interface CxContactIngresses {
  readonly frontend: ServiceIngress;
  readonly backend?: ServiceIngress;
}

/**
 * The frontend ingress `cxc` on `cxc.<domain>` (UI at `/`, API under `/cx-contact/`, cookie
 * stickiness, no body limit, TLS) and the internal one `cxc-internal` on `cxc-int.<domain>` (the API
 * for OCS, GWS and Designer, no body limit, no HTTPS redirect), as the chart's defaults (002 §1.3).
 */
export function addCxContactIngresses(scope: Construct, options: CxContactIngressOptions, to: CxContactBackends): CxContactIngresses {
  const issuer: Record<string, string> = options.clusterIssuer ? { 'cert-manager.io/cluster-issuer': options.clusterIssuer } : {};
  const frontend = new ServiceIngress(scope, 'frontend-ingress', {
    name: CXC_INGRESS.frontendName,
    namespace: to.namespace,
    appName: 'cxc',
    host: `${CXC_INGRESS.frontendHostLabel}.${options.domain}`,
    ingressClassName: options.ingressClassName,
    tlsSecretName: options.tlsSecretName ?? DEFAULT_TLS_SECRET,
    annotations: { ...issuer, ...CXC_INGRESS.frontendAnnotations },
    routes: [
      { path: '/', pathType: IngressPathType.PREFIX, serviceName: to.uiService, servicePort: to.uiPort },
      { path: apiPrefix(), pathType: IngressPathType.PREFIX, serviceName: to.apiService, servicePort: to.apiPort },
    ],
  });
  const backend = (options.internalIngress ?? true)
    ? new ServiceIngress(scope, 'backend-ingress', {
      name: CXC_INGRESS.backendName,
      namespace: to.namespace,
      appName: 'cxc',
      host: `${CXC_INGRESS.backendHostLabel}.${options.domain}`,
      ingressClassName: options.ingressClassName,
      annotations: { ...CXC_INGRESS.backendAnnotations },
      routes: [{ path: '/', pathType: IngressPathType.PREFIX, serviceName: to.apiService, servicePort: to.apiPort }],
    })
    : undefined;
  return { frontend, backend };
}

/** `/cx-contact/`: the first segment of the API base path `/cx-contact/v3/`. */
function apiPrefix(): string {
  return `/${CXC_INGRESS.apiPath.split('/').filter((s) => s !== '')[0]}/`;
}
