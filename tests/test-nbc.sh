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
out=$("$DIPGRAPH" query --store "$S" --format csv 'SELECT ?c WHERE { ?e a dip:Meeting ; dip:cameoCode ?c ; dip:participant ?a, ?b . ?a rdfs:label "Mehdi Akhundzadeh" . ?b rdfs:label "Richard Holbrooke" }' | tr -d '\r' | tail -n +2 | sort -u)
expect_eq "it is CAMEO 044 (third location)" "$out" "044"
out=$("$DIPGRAPH" query --store "$S" --format csv 'SELECT ?r ?c WHERE { ?p rdfs:label "Mehdi Akhundzadeh" ; dip:role ?r ; dip:affiliation ?x . ?x dip:countryCode ?c } ORDER BY ?r' | tr -d '\r' | tail -n +2 | head -1)
expect_eq "Akhundzadeh: Iran's deputy foreign minister" "$out" "deputy foreign minister,IRN"
out=$("$DIPGRAPH" query --store "$S" --format csv 'SELECT ?t WHERE { ?e a dip:Accuse ; dip:agent ?a ; dip:target ?x . ?a rdfs:label "Mehdi Akhundzadeh" . ?x dip:countryCode ?t }' | tr -d '\r' | tail -n +2 | sort -u | head -1)
expect_eq "Akhundzadeh criticized the U.S." "$out" "USA"
# --- actors (issue 3) ---
sel () { "$DIPGRAPH" query --store "$S" --format csv "$1" | tr -d '\r' | tail -n +2; }
out=$(sel 'SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dip:Person ; rdfs:label ?l FILTER (CONTAINS(?l, "Clinton")) }')
expect_eq "one Person node for Clinton" "$out" "1"
out=$(sel 'SELECT ?l WHERE { ?p a dip:Person ; rdfs:label ?l ; skos:altLabel "Clinton" }')
expect_eq "Clinton has her full name" "$out" "Hillary Rodham Clinton"
out=$(sel 'SELECT ?r ?c WHERE { ?p rdfs:label "Hillary Rodham Clinton" ; dip:role ?r ; dip:affiliation ?x . ?x dip:countryCode ?c }')
expect_eq "Clinton: USA, Secretary of State" "$out" "Secretary of State,USA"
out=$(sel 'SELECT ?c WHERE { ?p rdfs:label "Sergei Lavrov" ; dip:affiliation ?x . ?x dip:countryCode ?c }')
expect_eq "Lavrov: RUS" "$out" "RUS"
out=$(sel 'SELECT ?r ?c WHERE { ?p rdfs:label "Hamid Karzai" ; dip:role ?r ; dip:affiliation ?x . ?x dip:countryCode ?c }')
expect_eq "Karzai: AFG, President" "$out" "President,AFG"
n=$(sel 'SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dip:Person }')
[ "$n" -ge 7 ] && [ "$n" -le 12 ] && pass "$n persons (7 to 12)" || fail "$n persons, expected 7 to 12"
bad=$(sel 'SELECT ?l WHERE { ?p a dip:Person ; rdfs:label ?l
             FILTER (REGEX(?l, "day$|^(January|February|March|April|May|June|July|August|September|October|November|December)$|Iran|Afghanistan|United States|Netherlands|Russia|Taliban|Letter|Week|Talking")) }')
expect_eq "no person named after a weekday, month, country or heading" "$bad" ""

# --- events (issue 4) ---
out=$(sel 'SELECT DISTINCT ?d WHERE { ?e a dip:Meeting ; dip:date ?d ; dip:participant ?a, ?b .
             ?a rdfs:label "Hillary Rodham Clinton" . ?b rdfs:label "Sergei Lavrov" } ORDER BY ?d' | tr '\n' ' ')
expect_eq "Clinton met Lavrov on March 6 and on Tuesday" "$out" "2009-03-06 2009-03-31 "
out=$(sel 'SELECT DISTINCT ?pl WHERE { ?e a dip:Meeting ; dip:date "2009-03-06"^^xsd:date ; dip:place ?p . ?p rdfs:label ?pl }')
expect_eq "the March 6 meeting was in Geneva" "$out" "Geneva"
out=$(sel 'SELECT DISTINCT ?d ?m ?pl WHERE { ?e a dip:Meeting ; dip:date ?d ; dip:modality ?m ; dip:place ?p ; dip:participant ?a, ?b .
             ?p rdfs:label ?pl . ?a rdfs:label "Barack Obama" . ?b rdfs:label "Medvedvev" }')
expect_eq "the planned Obama-Medvedvev meeting" "$out" "2009-04-01,planned,London"
n=$(sel 'SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?e a dip:Statement ; dip:agent ?a ; dip:quote ?q . ?a rdfs:label "Hillary Rodham Clinton" }')
[ "$n" -ge 3 ] && pass "$n quoted statements by Clinton" || fail "$n quoted statements by Clinton"
out=$(sel 'SELECT DISTINCT ?c WHERE { ?e dip:agent ?a ; dip:cameoCode ?c . ?a rdfs:label "Mehdi Akhundzadeh" FILTER (STRSTARTS(?c, "03")) }')
[ -n "$out" ] && pass "Akhundzadeh pledged (CAMEO $out)" || fail "no pledge by Akhundzadeh"

out=$(sel 'SELECT DISTINCT ?d WHERE { ?e dip:agent ?k ; dip:target ?a ; dip:date ?d . ?k rdfs:label "Hamid Karzai" . ?a rdfs:label "Mehdi Akhundzadeh" }')
expect_eq "Karzai greeted Akhundzadeh on Tuesday" "$out" "2009-03-31"
out=$(sel 'SELECT DISTINCT ?c ?d WHERE { ?e a dip:Assault ; dip:cameoCode ?c ; dip:date ?d ; dip:target ?t . ?t dip:countryCode "USA" FILTER (?c = "181") }')
expect_eq "the hostage-taking of 1979, target USA" "$out" "181,1979"
out=$(sel 'SELECT DISTINCT ?d WHERE { ?e a dip:Cooperate ; dip:date ?d ; dip:agent ?a, ?b . ?a dip:countryCode "USA" . ?b dip:countryCode "IRN" }')
expect_eq "the two countries cooperated in 2001" "$out" "2001"

q1=$("$DIPGRAPH" stats --store "$S" | sed -n 's/^Quads: *//p')
"$DIPGRAPH" extract -q --store "$S" --date 2009-03-31 "$ART"
q2=$("$DIPGRAPH" stats --store "$S" | sed -n 's/^Quads: *//p')
expect_eq "extracting twice leaves the count" "$q2" "$q1"
finish
