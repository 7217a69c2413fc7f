#!/usr/bin/env bash
# The whole test suite, as CI runs it: type-check, lint (with layer boundaries), unit tests, the
# contract drift and evolution checks, integration tests against a real Postgres and a real Kafka
# broker (started once for the run by libs/testing: env vars, else Testcontainers, else embedded)
# followed by a Python read of every topic against the AsyncAPI documents, and Schemathesis
# against every service of a started platform (Python tools pinned in tools/contract-checks).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s\n' "$*"; }
step "type-check"; npm run -s typecheck
step "formatting, lint and layer boundaries"; npm run -s format:check && npm run -s lint
reports=.cache/test-reports; rm -rf "$reports"; mkdir -p "$reports"
step "unit tests"; npx jest --selectProjects unit --json --outputFile="$reports/unit.json"
step "contracts (OpenAPI, AsyncAPI, typed clients) and the compose file match the code"; npm run -s openapi:check && npm run -s compose:check
step "contracts evolve without breaking callers"; node dist/tools/check-contract-evolution.js
step "the Helm chart: its data matches the registry, it lints, renders and validates offline"; node dist/tools/helm/generate-chart-data.js --check && bash tools/helm/check-chart.sh
step "integration tests (real Postgres and Kafka), then every topic against the AsyncAPI documents"; CIVIC_TOPIC_CHECK=1 npx jest --selectProjects integration --json --outputFile="$reports/integration.json"
step "Schemathesis against every service of a started platform"; bash tools/contract-checks/against-platform.sh
step "all jest tests (unit and integration)"; node tools/test-summary.js "$reports/unit.json" "$reports/integration.json"
