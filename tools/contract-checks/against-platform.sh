#!/usr/bin/env bash
# The contract check of `npm test`: starts a throwaway platform (CIVIC_EPHEMERAL=1: fresh Postgres
# and Kafka data), runs Schemathesis against all seven services, and stops everything it started.
# Needs the build (`npm run build`, done by the OpenAPI check before it in tools/test-all.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mkdir -p .cache
log="$root/.cache/contract-platform.log"
# Schemathesis sends thousands of requests a minute under one token: the per-caller limit is off for it.
CIVIC_EPHEMERAL=1 RATE_LIMIT_PER_MINUTE=0 node dist/tools/start-platform.js > "$log" 2>&1 &
platform=$!
stop() {
  kill -INT "$platform" 2>/dev/null || return 0
  for _ in $(seq 1 90); do kill -0 "$platform" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$platform" 2>/dev/null || true
}
trap stop EXIT
deadline=$((SECONDS + 240))
until grep -q "services are ready" "$log"; do
  if ! kill -0 "$platform" 2>/dev/null; then echo "the platform exited before it was ready:"; tail -40 "$log"; exit 1; fi
  if [ "$SECONDS" -ge "$deadline" ]; then echo "the platform was not ready within 240 s:"; tail -40 "$log"; exit 1; fi
  sleep 1
done
bash tools/contract-checks/schemathesis.sh "$@"
