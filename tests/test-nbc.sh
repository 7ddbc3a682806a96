#!/bin/sh
# test-nbc.sh - the real article of ../shared/corpus, when it is present
. "$top_srcdir/tests/lib.sh"
ART=""
for d in "$top_srcdir/../shared/corpus" "$top_srcdir/../../shared/corpus" /work/shared/corpus; do
  [ -f "$d/nbc-2009-03-31-us-iran-hague.txt" ] && { ART="$d/nbc-2009-03-31-us-iran-hague.txt"; break; }
done
if [ -z "$ART" ]; then
  echo "SKIP: ../shared/corpus/nbc-2009-03-31-us-iran-hague.txt is not here"
  exit 77
fi
S="$TMP/nbc.store"
expect_rc "extract the NBC article" 0 "$DIPGRAPH" extract -q --store "$S" --date 2009-03-31 "$ART"
ask='ASK { ?e a dip:Meeting ; dip:participant ?a, ?b ; dip:place ?p ; dip:date "2009-03-31"^^xsd:date .
           ?a rdfs:label "Richard Holbrooke" . ?b rdfs:label "Mehdi Akhundzadeh" . ?p rdfs:label "The Hague" }'
out=$("$DIPGRAPH" query --store "$S" --format json "$ask")
case "$out" in *'"boolean" : true'*) pass "the Holbrooke-Akhundzadeh meeting";; *) fail "meeting: $out";; esac
out=$("$DIPGRAPH" query --store "$S" --format csv 'SELECT ?c WHERE { ?e a dip:Meeting ; dip:cameoCode ?c ; dip:participant ?a . ?a rdfs:label "Mehdi Akhundzadeh" }' | tr -d '\r' | tail -n +2 | sort -u)
expect_eq "it is CAMEO 044 (third location)" "$out" "044"
out=$("$DIPGRAPH" query --store "$S" --format csv 'SELECT ?r ?c WHERE { ?p rdfs:label "Mehdi Akhundzadeh" ; dip:role ?r ; dip:affiliation ?x . ?x dip:countryCode ?c } ORDER BY ?r' | tr -d '\r' | tail -n +2 | head -1)
expect_eq "Akhundzadeh: Iran's deputy foreign minister" "$out" "deputy foreign minister,IRN"
out=$("$DIPGRAPH" query --store "$S" --format csv 'SELECT ?t WHERE { ?e a dip:Accuse ; dip:agent ?a ; dip:target ?x . ?a rdfs:label "Mehdi Akhundzadeh" . ?x dip:countryCode ?t }' | tr -d '\r' | tail -n +2 | sort -u | head -1)
expect_eq "Akhundzadeh criticized the U.S." "$out" "USA"
q1=$("$DIPGRAPH" stats --store "$S" | sed -n 's/^Quads: *//p')
"$DIPGRAPH" extract -q --store "$S" --date 2009-03-31 "$ART"
q2=$("$DIPGRAPH" stats --store "$S" | sed -n 's/^Quads: *//p')
expect_eq "extracting twice leaves the count" "$q2" "$q1"
finish
