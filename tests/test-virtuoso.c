/* test-virtuoso.c - the bulk write path of virtuoso:// stores (SPARQL
 * INSERT DATA on dipgraph's own ODBC connection, one transaction per graph)
 * against the storage's
 * own statement-by-statement path, on a server from tools/servers.sh
 * ($DG_TEST_VIRTUOSO_ODBC; without it the test is skipped, exit 77) */
#include "config.h"

#include <string.h>
#include <unistd.h>

/* Redland 1.0.17's virtuoso storage module never frees the connection
 * context it allocates in its init (4,232 bytes and the options hash per
 * store opened); only this test opens that storage. */
#define DG_TEST_LSAN_EXTRA "leak:librdf_new_storage_from_factory\nleak:librdf_new_storage\n"
#include "dg-test.h"
#include "dg-store.h"
#include "dg-store-virtuoso.h"
#include "dg-vocab.h"

static DgRdf *rdf;
static const char *spec;
static char *base;     /* graphs and subjects of this run */

#define XSD "http://www.w3.org/2001/XMLSchema#"

static librdf_statement *
triple (const char *s, const char *p, librdf_node *o)
{
  return librdf_new_statement_from_nodes (dg_rdf_get_world (rdf), dg_rdf_iri (rdf, s),
                                          dg_rdf_iri (rdf, p), o);
}

static librdf_node *
lang_literal (const char *text, const char *lang)
{
  return librdf_new_node_from_literal (dg_rdf_get_world (rdf), (const unsigned char *) text,
                                       lang, 0);
}

/* Literals that need escaping or that servers like to rewrite. */
static GPtrArray *
tricky_statements (char **long_text)
{
  GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  g_autofree char *s = g_strconcat (base, "thing/Z\xc3\xbcrich", NULL);
  g_autofree char *s2 = g_strconcat (base, "thing/b?x=1&y=%20#frag", NULL);
  const char *p = DG_NS_DIP "value";
  g_autoptr (GString) big = g_string_new (NULL);

  while (big->len < 200 * 1024)
    g_string_append (big, "A \"long\" line with 'quotes', \\ and \xc3\xa9\xe6\x9d\xb1;\n");
  *long_text = g_strdup (big->str);
  g_ptr_array_add (a, triple (s, p, dg_rdf_literal (rdf, "He said \"no\",\n\tthen \\ left\r")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_literal (rdf, "Z\xc3\xbcrich \xe2\x80\x93 \xce\x95\xce\xbb"
                                                    "\xce\xbb\xce\xac\xce\xb4\xce\xb1 \xe6\x9d\xb1"
                                                    "\xe4\xba\xac \xf0\x9f\x98\x80")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_literal (rdf, "'''triple''' and a trailing \\")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_literal (rdf, "bell\x01" "and del\x7f")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_literal (rdf, "")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_literal (rdf, "SELECT * WHERE { ?s ?p ?o } #")));
  g_ptr_array_add (a, triple (s, p, lang_literal ("bonjour", "fr")));
  g_ptr_array_add (a, triple (s, p, lang_literal ("colour", "en-GB")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_typed (rdf, "2024-06", XSD "gYearMonth")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_typed (rdf, "2024", XSD "gYear")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_typed (rdf, "2024-05-14", XSD "date")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_typed (rdf, "0.6", XSD "decimal")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_typed (rdf, "42", XSD "integer")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_typed (rdf, "7", XSD "nonNegativeInteger")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_typed (rdf, "x", "https://example.org/dt#odd")));
  g_ptr_array_add (a, triple (s, p, dg_rdf_literal (rdf, big->str)));
  g_ptr_array_add (a, triple (s2, DG_RDF_TYPE, dg_rdf_iri (rdf, "https://example.org/Thing")));
  g_ptr_array_add (a, triple (s2, p, dg_rdf_iri (rdf, s)));
  return a;
}

static gint
compare_lines (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The graph's quads as sorted lines "s p str(o) datatype lang isIRI"
 * (STR: the ODBC results give a gYearMonth as a full date), with the
 * graph's own IRI cut to "G". */
static char *
graph_rows (DgStore *store, const char *graph)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *q = g_strdup_printf ("SELECT ?s ?p (STR(?o) AS ?v) (STR(DATATYPE(?o)) AS ?dt) "
                                        "(LANG(?o) AS ?l) (isIRI(?o) AS ?i) "
                                        "WHERE { GRAPH <%s> { ?s ?p ?o } }", graph);
  librdf_query *query = NULL;
  int ask;
  librdf_query_results *r = dg_store_virtuoso_query (rdf, dg_store_get_model (store), q,
                                                     &query, &ask, &error);
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *all = g_string_new (NULL);

  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  for (; !librdf_query_results_finished (r); librdf_query_results_next (r))
    {
      GString *line = g_string_new (NULL);
      for (int i = 0; i < 6; i++)
        {
          librdf_node *v = librdf_query_results_get_binding_value (r, i);
          const char *t = !v ? "" : librdf_node_is_resource (v)
            ? (const char *) librdf_uri_as_string (librdf_node_get_uri (v))
            : librdf_node_is_literal (v) ? (const char *) librdf_node_get_literal_value (v) : "?";
          g_string_append_printf (line, "%s%s", i ? "\t" : "", t ? t : "");
          if (v)
            librdf_free_node (v);
        }
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  librdf_free_query_results (r);
  librdf_free_query (query);
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (all, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (all, FALSE);
}

static gint64
graph_size (DgStore *store, const char *graph)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *q = g_strdup_printf ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> "
                                        "{ ?s ?p ?o } }", graph);
  librdf_query *query = NULL;
  int ask;
  librdf_query_results *r = dg_store_virtuoso_query (rdf, dg_store_get_model (store), q,
                                                     &query, &ask, &error);
  gint64 n = -1;

  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  if (!librdf_query_results_finished (r))
    {
      librdf_node *v = librdf_query_results_get_binding_value (r, 0);
      n = g_ascii_strtoll ((const char *) librdf_node_get_literal_value (v), NULL, 10);
      librdf_free_node (v);
    }
  librdf_free_query_results (r);
  librdf_free_query (query);
  return n;
}

/* Escaping: the bulk path stores exactly what the storage's own path
 * stores, and both what was written. */
static void
test_bulk_equals_statements (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) store = dg_store_open (rdf, spec, DG_STORE_WRITE, &error);
  g_autofree char *long_text = NULL;
  g_autoptr (GPtrArray) st = NULL;
  g_autofree char *gb = g_strconcat (base, "doc/bulk", NULL);
  g_autofree char *gs = g_strconcat (base, "doc/statements", NULL);
  g_autofree char *rb = NULL, *rs = NULL, *want = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  st = tricky_statements (&long_text);
  CU_ASSERT_TRUE (dg_virtuoso_writer_can_write (st));
  CU_ASSERT_TRUE (dg_store_replace_graph (store, gb, st, &error));
  g_setenv ("DIPGRAPH_VIRTUOSO_BULK", "0", TRUE);
  CU_ASSERT_FALSE (dg_virtuoso_writer_can_write (st));
  CU_ASSERT_TRUE (dg_store_replace_graph (store, gs, st, &error));
  g_unsetenv ("DIPGRAPH_VIRTUOSO_BULK");
  rb = graph_rows (store, gb);
  rs = graph_rows (store, gs);
  if (g_getenv ("DG_TEST_DUMP"))
    fputs (rb, stderr);
  CU_ASSERT_STRING_EQUAL (rb, rs);
  CU_ASSERT_EQUAL (graph_size (store, gb), 18);
  /* the values themselves */
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\tHe said \"no\",\n\tthen \\ left\r\t" XSD "string\t\t0\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\tZ\xc3\xbcrich \xe2\x80\x93 \xce\x95\xce\xbb\xce\xbb"
                                  "\xce\xac\xce\xb4\xce\xb1 \xe6\x9d\xb1\xe4\xba\xac "
                                  "\xf0\x9f\x98\x80\t" XSD "string\t\t0\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\t'''triple''' and a trailing \\\t"));
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\tbell\x01" "and del\x7f\t"));
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\tbonjour\t\tfr\t0\n"));
  /* Virtuoso keeps language tags in lower case */
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\tcolour\t\ten-gb\t0\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\t2024-06\t" XSD "gYearMonth\t\t0\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\t2024\t" XSD "gYear\t\t0\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\t2024-05-14\t" XSD "date\t\t0\n"));
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, "\tx\thttps://example.org/dt#odd\t\t0\n"));
  want = g_strdup_printf ("\t%s\t" XSD "string\t\t0\n", long_text);
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, want));
  g_free (want);
  want = g_strdup_printf ("%sthing/b?x=1&y=%%20#frag\t" DG_NS_DIP "value\t%sthing/Z\xc3\xbcrich\t\t\t1\n",
                          base, base);
  CU_ASSERT_PTR_NOT_NULL (strstr (rb, want));
  CU_ASSERT_TRUE (dg_store_remove_graph (store, gb, &error));
  CU_ASSERT_TRUE (dg_store_remove_graph (store, gs, &error));
  CU_ASSERT_EQUAL (graph_size (store, gb), 0);
}

/* A graph larger than a request goes in several, in one transaction: a
 * request that fails after others were sent leaves the old graph. */
static void
test_chunks_and_failure (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) store = dg_store_open (rdf, spec, DG_STORE_WRITE, &error);
  g_autoptr (GPtrArray) a = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  g_autoptr (GPtrArray) small = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  g_autofree char *g = g_strconcat (base, "doc/chunks", NULL);
  guint n = 2 * DG_VIRTUOSO_INSERT_CHUNK + 123;

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *s = g_strdup_printf ("%sevent/e%u", base, i);
      g_autofree char *v = g_strdup_printf ("label %u", i);
      g_ptr_array_add (a, triple (s, DG_RDFS_LABEL, dg_rdf_literal (rdf, v)));
    }
  CU_ASSERT_TRUE (dg_store_replace_graph (store, g, a, &error));
  CU_ASSERT_EQUAL (graph_size (store, g), n);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *s = g_strdup_printf ("%sevent/s%u", base, i);
      g_ptr_array_add (small, triple (s, DG_RDFS_LABEL, dg_rdf_literal (rdf, "small")));
    }
  CU_ASSERT_TRUE (dg_store_replace_graph (store, g, small, &error));
  CU_ASSERT_EQUAL (graph_size (store, g), 3);
  /* the third request has a language tag the server refuses */
  g_ptr_array_add (a, triple (base, DG_RDFS_LABEL, lang_literal ("x", "not a tag!")));
  CU_ASSERT_FALSE (dg_store_replace_graph (store, g, a, &error));
  CU_ASSERT_PTR_NOT_NULL (error);
  CU_ASSERT_EQUAL (graph_size (store, g), 3);
  g_clear_error (&error);
  /* blank nodes: one request (labels are per request) */
  g_ptr_array_add (small, librdf_new_statement_from_nodes (dg_rdf_get_world (rdf),
                   librdf_new_node_from_blank_identifier (dg_rdf_get_world (rdf),
                                                          (const unsigned char *) "b1"),
                   dg_rdf_iri (rdf, DG_RDFS_LABEL), dg_rdf_literal (rdf, "blank")));
  g_ptr_array_add (small, librdf_new_statement_from_nodes (dg_rdf_get_world (rdf),
                   librdf_new_node_from_blank_identifier (dg_rdf_get_world (rdf),
                                                          (const unsigned char *) "b1"),
                   dg_rdf_iri (rdf, DG_RDF_TYPE), dg_rdf_iri (rdf, "https://example.org/Thing")));
  CU_ASSERT_TRUE (dg_virtuoso_writer_can_write (small));
  CU_ASSERT_TRUE (dg_store_replace_graph (store, g, small, &error));
  CU_ASSERT_EQUAL (graph_size (store, g), 5);
  {
    /* the two statements about _:b1 share their subject */
    g_autofree char *rows = graph_rows (store, g);
    g_auto (GStrv) lines = g_strsplit (rows, "\n", -1);
    const char *first = NULL;
    guint blank = 0;
    for (guint i = 0; lines[i]; i++)
      if (g_str_has_prefix (lines[i], "nodeID://") || g_str_has_prefix (lines[i], "_:"))
        {
          g_autofree char *subject = g_strndup (lines[i], strcspn (lines[i], "\t"));
          blank++;
          if (!first)
            first = lines[i];
          CU_ASSERT_TRUE (strncmp (first, subject, strlen (subject)) == 0);
        }
    CU_ASSERT_EQUAL (blank, 2);
  }
  CU_ASSERT_TRUE (dg_store_remove_graph (store, g, &error));
  CU_ASSERT_EQUAL (graph_size (store, g), 0);
}

int
main (void)
{
  int rc;

  spec = g_getenv ("DG_TEST_VIRTUOSO_ODBC");
  if (!spec || !*spec)
    {
      g_printerr ("SKIP: DG_TEST_VIRTUOSO_ODBC not set (no Virtuoso server: "
                  "tools/servers.sh start DIR)\n");
      return 77;
    }
  rdf = dg_rdf_new ();
  if (!rdf)
    return 1;
  /* no dip: class or quote: test-stores may query the server meanwhile */
  base = g_strdup_printf ("https://dipgraph.test/virtuoso-%d-%" G_GINT64_FORMAT "/",
                          (int) getpid (), g_get_real_time ());
  if (CU_initialize_registry () != CUE_SUCCESS)
    return 1;
  DG_TEST_SUITE ("virtuoso",
                 DG_TEST (test_bulk_equals_statements),
                 DG_TEST (test_chunks_and_failure));
  rc = dg_test_run ();
  g_free (base);
  dg_rdf_free (rdf);
  return rc;
}
