#!/usr/bin/env bash
# `npm run migrate:create <name>` needs a terminal (Payload's CLI exits silently without one) and
# a database no dev server pushed to: run it on a throwaway embedded Postgres under `script`.
set -eu
name=${1:?usage: scripts/newMigration.sh <name>}
data=$(mktemp -d -t prism-migration.XXXX); chmod 755 "$data"
trap 'rm -rf "$data"' EXIT
DATA_DIR="$data" script -qec "npx tsx scripts/payload.ts migrate:create $name" /dev/null < /dev/null
