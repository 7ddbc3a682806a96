#!/bin/sh
# check.sh - consistency checker for dipgraph's lexicon TSV files
#
# Usage: sh extractor/lexicon/check.sh [srcdir]   (default: $srcdir or .)
#
# Checks countries.tsv, places.tsv, organizations.tsv, titles.tsv and people.tsv:
# column counts, stray spaces, empty fields, allowed kinds/classes/sectors/
# ranks, duplicate surfaces, ISO 3166-1 alpha-3 codes (from Debian's
# iso-codes, or XKX for Kosovo), that countries.tsv does not repeat a name
# iso-codes already has and gives at most one label per country, and that
# no organization name is also a place name, and that every person's
# affiliation is an alpha-3 code or an organization id and no person name or
# alias is listed twice or is also a place or organization name.
# Prints one line per problem; exits 1 if any.
# POSIX sh + awk only (works with mawk).

srcdir=${1:-${srcdir:-.}}     # automake exports $srcdir to TESTS
dir="$srcdir/extractor/lexicon"
[ -d "$dir" ] || dir="$srcdir"          # also accept the lexicon dir itself
iso=${ISO_3166_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}

if [ ! -r "$iso" ]; then
  echo "check.sh: cannot read $iso (install iso-codes)" >&2
  exit 1
fi
for f in countries places organizations titles people; do
  if [ ! -r "$dir/$f.tsv" ]; then
    echo "check.sh: cannot read $dir/$f.tsv" >&2
    exit 1
  fi
done

status=0

# Invalid UTF-8 (iconv is in every libc; skip the test if it is missing).
if command -v iconv >/dev/null 2>&1; then
  for f in countries places organizations titles people; do
    if ! iconv -f UTF-8 -t UTF-8 "$dir/$f.tsv" >/dev/null 2>&1; then
      echo "$f.tsv: not valid UTF-8"
      status=1
    fi
  done
fi

awk -v dir="$dir" '
function problem(msg) { print FILENAME_SHORT ":" FNR ": " msg; bad = 1 }
function trim_json(s) {
  sub(/^[^:]*:[ \t]*"/, "", s); sub(/",?[ \t]*$/, "", s); return s
}
function valid_code(c) { return (c == "XKX" || (c in iso_code)) }
function check_sector(s) {
  if (!(s in sectors)) problem("unknown sector \"" s "\"")
}
function check_country(c, empty_ok) {
  if (c == "") { if (!empty_ok) problem("empty alpha3"); return }
  if (!valid_code(c)) problem("alpha3 \"" c "\" not in iso-codes (nor XKX)")
}
# Register a surface for duplicate detection in file-level namespace @ns.
function seen_surface(ns, s, what) {
  if (s == "") { problem("empty " what); return }
  # An organization name that is also a place name makes every match
  # ambiguous: a body used as an actor ("White House") lives in one file only.
  if (ns == "o" && (s in place_at))
    problem("\"" s "\" is also a place (places.tsv:" place_at[s] ")")
  if ((ns SUBSEP s) in seen)
    problem("duplicate " what " \"" s "\" (first at line " seen[ns SUBSEP s] ")")
  else
    seen[ns SUBSEP s] = FNR
}
BEGIN {
  FS = "\t"
  n = split("GOV MIL REB OPP PTY IGO NGO IMG MED BUS LEG JUD DIP CVL ELI COP SPY LAB EDU REL HLH AGR ENV REF CRM", a, " ")
  for (i = 1; i <= n; i++) sectors[a[i]] = 1
  split("label short demonym people capital ambiguous not dbpedia", a, " "); for (i in a) ckinds[a[i]] = 1
  split("city region venue body-of-water", a, " "); for (i in a) pkinds[a[i]] = 1
  split("InternationalOrganization ArmedGroup GovernmentBody Organization", a, " ")
  for (i in a) classes[a[i]] = 1
  split("head senior staff group org", a, " "); for (i in a) ranks[a[i]] = 1
  ncols["countries.tsv"] = 3; ncols["places.tsv"] = 4
  ncols["organizations.tsv"] = 6; ncols["titles.tsv"] = 3
  ncols["people.tsv"] = 4
}
# Pass 1: the iso-codes JSON (one "key": "value" per line).
FILENAME ~ /iso_3166-1\.json$/ {
  if ($0 ~ /"alpha_3":/) { code = trim_json($0); iso_code[code] = 1 }
  else if ($0 ~ /"(name|official_name|common_name)":/) iso_name[trim_json($0)] = code
  next
}
FNR == 1 {
  FILENAME_SHORT = FILENAME; sub(/.*\//, "", FILENAME_SHORT)
  want = ncols[FILENAME_SHORT]
}
/^#/ { next }
{
  if ($0 == "") { problem("empty line (use a # line instead)"); next }
  if ($0 ~ /\r/) problem("carriage return")
  # titles.tsv: an org row adds its kind'"'"'s label
  if (FILENAME_SHORT == "titles.tsv" && NF == 4 && $3 == "org") want = 4
  if (NF != want) { problem("has " NF " columns, want " want); next }
  want = ncols[FILENAME_SHORT]
  if ($0 ~ /[ ]$/ || $0 ~ /^[ ]/) problem("leading or trailing space")
  if ($0 ~ / \t|\t / ) problem("space next to a TAB")
  if ($0 ~ /  /) problem("double space")
}
FILENAME_SHORT == "countries.tsv" {
  check_country($1, 0)
  if (!($2 in ckinds)) problem("unknown kind \"" $2 "\"")
  if ($2 != "dbpedia") seen_surface("c" ($2 == "label" ? "short" : $2), $3, $2 " surface")
  if ($2 == "label") {
    if ($1 in labelled) problem("second label for " $1 " (first at line " labelled[$1] ")")
    else labelled[$1] = FNR
  }
  if ($3 in iso_name && $2 != "ambiguous")
    problem("\"" $3 "\" is already an iso-codes name of " iso_name[$3])
  next
}
FILENAME_SHORT == "places.tsv" {
  if ($1 == "") problem("empty label")
  check_country($2, 1)
  if (!($3 in pkinds)) problem("unknown kind \"" $3 "\"")
  seen_surface("p", $1, "place name"); place_at[$1] = FNR
  if ($4 != "") {
    m = split($4, al, "|")
    for (i = 1; i <= m; i++) {
      if (al[i] == "") problem("empty alias")
      else if (al[i] ~ /^ | $/) problem("alias with stray space \"" al[i] "\"")
      else { seen_surface("p", al[i], "place name"); place_at[al[i]] = FNR }
    }
  }
  next
}
FILENAME_SHORT == "organizations.tsv" {
  if ($1 !~ /^[A-Z0-9_]+$/) problem("id \"" $1 "\" is not [A-Z0-9_]+")
  seen_surface("oid", $1, "id")
  if ($2 == "") problem("empty label")
  if (!($3 in classes)) problem("unknown class \"" $3 "\"")
  check_sector($4)
  check_country($5, 1)
  if ($3 == "GovernmentBody" && $5 == "") problem("GovernmentBody without country")
  if ($3 == "InternationalOrganization" && $5 != "") problem("InternationalOrganization with a country")
  delete mine
  seen_surface("o", $2, "org name"); mine[$2] = 1
  if ($6 != "") {
    m = split($6, al, "|")
    for (i = 1; i <= m; i++) {
      if (al[i] == "") problem("empty alias")
      else if (al[i] ~ /^ | $/) problem("alias with stray space \"" al[i] "\"")
      else if (al[i] in mine) problem("alias repeats \"" al[i] "\"")
      else { seen_surface("o", al[i], "org name"); mine[al[i]] = 1 }
    }
  }
  next
}
FILENAME_SHORT == "titles.tsv" {
  # lower case, except abbreviations: the tokenizer knows "Gen." (one token)
  # but not "gen." (two), so those are written capitalized.
  m = split($1, tw, " ")
  for (i = 1; i <= m; i++)
    if (tw[i] != tolower(tw[i]) && tw[i] !~ /^[A-Z][a-z]*\.(-[A-Z][a-z]*\.)?$/)
      problem("title word \"" tw[i] "\" is not lower case (nor an abbreviation)")
  seen_surface("t", $1, "title")
  check_sector($2)
  if (!($3 in ranks)) problem("unknown rank \"" $3 "\"")
  if ($3 == "org" && NF != 4) problem("org row without its kind'"'"'s label")
  next
}
FILENAME_SHORT == "people.tsv" {
  # affiliation: alpha-3 (or XKX) or an id from organizations.tsv
  if ($2 == "") problem("empty affiliation")
  else if (!valid_code($2) && !(("oid" SUBSEP $2) in seen))
    problem("affiliation \"" $2 "\" is neither an alpha3 nor an organization id")
  check_sector($3)
  delete mine
  m = split($1 ($4 != "" ? "|" $4 : ""), al, "|")
  for (i = 1; i <= m; i++) {
    if (al[i] == "") problem("empty name or alias")
    else if (al[i] ~ /^ | $/) problem("alias with stray space \"" al[i] "\"")
    else if (al[i] in mine) problem("alias repeats \"" al[i] "\"")
    else {
      if (al[i] in place_at)
        problem("\"" al[i] "\" is also a place (places.tsv:" place_at[al[i]] ")")
      if (("o" SUBSEP al[i]) in seen)
        problem("\"" al[i] "\" is also an organization name")
      if (al[i] in iso_name || ("cshort" SUBSEP al[i]) in seen \
          || ("cdemonym" SUBSEP al[i]) in seen || ("ccapital" SUBSEP al[i]) in seen)
        problem("\"" al[i] "\" is also a country name, demonym or capital")
      seen_surface("h", al[i], "person name"); mine[al[i]] = 1
    }
  }
  next
}
END { exit bad }
' "$iso" "$dir/countries.tsv" "$dir/places.tsv" "$dir/organizations.tsv" \
  "$dir/titles.tsv" "$dir/people.tsv" || status=1

if [ "$status" -eq 0 ]; then
  for f in countries places organizations titles people; do
    printf '%s.tsv: %s entries\n' "$f" "$(grep -vc '^#' "$dir/$f.tsv")"
  done
  echo "check.sh: OK"
fi
exit $status
