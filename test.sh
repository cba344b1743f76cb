#!/usr/bin/env bash
# Runs the whole test suite. Installs what the tests need first when it is missing:
# Debian's Chromium (browser tests), docker-compose (compose file validation) and, with npm,
# Neo4j's Cypher linter in tools/cypher-lint (the Cypher lint tests) and axe-core in
# tests/GraphBuilder.Web.Tests/axe (the graph view's accessibility check); python3-yaml runs the
# benchmark's naive peer (bench/peer/naive_sync.py).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
python3 -c 'import yaml' >/dev/null 2>&1 || missing+=(python3-yaml)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "Installing test dependencies: ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

[ -d tools/cypher-lint/node_modules ] || (cd tools/cypher-lint && npm ci --no-audit --no-fund >&2)
[ -d tests/GraphBuilder.Web.Tests/axe/node_modules ] || (cd tests/GraphBuilder.Web.Tests/axe && npm ci --no-audit --no-fund >&2)

dotnet test GraphBuilder.sln "$@"
