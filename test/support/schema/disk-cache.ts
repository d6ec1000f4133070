import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Reads the JSON cached at `file`, or computes it with `create`, writes it there and returns it.
 *
 * The file is written under a unique temporary name and then renamed into place, so a parallel
 * jest worker either finds no file or a complete one, never a half-written one.
 */
export function readOrCreateJson<T>(file: string, create: () => T): T {
  const cached = readJsonIfValid<T>(file);
  if (cached !== undefined) return cached;

  const value = create();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(value, undefined, 1)}\n`);
  fs.renameSync(temporary, file);
  return value;
}

/** The cached value, or undefined when the file is missing or unreadable (it is then written again). */
function readJsonIfValid<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * A short, stable hash for cache keys: of a JSON value, and of the contents of files (e.g. the code that
 * computes the cached value, so that changing that code invalidates the cache by itself).
 */
export function cacheKey(value: unknown, files: readonly string[] = []): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(value));
  for (const file of files) {
    hash.update(`\0${file}\0`).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The path of a sibling source file of `caller` (a `__filename`), with the caller's extension (.ts under ts-jest). */
export function siblingSource(caller: string, baseName: string): string {
  return path.join(path.dirname(caller), `${baseName}${path.extname(caller)}`);
}
