#!/usr/bin/env bash
# The consumer path, as a new user takes it: pack the library as npm would publish it; run its
# starter (genesys-pe-init) from the tarball to create a platform repository; install it (npm brings
# the peers); synthesize with both CLIs. Then run the README's example in that project too. Fails
# unless every output is written. Needs the npm registry.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

npm pack --silent --pack-destination "$work" "$repo" >/dev/null
tarball="$(ls "$work"/genesys-pe-constructs-*.tgz)"
cd "$work"
npx --yes --package "$tarball" genesys-pe-init platform --library "$tarball"
cd platform
npm install --no-audit --no-fund --silent
npx cdk8s synth --check-upgrade=false >/dev/null
CHECKPOINT_DISABLE=1 npx cdktf synth >/dev/null
for f in dist/us-east/00-cluster.yaml dist/us-east/helm/README.md cdktf.out/stacks/us-east-workloads/cdk.tf.json; do
  test -f "$f" || { echo "consumer check: the starter's project did not write $f" >&2; exit 1; }
done

# The README's example, verbatim: the first TypeScript block under "## Building a topology".
awk '/^## Building a topology/{f=1} f&&/^```ts$/{p=1;next} p&&/^```$/{exit} p' "$repo/README.md" > example.ts
test -s example.ts || { echo "consumer check: no example found in README.md" >&2; exit 1; }
npx ts-node example.ts
for f in dist-acme/us-east/00-cluster.yaml cdktf.out.acme/stacks/us-east-workloads/cdk.tf.json; do
  test -f "$f" || { echo "consumer check: the README example did not write $f" >&2; exit 1; }
done
echo "consumer check: the starter's project synthesizes with cdk8s and cdktf, and the README example runs ($(du -sh node_modules | cut -f1) installed)"
