#!/bin/sh
# test-crash.sh - kill -9 in the middle of a large extract into the
# embedded (lmdb) store: the store opens, `dipgraph check` agrees (counts,
# indexes), stats agrees with a recount of the exported quads, and running
# the extract again completes it.  Then the same for `dipgraph load`.
. "$top_srcdir/tests/lib.sh"

# enough documents that the run spans several batch commits (500 documents
# or 2 s each) however fast the machine is
N=${CRASH_DOCS:-400}
mkdir "$TMP/in"
i=1
while [ "$i" -le "$N" ]; do
  # each copy is its own document (id from the file name)
  cp "$top_srcdir/examples/hague-talks.txt" "$TMP/in/a$(printf %04d "$i").txt"
  i=$((i + 1))
done
S="lmdb:$TMP/store"
graphs () { "$DIPGRAPH" stats --store "$S" 2>/dev/null | sed -n 's/^Graphs: *//p'; }
quads () { "$DIPGRAPH" stats --store "$S" 2>/dev/null | sed -n 's/^Quads: *//p'; }

# how long a whole run takes here, to kill at a quarter, half and three
# quarters of it
now_ms () { echo $(( $(date +%s%N) / 1000000 )); }
t0=$(now_ms)
"$DIPGRAPH" extract -q --store "lmdb:$TMP/timing" --date 2024-05-14 "$TMP/in" 2>/dev/null
T=$(( $(now_ms) - t0 ))
rm -rf "$TMP/timing"
pass "a whole run takes $T ms"

killed_mid=0
for round in 1 2 3; do
  "$DIPGRAPH" extract -q --store "$S" --date 2024-05-14 "$TMP/in" 2>"$TMP/x.err" &
  pid=$!
  ms=$(( T * round / 4 ))
  sleep "$(( ms / 1000 )).$(printf %03d $(( ms % 1000 )))"
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null
    if [ ! -e "$TMP/store" ]; then
      # killed during start-up: the store is created whole or not at all
      pass "round $round: killed before the store was created (no store, nothing half-written)"
      continue
    fi
    g=$(graphs)
    pass "round $round: killed with $g of $N documents stored"
    [ "$g" -gt 0 ] && [ "$g" -lt "$N" ] && killed_mid=$((killed_mid + 1))
  else
    wait "$pid" 2>/dev/null
    pass "round $round: the extract finished before the kill"
  fi
  expect_rc "round $round: check after kill -9" 0 "$DIPGRAPH" check --store "$S"
  q=$(quads)
  "$DIPGRAPH" export --store "$S" --format nquads -o "$TMP/all.nq"
  expect_eq "round $round: stats agrees with a recount" "$q" "$(wc -l < "$TMP/all.nq" | tr -d ' ')"
  # every stored document is complete: the same quad count per graph
  per=$(awk '{print $(NF-1)}' "$TMP/all.nq" | sort | uniq -c | awk '{print $1}' | sort -u | wc -l)
  [ "$per" -le 1 ] && pass "round $round: every stored graph is whole" \
    || fail "round $round: graphs of different sizes after the kill"
done
[ "$killed_mid" -gt 0 ] && pass "$killed_mid kills hit the middle of the run" \
  || fail "no kill hit the middle of the run (raise CRASH_DOCS)"

expect_rc "re-running the extract completes it" 0 \
  "$DIPGRAPH" extract -q --store "$S" --date 2024-05-14 "$TMP/in"
expect_eq "all documents stored" "$(graphs)" "$N"
expect_rc "check after completion" 0 "$DIPGRAPH" check --store "$S"
"$DIPGRAPH" export --store "$S" --format nquads -o "$TMP/all.nq"
expect_eq "stats agrees with a recount" "$(quads)" "$(wc -l < "$TMP/all.nq" | tr -d ' ')"

# kill -9 during `dipgraph load` (commits do not wait for the disk there,
# one sync at the end): the store holds whole batches, checks, and loading
# again completes it
total=$(wc -l < "$TMP/all.nq" | tr -d ' ')
B=2000
L="lmdb:$TMP/loaded"
t0=$(now_ms)
"$DIPGRAPH" load -q --batch "$B" --store "lmdb:$TMP/timing" "$TMP/all.nq"
T=$(( $(now_ms) - t0 ))
rm -rf "$TMP/timing"
load_mid=0
for round in 1 2 3; do
  rm -rf "$TMP/loaded"
  "$DIPGRAPH" load -q --batch "$B" --store "$L" "$TMP/all.nq" 2>/dev/null &
  pid=$!
  ms=$(( T * round / 4 ))
  sleep "$(( ms / 1000 )).$(printf %03d $(( ms % 1000 )))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ -e "$TMP/loaded" ] || { pass "load round $round: killed before the store existed"; continue; }
  expect_rc "load round $round: check after kill -9" 0 "$DIPGRAPH" check --store "$L"
  q=$("$DIPGRAPH" stats --store "$L" 2>/dev/null | sed -n 's/^Quads: *//p')
  [ "$q" -gt 0 ] && [ "$q" -lt "$total" ] && load_mid=$((load_mid + 1))
  [ "$q" = "$total" ] || [ $(( q % B )) = 0 ] && pass "load round $round: $q of $total quads, whole batches" \
    || fail "load round $round: $q quads is no multiple of the batch ($B)"
done
pass "$load_mid load kills hit the middle of the load"
expect_rc "loading again completes it" 0 "$DIPGRAPH" load -q --batch "$B" --store "$L" "$TMP/all.nq"
expect_rc "check after the load" 0 "$DIPGRAPH" check --store "$L"
expect_eq "every quad loaded" "$("$DIPGRAPH" stats --store "$L" 2>/dev/null | sed -n 's/^Quads: *//p')" "$total"
finish
