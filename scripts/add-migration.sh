#!/usr/bin/env bash
# Add a migration for every provider at once: the model is one, the migrations are one set per provider
# (architecture guide §7). Never hand-edit the generated files.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Iro.Data.$provider" --startup-project "src/Iro.Data.$provider" --output-dir Migrations
done
