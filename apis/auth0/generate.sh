#!/usr/bin/env bash
# Makes restpoint-auth0 again from Auth0's description and the crate's overlay.
# `bash apis/auth0/generate.sh --check` writes nothing and names the first file
# and line where the checked-in crate differs (CI runs it).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo run --quiet --locked -p restpoint-import -- openapi \
  import/tests/data/auth0-management-api.openapi.yaml \
  --overlay apis/auth0/overlay.yaml \
  --out apis/auth0 --name restpoint-auth0 --restpoint-path ../.. \
  --license "MIT OR Apache-2.0" --samples "$@"
