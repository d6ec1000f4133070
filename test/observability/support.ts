import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import {
  GenericChartService,
  GenesysApp,
  GenesysEngagementService,
  Platform,
  PostgresServer,
  RedisCluster,
  UnitMonitoring,
  UnitMonitoringProps,
  VoiceMicroservices,
} from '../../src';
import { EngagementStores, gesProps } from '../support/engagement-unit';
import { testApp } from '../support/fixtures';
import { K8sObject, Synthesized, synth } from '../support/synth';
import { voiceProps, voiceStores } from '../support/voice-unit';

/** The CX Contact back-end components (002 §1.1), each with its own metrics and alerts. */
export const CXC_COMPONENTS = [
  'cxc-api-aggregator',
  'cxc-campaign-manager',
  'cxc-compliance-manager',
  'cxc-dial-manager',
  'cxc-job-scheduler',
  'cxc-list-builder',
  'cxc-list-manager',
];

/** The Voice services, by release name. */
export const VOICE_RELEASES = [
  'voice-agent',
  'voice-callthread',
  'voice-config',
  'voice-dialplan',
  'voice-sipfe',
  'voice-ors',
  'voice-registrar',
  'voice-rq',
  'voice-sip',
  'voice-sipproxy',
  'voice-voicemail',
];

/**
 * A unit with every monitored kind of service: the Voice Microservices, GES, the CX Contact
 * components, Interaction Server and its VQ Node for tenant t100, and the monitoring construct.
 * Voice and GES are the library's own constructs (their charts take Prometheus annotations through
 * their values); the CX Contact components and Interaction Server are GenericChartServices on their
 * catalogue ids, one release each: monitoring only needs what the model base sets (selector, ports,
 * workload kind).
 */
export function monitoredUnit(options: { platform?: Platform; monitoring?: Partial<UnitMonitoringProps>; app?: GenesysApp } = {}) {
  const app = options.app ?? testApp();
  const stores = voiceStores(app, options.platform ?? Platform.aks());
  const unit = stores.unit;
  const monitoring = new UnitMonitoring(unit, 'monitoring', { platform: unit.platform, ...options.monitoring });
  // Created after the monitoring construct on purpose: services are found when the app synthesizes.
  new VoiceMicroservices(unit, 'voice', voiceProps(stores, { sipCluster: { dnsServer: '10.100.0.10' } }));
  // GES on its own Redis and PostgreSQL and the Voice ORS stream (001 §2), as test/support/engagement-unit.ts binds them.
  const gesStores = {
    voiceRedis: stores.redis,
    gesRedis: new RedisCluster(unit, 'ges-redis', { address: 'ges-redis.infra.svc.cluster.local', version: '6.2', nodes: 3, replicasPerShard: 1, shards: 2, serviceGroup: 'ges' }),
    gesPostgres: new PostgresServer(unit, 'ges-pg', { address: 'ges-pg.infra', version: '14' }),
  } as EngagementStores;
  new GenesysEngagementService(unit, 'ges', gesProps(gesStores));
  const generic = (serviceId: string, name = serviceId, chart = serviceId) =>
    new GenericChartService(unit, name, { serviceId, chart, chartVersion: '100.0.1000000', releaseName: name });
  CXC_COMPONENTS.forEach((id) => generic(id));
  generic('ixn', 'ixn-t100', 'ixn');
  generic('ixn-vqnode', 'ixn-vqnode-t100', 'ixn-vqnode');
  return { app, unit, monitoring };
}

/** Synthesizes a monitored unit (every object through the schema check) and returns the output. */
export function synthMonitored(options: Parameters<typeof monitoredUnit>[0] = {}): Synthesized & { monitoring: UnitMonitoring } {
  const { app, monitoring } = monitoredUnit(options);
  return { ...synth(app), monitoring };
}

/** The objects of one kind in the monitoring file. */
export function monitoringObjects(out: Synthesized, kind: string): K8sObject[] {
  return out.objects.filter((o) => o.kind === kind && o.file === `us-east/${UnitMonitoring.FILE}`);
}

/** The rule group of a service's PrometheusRule, as a Prometheus rule file. */
export function ruleFile(out: Synthesized, name: string, namespace: string): string {
  return stringify(out.find('PrometheusRule', `${name}-alerts`, namespace).spec);
}

/** The result of one promtool run. */
export interface PromtoolRun {
  readonly status: number | null;
  readonly output: string;
}

/** True when promtool is on the PATH. */
export const promtoolPresent = spawnSync('promtool', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * `describe` for tests that need promtool (the Debian package `prometheus`): runs where promtool is
 * installed, fails under CI when it is missing (.ci/run installs it), and is skipped, visibly, elsewhere.
 */
export function describeWithPromtool(name: string, body: () => void): void {
  if (promtoolPresent) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      test('promtool is installed', () => {
        throw new Error('promtool not found on PATH; install the Debian package "prometheus" (.ci/run does)');
      });
    });
  } else {
    describe.skip(`${name} (skipped: promtool not installed; apt-get install prometheus)`, body);
  }
}

/** Writes `files` into a fresh temporary folder and runs promtool there with `args`. */
export function promtool(args: string[], files: Record<string, string>): PromtoolRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promtool-'));
  try {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    const run = spawnSync('promtool', args, { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
