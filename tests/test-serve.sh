#!/bin/sh
# test-serve.sh - "dipgraph serve" end to end: the real server on a free
# loopback port, spoken to with curl, with an independent SPARQL client
# (npm sparql-http-client) and with headless Chromium (npm playwright-core
# driving Debian's /usr/bin/chromium).  The npm packages are installed
# into tests/node (gitignored) or $top_builddir/tests/node.  Skips (exit
# 77, with a message) only when curl, npm or chromium are missing.
. "$top_srcdir/tests/lib.sh"
# rasqal leaks on some queries (UNION, GRAPH); servers are stopped by a signal
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
command -v curl >/dev/null 2>&1 || { echo "SKIP: curl is not installed (tools/deps.sh installs it)"; exit 77; }
S="$TMP/s.store"
"$DIPGRAPH" extract -q --store "$S" --date 2024-05-14 "$top_srcdir/examples/hague-talks.txt" \
  || { fail "extract the example"; finish; }
PIDS=""
cleanup () { for p in $PIDS; do kill "$p" 2>/dev/null; done; rm -rf "$TMP"; }
trap cleanup EXIT

# start_server NAME ARGS...: sets URL
start_server () {
  name=$1; shift
  "$DIPGRAPH" serve --store "$S" --listen 127.0.0.1:0 "$@" 2>"$TMP/$name.log" &
  SERVER_PID=$!
  PIDS="$PIDS $SERVER_PID"
  URL=""
  for _ in $(seq 1 100); do
    URL=$(sed -n 's/^dipgraph: serving \(http[^ ]*\) .*/\1/p' "$TMP/$name.log" 2>/dev/null)
    [ -n "$URL" ] && break
    sleep 0.1
  done
  [ -n "$URL" ] || { fail "server $name did not start: $(cat "$TMP/$name.log")"; finish; }
}
# get WHAT CURL-ARGS...: body in $TMP/body, headers in $TMP/head, code in $CODE
get () {
  CODE=$(curl -s -o "$TMP/body" -D "$TMP/head" -w '%{http_code}' "$@")
}
header () { sed -n "s/^$1: *//Ip" "$TMP/head" | tr -d '\r' | head -1; }
q () { ASAN_OPTIONS=detect_leaks=0 "$DIPGRAPH" query --store "$S" --format "$1" "$2"; }

start_server main --cors '*'
MAIN=$URL
E="${MAIN}sparql"

# the service description
get "$E"
expect_eq "service description status" "$CODE" 200
expect_eq "service description type" "$(header Content-Type)" "text/turtle; charset=utf-8"
grep -q 'a sd:Service' "$TMP/body" && grep -q "sd:endpoint <$E>" "$TMP/body" \
  && pass "service description names the endpoint" || fail "service description: $(head -c 300 "$TMP/body")"
if command -v rapper >/dev/null 2>&1; then
  rapper -q -i turtle "$TMP/body" "$E" >/dev/null 2>&1 && pass "rapper parses the service description" \
    || fail "the service description is not Turtle"
fi

# SELECT in each result format: the same bytes as dipgraph query
SEL='SELECT ?e ?label ?date WHERE { ?e a dip:Event ; rdfs:label ?label ; dip:date ?date } ORDER BY ?date ?e'
for pair in json:application/sparql-results+json xml:application/sparql-results+xml \
            csv:text/csv tsv:text/tab-separated-values; do
  fmt=${pair%%:*}; mime=${pair#*:}
  get -G --data-urlencode "query=$SEL" -H "Accept: $mime" "$E"
  q "$fmt" "$SEL" > "$TMP/want.$fmt"
  expect_eq "GET SELECT as $mime: status" "$CODE" 200
  case "$(header Content-Type)" in "$mime"*) pass "Content-Type $mime";; *) fail "Content-Type for $mime: $(header Content-Type)";; esac
  cmp -s "$TMP/body" "$TMP/want.$fmt" && pass "SELECT as $fmt identical to dipgraph query" \
    || fail "SELECT as $fmt differs: $(diff "$TMP/body" "$TMP/want.$fmt" | head -5)"
done
n=$(tail -n +2 "$TMP/want.csv" | wc -l)
[ "$n" -ge 5 ] && pass "SELECT has $n rows" || fail "SELECT rows: $n"
# POST forms
get --data-urlencode "query=$SEL" -H 'Accept: text/csv' "$E"
cmp -s "$TMP/body" "$TMP/want.csv" && pass "POST form SELECT" || fail "POST form SELECT ($CODE)"
get -H 'Content-Type: application/sparql-query' -H 'Accept: text/csv' --data-binary "$SEL" "$E"
cmp -s "$TMP/body" "$TMP/want.csv" && pass "POST application/sparql-query" || fail "POST sparql-query ($CODE)"
# ASK
get -G --data-urlencode 'query=ASK { ?e a dip:Meeting ; dip:place ?p . ?p rdfs:label "The Hague" }' "$E"
tr -d ' \n' < "$TMP/body" | grep -q '"boolean":true' && pass "ASK over GET" || fail "ASK: $(cat "$TMP/body")"
# CONSTRUCT as Turtle, N-Triples, JSON-LD
CON='CONSTRUCT { ?e dip:agent ?a } WHERE { ?e dip:agent ?a }'
get -G --data-urlencode "query=$CON" -H 'Accept: application/n-triples' "$E"
expect_eq "CONSTRUCT as N-Triples: type" "$(header Content-Type)" "application/n-triples"
expect_eq "CONSTRUCT N-Triples = dipgraph query" "$(sort "$TMP/body")" "$(q ntriples "$CON" | sort)"
get -G --data-urlencode "query=$CON" -H 'Accept: text/turtle' "$E"
case "$(header Content-Type)" in text/turtle*) pass "CONSTRUCT as Turtle";; *) fail "CONSTRUCT Turtle: $(header Content-Type)";; esac
get -G --data-urlencode "query=$CON" -H 'Accept: application/ld+json' "$E"
expect_eq "CONSTRUCT as JSON-LD: type" "$(header Content-Type)" "application/ld+json"
grep -q '"@graph"' "$TMP/body" && grep -q 'dip:agent' "$TMP/body" && pass "JSON-LD has the triples" \
  || fail "JSON-LD: $(head -c 300 "$TMP/body")"
# errors
get -G --data-urlencode 'query=SELECT ?x WHERE { ?x' "$E"
expect_eq "a bad query is 400" "$CODE" 400
grep -q 'syntax error' "$TMP/body" && pass "400 carries the parser's message: $(cat "$TMP/body")" || fail "400 body: $(cat "$TMP/body")"
get -G --data-urlencode 'query=SELECT <script>alert(1)</script>' "$E"
expect_eq "markup in a query: 400" "$CODE" 400
expect_eq "errors are text/plain" "$(header Content-Type)" "text/plain; charset=utf-8"
expect_eq "nosniff" "$(header X-Content-Type-Options)" "nosniff"
# no error page echoes user input unescaped (markup in the path, query, format)
noecho () { # noecho WHAT: the last body has no raw tag
  grep -Eq '<(script|b)>|</(script|b)>' "$TMP/body" && fail "$1 echoes markup: $(head -c 200 "$TMP/body")" \
    || pass "$1: $CODE, no markup echoed"
}
get -G --data-urlencode 'query=SELECT <script>alert(1)</script>' "$E"; noecho "markup in a query"
get -G --data-urlencode 'query=SELECT * WHERE { ?s <b>x</b> ?o }' "$E"; noecho "<b>x</b> in a bad query"
get -G --data-urlencode 'query=PREFIX <b>x</b> SELECT' -H 'Accept: text/html' "$E"; noecho "<b> in a PREFIX"
get --path-as-is "${MAIN}<script>alert(1)</script>"; noecho "markup in the path"
expect_eq "markup in the path is 404" "$CODE" 404
get "${MAIN}%3Cscript%3Ealert(1)%3C/script%3E"; noecho "encoded markup in the path"
get "${MAIN}export/<b>x</b>"; noecho "markup in an export name"
get "${MAIN}api/network?kind=<b>x</b>"; noecho "markup in a network kind"
get --data-urlencode 'update=DROP GRAPH <https://w3id.org/dipgraph/id/doc/x>' "$E"
expect_eq "an update on a read-only endpoint is 403" "$CODE" 403
get -G --data-urlencode "query=$SEL" -H 'Accept: image/png' "$E"
expect_eq "an Accept nothing matches is 406" "$CODE" 406
head -c 2000000 /dev/zero | tr '\0' ' ' > "$TMP/big"
get -H 'Content-Type: application/sparql-query' --data-binary "@$TMP/big" "$E"
expect_eq "a 2 MB body is 413" "$CODE" 413
get -H 'Transfer-Encoding: chunked' -H 'Content-Type: application/sparql-query' --data-binary "$SEL" "$E"
expect_eq "a chunked body is 411" "$CODE" 411
get -X PUT "$E"
expect_eq "PUT is 405" "$CODE" 405
get -X OPTIONS -H 'Origin: http://example.org' "$E"
expect_eq "CORS preflight" "$CODE:$(header Access-Control-Allow-Origin)" "204:*"
get --path-as-is "${MAIN}../../etc/passwd"
expect_eq "no traversal" "$CODE" 404
# a path starting "//" once crashed the access log (found by fuzz-serve)
get --path-as-is "${MAIN}/x"
expect_eq "GET //x is 404" "$CODE" 404
get "$E"
expect_eq "... and the server still answers" "$CODE" 200
get "${MAIN}export/..%2F..%2Fetc%2Fpasswd"
case "$CODE" in 400|404) pass "no traversal through /export ($CODE)";; *) fail "traversal /export: $CODE";; esac

# dataset: default-graph-uri / named-graph-uri / FROM
G=$(q csv 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a dip:Document } }' | tr -d '\r' | sed -n 2p)
ALL=$(q csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tr -d '\r' | sed -n 2p)
CNT='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
get -G --data-urlencode "query=$CNT" --data-urlencode "default-graph-uri=$G" -H 'Accept: text/csv' "$E"
expect_eq "default-graph-uri: the document's triples" "$(tr -d '\r' < "$TMP/body" | sed -n 2p)" "$ALL"
get -G --data-urlencode "query=ASK { ?s ?p ?o }" --data-urlencode "default-graph-uri=http://example.org/none" "$E"
tr -d ' \n' < "$TMP/body" | grep -q '"boolean":false' && pass "default-graph-uri of a missing graph: empty" || fail "missing graph: $(cat "$TMP/body")"
get -G --data-urlencode "query=ASK FROM <http://example.org/none> { ?s ?p ?o }" "$E"
tr -d ' \n' < "$TMP/body" | grep -q '"boolean":false' && pass "FROM is honoured" || fail "FROM: $(cat "$TMP/body")"
get -G --data-urlencode "query=ASK { GRAPH <$G> { ?s ?p ?o } }" --data-urlencode "named-graph-uri=$G" "$E"
tr -d ' \n' < "$TMP/body" | grep -q '"boolean":true' && pass "named-graph-uri: GRAPH sees it" || fail "named: $(cat "$TMP/body")"
get -G --data-urlencode "query=ASK { GRAPH ?g { ?s ?p ?o } }" --data-urlencode "default-graph-uri=$G" "$E"
tr -d ' \n' < "$TMP/body" | grep -q '"boolean":false' && pass "default-graph-uri alone: no named graphs" || fail "no named: $(cat "$TMP/body")"

# exports
for pair in graphml:application/graphml+xml gexf:application/gexf+xml turtle:text/turtle; do
  f=${pair%%:*}
  get "${MAIN}export/$f"
  expect_eq "/export/$f" "$CODE" 200
  case "$(header Content-Type)" in "${pair#*:}"*) pass "/export/$f type";; *) fail "/export/$f type: $(header Content-Type)";; esac
  cp "$TMP/body" "$TMP/export.$f"
done
grep -q '<graphml' "$TMP/export.graphml" && grep -q '<gexf' "$TMP/export.gexf" && pass "graphml and gexf documents" || fail "export bodies"
if command -v rapper >/dev/null 2>&1; then
  n=$(rapper -i turtle -c "$TMP/export.turtle" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
  [ "${n:-0}" -gt 100 ] && pass "/export/turtle parses ($n triples)" || fail "/export/turtle: '$n'"
fi
get "${MAIN}export/nosuch"
expect_eq "unknown export is 404" "$CODE" 404
get "$MAIN"
expect_eq "the page" "$CODE" 200
grep -q 'Content-Security-Policy' "$TMP/head" && pass "the page has a CSP" || fail "no CSP"
grep -Eq '(src|href)="https?:' "$TMP/body" && fail "the page loads something from elsewhere" || pass "the page loads nothing from elsewhere"

# limits: rows, timeout, a full queue
start_server small --max-rows 3 --workers 1 --max-queue 1 --timeout 0.5
SMALL="${URL}sparql"
get -G --data-urlencode 'query=SELECT ?s WHERE { ?s ?p ?o }' -H 'Accept: text/csv' "$SMALL"
expect_eq "--max-rows cuts the result" "$(tail -n +2 "$TMP/body" | wc -l):$(header X-Dipgraph-Max-Rows)" "3:3"
get -G --data-urlencode 'query=SELECT ?s WHERE { ?s ?p ?o } LIMIT 10' "$SMALL"
expect_eq "a LIMIT above --max-rows is 400" "$CODE" 400
# about 4M rows through rasqal's nested loops: seconds even on a fast machine
SLOW='SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g dip:countryCode ?h . ?i dip:countryCode ?j }'
t0=$(date +%s)
get -G --data-urlencode "query=$SLOW" "$SMALL"
t1=$(date +%s)
expect_eq "a slow query hits the timeout: 503" "$CODE" 503
grep -q 'did not finish' "$TMP/body" && [ $((t1 - t0)) -le 3 ] && pass "timeout answered in $((t1 - t0)) s: $(cat "$TMP/body")" \
  || fail "timeout: $((t1 - t0)) s, $(cat "$TMP/body")"
# the abandoned query still holds the only worker: one more waits, the next is refused
curl -s -o /dev/null -G --data-urlencode 'query=ASK {}' "$SMALL" &
sleep 0.2
get -G --data-urlencode 'query=ASK {}' "$SMALL"
expect_eq "a full queue is 503 with Retry-After" "$CODE:$(header Retry-After)" "503:2"
wait $! 2>/dev/null
kill "$SERVER_PID" 2>/dev/null   # do not let the abandoned query burn the CPU

# updates: only with the token; dipgraph executes DROP/CLEAR GRAPH only
U="$TMP/u.store"
"$DIPGRAPH" extract -q --store "$U" --date 2024-05-14 "$top_srcdir/examples/hague-talks.txt"
printf 'not-a-real-secret-0123456789\n' > "$TMP/token"
S_SAVED=$S; S=$U
start_server upd --allow-update --token-file "$TMP/token"
S=$S_SAVED
UE="${URL}sparql"
get -H 'Authorization: Bearer wrong' --data-urlencode "update=DROP GRAPH <$G>" "$UE"
expect_eq "an update with a wrong token is 403" "$CODE" 403
get -H 'Authorization: Bearer not-a-real-secret-0123456789' --data-urlencode 'update=INSERT DATA { <a:x> <a:y> <a:z> }' "$UE"
expect_eq "INSERT DATA is 501 (not implemented)" "$CODE" 501
get -H 'Authorization: Bearer not-a-real-secret-0123456789' --data-urlencode "update=DROP GRAPH <$G>" "$UE"
expect_eq "DROP GRAPH with the token is 204" "$CODE" 204
get -G --data-urlencode "query=ASK { ?s ?p ?o }" "$UE"
tr -d ' \n' < "$TMP/body" | grep -q '"boolean":false' && pass "the readers see the dropped graph gone" || fail "after DROP: $(cat "$TMP/body")"

# the independent client, and the browser
NODE_OK=0
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  ND="${SERVE_NODE_DIR:-$top_srcdir/tests/node}"
  mkdir -p "$ND" 2>/dev/null && [ -w "$ND" ] || ND="$top_builddir/tests/node"
  if [ ! -d "$ND/node_modules/sparql-http-client" ] || [ ! -d "$ND/node_modules/playwright-core" ]; then
    mkdir -p "$ND" && npm install --silent --no-audit --no-fund --prefix "$ND" \
      sparql-http-client@3 playwright-core@1 >"$TMP/npm.log" 2>&1 || cat "$TMP/npm.log" >&2
  fi
  [ -d "$ND/node_modules/sparql-http-client" ] && [ -d "$ND/node_modules/playwright-core" ] && NODE_OK=1
fi
if [ "$NODE_OK" = 1 ]; then
  cp "$top_srcdir/tests/serve/client.mjs" "$top_srcdir/tests/serve/browser.mjs" "$ND/" 2>/dev/null \
    || { cp "$top_srcdir/tests/serve/"*.mjs "$TMP/"; }
  run_node () { script=$1; shift; if [ -f "$ND/$script" ]; then node "$ND/$script" "$@"; else NODE_PATH="$ND/node_modules" node "$TMP/$script" "$@"; fi; }
  run_node client.mjs "$E" protocol > "$TMP/node.out" 2>&1
  rc=$?; cat "$TMP/node.out"; [ $rc = 0 ] || fail "sparql-http-client protocol checks"
  # 32 clients at once; answers identical to dipgraph query
  printf '%s' "$SEL" > "$TMP/q1.rq"; q json "$SEL" > "$TMP/q1.json"
  Q2='SELECT ?p ?name ?role WHERE { ?p a dip:Person ; rdfs:label ?name ; dip:role ?role }'
  printf '%s' "$Q2" > "$TMP/q2.rq"; q json "$Q2" > "$TMP/q2.json"
  Q3='SELECT ?e ?a ?t WHERE { ?e dip:agent ?a ; dip:target ?t }'
  printf '%s' "$Q3" > "$TMP/q3.rq"; q json "$Q3" > "$TMP/q3.json"
  run_node client.mjs "$E" concurrent 32 "$TMP/q1.rq" "$TMP/q1.json" "$TMP/q2.rq" "$TMP/q2.json" \
    "$TMP/q3.rq" "$TMP/q3.json" > "$TMP/node.out" 2>&1
  rc=$?; cat "$TMP/node.out"; [ $rc = 0 ] || fail "32 concurrent clients"
  if [ -x /usr/bin/chromium ]; then
    run_node browser.mjs "$MAIN" "$TMP/serve.png" > "$TMP/browser.out" 2>&1
    rc=$?; cat "$TMP/browser.out"
    if [ $rc = 0 ] && node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").pop());
        const ok = r.rows >= 4 && r.ran === String(r.rows) && r.nodes >= 4 && r.edges >= 3 && r.dots === r.rows
                   && r.details >= 2 && r.evidence >= 2 && r.problems.length === 0;
        process.exit(ok ? 0 : 1);' "$TMP/browser.out"; then
      pass "Chromium: the dyad example ran, the network, timeline and evidence are drawn"
    else
      fail "the browser test"
    fi
    s=$(wc -c < "$TMP/serve.png" 2>/dev/null || echo 0)
    [ "$s" -gt 20000 ] && pass "screenshot $s bytes" || fail "screenshot: $s bytes"
    [ -n "${DG_SERVE_SCREENSHOT:-}" ] && cp "$TMP/serve.png" "$DG_SERVE_SCREENSHOT"
  else
    echo "SKIP: /usr/bin/chromium is not installed (tools/deps.sh installs it): no browser test"
    [ $FAILED = 0 ] && exit 77
  fi
else
  echo "SKIP: node/npm or the npm packages sparql-http-client, playwright-core are not available: no client or browser test"
  [ $FAILED = 0 ] && exit 77
fi
grep -E 'ERROR: AddressSanitizer|runtime error' "$TMP"/*.log && fail "sanitizer errors in the server"
grep -q '"GET /sparql?query=' "$TMP/main.log" && pass "access log on stderr" || fail "no access log"
finish
