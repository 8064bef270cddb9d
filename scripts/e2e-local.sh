#!/usr/bin/env bash
# Build into a private folder and run Playwright on a private port, so that several
# developers or agents can run end-to-end tests on one machine at once.
#   scripts/e2e-local.sh NAME PORT [playwright args…]
set -euo pipefail
name=$1 port=$2; shift 2
export OTZ_DIST="/tmp/otz-dist-$name" E2E_PORT="$port"
npx vite build --outDir "$OTZ_DIST" --emptyOutDir --logLevel warn
npx playwright test --output "/tmp/otz-results-$name" "$@"
