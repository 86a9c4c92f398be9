#!/usr/bin/env bash
# HTTP load test on the shipped ketamine graph, over loopback, with one load generator (wrk) for both servers:
#   1. the API (Release build, embedded store) answering the ketamine → synaptogenesis pathways query;
#   2. a raw Kestrel endpoint answering the same bytes (the ceiling on this machine).
# Prints a markdown table: throughput and p50/p99 at 1, 8 and 64 concurrent connections, and the ratio API/raw (2xx
# answers only). The heavy admission queue is raised (Admission__HeavyQueueLength=4096) so that 64 connections wait for
# the two heavy slots instead of being shed with 503: the measure is execution, not refusal.
# Usage: benchmarks/http/run.sh [seconds per run, default 10]
#        RESPONSE_CACHE=off benchmarks/http/run.sh   measures the API with its response cache turned off
#        QUERY=entity.json benchmarks/http/run.sh      another request body (entity.json: entity(ref:) by CURIE)
#        MG_BENCH_API=dir MG_BENCH_PUBLISHED=1 API_PORT=n RAW_PORT=n   reuse a published API (benchmarks/scale/run.sh), other ports
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-10}"
query="${QUERY:-query.json}"
root="$(cd ../.. && pwd)"
api_dir="${MG_BENCH_API:-/tmp/mg-bench-api}"
api_url="http://127.0.0.1:${API_PORT:-5181}"
raw_url="http://127.0.0.1:${RAW_PORT:-5182}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

[ "${MG_BENCH_PUBLISHED:-}" = 1 ] || dotnet publish "$root/src/MechanismGraph.Api" -c Release -o "$api_dir" --nologo -v quiet >/dev/null
dotnet build RawKestrel.cs -c Release --nologo -v quiet >/dev/null

cleanup() { kill "${api_pid:-}" "${raw_pid:-}" 2>/dev/null || true; }
trap cleanup EXIT

cache_bytes=33554432; [ "${RESPONSE_CACHE:-on}" = off ] && cache_bytes=0
(cd "$api_dir" && ASPNETCORE_ENVIRONMENT=Production Graph__SeedData="$root/seed-data" Logging__LogLevel__Default=Warning \
  GraphQL__ResponseCacheBytes="$cache_bytes" Admission__HeavyQueueLength=4096 \
  exec dotnet MechanismGraph.Api.dll --urls "$api_url") >/tmp/mg-bench-api.log 2>&1 &
api_pid=$!
for _ in $(seq 60); do curl -sf "$api_url/health" >/dev/null && break; sleep 0.5; done
curl -sf -X POST "$api_url/graphql" -H 'Content-Type: application/json' --data-binary "@$query" -o /tmp/mg-bench-response.json
grep -q '"data":{"' /tmp/mg-bench-response.json && ! grep -q '"errors"' /tmp/mg-bench-response.json || { echo "the API did not answer the query"; exit 1; }

dotnet run RawKestrel.cs -c Release --no-build -- /tmp/mg-bench-response.json "$raw_url" >/tmp/mg-bench-raw.log 2>&1 &
raw_pid=$!
for _ in $(seq 60); do curl -sf -X POST "$raw_url/graphql" -o /dev/null && break; sleep 0.5; done

measure() { # url connections → "rps p50 p99"
  QUERY_FILE="$query" wrk -t1 -c"$2" -d"${seconds}s" -s post.lua --timeout 5s "$1/graphql" >/dev/null 2>&1 || true # warm-up pass discarded
  QUERY_FILE="$query" wrk -t1 -c"$2" -d"${seconds}s" -s post.lua --timeout 5s "$1/graphql" | sed -n 's/^RESULT //p'
}

echo "$query: response $(wc -c </tmp/mg-bench-response.json) bytes; API response cache ${RESPONSE_CACHE:-on}; wrk $(wrk --version 2>&1 | head -1 | cut -d' ' -f2), ${seconds}s per run after a discarded warm-up"
echo
echo "| connections | API 2xx req/s | API p50 ms | API p99 ms | API errors (non-2xx: 503 = admission) | raw req/s | raw p50 ms | raw p99 ms | API / raw |"
echo "|---|---|---|---|---|---|---|---|---|"
for c in 1 8 64; do
  api=$(measure "$api_url" "$c"); raw=$(measure "$raw_url" "$c")
  val() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }
  ratio=$(awk -v a="$(val "$api" ok_rps)" -v r="$(val "$raw" rps)" 'BEGIN { printf "%.2f", a / r }')
  echo "| $c | $(val "$api" ok_rps) | $(val "$api" p50_ms) | $(val "$api" p99_ms) | $(val "$api" errors) of $(val "$api" requests) | $(val "$raw" rps) | $(val "$raw" p50_ms) | $(val "$raw" p99_ms) | $ratio |"
done
