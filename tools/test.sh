#!/bin/sh
# test.sh - builds dipgraph and runs the whole test suite: make check, the
# suite again under ASan+UBSan, and make distcheck.  Installs what the
# tests need: Debian packages, and the npm package n3 (an independent
# Turtle parser) into tests/node/.
set -eu
cd "$(dirname "$0")/.."
sh tools/build.sh
# tests/test-stores.sh: private PostgreSQL 15 and Virtuoso 7 on 127.0.0.1
# (as root, as in CI, or with DG_SERVERS=1), stopped at the end.
if [ "$(id -u)" = 0 ] || [ "${DG_SERVERS:-0}" = 1 ]; then
  SERVERS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/dipgraph-servers.XXXXXX")
  trap 'sh tools/servers.sh stop "$SERVERS_DIR"; rm -rf "$SERVERS_DIR"' EXIT
  trap 'exit 130' INT TERM HUP     # killed: the EXIT trap still stops them
  sh tools/servers.sh install || echo "dipgraph: no server packages; tests/test-stores.sh will skip" >&2
  sh tools/servers.sh start "$SERVERS_DIR" >/dev/null
  set -a; . "$SERVERS_DIR/servers.env"; set +a
fi
if command -v npm >/dev/null 2>&1; then
  [ -d tests/node/node_modules/n3 ] || npm install --silent --prefix tests/node n3@1 >/dev/null
  N3_DIR="$(pwd)/tests/node"; export N3_DIR
  # tests/test-serve.sh: an independent SPARQL client and a Chromium driver
  [ -d tests/node/node_modules/sparql-http-client ] && [ -d tests/node/node_modules/playwright-core ] \
    || npm install --silent --no-audit --no-fund --prefix tests/node sparql-http-client@3 playwright-core@1 >/dev/null
  SERVE_NODE_DIR="$N3_DIR"; export SERVE_NODE_DIR
else
  echo "dipgraph: npm not found; the n3 cross-check will be skipped (visibly)" >&2
fi
make check || { cat tests/*.log 2>/dev/null | grep -E '^(FAIL|ERROR)' ; exit 1; }

# The same suite built with sanitizers, from the distribution tarball.
make dist >/dev/null
rm -rf build-san && mkdir build-san
tar -xzf "dipgraph-$(sed -n 's/^PACKAGE_VERSION = //p' Makefile).tar.gz" -C build-san --strip-components=1
(cd build-san && ./configure -q --enable-asan --enable-ubsan \
   && make -j"$(nproc)" >/dev/null && ASAN_OPTIONS=detect_leaks=1 make check) \
  || { grep -h -B2 -A20 -E 'ERROR|FAIL|runtime error' build-san/tests/*.log 2>/dev/null | head -80; exit 1; }

# valgrind on the example run (issue 8): definite leaks and memory errors fail.
VG="valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=1 --suppressions=tests/valgrind.supp"
rm -f build-vg.db
$VG ./dipgraph extract -q --store sqlite:build-vg.db --date 2024-05-14 examples/hague-talks.txt examples/hague-talks.html
$VG ./dipgraph extract -q -n tests/data/feed-rss.xml --format feed >/dev/null
$VG ./dipgraph query --store sqlite:build-vg.db 'SELECT ?e WHERE { ?e a dip:Meeting }' >/dev/null
rm -f build-vg.db

# The libFuzzer harnesses, each for FUZZ_SECONDS (20), in their own build.
rm -rf build-fuzz && mkdir build-fuzz
tar -xzf "dipgraph-$(sed -n 's/^PACKAGE_VERSION = //p' Makefile).tar.gz" -C build-fuzz --strip-components=1
(cd build-fuzz && CC=clang ./configure -q --enable-fuzzing && make -j"$(nproc)" >/dev/null \
   && make fuzz-smoke && make fuzz-regress)

make distcheck >/dev/null
echo "dipgraph: all tests passed (plain, ASan+UBSan, valgrind, fuzz-smoke, distcheck)"
