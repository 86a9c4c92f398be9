#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, on a fresh machine as on a warm one (idempotent, quick when present):
#   - Debian's Chromium for the browser tests;
#   - NuGet packages of the solution;
#   - the offline Cypher checker (Neo4j's own analyser, npm @neo4j-cypher/language-support, pinned in its lock file);
#   - graphql-http's GraphQL-over-HTTP audit suite (npm graphql-http, pinned in its lock file).
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium through Playwright (whose own browser download cannot work here).
if [ ! -x /usr/lib/chromium/chromium ] && [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium for the browser tests ..."
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

dotnet restore MechanismGraph.sln --nologo -v quiet
if [ ! -d tools/cypher-lint/node_modules/@neo4j-cypher/language-support ]; then
  npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error
fi
if [ ! -d tools/graphql-http-audit/node_modules/graphql-http ]; then
  npm ci --prefix tools/graphql-http-audit --no-audit --no-fund --loglevel=error
fi
