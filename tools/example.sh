#!/bin/sh
# example.sh - builds dipgraph and runs it on the bundled example article:
# extraction into the embedded default store (./dipgraph.store), what it
# found, and one SPARQL query.
set -eu
cd "$(dirname "$0")/.."
sh tools/build.sh
rm -f dipgraph.store
echo "\$ dipgraph extract --verbose --date 2024-05-14 examples/hague-talks.txt"
./dipgraph extract --verbose --date 2024-05-14 examples/hague-talks.txt
echo
echo "\$ dipgraph stats"
./dipgraph stats
echo
echo "\$ dipgraph query 'SELECT ?date ?place ?who ... WHERE { ?e a dip:Meeting ... }'"
./dipgraph query 'SELECT ?date ?place ?a ?b WHERE {
  ?e a dip:Meeting ; dip:date ?date ; dip:agent ?x ; dip:target ?y ; dip:place ?p .
  ?x rdfs:label ?a . ?y rdfs:label ?b . ?p rdfs:label ?place } ORDER BY ?date'
