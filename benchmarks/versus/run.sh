#!/usr/bin/env bash
# MechanismGraph against NetworkX, side by side (docs/performance.md, "Side by side"): generates the Hetionet-size graph
# (seed 42, cached under $MG_BENCH_DIR, default /tmp/mechanismgraph-bench), draws 300 seeded connected pairs and runs
# k = 10 shortest simple paths for every maxHops 1–10 on both, interleaved. Needs Debian's NetworkX:
#   apt-get install -y python3-networkx
# Usage: benchmarks/versus/run.sh [pairs]
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-/usr/bin/python3}
"$python" -c 'import networkx' 2>/dev/null || { echo "NetworkX missing: apt-get install -y python3-networkx" >&2; exit 1; }
project=benchmarks/MechanismGraph.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average: $(cut -d' ' -f1-3 /proc/loadavg); nproc: $(nproc)"
dotnet "$project/bin/Release/net10.0/MechanismGraph.Benchmarks.dll" --versus "$python" benchmarks/versus/networkx_paths.py "${1:-300}"
