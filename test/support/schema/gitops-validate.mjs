// Validates Flux and Argo CD objects with the kubernetes-models packages, which are ES modules only
// and so cannot be loaded by jest's CommonJS runtime. Reads [{ index, apiVersion, kind, object }]
// as JSON on stdin; writes [{ index, errors }] as JSON on stdout.
import { HelmRelease } from '@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2/HelmRelease';
import { HelmRepository } from '@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1/HelmRepository';
import { Application } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';

const MODELS = {
  'helm.toolkit.fluxcd.io/v2 HelmRelease': HelmRelease,
  'source.toolkit.fluxcd.io/v1 HelmRepository': HelmRepository,
  'argoproj.io/v1alpha1 Application': Application,
};

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(({ index, apiVersion, kind, object }) => {
    const Model = MODELS[`${apiVersion} ${kind}`];
    if (!Model) return { index, errors: [{ instancePath: '', message: `no model for ${apiVersion} ${kind}` }] };
    try {
      new Model(object).validate();
      return { index, errors: [] };
    } catch (error) {
      return { index, errors: error.errors ?? [{ instancePath: '', message: String(error.message) }] };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
