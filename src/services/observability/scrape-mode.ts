import { ScrapeFact, ScrapeMode } from '../../catalog';
import { MetricsCollector } from '../../platform';

/**
 * The scrape mode of one service: PodMonitor wherever GKE workload metrics collect (they read
 * nothing else, 003 §6.6); otherwise the unit's preferred mode when the service's guide offers it,
 * else the guide's own mode.
 */
export function chooseScrapeMode(fact: ScrapeFact, collector: MetricsCollector, preferred?: ScrapeMode): ScrapeMode {
  if (collector === MetricsCollector.GKE_WORKLOAD_METRICS) return ScrapeMode.POD_MONITOR;
  if (preferred !== undefined && (preferred === fact.mode || fact.alternatives.includes(preferred))) return preferred;
  return fact.mode;
}
