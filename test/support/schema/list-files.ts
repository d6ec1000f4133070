import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every file under `dir`, recursively, as sorted `/`-separated paths relative to `dir`.
 */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(child);
      } else {
        files.push(child);
      }
    }
  };
  walk('');
  return files.sort();
}
