#!/bin/sh
# seeds.sh SRCDIR OUTDIR - seed corpora for the fuzz harnesses, made from
# the project's own fixtures (tests/data, examples) plus a few small
# hand-written edge cases.  One directory per harness under OUTDIR.
set -eu
src=$1 out=$2
mkdir -p "$out"
for h in fuzz-reader-html fuzz-reader-text fuzz-segment fuzz-extract fuzz-store-spec fuzz-feed fuzz-serve; do
  mkdir -p "$out/$h"
done
seed() { # seed HARNESS < data  (named by content, as libFuzzer does)
  cat > "$out/$1/.tmp"
  mv "$out/$1/.tmp" "$out/$1/$(sha1sum < "$out/$1/.tmp" | cut -c1-40)"
}
for f in "$src"/tests/data/*.html "$src"/examples/*.html; do
  [ -f "$f" ] || continue
  # the fuzzers take at most 64 KiB; keep seeds small
  head -c 60000 "$f" | seed fuzz-reader-html
  head -c 60000 "$f" | seed fuzz-extract
done
for f in "$src"/examples/*.txt "$src"/tests/data/negative.txt; do
  [ -f "$f" ] || continue
  # paragraphs of the text fixtures, a few at a time
  awk -v RS= -v dir="$out" -v base="$(basename "$f")" '
    { i++; file = sprintf("%s/fuzz-segment/%s-%d", dir, base, i); print > file; close(file) }' "$f"
  { printf '\001'; head -c 4000 "$f"; } | seed fuzz-reader-text
  { printf '\000'; head -c 4000 "$f"; } | seed fuzz-reader-text
  head -c 8000 "$f" | seed fuzz-extract
done
for f in "$src"/tests/data/feed-*.xml; do
  [ -f "$f" ] || continue
  seed fuzz-feed < "$f"
  seed fuzz-extract < "$f"
done
# hand-written edge cases
printf '' | seed fuzz-reader-html
printf '<html><body><article><p>a<p>b<div><div><div>c' | seed fuzz-reader-html
printf '<!-- unclosed <p>text' | seed fuzz-reader-html
printf '<meta charset="windows-1252"><p>caf\351 \223quote\224</p>' | seed fuzz-reader-html
printf '\377\376<\000p\000>\000h\000i\000' | seed fuzz-reader-html
printf '\001Mr. Smith met Dr. Jones in St. Louis on Jan. 5. "Yes," he said.' | seed fuzz-reader-text
printf '\000\357\273\277U.S. and U.K. officials... met -- again.' | seed fuzz-reader-text
printf '"""\342\200\234\342\200\235'"'"'''\n\n\n...' | seed fuzz-segment
printf 'A. B. C. D. e.g. i.e. Gen. Lt. Col. 1.5 2,000 3rd' | seed fuzz-segment
printf 'Wladimir Putin traf Xi Jinping. \320\237\321\203\321\202\320\270\320\275 \344\271\240\350\277\221\345\271\263 \330\250\331\210\330\252\331\212\331\206' | seed fuzz-segment
for s in dipgraph.store lmdb:x sqlite:x.db bdb:d memory: memory:x Memory: x:y '' : lmdb: \
         'sqlite:' 'a+b.c-d:e' '1abc:x' 'LMDB:X' 'bdb:' ' ' '.'; do
  printf '%s' "$s" | seed fuzz-store-spec
done
printf '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Iran and Russia meet</title><link>https://example.org/a</link><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;The foreign ministers met in Moscow.&lt;/p&gt;</description></item></channel></rss>' | seed fuzz-feed
printf '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link href="https://example.org/b"/><id>urn:b</id><updated>2024-05-14T00:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Text.</p></div></content></entry></feed>' | seed fuzz-feed
printf '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><item rdf:about="https://example.org/c"><title>C</title><dc:date>2024-05-14</dc:date><description>D</description></item></rdf:RDF>' | seed fuzz-feed
printf '<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>' | seed fuzz-feed
# fuzz-serve: raw HTTP requests, valid and broken (CRLF line ends)
req() { printf '%b' "$1" | seed fuzz-serve; }
Q='SELECT%20%3Fe%20%3Fl%20WHERE%20%7B%20%3Fe%20a%20dip%3AEvent%20%3B%20rdfs%3Alabel%20%3Fl%20%7D%20LIMIT%205'
req "GET /sparql?query=$Q HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n"
req "GET /sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D&format=json HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /sparql HTTP/1.1\r\nHost: x\r\nAccept: text/turtle\r\n\r\n"
req "HEAD /sparql?query=$Q HTTP/1.0\r\n\r\n"
req "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 48\r\n\r\nquery=CONSTRUCT%7B%3Fs%3Fp%3Fo%7DWHERE%7B%3Fs%3Fp%3Fo%7D"
req "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nAccept: application/ld+json\r\nContent-Length: 43\r\n\r\nDESCRIBE ?s WHERE { ?s a dip:Event } LIMIT 1"
req "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-update\r\nContent-Length: 28\r\n\r\nINSERT DATA { <a> <b> <c> }"
req "POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/sparql-query\r\n\r\n5\r\nASK {\r\n3\r\n } \r\n0\r\n\r\n"
req "POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\nx\r\n"
req "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"
req "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\nquery="
req "POST /sparql HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 12\r\n\r\nquery=%ff%fe"
req "GET /sparql?query=%zz%00%C0%AF&default-graph-uri=%E2%82 HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /sparql?query=SELECT%20*%20WHERE%20%7B%3Cb%3Ex%3C%2Fb%3E%7D HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /<script>alert(1)</script> HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /app.js HTTP/1.1\r\nHost: x\r\n\r\nGET /style.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
req "GET /export/turtle HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /export/graphml HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /export/png HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /api/network?kind=actors HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /api/network?query=SELECT%20%3Fevent%20WHERE%20%7B%3Fevent%20a%20dip%3AMeeting%7D HTTP/1.1\r\nHost: x\r\n\r\n"
req "OPTIONS /sparql HTTP/1.1\r\nHost: x\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\n\r\n"
req "DELETE /sparql HTTP/1.1\r\nHost: x\r\n\r\n"
req "GET /sparql HTTP/1.1\r\nHost: x\r\nAccept: */*;q=0.5, application/sparql-results+xml;q=1, text/csv;q=abc\r\n\r\n"
req "GET /sparql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \r\n\r\n"
req "GET /sparql HTTP/9.9\r\n\r\n"
req "GET\r\n\r\n"
req "\r\n\r\n\r\n"
req "GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\n\r\n"
req "GET / HTTP/1.1\nHost: x\n\n"
{ printf 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: '; head -c 40000 /dev/zero | tr '\0' a; printf '\r\n\r\n'; } | seed fuzz-serve
{ printf 'GET /sparql?query='; head -c 30000 /dev/zero | tr '\0' '%'; printf ' HTTP/1.1\r\nHost: x\r\n\r\n'; } | seed fuzz-serve
for d in "$out"/*; do
  echo "seeds: $(basename "$d"): $(ls "$d" | wc -l) files"
done
