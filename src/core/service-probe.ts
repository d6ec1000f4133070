import { Duration } from 'cdk8s';
import { kplus } from './k8s';

/** Timing of a probe; each field defaults to the Kubernetes default. */
export interface ProbeTiming {
  /** Seconds after the container starts before the first probe. @default 0 */
  readonly initialDelaySeconds?: number;
  /** Seconds between probes. @default 10 */
  readonly periodSeconds?: number;
  /** Seconds after which a probe times out. @default 1 */
  readonly timeoutSeconds?: number;
  /** Consecutive failures that count as failed. @default 3 */
  readonly failureThreshold?: number;
  /** Consecutive successes that count as succeeded (must be 1 for liveness and startup). @default 1 */
  readonly successThreshold?: number;
}

/** A liveness, readiness or startup probe. */
export class ServiceProbe {
  /**
   * An HTTP GET probe.
   *
   * @param path request path, e.g. `/health`
   * @param port container port number
   * @param timing probe timing
   */
  public static http(path: string, port: number, timing: ProbeTiming = {}): ServiceProbe {
    return new ServiceProbe(port, timing, path);
  }

  /**
   * A TCP connect probe, for services whose guide gives no HTTP health path.
   *
   * @param port container port number
   * @param timing probe timing
   */
  public static tcp(port: number, timing: ProbeTiming = {}): ServiceProbe {
    return new ServiceProbe(port, timing);
  }

  private constructor(
    /** The probed port. */
    public readonly port: number,
    /** Probe timing. */
    public readonly timing: ProbeTiming,
    /** HTTP path; undefined for a TCP probe. */
    public readonly path?: string,
  ) {}

  /** @internal the cdk8s-plus probe */
  public _toPlus(): kplus.Probe {
    const t = this.timing;
    const options = {
      port: this.port,
      initialDelaySeconds: t.initialDelaySeconds === undefined ? undefined : Duration.seconds(t.initialDelaySeconds),
      periodSeconds: t.periodSeconds === undefined ? undefined : Duration.seconds(t.periodSeconds),
      timeoutSeconds: t.timeoutSeconds === undefined ? undefined : Duration.seconds(t.timeoutSeconds),
      failureThreshold: t.failureThreshold,
      successThreshold: t.successThreshold,
    };
    return this.path === undefined ? kplus.Probe.fromTcpSocket(options) : kplus.Probe.fromHttpGet(this.path, options);
  }
}
