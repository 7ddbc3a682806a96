/* test-views.c - the actors/events projections (dg-view) and the view
 * formats on a small fixture store (tests/data/views-a.ttl, views-b.ttl:
 * two named graphs, one event reported by both, labels with the characters
 * every format must keep). */
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dg-test.h"
#include "dg-export.h"
#include "dg-store.h"
#include "dg-view.h"
#include "dg-vocab.h"

#define ID(x) DG_NS_ID x
#define LAVROV "Сергей Лавров"
#define ACME "Acme\001 & <Co> \"Q\"\ttab"
#define USA_LABEL "United States \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8"
#define ROLE "Foreign \"Minister\" & <envoy>"

static DgRdf *rdf;
static DgStore *store;

/* Loads a Turtle fixture as the named graph @graph. */
static void
load (const char *file, const char *graph)
{
  g_autofree char *path = dg_test_srcpath (file);
  g_autofree char *uri_text = g_filename_to_uri (path, NULL, NULL);
  librdf_world *world = dg_rdf_get_world (rdf);
  librdf_parser *parser = librdf_new_parser (world, "turtle", NULL, NULL);
  librdf_uri *uri = librdf_new_uri (world, (const unsigned char *) uri_text);
  librdf_stream *stream = librdf_parser_parse_as_stream (parser, uri, uri);
  g_autoptr(GPtrArray) statements =
    g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  g_autoptr(GError) error = NULL;

  CU_ASSERT_FATAL (stream != NULL);
  for (; !librdf_stream_end (stream); librdf_stream_next (stream))
    g_ptr_array_add (statements, librdf_new_statement_from_statement (librdf_stream_get_object (stream)));
  librdf_free_stream (stream);
  librdf_free_uri (uri);
  librdf_free_parser (parser);
  CU_ASSERT (dg_store_replace_graph (store, graph, statements, &error));
  CU_ASSERT_PTR_NULL (error);
}

static void
test_load (void)
{
  load ("tests/data/views-a.ttl", DG_NS_ID "doc/a");
  load ("tests/data/views-b.ttl", DG_NS_ID "doc/b");
}

static DgView *
build (DgViewOptions *o)
{
  g_autoptr(GError) error = NULL;
  DgView *view = dg_view_build (store, o, &error);

  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_FATAL (view != NULL);
  return view;
}

static const DgViewNode *
find_node (DgView *view, const char *iri)
{
  guint i;

  for (i = 0; i < view->nodes->len; i++)
    if (strcmp (dg_view_node_iri (g_ptr_array_index (view->nodes, i)), iri) == 0)
      return g_ptr_array_index (view->nodes, i);
  return NULL;
}

static const DgViewEdge *
find_edge (DgView *view, const char *source, const char *target, const char *label)
{
  guint i;

  for (i = 0; i < view->edges->len; i++)
    {
      const DgViewEdge *e = g_ptr_array_index (view->edges, i);

      if (strcmp (dg_view_node_iri (g_ptr_array_index (view->nodes, e->source)), source) == 0
          && strcmp (dg_view_node_iri (g_ptr_array_index (view->nodes, e->target)), target) == 0
          && strcmp (e->label, label) == 0)
        return e;
    }
  return NULL;
}

static void
test_actors_view (void)
{
  DgViewOptions o = { 0 };
  g_autoptr(DgView) view = build (&o);
  const DgViewNode *lavrov, *acme;
  const DgViewEdge *e;

  CU_ASSERT_EQUAL (view->nodes->len, 6);
  CU_ASSERT_EQUAL (view->edges->len, 4);
  CU_ASSERT_EQUAL (view->events->len, 6);   /* e1 once, though in two graphs */

  lavrov = find_node (view, ID ("person/lavrov"));
  CU_ASSERT_FATAL (lavrov != NULL);
  CU_ASSERT_STRING_EQUAL (lavrov->actor->label, LAVROV);
  CU_ASSERT_STRING_EQUAL (lavrov->actor->klass, "Person");
  CU_ASSERT_STRING_EQUAL (lavrov->actor->country, "RUS");     /* from the affiliation */
  CU_ASSERT_STRING_EQUAL (lavrov->actor->role, ROLE);
  CU_ASSERT_STRING_EQUAL (lavrov->actor->sector, "GOV");
  CU_ASSERT_EQUAL (lavrov->actor->n_events, 2);
  CU_ASSERT_STRING_EQUAL (lavrov->actor->first, "2009-03-01");
  CU_ASSERT_STRING_EQUAL (lavrov->actor->last, "2009-03-05");
  acme = find_node (view, ID ("org/acme"));
  CU_ASSERT_FATAL (acme != NULL);
  CU_ASSERT_STRING_EQUAL (acme->actor->klass, "Organization");
  CU_ASSERT_EQUAL (acme->actor->n_events, 1);
  CU_ASSERT_PTR_NULL (acme->actor->first);                    /* e5 has no date */

  /* two meetings (044, 043): one edge of root 04, weight 2 */
  e = find_edge (view, ID ("person/lavrov"), ID ("person/ahmadinejad"), "04");
  CU_ASSERT_FATAL (e != NULL);
  CU_ASSERT_EQUAL (e->weight, 2);
  CU_ASSERT_DOUBLE_EQUAL (e->goldstein, 2.65, 1e-9);
  CU_ASSERT_EQUAL (e->quad_class, 1);
  CU_ASSERT_STRING_EQUAL (e->first, "2009-03-01");
  CU_ASSERT_STRING_EQUAL (e->last, "2009-03-05");
  CU_ASSERT_EQUAL (e->events->len, 2);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (e->events, 0), ID ("event/e1"));
  e = find_edge (view, ID ("person/ahmadinejad"), ID ("country/USA"), "11");
  CU_ASSERT_FATAL (e != NULL);
  CU_ASSERT_EQUAL (e->weight, 1);
  CU_ASSERT_DOUBLE_EQUAL (e->goldstein, -2.0, 1e-9);
  CU_ASSERT_EQUAL (e->quad_class, 3);
  /* no agent: the participant pair, smaller IRI first */
  CU_ASSERT_PTR_NOT_NULL (find_edge (view, ID ("country/IRN"), ID ("country/RUS"), "04"));
  /* agent without target: agent -> the other participants */
  CU_ASSERT_PTR_NOT_NULL (find_edge (view, ID ("country/USA"), ID ("country/IRN"), "02"));
}

static void
test_events_view (void)
{
  DgViewOptions o = { .kind = DG_VIEW_EVENTS };
  g_autoptr(DgView) view = build (&o);
  const DgViewNode *e1;
  const DgViewEdge *edge;

  CU_ASSERT_EQUAL (view->nodes->len, 12);
  CU_ASSERT_EQUAL (view->edges->len, 11);
  e1 = find_node (view, ID ("event/e1"));
  CU_ASSERT_FATAL (e1 != NULL);
  CU_ASSERT_EQUAL (e1->kind, DG_VIEW_NODE_EVENT);
  CU_ASSERT_STRING_EQUAL (e1->event->klass, "Meeting");
  CU_ASSERT_STRING_EQUAL (e1->event->cameo, "044");
  CU_ASSERT_STRING_EQUAL (e1->event->cameo_root, "04");
  CU_ASSERT_STRING_EQUAL (e1->event->plover_type, "CONSULT");
  CU_ASSERT_STRING_EQUAL (e1->event->plover_mode, "third-party");
  CU_ASSERT_STRING_EQUAL (e1->event->date, "2009-03-01");
  CU_ASSERT_STRING_EQUAL (e1->event->place_label, "Genève, \"Palais\" <des> Nations & co");
  CU_ASSERT_STRING_EQUAL (e1->event->modality, "asserted");
  CU_ASSERT_EQUAL (e1->event->sources->len, 2);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (e1->event->sources, 0), "http://example.org/a?x=1&y=2");
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (e1->event->sources, 1), ID ("doc/b"));
  edge = find_edge (view, ID ("event/e1"), ID ("person/lavrov"), "agent");
  CU_ASSERT_PTR_NOT_NULL (edge);
  CU_ASSERT_PTR_NOT_NULL (find_edge (view, ID ("event/e1"), ID ("person/ahmadinejad"), "target"));
  CU_ASSERT_PTR_NOT_NULL (find_edge (view, ID ("event/e4"), ID ("country/RUS"), "participant"));
  CU_ASSERT_PTR_NULL (find_edge (view, ID ("event/e1"), ID ("person/lavrov"), "participant"));
}

static void
test_filters (void)
{
  DgViewOptions o = { 0 };
  DgView *view;
  const DgViewEdge *e;

  o.from = "2009-03-02";
  o.to = "2009-03-31";
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 2);                    /* e2, e3 */
  CU_ASSERT_EQUAL (view->nodes->len, 3);
  CU_ASSERT_EQUAL (view->edges->len, 2);
  e = find_edge (view, ID ("person/lavrov"), ID ("person/ahmadinejad"), "04");
  CU_ASSERT (e && e->weight == 1);
  dg_view_free (view);

  memset (&o, 0, sizeof o);
  o.actor = "сергей лавров";                                  /* label, any case */
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 2);
  CU_ASSERT_EQUAL (view->nodes->len, 2);
  CU_ASSERT_EQUAL (view->edges->len, 1);
  dg_view_free (view);
  o.actor = ID ("country/USA");                               /* IRI */
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 2);                    /* e3, e6 */
  dg_view_free (view);

  memset (&o, 0, sizeof o);
  o.country = "IRN";
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 5);                    /* all but e5 */
  dg_view_free (view);

  memset (&o, 0, sizeof o);
  o.type = "Meeting";
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 3);
  dg_view_free (view);
  o.type = "dip:Accuse";
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 1);
  dg_view_free (view);
  o.type = DG_NS_DIP "Consult";                               /* superclass */
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 3);
  dg_view_free (view);

  memset (&o, 0, sizeof o);
  o.min_events = 2;
  view = build (&o);
  CU_ASSERT_EQUAL (view->nodes->len, 4);                     /* not RUS, not Acme */
  CU_ASSERT_EQUAL (view->edges->len, 1);
  CU_ASSERT_PTR_NULL (find_node (view, ID ("country/RUS")));
  dg_view_free (view);
}

static void
test_query_source (void)
{
  DgViewOptions o = { 0 };
  DgView *view;
  g_autoptr(GError) error = NULL;

  o.query = "SELECT ?event WHERE { ?event dip:goldstein ?g FILTER(?g < 0) }";
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 1);
  CU_ASSERT_EQUAL (view->edges->len, 1);
  dg_view_free (view);

  o.query = "CONSTRUCT { ?e ?p ?o } WHERE { ?e a ?t FILTER(?t = dip:Meeting) . ?e ?p ?o }";
  view = build (&o);
  CU_ASSERT_EQUAL (view->events->len, 3);
  CU_ASSERT_EQUAL (view->nodes->len, 4);
  CU_ASSERT_EQUAL (view->edges->len, 2);
  dg_view_free (view);

  o.query = "SELEKT nonsense";
  view = dg_view_build (store, &o, &error);
  CU_ASSERT_PTR_NULL (view);
  if (error && error->code != DG_GRAPH_ERROR_QUERY_SYNTAX)
    fprintf (stderr, "%s\n", error->message);
  CU_ASSERT (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_SYNTAX));
}

/* @format of the view as a string. */
static char *
export_view (DgViewKind kind, const char *format)
{
  DgViewOptions o = { .kind = kind };
  g_autoptr(DgView) view = build (&o);
  g_autoptr(GError) error = NULL;
  FILE *fp = tmpfile ();
  GString *s = g_string_new (NULL);
  char buf[4096];
  size_t n;

  CU_ASSERT_FATAL (fp != NULL);
  CU_ASSERT (dg_export_view (view, format, fp, &error));
  CU_ASSERT_PTR_NULL (error);
  rewind (fp);
  while ((n = fread (buf, 1, sizeof buf, fp)) > 0)
    g_string_append_len (s, buf, (gssize) n);
  fclose (fp);
  return g_string_free (s, FALSE);
}

/* The text of the <data key=@key> of node @id in GraphML, or NULL. */
static char *
graphml_data (xmlDoc *doc, const char *id, const char *key)
{
  xmlNode *graph = xmlDocGetRootElement (doc)->children, *node, *data;

  for (; graph && !xmlStrEqual (graph->name, BAD_CAST "graph"); graph = graph->next)
    ;
  for (node = graph ? graph->children : NULL; node; node = node->next)
    {
      g_autofree xmlChar *nid = node->type == XML_ELEMENT_NODE
        ? xmlGetProp (node, BAD_CAST "id") : NULL;

      if (!nid || strcmp ((char *) nid, id) != 0)
        continue;
      for (data = node->children; data; data = data->next)
        {
          xmlChar *k = data->type == XML_ELEMENT_NODE ? xmlGetProp (data, BAD_CAST "key") : NULL;
          gboolean match = k && strcmp ((char *) k, key) == 0;

          xmlFree (k);
          if (match)
            {
              xmlChar *text = xmlNodeGetContent (data);
              char *copy = g_strdup ((char *) text);
              xmlFree (text);
              return copy;
            }
        }
    }
  return NULL;
}

static void
test_graphml_characters (void)
{
  g_autofree char *text = export_view (DG_VIEW_ACTORS, "graphml");
  xmlDoc *doc = xmlReadMemory (text, (int) strlen (text), "x.graphml", NULL, XML_PARSE_NONET);
  g_autofree char *lavrov = NULL, *role = NULL, *usa = NULL, *acme = NULL, *weight = NULL;

  CU_ASSERT_FATAL (doc != NULL);                              /* well-formed */
  lavrov = graphml_data (doc, ID ("person/lavrov"), "n_label");
  role = graphml_data (doc, ID ("person/lavrov"), "n_role");
  usa = graphml_data (doc, ID ("country/USA"), "n_label");
  acme = graphml_data (doc, ID ("org/acme"), "n_label");
  CU_ASSERT_STRING_EQUAL (lavrov, LAVROV);
  CU_ASSERT_STRING_EQUAL (role, ROLE);
  CU_ASSERT_STRING_EQUAL (usa, USA_LABEL);
  /* XML 1.0 cannot carry U+0001: it becomes U+FFFD, the rest is kept */
  CU_ASSERT_STRING_EQUAL (acme, "Acme\xEF\xBF\xBD & <Co> \"Q\"\ttab");
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>"));
  xmlFreeDoc (doc);
  (void) weight;
}

static void
test_gexf_dynamic (void)
{
  g_autofree char *text = export_view (DG_VIEW_ACTORS, "gexf");
  xmlDoc *doc = xmlReadMemory (text, (int) strlen (text), "x.gexf", NULL, XML_PARSE_NONET);

  CU_ASSERT_FATAL (doc != NULL);
  xmlFreeDoc (doc);
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "version=\"1.3\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "mode=\"dynamic\" timeformat=\"date\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "label=\"Сергей Лавров\" start=\"2009-03-01\" end=\"2009-03-05\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "label=\"04\" weight=\"2\" start=\"2009-03-01\" end=\"2009-03-05\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "label=\"Mahmoud Ahmadinejad's\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "Acme\xEF\xBF\xBD &amp; &lt;Co&gt; &quot;Q&quot;"));
}

static void
test_dot (void)
{
  g_autofree char *text = export_view (DG_VIEW_ACTORS, "dot");

  CU_ASSERT (g_str_has_prefix (text, "digraph actors {"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "label=\"Сергей Лавров\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "label=\"Acme\xEF\xBF\xBD &amp; <Co> \\\"Q\\\" tab\""));
  /* colour by quad class, width by weight */
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "[label=\"04 (2)\", color=\"#2ca02c\", penwidth=2.50, weight=2]"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "[label=\"11\", color=\"#ff7f0e\", penwidth=1.00, weight=1]"));
}

static void
test_csv (void)
{
  g_autofree char *text = export_view (DG_VIEW_ACTORS, "csv");
  g_auto(GStrv) rows = g_strsplit (text, "\r\n", -1);

  /* header + 6 events + the empty string after the last CRLF; the evidence
   * of e1 holds a LF inside quotes, so split on CRLF */
  CU_ASSERT_EQUAL (g_strv_length (rows), 8);
  CU_ASSERT (g_str_has_prefix (rows[0], "event,date,cameo,cameo_root,plover_type,"));
  CU_ASSERT_STRING_EQUAL (rows[1],
      DG_NS_ID "event/e1,2009-03-01,044,04,CONSULT,third-party,2.5,1," LAVROV ",RUS,"
      "Mahmoud Ahmadinejad's,IRN,\"Genève, \"\"Palais\"\" <des> Nations & co\",asserted,0.8,"
      "http://example.org/a?x=1&y=2; " DG_NS_ID "doc/b,"
      "\"Lavrov met Ahmadinejad, saying \"\"talks, not <threats>\"\" & more,\nat once.\"");
  CU_ASSERT_STRING_EQUAL (rows[7], "");
  CU_ASSERT (g_str_has_prefix (rows[6], DG_NS_ID "event/e5,,010,01,"));   /* undated last */
}

static void
test_cytoscape_characters (void)
{
  g_autofree char *text = export_view (DG_VIEW_EVENTS, "cytoscape");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *elements;
  JsonArray *nodes;
  guint i, found = 0;

  CU_ASSERT_FATAL (json_parser_load_from_data (parser, text, -1, &error));
  elements = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                            "elements");
  nodes = json_object_get_array_member (elements, "nodes");
  CU_ASSERT_EQUAL (json_array_get_length (nodes), 12);
  CU_ASSERT_EQUAL (json_array_get_length (json_object_get_array_member (elements, "edges")), 11);
  for (i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *data = json_object_get_object_member (json_array_get_object_element (nodes, i), "data");
      const char *id = json_object_get_string_member (data, "id");

      if (strcmp (id, ID ("org/acme")) == 0)
        {
          /* JSON keeps the control character exactly */
          CU_ASSERT_STRING_EQUAL (json_object_get_string_member (data, "label"), ACME);
          found++;
        }
      else if (strcmp (id, ID ("country/USA")) == 0)
        {
          CU_ASSERT_STRING_EQUAL (json_object_get_string_member (data, "label"), USA_LABEL);
          CU_ASSERT_EQUAL (json_object_get_int_member (data, "events"), 2);
          found++;
        }
      else if (strcmp (id, ID ("event/e1")) == 0)
        {
          CU_ASSERT_DOUBLE_EQUAL (json_object_get_double_member (data, "goldstein"), 2.5, 1e-9);
          CU_ASSERT_STRING_EQUAL (json_object_get_string_member (data, "kind"), "event");
          found++;
        }
    }
  CU_ASSERT_EQUAL (found, 3);
}

static void
test_jsonld (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  FILE *fp = tmpfile ();
  GString *s = g_string_new (NULL);
  g_autofree char *text = NULL;
  char buf[4096];
  size_t n;
  JsonObject *root;
  JsonArray *graphs;

  CU_ASSERT_FATAL (fp != NULL);
  CU_ASSERT (dg_export_store (store, "jsonld", fp, &error));
  rewind (fp);
  while ((n = fread (buf, 1, sizeof buf, fp)) > 0)
    g_string_append_len (s, buf, (gssize) n);
  fclose (fp);
  text = g_string_free (s, FALSE);
  CU_ASSERT_FATAL (json_parser_load_from_data (parser, text, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (json_object_get_object_member (root, "@context"), "dip"),
                          DG_NS_DIP);
  graphs = json_object_get_array_member (root, "@graph");
  CU_ASSERT_EQUAL (json_array_get_length (graphs), 2);        /* one per document */
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "\"dip:Meeting\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "{\"@value\":\"2.5\",\"@type\":\"xsd:decimal\"}"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, "\"rdfs:label\":[{\"@value\":\"Acme\\u0001 & <Co> \\\"Q\\\"\\ttab\"}]"));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, LAVROV));
  CU_ASSERT_PTR_NOT_NULL (strstr (text, USA_LABEL));
}

static void
test_csv_dir (void)
{
  DgViewOptions o = { 0 };
  g_autoptr(DgView) view = build (&o);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dg-views-XXXXXX", NULL);
  g_autofree char *nodes_path = g_build_filename (dir, "nodes.csv", NULL);
  g_autofree char *edges_path = g_build_filename (dir, "edges.csv", NULL);
  g_autofree char *events_path = g_build_filename (dir, "events.csv", NULL);
  g_autofree char *nodes = NULL, *edges = NULL;

  CU_ASSERT (dg_export_view_csv_dir (view, dir, &error));
  CU_ASSERT (g_file_get_contents (nodes_path, &nodes, NULL, NULL));
  CU_ASSERT (g_file_get_contents (edges_path, &edges, NULL, NULL));
  CU_ASSERT (g_file_test (events_path, G_FILE_TEST_EXISTS));
  CU_ASSERT (g_str_has_prefix (nodes, "id,label,kind,class,"));
  CU_ASSERT_PTR_NOT_NULL (strstr (edges, "\r\n" DG_NS_ID "person/lavrov," DG_NS_ID
                                  "person/ahmadinejad,04,2,2.65,1,2009-03-01,2009-03-05,"
                                  DG_NS_ID "event/e1 " DG_NS_ID "event/e2\r\n"));
  g_remove (nodes_path);
  g_remove (edges_path);
  g_remove (events_path);
  g_rmdir (dir);
}

static void
test_formats (void)
{
  DgExportKind kind;
  const char *mime;
  g_autoptr(GError) error = NULL;
  DgViewOptions o = { 0 };
  g_autoptr(DgView) view = build (&o);

  CU_ASSERT (dg_export_format_info ("gexf", &kind, &mime));
  CU_ASSERT_EQUAL (kind, DG_EXPORT_KIND_VIEW);
  CU_ASSERT_STRING_EQUAL (mime, "application/gexf+xml");
  CU_ASSERT (dg_export_format_info ("jsonld", &kind, NULL));
  CU_ASSERT_EQUAL (kind, DG_EXPORT_KIND_RDF);
  CU_ASSERT_FALSE (dg_export_format_info ("pdf", NULL, NULL));
  CU_ASSERT_FALSE (dg_export_view (view, "turtle", stdout, &error));
  CU_ASSERT (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT));
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL, *spec = NULL, *path = NULL;
  int status;

  if (CU_initialize_registry () != CUE_SUCCESS)
    return 1;
  /* sqlite, the default storage (the hashes storage of librdf 1.0.17 leaks
   * a term per triple pattern of a FILTERed CONSTRUCT) */
  tmpdir = g_dir_make_tmp ("dg-views-XXXXXX", NULL);
  spec = g_strconcat ("sqlite:", tmpdir, "/views.store", NULL);
  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, spec, DG_STORE_WRITE, &error);
  if (!store)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  DG_TEST_SUITE ("load", DG_TEST (test_load));
  DG_TEST_SUITE ("views",
                 DG_TEST (test_actors_view),
                 DG_TEST (test_events_view),
                 DG_TEST (test_filters),
                 DG_TEST (test_query_source));
  DG_TEST_SUITE ("formats",
                 DG_TEST (test_graphml_characters),
                 DG_TEST (test_gexf_dynamic),
                 DG_TEST (test_dot),
                 DG_TEST (test_csv),
                 DG_TEST (test_csv_dir),
                 DG_TEST (test_cytoscape_characters),
                 DG_TEST (test_jsonld),
                 DG_TEST (test_formats));
  status = dg_test_run ();
  dg_store_free (store);
  dg_rdf_free (rdf);
  path = g_build_filename (tmpdir, "views.store", NULL);
  g_remove (path);
  g_free (path);
  path = g_build_filename (tmpdir, "views.store.lock", NULL);
  g_remove (path);
  g_rmdir (tmpdir);
  return status;
}
