#!/usr/bin/env bash
# Schemathesis against every service of a running platform (npm start), all checks, a fixed seed.
# Installs its own pinned Schemathesis (PyPI) into the contract checks' virtualenv on first use.
#   bash tools/contract-checks/schemathesis.sh [service ...]     (default: all seven)
# Prints each service's summary and exits non-zero when any check failed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$(bash "$root/tools/contract-checks/venv.sh")"
[ -f "$root/dist/tools/token.js" ] || (cd "$root" && npm run -s build)
token="$(cd "$root" && node dist/tools/token.js --sub contract-check --system schemathesis --roles "platform:admin,*:audit.read,*:personal-data.read" 2>/dev/null | tail -1)"
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(assistance eldercare child-welfare registration funeral community charity)
failed=0
for service in "${services[@]}"; do
  port="$(cd "$root" && node -e "const r=require('./dist/libs/contracts/src/service-registry.js');console.log(r.serviceEntry(process.argv[1]).port)" "$service")"
  echo "== $service (http://localhost:$port)"
  if ! (cd "$root/.cache" && "$venv/bin/st" --config-file "$root/tools/contract-checks/schemathesis.toml" run "http://localhost:$port/docs-json" \
    -H "Authorization: Bearer $token" --checks all --max-examples "${ST_EXAMPLES:-30}" --seed "${ST_SEED:-1}" \
    --continue-on-failure --no-color > "$root/.cache/schemathesis-$service.log" 2>&1); then
    failed=1
  fi
  # The summary without its '=== … ===' frame, which a CI log reader would take for pytest's closing line.
  grep -E '^  ❌ ST|^=+ .* in [0-9.]+s =+$' "$root/.cache/schemathesis-$service.log" | sed -E 's/^=+ (.*) =+$/  summary: \1/' || true
done
exit $failed
