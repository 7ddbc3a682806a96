#!/bin/sh
# bench/run.sh - throughput and query latency benchmark for dipgraph.
# Usage: bench/run.sh /abs/path/to/dipgraph /abs/top_srcdir   (or: make bench)
# Environment: BENCH_N (copies of the article for the store runs, default 200),
#              BENCH_EXTRACT_BYTES (article text per extract-only run, default
#                4000000; the copies are derived from it), BENCH_REPS (runs
#                of each extract-only measurement, best kept; default 3),
#              BENCH_STORES (store backends, default "lmdb sqlite"; also "bdb"),
#              BENCH_STORE=no skips the store benchmark (bench/store.sh).
set -u

DIPGRAPH=${1:?usage: run.sh DIPGRAPH SRCDIR}
SRCDIR=${2:-.}
N=${BENCH_N:-200}
STORES=${BENCH_STORES:-lmdb sqlite}
DATE=2009-03-31

# --- input article ---------------------------------------------------------
ARTICLE=$SRCDIR/examples/hague-talks.txt
if [ ! -f "$ARTICLE" ]; then
  ARTICLE=
  for f in "$SRCDIR"/examples/*.txt "$SRCDIR"/../shared/corpus/*.txt /work/shared/corpus/*.txt; do
    if [ -f "$f" ]; then ARTICLE=$f; break; fi
  done
fi
if [ -z "$ARTICLE" ]; then
  echo "bench: no example article found (examples/hague-talks.txt), skipping" >&2
  exit 0
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dipgraph-bench.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM
mkdir "$TMP/in" "$TMP/one"

i=1
while [ "$i" -le "$N" ]; do
  cp "$ARTICLE" "$TMP/in/article-$(printf %05d "$i").txt"
  i=$((i + 1))
done
chmod u+w "$TMP"/in/*
cp "$ARTICLE" "$TMP/one/probe.txt"

now () { date +%s.%N; }
# elapsed START END
elapsed () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
# rate AMOUNT SECONDS
rate () { awk -v x="$1" -v t="$2" 'BEGIN { if (t <= 0) print "inf"; else printf "%.1f", x / t }'; }
quads () { "$DIPGRAPH" stats --store "$1" 2>/dev/null | awk '/^Quads:/ { print $2 }'; }
du_bytes () { du -sk "$1" 2>/dev/null | awk '{ print $1 * 1024 }'; }

# --- machine ---------------------------------------------------------------
CPU=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
echo "dipgraph benchmark"
echo "  binary:  $DIPGRAPH"
echo "  machine: $(nproc 2>/dev/null || echo '?') cpus, ${CPU:-unknown CPU}, $(uname -sm)"
echo "  input:   $ARTICLE (x $N copies for the store runs)"

# --- per-document figures from one verbose run -----------------------------
LINE=$("$DIPGRAPH" extract -n --date $DATE "$TMP/one/probe.txt" 2>&1 >/dev/null | grep ' sentences,' | head -n 1)
SENT=$(echo "$LINE" | sed -n 's/.*: \([0-9][0-9]*\) sentences,.*/\1/p')
TRIP=$(echo "$LINE" | sed -n 's/.* \([0-9][0-9]*\) triples.*/\1/p')
EVTS=$(echo "$LINE" | sed -n 's/.* \([0-9][0-9]*\) events,.*/\1/p')
if [ -z "$SENT" ] || [ -z "$TRIP" ]; then
  echo "bench: cannot parse extract summary: '$LINE'" >&2
  exit 1
fi
BYTES1=$(wc -c < "$ARTICLE" | tr -d ' ')
BYTES=$((BYTES1 * N))
SENTS=$((SENT * N))
TRIPS=$((TRIP * N))
# Country for the "events of one country" query: BENCH_COUNTRY, else IRN if
# the article mentions it, else the first country code it yields.
COUNTRY=${BENCH_COUNTRY:-}
if [ -z "$COUNTRY" ]; then
  CODES=$("$DIPGRAPH" extract -q -n --date $DATE "$TMP/one/probe.txt" 2>/dev/null \
          | sed -n 's/.*ontology#countryCode> "\([A-Z]*\)".*/\1/p')
  case " $(echo $CODES) " in
    *" IRN "*) COUNTRY=IRN ;;
    *)         COUNTRY=$(echo "$CODES" | head -n 1) ;;
  esac
  COUNTRY=${COUNTRY:-IRN}
fi
echo "  per doc: $BYTES1 bytes, $SENT sentences, ${EVTS:-?} events, $TRIP triples"
echo "  total:   $BYTES bytes, $SENTS sentences, $TRIPS triples"
echo

# report LABEL SECONDS
report () {
  printf '%-28s %8ss %9s MB/s %10s sent/s %11s triples/s %9s docs/s\n' "$1" "$2" \
    "$(awk -v b="$BYTES" -v t="$2" 'BEGIN { if (t <= 0) print "inf"; else printf "%.3f", b / 1e6 / t }')" \
    "$(rate "$SENTS" "$2")" "$(rate "$TRIPS" "$2")" "$(rate "$N" "$2")"
}

# --- (a) extract only ------------------------------------------------------
# Start-up (lexicons, gazetteer, libraries) is paid once per process, so it is
# measured on its own (a one-document run) and the throughput is taken on
# several MB of text, where it is the per-byte cost that counts:
#   steady MB/s = bytes / (time of the whole run - start-up).
# Two inputs: the short example article and, when ../shared is present, a
# long corpus article (copies go to the temp dir only).
XBYTES=${BENCH_EXTRACT_BYTES:-4000000}
REPS=${BENCH_REPS:-3}

# copies FILE DIR COUNT: COUNT copies of FILE as DIR/article-NNNNN.txt
copies () {
  mkdir -p "$2"
  i=1
  while [ "$i" -le "$3" ]; do printf '%s/article-%05d.txt\n' "$2" "$i"; i=$((i + 1)); done \
    | xargs sh -c 'cat "$0" | tee "$@" > /dev/null' "$1"
}

# best_time DIR: the shortest of REPS wall times of extract -q -n DIR
best_time () {
  best=
  rep=1
  while [ "$rep" -le "$REPS" ]; do
    t0=$(now)
    "$DIPGRAPH" extract -q -n --date $DATE "$1" > /dev/null || { echo "bench: extract -n $1 failed" >&2; return 1; }
    t1=$(now)
    e=$(elapsed "$t0" "$t1")
    best=$(awk -v a="${best:-$e}" -v b="$e" 'BEGIN { printf "%.3f", (b < a) ? b : a }')
    rep=$((rep + 1))
  done
  echo "$best"
}

# extract_only LABEL FILE
extract_only () {
  b1=$(wc -c < "$2" | tr -d ' ')
  [ "$b1" -gt 0 ] || return 0
  n=$(( (XBYTES + b1 - 1) / b1 ))
  d=$TMP/x-$1
  copies "$2" "$d/many" "$n"
  mkdir -p "$d/one"
  cp "$2" "$d/one/article.txt"
  tone=$(best_time "$d/one") || return 1
  tall=$(best_time "$d/many") || return 1
  awk -v label="$1" -v b1="$b1" -v n="$n" -v t1="$tone" -v t="$tall" 'BEGIN {
    bytes = b1 * n; steady = t - t1
    printf "(a) extract only (-n) %-6s %6d B x %5d = %5.2f MB: %7.3fs %6.2f MB/s, start-up %4.0f ms, steady %6.2f MB/s %7.0f docs/s\n",
      label, b1, n, bytes / 1e6, t, bytes / 1e6 / t, t1 * 1000,
      (steady > 0) ? bytes / 1e6 / steady : 0, (steady > 0) ? n / steady : 0 }'
  rm -rf "$d"
}

echo "== Throughput =="
extract_only short "$ARTICLE" || exit 1
LONG=
for f in "$SRCDIR"/../shared/corpus/*.txt; do
  if [ -f "$f" ] && [ "$(wc -c < "$f")" -gt 4000 ]; then LONG=$f; break; fi
done
if [ -n "$LONG" ]; then
  extract_only long "$LONG" || exit 1
  echo "    long: $LONG"
else
  echo "(a) extract only (-n) long: no article over 4 KB in ../shared/corpus, not measured"
fi

# Every pattern sits inside GRAPH ?g { } so it joins within one document's
# graph. Event and actor IRIs are shared across documents, so the same
# patterns over the union default graph multiply rows by the number of
# graphs per join step (N copies -> N^3 rows for a 3-pattern join).
Q_CLASS='SELECT ?class (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a dip:Event . ?e a ?class } } GROUP BY ?class ORDER BY DESC(?n)'
Q_MEET='SELECT ?g ?e ?label WHERE { GRAPH ?g { ?e a dip:Meeting . ?e dip:participant ?p . ?p rdfs:label ?label } }'
Q_CTRY="SELECT ?g ?e ?code WHERE { GRAPH ?g { ?e dip:participant ?c . ?c dip:countryCode \"$COUNTRY\" . ?e dip:cameoCode ?code } }"
Q_QUOTE='SELECT ?g ?e ?who ?quote WHERE { GRAPH ?g { ?e a dip:Statement . ?e dip:quote ?quote . OPTIONAL { ?e dip:agent ?a . ?a rdfs:label ?who } } }'

LAT=$TMP/latency
: > "$LAT"

for backend in $STORES; do
  case $backend in
    lmdb)   SPEC=lmdb:$TMP/store-lmdb; SPATH=$TMP/store-lmdb ;;
    sqlite) SPEC=sqlite:$TMP/store-sqlite.db; SPATH=$TMP/store-sqlite.db ;;
    bdb)    mkdir -p "$TMP/store-bdb"; SPEC=bdb:$TMP/store-bdb; SPATH=$TMP/store-bdb ;;
    memory) echo "bench: memory: store does not persist between runs, skipping" >&2; continue ;;
    *)      echo "bench: unknown store backend '$backend', skipping" >&2; continue ;;
  esac

  # --- (b) extract + store into a fresh store ------------------------------
  t0=$(now)
  if ! "$DIPGRAPH" extract -q --store "$SPEC" --date $DATE "$TMP/in"; then
    echo "bench: extract into $SPEC failed" >&2; continue
  fi
  t1=$(now)
  report "(b) extract+store [$backend]" "$(elapsed "$t0" "$t1")"
  Q1=$(quads "$SPEC")
  SIZE=$(du_bytes "$SPATH")
  printf '    store size on disk: %s bytes (%s bytes/quad), quads: %s\n' "$SIZE" \
    "$(awk -v s="$SIZE" -v q="${Q1:-0}" 'BEGIN { if (q > 0) printf "%.0f", s / q; else print "?" }')" "${Q1:-?}"

  # --- (c) re-extract the same documents (replace graphs) -------------------
  t0=$(now)
  "$DIPGRAPH" extract -q --store "$SPEC" --date $DATE "$TMP/in" || echo "bench: re-extract failed" >&2
  t1=$(now)
  report "(c) re-extract [$backend]" "$(elapsed "$t0" "$t1")"
  Q2=$(quads "$SPEC")
  if [ "$Q1" = "$Q2" ]; then verdict=ok; else verdict=CHANGED; fi
  printf '    quads before: %s, after: %s (%s; expected %s triples from the summaries)\n' \
    "${Q1:-?}" "${Q2:-?}" "$verdict" "$TRIPS"

  # --- (d) query latency, best of 3 ----------------------------------------
  for q in class meet ctry quote; do
    case $q in
      class) Q=$Q_CLASS; name="events by class" ;;
      meet)  Q=$Q_MEET;  name="meetings + participants" ;;
      ctry)  Q=$Q_CTRY;  name="events with $COUNTRY participant" ;;
      quote) Q=$Q_QUOTE; name="statements with quotes" ;;
    esac
    best=
    rows=?
    for rep in 1 2 3; do
      t0=$(now)
      if "$DIPGRAPH" query -q --store "$SPEC" --format csv "$Q" > "$TMP/q.out" 2>"$TMP/q.err"; then
        t1=$(now)
        rows=$(($(wc -l < "$TMP/q.out") - 1))
      else
        t1=$(now)
        rows="error: $(head -n 1 "$TMP/q.err")"
      fi
      e=$(elapsed "$t0" "$t1")
      best=$(awk -v a="${best:-$e}" -v b="$e" 'BEGIN { printf "%.3f", (b < a) ? b : a }')
    done
    printf '%-8s %-30s %10s %s\n' "$backend" "$name" "$(awk -v s="$best" 'BEGIN { printf "%.1f", s * 1000 }')" "$rows" >> "$LAT"
  done
  echo
done

echo "== Query latency (best of 3, wall ms incl. process start and store open) =="
printf '%-8s %-30s %10s %s\n' store query ms rows
printf '%-8s %-30s %10s %s\n' -------- ------------------------------ ---------- ----
cat "$LAT"

# --- the store benchmark (issue 7): lmdb, sqlite, bdb, Oxigraph on 1M triples
if [ "${BENCH_STORE:-yes}" != no ]; then
  echo
  sh "$SRCDIR/bench/store.sh" "$DIPGRAPH" "$SRCDIR"
fi
