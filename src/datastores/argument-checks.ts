import { IConstruct } from 'constructs';
import { problem } from '../core';
import { SecretReference } from './secret-reference';
import { SynthProblemsError } from '../core/problems';

/** One argument of a method, as given, and what it must be. */
export interface ArgumentCheck {
  /** The argument's name. */
  readonly name: string;
  /** The value given. */
  readonly value: unknown;
  /** A string (non-empty) or a SecretReference. */
  readonly kind: 'string' | 'SecretReference';
  /** May be left out. */
  readonly optional?: boolean;
}

/**
 * Refuses, with one problem per wrong argument, the arguments of a method that TypeScript would
 * have refused (JavaScript callers and casts get through).
 *
 * @param scope the construct whose method is called
 * @param method the method, e.g. `VoiceRedis.crossNamespaceBinding`
 * @param checks the arguments
 */
export function checkArguments(scope: IConstruct, method: string, checks: ArgumentCheck[]): void {
  const found = checks.flatMap((c) => {
    if (c.value === undefined && c.optional) return [];
    const ok = c.kind === 'string' ? typeof c.value === 'string' && c.value.length > 0 : c.value instanceof SecretReference;
    if (ok) return [];
    const given = c.value === undefined || c.value === null ? String(c.value) : `the ${typeof c.value} ${JSON.stringify(c.value)}`;
    const fix = c.kind === 'string' ? `give ${c.name} as a non-empty string` : `give ${c.name} as SecretReference.of('<secret>', '<key>')`;
    return [problem(`${method}: ${c.name} is ${given}, not ${c.kind === 'string' ? 'a non-empty string' : 'a SecretReference'}`, fix, 'the method\'s signature in API.md')];
  });
  if (found.length > 0) throw new SynthProblemsError(found.map((p) => `[${scope.node.path}] ${p}`));
}
