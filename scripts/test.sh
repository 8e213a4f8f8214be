#!/usr/bin/env bash
# Runs every test of PortfolioOS: engine and domain unit tests, MariaDB client and HTTP
# integration tests against a real, private MariaDB started here, and the differential
# test of the GraphQL engine against graphql-core. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_debian_packages

# graphql-core is the reference implementation for the engine's differential test.
if ! python3 -c 'import graphql' >/dev/null 2>&1; then
    python3 -m pip install --quiet 'graphql-core>=3.2,<3.3' || echo "warning: graphql-core not installed; the differential test will fail" >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/portfolio-test.XXXXXX")
trap 'stop_private_mariadb "$work"; rm -rf "$work"' EXIT
PORTFOLIO_TEST_DATABASE_URL=$(start_private_mariadb "$work")
export PORTFOLIO_TEST_DATABASE_URL
echo "Test database: $PORTFOLIO_TEST_DATABASE_URL"

swift build --build-tests
swift test --skip-build "$@"
