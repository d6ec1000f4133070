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
  { name: 'before-synth hooks (mesh, monitoring, group wiring): `runBeforeSynthHooks`', matches: fn('src/core/before-synth.ts', 'runBeforeSynthHooks') },
  { name: 'monitoring reads each service: `InstanceScope` (no render since fix 2: reads ~0 unless one comes back)', matches: fn('src/services/observability/instance-scope.ts', 'InstanceScope') },
  { name: 'model checks: `collectProblems`', matches: fn('src/core/problems.ts', 'collectProblems') },
  { name: 'YAML rendering (the `yaml` package inside cdk8s)', matches: inModule('yaml') },
  { name: 'garbage collection', matches: (frame) => frame.functionName === '(garbage collector)' },
];

/** Cost centres of the Terraform output. */
export const TERRAFORM_CENTRES: readonly CostCentre[] = [
  { name: 'manifests rendered for the workloads stacks: `GenesysApp.manifests` inside `GroupTerraform`', matches: fn('src/core/genesys-app.ts', 'manifests') },
  { name: 'cdktf captures a full stack trace per token: `captureStackTrace`', matches: fn('cdktf', 'captureStackTrace') },
  { name: 'provider `Manifest` class per object (replaced by `ManifestResource` in fix 1: reads 0 unless it comes back)', matches: fn('@cdktf/provider-kubernetes', 'Manifest') },
  { name: '`dependsOn` tokens: cdktf `dependable` / `Dependable` (addresses written directly since fix 1: reads 0 unless it comes back)', matches: fn('cdktf', 'dependable', 'Dependable') },
  { name: 'cdktf token resolution: `resolve`', matches: fn('cdktf', 'resolve') },
  { name: 'garbage collection', matches: (frame) => frame.functionName === '(garbage collector)' },
];
