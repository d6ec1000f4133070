#!/usr/bin/env bash
# The consumer path, as a new user takes it. Pack the library as npm would publish it, then:
#  1. Manifests only: install the tarball alone into a new project (npm brings the required peers,
#     not the optional Terraform providers), check that no provider was installed, type-check the
#     README's manifests-only example strictly and without skipLibCheck (the public types must not
#     need a provider), and synthesize it with `cdk8s synth`.
#  2. Both outputs: run the starter (genesys-pe-init) from the tarball to create a platform
#     repository, install it, synthesize with both CLIs; then run the README's main example there.
# Fails unless every output is written. Needs the npm registry and a compiled lib/.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm_install() { npm install --no-audit --no-fund --silent "$@"; }
fail() { echo "consumer check: $*" >&2; exit 1; }
# The TypeScript block that follows the README line $1, verbatim.
readme_block() { awk -v start="$1" 'index($0, start)==1{f=1} f&&/^```ts$/{p=1;next} p&&/^```$/{exit} p' "$repo/README.md"; }

test -f "$repo/lib/index.js" || fail "lib/ is not built; run npx projen compile first"
npm pack --silent --pack-destination "$work" "$repo" >/dev/null
tarball="$(ls "$work"/genesys-pe-constructs-*.tgz)"
dev_tools() { node -e "const d=require('$repo/package.json').devDependencies; console.log(['typescript','ts-node','@types/node','cdk8s-cli'].map(n=>n+'@'+d[n]).join(' '))"; }

# 1. Manifests only.
mkdir "$work/manifests-only" && cd "$work/manifests-only"
npm init -y >/dev/null
npm_install "$tarball"
runtime_mb="$(du -sm node_modules | cut -f1)"
if ls node_modules/@cdktf 2>/dev/null | grep -q '^provider-'; then fail "a manifests-only install brought Terraform providers: $(ls node_modules/@cdktf)"; fi
# shellcheck disable=SC2046
npm_install --save-dev $(dev_tools)
readme_block '### Manifests only' > main.ts
test -s main.ts || fail "no manifests-only example found in README.md"
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "strict": true, "esModuleInterop": true, "skipLibCheck": false, "noEmit": true }, "include": ["main.ts"] }
JSON
npx tsc -p tsconfig.json || fail "the manifests-only example does not type-check without the Terraform providers"
printf 'language: typescript\napp: npx ts-node main.ts\noutput: dist\n' > cdk8s.yaml
npx cdk8s synth --check-upgrade=false >/dev/null
for f in dist/us-east/00-cluster.yaml dist/us-east/helm/README.md; do
  test -f "$f" || fail "the manifests-only example did not write $f"
done
test ! -e cdktf.out || fail "cdk8s synth wrote cdktf.out/"

# 2. Both outputs, from the starter.
cd "$work"
npx --yes --package "$tarball" genesys-pe-init platform --library "$tarball"
cd platform
npm_install
npx cdk8s synth --check-upgrade=false >/dev/null
test ! -e cdktf.out || fail "cdk8s synth wrote cdktf.out/"
CHECKPOINT_DISABLE=1 npx cdktf synth >/dev/null
for f in dist/us-east/00-cluster.yaml dist/us-east/helm/README.md cdktf.out/stacks/us-east-workloads/cdk.tf.json; do
  test -f "$f" || fail "the starter's project did not write $f"
done
test ! -e node_modules/@cdktf/provider-google || fail "the starter's AKS project installed the Google provider"

# The README's main example, verbatim: the first TypeScript block under "## Building a topology".
readme_block '## Building a topology' > example.ts
test -s example.ts || fail "no example found in README.md"
npx ts-node example.ts
for f in dist-acme/us-east/00-cluster.yaml cdktf.out.acme/stacks/us-east-workloads/cdk.tf.json; do
  test -f "$f" || fail "the README example did not write $f"
done
echo "consumer check: manifests only, ${runtime_mb} MB installed without tools, type-checks and synthesizes with no provider;" \
  "the starter's AKS project ($(du -sm node_modules | cut -f1) MB with both CLIs) synthesizes with cdk8s and cdktf; the README example runs"
