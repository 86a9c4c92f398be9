#!/usr/bin/env bash
# Before/after in one run: two published API builds (response cache off) and raw Kestrel, measured interleaved
# (raw, before, after at each connection count, ROUNDS times) on one query, with the load average at each point and the
# process CPU each server spent per 2xx answer (utime+stime from /proc, so a loaded machine's waiting does not count).
# Usage: benchmarks/http/compare.sh BEFORE_DIR AFTER_DIR [seconds per run, default 5]   (dirs from dotnet publish)
#        QUERY=entity.json ROUNDS=2 benchmarks/http/compare.sh …
set -euo pipefail
cd "$(dirname "$0")"
before="$1"; after="$2"; seconds="${3:-5}"; query="${QUERY:-query.json}"; rounds="${ROUNDS:-2}"
root="$(cd ../.. && pwd)"
raw_url="http://127.0.0.1:5291"; before_url="http://127.0.0.1:5292"; after_url="http://127.0.0.1:5293"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT

start_api() { # dir url → pid (the heavy queue admits every connection: the measure is execution, not 503s)
  (cd "$1" && ASPNETCORE_ENVIRONMENT=Production Graph__SeedData="$root/seed-data" Logging__LogLevel__Default=Warning \
    GraphQL__ResponseCacheBytes=0 Admission__HeavyQueueLength=4096 exec dotnet MechanismGraph.Api.dll --urls "$2") >"/tmp/mg-compare-${2##*:}.log" 2>&1 &
  echo $!
}
before_pid=$(start_api "$before" "$before_url"); after_pid=$(start_api "$after" "$after_url"); pids+=("$before_pid" "$after_pid")
for url in "$before_url" "$after_url"; do for _ in $(seq 120); do curl -sf "$url/health" >/dev/null && break; sleep 0.5; done; done
curl -sf -X POST "$after_url/graphql" -H 'Content-Type: application/json' --data-binary "@$query" -o /tmp/mg-compare-response.json
curl -sf -X POST "$before_url/graphql" -H 'Content-Type: application/json' --data-binary "@$query" | cmp -s - /tmp/mg-compare-response.json \
  || { echo "before and after answer differently"; exit 1; }
dotnet build RawKestrel.cs -c Release --nologo -v quiet >/dev/null
dotnet run RawKestrel.cs -c Release --no-build -- /tmp/mg-compare-response.json "$raw_url" >/dev/null 2>&1 &
raw_pid=$!; pids+=("$raw_pid")
for _ in $(seq 60); do curl -sf -X POST "$raw_url/graphql" -o /dev/null && break; sleep 0.5; done
raw_pid=$(ss -ltnpH "sport = :${raw_url##*:}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1) # dotnet run starts the app as a child

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
measure() { # name url pid connections → one table row
  QUERY_FILE="$query" wrk -t1 -c"$4" -d2s -s post.lua --timeout 5s "$2/graphql" >/dev/null 2>&1 || true # warm-up
  local load ticks result ok
  load=$(cut -d' ' -f1 /proc/loadavg); ticks=$(cpu_ticks "$3")
  result=$(QUERY_FILE="$query" wrk -t1 -c"$4" -d"${seconds}s" -s post.lua --timeout 5s "$2/graphql" | sed -n 's/^RESULT //p')
  ticks=$(( $(cpu_ticks "$3") - ticks ))
  val() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$result"; }
  ok=$(val ok_rps)
  printf '| %s | %s | %s | %s | %s | %s | %s of %s | %s |\n' "$4" "$1" "$load" "$ok" "$(val p50_ms)" "$(val p99_ms)" "$(val errors)" "$(val requests)" \
    "$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v ok="$ok" -v s="$seconds" 'BEGIN { printf "%.0f", (ok > 0) ? t / hz * 1e6 / (ok * s) : 0 }')"
}

for url in "$raw_url" "$before_url" "$after_url"; do # JIT tiering settles before the first row, not during it
  QUERY_FILE="$query" wrk -t1 -c8 -d5s -s post.lua --timeout 5s "$url/graphql" >/dev/null 2>&1 || true
done
echo "$query: response $(wc -c </tmp/mg-compare-response.json) bytes; response cache off; ${seconds}s per run after a 2 s warm-up (and 5 s per server at start); $rounds rounds; $(nproc) cores"
echo
echo "| connections | server | load avg (1 min) | 2xx req/s | p50 ms | p99 ms | non-2xx | process CPU µs / answer |"
echo "|---|---|---|---|---|---|---|---|"
for c in 1 8 64; do
  for _ in $(seq "$rounds"); do
    measure raw "$raw_url" "$raw_pid" "$c"; measure before "$before_url" "$before_pid" "$c"; measure after "$after_url" "$after_pid" "$c"
  done
done
