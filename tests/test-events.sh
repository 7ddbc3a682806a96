#!/bin/sh
# test-events.sh - the event regression corpus (tests/data/events.tsv): 150
# wire-style sentences annotated by hand, before dipgraph ran on them, with
# the CAMEO code and the source and target actors a CAMEO coder would give.
#
# Each sentence is extracted as a one-sentence document.  An actor matches
# an expected code when the code is its ISO country code, its organization
# id (organizations.tsv, e.g. HAMAS), or the code or id of its
# dip:affiliation.  Agents and targets must match exactly (every expected
# actor is there and nothing else is); a line with no expected target
# ("-") compares all actors of the event (agents, targets, participants)
# with the expected agents, so "X and Y met" is right however the meeting
# is oriented.  A code of three digits ending in 0 ("040") is its root.
# Expected code "-": the sentence gives no event (statements, 01, aside).
#
# Status column: "ok" - right today, every part must stay right.
# "known PARTS: reason" - wrong today; PARTS (root, code, agents, targets,
# joined by "+", or "none") are the parts that are right today and must
# stay right (each by some event of the root; "ok" needs one event right
# in all of them).  The test prints every known line and "KNOWN: n lines", and
# fails when a part that was right breaks or when the number of known
# lines rises above KNOWN_MAX.  A known line that is now fully right is
# printed as FIXED (mark it ok and lower KNOWN_MAX).
# EVENTS_VERBOSE=1 prints what dipgraph gave for each line.
. "$top_srcdir/tests/lib.sh"

KNOWN_MAX=${KNOWN_MAX:-43}
DATA="$top_srcdir/tests/data/events.tsv"
mkdir "$TMP/s"

# one file per sentence, named by its line number in DATA
awk -F'\t' -v dir="$TMP/s" '
  /^#/ || NF == 0 { next }
  NF != 5 { printf "%s:%d: %d columns, expected 5\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; next }
  { f = sprintf ("%s/%04d.txt", dir, FNR); print $1 > f; close (f) }
  END { exit bad }' "$DATA" || fail "malformed lines in events.tsv"

if ! "$DIPGRAPH" extract -q -n --date 2020-01-01 "$TMP"/s/*.txt > "$TMP/out.nq" 2> "$TMP/err"; then
  fail "dipgraph extract failed: $(head -c 300 "$TMP/err")"
  finish
fi

# The N-Quads become one line per event and document (the same event in two
# sentences is one node, written in each document's graph):
# LINE<TAB>CODE<TAB>agents<TAB>targets<TAB>others,
# each actor written as its codes joined by "/" and actors by ",".
awk '
  function iri(t) { return substr (t, 2, length (t) - 2) }
  function lit(s,   v) { v = s; sub (/^"/, "", v); sub (/"(\^\^.*|@.*)?$/, "", v); return v }
  {
    s = iri($1); p = iri($2); g = iri($(NF - 1))
    o = $0; sub (/^<[^>]*> <[^>]*> /, "", o); sub (/ <[^>]*> \.$/, "", o)
    if (p == "http://schema.org/url" && o ~ /^<file:/) {
      n = iri(o); sub (/.*\//, "", n); sub (/\.txt$/, "", n); line[g] = n + 0
    } else if (p ~ /#cameoCode$/) { k = s SUBSEP g; code[k] = lit(o); graph[k] = g; ev[k] = 1 }
    else if (p ~ /#agent$/) ag[s, g] = ag[s, g] " " iri(o)
    else if (p ~ /#target$/) tg[s, g] = tg[s, g] " " iri(o)
    else if (p ~ /#participant$/) pa[s, g] = pa[s, g] " " iri(o)
    else if (p ~ /#countryCode$/) cc[s] = lit(o)
    else if (p ~ /#affiliation$/ && index (aff[s] " ", " " iri(o) " ") == 0) aff[s] = aff[s] " " iri(o)
  }
  function own(a,   id) {
    if (a in cc) return cc[a]
    if (a ~ /\/org\/[^\/]*$/) { id = a; sub (/.*\/org\//, "", id); gsub (/-/, "_", id); return toupper (id) }
    return ""
  }
  function codes(a,   out, n, i, x, c) {
    out = own(a); n = split (aff[a], x, " ")
    for (i = 1; i <= n; i++) { c = own(x[i]); if (c != "") out = out (out == "" ? "" : "/") c }
    return out == "" ? "?" : out
  }
  function list(str,   n, i, x, out, seen) {
    n = split (str, x, " "); out = ""
    for (i = 1; i <= n; i++) if (!(x[i] in seen)) { seen[x[i]] = 1; out = out (out == "" ? "" : ",") codes(x[i]) }
    return out == "" ? "-" : out
  }
  END {
    for (e in ev) {
      others = ""
      n = split (pa[e], x, " ")
      for (i = 1; i <= n; i++) if (index (ag[e] " " tg[e] " ", " " x[i] " ") == 0) others = others " " x[i]
      printf "%d\t%s\t%s\t%s\t%s\n", line[graph[e]], code[e], list(ag[e]), list(tg[e]), list(others)
    }
  }' "$TMP/out.nq" | sort > "$TMP/events"

# Score each line of DATA against the events of its sentence.
awk -F'\t' -v verbose="${EVENTS_VERBOSE:-0}" -v known_max="$KNOWN_MAX" '
  FNR == NR { n = ++cnt[$1]; E[$1, n] = $0; next }
  /^#/ || NF == 0 { next }
  # set equality: every expected code is one of some actor codes, every actor has an expected code
  function match_set(want, got,   nw, w, ng, gg, i, j, k, ok, cs, nc, hit) {
    if (want == "-" || got == "-") return want == got
    nw = split (want, w, ","); ng = split (got, gg, ",")
    for (i = 1; i <= nw; i++) {
      hit = 0
      for (j = 1; j <= ng && !hit; j++) { nc = split (gg[j], cs, "/"); for (k = 1; k <= nc; k++) if (cs[k] == w[i]) hit = 1 }
      if (!hit) return 0
    }
    for (j = 1; j <= ng; j++) {
      hit = 0; nc = split (gg[j], cs, "/")
      for (k = 1; k <= nc && !hit; k++) for (i = 1; i <= nw; i++) if (cs[k] == w[i]) hit = 1
      if (!hit) return 0
    }
    return 1
  }
  function join3(a, b, c,   s) {
    s = ""
    if (a != "-") s = a
    if (b != "-") s = s (s == "" ? "" : ",") b
    if (c != "-") s = s (s == "" ? "" : ",") c
    return s == "" ? "-" : s
  }
  {
    lines++
    want = $2; if (want ~ /^[0-9][0-9]0$/) want = substr (want, 1, 2)
    root = substr (want, 1, 2)
    r_root = r_code = r_ag = r_tg = full = 0; got = ""; spurious = 0
    for (i = 1; i <= cnt[FNR]; i++) {
      split (E[FNR, i], f, "\t")
      got = got sprintf (" [%s %s -> %s%s]", f[2], f[3], f[4], f[5] == "-" ? "" : " +" f[5])
      if (f[2] !~ /^01/) spurious++
      if (want == "-" || substr (f[2], 1, 2) != root) continue
      r_root = 1
      e_code = index (f[2], want) == 1
      if ($4 == "-") {
        e_ag = match_set($3, join3(f[3], f[4], f[5]))
        e_tg = f[4] == "-" || match_set($3, f[4])
      } else {
        e_ag = match_set($3, f[3])
        e_tg = match_set($4, f[4])
      }
      r_code += e_code; r_ag += e_ag; r_tg += e_tg
      if (e_code && e_ag && e_tg) full = 1
    }
    if (want == "-") { r_root = r_code = r_ag = r_tg = full = (spurious == 0) }
    r_code = r_code > 0; r_ag = r_ag > 0; r_tg = r_tg > 0
    s_root += r_root; s_code += r_code; s_ag += r_ag; s_tg += r_tg; s_full += full
    right = ""
    if (r_root) right = right "+root"
    if (r_code) right = right "+code"
    if (r_ag) right = right "+agents"
    if (r_tg) right = right "+targets"
    right = right == "" ? "none" : substr (right, 2)
    if (verbose) printf "%d\t%s%s\t%s\t%s -> %s\tgot:%s\n", FNR, right, full ? " (one event)" : "", $2, $3, $4, got == "" ? " nothing" : got
    status = $5
    if (status == "ok") {
      if (!full) { printf "FAIL: line %d broke (right now: %s): %s\n  expected %s %s -> %s, got:%s\n", FNR, right, $1, $2, $3, $4, got == "" ? " nothing" : got; failed = 1 }
      next
    }
    if (status !~ /^known [a-z+]+:/) { printf "FAIL: line %d: bad status \"%s\"\n", FNR, status; failed = 1; next }
    known++
    parts = status; sub (/^known /, "", parts); sub (/:.*/, "", parts)
    np = split (parts, pp, "+")
    for (i = 1; i <= np; i++) {
      if (pp[i] == "none") continue
      if ((pp[i] == "root" && !r_root) || (pp[i] == "code" && !r_code) || (pp[i] == "agents" && !r_ag) || (pp[i] == "targets" && !r_tg)) {
        printf "FAIL: line %d: %s was right and broke: %s\n  got:%s\n", FNR, pp[i], $1, got == "" ? " nothing" : got; failed = 1
      } else if (pp[i] != "root" && pp[i] != "code" && pp[i] != "agents" && pp[i] != "targets") {
        printf "FAIL: line %d: unknown part \"%s\"\n", FNR, pp[i]; failed = 1
      }
    }
    if (full) printf "FIXED: line %d is right now, mark it ok: %s\n", FNR, $1
    else printf "known: line %d (%s): %s\n", FNR, substr (status, 7), $1
  }
  END {
    printf "events.tsv: %d lines; root right %d, code right %d, agents right %d, targets right %d, one event all right %d\n", lines, s_root, s_code, s_ag, s_tg, s_full
    printf "KNOWN: %d lines\n", known
    if (known > known_max) { printf "FAIL: %d known failures, more than KNOWN_MAX=%d\n", known, known_max; failed = 1 }
    exit failed
  }' "$TMP/events" "$DATA" || FAILED=1
finish
