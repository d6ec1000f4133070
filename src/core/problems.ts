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
 * reports all mistakes at once instead of stopping at the first (DESIGN.md, principle 3).
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

  /** @param problems the problems found, one message each */
  public constructor(problems: string[]) {
    super(`Synthesis stopped: ${problems.length} problem(s) found; nothing was written.\n  ${problems.join('\n  ')}`);
    this.name = 'SynthProblemsError';
    this.problems = problems;
  }
}
