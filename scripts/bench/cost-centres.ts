/**
 * The cost centres the report's findings talk about, measured in every profile as inclusive time
 * (a sample counts when a matching frame is anywhere on its stack, so centres may overlap).
 */
import { CallFrame, CostCentre, moduleOf } from './profile-summary';

/** A frame named `name` (or one of `names`) in module `module`. */
function fn(module: string, ...names: string[]): (frame: CallFrame) => boolean {
  return (frame) => moduleOf(frame) === module && names.includes(frame.functionName);
}

/** Any frame of module `module`. */
function inModule(module: string): (frame: CallFrame) => boolean {
  return (frame) => moduleOf(frame) === module;
}

/** Cost centres of the manifests output. */
export const MANIFEST_CENTRES: readonly CostCentre[] = [
  { name: 'before-synth hooks (mesh, monitoring, group wiring, releases): `runBeforeSynthHooks`', matches: fn('src/core/before-synth.ts', 'runBeforeSynthHooks') },
  { name: 'rendering every object once for the checks and the output: `unitOutput` (cdk8s `toJson`)', matches: fn('src/core/model-check.ts', 'unitOutput') },
  { name: 'model checks: `collectProblems`', matches: fn('src/core/problems.ts', 'collectProblems') },
  { name: 'props checks: `checkProps` (validators compiled at build time since issue 18)', matches: fn('src/core/check-props.ts', 'checkProps') },
  { name: 'YAML rendering (the `yaml` package inside cdk8s)', matches: inModule('yaml') },
  { name: 'garbage collection', matches: (frame) => frame.functionName === '(garbage collector)' },
];

/** Cost centres of the Terraform output. */
export const TERRAFORM_CENTRES: readonly CostCentre[] = [
  { name: 'the manifests model checked and rendered inside `GroupTerraform` (one pass): `checkModel`', matches: fn('src/core/model-check.ts', 'checkModel') },
  { name: 'props checks: `checkProps` (validators compiled at build time since issue 18)', matches: fn('src/core/check-props.ts', 'checkProps') },
  { name: 'cdktf captures a full stack trace per token: `captureStackTrace`', matches: fn('cdktf', 'captureStackTrace') },
  { name: 'cdktf cross-stack references: `crossStackReference` (once per value and stack since issue 18)', matches: fn('cdktf', 'crossStackReference') },
  { name: 'provider `Manifest` class per object (replaced by `ManifestResource` in fix 1: reads 0 unless it comes back)', matches: fn('@cdktf/provider-kubernetes', 'Manifest') },
  { name: 'cdktf token resolution: `resolve`', matches: fn('cdktf', 'resolve') },
  { name: 'cdktf JSON output: `json-stable-stringify` (the floor pays it too)', matches: inModule('json-stable-stringify') },
  { name: 'garbage collection', matches: (frame) => frame.functionName === '(garbage collector)' },
];
