#!/usr/bin/env bash
# Serves the PortfolioOS API with demo data on the embedded MariaDB (data in ./data).
# Installs what is missing first. Extra arguments go to `portfolio serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_debian_packages
swift build -c release --product portfolio
bin=$(swift build -c release --show-bin-path)/portfolio
"$bin" seed-demo
exec "$bin" serve "$@"
