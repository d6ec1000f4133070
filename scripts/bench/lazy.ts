/**
 * Loads a module when a case asks for it rather than at start-up, so that module loading is timed
 * as its own phase and a floor child never loads the library.
 *
 * @param id a package name, or a path relative to this folder (e.g. `../../src`)
 */
export function loadModule<T>(id: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the point is to load late
  return require(id) as T;
}
