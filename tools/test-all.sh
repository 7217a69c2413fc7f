#!/usr/bin/env bash
# The whole test suite, as CI runs it: type-check, lint (with layer boundaries), unit tests, the
# OpenAPI drift check, then integration tests against a real Postgres and a real Kafka broker
# (started once for the run by libs/testing: env vars, else Testcontainers, else embedded).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s\n' "$*"; }
step "type-check"; npm run -s typecheck
step "formatting, lint and layer boundaries"; npm run -s format:check && npm run -s lint
step "unit tests"; npx jest --selectProjects unit
step "OpenAPI contracts and the compose file match the code"; npm run -s openapi:check && npm run -s compose:check
step "integration tests (real Postgres and Kafka)"; npx jest --selectProjects integration
