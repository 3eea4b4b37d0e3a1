#!/usr/bin/env bash
# Restores a pledgetrack backup into a NEW database and an EMPTY files directory.
#
#   ops/restore.sh <pledgetrack-….sql.gz> <pledgetrack-files-….tar.gz>
#
# Settings (environment): DB_HOST, DB_PORT, DB_USER, DB_PASSWORD as for backup.sh; DB_NAME (the
# database to create, pledgetrack); FILES_DIR (the directory to fill, data-files). Refuses to
# overwrite: the database must not exist and the files directory must be empty or absent.
set -euo pipefail

dump=${1:?usage: ops/restore.sh <dump.sql.gz> <files.tar.gz>}
files=${2:?usage: ops/restore.sh <dump.sql.gz> <files.tar.gz>}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_NAME=${DB_NAME:-pledgetrack}
FILES_DIR=${FILES_DIR:-data-files}
export MYSQL_PWD=${DB_PASSWORD:-}
client=(mariadb --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --default-character-set=utf8mb4)

sums=$(dirname "$dump")/SHA256SUMS-$(basename "$dump" .sql.gz | sed 's/^pledgetrack-//')
if [ -f "$sums" ]; then
    (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$sums")")
fi
if [ -n "$("${client[@]}" -N -e "SHOW DATABASES LIKE '$DB_NAME'")" ]; then
    echo "Database $DB_NAME already exists; restore into a new database." >&2
    exit 1
fi
if [ -d "$FILES_DIR" ] && [ -n "$(ls -A "$FILES_DIR")" ]; then
    echo "$FILES_DIR is not empty; restore into an empty directory." >&2
    exit 1
fi

"${client[@]}" -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# The dump holds the tables only (no CREATE DATABASE / USE), so it lands in DB_NAME whatever the source was called.
# The DEFINER clauses of triggers and stored procedures are dropped: they name the account that
# migrated the source server (which may not exist here, or be anonymous), so the restoring account
# becomes their definer.
gunzip -c "$dump" | sed -E -e 's#/\*!50017 DEFINER=[^*]*\*/##' -e 's#^CREATE DEFINER=[^ ]* (PROCEDURE|FUNCTION)#CREATE \1#' \
    | "${client[@]}" "$DB_NAME"

mkdir -p "$FILES_DIR"
tar -C "$FILES_DIR" -xzf "$files"
echo "Restored into database $DB_NAME and $FILES_DIR"
