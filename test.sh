#!/usr/bin/env bash
# Runs every test of MechanismGraph on a fresh machine: installs what the tests need, runs them,
# and ends with one line "N passed, N failed, N skipped" counted from the test results (TRX).
set -uo pipefail
cd "$(dirname "$0")"

scripts/install-test-prerequisites.sh || { echo "installing test prerequisites failed"; exit 1; }

rm -rf TestResults
dotnet build MechanismGraph.sln -c Release --nologo -v quiet || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
# The benchmarks are run by hand (benchmarks/run.sh), but they must keep compiling against the code they measure.
dotnet build benchmarks/MechanismGraph.Benchmarks -c Release --nologo -v quiet || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
# One results folder per test project, all run at once: TRX files are named by the time a run starts, so projects
# started together into one folder overwrite each other's results.
pids=()
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test --project "$project" -c Release --no-build --results-directory "$PWD/TestResults/$name" --report-xunit-trx &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done

passed=0; failed=0; skipped=0
for trx in TestResults/*/*.trx; do
  [ -e "$trx" ] || continue
  # Count each test's own result element; the TRX summary counters are not reliable for skips.
  outcomes=$(grep -o '<UnitTestResult [^>]*' "$trx" | grep -o ' outcome="[A-Za-z]*"')
  passed=$((passed + $(grep -c '"Passed"' <<<"$outcomes")))
  skipped=$((skipped + $(grep -c '"NotExecuted"' <<<"$outcomes")))
  failed=$((failed + $(grep -cvE '"(Passed|NotExecuted)"|^$' <<<"$outcomes")))
done
# Each skipped test with its reason, so a CI log says why something did not run.
for trx in TestResults/*/*.trx; do
  [ -e "$trx" ] || continue
  grep -o '<UnitTestResult testName="[^"]*" outcome="NotExecuted"[^>]*><Output><StdOut>[^<]*' "$trx" \
    | sed -E 's/<UnitTestResult testName="([^"]*)".*<StdOut>(.*)/skipped: \1 — \2/; s/&quot;/"/g'
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
