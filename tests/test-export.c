/* test-export.c - turtle/ntriples/nquads/rdfxml export of a store */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* open_memstream under -std=c11 */
#endif
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dg-test.h"
#include "dg-export.h"
#include "dg-vocab.h"

/* tests/data/graph-small.nq: 25 quads in 2 graphs, 23 distinct triples
 * (the China type and label are in both graphs). */
#define FIXTURE_QUADS 25
#define FIXTURE_TRIPLES 23
#define FIXTURE_GRAPHS 2

static DgRdf *rdf;
static DgStore *store;

/* raptor 2.0.15's N-Triples/N-Quads parser leaks one reference to the
 * datatype URI of a typed literal (the Turtle and TriG parsers do not); the
 * URI objects were interned at world start-up, so LeakSanitizer reports
 * them with these allocation stacks (full stacks needed to match). */

/* ---- loading and parsing back with raptor ---- */

typedef struct {
  DgRdf *rdf;
  GHashTable *graphs;          /* graph IRI -> GPtrArray of statements */
  guint count;
  GHashTable *contexts;        /* graph IRIs seen (parse back) */
} Collect;

static void
collect_statement (void *user_data, raptor_statement *st)
{
  Collect *c = user_data;
  const char *g = st->graph ? (const char *) raptor_uri_as_string (st->graph->value.uri) : "";
  GPtrArray *a;

  c->count++;
  if (c->contexts)
    g_hash_table_add (c->contexts, g_strdup (g));
  if (!c->graphs)
    return;
  a = g_hash_table_lookup (c->graphs, g);
  if (!a)
    {
      a = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
      g_hash_table_insert (c->graphs, g_strdup (g), a);
    }
  st = raptor_statement_copy (st);
  if (st->graph)
    raptor_free_term (st->graph);
  st->graph = NULL;
  g_ptr_array_add (a, st);
}

/* Parses @len bytes of @syntax; returns the number of statements, -1 on error. */
static int
parse_string (const char *syntax, const char *text, gsize len, Collect *c)
{
  raptor_world *raptor = librdf_world_get_raptor (dg_rdf_get_world (rdf));
  raptor_parser *parser = raptor_new_parser (raptor, syntax);
  raptor_uri *base = raptor_new_uri (raptor, (const unsigned char *) "http://example.org/");
  int rc;

  c->rdf = rdf;
  raptor_parser_set_statement_handler (parser, c, collect_statement);
  rc = raptor_parser_parse_start (parser, base);
  if (rc == 0)
    rc = raptor_parser_parse_chunk (parser, (const unsigned char *) text, len, 1);
  raptor_free_parser (parser);
  raptor_free_uri (base);
  g_free (dg_rdf_take_messages (rdf));
  return rc == 0 ? (int) c->count : -1;
}

static gboolean
load_fixture (DgStore *s)
{
  g_autofree char *path = dg_test_srcpath ("tests/data/graph-small.nq");
  g_autofree char *text = NULL;
  gsize len;
  Collect c = { 0 };
  GHashTableIter it;
  gpointer key, value;
  gboolean ok = TRUE;

  if (!g_file_get_contents (path, &text, &len, NULL))
    return FALSE;
  c.graphs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) g_ptr_array_unref);
  if (parse_string ("nquads", text, len, &c) != FIXTURE_QUADS)
    ok = FALSE;
  g_hash_table_iter_init (&it, c.graphs);
  while (ok && g_hash_table_iter_next (&it, &key, &value))
    ok = dg_store_replace_graph (s, key, value, NULL);
  g_hash_table_unref (c.graphs);
  return ok;
}

/* Exports @format to a string. */
static char *
export_to_string (DgStore *s, const char *format, gsize *len)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *f = open_memstream (&buf, &size);
  g_autoptr (GError) error = NULL;
  gboolean ok = dg_export_store (s, format, f, &error);

  fclose (f);
  CU_ASSERT_TRUE (ok);
  if (error)
    fprintf (stderr, "\n  %s\n", error->message);
  *len = size;
  return buf;
}

/* ---- tests ---- */

static void
test_formats (void)
{
  CU_ASSERT_TRUE (dg_export_is_format ("turtle"));
  CU_ASSERT_TRUE (dg_export_is_format ("nquads"));
  CU_ASSERT_TRUE (dg_export_is_format ("rdfxml"));
  CU_ASSERT_FALSE (dg_export_is_format ("trig"));
  CU_ASSERT_FALSE (dg_export_is_format (NULL));
  CU_ASSERT_STRING_EQUAL (dg_export_formats (),
                          "turtle,ntriples,nquads,rdfxml,jsonld,graphml,gexf,dot,svg,png,csv,cytoscape");
}

static void
test_turtle (void)
{
  gsize len;
  g_autofree char *ttl = export_to_string (store, "turtle", &len);
  Collect c = { 0 };

  CU_ASSERT_PTR_NOT_NULL_FATAL (ttl);
  CU_ASSERT_EQUAL (parse_string ("turtle", ttl, len, &c), FIXTURE_TRIPLES);
  CU_ASSERT_PTR_NOT_NULL (strstr (ttl, "@prefix dip: <" DG_NS_DIP "> ."));
  CU_ASSERT_PTR_NOT_NULL (strstr (ttl, "@prefix id: <" DG_NS_ID "> ."));
  CU_ASSERT_PTR_NOT_NULL (strstr (ttl, "dip:Meeting"));
  CU_ASSERT_PTR_NOT_NULL (strstr (ttl, "dip:participant"));
  CU_ASSERT_PTR_NOT_NULL (strstr (ttl, "rdfs:label"));
  /* no full dip: IRIs outside the @prefix line */
  CU_ASSERT_PTR_NULL (strstr (ttl, DG_NS_DIP "Meeting"));
  CU_ASSERT_PTR_NULL (strstr (ttl, DG_NS_DIP "participant"));
}

static void
test_ntriples_union (void)
{
  gsize len;
  g_autofree char *nt = export_to_string (store, "ntriples", &len);
  Collect c = { 0 };
  g_auto (GStrv) lines = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (nt);
  CU_ASSERT_EQUAL (parse_string ("ntriples", nt, len, &c), FIXTURE_TRIPLES);
  lines = g_strsplit (nt, "\n", -1);
  CU_ASSERT_EQUAL (g_strv_length (lines), FIXTURE_TRIPLES + 1);  /* no repeats */
}

static void
test_nquads (void)
{
  gsize len;
  g_autofree char *nq = export_to_string (store, "nquads", &len);
  Collect c = { 0 };

  CU_ASSERT_PTR_NOT_NULL_FATAL (nq);
  c.contexts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CU_ASSERT_EQUAL (parse_string ("nquads", nq, len, &c), FIXTURE_QUADS);
  CU_ASSERT_EQUAL (g_hash_table_size (c.contexts), FIXTURE_GRAPHS);
  CU_ASSERT_TRUE (g_hash_table_contains (c.contexts, DG_NS_ID "doc/a"));
  CU_ASSERT_TRUE (g_hash_table_contains (c.contexts, DG_NS_ID "doc/b"));
  /* a non-BMP character is escaped the N-Quads way */
  CU_ASSERT_PTR_NOT_NULL (strstr (nq, "\\U0001F600"));
  g_hash_table_unref (c.contexts);
}

static void
test_rdfxml (void)
{
  gsize len;
  g_autofree char *xml = export_to_string (store, "rdfxml", &len);
  Collect c = { 0 };

  CU_ASSERT_PTR_NOT_NULL_FATAL (xml);
  CU_ASSERT_EQUAL (parse_string ("rdfxml", xml, len, &c), FIXTURE_TRIPLES);
  CU_ASSERT_PTR_NOT_NULL (strstr (xml, "xmlns:dip=\"" DG_NS_DIP "\""));
}

static void
test_statements_nquads (void)
{
  g_autoptr (GPtrArray) a = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  librdf_world *world = dg_rdf_get_world (rdf);
  g_autoptr (GError) error = NULL;
  char *buf = NULL;
  size_t size = 0;
  FILE *f;

  g_ptr_array_add (a, librdf_new_statement_from_nodes (world,
                   dg_rdf_iri (rdf, DG_NS_ID "event/x"), dg_rdf_iri (rdf, DG_RDFS_LABEL),
                   dg_rdf_literal (rdf, "line one\nline \"two\"")));
  g_ptr_array_add (a, librdf_new_statement_from_nodes (world,
                   dg_rdf_iri (rdf, DG_NS_ID "event/x"), dg_rdf_iri (rdf, DG_DIP_GOLDSTEIN),
                   dg_rdf_typed (rdf, "2.5", DG_XSD_DECIMAL)));
  f = open_memstream (&buf, &size);
  CU_ASSERT_TRUE (dg_export_statements (rdf, a, DG_NS_ID "doc/x", "nquads", f, &error));
  fclose (f);
  CU_ASSERT_STRING_EQUAL (buf,
    "<" DG_NS_ID "event/x> <" DG_RDFS_LABEL "> \"line one\\nline \\\"two\\\"\" <" DG_NS_ID "doc/x> .\n"
    "<" DG_NS_ID "event/x> <" DG_DIP_GOLDSTEIN "> \"2.5\"^^<" DG_XSD_DECIMAL "> <" DG_NS_ID "doc/x> .\n");
  free (buf);
  buf = NULL;

  /* the same statements, twice, as Turtle: written once */
  for (guint i = 0, n = a->len; i < n; i++)
    g_ptr_array_add (a, librdf_new_statement_from_statement (g_ptr_array_index (a, i)));
  f = open_memstream (&buf, &size);
  CU_ASSERT_TRUE (dg_export_statements (rdf, a, NULL, "turtle", f, &error));
  fclose (f);
  {
    Collect c = { 0 };
    CU_ASSERT_EQUAL (parse_string ("turtle", buf, size, &c), 2);
  }
  CU_ASSERT_PTR_NOT_NULL (strstr (buf, "dip:goldstein 2.5"));
  free (buf);
}

static void
test_unknown_format (void)
{
  g_autoptr (GError) error = NULL;
  CU_ASSERT_FALSE (dg_export_store (store, "trig", stdout, &error));
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT));
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "turtle,ntriples") : NULL);
}

static void
test_write_error (void)
{
  const char *formats[] = { "turtle", "ntriples", "nquads", "rdfxml" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr (GError) error = NULL;
      FILE *full = fopen ("/dev/full", "w");

      if (!full)
        {
          fprintf (stderr, "\n  (no /dev/full: skipped)\n");
          return;
        }
      CU_ASSERT_FALSE (dg_export_store (store, formats[i], full, &error));
      CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE));
      CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "No space left") : NULL);
      fclose (full);
    }
}

int
main (void)
{
  g_autoptr (GError) error = NULL;
  int status;

  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, "memory:", DG_STORE_WRITE, &error);
  g_assert_no_error (error);
  if (!load_fixture (store) || dg_store_size (store) != FIXTURE_QUADS)
    g_error ("cannot load tests/data/graph-small.nq");
  CU_initialize_registry ();
  DG_TEST_SUITE ("export",
                 DG_TEST (test_formats),
                 DG_TEST (test_turtle),
                 DG_TEST (test_ntriples_union),
                 DG_TEST (test_nquads),
                 DG_TEST (test_rdfxml),
                 DG_TEST (test_statements_nquads),
                 DG_TEST (test_unknown_format),
                 DG_TEST (test_write_error));
  status = dg_test_run ();
  dg_store_free (store);
  dg_rdf_free (rdf);
  return status;
}
