#!/usr/bin/env bash
# The consumer path: pack the library as npm would publish it, install the tarball into a new,
# empty project (npm brings the peer dependencies), and run the README's example there as a user
# would, with ts-node. Fails unless both outputs of the example are written. Needs the registry.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

npm pack --silent --pack-destination "$work" "$repo" >/dev/null
tarball="$(ls "$work"/genesys-pe-constructs-*.tgz)"
mkdir "$work/platform" && cd "$work/platform"
npm init -y >/dev/null
# The TypeScript line the library is built with (newer majors break ts-node).
npm install --no-audit --no-fund --silent "$tarball" 'typescript@~5.9.0' 'ts-node@^10.9.2' '@types/node@^20'

# The tsconfig.json the README's "Supported versions" asks for.
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "moduleResolution": "node", "strict": true, "esModuleInterop": true, "skipLibCheck": true } }
JSON

# The README's example, verbatim: the first TypeScript block under "## Building a topology".
awk '/^## Building a topology/{f=1} f&&/^```ts$/{p=1;next} p&&/^```$/{exit} p' "$repo/README.md" > main.ts
test -s main.ts || { echo "consumer check: no example found in README.md" >&2; exit 1; }
npx ts-node main.ts

for f in dist-acme/us-east/00-cluster.yaml dist-acme/us-east/helm/README.md cdktf.out.acme/stacks/us-east-workloads/cdk.tf.json; do
  test -f "$f" || { echo "consumer check: the README example did not write $f" >&2; exit 1; }
done
echo "consumer check: the packed library installs into a new project and runs the README example ($(du -sh node_modules | cut -f1) installed)"
