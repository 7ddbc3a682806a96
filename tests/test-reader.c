/* test-reader.c - dg-reader.c: HTML main text and metadata, plain text,
 * encodings, bad input, hostile HTML, date normalization */
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "dg-document.h"
#include "dg-reader.h"
#include "dg-segment.h"
#include "dg-test.h"

static DgDocument *
read_fixture (const char *name, const DgReaderOptions *options, GError **error)
{
  g_autofree char *rel = g_build_filename ("tests", "data", name, NULL);
  g_autofree char *path = dg_test_srcpath (rel);
  return dg_reader_read_file (path, options, error);
}

static char *
fixture_id (const char *name)
{
  g_autofree char *rel = g_build_filename ("tests", "data", name, NULL);
  g_autofree char *path = dg_test_srcpath (rel);
  g_autofree char *abs = g_canonicalize_filename (path, NULL);
  return g_filename_to_uri (abs, NULL, NULL);
}

static DgDocument *
read_string (const char *data, const char *name, const DgReaderOptions *options,
             GError **error)
{
  return dg_reader_read_data (data, strlen (data), name, options, error);
}

/* The text of block @i, or NULL. */
static char *
block_text (const DgDocument *doc, guint i, DgBlockKind *kind)
{
  if (i >= doc->blocks->len)
    return NULL;
  DgBlock *b = &g_array_index (doc->blocks, DgBlock, i);
  *kind = b->kind;
  return g_strndup (doc->text + b->start, b->end - b->start);
}

static void
assert_block (const DgDocument *doc, guint i, DgBlockKind kind, const char *text)
{
  DgBlockKind k = DG_BLOCK_BODY;
  g_autofree char *t = block_text (doc, i, &k);
  CU_ASSERT_PTR_NOT_NULL_FATAL (t);
  CU_ASSERT_STRING_EQUAL (t, text);
  CU_ASSERT_EQUAL (k, kind);
}

/* ---------------------------------------------------------------------- */

static void
test_html_article (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgDocument) doc = read_fixture ("reader-article.html", NULL, &error);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);

  CU_ASSERT_STRING_EQUAL (doc->title, "Ministers agree on grain corridor talks");
  CU_ASSERT_STRING_EQUAL (doc->date, "2021-06-14");
  CU_ASSERT_STRING_EQUAL (doc->publisher, "The Lakeside Courier");
  CU_ASSERT_STRING_EQUAL (doc->url, "https://courier.example.org/world/grain-corridor-talks");
  CU_ASSERT_STRING_EQUAL (doc->id, "https://courier.example.org/world/grain-corridor-talks");
  CU_ASSERT_TRUE (g_str_has_suffix (doc->path, "reader-article.html"));

  /* the whole main text: the h1 equals og:title, so it is not repeated;
   * entities decoded, inline <b> joined, white space collapsed */
  const char *want =
    "Ministers agree on grain corridor talks\n\n"
    "By Ana Ferreira\n\n"
    "Foreign ministers from Moldova and Romania agreed on Monday to open talks "
    "on a shared grain corridor, officials said.\n\n"
    "Moldovan Foreign Minister Ion Cazacu, left, greets his Romanian counterpart "
    "in Chisinau on Monday.\n\n"
    "The two ministers met for three hours in Chisinau. \xe2\x80\x9cWe have agreed "
    "to begin,\xe2\x80\x9d Cazacu told reporters. \xe2\x80\x9cThe details will "
    "follow.\xe2\x80\x9d\n\n"
    "Next steps\n\n"
    "Negotiators will meet again in Bucharest in July, the Romanian ministry said.";
  CU_ASSERT_STRING_EQUAL (doc->text, want);
  CU_ASSERT_EQUAL (doc->text_len, strlen (want));

  /* chrome is gone */
  static const char *const absent[] = {
    "SCRIPT", "STYLE", "FOOTER", "cookies", "Sport", "Share on social",
    "Farmers protest", "ADVERT", "Filed under", "Copyright",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (absent); i++)
    CU_ASSERT_PTR_NULL (strstr (doc->text, absent[i]));

  /* headline, caption, heading */
  CU_ASSERT_EQUAL_FATAL (doc->blocks->len, 3);
  assert_block (doc, 0, DG_BLOCK_HEADLINE, "Ministers agree on grain corridor talks");
  assert_block (doc, 1, DG_BLOCK_CAPTION,
                "Moldovan Foreign Minister Ion Cazacu, left, greets his Romanian "
                "counterpart in Chisinau on Monday.");
  assert_block (doc, 2, DG_BLOCK_HEADLINE, "Next steps");

  /* the segmenter sees the same kinds */
  g_autoptr (DgSegmentation) seg = dg_segment (doc);
  CU_ASSERT_EQUAL_FATAL (seg->paragraphs->len, 7);
  static const DgBlockKind kinds[] = {
    DG_BLOCK_HEADLINE, DG_BLOCK_BODY, DG_BLOCK_BODY, DG_BLOCK_CAPTION,
    DG_BLOCK_BODY, DG_BLOCK_HEADLINE, DG_BLOCK_BODY,
  };
  for (guint i = 0; i < 7; i++)
    CU_ASSERT_EQUAL (g_array_index (seg->paragraphs, DgParagraph, i).kind, kinds[i]);
  CU_ASSERT_EQUAL (g_array_index (seg->paragraphs, DgParagraph, 4).n_sentences, 3);
}

static void
test_html_jsonld (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgDocument) doc = read_fixture ("reader-jsonld.html", NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (doc->title, "Envoy visits Accra for ceasefire talks");
  CU_ASSERT_STRING_EQUAL (doc->date, "2019-11-05");
  /* publisher by @id reference inside @graph */
  CU_ASSERT_STRING_EQUAL (doc->publisher, "Harbor Wire");
  CU_ASSERT_PTR_NULL (doc->url);
  g_autofree char *id = fixture_id ("reader-jsonld.html");
  CU_ASSERT_STRING_EQUAL (doc->id, id);
  CU_ASSERT_TRUE (g_str_has_prefix (doc->id, "file:///"));
  CU_ASSERT_STRING_EQUAL (doc->text,
    "Envoy visits Accra for ceasefire talks\n\n"
    "A special envoy of the African Union arrived in Accra on Tuesday to press "
    "for a ceasefire between two rival militias.\n\n"
    "Ghana's foreign minister welcomed the envoy at the airport.\n\n"
    "The envoy speaks to reporters in Accra.");
  CU_ASSERT_EQUAL_FATAL (doc->blocks->len, 2);
  assert_block (doc, 0, DG_BLOCK_HEADLINE, "Envoy visits Accra for ceasefire talks");
  assert_block (doc, 1, DG_BLOCK_CAPTION, "The envoy speaks to reporters in Accra.");
}

static void
test_html_time (void)
{
  g_autoptr (DgDocument) doc = read_fixture ("reader-time.html", NULL, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (doc->date, "2018-02-27");
  CU_ASSERT_STRING_EQUAL (doc->title, "Talks on fishing rights resume");
  CU_ASSERT_PTR_NULL (doc->publisher);
  CU_ASSERT_PTR_NULL (strstr (doc->text, "BANNER"));
  CU_ASSERT_PTR_NULL (strstr (doc->text, "COMMENT"));
  CU_ASSERT_STRING_EQUAL (doc->text,
    "Talks on fishing rights resume\n\n"
    "Published Feb. 27, 2018\n\n"
    "Norway and Iceland resumed talks on fishing rights in Reykjavik, the two "
    "governments said in a joint statement.\n\n"
    "The talks had stalled in December.");
}

static void
test_date_fallback (void)
{
  DgReaderOptions opts = { .date = "2009-03-31" };
  /* no date in the page: the option is used */
  g_autoptr (DgDocument) nodate = read_fixture ("reader-nodate.html", &opts, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (nodate);
  CU_ASSERT_STRING_EQUAL (nodate->date, "2009-03-31");
  /* without the option there is none */
  g_autoptr (DgDocument) nodate2 = read_fixture ("reader-nodate.html", NULL, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (nodate2);
  CU_ASSERT_PTR_NULL (nodate2->date);
  /* the article's own date wins over the option */
  g_autoptr (DgDocument) dated = read_fixture ("reader-article.html", &opts, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dated);
  CU_ASSERT_STRING_EQUAL (dated->date, "2021-06-14");
  g_autoptr (DgDocument) dated2 = read_fixture ("reader-time.html", &opts, NULL);
  CU_ASSERT_STRING_EQUAL (dated2->date, "2018-02-27");
  /* plain text has no date of its own */
  g_autoptr (DgDocument) text = read_string ("Envoys met.", "a.txt", &opts, NULL);
  CU_ASSERT_STRING_EQUAL (text->date, "2009-03-31");
}

static void
test_ids (void)
{
  /* --id overrides everything */
  DgReaderOptions opts = { .id = "urn:example:42" };
  g_autoptr (DgDocument) a = read_fixture ("reader-article.html", &opts, NULL);
  CU_ASSERT_STRING_EQUAL (a->id, "urn:example:42");
  CU_ASSERT_STRING_EQUAL (a->url, "https://courier.example.org/world/grain-corridor-talks");

  /* stdin and nameless data: a hash of the bytes */
  const char *data = "The envoys met in Oslo.";
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, data, -1);
  g_autofree char *want = g_strconcat ("sha1:", sum, NULL);
  g_autoptr (DgDocument) s = read_string (data, "-", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (s->id, want);
  CU_ASSERT_STRING_EQUAL (s->path, "-");
  g_autoptr (DgDocument) n = read_string (data, NULL, NULL, NULL);
  CU_ASSERT_STRING_EQUAL (n->id, want);
  CU_ASSERT_PTR_NULL (n->path);

  /* a name: the file URI of its absolute path */
  g_autoptr (DgDocument) f = read_string (data, "/tmp/news/oslo.txt", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (f->id, "file:///tmp/news/oslo.txt");
}

/* Reads @data through a pipe on standard input. */
static DgDocument *
read_stdin (const char *data, const DgReaderOptions *options, GError **error)
{
  int fds[2];
  if (pipe (fds) != 0)
    return NULL;
  gsize len = strlen (data);
  if (write (fds[1], data, len) != (gssize) len)
    return NULL;
  close (fds[1]);
  int saved = dup (0);
  dup2 (fds[0], 0);
  close (fds[0]);
  DgDocument *doc = dg_reader_read_file ("-", options, error);
  dup2 (saved, 0);
  close (saved);
  return doc;
}

static void
test_stdin (void)
{
  const char *data = "<p>The envoys met in Oslo.</p>";
  g_autoptr (GError) error = NULL;
  g_autoptr (DgDocument) doc = read_stdin (data, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (doc->text, "The envoys met in Oslo.");
  CU_ASSERT_STRING_EQUAL (doc->path, "-");
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, data, -1);
  g_autofree char *want = g_strconcat ("sha1:", sum, NULL);
  CU_ASSERT_STRING_EQUAL (doc->id, want);

  DgReaderOptions small = { .max_bytes = 8 };
  DgDocument *big = read_stdin (data, &small, &error);
  CU_ASSERT_PTR_NULL (big);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE));
  CU_ASSERT_TRUE (g_str_has_prefix (error->message, "stdin: more than 8 bytes"));
}

static void
test_html_truncated (void)
{
  const char *cut = "<html><head><title>Cut short</title></head><body><article>"
                    "<p>The envoys met in Oslo on Friday.</p><p>Talks will go on in the spri";
  g_autoptr (DgDocument) doc = read_string (cut, "cut.html", NULL, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (doc->text, "Cut short\n\nThe envoys met in Oslo on Friday."
                                     "\n\nTalks will go on in the spri");

  /* the article fixture cut in the middle of a tag */
  g_autofree char *path = dg_test_srcpath ("tests/data/reader-article.html");
  g_autofree char *html = NULL;
  CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &html, NULL, NULL));
  char *at = strstr (html, "<h2>Next");
  CU_ASSERT_PTR_NOT_NULL_FATAL (at);
  at[2] = '\0';  /* "...<h" */
  g_autoptr (GError) error = NULL;
  g_autoptr (DgDocument) doc2 = read_string (html, "cut.html", NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc2);
  CU_ASSERT_TRUE (g_str_has_suffix (doc2->text, "\xe2\x80\x9cThe details will follow.\xe2\x80\x9d"));
  CU_ASSERT_TRUE (g_str_has_prefix (doc2->text, "Ministers agree on grain corridor talks\n\n"));
  CU_ASSERT_STRING_EQUAL (doc2->date, "2021-06-14");
}

static void
test_html_charset (void)
{
  /* <meta charset="iso-8859-1"> with Latin-1 bytes: UTF-8 out */
  g_autoptr (DgDocument) doc = read_fixture ("reader-latin1.html", NULL, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (doc->title, "Caf\xc3\xa9 diplomacy");
  CU_ASSERT_STRING_EQUAL (doc->text, "Caf\xc3\xa9 diplomacy\n\n"
                                     "The envoys met at a caf\xc3\xa9 in Montr\xc3\xa9" "al.");
  /* UTF-8 without a declaration stays UTF-8 */
  g_autoptr (DgDocument) u8 = read_string ("<p>Erdo\xc4\x9f" "an met the envoy.</p>",
                                           "u.html", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (u8->text, "Erdo\xc4\x9f" "an met the envoy.");
  /* declared UTF-8 with a bad byte: replaced, the rest stays UTF-8 */
  g_autoptr (DgDocument) bad = read_string (
      "<html><head><meta charset=\"utf-8\"></head><body><p>The envoy\xff met "
      "Erdo\xc4\x9f" "an.</p></body></html>", "b.html", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (bad->text, "The envoy\xef\xbf\xbd met Erdo\xc4\x9f" "an.");
  /* undeclared and not UTF-8: windows-1252 */
  g_autoptr (DgDocument) w = read_string ("<p>The envoy met \x93" "Ali\x94.</p>",
                                          "w.html", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (w->text, "The envoy met \xe2\x80\x9c" "Ali\xe2\x80\x9d.");
  /* declared windows-1252 with a byte it leaves undefined: the text goes on */
  g_autoptr (DgDocument) w2 = read_string (
      "<html><head><meta charset=\"windows-1252\"></head><body><p>A \x9d b "
      "\x93" "c\x94 caf\xe9.</p><p>Next.</p></body></html>", "w2.html", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (w2->text, "A \xef\xbf\xbd b \xe2\x80\x9c" "c\xe2\x80\x9d "
                                    "caf\xc3\xa9.\n\nNext.");
  /* http-equiv declaration */
  g_autoptr (DgDocument) cyr = read_string (
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=windows-1251\"></head><body><p>\xcf\xf3\xf2\xe8\xed met the envoy."
      "</p></body></html>", "c.html", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (cyr->text, "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd met the envoy.");
}

static void
test_html_sniffing (void)
{
  g_autoptr (DgDocument) h = read_string ("  <p>Talks <b>resumed</b>.</p>", "noext", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (h->text, "Talks resumed.");
  g_autoptr (DgDocument) t = read_string ("Talks <b>resumed</b>.", "noext", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (t->text, "Talks <b>resumed</b>.");
  DgReaderOptions as_text = { .format = DG_FORMAT_TEXT };
  g_autoptr (DgDocument) f = read_string ("<p>Talks resumed.</p>", "x.html", &as_text, NULL);
  CU_ASSERT_STRING_EQUAL (f->text, "<p>Talks resumed.</p>");
  DgReaderOptions as_html = { .format = DG_FORMAT_HTML };
  g_autoptr (DgDocument) g = read_string ("Talks &amp; <i>more</i> talks.", "x.txt", &as_html, NULL);
  CU_ASSERT_STRING_EQUAL (g->text, "Talks & more talks.");
}

static void
test_html_hostile (void)
{
  /* billion laughs: the internal subset is neither expanded nor shown */
  g_autoptr (GError) error = NULL;
  g_autoptr (DgDocument) lol = read_fixture ("reader-billion.html", NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lol);
  CU_ASSERT_STRING_EQUAL (lol->text, "The delegates met. &lol9;");
  CU_ASSERT_TRUE (lol->text_len < 100);

  /* external entities and system ids are not loaded */
  g_autoptr (DgDocument) xxe = read_fixture ("reader-xxe.html", NULL, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (xxe);
  CU_ASSERT_PTR_NULL (strstr (xxe->text, "root:"));
  CU_ASSERT_STRING_EQUAL (xxe->text, "The ambassador presented her credentials. &xxe;");

  /* 100,000 nested elements: libxml2 stops at its depth limit, the text
   * before them survives, nothing recurses */
  GString *deep = g_string_new ("<html><body><p>Before the nesting.</p>");
  for (int i = 0; i < 100000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "<p>Deep inside.</p>");
  for (int i = 0; i < 100000; i++)
    g_string_append (deep, "</div>");
  g_string_append (deep, "</body></html>");
  g_autoptr (DgDocument) d = dg_reader_read_data (deep->str, deep->len, "deep.html",
                                                  NULL, NULL);
  g_string_free (deep, TRUE);
  CU_ASSERT_PTR_NOT_NULL_FATAL (d);
  CU_ASSERT_TRUE (g_str_has_prefix (d->text, "Before the nesting."));

  /* only scripts: no text */
  g_clear_error (&error);
  g_autoptr (DgDocument) s = read_string ("<html><script>var a = 1;</script></html>",
                                          "s.html", NULL, &error);
  CU_ASSERT_PTR_NULL (s);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_EMPTY));
}

/* ---------------------------------------------------------------------- */

static void
test_text_plain (void)
{
  g_autoptr (DgDocument) doc = read_string (
      "\n\nEnvoys meet in Oslo\nThe envoys met. They talked.\n\n\n\n\nA last line.  \n\n",
      "plain.txt", NULL, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (doc->text,
      "Envoys meet in Oslo\nThe envoys met. They talked.\n\nA last line.");
  CU_ASSERT_PTR_NULL (doc->title);
  CU_ASSERT_PTR_NULL (doc->date);
  /* every line is a block */
  CU_ASSERT_EQUAL_FATAL (doc->blocks->len, 3);
  assert_block (doc, 0, DG_BLOCK_BODY, "Envoys meet in Oslo");
  assert_block (doc, 1, DG_BLOCK_BODY, "The envoys met. They talked.");
  assert_block (doc, 2, DG_BLOCK_BODY, "A last line.");

  /* a one-line document is a headline */
  g_autoptr (DgDocument) one = read_string ("Clinton meets Lavrov in Geneva\n", "h.txt",
                                            NULL, NULL);
  CU_ASSERT_STRING_EQUAL (one->text, "Clinton meets Lavrov in Geneva");
  CU_ASSERT_STRING_EQUAL (one->title, "Clinton meets Lavrov in Geneva");
  CU_ASSERT_EQUAL (dg_document_block_kind_at (one, 0), DG_BLOCK_HEADLINE);
}

static void
test_text_crlf_bom (void)
{
  g_autoptr (DgDocument) crlf = read_string ("A met B.\r\nC met D.\r\n\r\n\r\n\r\nE.\rF.",
                                             "crlf.txt", NULL, NULL);
  CU_ASSERT_STRING_EQUAL (crlf->text, "A met B.\nC met D.\n\nE.\nF.");
  CU_ASSERT_EQUAL (crlf->text_len, 24);

  g_autoptr (DgDocument) bom = read_string ("\xef\xbb\xbfThe envoys met.", "bom.txt",
                                            NULL, NULL);
  CU_ASSERT_STRING_EQUAL (bom->text, "The envoys met.");

  /* UTF-16LE with a BOM */
  const char *utf8 = "Erdo\xc4\x9f" "an met Lavrov.\r\nThen he left.";
  gsize n16 = 0;
  g_autofree char *u16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &n16, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (u16);
  g_autofree char *bytes = g_malloc (n16 + 2);
  bytes[0] = (char) 0xFF;
  bytes[1] = (char) 0xFE;
  memcpy (bytes + 2, u16, n16);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgDocument) doc = dg_reader_read_data (bytes, n16 + 2, "u16.txt", NULL, &error);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  CU_ASSERT_STRING_EQUAL (doc->text, "Erdo\xc4\x9f" "an met Lavrov.\nThen he left.");
}

static void
test_bad_input (void)
{
  g_autoptr (GError) error = NULL;

  /* invalid UTF-8, with the byte offset in the message (BOM counted) */
  DgDocument *doc = read_string ("The envoy\xff met.", "x.txt", NULL, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_ENCODING));
  CU_ASSERT_TRUE (g_str_has_prefix (error->message, "x.txt: not UTF-8 at byte 9 ("));
  g_clear_error (&error);
  doc = read_string ("\xef\xbb\xbf" "Ab\xc3(", "y.txt", NULL, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_str_has_prefix (error->message, "y.txt: not UTF-8 at byte 5 ("));
  g_clear_error (&error);

  /* binary: a PNG signature, NUL bytes */
  doc = dg_reader_read_data ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "photo.txt", NULL, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_BINARY));
  CU_ASSERT_STRING_EQUAL (error->message, "photo.txt: binary data (PNG image)");
  g_clear_error (&error);
  doc = dg_reader_read_data ("The envoy\0met.", 14, "article.bin", NULL, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_BINARY));
  CU_ASSERT_STRING_EQUAL (error->message, "article.bin: binary data (NUL byte at 9)");
  g_clear_error (&error);
  doc = dg_reader_read_data ("%PDF-1.4\n", 9, "a.pdf", NULL, &error);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_BINARY));
  g_clear_error (&error);

  /* empty and white space only */
  doc = dg_reader_read_data ("", 0, "empty.txt", NULL, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_EMPTY));
  g_clear_error (&error);
  doc = read_string (" \n\t\r\n ", "blank.txt", NULL, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_EMPTY));
  g_clear_error (&error);

  /* size limit: data and file (checked before reading) */
  DgReaderOptions small = { .max_bytes = 10 };
  doc = read_string ("The envoys met in Oslo.", "big.txt", &small, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE));
  CU_ASSERT_STRING_EQUAL (error->message,
                          "big.txt: 23 bytes, over the 10-byte limit (use --max-bytes)");
  g_clear_error (&error);
  g_autofree char *path = dg_test_srcpath ("tests/data/reader-nodate.html");
  GStatBuf st;
  CU_ASSERT_EQUAL_FATAL (g_stat (path, &st), 0);
  doc = dg_reader_read_file (path, &small, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE));
  g_autofree char *size = g_strdup_printf (": %ld bytes, over the 10-byte limit", (long) st.st_size);
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, size));
  g_clear_error (&error);

  /* missing file */
  doc = dg_reader_read_file ("/nonexistent/dipgraph/none.txt", NULL, &error);
  CU_ASSERT_PTR_NULL (doc);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_IO));
  CU_ASSERT_TRUE (g_str_has_prefix (error->message, "/nonexistent/dipgraph/none.txt: "));
}

static void
test_normalize_date (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "2009-03-31", "2009-03-31" },
    { "2009-03-31T12:00:00Z", "2009-03-31" },
    { "2009-03-31T23:30:00+02:00", "2009-03-31" },
    { "2009-3-5", "2009-03-05" },
    { "2009/03/31", "2009-03-31" },
    { "  2009-03-31 10:00 ", "2009-03-31" },
    { "March 31, 2009", "2009-03-31" },
    { "31 March 2009", "2009-03-31" },
    { "Mar. 31, 2009", "2009-03-31" },
    { "Sept. 5, 2009", "2009-09-05" },
    { "Tuesday, March 31, 2009", "2009-03-31" },
    { "March 31st, 2009", "2009-03-31" },
    { "Tue, 31 Mar 2009 10:00:00 GMT", "2009-03-31" },
    { "Tue, 31 Mar 2009 10:00:00 +0000", "2009-03-31" },
    { "2009-02-29", NULL },
    { "2009-13-01", NULL },
    { "February 30, 2009", NULL },
    { "March 2009", NULL },
    { "yesterday", NULL },
    { "Tuesday", NULL },
    { "", NULL },
    { "2009-03-31x", NULL },
    { "31/03/2009", NULL },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = dg_reader_normalize_date (cases[i].in);
      if (cases[i].out == NULL)
        {
          CU_ASSERT_PTR_NULL (got);
        }
      else
        {
          CU_ASSERT_PTR_NOT_NULL (got);
          if (got)
            CU_ASSERT_STRING_EQUAL (got, cases[i].out);
        }
    }
  CU_ASSERT_PTR_NULL (dg_reader_normalize_date (NULL));
}

int
main (void)
{
  CU_initialize_registry ();
  DG_TEST_SUITE ("reader",
                 DG_TEST (test_html_article),
                 DG_TEST (test_html_jsonld),
                 DG_TEST (test_html_time),
                 DG_TEST (test_date_fallback),
                 DG_TEST (test_ids),
                 DG_TEST (test_stdin),
                 DG_TEST (test_html_truncated),
                 DG_TEST (test_html_charset),
                 DG_TEST (test_html_sniffing),
                 DG_TEST (test_html_hostile),
                 DG_TEST (test_text_plain),
                 DG_TEST (test_text_crlf_bom),
                 DG_TEST (test_bad_input),
                 DG_TEST (test_normalize_date));
  return dg_test_run ();
}
