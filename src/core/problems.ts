import { IConstruct } from 'constructs';

/**
 * How a rule violation reads: what is wrong, the guide section that makes it wrong, and what to do.
 * cdk8s prefixes each message with the path of the construct that reported it.
 *
 * @example problem('replicas is 0', 'set replicas to 1 or more', '003 §2.2')
 *   // "replicas is 0 (003 §2.2). Fix: set replicas to 1 or more."
 */
export function problem(what: string, fix: string, source?: string): string {
  const where = source ? ` (${source})` : '';
  return `${what}${where}. Fix: ${fix}.`;
}

/**
 * Registers a check that runs at synth time and returns every problem it finds, so that one synth
 * reports all mistakes at once instead of stopping at the first (the design guide, principle 3).
 */
export function addChecks(scope: IConstruct, check: () => string[]): void {
  scope.node.addValidation({ validate: check });
}

/** The problems of every construct in the tree, each prefixed with the construct's path. */
export function collectProblems(root: IConstruct): string[] {
  const found: string[] = [];
  for (const construct of root.node.findAll()) {
    for (const message of construct.node.validate()) {
      found.push(`[${construct.node.path}] ${message}`);
    }
  }
  return found;
}

/** Thrown by synthesis when the model breaks a rule; lists every problem, one per line. */
export class SynthProblemsError extends Error {
  /** The problems, each prefixed with the path of the construct that reported it. */
  public readonly problems: string[];

  /**
   * @param problems the problems found, one message each
   * @param written what was written before the problems were found, if anything
   */
  public constructor(problems: string[], written?: string) {
    const what = written ? `only ${written} was written, before this check` : 'nothing was written';
    super(`Synthesis stopped: ${problems.length} problem(s) found; ${what}.\n  ${problems.join('\n  ')}`);
    this.name = 'SynthProblemsError';
    this.problems = problems;
  }
}

const TENANT_CHECKS = Symbol.for('genesys-pe.tenant-checks');

/**
 * Marks `scope` (a unit group) as checking the ids and short ids of its tenants, so that the
 * per-tenant services under it do not report the same problem once per unit.
 *
 * @param scope the scope that checks
 * @param tenants its tenants, read when the checks run
 */
export function checksTenants(scope: IConstruct, tenants: () => Array<{ tenantId: string; shortId: string }>): void {
  (scope as any)[TENANT_CHECKS] = tenants;
}

/** True when a scope enclosing `scope` checks the tenant with this id and short id already. */
export function tenantChecksDone(scope: IConstruct, tenantId: string, shortId: string): boolean {
  return scope.node.scopes.some((s) => {
    const tenants = (s as any)[TENANT_CHECKS] as (() => Array<{ tenantId: string; shortId: string }>) | undefined;
    return tenants?.().some((t) => t.tenantId === tenantId && t.shortId === shortId) ?? false;
  });
}
