/**
 * Turns a JSON Pointer (as in ajv's `instancePath`) into a readable path: `/spec/containers/0/image`
 * becomes `spec.containers[0].image`, and keys that are not identifiers are quoted, as in `metadata.labels["app.kubernetes.io/name"]`.
 */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  let result = '';
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) {
      result += `[${segment}]`;
    } else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) {
      result += result === '' ? segment : `.${segment}`;
    } else {
      result += `[${JSON.stringify(segment)}]`;
    }
  }
  return result;
}

/** Appends one key to a JSON Pointer. */
export function childPointer(pointer: string, key: string): string {
  return `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
