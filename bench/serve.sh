#!/bin/sh
# serve.sh - queries per second of "dipgraph serve" for a simple SELECT
# under 8 concurrent connections, measured with wrk (Debian package wrk,
# installed here when missing).  Loopback only; bounded in time.
# Usage: sh bench/serve.sh DIPGRAPH SRCDIR [SECONDS] [WORKERS]
set -eu
DIPGRAPH=$1; SRC=$2; SECS=${3:-10}; WORKERS=${4:-2}
if ! command -v wrk >/dev/null 2>&1; then
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
TMP=$(mktemp -d); PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$TMP"' EXIT
"$DIPGRAPH" extract -q --store "$TMP/s.store" --date 2024-05-14 "$SRC/examples/hague-talks.txt"
"$DIPGRAPH" serve -q --store "$TMP/s.store" --listen 127.0.0.1:0 --workers "$WORKERS" 2>"$TMP/log" &
PID=$!
for _ in $(seq 1 100); do
  URL=$(sed -n 's/^dipgraph: serving \(http[^ ]*\) .*/\1/p' "$TMP/log" 2>/dev/null); [ -n "$URL" ] && break; sleep 0.1
done
# SELECT ?e ?label WHERE { ?e a dip:Meeting ; rdfs:label ?label }
Q='query=SELECT%20%3Fe%20%3Flabel%20WHERE%20%7B%20%3Fe%20a%20dip%3AMeeting%20%3B%20rdfs%3Alabel%20%3Flabel%20%7D'
curl -sf -H 'Accept: application/sparql-results+json' "${URL}sparql?$Q" >/dev/null
echo "dipgraph serve, $WORKERS workers: wrk -t2 -c8 -d${SECS}s, simple SELECT (3 rows, JSON)"
wrk -t2 -c8 -d"${SECS}s" -H 'Accept: application/sparql-results+json' "${URL}sparql?$Q"
