#!/usr/bin/env bash
# The non-Node topic check: every message on the broker against the committed AsyncAPI documents
# (the same documents the services serve at /asyncapi; the OpenAPI drift check keeps them equal).
#   bash tools/contract-checks/topics.sh HOST:PORT
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$(bash "$root/tools/contract-checks/venv.sh")"
exec "$venv/bin/python" "$root/tools/contract-checks/topics.py" --brokers "$1" "$root"/services/*/asyncapi.json
