#!/usr/bin/env bash
# Vendors the GraphiQL playground's browser assets from the npm packages pinned in web/playground.
#
#   scripts/update-web-assets.sh          npm ci, then (re)write wwwroot/playground/vendor/ and its SHA256SUMS
#   scripts/update-web-assets.sh --check  npm ci, then exit 1 unless the committed vendor/ is byte-identical
#
# The vendored files are committed so a fresh clone serves the playground without npm; this script only
# exists to update or verify them.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
pkg_dir="$root/web/playground"
vendor="$root/src/MechanismGraph.Api/wwwroot/playground/vendor"
rel="${vendor#"$root"/}"  # for messages

mode=update
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# source file inside node_modules  ->  name in vendor/
files=(
  "graphiql/graphiql.min.js:graphiql.min.js"
  "graphiql/graphiql.min.css:graphiql.min.css"
  "react/umd/react.production.min.js:react.production.min.js"
  "react-dom/umd/react-dom.production.min.js:react-dom.production.min.js"
  "graphiql/LICENSE:licenses/graphiql.LICENSE"
  "react/LICENSE:licenses/react.LICENSE"
  "react-dom/LICENSE:licenses/react-dom.LICENSE"
)

echo "npm ci in web/playground ..."
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
    echo "Run scripts/update-web-assets.sh to restore them." >&2
    exit 1
  fi
  if ! diff -r "$stage" "$vendor" >/dev/null; then
    echo "FAIL: $rel differs from what the pinned npm packages produce:" >&2
    diff -rq "$stage" "$vendor" | sed "s#$stage#(npm)#; s#$vendor#$rel#" >&2 || true
    echo "Run scripts/update-web-assets.sh and commit the result." >&2
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
echo "total bytes (the four assets): $(cd "$vendor" && cat graphiql.min.js graphiql.min.css react.production.min.js react-dom.production.min.js | wc -c)"
