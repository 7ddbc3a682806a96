/* test-query.c - SPARQL through rasqal: formats, errors, prefixes, JSON */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "dg-test.h"
#include "dg-query.h"
#include "dg-vocab.h"

/* Leaks inside the libraries, not in dipgraph: raptor 2.0.15's N-Quads
 * parser keeps a reference to the datatype URI of typed literals (see
 * test-export.c), and librdf 1.0.17's rasqal triples source leaks the terms
 * of a pattern whose nodes are bound by a join. */

static DgRdf *rdf;
static DgStore *store;

/* ---- tests/data/graph-small.nq into the store, one graph at a time ---- */

static void
collect_statement (void *user_data, raptor_statement *st)
{
  GHashTable *graphs = user_data;
  const char *g = (const char *) raptor_uri_as_string (st->graph->value.uri);
  GPtrArray *a = g_hash_table_lookup (graphs, g);

  if (!a)
    {
      a = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
      g_hash_table_insert (graphs, g_strdup (g), a);
    }
  st = raptor_statement_copy (st);
  raptor_free_term (st->graph);
  st->graph = NULL;
  g_ptr_array_add (a, st);
}

static gboolean
load_fixture (void)
{
  g_autofree char *path = dg_test_srcpath ("tests/data/graph-small.nq");
  raptor_world *raptor = librdf_world_get_raptor (dg_rdf_get_world (rdf));
  raptor_parser *parser = raptor_new_parser (raptor, "nquads");
  unsigned char *uri_string = raptor_uri_filename_to_uri_string (path);
  raptor_uri *uri = raptor_new_uri (raptor, uri_string);
  g_autoptr (GHashTable) graphs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter it;
  gpointer key, value;
  gboolean ok;

  raptor_parser_set_statement_handler (parser, graphs, collect_statement);
  ok = raptor_parser_parse_file (parser, uri, NULL) == 0;
  raptor_free_parser (parser);
  raptor_free_uri (uri);
  raptor_free_memory (uri_string);
  g_hash_table_iter_init (&it, graphs);
  while (ok && g_hash_table_iter_next (&it, &key, &value))
    ok = dg_store_replace_graph (store, key, value, NULL);
  return ok && dg_store_size (store) == 25;
}

/* Runs @q and returns the text; fails the test on error. */
static char *
run (const char *q, const char *format)
{
  g_autoptr (GError) error = NULL;
  char *text = dg_query_run_to_string (store, q, format, &error);

  CU_ASSERT_PTR_NOT_NULL (text);
  if (error)
    fprintf (stderr, "\n  %s\n", error->message);
  return text;
}

/* ---- tests ---- */

/* Terms from a server's storage: Virtuoso's full date for a gYearMonth is
 * cut back, and a stray byte after the datatype name - a letter too - is
 * dropped; an intact "dateTime" stays a dateTime. */
static void
test_server_node (void)
{
  static const struct { const char *dt, *value, *want_dt, *want; } cases[] = {
    { "gYearMonth", "2024-06-01", "gYearMonth", "2024-06" },
    { "gYearMonthb", "2024-06-01", "gYearMonth", "2024-06" },
    { "gYear\x01", "1979-01-01", "gYear", "1979" },
    { "dateTime", "2024-06-01T00:00:00", "dateTime", "2024-06-01T00:00:00" },
    { "datex", "2024-06-01", "date", "2024-06-01" },
  };
  librdf_world *world = dg_rdf_get_world (rdf);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dt = g_strconcat ("http://www.w3.org/2001/XMLSchema#", cases[i].dt, NULL);
      librdf_uri *uri = librdf_new_uri (world, (const unsigned char *) dt);
      librdf_node *n = librdf_new_node_from_typed_literal (world, (const unsigned char *) cases[i].value,
                                                           NULL, uri);
      librdf_free_uri (uri);
      n = dg_query_server_node (world, n);
      const char *got = (const char *) librdf_uri_as_string (librdf_node_get_literal_value_datatype_uri (n));
      CU_ASSERT_STRING_EQUAL (strrchr (got, '#') + 1, cases[i].want_dt);
      CU_ASSERT_STRING_EQUAL ((const char *) librdf_node_get_literal_value (n), cases[i].want);
      librdf_free_node (n);
    }
}

static void
test_select_count (void)
{
  g_autofree char *csv = run ("SELECT (COUNT(?e) AS ?n) WHERE { ?e a dip:Event }", "csv");
  g_autofree char *tsv = run ("SELECT (COUNT(?e) AS ?n) WHERE { ?e a dip:Event }", "tsv");

  CU_ASSERT_STRING_EQUAL (csv, "n\r\n2\r\n");
  CU_ASSERT_STRING_EQUAL (tsv, "?n\n\"2\"^^<" DG_XSD_INTEGER ">\n");
}

static void
test_csv_header (void)
{
  g_autofree char *csv = run ("SELECT ?e ?label WHERE { ?e a dip:Meeting ; rdfs:label ?label }",
                              "csv");
  g_autofree char *none = run ("SELECT ?e ?label WHERE { ?e a dip:Visit ; rdfs:label ?label }",
                               "csv");

  CU_ASSERT_STRING_EQUAL (csv, "e,label\r\n" DG_NS_ID "event/m1,Tillerson meets Wang Yi\r\n");
  /* the header also when nothing matches */
  CU_ASSERT_STRING_EQUAL (none, "e,label\r\n");
}

static void
test_table (void)
{
  g_autofree char *t = run ("SELECT ?e ?label WHERE { ?e a dip:Meeting ; rdfs:label ?label }",
                            "table");

  CU_ASSERT_STRING_EQUAL (t,
    "| e           | label                   |\n"
    "|-------------+-------------------------|\n"
    "| id:event/m1 | Tillerson meets Wang Yi |\n"
    "(1 row)\n");
}

static void
test_analyst_join (void)
{
  g_autofree char *csv = run ("SELECT ?e WHERE { ?e a dip:Meeting ; dip:participant ?p . "
                              "?p rdfs:label \"Wang Yi\" }", "csv");
  g_autofree char *graph = run ("SELECT ?g WHERE { GRAPH ?g { ?e a dip:Statement } }", "csv");

  CU_ASSERT_STRING_EQUAL (csv, "e\r\n" DG_NS_ID "event/m1\r\n");
  CU_ASSERT_STRING_EQUAL (graph, "g\r\n" DG_NS_ID "doc/b\r\n");
}

static void
test_ask (void)
{
  g_autofree char *yes = run ("ASK { ?e a dip:Meeting }", "json");
  g_autofree char *no = run ("ASK { ?e a dip:Visit }", "json");
  g_autofree char *table = run ("ASK { ?e a dip:Meeting }", "table");
  g_autofree char *csv = run ("ASK { ?e a dip:Visit }", "csv");
  g_autofree char *xml = run ("ASK { ?e a dip:Meeting }", "xml");

  CU_ASSERT_PTR_NOT_NULL (strstr (yes, "\"boolean\" : true"));
  CU_ASSERT_PTR_NOT_NULL (strstr (no, "\"boolean\" : false"));
  CU_ASSERT_PTR_NOT_NULL (strstr (yes, "\"head\""));
  CU_ASSERT_STRING_EQUAL (table, "true\n");
  CU_ASSERT_STRING_EQUAL (csv, "false\n");
  CU_ASSERT_PTR_NOT_NULL (strstr (xml, "<boolean>true</boolean>"));
}

static void
test_syntax_error (void)
{
  g_autoptr (GError) error = NULL;
  char *text = dg_query_run_to_string (store, "SELECT ?x WHERE { ?x ?y }", "table", &error);

  CU_ASSERT_PTR_NULL (text);
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_SYNTAX));
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "syntax error") : NULL);
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "line 1") : NULL);
  g_clear_error (&error);

  /* line numbers are those of the user's query despite the prefixes */
  text = dg_query_run_to_string (store, "SELECT ?x\nWHERE {\n ?x ?y }", "table", &error);
  CU_ASSERT_PTR_NULL (text);
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "line 3") : NULL);
  g_clear_error (&error);

  /* an undeclared prefix */
  text = dg_query_run_to_string (store, "SELECT ?x WHERE { ?x a foo:Bar }", "table", &error);
  CU_ASSERT_PTR_NULL (text);
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_SYNTAX));
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "foo:Bar") : NULL);
  g_clear_error (&error);

  /* NOT EXISTS: rasqal's error plus what to write instead */
  text = dg_query_run_to_string (store, "SELECT ?x WHERE { ?x a dip:Event "
                                 "FILTER NOT EXISTS { ?x a dip:Meeting } }", "table", &error);
  CU_ASSERT_PTR_NULL (text);
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "BOUND") : NULL);
}

static void
test_refused (void)
{
  g_autoptr (GError) error = NULL;
  char *text = dg_query_run_to_string (store, "SELECT ?e WHERE {\n VALUES ?t { dip:Meeting }\n"
                                       " ?e a ?t }", "csv", &error);
  g_autofree char *ok = NULL;

  CU_ASSERT_PTR_NULL (text);
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_SYNTAX));
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "FILTER(?x IN (...))") : NULL);
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "line 2") : NULL);
  g_clear_error (&error);

  text = dg_query_run_to_string (store, "DESCRIBE <" DG_NS_ID "event/m1>", "turtle", &error);
  CU_ASSERT_PTR_NULL (text);
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "CONSTRUCT") : NULL);

  /* the word in a variable, a string or a comment is fine */
  ok = run ("SELECT ?values WHERE { # VALUES\n ?e rdfs:label ?values "
            "FILTER(?values = \"VALUES\") }", "csv");
  CU_ASSERT_STRING_EQUAL (ok, "values\r\n");
}

static void
test_add_prefixes (void)
{
  const char *q = "# PREFIX rdf: <urn:commented>\nprefix dip: <http://other/>\n"
                  "SELECT * WHERE { ?s ?p \"PREFIX xsd: <x>\" }";
  g_autofree char *full = dg_query_add_prefixes (q);
  const char *tail;
  g_autofree char *head = NULL;

  CU_ASSERT_TRUE_FATAL (g_str_has_suffix (full, q));
  head = g_strndup (full, strlen (full) - strlen (q));
  tail = full + strlen (head);
  CU_ASSERT_PTR_NULL (strchr (head, '\n'));           /* one line */
  CU_ASSERT_TRUE (g_str_has_suffix (head, " "));
  CU_ASSERT_TRUE (g_str_has_prefix (head, "PREFIX "));
  CU_ASSERT_PTR_NULL (strstr (head, "dip:"));         /* declared by the user */
  CU_ASSERT_PTR_NOT_NULL (strstr (head, "PREFIX rdf: <" DG_NS_RDF "> "));
  CU_ASSERT_PTR_NOT_NULL (strstr (head, "PREFIX xsd: <" DG_NS_XSD "> "));
  CU_ASSERT_PTR_NOT_NULL (strstr (head, "PREFIX id: <" DG_NS_ID "> "));
  CU_ASSERT_PTR_NOT_NULL (strstr (head, "PREFIX cameo: <" DG_NS_CAMEO "> "));
  CU_ASSERT_PTR_NOT_NULL (strstr (tail, "http://other/"));
}

static void
test_json_astral (void)
{
  g_autofree char *json = run ("SELECT ?q WHERE { ?e dip:quote ?q }", "json");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonNode *root;
  JsonArray *bindings;
  const char *value;

  CU_ASSERT_PTR_NOT_NULL_FATAL (json);
  CU_ASSERT_PTR_NULL (strstr (json, "\\U0001F600"));
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\\uD83D\\uDE00"));
  CU_ASSERT_TRUE_FATAL (json_parser_load_from_data (parser, json, -1, &error));
  root = json_parser_get_root (parser);
  bindings = json_object_get_array_member (json_object_get_object_member (
               json_node_get_object (root), "results"), "bindings");
  CU_ASSERT_EQUAL_FATAL (json_array_get_length (bindings), 1);
  value = json_object_get_string_member (json_object_get_object_member (
            json_array_get_object_element (bindings, 0), "q"), "value");
  CU_ASSERT_STRING_EQUAL (value, "We are happy \xF0\x9F\x98\x80 and \"pleased\"");
}

static void
test_construct (void)
{
  g_autofree char *ttl = run ("CONSTRUCT { ?e a dip:Consult } WHERE { ?e a dip:Meeting }",
                              "turtle");
  g_autofree char *table = run ("CONSTRUCT { ?e a dip:Consult } WHERE { ?e a dip:Meeting }",
                                "table");
  g_autofree char *nt = run ("CONSTRUCT { ?e a dip:Consult } WHERE { ?e a dip:Meeting }",
                             "ntriples");

  CU_ASSERT_PTR_NOT_NULL (strstr (ttl, "@prefix dip: <" DG_NS_DIP "> ."));
  CU_ASSERT_PTR_NOT_NULL (strstr (ttl, "a dip:Consult"));
  CU_ASSERT_STRING_EQUAL (table, ttl);     /* table falls back to turtle */
  CU_ASSERT_STRING_EQUAL (nt, "<" DG_NS_ID "event/m1> <" DG_RDF_TYPE "> <"
                          DG_NS_DIP "Consult> .\n");
}

static void
test_formats (void)
{
  g_autoptr (GError) error = NULL;

  CU_ASSERT_TRUE (dg_query_is_format ("json"));
  CU_ASSERT_TRUE (dg_query_is_format ("turtle"));
  CU_ASSERT_FALSE (dg_query_is_format ("yaml"));
  CU_ASSERT_PTR_NULL (dg_query_run_to_string (store, "ASK {}", "yaml", &error));
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT));
  g_clear_error (&error);
  CU_ASSERT_PTR_NULL (dg_query_run_to_string (store, "SELECT ?s WHERE { ?s ?p ?o }",
                                              "ntriples", &error));
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT));
}

static void
test_run_to_file (void)
{
  g_autoptr (GError) error = NULL;
  FILE *full = fopen ("/dev/full", "w");

  if (!full)
    return;
  CU_ASSERT_FALSE (dg_query_run (store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "json",
                                 full, &error));
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE));
  fclose (full);
}

int
main (void)
{
  g_autoptr (GError) error = NULL;
  int status;

  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, "memory:", DG_STORE_WRITE, &error);
  g_assert_no_error (error);
  if (!load_fixture ())
    g_error ("cannot load tests/data/graph-small.nq");
  CU_initialize_registry ();
  DG_TEST_SUITE ("query", DG_TEST (test_server_node),
                 DG_TEST (test_select_count),
                 DG_TEST (test_csv_header),
                 DG_TEST (test_table),
                 DG_TEST (test_analyst_join),
                 DG_TEST (test_ask),
                 DG_TEST (test_syntax_error),
                 DG_TEST (test_refused),
                 DG_TEST (test_add_prefixes),
                 DG_TEST (test_json_astral),
                 DG_TEST (test_construct),
                 DG_TEST (test_formats),
                 DG_TEST (test_run_to_file));
  status = dg_test_run ();
  dg_store_free (store);
  dg_rdf_free (rdf);
  return status;
}
