#!/bin/sh
# servers.sh - PostgreSQL 15 and Virtuoso 7 on 127.0.0.1 for
# tests/test-stores.sh: private instances in a directory, on free ports,
# never the system services (Debian's packages may start those on 5432,
# 1111 and 8890; they are left alone).
#
#   sh tools/servers.sh install      Debian packages (root; skipped when present)
#   sh tools/servers.sh start DIR    starts both, writes DIR/servers.env
#   sh tools/servers.sh stop DIR     stops what start started (safe twice)
#
# DIR/servers.env (sourced by tools/test.sh, exported to the tests):
#   DG_TEST_PG        postgresql://postgres@127.0.0.1:PORT (trust auth)
#   DG_TEST_VIRTUOSO  http://127.0.0.1:PORT (SPARQL, SPARQL Update and the
#                     Graph Store Protocol open to the anonymous user)
#   DG_TEST_VIRTUOSO_ISQL  the ISQL port (user dba, password dba)
#   DG_TEST_VIRTUOSO_ODBC  virtuoso://dba:dba@127.0.0.1:ISQL (Redland's
#                     virtuoso storage over ODBC: dipgraph writes its own
#                     odbc.ini naming virtodbc_r.so of libvirtodbc0)
# A server that cannot be started is reported on stderr and left out of
# the file; the test then skips visibly.
set -u
PGBIN=/usr/lib/postgresql/15/bin
VINI=/etc/virtuoso-opensource-7/virtuoso.ini

die () { echo "servers.sh: $*" >&2; exit 1; }

# First port from $1 on that nobody listens on.
free_port () {
  p=$1
  while [ -n "$(ss -Hltn "sport = :$p" 2>/dev/null)" ]; do p=$((p + 1)); done
  echo "$p"
}

install_packages () {
  pkgs="postgresql librdf-storage-postgresql virtuoso-opensource librdf-storage-virtuoso libvirtodbc0 libodbc2 iproute2"
  missing=""
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  [ "$(id -u)" = 0 ] || die "not root: cannot install$missing"
  echo "servers.sh: installing Debian packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Runs "$@" as the postgres user when we are root (postgres refuses root).
as_pg () {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_pg () {
  dir=$1/pg
  [ -x "$PGBIN/initdb" ] || { echo "servers.sh: no PostgreSQL 15 ($PGBIN)" >&2; return 1; }
  mkdir -p "$dir" && chmod 755 "$1" "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { echo "servers.sh: initdb failed:" >&2; tail -5 "$dir/initdb.log" >&2; return 1; }
  fi
  port=$(free_port 25432)
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null \
    || { echo "servers.sh: PostgreSQL did not start:" >&2; tail -5 "$dir/server.log" >&2; return 1; }
  echo "DG_TEST_PG=postgresql://postgres@127.0.0.1:$port" >>"$1/servers.env"
}

start_virtuoso () {
  dir=$1/virtuoso
  command -v virtuoso-t >/dev/null && [ -f "$VINI" ] \
    || { echo "servers.sh: no Virtuoso (virtuoso-t, $VINI)" >&2; return 1; }
  mkdir -p "$dir"
  isql=$(free_port 21111)
  http=$(free_port 28890)
  [ "$http" = "$isql" ] && http=$(free_port $((isql + 1)))
  sed -e "s|/var/lib/virtuoso-opensource-7/db|$dir|g" \
      -e "s|^\(ServerPort *= *\)1111|\1$isql|" \
      -e "s|^\(ServerPort *= *\)8890|\1$http|" \
      -e "s|^\(DefaultHost *= *\)localhost:8890|\1localhost:$http|" \
      -e "s|^\(NumberOfBuffers *= *\).*|\110000|" \
      -e "s|^\[Parameters\]|&\nMaxSortedTopRows = 1000000|" \
      "$VINI" >"$dir/virtuoso.ini"
  (cd "$dir" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait >"$dir/start.log" 2>&1) \
    || { echo "servers.sh: Virtuoso did not start:" >&2; tail -5 "$dir/start.log" "$dir/virtuoso.log" >&2; return 1; }
  # SPARQL Update and the Graph Store Protocol for the anonymous user
  isql-vt "$isql" dba dba exec='grant SPARQL_UPDATE to "SPARQL";' >"$dir/grant.log" 2>&1 \
    || { echo "servers.sh: Virtuoso grant failed:" >&2; tail -5 "$dir/grant.log" >&2; return 1; }
  isql-vt "$isql" dba dba exec="DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);" >>"$dir/grant.log" 2>&1 || true
  { echo "DG_TEST_VIRTUOSO=http://127.0.0.1:$http"; echo "DG_TEST_VIRTUOSO_ISQL=$isql"
    echo "DG_TEST_VIRTUOSO_ODBC=virtuoso://dba:dba@127.0.0.1:$isql"; } >>"$1/servers.env"
}

stop_all () {
  dir=$1
  if [ -f "$dir/pg/data/postmaster.pid" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/virtuoso/virtuoso.lck" ]; then
    pid=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso/virtuoso.lck")
    if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
      i=0
      while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.2; i=$((i + 1)); done
    fi
  fi
  rm -f "$dir/servers.env"
}

case "${1:-}" in
  install) install_packages ;;
  start)
    [ -n "${2:-}" ] || die "usage: servers.sh start DIR"
    mkdir -p "$2" || die "cannot create $2"
    stop_all "$2"            # a second start restarts cleanly
    : >"$2/servers.env"
    start_pg "$2"
    start_virtuoso "$2"
    cat "$2/servers.env"
    ;;
  stop)
    [ -n "${2:-}" ] || die "usage: servers.sh stop DIR"
    stop_all "$2" ;;
  *) die "usage: servers.sh install | start DIR | stop DIR" ;;
esac
