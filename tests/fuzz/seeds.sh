#!/bin/sh
# seeds.sh SRCDIR OUTDIR - seed corpora for the fuzz harnesses, made from
# the project's own fixtures (tests/data, examples) plus a few small
# hand-written edge cases.  One directory per harness under OUTDIR.
set -eu
src=$1 out=$2
mkdir -p "$out"
for h in fuzz-reader-html fuzz-reader-text fuzz-segment fuzz-extract fuzz-store-spec fuzz-feed; do
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
for d in "$out"/*; do
  echo "seeds: $(basename "$d"): $(ls "$d" | wc -l) files"
done
