#!/bin/sh
# store.sh - the store benchmark: a generated graph of dipgraph's shape
# (bench/gen-events.py) loaded into lmdb, sqlite, bdb and Oxigraph side by
# side; load rate, disk size, and the latency of the analyst queries of
# bench/store-queries.txt, with the answers checked equal across all.
# Usage: store.sh DIPGRAPH SRCDIR   (env: TRIPLES=1000000, RUNS=5,
#        STORES="lmdb sqlite bdb oxigraph", WORK=dir kept afterwards)
# Query latency, in a table at the end, per store and query: "process" is
# the wall time of a whole `dipgraph query` (best of RUNS: process start,
# store open and the query); "in-process" is the query alone, run RUNS
# times in one process (`dipgraph query --repeat RUNS`, best); Oxigraph's
# are in-process times (best of RUNS) after loading, so the fair ratio is
# in-process / Oxigraph.  The "ask" column of the load table is the
# process time of `ASK {}` on the store: the fixed cost of a process.
set -u
DG=$1
SRC=$2
N=${TRIPLES:-1000000}
RUNS=${RUNS:-5}
STORES=${STORES:-lmdb sqlite bdb oxigraph}
W=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/dg-store-bench.XXXXXX")}
Q="$SRC/bench/store-queries.txt"
mkdir -p "$W"
rm -f "$W/latency.txt"
ms () { date +%s%N | cut -c1-13; }

echo "== store benchmark: $N generated triples, $(nproc) cores =="
[ -s "$W/data.nq" ] || python3 "$SRC/bench/gen-events.py" "$N" > "$W/data.nq"
lines=$(wc -l < "$W/data.nq")
printf '%-9s %9s %10s %9s %8s' store load_s triples/s disk_MB ask
grep -v '^#' "$Q" | cut -f1 | while read -r name; do printf ' %15s' "$name"; done
echo

status=0
for s in $STORES; do
  mkdir -p "$W/out-$s"
  if [ "$s" = oxigraph ]; then
    mod="$SRC/bench/.node"
    if ! [ -d "$mod/node_modules/oxigraph" ]; then
      if ! command -v npm >/dev/null || ! npm install --silent --no-audit --no-fund \
             --prefix "$mod" oxigraph >/dev/null 2>&1; then
        echo "oxigraph: npm not available, skipped"; continue
      fi
    fi
    node "$SRC/bench/oxigraph-bench.mjs" "$mod/node_modules" "$W/data.nq" "$Q" \
      "$W/out-$s" "$RUNS" > "$W/ox.txt" || { echo "oxigraph failed"; status=1; continue; }
    t=$(sed -n 's/^load //p' "$W/ox.txt")
    printf '%-9s %9.1f %10.0f %9s %8s' "$s" "$t" "$(awk -v l="$lines" -v t="$t" "BEGIN { print l / t }")" "-" "-"
    grep -v '^#' "$Q" | cut -f1 | while read -r name; do
      printf ' %12.1f ms' "$(sed -n "s/^$name //p" "$W/ox.txt")"
    done
    echo
    continue
  fi
  spec="$s:$W/store-$s"
  rm -rf "$W/store-$s" "$W/store-$s.lock"
  t0=$(ms)
  "$DG" load -q --store "$spec" "$W/data.nq" || { echo "$s: load failed"; status=1; continue; }
  t1=$(ms)
  t=$(awk -v a="$t0" -v b="$t1" "BEGIN { print (b - a) / 1000 }")
  disk=$(du -sm "$W/store-$s" | cut -f1)
  printf '%-9s %9.1f %10.0f %9s' "$s" "$t" "$(awk -v l="$lines" -v t="$t" "BEGIN { print l / t }")" "$disk"
  best () {
    b=999999
    for r in $(seq "$RUNS"); do
      a=$(ms); "$DG" query --store "$spec" --format tsv "$1" > "$2" || return 1; z=$(ms)
      [ $((z - a)) -lt "$b" ] && b=$((z - a))
    done
    echo "$b"
  }
  base=$(best 'ASK {}' /dev/null)
  printf ' %5d ms' "$base"
  grep -v '^#' "$Q" | while IFS="$(printf '\t')" read -r name sparql; do
    b=$(best "$sparql" "$W/out-$s/$name.tsv") || { printf ' %15s' failed; continue; }
    printf ' %12d ms' "$b"
    "$DG" query --store "$spec" --format tsv --repeat "$RUNS" "$sparql" 2>"$W/rep.txt" >/dev/null
    inp=$(sed -n 's/.*best \([0-9.]*\) ms.*/\1/p' "$W/rep.txt")
    echo "$s $name $b ${inp:-?}" >> "$W/latency.txt"
  done
  echo
done

# latency: process and in-process times against Oxigraph's in-process time
if [ -s "$W/latency.txt" ]; then
  echo
  printf '%-16s %-9s %10s %12s %10s %10s\n' query store process in-process oxigraph ratio
  while read -r s name proc inp; do
    ox=$(sed -n "s/^$name //p" "$W/ox.txt" 2>/dev/null)
    ratio=-
    [ -n "$ox" ] && [ "$inp" != "?" ] && ratio=$(awk -v a="$inp" -v b="$ox" 'BEGIN { printf "%.2fx", a / (b > 0.05 ? b : 0.05) }')
    printf '%-16s %-9s %7d ms %9s ms %7s ms %10s\n' "$name" "$s" "$proc" "$inp" "${ox:--}" "$ratio"
  done < "$W/latency.txt"
  echo "(ratio = dipgraph in-process / Oxigraph in-process; process = whole dipgraph query)"
fi

# the answers must agree (lmdb is the reference)
for s in $STORES; do
  [ "$s" = lmdb ] || [ ! -d "$W/out-$s" ] && continue
  for f in "$W"/out-lmdb/*.tsv; do
    n=$(basename "$f")
    [ -f "$W/out-$s/$n" ] || continue
    if ! cmp -s "$f" "$W/out-$s/$n"; then
      echo "DIFFERENT ANSWERS: $s $n"; status=1
    fi
  done
done
[ $status = 0 ] && echo "answers: equal across $STORES ($(cat "$W"/out-lmdb/*.tsv | wc -l) result lines)"
[ -n "${WORK:-}" ] || rm -rf "$W"
exit $status
