#!/bin/sh
# test-kill.sh - SIGKILL `dipgraph extract` at random points, KILL_RUNS
# times (default 50; the issue's local run used 200; every fourth kill
# falls while the store is being created): afterwards the store
# opens, `dipgraph check` passes, and every document graph in it is either
# absent or complete (its quad count equals the count of a clean
# extraction).  Half the runs start from an empty store, half re-extract
# into the store of the previous run (replacing graphs).
. "$top_srcdir/tests/lib.sh"
RUNS=${KILL_RUNS:-50}
mkdir "$TMP/in"
cp "$top_srcdir/examples/hague-talks.txt" "$top_srcdir/examples/hague-talks.html" \
   "$top_srcdir/tests/data/reader-article.html" "$top_srcdir/tests/data/negative.txt" \
   "$top_srcdir/tests/data/hostile/names-every-script.txt" "$TMP/in/"
cp "$top_srcdir/tests/data/feed-rss.xml" "$TMP/in/wire.rss"
i=1
while [ "$i" -le 30 ]; do
  cp "$top_srcdir/examples/hague-talks.txt" "$TMP/in/copy$i.txt"; i=$((i + 1))
done

# quads per graph: "GRAPH COUNT" lines, sorted
per_graph () {
  "$DIPGRAPH" export --store "$1" --format nquads 2>/dev/null \
    | awk '{ n[$(NF-1)]++ } END { for (g in n) print g, n[g] }' | sort
}
t0=$(date +%s%N)
"$DIPGRAPH" extract -q --store "lmdb:$TMP/ref" --date 2024-05-14 "$TMP/in" || fail "reference extraction"
# kill points spread over 1.3 times a clean run
span=$(( ($(date +%s%N) - t0) / 1000000 * 13 / 10 ))
per_graph "lmdb:$TMP/ref" > "$TMP/ref.counts"
expect_eq "reference: 37 document graphs" "$(wc -l < "$TMP/ref.counts")" 37

S="lmdb:$TMP/store"
bad=0 partial_runs=0 empty_runs=0 full_runs=0
seed=${KILL_SEED:-$$}
echo "test-kill: $RUNS runs, seed $seed, kills within ${span} ms"
run=1
while [ "$run" -le "$RUNS" ]; do
  [ $((run % 2)) = 1 ] && rm -rf "$TMP/store"
  # every fourth kill within the first 60 ms: while the store is created
  delay=$(awk -v s="$seed" -v r="$run" -v span="$span" 'BEGIN { srand(s * 1000 + r)
    if (r % 4 == 1) span = 60; printf "%.3f", rand() * span / 1000 }')
  "$DIPGRAPH" extract -q --store "$S" --date 2024-05-14 "$TMP/in" 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ -e "$TMP/store" ]; then
    # the store is created atomically (built in a sibling directory, then
    # renamed): once it exists it opens and is consistent, whenever the kill
    if ! "$DIPGRAPH" check --store "$S" >"$TMP/check" 2>&1; then
      fail "run $run (kill after ${delay}s): dipgraph check: $(tail -3 "$TMP/check")"; bad=$((bad + 1))
    fi
    per_graph "$S" > "$TMP/got.counts"
    # every graph present has exactly its reference count
    broken=$(awk 'NR == FNR { ref[$1] = $2; next } ref[$1] != $2 { print }' "$TMP/ref.counts" "$TMP/got.counts")
    if [ -n "$broken" ]; then
      fail "run $run (kill after ${delay}s): incomplete graphs: $(echo "$broken" | head -3)"; bad=$((bad + 1))
    fi
    n=$(wc -l < "$TMP/got.counts")
    if [ "$n" = 0 ]; then empty_runs=$((empty_runs + 1))
    elif [ "$n" = 37 ]; then full_runs=$((full_runs + 1))
    else partial_runs=$((partial_runs + 1)); fi
  else
    empty_runs=$((empty_runs + 1))
  fi
  run=$((run + 1))
done
echo "test-kill: $RUNS kills: $empty_runs left no graph (or no store), $partial_runs some graphs, $full_runs all 37; $bad damaged"
expect_eq "no damaged store in $RUNS kills" "$bad" 0
# and the last store can be completed
expect_rc "re-extract after the last kill" 0 "$DIPGRAPH" extract -q --store "$S" --date 2024-05-14 "$TMP/in"
per_graph "$S" > "$TMP/got.counts"
expect_eq "then every graph is complete" "$(cmp -s "$TMP/ref.counts" "$TMP/got.counts" && echo same)" same
# the directories of creators killed before their rename are gone
expect_eq "no temporary store directory left" "$(ls -A "$TMP" | grep -c '^\.store\.new-')" 0
finish
