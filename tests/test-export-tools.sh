#!/bin/sh
# test-export-tools.sh - every visualization export read back by an
# independent reader: GraphML and GEXF by graphology (npm), DOT by Graphviz's
# dot, JSON-LD by the npm jsonld package (expanded to N-Quads, compared with
# `export --format nquads` as a set), CSV by Python's csv module in strict
# mode.  Node and edge counts are compared with SPARQL counts of the same
# view.  The npm packages are installed into $top_builddir/tests/node-export.
. "$top_srcdir/tests/lib.sh"
S="$TMP/s.store"
EX="$top_srcdir/examples/hague-talks.txt"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "SKIP: node/npm not found: the graphology and jsonld readers cannot run" >&2
  exit 77
fi
NODE_DIR="${top_builddir:-.}/tests/node-export"
if [ ! -d "$NODE_DIR/node_modules/graphology-gexf" ] || [ ! -d "$NODE_DIR/node_modules/jsonld" ]; then
  mkdir -p "$NODE_DIR"
  npm install --silent --no-audit --no-fund --prefix "$NODE_DIR" \
    graphology@0.25 graphology-graphml@0.5 graphology-gexf@0.13 jsonld@8 >/dev/null 2>"$TMP/npm.err" \
    || { echo "npm install failed: $(head -c 500 "$TMP/npm.err")" >&2; exit 1; }
fi
NODE_PATH="$NODE_DIR/node_modules"; export NODE_PATH

# rasqal 0.9.33 leaks in DISTINCT/UNION queries; that is not what is tested
q () { ASAN_OPTIONS=detect_leaks=0 "$DIPGRAPH" query --store "$S" --format csv "$1" | tr -d '\r' | tail -n +2; }

expect_rc "extract the example" 0 "$DIPGRAPH" extract -q --store "$S" --date 2024-05-14 "$EX"

# The SPARQL definition of the views (dg-view.h): actors = participants of
# events; actor edges = distinct (agent, target, root), else (agent, other
# participant, root) when there is no target, else participant pairs.
# (rows counted here: COUNT(DISTINCT) over the lmdb store counted 7 of 6)
actors=$(q 'SELECT DISTINCT ?a WHERE { ?e a dip:Event . ?e dip:participant ?a }' | wc -l | tr -d ' ')
actor_edges=$(q 'SELECT DISTINCT ?a ?b ?r WHERE {
  { ?e a dip:Event ; dip:agent ?a ; dip:target ?b ; dip:cameoCode ?c FILTER(?a != ?b) }
  UNION { ?e a dip:Event ; dip:agent ?a ; dip:participant ?b ; dip:cameoCode ?c
          OPTIONAL { ?e dip:target ?x } FILTER(!BOUND(?x) && ?a != ?b) }
  UNION { ?e a dip:Event ; dip:participant ?a, ?b ; dip:cameoCode ?c
          OPTIONAL { ?e dip:agent ?y } FILTER(!BOUND(?y) && STR(?a) < STR(?b)) }
  BIND(SUBSTR(?c, 1, 2) AS ?r) }' | wc -l | tr -d ' ')
events=$(q 'SELECT DISTINCT ?e WHERE { ?e a dip:Event }' | wc -l | tr -d ' ')
event_edges=$(q 'SELECT DISTINCT ?e ?a WHERE { ?e a dip:Event . ?e dip:participant ?a }' | wc -l | tr -d ' ')
[ "$actors" -gt 0 ] && [ "$actor_edges" -gt 0 ] && pass "SPARQL: $actors actors, $actor_edges actor edges, $events events" \
  || fail "SPARQL counts: '$actors' '$actor_edges' '$events'"

for view in actors events; do
  for fmt in graphml gexf; do
    expect_rc "export --view $view --format $fmt" 0 "$DIPGRAPH" export --store "$S" --view $view --format $fmt -o "$TMP/$view.$fmt"
  done
done

node - "$TMP" >"$TMP/counts" 2>"$TMP/node.err" <<'JS' || fail "graphology: $(head -c 500 "$TMP/node.err")"
const fs = require('fs');
const {MultiDirectedGraph} = require('graphology');
const graphml = require('graphology-graphml');
const gexf = require('graphology-gexf');
const dir = process.argv[2];
for (const view of ['actors', 'events']) {
  const g1 = graphml.parse(MultiDirectedGraph, fs.readFileSync(`${dir}/${view}.graphml`, 'utf8'));
  const g2 = gexf.parse(MultiDirectedGraph, fs.readFileSync(`${dir}/${view}.gexf`, 'utf8'));
  console.log(`${view} graphml ${g1.order} ${g1.size}`);
  console.log(`${view} gexf ${g2.order} ${g2.size}`);
}
JS
expect_eq "graphology-graphml reads the actor network" "$(grep '^actors graphml' "$TMP/counts")" "actors graphml $actors $actor_edges"
expect_eq "graphology-gexf reads the actor network" "$(grep '^actors gexf' "$TMP/counts")" "actors gexf $actors $actor_edges"
expect_eq "graphology-graphml reads the events view" "$(grep '^events graphml' "$TMP/counts")" "events graphml $((actors + events)) $event_edges"
expect_eq "graphology-gexf reads the events view" "$(grep '^events gexf' "$TMP/counts")" "events gexf $((actors + events)) $event_edges"

# DOT through Graphviz
if command -v dot >/dev/null 2>&1; then
  for view in actors events; do
    "$DIPGRAPH" export --store "$S" --view $view --format dot -o "$TMP/$view.dot"
    expect_rc "dot -Tsvg reads the $view DOT" 0 dot -Tsvg -o "$TMP/$view.svg" "$TMP/$view.dot"
  done
else
  fail "dot not found (Debian: graphviz, installed by tools/deps.sh)"
fi
expect_rc "export --format svg (libgvc)" 0 "$DIPGRAPH" export --store "$S" --format svg -o "$TMP/net.svg"
n=$(grep -c '<g id="node' "$TMP/net.svg")
expect_eq "the SVG draws every actor" "$n" "$actors"

# JSON-LD expanded by jsonld.js = the N-Quads export, as a set of quads
"$DIPGRAPH" export --store "$S" --format jsonld -o "$TMP/g.jsonld"
"$DIPGRAPH" export --store "$S" --format nquads -o "$TMP/g.nq"
node - "$TMP" >"$TMP/jsonld.out" 2>"$TMP/node.err" <<'JS' || fail "jsonld: $(head -c 500 "$TMP/node.err")"
const fs = require('fs');
const jsonld = require('jsonld');
const dir = process.argv[2];
(async () => {
  const doc = JSON.parse(fs.readFileSync(`${dir}/g.jsonld`, 'utf8'));
  const fromJsonld = await jsonld.toRDF(doc, {format: 'application/n-quads'});
  // the N-Quads of dipgraph through the same writer, so escapes compare equal
  const parsed = await jsonld.fromRDF(fs.readFileSync(`${dir}/g.nq`, 'utf8'), {format: 'application/n-quads'});
  const fromNquads = await jsonld.toRDF(parsed, {format: 'application/n-quads'});
  const a = new Set(fromJsonld.split('\n').filter(Boolean));
  const b = new Set(fromNquads.split('\n').filter(Boolean));
  const missing = [...b].filter(x => !a.has(x)), extra = [...a].filter(x => !b.has(x));
  console.log(`${a.size} ${b.size} ${missing.length} ${extra.length}`);
  if (missing.length || extra.length) console.error(missing.slice(0, 3), extra.slice(0, 3));
})().catch(e => { console.error(e); process.exit(1); });
JS
nq=$(grep -c . "$TMP/g.nq")
expect_eq "jsonld: same quads as N-Quads (jsonld nquads missing extra)" "$(cat "$TMP/jsonld.out")" "$nq $nq 0 0"

# CSV, strictly
"$DIPGRAPH" export --store "$S" --format csv -o "$TMP/events.csv"
"$DIPGRAPH" export --store "$S" --format csv -o "$TMP/csvdir/"
rows=$(python3 - "$TMP" <<'PY' 2>"$TMP/py.err" || fail "csv: $(head -c 500 "$TMP/py.err")"
import csv, sys
d = sys.argv[1]
def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        r = list(csv.reader(f, strict=True))
    assert all(len(x) == len(r[0]) for x in r), path + ": ragged rows"
    return len(r) - 1
print(rows(d + "/events.csv"), rows(d + "/csvdir/events.csv"), rows(d + "/csvdir/nodes.csv"), rows(d + "/csvdir/edges.csv"))
PY
)
expect_eq "csv: strict parse, one row per event; nodes.csv, edges.csv" "$rows" "$events $events $actors $actor_edges"
finish
