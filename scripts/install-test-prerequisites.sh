#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, on a fresh machine as on a warm one (idempotent, quick when present):
#   - NuGet packages of the solution;
#   - the offline Cypher checker (Neo4j's own analyser, npm @neo4j-cypher/language-support, pinned in its lock file).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore MechanismGraph.sln --nologo -v quiet
if [ ! -d tools/cypher-lint/node_modules/@neo4j-cypher/language-support ]; then
  npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error
fi
