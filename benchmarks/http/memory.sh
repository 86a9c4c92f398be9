#!/usr/bin/env bash
# RSS of the API at a generated graph's size (docs/performance.md, "Memory"): at /health, after a query load (wrk, response
# cache off so every request executes), and after 60 s idle. The GC settings are the shipped ones unless the environment
# overrides them (e.g. DOTNET_GCConserveMemory=0, DOTNET_GCHeapHardLimit=0x60000000).
# Usage: benchmarks/http/memory.sh [fraction of Hetionet, default 1] [load seconds, default 30] [connections, default 64]
#        MG_BENCH_API=dir MG_BENCH_PUBLISHED=1 MEMORY_PORT=n   reuse a published API (benchmarks/scale/run.sh), another port
set -euo pipefail
cd "$(dirname "$0")"
fraction="${1:-1}"; seconds="${2:-30}"; connections="${3:-64}"
root="$(cd ../.. && pwd)"
api_dir="${MG_BENCH_API:-/tmp/mg-bench-api}"
url="http://127.0.0.1:${MEMORY_PORT:-5183}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

# The benchmarks write (and cache) the generated graph; --search on a tiny run is the cheapest way to get the files.
[ "${MG_BENCH_PUBLISHED:-}" = 1 ] || dotnet build "$root/benchmarks/MechanismGraph.Benchmarks" -c Release --nologo -v quiet >/dev/null
dir="${MG_BENCH_DIR:-/tmp/mechanismgraph-bench}/$(awk -v f="$fraction" 'BEGIN { printf "n%d-e%d-s42", int(47031*f+0.5), int(2250197*f+0.5) }')"
[ -f "$dir/edges.tsv" ] || dotnet "$root/benchmarks/MechanismGraph.Benchmarks/bin/Release/net10.0/MechanismGraph.Benchmarks.dll" --search "$fraction" 1 >/dev/null
[ "${MG_BENCH_PUBLISHED:-}" = 1 ] || dotnet publish "$root/src/MechanismGraph.Api" -c Release -o "$api_dir" --nologo -v quiet >/dev/null

rss() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status"; }
cleanup() { kill "${api_pid:-}" 2>/dev/null || true; }
trap cleanup EXIT

started=$(date +%s.%N)
(cd "$api_dir" && ASPNETCORE_ENVIRONMENT=Production Graph__SeedData="$root/seed-data" Logging__LogLevel__Default=Warning \
  Graph__Imports__0__Nodes="$dir/nodes.tsv" Graph__Imports__0__Edges="$dir/edges.tsv" GraphQL__ResponseCacheBytes=0 \
  exec dotnet MechanismGraph.Api.dll --urls "$url") >/tmp/mg-bench-memory.log 2>&1 &
api_pid=$!
for _ in $(seq 600); do curl -sf "$url/health" >/dev/null && break; sleep 0.5; done
ready=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
echo "graph: $dir; GC: $(grep -o '"System.GC[^,]*' "$api_dir/MechanismGraph.Api.runtimeconfig.json" | tr '\n' ' ')$(env | grep '^DOTNET_GC' | tr '\n' ' ')"
echo "health after ${ready} s; RSS at start $(rss $api_pid)"
QUERY_FILE=query.json wrk -t1 -c"$connections" -d"${seconds}s" -s post.lua --timeout 5s "$url/graphql" | sed -n 's/^RESULT /load: /p'
QUERY_FILE=entity.json wrk -t1 -c"$connections" -d"${seconds}s" -s post.lua --timeout 5s "$url/graphql" | sed -n 's/^RESULT /load: /p'
echo "RSS after the load $(rss $api_pid)"
sleep 60
echo "RSS after 60 s idle $(rss $api_pid)"
