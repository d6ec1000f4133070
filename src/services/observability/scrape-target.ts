import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { InstanceScope } from './instance-scope';
import { ScrapeFact, ScrapeMode } from '../../catalog';
import { GenesysService } from '../../charts';
import { problem } from '../../core';
import { PodMonitor } from '../../imports/podmonitor-monitoring.coreos.com';
import { ServiceMonitor } from '../../imports/servicemonitor-monitoring.coreos.com';

/** Annotation keys of annotation-based scraping. */
const SCRAPE = 'prometheus.io/scrape';
const PORT = 'prometheus.io/port';
const PATH = 'prometheus.io/path';

/** What scraping one service made, and the problems found on the way. */
export interface ScrapeResult {
  /** The PodMonitor or ServiceMonitor; undefined for annotations or when there was a problem. */
  readonly object?: ApiObject;
  /** Problems, each a full message. */
  readonly problems: string[];
}

/**
 * Makes one service's metrics scrapeable in `mode`: a PodMonitor on the pods' container ports, a
 * ServiceMonitor on the Service's ports (both named after the catalogue ports), or the
 * `prometheus.io/*` annotations on the pod template.
 */
export function scrapeService(
  scope: Construct,
  service: GenesysService,
  fact: ScrapeFact,
  mode: ScrapeMode,
  labels: Record<string, string>,
): ScrapeResult {
  const instance = new InstanceScope(service);
  const served = mode === ScrapeMode.SERVICE_MONITOR ? instance.servicePorts : instance.containerPorts;
  const where = mode === ScrapeMode.SERVICE_MONITOR ? 'Service' : 'containers';
  const missing = fact.endpoints.filter((e) => !served.includes(e.portName));
  if (missing.length > 0) {
    return {
      problems: missing.map((e) => problem(
        `${service.name}: the metrics port "${e.portName}" is not among the ${where}' ports (${served.join(', ') || 'none'}), so a ${mode} would scrape nothing`,
        `serve the catalogue port "${e.portName}" from the service's first container, or leave the service out of monitoring (exclude: ['${fact.service}'])`,
        fact.source,
      )),
    };
  }

  const metadata = { name: service.name, namespace: service.namespace, labels };
  const selector = { matchLabels: instance.selector };
  switch (mode) {
    case ScrapeMode.POD_MONITOR:
      return {
        problems: [],
        object: new PodMonitor(scope, `${service.namespace}-${service.name}-pod-monitor`, {
          metadata,
          spec: {
            selector,
            podMetricsEndpoints: fact.endpoints.map((e) => ({ port: e.portName, path: e.path, interval: fact.interval })),
          },
        }),
      };
    case ScrapeMode.SERVICE_MONITOR:
      return {
        problems: [],
        object: new ServiceMonitor(scope, `${service.namespace}-${service.name}-service-monitor`, {
          metadata,
          spec: {
            selector,
            endpoints: fact.endpoints.map((e) => ({ port: e.portName, path: e.path, interval: fact.interval })),
          },
        }),
      };
    case ScrapeMode.ANNOTATIONS:
      return { problems: annotate(service, fact) };
  }
}

/** Annotation-based scraping: one port and path per pod, so a service with more endpoints cannot use it. */
function annotate(service: GenesysService, fact: ScrapeFact): string[] {
  if (fact.endpoints.length !== 1) {
    return [problem(`${service.name}: Prometheus annotations name one port, but the service has ${fact.endpoints.length} metrics endpoints`, 'use ScrapeMode.POD_MONITOR', fact.source)];
  }
  const endpoint = fact.endpoints[0];
  const port = service.info.ports.find((p) => p.name === endpoint.portName)!;
  return service.scrapeByAnnotations({ [SCRAPE]: 'true', [PORT]: String(port.port), [PATH]: endpoint.path }, endpoint.path);
}
