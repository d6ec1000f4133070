/** Timing of a child's phases, the CPU time of its work, and the window of its work for the CPU profile. */
import { Phase } from './cases';

/** Records the phases of one run, in order. */
export class PhaseRecorder {
  private readonly list: Phase[] = [];
  private firstWorkUs?: number;
  private lastWorkUs?: number;
  private cpuUs = 0;

  /**
   * Runs `fn` as a phase and records its wall time.
   *
   * @param name phase name
   * @param work whether the phase counts as work (compared) or set-up
   * @param fn the phase
   */
  public run<T>(name: string, work: boolean, fn: () => T): T {
    const startUs = nowUs();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    const result = fn();
    const ms = performance.now() - start;
    if (work) {
      const cpu = process.cpuUsage(startCpu);
      this.cpuUs += cpu.user + cpu.system;
      this.firstWorkUs ??= startUs;
      this.lastWorkUs = nowUs();
    }
    this.list.push({ name, ms, work });
    return result;
  }

  /** The phases recorded so far. */
  public get phases(): Phase[] {
    return [...this.list];
  }

  /**
   * CPU time (user + system, all threads of the process) spent in the work phases, milliseconds.
   * It grows less than wall time when other processes compete for the CPU.
   */
  public get workCpuMs(): number {
    return this.cpuUs / 1000;
  }

  /** Monotonic microseconds at the start of the first work phase and the end of the last. */
  public get workWindowUs(): [number, number] {
    return [this.firstWorkUs ?? 0, this.lastWorkUs ?? 0];
  }
}

/**
 * Monotonic clock in microseconds. `process.hrtime` and V8's profiler read the same monotonic
 * clock on Linux, so these values line up with a `.cpuprofile`'s `startTime` and sample times.
 */
export function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}
