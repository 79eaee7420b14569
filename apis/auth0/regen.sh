#!/usr/bin/env bash
cd "$(dirname "$0")/../.." && cargo run -q -p restpoint-import -- openapi import/tests/data/auth0-management-api.openapi.yaml --overlay apis/auth0/overlay.yaml --out apis/auth0 --name restpoint-auth0 --restpoint-path ../.. --license "MIT OR Apache-2.0" --samples "$@"
