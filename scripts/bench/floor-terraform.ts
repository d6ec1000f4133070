/**
 * The Terraform floor: the library's synthesized stacks rebuilt in a plain cdktf `App`, each
 * resource a bare `TerraformResource` (each data source a bare `TerraformDataSource`) with the
 * library's logical id and its attributes set by `addOverride`; providers, outputs and the
 * `terraform` block as stack overrides; the stacks' dependencies as in the library's manifest.
 * Synthesized, this is what cdktf alone costs for the same resources.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as Cdktf from 'cdktf';
import { ChildTask } from './cases';
import { loadModule } from './lazy';
import { TERRAFORM_FIXTURE } from './library-cases';
import { PhaseRecorder } from './phases';

/** One synthesized stack: its name, its `cdk.tf.json`, and the stacks it depends on. */
interface StackInput {
  readonly name: string;
  readonly json: Record<string, any>;
  readonly dependencies: string[];
}

/** Top-level blocks rebuilt as constructs; every other block becomes a stack override. */
const CONSTRUCT_BLOCKS = new Set(['resource', 'data', '//']);

/** Rebuilds and synthesizes the stacks of `task.fixtureDir` into `task.outDir`. */
export function runFloorTerraform(task: ChildTask, phases: PhaseRecorder): void {
  const cdktf = phases.run('load', false, () => loadModule<typeof Cdktf>('cdktf'));
  const stacks = phases.run('read input', false, () => readStacks(path.join(task.fixtureDir, TERRAFORM_FIXTURE)));
  const app = phases.run('constructs', true, () => rebuild(cdktf, stacks, task.outDir));
  phases.run('synth', true, () => app.synth());
}

function rebuild(cdktf: typeof Cdktf, inputs: StackInput[], outdir: string): Cdktf.App {
  const app = new cdktf.App({ outdir });
  const stacks = new Map<string, Cdktf.TerraformStack>();
  for (const input of inputs) {
    const stack = new cdktf.TerraformStack(app, input.name);
    stacks.set(input.name, stack);
    for (const [type, byName] of Object.entries<Record<string, any>>(input.json.resource ?? {})) {
      for (const [name, body] of Object.entries(byName)) {
        setAttributes(new cdktf.TerraformResource(stack, name, { terraformResourceType: type }), name, body);
      }
    }
    for (const [type, byName] of Object.entries<Record<string, any>>(input.json.data ?? {})) {
      for (const [name, body] of Object.entries(byName)) {
        setAttributes(new cdktf.TerraformDataSource(stack, name, { terraformResourceType: type }), name, body);
      }
    }
    for (const [block, value] of Object.entries(input.json)) {
      if (!CONSTRUCT_BLOCKS.has(block)) stack.addOverride(block, value);
    }
  }
  for (const input of inputs) {
    for (const dependency of input.dependencies) stacks.get(input.name)!.addDependency(stacks.get(dependency)!);
  }
  return app;
}

/** Gives an element the library's logical id and every attribute of its synthesized body but the metadata. */
function setAttributes(element: Cdktf.TerraformResource | Cdktf.TerraformDataSource, name: string, body: Record<string, any>): void {
  element.overrideLogicalId(name);
  for (const [attribute, value] of Object.entries(body)) {
    if (attribute !== '//') element.addOverride(attribute, value);
  }
}

/** The stacks of a cdktf output folder, in the manifest's order. */
function readStacks(cdktfOut: string): StackInput[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(cdktfOut, 'manifest.json'), 'utf8'));
  return Object.values<any>(manifest.stacks).map((stack) => ({
    name: stack.name,
    json: JSON.parse(fs.readFileSync(path.join(cdktfOut, stack.synthesizedStackPath), 'utf8')),
    dependencies: stack.dependencies ?? [],
  }));
}
