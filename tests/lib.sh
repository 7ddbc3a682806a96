# lib.sh - shared by the shell tests: a temp dir, assertions that say what failed
set -u
: "${DIPGRAPH:?DIPGRAPH must name the dipgraph binary}"
: "${top_srcdir:?top_srcdir must be set}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dipgraph-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
FAILED=0
fail () { echo "FAIL: $*" >&2; FAILED=1; }
pass () { echo "ok: $*"; }
# expect_eq WHAT ACTUAL EXPECTED
expect_eq () { if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: got '$2', expected '$3'"; fi; }
# expect_rc WHAT EXPECTED-RC COMMAND...
expect_rc () {
  what=$1; want=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?
  if [ "$rc" = "$want" ]; then pass "$what (exit $rc)"; else fail "$what: exit $rc, expected $want; stderr: $(head -c 300 "$TMP/err")"; fi
}
finish () { exit $FAILED; }
