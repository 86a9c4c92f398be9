#!/usr/bin/env bash
# Vendors a web page's browser libraries from the npm packages pinned in web/<page> (playground: GraphiQL + React;
# explorer: cytoscape + dagre); web/<page>/vendor-files.txt lists which files go where.
#
#   scripts/update-web-assets.sh <page>          npm ci, then (re)write wwwroot/<page>/vendor/ and its SHA256SUMS
#   scripts/update-web-assets.sh <page> --check  npm ci, then exit 1 unless the committed vendor/ is byte-identical
#   scripts/update-web-assets.sh all [--check]   both pages
#
# The vendored files are committed so a fresh clone serves the pages without npm or a CDN; this script only
# exists to update or verify them.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
page="${1:-}"
mode=update
case "${2:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 playground|explorer|all [--check]" >&2; exit 2 ;;
esac
case "$page" in
  playground|explorer) ;;
  all) for p in playground explorer; do "$0" "$p" ${2:-}; done; exit 0 ;;
  *) echo "usage: $0 playground|explorer|all [--check]" >&2; exit 2 ;;
esac
pkg_dir="$root/web/$page"
vendor="$root/src/MechanismGraph.Api/wwwroot/$page/vendor"
rel="${vendor#"$root"/}"  # for messages
mapfile -t files < <(grep -v '^\s*\(#\|$\)' "$pkg_dir/vendor-files.txt")

echo "npm ci in web/$page ..."
# npm ci installs exactly package-lock.json and fails if it disagrees with package.json.
(cd "$pkg_dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)

# Belt and braces: every pin in package.json is an exact version and is what npm installed.
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
    echo "Run scripts/update-web-assets.sh $page to restore them." >&2
    exit 1
  fi
  if ! diff -r "$stage" "$vendor" >/dev/null; then
    echo "FAIL: $rel differs from what the pinned npm packages produce:" >&2
    diff -rq "$stage" "$vendor" | sed "s#$stage#(npm)#; s#$vendor#$rel#" >&2 || true
    echo "Run scripts/update-web-assets.sh $page and commit the result." >&2
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
echo "total bytes (without licences and sums): $(cd "$vendor" && find . -maxdepth 1 -type f ! -name SHA256SUMS -printf '%s\n' | awk '{ s += $1 } END { print s }')"
