#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK. Idempotent: quick when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore MechanismGraph.sln --nologo -v quiet
