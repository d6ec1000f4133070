import { Testing } from 'cdktf';
import { defineReferenceTopology } from '../../apps/reference-topology';
import { GenesysApp, GroupTerraform, GroupTerraformProps, KubernetesPlatform, StateBackend, UnitGroup } from '../../src';

export type Json = Record<string, any>;

/** Every resource of a type in a synthesized stack. */
export const resources = (stack: Json, type: string): Json[] => Object.values(stack.resource?.[type] ?? {});

/** The one resource of a type in a synthesized stack. */
export function only(stack: Json, type: string): Json {
  const found = resources(stack, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0];
}

/** The reference topology on one cloud, in a model of its own. */
export function referenceGroup(cloud: KubernetesPlatform): UnitGroup {
  return defineReferenceTopology(new GenesysApp({ outdir: '/nonexistent' }), cloud);
}

/** The least a test gives: a local state backend and API servers open on purpose. */
export function baseProps(group: UnitGroup, more: Partial<GroupTerraformProps> = {}): GroupTerraformProps {
  return {
    group,
    kubernetesVersion: '1.29',
    gcpProject: 'acme-genesys',
    stateBackend: StateBackend.local(),
    aksSecurity: { publicApiServer: true },
    gkeSecurity: { publicControlPlane: true },
    storeProtection: { redisWithoutPassword: true },
    ...more,
  };
}

/** The synthesized JSON of one stack of the reference topology's Terraform. */
export function stackOf(
  cloud: KubernetesPlatform,
  stack: string,
  more: Partial<GroupTerraformProps> = {},
  change?: (group: UnitGroup) => void,
): Json {
  const app = Testing.app();
  const group = referenceGroup(cloud);
  change?.(group);
  new GroupTerraform(app, 'acme', baseProps(group, more));
  return JSON.parse(Testing.synth(app.node.findChild(stack) as any));
}

/** The problem report of a GroupTerraform that refuses its options ('' when it accepts them). */
export function refusal(cloud: KubernetesPlatform, props: Partial<GroupTerraformProps>): string {
  try {
    new GroupTerraform(Testing.app(), 'acme', { ...baseProps(referenceGroup(cloud)), ...props });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}
