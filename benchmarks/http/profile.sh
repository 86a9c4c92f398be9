#!/usr/bin/env bash
# CPU profile of the API under load, response cache off (docs/performance.md): dotnet-trace's sampling profiler for
# 10 s while wrk sends the request body at 8 connections; prints the top frames by exclusive and inclusive samples (thread-time samples: waiting threads count too).
# Usage: benchmarks/http/profile.sh [request body, default query.json]   (dotnet tool install -g dotnet-trace)
set -euo pipefail
cd "$(dirname "$0")"
query="${1:-query.json}"
root="$(cd ../.. && pwd)"
url="http://127.0.0.1:5184"
trace="${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}"
dotnet publish "$root/src/MechanismGraph.Api" -c Release -o /tmp/mg-bench-api --nologo -v quiet >/dev/null
cleanup() { kill "${api_pid:-}" "${wrk_pid:-}" 2>/dev/null || true; }
trap cleanup EXIT
(cd /tmp/mg-bench-api && ASPNETCORE_ENVIRONMENT=Production Graph__SeedData="$root/seed-data" Logging__LogLevel__Default=Warning \
  GraphQL__ResponseCacheBytes=0 exec dotnet MechanismGraph.Api.dll --urls "$url") >/tmp/mg-bench-profile.log 2>&1 &
api_pid=$!
for _ in $(seq 60); do curl -sf "$url/health" >/dev/null && break; sleep 0.5; done
QUERY_FILE="$query" wrk -t1 -c8 -d5s -s post.lua "$url/graphql" >/dev/null # warm-up
QUERY_FILE="$query" wrk -t1 -c8 -d14s -s post.lua "$url/graphql" | sed -n 's/^RESULT /load: /p' &
wrk_pid=$!
sleep 2
"$trace" collect -p "$api_pid" --profile dotnet-sampled-thread-time --duration 00:00:00:10 -o /tmp/mg-profile.nettrace >/dev/null
wait "$wrk_pid" || true
"$trace" report /tmp/mg-profile.nettrace topN -n 25
"$trace" report /tmp/mg-profile.nettrace topN -n 40 --inclusive
