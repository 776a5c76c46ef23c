#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: private data directory in a temp dir, listening only on
# 127.0.0.1 on a free port (55432 upward), unix socket inside the temp dir, fsync off.
# As root the cluster runs as the `postgres` OS user; otherwise as the current user.
#
# Two ways to use it:
#   source scripts/pg-throwaway.sh; pg_throwaway_start; ...; pg_throwaway_stop
#       pg_throwaway_start exports IRO_TEST_PG, e.g.
#       Host=127.0.0.1;Port=55432;Database=iro_test;Username=iro_test;Password=<48 hex chars>
#       (the role has CREATEDB, so tests can create their own databases)
#   scripts/pg-throwaway.sh [command args...]
#       starts a cluster, runs the command with IRO_TEST_PG set (or just checks a connection if no
#       command is given), then stops the cluster and deletes the temp dir.

PG_THROWAWAY_DIR=''
PG_THROWAWAY_BINDIR=''
PG_THROWAWAY_PORT=''

# Prints the newest /usr/lib/postgresql/<version>/bin that has initdb, or fails.
pg_throwaway_bindir() {
  local d best=''
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/initdb && -x $d/pg_ctl ]] || continue
    if [[ -z $best ]] || [[ $(printf '%s\n%s\n' "$best" "$d" | sort -V | tail -n1) == "$d" ]]; then best=$d; fi
  done
  [[ -n $best ]] && printf '%s\n' "$best"
}

# Runs a command as the cluster owner, from inside the temp dir (so cwd is always accessible).
_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    (cd "$PG_THROWAWAY_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$PG_THROWAWAY_DIR" && "$@")
  fi
}

_pg_port_in_use() { (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pg_throwaway_start() {
  local t0=$SECONDS bindir data port log pass started=''
  bindir=$(pg_throwaway_bindir) || {
    echo "pg-throwaway: PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
    return 1
  }
  if [[ $EUID -eq 0 ]] && ! getent passwd postgres >/dev/null; then
    echo "pg-throwaway: running as root but there is no 'postgres' OS user to own the cluster" >&2
    return 1
  fi
  PG_THROWAWAY_BINDIR=$bindir
  PG_THROWAWAY_DIR=$(mktemp -d "${TMPDIR:-/tmp}/iro-pg.XXXXXX") || return 1
  chmod 700 "$PG_THROWAWAY_DIR"
  [[ $EUID -ne 0 ]] || chown postgres: "$PG_THROWAWAY_DIR"
  data=$PG_THROWAWAY_DIR/data

  # Superuser 'postgres' may connect only over the private unix socket (trust; the socket's
  # directory is mode 700); TCP needs a password (scram-sha-256).
  if ! _pg_as_owner "$bindir/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
         --auth-local=trust --auth-host=scram-sha-256 >"$PG_THROWAWAY_DIR/initdb.log" 2>&1; then
    echo "pg-throwaway: initdb failed:" >&2; cat "$PG_THROWAWAY_DIR/initdb.log" >&2
    pg_throwaway_stop; return 1
  fi
  _pg_as_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# pg-throwaway: private, disposable, fast
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_THROWAWAY_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF

  for ((port = 55432; port < 55532; port++)); do
    _pg_port_in_use "$port" && continue
    log=$PG_THROWAWAY_DIR/postgres-$port.log
    if _pg_as_owner "$bindir/pg_ctl" -D "$data" -l "$log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      started=1; break
    fi
    # Lost a race for the port: try the next one; anything else is a real failure.
    if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$log" 2>/dev/null; then
      continue
    fi
    break
  done
  if [[ -z $started ]]; then
    echo "pg-throwaway: PostgreSQL did not start. Log:" >&2; cat "${log:-/dev/null}" >&2
    pg_throwaway_stop; return 1
  fi
  PG_THROWAWAY_PORT=$port

  pass=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  if ! "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_THROWAWAY_DIR" -p "$port" -U postgres -d postgres \
         -c "CREATE ROLE iro_test LOGIN CREATEDB PASSWORD '$pass'" \
         -c "CREATE DATABASE iro_test OWNER iro_test" >/dev/null; then
    echo "pg-throwaway: could not create the test role and database" >&2
    pg_throwaway_stop; return 1
  fi
  # Prove the exact route the tests use works: TCP, password, the test role and database.
  if [[ $(PGPASSWORD=$pass PGCONNECT_TIMEOUT=10 "$bindir/psql" -X -At -h 127.0.0.1 -p "$port" -U iro_test -d iro_test \
            -c 'SELECT current_user') != iro_test ]]; then
    echo "pg-throwaway: could not connect as iro_test over TCP" >&2
    pg_throwaway_stop; return 1
  fi
  export IRO_TEST_PG="Host=127.0.0.1;Port=$port;Database=iro_test;Username=iro_test;Password=$pass"
  echo "pg-throwaway: PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') on 127.0.0.1:$port" \
       "(data in $PG_THROWAWAY_DIR, ready in $((SECONDS - t0))s)"
}

pg_throwaway_stop() {
  local dir=$PG_THROWAWAY_DIR pid
  [[ -n $dir && -d $dir ]] || return 0
  if [[ -f $dir/data/postmaster.pid ]]; then
    if ! _pg_as_owner "$PG_THROWAWAY_BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
      _pg_as_owner "$PG_THROWAWAY_BINDIR/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || {
        pid=$(head -n1 "$dir/data/postmaster.pid" 2>/dev/null)
        [[ $pid =~ ^[0-9]+$ ]] && kill -KILL "$pid" 2>/dev/null
      }
    fi
  fi
  rm -rf "$dir"
  PG_THROWAWAY_DIR=''
  echo "pg-throwaway: stopped and removed $dir"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  trap pg_throwaway_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  pg_throwaway_start
  if (($#)); then
    "$@"
  else
    echo "IRO_TEST_PG=$IRO_TEST_PG"
  fi
fi
