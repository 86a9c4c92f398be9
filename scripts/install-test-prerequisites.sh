#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK. Idempotent: quick when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium through Playwright (whose own browser download cannot work here).
if [ ! -x /usr/lib/chromium/chromium ] && [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium for the browser tests ..."
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

dotnet restore MechanismGraph.sln --nologo -v quiet
