import { IResolvable, IResolveContext, TerraformStack, Token } from 'cdktf';

/**
 * A value that many resources of another stack read (a VNet id every peering reads, a Redis key
 * every credentials Secret reads), resolved once per stack instead of once per use.
 *
 * cdktf turns each use of a cross-stack reference, when it prepares a stack, into a new token that
 * reads the remote state (and records a stack trace for it); the output, the remote state and the
 * string they resolve to are the same for every use. So the first use in a stack resolves the value
 * as cdktf always does (registering the output and the remote state), and the other uses in that
 * stack, in the same resolution mode, take its result. The synthesized Terraform is the same.
 */
class ResolvedOncePerStack implements IResolvable {
  public readonly creationStack: string[] = [];
  private readonly results = new Map<string, unknown>();

  public constructor(private readonly value: string) {}

  public resolve(context: IResolveContext): unknown {
    // Inside a for_each iterator the result depends on more than the stack: resolve every time.
    if (context.iteratorContext) return context.resolve(this.value);
    const stack = TerraformStack.of(context.scope);
    const key = [stack.node.path, context.preparing, context.suppressBraces, context.ignoreEscapes, context.warnEscapes].join('|');
    if (!this.results.has(key)) this.results.set(key, context.resolve(this.value));
    return this.results.get(key);
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/**
 * `value` (a token string, typically another resource's attribute), for use in many resources:
 * resolved once per stack that uses it (see `ResolvedOncePerStack`).
 *
 * @param value a string attribute of a resource, or any string
 */
export function sharedReference(value: string): string {
  return Token.isUnresolved(value) ? Token.asString(new ResolvedOncePerStack(value)) : value;
}
