import { NAMING_RULES, NameKind } from './data/naming-rules';

/**
 * The problem with a name or value of one resource kind, or undefined when the cloud or Kubernetes
 * accepts it: what is wrong, the rule's source, and the rule in words as the fix.
 *
 * @param kind the resource kind (`NAMING_RULES`)
 * @param value the name or value
 * @param where what the value is, as the message names it, e.g. `unit us-east: AKS cluster name`
 * @param how how the library makes the value, when it is not given directly, e.g. `<group>-<unit>`
 */
export function nameProblem(kind: NameKind, value: unknown, where: string, how?: string): string | undefined {
  const rule = NAMING_RULES[kind];
  const text = typeof value === 'string' ? value : undefined;
  let wrong: string | undefined;
  if (text === undefined) wrong = `is ${value === undefined ? 'missing' : `the ${typeof value} ${String(value)}`}, not a string`;
  else if (text.length < rule.minLength) wrong = `is ${text.length === 0 ? 'empty' : `${text.length} characters long`}; at least ${rule.minLength} are needed`;
  else if (text.length > rule.maxLength) wrong = `is ${text.length} characters long; at most ${rule.maxLength} are allowed`;
  else if (!rule.pattern.test(text)) wrong = 'has characters or a form the rule does not allow';
  if (!wrong) return undefined;
  const shown = text === undefined ? '' : ` "${text.length > 80 ? `${text.slice(0, 80)}...` : text}"`;
  const made = how ? ` (made as ${how})` : '';
  return `${where}: ${rule.what}${shown}${made} ${wrong} (${rule.source}). Fix: use ${rule.says}.`;
}
