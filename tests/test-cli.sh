#!/bin/sh
# test-cli.sh - the command line end to end on the bundled example
. "$top_srcdir/tests/lib.sh"
S="$TMP/s.store"
EX="$top_srcdir/examples/hague-talks.txt"

expect_rc "extract the example" 0 "$DIPGRAPH" extract -q --store "$S" --date 2024-05-14 "$EX"
q1=$("$DIPGRAPH" stats --store "$S" | sed -n 's/^Quads: *//p')
[ "$q1" -gt 100 ] && pass "store has $q1 quads" || fail "store has '$q1' quads"
# stats counts distinct resources itself (rasqal's COUNT(DISTINCT) is wrong)
n=$("$DIPGRAPH" stats --store "$S" | sed -n 's/^| dip:Person *| *\([0-9]*\) |$/\1/p')
expect_eq "stats: 4 persons in the example" "$n" "4"
expect_rc "extract the same article again" 0 "$DIPGRAPH" extract -q --store "$S" --date 2024-05-14 "$EX"
q2=$("$DIPGRAPH" stats --store "$S" | sed -n 's/^Quads: *//p')
expect_eq "re-extraction replaces the graph" "$q2" "$q1"

ask='ASK { ?e a dip:Meeting ; dip:participant ?a, ?b ; dip:place ?p ;
             dip:date "2024-05-13"^^xsd:date ; dip:cameoCode "044" .
           ?a rdfs:label "Ana Ribeiro" . ?b rdfs:label "Rahmat Santoso" .
           ?p rdfs:label "The Hague" }'
out=$("$DIPGRAPH" query --store "$S" --format json "$ask")
case "$out" in *'"boolean" : true'*) pass "ASK the Hague meeting";; *) fail "ASK the Hague meeting: $out";; esac

crit='SELECT ?who ?target WHERE { ?e a dip:Accuse ; dip:agent ?a ; dip:target ?t .
        ?a rdfs:label ?who . ?t dip:countryCode ?target }'
out=$("$DIPGRAPH" query --store "$S" --format csv "$crit" | tr -d '\r' | tail -n +2)
expect_eq "the criticism" "$out" "Dewi Lestari,BRA"

expect_rc "a SPARQL syntax error is exit 3" 3 "$DIPGRAPH" query --store "$S" 'SELECT ?x WHERE { ?x'
[ -s "$TMP/out" ] && fail "bad query wrote to stdout" || pass "bad query: nothing on stdout"
[ -s "$TMP/err" ] && pass "bad query: message on stderr" || fail "bad query: no message"
n=$("$DIPGRAPH" query --store "$S" --max-rows 2 --format csv 'SELECT ?e WHERE { ?e a dip:Event }' 2>/dev/null | tail -n +2 | wc -l)
expect_eq "--max-rows caps a query without LIMIT" "$n" "2"
expect_rc "a LIMIT above --max-rows is refused" 3 "$DIPGRAPH" query --store "$S" --max-rows 2 'SELECT ?e WHERE { ?e a dip:Event } LIMIT 5'
expect_rc "an unknown store type is a usage error" 2 "$DIPGRAPH" query --store 'nosuch:x' 'ASK {}'
expect_rc "querying a missing store fails" 1 "$DIPGRAPH" query --store "$TMP/missing.store" 'ASK {}'
[ -e "$TMP/missing.store" ] && fail "a read created the store" || pass "a read does not create a store"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR' > "$TMP/image.txt"
expect_rc "binary input is exit 3" 3 "$DIPGRAPH" extract --store "$S" "$TMP/image.txt"
printf 'caf\351 au lait\n' > "$TMP/latin1.txt"
expect_rc "invalid UTF-8 is exit 3" 3 "$DIPGRAPH" extract --store "$S" "$TMP/latin1.txt"
q3=$("$DIPGRAPH" stats --store "$S" | sed -n 's/^Quads: *//p')
expect_eq "rejected input leaves the store alone" "$q3" "$q1"
expect_rc "unknown command" 2 "$DIPGRAPH" frobnicate
expect_rc "--help" 0 "$DIPGRAPH" extract --help

# HTML: metadata and the same facts
expect_rc "extract the HTML example" 0 "$DIPGRAPH" extract -q --store "$S" "$top_srcdir/examples/hague-talks.html"
out=$("$DIPGRAPH" query --store "$S" --format csv 'SELECT ?d WHERE { ?doc dcterms:date ?d ; schema:url <https://news.example.org/2024/05/14/brazil-indonesia-hague-talks> }' | tr -d '\r' | tail -n +2)
expect_eq "publication date from the page" "$out" "2024-05-14"

# Turtle export parses, and with the same count as the store's distinct triples
expect_rc "export turtle" 0 "$DIPGRAPH" export --store "$S" --format turtle -o "$TMP/g.ttl"
if command -v rapper >/dev/null 2>&1; then
  n=$(rapper -i turtle -c "$TMP/g.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
  [ -n "$n" ] && [ "$n" -gt 100 ] && pass "rapper parses the Turtle ($n triples)" || fail "rapper: '$n'"
  echo "$n" > "$TMP/rapper.count"
else
  fail "rapper (raptor2-utils) is not installed"
fi
"$DIPGRAPH" ontology > "$TMP/onto.ttl" || fail "ontology"
n=$(rapper -i turtle -c "$TMP/onto.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
[ -n "$n" ] && [ "$n" -gt 1000 ] && pass "ontology parses ($n triples)" || fail "ontology: '$n'"

# The independent strict parser (npm n3), when the test run installed it
if [ -n "${N3_DIR:-}" ] && [ -d "$N3_DIR/node_modules/n3" ]; then
  m=$(NODE_PATH="$N3_DIR/node_modules" node -e '
    const N3 = require("n3"); const fs = require("fs");
    const q = new N3.Parser({ format: "text/turtle" }).parse(fs.readFileSync(process.argv[1], "utf8"));
    console.log(q.length);' "$TMP/g.ttl") || fail "n3 could not parse the Turtle"
  expect_eq "n3 and rapper count the same triples" "$m" "$(cat "$TMP/rapper.count")"
else
  echo "SKIP: n3 comparison (set N3_DIR to a directory with node_modules/n3; .ci/run does)"
fi
finish
