#!/usr/bin/env bash
# Prints the path of the contract checks' Python virtualenv (.cache/contract-checks-venv), creating
# it or bringing it up to tools/contract-checks/requirements.txt first (pinned versions from PyPI).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.cache/contract-checks-venv"
requirements="$root/tools/contract-checks/requirements.txt"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$venv/requirements.installed"; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements" >&2
  cp "$requirements" "$venv/requirements.installed"
fi
echo "$venv"
