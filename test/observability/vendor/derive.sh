#!/bin/sh
# Derives the vendor name lists committed beside this script from the vendor's public deploy kit
# (github.com/genesys/multicloud-services), read from a bare git mirror: GIT_DIR=<mirror> ./derive.sh
# Only names are taken (rule names, metric names), which are facts; no rule text is copied.
set -eu
: "${GIT_DIR:?set GIT_DIR to a bare mirror of genesys/multicloud-services}"
export GIT_DIR
folders="services/voice/12_chart_voice-cpe-monitoring services/ges/03_chart_ges-cpe-monitoring services/cxc/02_chart_cxc-cpe-monitoring services/ixn/02_chart_ixn-cpe-monitoring services/tenant/03_chart_tenant-cpe-monitoring"
here=$(dirname "$0")
# rule-names.txt: <file relative to services/><TAB><rule name>, in file order.
for f in $(git ls-tree -r --name-only HEAD $folders | grep '/alerts/' | grep -v kustomization); do
  git show "HEAD:$f" | sed -n 's/^[[:space:]]*- alert:[[:space:]]*//p' | sed 's/[[:space:]]*$//' | sed "s|^|${f#services/}	|"
done > "$here/rule-names.txt"
# metric-names.txt: <product folder><TAB><series name> read by the vendor's rules or dashboards.
for f in $(git ls-tree -r --name-only HEAD $folders | grep -E '/(alerts|configmaps-dashboards)/' | grep -v kustomization); do
  product=$(echo "$f" | cut -d/ -f2)
  git show "HEAD:$f" | grep -aoE '[A-Za-z_:][A-Za-z0-9_:]*(\{|\[| *[<>=!]=?[ 0-9.])' | sed -E 's/( *[<>=!]=?[ 0-9.]|[{[])$//' | sed "s|^|$product	|"
done | sort -u > "$here/metric-names.txt"
