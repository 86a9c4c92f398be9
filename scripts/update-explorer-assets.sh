#!/usr/bin/env bash
# Vendors the explorer's graph-drawing libraries from the npm packages pinned in web/explorer.
#
#   scripts/update-explorer-assets.sh          npm ci, then (re)write wwwroot/explorer/vendor/ and its SHA256SUMS
#   scripts/update-explorer-assets.sh --check  npm ci, then exit 1 unless the committed vendor/ is byte-identical
#
# The vendored files are committed so a fresh clone serves the explorer without npm or a CDN; this script only
# exists to update or verify them. (Same pattern as scripts/update-web-assets.sh for the playground.)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
pkg_dir="$root/web/explorer"
vendor="$root/src/MechanismGraph.Api/wwwroot/explorer/vendor"
rel="${vendor#"$root"/}"  # for messages

mode=update
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# source file inside node_modules  ->  name in vendor/
# cytoscape-dagre's dist build bundles @dagrejs/dagre 3.0.0 and @dagrejs/graphlib 4.0.1: their licences ship too.
files=(
  "cytoscape/dist/cytoscape.min.js:cytoscape.min.js"
  "cytoscape-dagre/dist/cytoscape-dagre.min.js:cytoscape-dagre.min.js"
  "cytoscape/LICENSE:licenses/cytoscape.LICENSE"
  "cytoscape-dagre/LICENSE:licenses/cytoscape-dagre.LICENSE"
  "@dagrejs/dagre/LICENSE:licenses/dagre.LICENSE"
  "@dagrejs/graphlib/LICENSE:licenses/graphlib.LICENSE"
)

echo "npm ci in web/explorer ..."
# npm ci installs exactly package-lock.json and fails if it disagrees with package.json.
(cd "$pkg_dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)

# Every pin in package.json is an exact version and is what npm installed.
pinned="$(cd "$pkg_dir" && node -e '
  const deps = require("./package.json").devDependencies, out = [];
  for (const [name, want] of Object.entries(deps)) {
    const got = require(`./node_modules/${name}/package.json`).version;
    if (got !== want) { console.error(`error: ${name} is pinned as "${want}" but npm installed ${got}`); process.exit(1); }
    out.push(`${name} ${got}`);
  }
  console.log(out.join(", "));')"

# Build the would-be vendor/ in a scratch folder, then either install or compare it.
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/licenses"
for f in "${files[@]}"; do
  cp "$pkg_dir/node_modules/${f%%:*}" "$stage/${f#*:}"
done
# Sorted, relative paths, C locale: the same bytes on every machine.
(cd "$stage" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)

if [[ "$mode" == check ]]; then
  if ! (cd "$vendor" 2>/dev/null && sha256sum --quiet -c SHA256SUMS); then
    echo "FAIL: files in $rel do not match their SHA256SUMS (edited or missing)." >&2
    echo "Run scripts/update-explorer-assets.sh to restore them." >&2
    exit 1
  fi
  if ! diff -r "$stage" "$vendor" >/dev/null; then
    echo "FAIL: $rel differs from what the pinned npm packages produce:" >&2
    diff -rq "$stage" "$vendor" | sed "s#$stage#(npm)#; s#$vendor#$rel#" >&2 || true
    echo "Run scripts/update-explorer-assets.sh and commit the result." >&2
    exit 1
  fi
  echo "OK: $rel matches $pinned."
  exit 0
fi

rm -rf "$vendor"
mkdir -p "$(dirname "$vendor")"
cp -r "$stage" "$vendor"
chmod -R u=rwX,go=rX "$vendor"  # mktemp -d makes the folder 0700; keep the committed tree world-readable
echo "Wrote $rel from $pinned:"
(cd "$vendor" && find . -type f -printf '%s\t%P\n' | LC_ALL=C sort -k2)
echo "total bytes (the two scripts): $(cd "$vendor" && cat cytoscape.min.js cytoscape-dagre.min.js | wc -c)"
