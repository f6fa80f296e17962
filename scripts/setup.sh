#!/usr/bin/env bash
# Create .venv/ and install the project with the pinned versions of requirements.lock.
# Idempotent; run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c requirements.lock -r requirements.lock
.venv/bin/python -m pip install --quiet --no-deps -e .
