import { parse } from 'yaml';
import { Synthesized } from './synth';

/** The values a unit's release was given, read back from `helm/<release>.values.yaml`. */
export function releaseValues(out: Synthesized, unitId: string, release: string): any {
  const file = out.files[`${unitId}/helm/${release}.values.yaml`];
  if (file === undefined) throw new Error(`no values file for release ${release} in unit ${unitId}`);
  return parse(file);
}

/** The dotted paths of a value tree's leaves (arrays are leaves). */
export function leafPathsOf(values: any, prefix = ''): string[] {
  return Object.entries(values ?? {}).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 ? leafPathsOf(value, path) : [path];
  });
}
