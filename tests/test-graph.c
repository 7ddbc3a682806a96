/* test-graph.c - IRIs and the facts -> RDF writer */
#include <string.h>
#include "dg-test.h"
#include "dg-reader.h"
#include "dg-extract.h"
#include "dg-writer.h"
#include "dg-iri.h"
#include "dg-vocab.h"
#include "dg-nquads.h"

static DgLexicon *lex;

static void
test_iri (void)
{
  g_autofree char *a = dg_iri_slug ("Recep Tayyip Erdoğan");
  g_autofree char *b = dg_iri_slug ("O'Brien, U.S.");
  g_autofree char *c = dg_iri_person (NULL, "Mehdi Akhundzadeh", NULL);
  g_autofree char *c2 = dg_iri_person (NULL, "Mehdi Akhundzadeh", "IRN");
  g_autofree char *d1 = dg_iri_document (NULL, "https://example.org/a");
  g_autofree char *d2 = dg_iri_document (NULL, "https://example.org/a");
  g_autofree char *country = dg_iri_country (NULL, "IRN");
  CU_ASSERT_STRING_EQUAL (a, "recep-tayyip-erdogan");
  CU_ASSERT_STRING_EQUAL (b, "obrien-us");
  CU_ASSERT_STRING_EQUAL (c, DG_NS_ID "person/mehdi-akhundzadeh");
  CU_ASSERT_STRING_EQUAL (c2, DG_NS_ID "person/irn/mehdi-akhundzadeh");
  CU_ASSERT_STRING_EQUAL (d1, d2);
  CU_ASSERT_STRING_EQUAL (country, DG_NS_ID "country/IRN");
}

/* Statements as "s p o" strings in N-Triples form, for lookups. */
static GHashTable *
build (DgRdf *rdf, const char *text, char **graph)
{
  DgReaderOptions opts = { .format = DG_FORMAT_TEXT, .date = "2024-05-14", .id = "test:doc" };
  DgDocument *doc = dg_reader_read_data (text, strlen (text), "-", &opts, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  g_autoptr(DgFacts) facts = dg_extract (lex, doc);
  g_autoptr(GPtrArray) st = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  *graph = dg_writer_build (rdf, facts, NULL, st);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < st->len; i++)
    {
      librdf_statement *s = g_ptr_array_index (st, i);
      char *line = g_strdup_printf ("%s %s %s",
          (char *) librdf_uri_as_string (librdf_node_get_uri (librdf_statement_get_subject (s))),
          (char *) librdf_uri_as_string (librdf_node_get_uri (librdf_statement_get_predicate (s))),
          librdf_node_is_resource (librdf_statement_get_object (s))
            ? (char *) librdf_uri_as_string (librdf_node_get_uri (librdf_statement_get_object (s)))
            : (char *) librdf_node_get_literal_value (librdf_statement_get_object (s)));
      g_hash_table_add (set, line);
    }
  return set;
}

static gboolean
has (GHashTable *set, const char *s, const char *p, const char *o)
{
  g_autofree char *line = g_strdup_printf ("%s %s %s", s, p, o);
  return g_hash_table_contains (set, line);
}

static gboolean
has_subject_with (GHashTable *set, const char *prefix, const char *p, const char *o)
{
  GHashTableIter it;
  gpointer key;
  g_autofree char *tail = g_strdup_printf (" %s %s", p, o);
  g_hash_table_iter_init (&it, set);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (g_str_has_prefix (key, prefix) && g_str_has_suffix (key, tail))
      return TRUE;
  return FALSE;
}

static void
test_writer (void)
{
  g_autoptr(DgRdf) rdf = dg_rdf_new ();
  g_autofree char *graph = NULL;
  g_autoptr(GHashTable) set = build (rdf,
      "Brazilian Foreign Minister Ana Ribeiro met Indonesian Foreign Minister "
      "Rahmat Santoso on Monday in The Hague.", &graph);
  g_autofree char *doc = dg_iri_document (NULL, "test:doc");
  CU_ASSERT_STRING_EQUAL (graph, doc);
  const char *ana = DG_NS_ID "person/bra/ana-ribeiro";
  CU_ASSERT_TRUE (has (set, ana, DG_RDF_TYPE, DG_DIP_PERSON));
  CU_ASSERT_TRUE (has (set, ana, DG_RDF_TYPE, DG_DIP_ACTOR));          /* materialized */
  CU_ASSERT_TRUE (has (set, ana, DG_RDFS_LABEL, "Ana Ribeiro"));
  CU_ASSERT_TRUE (has (set, ana, DG_DIP_ROLE, "Foreign Minister"));   /* as written */
  CU_ASSERT_TRUE (has (set, ana, DG_DIP_AFFILIATION, DG_NS_ID "country/BRA"));
  CU_ASSERT_TRUE (has (set, DG_NS_ID "country/BRA", DG_DIP_COUNTRYCODE, "BRA"));
  CU_ASSERT_TRUE (has (set, DG_NS_ID "country/BRA", DG_RDF_TYPE, DG_NS_DIP "Place"));
  CU_ASSERT_TRUE (has (set, DG_NS_ID "country/BRA", DG_OWL_SAMEAS, "http://dbpedia.org/resource/Brazil"));
  CU_ASSERT_TRUE (has (set, DG_NS_ID "country/NLD", DG_OWL_SAMEAS, "http://dbpedia.org/resource/Netherlands"));
  CU_ASSERT_TRUE (has (set, DG_NS_ID "place/the-hague", DG_DIP_LOCATEDIN, DG_NS_ID "country/NLD"));
  /* the event, with every superclass and its CAMEO facts */
  const char *ev = DG_NS_ID "event/";
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_RDF_TYPE, DG_NS_DIP "Meeting"));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_RDF_TYPE, DG_NS_DIP "Consult"));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_RDF_TYPE, DG_DIP_EVENT));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_CAMEOCODE, "044"));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_PLOVERTYPE, "CONSULT"));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_PLOVERMODE, "third-party"));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_GOLDSTEIN, "2.50"));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_DATE, "2024-05-13"));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_PARTICIPANT, ana));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_AGENT, ana));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_PLACE_P, DG_NS_ID "place/the-hague"));
  CU_ASSERT_TRUE (has_subject_with (set, ev, DG_DIP_SOURCE, doc));
}

/* An organization named only by its kind is the document's: two
 * articles' "a human rights group" need not be one group. */
static void
test_described_organization (void)
{
  g_autoptr(DgRdf) rdf = dg_rdf_new ();
  g_autofree char *graph = NULL;
  g_autoptr(GHashTable) set = build (rdf, "Croatia is failing to protect refugees, a human rights "
                                          "group said on Wednesday.", &graph);
  g_autofree char *doc = dg_iri_document (NULL, "test:doc");
  g_autofree char *org = g_strconcat (DG_NS_ID "org/human-rights-group", strrchr (doc, '/'), NULL);
  CU_ASSERT_TRUE (has (set, org, DG_RDF_TYPE, DG_NS_DIP "Organization"));
  CU_ASSERT_TRUE (has_subject_with (set, DG_NS_ID "event/", DG_DIP_AGENT, org));
  CU_ASSERT_FALSE (has (set, DG_NS_ID "org/human-rights-group", DG_RDF_TYPE, DG_NS_DIP "Organization"));
}

/* A directed act's node keeps its sides: "Poland accused Russia" and
 * "Russia accused Poland" are two events, "X met Y" and "Y met X" one. */
static void
test_event_sides (void)
{
  g_autoptr(DgRdf) rdf = dg_rdf_new ();
  g_autofree char *graph = NULL;
  g_autoptr(GHashTable) set = build (rdf, "Poland accused Russia of sabotage on Monday. Russia "
                                          "accused Poland of lying on Monday.", &graph);
  guint accusations = 0;
  GHashTableIter it;
  gpointer key;
  g_autofree char *tail = g_strdup_printf (" %s 112", DG_DIP_CAMEOCODE);
  g_hash_table_iter_init (&it, set);
  while (g_hash_table_iter_next (&it, &key, NULL))
    accusations += g_str_has_suffix (key, tail);
  CU_ASSERT_EQUAL (accusations, 2);
}

/* Two events of one class but two CAMEO roots in one sentence (a storming,
 * 19, and the hostage taking, 18) are two nodes: no quad is written twice. */
static void
test_no_duplicate_quads (void)
{
  const char *text = "In 1979 young Iranians stormed the U.S. Embassy in Tehran and took more "
                     "than 50 Americans hostage.";
  DgReaderOptions opts = { .format = DG_FORMAT_TEXT, .date = "2009-03-31", .id = "test:doc" };
  DgDocument *doc = dg_reader_read_data (text, strlen (text), "-", &opts, NULL);
  g_autoptr(DgFacts) facts = dg_extract (lex, doc);
  CU_ASSERT_TRUE_FATAL (facts->events->len >= 2);
  g_autoptr(GString) b = g_string_new (NULL);
  guint n = 0;
  g_autofree char *g = dg_writer_nquads (facts, NULL, b, &n);
  g_auto(GStrv) lines = g_strsplit (b->str, "\n", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint dups = 0;
  for (guint i = 0; lines[i]; i++)
    if (lines[i][0] && !g_hash_table_add (seen, lines[i]))
      dups++;
  CU_ASSERT_EQUAL (dups, 0);
}

/* NIF offsets count characters, not bytes. */
static void
test_nif_offsets (void)
{
  g_autoptr(DgRdf) rdf = dg_rdf_new ();
  g_autofree char *graph = NULL;
  g_autoptr(GHashTable) set = build (rdf,
      "Ça va. Turkish President Ali Demir criticized Greece.", &graph);
  /* "Greece" starts at character 46 (byte 47: "Ç" is two bytes) */
  g_autofree char *mention = g_strdup_printf ("%s#char=46,52", graph);
  CU_ASSERT_TRUE (has (set, mention, DG_NIF_ANCHOR, "Greece"));
  CU_ASSERT_TRUE (has (set, mention, DG_DIP_MENTIONOF, DG_NS_ID "country/GRC"));
}

static void
test_deterministic (void)
{
  g_autoptr(DgRdf) rdf = dg_rdf_new ();
  g_autofree char *g1 = NULL, *g2 = NULL;
  const char *text = "Turkish President Ali Demir criticized Greece on Monday.";
  g_autoptr(GHashTable) a = build (rdf, text, &g1);
  g_autoptr(GHashTable) b = build (rdf, text, &g2);
  CU_ASSERT_EQUAL (g_hash_table_size (a), g_hash_table_size (b));
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, a);
  while (g_hash_table_iter_next (&it, &key, NULL))
    CU_ASSERT_TRUE (g_hash_table_contains (b, key));
}

/* The N-Quads sink and the librdf sink write the same triples. */
static void
test_nquads_sink_same_triples (void)
{
  g_autoptr(DgRdf) rdf = dg_rdf_new ();
  const char *text = "Brazilian Foreign Minister Ana Ribeiro met Indonesian Foreign Minister "
                     "Rahmat Santoso on Monday in The Hague. \"We agree,\" Ribeiro said.";
  DgReaderOptions opts = { .format = DG_FORMAT_TEXT, .date = "2024-05-14", .id = "test:doc" };
  DgDocument *doc = dg_reader_read_data (text, strlen (text), "-", &opts, NULL);
  g_autoptr(DgFacts) facts = dg_extract (lex, doc);
  g_autoptr(GPtrArray) st = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  g_autofree char *g1 = dg_writer_build (rdf, facts, NULL, st);
  g_autoptr(GString) a = g_string_new (NULL);
  dg_nquads_append_statements (a, st, g1);
  g_autoptr(GString) b = g_string_new (NULL);
  guint n = 0;
  g_autofree char *g2 = dg_writer_nquads (facts, NULL, b, &n);
  CU_ASSERT_STRING_EQUAL (g1, g2);
  CU_ASSERT_EQUAL (n, st->len);
  CU_ASSERT_STRING_EQUAL (a->str, b->str);   /* same lines, same order */
}

/* The escapes N-Triples requires, and nothing else. */
static void
test_nquads_escapes (void)
{
  g_autoptr(GString) b = g_string_new (NULL);
  dg_nquads_append_iri (b, "http://x/a b<c>\"{|}^`\\d\x01\xc3\xa9");
  CU_ASSERT_STRING_EQUAL (b->str, "<http://x/a\\u0020b\\u003Cc\\u003E\\u0022\\u007B\\u007C\\u007D"
                                  "\\u005E\\u0060\\u005Cd\\u0001\xc3\xa9>");
  g_string_truncate (b, 0);
  dg_nquads_append_iri (b, "");
  CU_ASSERT_STRING_EQUAL (b->str, "<>");
  g_string_truncate (b, 0);
  /* counted: the NUL inside is text too */
  const char lit[] = "say \"hi\"\\\n\r\t\x7f\x1f\0z \xc3\xa9";
  dg_nquads_append_literal (b, lit, sizeof lit - 1, NULL, NULL);
  CU_ASSERT_EQUAL (b->len, strlen (b->str));
  CU_ASSERT_STRING_EQUAL (b->str, "\"say \\\"hi\\\"\\\\\\n\\r\\t\\u007F\\u001F\\u0000z \xc3\xa9\"");
  g_string_truncate (b, 0);
  dg_nquads_append_literal (b, "12", 2, NULL, "http://www.w3.org/2001/XMLSchema#integer");
  dg_nquads_append_literal (b, "Den Haag", 8, "nl", NULL);
  dg_nquads_append_literal (b, "x", 1, "", NULL);
  CU_ASSERT_STRING_EQUAL (b->str, "\"12\"^^<http://www.w3.org/2001/XMLSchema#integer>"
                                  "\"Den Haag\"@nl\"x\"");
  /* a long plain run crossing the buffer's growth */
  g_autoptr(GString) big = g_string_new (NULL);
  for (int i = 0; i < 1000; i++)
    g_string_append (big, "abcdefghij");
  g_autoptr(GString) c = g_string_sized_new (1);
  dg_nquads_append_literal (c, big->str, big->len, NULL, NULL);
  CU_ASSERT_EQUAL (c->len, big->len + 2);
  CU_ASSERT_EQUAL (c->str[0], '"');
  CU_ASSERT_EQUAL (c->str[c->len - 1], '"');
  CU_ASSERT_EQUAL (c->str[c->len], '\0');
}

/* The IRI memo writes exactly what dg_nquads_append_iri writes, for any
 * number of addresses (colliding slots format again); after a reset an
 * address may hold another IRI. */
static void
test_nquads_iri_memo (void)
{
  g_autoptr(DgNQuadsIriMemo) memo = dg_nquads_iri_memo_new ();
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);
  char iri[64];
  g_strlcpy (iri, "https://example.org/a", sizeof iri);
  dg_nquads_iri_memo_append (memo, got, iri);
  dg_nquads_iri_memo_append (memo, got, iri);
  CU_ASSERT_STRING_EQUAL (got->str, "<https://example.org/a><https://example.org/a>");
  dg_nquads_iri_memo_append_sp (memo, got, iri);
  CU_ASSERT_STRING_EQUAL (got->str, "<https://example.org/a><https://example.org/a>"
                                    "<https://example.org/a> ");
  g_string_truncate (got, got->len - 24);
  /* the address alone identifies the IRI until a reset */
  g_strlcpy (iri, "https://example.org/b c", sizeof iri);
  dg_nquads_iri_memo_append (memo, got, iri);
  CU_ASSERT_STRING_EQUAL (got->str, "<https://example.org/a><https://example.org/a>"
                                    "<https://example.org/a>");
  dg_nquads_iri_memo_reset (memo);
  g_string_truncate (got, 0);
  dg_nquads_iri_memo_append (memo, got, iri);
  CU_ASSERT_STRING_EQUAL (got->str, "<https://example.org/b\\u0020c>");
  /* many strings, so slots collide and are reused; escapes and long ones */
  g_autoptr(GPtrArray) iris = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < 2000; i++)
    g_ptr_array_add (iris, g_strdup_printf ("https://example.org/%u%s", i * 7919,
                                            i % 97 == 0 ? "/a/much/longer/path/that/needs/more/room/"
                                                          "than/the/slot/had/before/{x}" : ""));
  g_string_truncate (got, 0);
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < iris->len; i += 1 + round)
      {
        const char *s = g_ptr_array_index (iris, (i * 31) % iris->len);
        dg_nquads_iri_memo_append (memo, got, s);
        dg_nquads_append_iri (want, s);
      }
  CU_ASSERT_EQUAL (got->len, want->len);
  CU_ASSERT_STRING_EQUAL (got->str, want->str);
}

/* dg_iri_hash is the first 16 hex digits of SHA-1, as GChecksum computes
 * it: every length around the 55/56/64-byte padding boundaries, UTF-8 and
 * the FIPS 180 test vectors. */
static void
test_iri_sha1 (void)
{
  char buf[300];
  for (guint n = 0; n < sizeof buf; n++)
    {
      for (guint i = 0; i < n; i++)
        buf[i] = (char) (i % 7 == 3 ? 0xC3 : i % 7 == 4 ? 0xA9 : 'a' + (i * 13 + n) % 26);
      char h[17];
      dg_iri_hash_into (buf, n, h);
      g_autofree char *want = g_compute_checksum_for_data (G_CHECKSUM_SHA1, (const guchar *) buf, n);
      CU_ASSERT_EQUAL (strlen (h), 16);
      CU_ASSERT_EQUAL (strncmp (h, want, 16), 0);
    }
  guint8 d[20];
  dg_iri_sha1 ("abc", 3, d);
  CU_ASSERT_EQUAL (d[0], 0xa9);
  CU_ASSERT_EQUAL (d[19], 0x9d);
  g_autofree char *h = dg_iri_hash ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
  CU_ASSERT_STRING_EQUAL (h, "84983e441c3bd26e");
  g_autofree char *e = dg_iri_hash ("");
  CU_ASSERT_STRING_EQUAL (e, "da39a3ee5e6b4b0d");
}

static void
test_format_long (void)
{
  const glong values[] = { 0, 7, -1, 10, 1234567, -98765, G_MAXLONG, G_MINLONG };
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      char buf[32], want[32];
      gsize n = dg_iri_format_long (buf, values[i]);
      g_snprintf (want, sizeof want, "%ld", values[i]);
      CU_ASSERT_STRING_EQUAL (buf, want);
      CU_ASSERT_EQUAL (n, strlen (want));
    }
  g_autofree char *s = dg_iri_sentence (DG_NS_ID "doc/abc", 12, 480);
  CU_ASSERT_STRING_EQUAL (s, DG_NS_ID "doc/abc#char=12,480");
}

int
main (void)
{
  lex = dg_lexicon_new_default (NULL);
  if (!lex)
    return 1;
  CU_initialize_registry ();
  DG_TEST_SUITE ("graph", DG_TEST (test_iri), DG_TEST (test_writer), DG_TEST (test_described_organization), DG_TEST (test_event_sides), DG_TEST (test_no_duplicate_quads), DG_TEST (test_nif_offsets),
                 DG_TEST (test_deterministic), DG_TEST (test_nquads_sink_same_triples),
                 DG_TEST (test_nquads_escapes), DG_TEST (test_nquads_iri_memo), DG_TEST (test_iri_sha1),
                 DG_TEST (test_format_long));
  int rc = dg_test_run ();
  dg_lexicon_unref (lex);
  return rc;
}
