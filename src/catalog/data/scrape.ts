import { ScrapeFact, ScrapeMode } from '../monitoring-types';

const METRICS = '/metrics';
const BOTH = [ScrapeMode.ANNOTATIONS];

/** A Voice service: PodMonitor (the chart's `prometheus.podMonitor`) or annotations (`prometheus.metricServer`), every 30 s. */
function voice(service: string, portName: string, alternatives = BOTH): ScrapeFact {
  return { service, mode: ScrapeMode.POD_MONITOR, alternatives, endpoints: [{ portName, path: METRICS }], interval: '30s', source: '000 §6.1' };
}

/** A CX Contact back-end component: ServiceMonitor on its metrics port, every 15 s (002 §6.1). */
function cxc(service: string): ScrapeFact {
  return { service, mode: ScrapeMode.SERVICE_MONITOR, alternatives: [], endpoints: [{ portName: 'metrics', path: METRICS }], interval: '15s', source: '002 §6.1' };
}

/**
 * How each service's metrics are scraped, from the guides' "CRD or annotations?" tables. Ports are
 * the catalogue's port names (the numbers are in services-*.ts, stated once).
 *
 * - Voice (000 §6.1): Agent State lists "PodMonitor" only; every other service "Supports both CRD
 *   and annotations", where the CRD is the chart's PodMonitor. Interval 30 seconds; no ServiceMonitor
 *   is mentioned.
 * - GES (001 §6.1): "Supports both CRD (Service Monitor) and annotations" on 3050 `/metrics`;
 *   "Real-time updates" gives no interval, so the collector's own applies.
 * - CX Contact (002 §6.1): ServiceMonitor on each back-end component's port, every 15 seconds. The
 *   UI has no metrics endpoint.
 * - Interaction Server (004 §6.1): PodMonitor; IXN Server serves `/health/prometheus/all` on its
 *   health port, IXN Node and VQ Node serve `/metrics`; interval "Default".
 * - The Tenant Service has its own guide; the Voice guide gives it no metrics endpoint (000 §0).
 */
export const SCRAPE_FACTS: ScrapeFact[] = [
  voice('voice-agent', 'http', []),
  voice('voice-callthread', 'http'),
  voice('voice-config', 'http'),
  voice('voice-dialplan', 'http'),
  voice('voice-sipfe', 'http'),
  voice('voice-ors', 'http'),
  voice('voice-registrar', 'http'),
  voice('voice-rq', 'metrics'),
  voice('voice-sip', 'http'),
  voice('voice-sipproxy', 'metrics'),
  voice('voice-voicemail', 'http'),
  {
    service: 'ges',
    mode: ScrapeMode.SERVICE_MONITOR,
    alternatives: BOTH,
    endpoints: [{ portName: 'http', path: METRICS }],
    source: '001 §6.1; 001 §1.3',
  },
  cxc('cxc-api-aggregator'),
  cxc('cxc-campaign-manager'),
  cxc('cxc-compliance-manager'),
  cxc('cxc-dial-manager'),
  cxc('cxc-job-scheduler'),
  cxc('cxc-list-builder'),
  cxc('cxc-list-manager'),
  {
    service: 'ixn',
    mode: ScrapeMode.POD_MONITOR,
    alternatives: [],
    endpoints: [
      { portName: 'server-health', path: '/health/prometheus/all' },
      { portName: 'node-default', path: METRICS },
    ],
    source: '004 §6.1',
  },
  {
    service: 'ixn-vqnode',
    mode: ScrapeMode.POD_MONITOR,
    alternatives: [],
    endpoints: [{ portName: 'vqnode-health', path: METRICS }],
    source: '004 §6.1',
  },
];
