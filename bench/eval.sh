#!/bin/sh
# bench/eval.sh - run bench/eval.py against the PLOVER dev records, if present.
# Usage: bench/eval.sh /abs/path/to/dipgraph /abs/top_srcdir [eval.py options]
#        (or: make eval; EVAL_ARGS=--verbose make eval lists per-record misses)
# The gold data is never part of the repository; it is looked up in
# $srcdir/../shared/eval/ and /work/shared/eval/ (or $DIPGRAPH_EVAL_GOLD).
DIPGRAPH=${1:?usage: eval.sh DIPGRAPH SRCDIR [--verbose]}
SRCDIR=${2:-.}
shift 2 2>/dev/null || shift $#

GOLD=${DIPGRAPH_EVAL_GOLD:-}
if [ -z "$GOLD" ]; then
  for f in "$SRCDIR/../shared/eval/plover-gsr-dev.json" /work/shared/eval/plover-gsr-dev.json; do
    if [ -f "$f" ]; then GOLD=$f; break; fi
  done
fi
if [ -z "$GOLD" ] || [ ! -f "$GOLD" ]; then
  echo "eval: no ../shared/eval data, skipping"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "eval: python3 not found, skipping"
  exit 0
fi
# shellcheck disable=SC2086
exec python3 "$SRCDIR/bench/eval.py" --dipgraph "$DIPGRAPH" --gold "$GOLD" ${EVAL_ARGS:-} "$@"
