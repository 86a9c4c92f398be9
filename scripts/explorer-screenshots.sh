#!/usr/bin/env bash
# Screenshots of the explorer on a large generated graph (not part of ./test.sh): generates ~47,000 entities and 765,000
# relations (Hetionet v1.0's size as imported here), adds a pair only an association links, runs the API on them and
# drives Chromium through tests/.../Browser/LargeGraphScreenshots.cs. Output: TestResults/screenshots/explorer-large-*.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${WORK:-/tmp/mg-explorer-large}
port=${PORT:-5091}
mkdir -p "$work/extra"

dotnet build src/MechanismGraph.Cli -c Release -v q -nologo
dotnet build src/MechanismGraph.Api -c Release -v q -nologo
dotnet build tests/MechanismGraph.Api.Tests -c Release -v q -nologo
[ -f "$work/generated/edges.tsv" ] || dotnet src/MechanismGraph.Cli/bin/Release/net10.0/mechanism-graph.dll \
  generate --nodes 47000 --edges 765000 --seed 42 --out "$work/generated"

# The hub: the generated entity with the most outgoing relations.
hub=$(awk -F'\t' 'NR > 1 { n[$2]++ } END { for (s in n) if (n[s] > best || (n[s] == best && s < hub)) { best = n[s]; hub = s } print hub }' "$work/generated/edges.tsv")
printf 'id\tcategory\tname\nPUBCHEM.COMPOUND:990001\tbiolink:ChemicalEntity\ttetramethrin analogue\nMONDO:0990001\tbiolink:Disease\trare ataxia\n' > "$work/extra/nodes.tsv"
printf 'id\tsubject\tpredicate\tobject\tprimary_knowledge_source\tpublications\nx1\tPUBCHEM.COMPOUND:990001\tbiolink:associated_with\tMONDO:0990001\tinfores:ctd\tPMID:12345678\n' > "$work/extra/edges.tsv"
# The hub also acts on ketamine (curated), so its neighbourhood holds curated relations too.
printf 'x2\t%s\tbiolink:causes\tCHEBI:6121\tinfores:ctd\tPMID:1\n' "$hub" >> "$work/extra/edges.tsv"

export Graph__Imports__0__Nodes="$work/generated/nodes.tsv" Graph__Imports__0__Edges="$work/generated/edges.tsv"
export Graph__Imports__1__Nodes="$work/extra/nodes.tsv" Graph__Imports__1__Edges="$work/extra/edges.tsv"
started=$(date +%s.%N)
dotnet src/MechanismGraph.Api/bin/Release/net10.0/MechanismGraph.Api.dll --urls "http://127.0.0.1:$port" \
  --contentRoot "$PWD/src/MechanismGraph.Api" > "$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health" > "$work/health.json"; do
  kill -0 $api 2>/dev/null || { tail -20 "$work/api.log"; exit 1; }
  sleep 1
done
echo "API ready in $(echo "$(date +%s.%N) - $started" | bc) s: $(cat "$work/health.json")"

EXPLORER_SCREENSHOTS_URL="http://127.0.0.1:$port" EXPLORER_SCREENSHOTS_HUB="$hub" \
EXPLORER_SCREENSHOTS_FROM=PUBCHEM.COMPOUND:990001 EXPLORER_SCREENSHOTS_TO=MONDO:0990001 \
  dotnet test --project tests/MechanismGraph.Api.Tests/MechanismGraph.Api.Tests.csproj -c Release --no-build -- \
  --filter-class '*LargeGraphScreenshots*'
cat TestResults/screenshots/explorer-large-timings.txt
