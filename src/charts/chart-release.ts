import { Yaml } from 'cdk8s';
import { Construct } from 'constructs';
import { ChartFact } from '../catalog';
import { ClusterChart, IReleaseWorkloadSource, ManifestFile, ReleaseSecret, ReleaseWorkload, addChecks, problem } from '../core';
import { ChartDelivery } from './chart-delivery';
import { emitReleases } from './release-emitter';
import { ChartValues, keyAccepted, mergeValues, sortedValues, unknownKeys } from './values';
import { lateBeforeSynth } from '../core/before-synth';

/**
 * A chart value that is a credential, which the chart takes as a plain value: the library writes
 * only where it comes from, never the value.
 */
export interface SecretValue {
  /** The chart key, as `helm --set` and Flux's `targetPath` take it, e.g. `redis.password` or `a.list[0].b`. */
  readonly key: string;
  /** The Secret, in the release's namespace. */
  readonly secretName: string;
  /** The Secret's key holding the value. */
  readonly secretKey: string;
}

/** Options of a chart release. */
export interface ChartReleaseProps {
  /** The chart, from the catalogue (`Catalog.chart(...)`): its name, version and the keys it takes. */
  readonly chart: ChartFact;
  /** Release name. @default - the catalogue's service id */
  readonly releaseName?: string;
  /** Namespace the release installs into. */
  readonly namespace: string;
  /** Values computed from the model. */
  readonly values: { [key: string]: any };
  /**
   * The user's values, deep-merged over the computed ones (arrays replace, `null` removes a key).
   * A key the chart does not take is reported as a problem naming the chart and the key.
   *
   * @default - none
   */
  readonly userValues?: { [key: string]: any };
  /** Chart version. @default - the catalogue's */
  readonly chartVersion?: string;
}

const EMITTING = new WeakSet<ClusterChart>();

/**
 * One Helm release of a Genesys chart in a unit: the values computed from the model, merged with
 * the user's, checked against the keys the chart takes, and delivered as the unit's delivery says
 * (`ChartDelivery`). The values are always written to `helm/<release>.values.yaml` too.
 *
 * The release belongs to the deployment wave of the scope it is created in (`ManifestFile`).
 */
export class ChartRelease extends Construct {
  /** The chart releases under `scope`, in construct-tree order. */
  public static allUnder(scope: Construct): ChartRelease[] {
    return scope.node.findAll().filter((c): c is ChartRelease => c instanceof ChartRelease);
  }

  /** The chart. */
  public readonly chart: ChartFact;
  /** Release name. */
  public readonly releaseName: string;
  /** Namespace. */
  public readonly namespace: string;
  /** Chart version. */
  public readonly chartVersion: string;
  /** The unit the release is in. */
  public readonly cluster: ClusterChart;


  private readonly workloadSources: IReleaseWorkloadSource[] = [];
  private readonly layers: ChartValues[];
  private readonly secretsRead: ReleaseSecret[] = [];
  private readonly secretValueList: SecretValue[] = [];
  private readonly userValues?: ChartValues;
  private readonly renderProblems: string[] = [];

  /**
   * @param scope the service construct
   * @param id construct id
   * @param props options
   */
  public constructor(scope: Construct, id: string, props: ChartReleaseProps) {
    super(scope, id);
    this.chart = props.chart;
    this.releaseName = props.releaseName ?? props.chart.service;
    this.namespace = props.namespace;
    this.chartVersion = props.chartVersion ?? props.chart.chartVersion;
    this.layers = [props.values];
    this.userValues = props.userValues;
    this.cluster = ClusterChart.enclosing(this);

    addChecks(this, () => this.checks());
    if (!EMITTING.has(this.cluster)) {
      EMITTING.add(this.cluster);
      const cluster = this.cluster;
      lateBeforeSynth(cluster, () => emitReleases(cluster, ChartRelease.allUnder(cluster)));
    }
  }

  /**
   * Adds values computed elsewhere in the model, merged over the release's own (before the user's).
   *
   * @param values a value tree
   */
  public addValues(values: { [key: string]: any }): void {
    this.layers.push(values);
  }

  /** The final values: the computed ones, then those added, then the user's; keys sorted. */
  public get values(): { [key: string]: any } {
    return sortedValues(mergeValues(...this.layers, this.userValues));
  }

  /** The values as the YAML file written to `helm/<release>.values.yaml`. */
  public get valuesYaml(): string {
    return Yaml.stringify(this.values);
  }

  /** The deployment-wave file the release belongs to, e.g. `03-voice.yaml`. */
  public get fileName(): string {
    return ManifestFile.of(this);
  }

  /**
   * Records a Secret the chart reads by its own default name (so not in the values), for the unit's
   * prerequisites.
   *
   * @param name Secret name
   * @param keys keys read from it
   */
  public readsSecret(name: string, keys: string[]): void {
    this.secretsRead.push({ name, keys: [...keys] });
  }

  /**
   * Records a chart value that is a credential, taken from a Secret at install: Flux reads it itself
   * (`valuesFrom`); with the other deliveries the operator passes it (`helm --set`). It is never
   * written into the values, and the Secret is listed among the unit's prerequisites.
   *
   * @param key the chart key, e.g. `redis.password`
   * @param secretName the Secret, in the release's namespace
   * @param secretKey its key holding the value
   */
  public addSecretValue(key: string, secretName: string, secretKey: string): void {
    this.secretValueList.push({ key, secretName, secretKey });
    this.readsSecret(secretName, [secretKey]);
  }

  /** The chart values taken from Secrets at install. */
  public get secretValues(): SecretValue[] {
    return [...this.secretValueList];
  }

  /** Secrets the chart reads by its own default names. */
  public get readsSecrets(): ReleaseSecret[] {
    return [...this.secretsRead];
  }

  /**
   * Records a service of the release whose workload the chart creates, for the unit's consistency
   * check (each service of the release adds itself).
   *
   * @param source the service
   */
  public addWorkloadSource(source: IReleaseWorkloadSource): void {
    this.workloadSources.push(source);
  }

  /** What the chart creates, as the model knows it: one workload per service of the release. */
  public get workloads(): ReleaseWorkload[] {
    return this.workloadSources.map((s) => s.releaseWorkload);
  }

  /** The delivery that applies to this release, if any. */
  public get delivery(): ChartDelivery | undefined {
    return ChartDelivery.of(this);
  }

  /** Records a problem found while rendering (e.g. `helm template` failed), for the problem report. */
  public reportRenderProblem(message: string): void {
    this.renderProblems.push(message);
  }

  private checks(): string[] {
    const found: string[] = [];
    const label = `${this.releaseName} (chart ${this.chart.chart})`;
    const secretKeys = this.secretValueList.map((v) => v.key).filter((k) => !keyAccepted(k.replace(/\[\d+\]/g, ''), this.chart.keys));
    for (const key of [...unknownKeys(this.values, this.chart.keys), ...secretKeys]) {
      found.push(
        problem(
          `${label}: value "${key}" is not a key the chart takes`,
          `remove it, or correct its spelling; the chart's documented keys are listed in the catalogue (Catalog.chart('${this.chart.service}').keys)`,
          this.chart.source,
        ),
      );
    }
    const delivery = this.delivery;
    if (!delivery) {
      found.push(
        problem(
          `${label}: no chart delivery is set for this unit`,
          'give the unit group (or the unit) charts: ChartDelivery.flux({ repository: ChartRepository.url(...) }), or argoCd, helmTemplate or terraform',
        ),
      );
    }
    found.push(...this.renderProblems);
    return found;
  }
}
