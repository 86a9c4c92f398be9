#!/usr/bin/env bash
# Reproduces docs/performance.md: generates the synthetic graphs (seed 42; cached under $MG_BENCH_DIR, default
# /tmp/mechanismgraph-bench), then
#   1. the load script: load time, heap, bytes/edge, pathways p50/p99 over random connected pairs, effects on the hub,
#      at 1%, 10% and 100% of Hetionet's size (markdown table on stdout);
#   2. BenchmarkDotNet for the same queries (short run) and the import (3 cold runs), with allocations (MemoryDiagnoser).
# Usage: benchmarks/run.sh [--scale-only]
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/MechanismGraph.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet
dll="$project/bin/Release/net10.0/MechanismGraph.Benchmarks.dll"
dotnet "$dll" --scale 0.01,0.1,1 500
[ "${1:-}" = "--scale-only" ] && exit 0
dotnet "$dll" --filter '*' --artifacts "$project/BenchmarkDotNet.Artifacts"
