#!/usr/bin/env bash
# Issue 15's table in one run (docs/performance.md, "The whole table in one run"), against the published Release API:
#   1. start-up (process start → /health 200) at each fraction of Hetionet's size: without snapshot, first start (parse
#      and write the snapshot), from the snapshot; graphs written by the CLI's `generate` (seed 42, cached);
#   2. search p50/p99 (benchmark --search) and influence on the hubs (benchmark --influence) at the largest fraction;
#   3. RSS at start / after a query load / after 60 s idle (benchmarks/http/memory.sh) at the largest fraction;
#   4. uncached req/s against raw Kestrel at 1/8/64 connections, pathway and entity(ref:) queries (benchmarks/http/run.sh).
# Each section is one markdown table between lines giving the date, load average and nproc at its start and end.
# Usage: benchmarks/scale/run.sh [fractions, default 0.01,0.1,1] [wrk seconds per point, default 10]
#        MG_BENCH_DIR (generated graphs, default /tmp/mechanismgraph-bench), MG_SCALE_API (publish dir, default
#        /tmp/mg-scale-api), MG_SCALE_PORT (first of four ports, default 5191)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
fractions="${1:-0.01,0.1,1}"; seconds="${2:-10}"
largest="${fractions##*,}"
bench_dir="${MG_BENCH_DIR:-/tmp/mechanismgraph-bench}"
api_dir="${MG_SCALE_API:-/tmp/mg-scale-api}"
port="${MG_SCALE_PORT:-5191}"
url="http://127.0.0.1:$port"
work="$(mktemp -d /tmp/mg-scale.XXXXXX)"

stamp() { echo "_${1}: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg); nproc $(nproc)_"; echo; }
section() { echo; echo "### $1"; echo; stamp start; }
cleanup() { kill "${api_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

began=$(date +%s)
echo "## Issue 15 at scale: one run (fractions $fractions, ${seconds} s per wrk point)"
echo
stamp start
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet publish "$root/src/MechanismGraph.Api" -c Release -o "$api_dir" --nologo -v quiet >/dev/null
dotnet build "$root/src/MechanismGraph.Cli" -c Release --nologo -v quiet >/dev/null
dotnet build "$root/benchmarks/MechanismGraph.Benchmarks" -c Release --nologo -v quiet >/dev/null
cli="$root/src/MechanismGraph.Cli/bin/Release/net10.0/mechanism-graph.dll"
bench="$root/benchmarks/MechanismGraph.Benchmarks/bin/Release/net10.0/MechanismGraph.Benchmarks.dll"

size() { awk -v f="$1" 'BEGIN { printf "%d %d", int(47031*f+0.5), int(2250197*f+0.5) }'; } # Hetionet's nodes and edges
graph() { # fraction → folder with nodes.tsv and edges.tsv, generated once (the benchmarks share the same folders)
  read -r nodes edges <<<"$(size "$1")"
  local dir="$bench_dir/n$nodes-e$edges-s42"
  [ -f "$dir/edges.tsv" ] || dotnet "$cli" generate --nodes "$nodes" --edges "$edges" --seed 42 --out "$dir" >/dev/null
  echo "$dir"
}
start_up() { # graph folder, snapshot setting (false or a path) → seconds from process start to /health 200
  local started; started=$(date +%s.%N)
  local snapshot=(Graph__Snapshot__Enabled=false); [ "$2" = false ] || snapshot=(Graph__Snapshot__Enabled=true Graph__Snapshot__Path="$2")
  (cd "$api_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Graph__SeedData="$root/seed-data" Logging__LogLevel__Default=Warning \
    Graph__Imports__0__Nodes="$1/nodes.tsv" Graph__Imports__0__Edges="$1/edges.tsv" "${snapshot[@]}" \
    dotnet MechanismGraph.Api.dll --urls "$url") >"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 3000); do
    curl -sf -o /dev/null "$url/health" && break
    kill -0 "$api_pid" 2>/dev/null || { echo "the API exited; see its log:" >&2; cat "$work/api.log" >&2; exit 1; }
    sleep 0.1
  done
  awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f s", e - s }'
  kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=
}

section "Start-up: process start → /health 200 (Release API, seed-data + one generated import)"
echo "| fraction | nodes | edges | without snapshot (parse) | first start (parse + write snapshot) | from the snapshot | snapshot size |"
echo "|---|---|---|---|---|---|---|"
for f in ${fractions//,/ }; do
  dir=$(graph "$f"); read -r nodes edges <<<"$(size "$f")"
  snapshot="$work/graph-$f.snapshot"
  parse=$(start_up "$dir" false); first=$(start_up "$dir" "$snapshot"); warm=$(start_up "$dir" "$snapshot")
  echo "| $f | $nodes | $edges | $parse | $first | $warm | $(du -h "$snapshot" | cut -f1) |"
done
echo; stamp end

section "Search at $largest of Hetionet's size (benchmark --search, 1,000 queries each, in process)"
graph "$largest" >/dev/null
dotnet "$bench" --search "$largest" 1000
echo; stamp end

section "Influence on the hubs at $largest of Hetionet's size (benchmark --influence, maxHops 3, 10 warm runs)"
dotnet "$bench" --influence "$largest" 10
echo; stamp end

section "Memory at $largest of Hetionet's size (benchmarks/http/memory.sh: ${seconds} s of 64 connections per query, then 60 s idle)"
memory=$(MG_BENCH_API="$api_dir" MG_BENCH_PUBLISHED=1 MEMORY_PORT=$((port + 1)) "$root/benchmarks/http/memory.sh" "$largest" "$seconds" 64)
field() { sed -n "s/.*$1 \([0-9.]* [a-zA-Z]*\).*/\1/p" <<<"$memory" | head -1; }
echo "| fraction | GC | /health after | RSS at start | RSS after the load | RSS after 60 s idle | load (req/s, pathway then entity) |"
echo "|---|---|---|---|---|---|---|"
echo "| $largest | $(sed -n 's/.*GC: \(.*\)/\1/p' <<<"$memory" | tr -d '"' | sed 's/ *$//') | $(field 'health after') | $(field 'RSS at start') | $(field 'RSS after the load') | $(field 'RSS after 60 s idle') | $(sed -n 's/^load: .*rps=\([0-9.]*\).*/\1/p' <<<"$memory" | paste -sd/ -) |"
echo; stamp end

for query in query.json entity.json; do
  section "Uncached GraphQL against raw Kestrel, seed-data graph, $query (benchmarks/http/run.sh, response cache off)"
  (cd "$root/benchmarks/http" && QUERY=$query RESPONSE_CACHE=off MG_BENCH_API="$api_dir" MG_BENCH_PUBLISHED=1 \
    API_PORT=$((port + 2)) RAW_PORT=$((port + 3)) ./run.sh "$seconds")
  echo; stamp end
done

echo
echo "_total: $(( $(date +%s) - began )) s_"
