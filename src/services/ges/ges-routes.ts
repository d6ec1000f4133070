import { Construct } from 'constructs';
import { GesIngressOptions } from './ges-props';
import { GES_ALLOWED_PATHS, GES_CLEARED_HEADERS, GES_ROUTES, GesRouteFact } from '../../catalog/data/ges-facts';
import { IngressPathType, ServiceIngress, problem } from '../../core';

const NGINX = 'nginx.ingress.kubernetes.io';
const CERT_MANAGER_ISSUER = 'cert-manager.io/cluster-issuer';

/** The two GES routes as made. */
export interface GesRoutes {
  readonly external: ServiceIngress;
  readonly internal?: ServiceIngress;
}

/** The external route's paths: the ones given, or the guide's allow-list. */
export function externalPaths(options: GesIngressOptions): string[] {
  return options.externalPaths ?? GES_ALLOWED_PATHS.map((p) => p.path);
}

/**
 * The external route (allow-listed paths only, Contact Center ID headers emptied, request bodies up
 * to 500 KB) and, unless turned off, the internal one (everything, bodies up to 10 MB), 001 §1.5.
 */
export function addGesRoutes(scope: Construct, options: GesIngressOptions, serviceName: string, namespace: string): GesRoutes {
  const allowed = new Map(GES_ALLOWED_PATHS.map((p) => [p.path, p]));
  const paths = externalPaths(options).filter((p) => allowed.has(p));
  const snippet = GES_CLEARED_HEADERS.headers.map((h) => `proxy_set_header ${h} "";`).join('\n');
  const external = route(scope, 'external-ingress', GES_ROUTES.external, options, serviceName, namespace, {
    annotations: {
      [`${NGINX}/ssl-redirect`]: String(options.sslRedirect ?? true),
      ...((options.clearContactCenterHeaders ?? true) ? { [`${NGINX}/configuration-snippet`]: snippet } : {}),
    },
    paths: paths.map((p) => ({ path: p, pathType: allowed.get(p)!.exact ? IngressPathType.EXACT : IngressPathType.PREFIX })),
  });
  const internal = (options.internalRoute ?? true)
    ? route(scope, 'internal-ingress', GES_ROUTES.internal, options, serviceName, namespace, {
      annotations: { [`${NGINX}/ssl-redirect`]: 'false' },
      paths: [{ path: '/', pathType: IngressPathType.PREFIX }],
    })
    : undefined;
  return { external, internal };
}

function route(
  scope: Construct,
  id: string,
  fact: GesRouteFact,
  options: GesIngressOptions,
  serviceName: string,
  namespace: string,
  extra: { annotations: Record<string, string>; paths: Array<{ path: string; pathType: IngressPathType }> },
): ServiceIngress {
  return new ServiceIngress(scope, id, {
    name: fact.name,
    namespace,
    appName: serviceName,
    host: `${fact.hostLabel}.${options.domain}`,
    ingressClassName: options.ingressClassName,
    tlsSecretName: fact.tlsSecretName,
    annotations: {
      ...(options.clusterIssuer ? { [CERT_MANAGER_ISSUER]: options.clusterIssuer } : {}),
      [`${NGINX}/proxy-body-size`]: fact.maxBodySize,
      ...extra.annotations,
    },
    routes: extra.paths.map((p) => ({ ...p, serviceName, servicePort: fact.servicePort })),
  });
}

/** What is wrong with the route options: paths missing from or outside the allow-list, a bad domain. */
export function checkGesRoutes(options: GesIngressOptions): string[] {
  const found: string[] = [];
  const allowed = GES_ALLOWED_PATHS.map((p) => p.path);
  const given = externalPaths(options);
  const missing = allowed.filter((p) => !given.includes(p));
  const extra = given.filter((p) => !allowed.includes(p));
  if (missing.length > 0) {
    found.push(
      problem(
        `ges: the external route is missing allow-listed path(s) ${missing.join(', ')}; omitting them breaks the external APIs`,
        'add them to ingress.externalPaths, or leave externalPaths unset for the guide\'s list',
        '001 §1.5',
      ),
    );
  }
  if (extra.length > 0) {
    found.push(
      problem(
        `ges: the external route forwards path(s) ${extra.join(', ')}, which are not on the allow-list; only the listed paths may reach GES from outside`,
        `remove them (allowed: ${allowed.join(', ')})`,
        '001 §1.5',
      ),
    );
  }
  if (!/^(?=.{1,240}$)([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/.test(options.domain)) {
    found.push(problem(`ges: ingress domain "${options.domain}" is not a DNS domain`, 'give the domain the hosts go under, e.g. "example.com" for ges.example.com'));
  }
  return found;
}
