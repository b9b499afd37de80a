#!/usr/bin/env bash
# Backup and restore of the portal's PostgreSQL database (README, "Backup and restore").
#
#   deploy/backup.sh dump FILE      writes a custom-format dump (pg_dump -Fc) of the database to FILE
#   deploy/backup.sh restore FILE   restores FILE into the database: what the dump holds is dropped
#                                   first, so an empty database and one with an older copy both work
#   deploy/backup.sh check          prints the pg_dump it would use; exit 3 when there is none that fits
#
# Which database: the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, or else the
# portal's own SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/db) with SPRING_DATASOURCE_USERNAME
# and SPRING_DATASOURCE_PASSWORD.
#
# pg_dump refuses a server of a newer major version than its own (the embedded default is PostgreSQL
# 17), so the newest pg_dump found is used: the directory in PG_BIN, then PATH, then the usual install
# places (/usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, Homebrew, Postgres.app).
set -euo pipefail
shopt -s inherit_errexit # a failure inside $(...) stops the script too

die() { echo "backup.sh: $1" >&2; exit "${2:-1}"; }

if [[ -z "${PGHOST:-}" && "${SPRING_DATASOURCE_URL:-}" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
  export PGHOST="${BASH_REMATCH[1]}" PGPORT="${BASH_REMATCH[3]:-5432}" PGDATABASE="${BASH_REMATCH[4]}"
  [[ -n "${SPRING_DATASOURCE_USERNAME:-}" ]] && export PGUSER="$SPRING_DATASOURCE_USERNAME"
  [[ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]] && export PGPASSWORD="$SPRING_DATASOURCE_PASSWORD"
fi

major_of() { # "pg_dump (PostgreSQL) 17.6" -> 17
  "$1" --version 2>/dev/null | sed -n 's/^[^0-9]*\([0-9][0-9]*\).*/\1/p' | head -1
}

# The newest pg_dump on this machine (its directory holds pg_restore too), or nothing.
find_bin_dir() {
  local candidates=() best="" best_major=0 dir major
  [[ -n "${PG_BIN:-}" ]] && candidates+=("$PG_BIN")
  command -v pg_dump >/dev/null 2>&1 && candidates+=("$(dirname "$(command -v pg_dump)")")
  for dir in /usr/lib/postgresql/*/bin /usr/pgsql-*/bin /opt/homebrew/opt/postgresql@*/bin \
             /usr/local/opt/postgresql@*/bin /Applications/Postgres.app/Contents/Versions/*/bin; do
    [[ -d "$dir" ]] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [[ -x "$dir/pg_dump" && -x "$dir/pg_restore" ]] || continue
    major="$(major_of "$dir/pg_dump")"
    [[ -n "$major" ]] || continue
    if (( major > best_major )); then best="$dir"; best_major="$major"; fi
    # PG_BIN, when given, wins if it is new enough; it is checked against the server below
    [[ -n "${PG_BIN:-}" && "$dir" == "$PG_BIN" ]] && break
  done
  echo "$best"
}

server_major() { # empty when no psql is at hand (pg_dump then says itself if it is too old)
  local psql="$1/psql"
  [[ -x "$psql" ]] || psql="$(command -v psql || true)"
  [[ -n "$psql" ]] || return 0
  local num
  num="$("$psql" -XAtq -c 'show server_version_num')" || die "cannot reach the database (PGHOST=${PGHOST:-} PGPORT=${PGPORT:-} PGDATABASE=${PGDATABASE:-})" 2
  echo $(( num / 10000 ))
}

pick() {
  local dir major server
  dir="$(find_bin_dir)"
  [[ -n "$dir" ]] || die "no pg_dump found (install the PostgreSQL client of the server's major version or newer, or set PG_BIN)" 3
  major="$(major_of "$dir/pg_dump")"
  server="$(server_major "$dir")"
  if [[ -n "$server" ]] && (( major < server )); then
    die "the newest pg_dump here is version $major ($dir), the server is $server: install a pg_dump $server or newer and set PG_BIN to its directory" 3
  fi
  echo "$dir"
}

command="${1:-}"
case "$command" in
  check)
    dir="$(pick)"
    echo "$dir/pg_dump (version $(major_of "$dir/pg_dump"))"
    ;;
  dump)
    [[ -n "${2:-}" ]] || die "usage: backup.sh dump FILE"
    dir="$(pick)"
    # to a temporary name first: a failed dump never leaves a file that looks like a backup
    "$dir/pg_dump" --format=custom --file="$2.partial" && mv "$2.partial" "$2" || { rm -f "$2.partial"; die "pg_dump failed"; }
    "$dir/pg_restore" --list "$2" >/dev/null || die "the dump in $2 cannot be read back"
    echo "backup.sh: dump of ${PGDATABASE:-the database} written to $2"
    ;;
  restore)
    [[ -f "${2:-}" ]] || die "usage: backup.sh restore FILE (an existing dump)"
    dir="$(pick)"
    target="${PGDATABASE:-${PGUSER:-$(id -un)}}" # libpq's default database: the user's name
    "$dir/pg_restore" --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
      --dbname="$target" "$2"
    echo "backup.sh: $2 restored into $target"
    ;;
  *)
    die "usage: backup.sh dump FILE | restore FILE | check"
    ;;
esac
