#!/usr/bin/env bash
# Backs up pledgetrack: a consistent dump of the database and a tar of the uploaded files.
#
#   ops/backup.sh <backup directory>
#
# Settings (environment): DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty),
# DB_NAME (pledgetrack), FILES_DIR (data-files, the application's pledgetrack.files.dir).
# Writes pledgetrack-<UTC time>.sql.gz, pledgetrack-files-<UTC time>.tar.gz and their SHA256SUMS-<UTC time>.
# With pledgetrack.files.store=database the files are in the dump (stored_file_chunk, as hex); the files
# archive is still written and then holds nothing a restore needs.
set -euo pipefail

target=${1:?usage: ops/backup.sh <backup directory>}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_NAME=${DB_NAME:-pledgetrack}
FILES_DIR=${FILES_DIR:-data-files}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
dump="pledgetrack-$stamp.sql.gz"
files="pledgetrack-files-$stamp.tar.gz"

mkdir -p "$target"
# The password goes through the environment, never the command line (where ps would show it).
export MYSQL_PWD=${DB_PASSWORD:-}

# --single-transaction: one consistent InnoDB snapshot without locking the application out.
# The dump comes first and the files second: files are only ever added under new random keys,
# so every file the dump refers to is in the tar (the tar may hold a few newer, unreferenced ones).
mariadb-dump --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" \
    --single-transaction --quick --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 "$DB_NAME" \
    | gzip > "$target/$dump.part"
mv "$target/$dump.part" "$target/$dump"

mkdir -p "$FILES_DIR"
tar -C "$FILES_DIR" -czf "$target/$files.part" .
mv "$target/$files.part" "$target/$files"

(cd "$target" && sha256sum "$dump" "$files" > "SHA256SUMS-$stamp")
echo "$target/$dump"
echo "$target/$files"
