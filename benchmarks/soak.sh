#!/usr/bin/env bash
# The bounded soak of docs/reliability.md, on loopback only: builds the API, generates a synthetic graph (50,000 nodes,
# 500,000 edges, seed 42; cached under $MG_BENCH_DIR), starts the API on 127.0.0.1 with it (response cache off, so every
# request does its work), runs N clients mixing costly and cheap requests for D seconds, waits I seconds idle, prints
# requests, statuses, error codes, the cheap probe's p50/p99 and the server's RSS before/peak/after, and stops the API.
# Usage: benchmarks/soak.sh [clients=32] [duration-seconds=300] [idle-seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-32}; duration=${2:-300}; idle=${3:-60}
port=${MG_SOAK_PORT:-5687}
dir=${MG_BENCH_DIR:-/tmp/mechanismgraph-bench}/soak-50000
dotnet build src/MechanismGraph.Api -c Release --nologo -v quiet
dotnet build src/MechanismGraph.Cli -c Release --nologo -v quiet
dotnet build benchmarks/MechanismGraph.Benchmarks -c Release --nologo -v quiet
if [ ! -s "$dir/edges.tsv" ]; then
  mkdir -p "$dir"
  dotnet src/MechanismGraph.Cli/bin/Release/net10.0/mechanism-graph.dll generate --nodes 50000 --edges 500000 --seed 42 --out "$dir"
fi
ASPNETCORE_URLS="http://127.0.0.1:$port" Graph__SeedData="$PWD/seed-data" \
  Graph__Imports__0__Nodes="$dir/nodes.tsv" Graph__Imports__0__Edges="$dir/edges.tsv" GraphQL__ResponseCacheBytes=0 \
  Logging__LogLevel__Default=Warning \
  dotnet src/MechanismGraph.Api/bin/Release/net10.0/MechanismGraph.Api.dll >"$dir/api.log" 2>&1 &
api=$!
trap 'kill "$api" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "the API did not start; see $dir/api.log"; exit 1; }
sleep 5 # let start-up garbage settle before the "before" RSS
dotnet benchmarks/MechanismGraph.Benchmarks/bin/Release/net10.0/MechanismGraph.Benchmarks.dll --soak \
  --url "http://127.0.0.1:$port" --pid "$api" --clients "$clients" --duration "$duration" --idle "$idle" --nodes 50000
