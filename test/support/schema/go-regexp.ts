import type { CodeOptions } from 'ajv';

/** Go's inline flag groups that JavaScript has as RegExp flags: `(?i)` ignore case, `(?m)` multi-line, `(?s)` dot-all. */
const INLINE_FLAGS = /(?<!\\)\(\?([ims]+)\)/g;

/**
 * The regular-expression engine given to ajv. Kubernetes evaluates CRD `pattern`s with Go's RE2 syntax,
 * which allows inline flag groups such as `^(?i)(abort|warn)?$` that JavaScript rejects. Each group is
 * removed and its flags apply to the whole pattern: exact for the usual leading group, a little looser otherwise.
 */
export const goRegExp: NonNullable<CodeOptions['regExp']> = Object.assign(
  (pattern: string, flags: string): RegExp => {
    const inlineFlags = [...pattern.matchAll(INLINE_FLAGS)].map((match) => match[1]).join('');
    const allFlags = [...new Set(`${flags}${inlineFlags}`)].join('');
    try {
      return new RegExp(pattern.replace(INLINE_FLAGS, ''), allFlags);
    } catch (error) {
      throw new Error(`schema pattern ${JSON.stringify(pattern)} is not a regular expression JavaScript understands: ${(error as Error).message}`);
    }
  },
  { code: 'new RegExp' },
);
