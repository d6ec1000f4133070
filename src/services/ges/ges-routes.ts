import { GesIngressOptions } from './ges-props';
import { GES_ALLOWED_PATHS, GES_CLEARED_HEADERS, GES_ROUTES, GesRouteFact } from '../../catalog/data/ges-facts';
import { DEFAULT_INGRESS_CLASS, problem } from '../../core';

const NGINX = 'nginx.ingress.kubernetes.io';
const CERT_MANAGER_ISSUER = 'cert-manager.io/cluster-issuer';

/** The external route's paths: the ones given, or the guide's allow-list. */
export function externalPaths(options: GesIngressOptions): string[] {
  return options.externalPaths ?? GES_ALLOWED_PATHS.map((p) => p.path);
}

/**
 * The chart's two routes (001 §1.5; `ges.ingress.ingressint` in 001 §3.1, `ges.ingress.ingressext` in
 * the vendor's AKS and GKE overrides): the external one forwards only the allow-listed paths, empties
 * the Contact Center ID headers and takes bodies up to 500 KB; the internal one forwards everything,
 * bodies up to 10 MB. Hosts `ges.<domain>` and `ges-int.<domain>` with the guide's TLS Secrets.
 */
export function gesIngressValues(options: GesIngressOptions): { [key: string]: any } {
  const allowed = GES_ALLOWED_PATHS.map((p) => p.path);
  const snippet = GES_CLEARED_HEADERS.headers.map((h) => `proxy_set_header ${h} "";`).join('\n');
  const internal = options.internalRoute ?? true;
  return {
    ingressext: route(GES_ROUTES.external, options, externalPaths(options).filter((p) => allowed.includes(p)), {
      [`${NGINX}/ssl-redirect`]: String(options.sslRedirect ?? true),
      ...((options.clearContactCenterHeaders ?? true) ? { [`${NGINX}/configuration-snippet`]: snippet } : {}),
    }),
    ingressint: internal
      ? route(GES_ROUTES.internal, options, ['/'], { [`${NGINX}/ssl-redirect`]: 'false' })
      : { enabled: false },
  };
}

function route(fact: GesRouteFact, options: GesIngressOptions, paths: string[], annotations: Record<string, string>): { [key: string]: any } {
  const host = `${fact.hostLabel}.${options.domain}`;
  return {
    enabled: true,
    ingressClassName: options.ingressClassName ?? DEFAULT_INGRESS_CLASS,
    annotations: {
      ...(options.clusterIssuer ? { [CERT_MANAGER_ISSUER]: options.clusterIssuer } : {}),
      [`${NGINX}/proxy-body-size`]: fact.maxBodySize,
      ...annotations,
    },
    hosts: [host],
    paths,
    tls: [{ hosts: [host], secretName: fact.tlsSecretName }],
  };
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
