import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Fn, TerraformResource, TerraformStack } from 'cdktf';
import { sharedReference } from '../../src/terraform/shared-reference';

/** Synthesizes a stack `source` with one resource, and a stack `reader` whose resources read its attribute; returns the stacks' JSON. */
function synth(share: boolean): Record<string, string> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-reference-'));
  try {
    const app = new App({ outdir });
    const source = new TerraformStack(app, 'source');
    const origin = new TerraformResource(source, 'origin', { terraformResourceType: 'terraform_data' });
    origin.addOverride('input', 'x');
    const reader = new TerraformStack(app, 'reader');
    const attribute = origin.getStringAttribute('output');
    const value = share ? sharedReference(attribute) : attribute;
    for (let i = 0; i < 3; i++) {
      const r = new TerraformResource(reader, `reader-${i}`, { terraformResourceType: 'terraform_data' });
      r.addOverride('input', { plain: value, wrapped: Fn.jsonencode({ value }), interpolated: `${value}-${i}` });
    }
    // Used in its own stack too.
    new TerraformResource(source, 'local', { terraformResourceType: 'terraform_data' }).addOverride('input', value);
    app.synth();
    const read = (stack: string) => fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8');
    return { source: read('source'), reader: read('reader') };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

describe('sharedReference', () => {
  test('synthesizes the same Terraform as the reference it wraps, within its stack and across stacks', () => {
    const plain = synth(false);
    expect(synth(true)).toEqual(plain);
    expect(plain.reader).toContain('data.terraform_remote_state.cross-stack-reference-input-source.outputs');
  });

  test('leaves a string without tokens as it is', () => {
    expect(sharedReference('plain')).toBe('plain');
  });
});
