/* test-limits.c - the hostile-input limits (issue 8): sentence cap, title
 * cap, per-document deadline, and the feed reader (items, dates, entity
 * handling, item cap). */
#include <string.h>
#include "dg-test.h"
#include "dg-reader.h"
#include "dg-feed.h"
#include "dg-extract.h"

static DgLexicon *lex;

static DgDocument *
text_doc (const char *text)
{
  DgReaderOptions opt = { .format = DG_FORMAT_TEXT, .date = "2024-05-14" };
  g_autoptr (GError) error = NULL;
  DgDocument *doc = dg_reader_read_data (text, strlen (text), "t.txt", &opt, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  return doc;
}

static void
test_sentence_cap (void)
{
  g_autoptr (GString) s = g_string_new ("Headline\n\n");
  for (int i = 0; i < 5000; i++)
    g_string_append (s, "Iran met Russia in Moscow and ");
  g_string_append (s, "ends.\n");
  DgExtractLimits limits = { .max_sentence_tokens = 100 };
  g_autoptr (GError) error = NULL;
  g_autoptr (DgFacts) facts = dg_extract_full (lex, text_doc (s->str), &limits, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (facts);
  CU_ASSERT_EQUAL (facts->seg->sentences->len, 2);
  const DgSentence *long_one = &g_array_index (facts->seg->sentences, DgSentence, 1);
  /* 100 tokens: 16 whole repetitions of 6 words, then "Iran met Russia in" */
  const char *start = facts->doc->text + long_one->start;
  CU_ASSERT_EQUAL (long_one->end - long_one->start, 16 * 30 + strlen ("Iran met Russia in"));
  CU_ASSERT_NSTRING_EQUAL (start, "Iran met Russia in Moscow and Iran", 34);
}

static void
test_title_cap (void)
{
  g_autoptr (GString) s = g_string_new (NULL);
  for (int i = 0; i < 600; i++)
    g_string_append (s, "\xc3\xa9t\xc3\xa9 ");   /* 6 bytes, 2 two-byte characters */
  g_string_append (s, "Iran met Russia.\n");   /* one line: the title */
  g_autoptr (DgFacts) facts = dg_extract_full (lex, text_doc (s->str), NULL, NULL, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (facts);
  const char *title = facts->doc->title;
  CU_ASSERT_PTR_NOT_NULL_FATAL (title);
  CU_ASSERT_TRUE (strlen (title) <= DG_EXTRACT_MAX_TITLE_BYTES + 3);
  CU_ASSERT_TRUE (strlen (title) >= DG_EXTRACT_MAX_TITLE_BYTES - 3);
  CU_ASSERT_TRUE (g_str_has_suffix (title, "\xe2\x80\xa6"));
  CU_ASSERT_TRUE (g_utf8_validate (title, -1, NULL));
}

static void
test_deadline (void)
{
  DgExtractLimits limits = { .deadline = g_get_monotonic_time () - 1 };
  g_autoptr (GError) error = NULL;
  DgFacts *facts = dg_extract_full (lex, text_doc ("Iran met Russia in Moscow.\n"), &limits, NULL, &error);
  CU_ASSERT_PTR_NULL (facts);
  CU_ASSERT_TRUE (g_error_matches (error, DG_EXTRACT_ERROR, DG_EXTRACT_ERROR_TIMEOUT));
  CU_ASSERT_STRING_EQUAL (error->message, "time budget exceeded (during tokenizing; use --doc-timeout)");
  /* a deadline far away changes nothing */
  limits.deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  g_clear_error (&error);
  g_autoptr (DgFacts) ok = dg_extract_full (lex, text_doc ("Iran met Russia in Moscow.\n"), &limits, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL (ok);
  CU_ASSERT_PTR_NULL (error);
}

static void
test_feed_rss (void)
{
  g_autofree char *path = dg_test_srcpath ("tests/data/feed-rss.xml");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = dg_feed_read_file (path, NULL, 0, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (docs);
  CU_ASSERT_EQUAL_FATAL (docs->len, 2);
  const DgDocument *a = g_ptr_array_index (docs, 0), *b = g_ptr_array_index (docs, 1);
  CU_ASSERT_STRING_EQUAL (a->id, "https://example.org/news/1");
  CU_ASSERT_STRING_EQUAL (a->date, "2024-05-14");
  CU_ASSERT_STRING_EQUAL (a->title, "Iran and Russia hold talks in Moscow");
  CU_ASSERT_STRING_EQUAL (a->text, "Iran and Russia hold talks in Moscow\n\nThe foreign minister of Iran met "
                          "the Russian foreign minister in Moscow on Tuesday.");
  CU_ASSERT_STRING_EQUAL (b->id, "urn:test:2");
  CU_ASSERT_STRING_EQUAL (b->date, "2024-05-15");
  CU_ASSERT_STRING_EQUAL (b->text, "France criticizes Germany\n\nFrance criticized Germany over the budget on Wednesday.");
  CU_ASSERT_EQUAL (dg_document_block_kind_at (a, 0), DG_BLOCK_HEADLINE);
}

static void
test_feed_atom (void)
{
  g_autofree char *path = dg_test_srcpath ("tests/data/feed-atom.xml");
  g_autoptr (GPtrArray) docs = dg_feed_read_file (path, NULL, 0, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (docs);
  CU_ASSERT_EQUAL_FATAL (docs->len, 1);
  const DgDocument *d = g_ptr_array_index (docs, 0);
  CU_ASSERT_STRING_EQUAL (d->id, "https://example.org/news/3");
  CU_ASSERT_STRING_EQUAL (d->date, "2024-05-16");
  CU_ASSERT_STRING_EQUAL (d->text, "China and India agree on border talks\n\n"
                          "China and India agreed on Thursday to hold border talks.");
  CU_ASSERT_TRUE (dg_feed_sniff ("\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"x\">", 48));
  CU_ASSERT_FALSE (dg_feed_sniff ("<html><body>", 12));
}

static void
test_feed_hostile (void)
{
  static const char xxe[] =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
    "<rss><channel><item><title>T</title><description>A &x; B</description></item></channel></rss>";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) docs = dg_feed_read_data (xxe, strlen (xxe), "x.rss", NULL, 0, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (docs);
  CU_ASSERT_STRING_EQUAL (((DgDocument *) g_ptr_array_index (docs, 0))->text, "T\n\nA  B");

  static const char laughs[] =
    "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
    "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
    "<rss><channel><item><title>&f;</title></item></channel></rss>";
  g_autoptr (GPtrArray) none = dg_feed_read_data (laughs, strlen (laughs), "l.rss", NULL, 0, &error);
  /* either refused by libxml2 or read without the expansion */
  if (none)
    CU_ASSERT_TRUE (strlen (((DgDocument *) g_ptr_array_index (none, 0))->text) < 100);

  g_clear_error (&error);
  g_autoptr (GString) many = g_string_new ("<rss><channel>");
  for (int i = 0; i < 11; i++)
    g_string_append_printf (many, "<item><title>I%d</title></item>", i);
  g_string_append (many, "</channel></rss>");
  g_autoptr (GPtrArray) capped = dg_feed_read_data (many->str, many->len, "m.rss", NULL, 10, &error);
  CU_ASSERT_PTR_NULL (capped);
  CU_ASSERT_TRUE (g_error_matches (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE));
  CU_ASSERT_STRING_EQUAL (error->message, "m.rss: more than 10 items in the feed (use --max-items)");

  g_clear_error (&error);
  g_autoptr (GPtrArray) html = dg_feed_read_data ("<html><p>x</p></html>", 21, "h.xml", NULL, 0, &error);
  CU_ASSERT_PTR_NULL (html);
  CU_ASSERT_STRING_EQUAL (error->message, "h.xml: not an RSS or Atom feed (root element <html>)");
}

int
main (void)
{
  lex = dg_lexicon_new_default (NULL);
  if (!lex)
    return 1;
  CU_initialize_registry ();
  DG_TEST_SUITE ("limits", DG_TEST (test_sentence_cap), DG_TEST (test_title_cap),
                 DG_TEST (test_deadline));
  DG_TEST_SUITE ("feed", DG_TEST (test_feed_rss), DG_TEST (test_feed_atom),
                 DG_TEST (test_feed_hostile));
  int rc = dg_test_run ();
  dg_lexicon_unref (lex);
  return rc;
}
