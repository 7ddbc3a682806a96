/* dg-export-jsonld.c - the store as JSON-LD, and a view as cytoscape.js JSON
 *
 * JSON-LD: one compact @context with the prefixes of dg_rdf_prefixes()
 * (dip:, rdfs:, xsd: ...), then one named graph object per document
 * ({"@id": graph, "@graph": [...]}) so that expanding it gives back the
 * same quads as `export --format nquads`.  Literals keep their lexical form
 * ({"@value": "2.50", "@type": "xsd:decimal"}), never JSON numbers, which
 * JSON-LD would turn into xsd:double.  Written with json-glib one graph at
 * a time: memory is bounded by the largest document, not the store
 * (raptor's own JSON writer escapes non-BMP characters as invalid JSON).
 *
 * cytoscape: {"elements": {"nodes": [{"data": {...}}], "edges": [...]}},
 * the attributes of dg_export_node_attrs/dg_export_edge_attrs, numbers as
 * JSON numbers.
 */
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "dg-export-private.h"
#include "dg-vocab.h"

static void
write_node (FILE *out, JsonNode *node)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (gen, node);
  text = json_generator_to_data (gen, NULL);
  fputs (text, out);
}

/* --- JSON-LD ------------------------------------------------------------ */

/* "dip:agent" for an IRI in a declared namespace with a simple local name,
 * else the IRI itself. */
static char *
compact_iri (const char *iri)
{
  const DgPrefix *p;

  for (p = dg_rdf_prefixes (); p->prefix; p++)
    if (g_str_has_prefix (iri, p->iri))
      {
        const char *local = iri + strlen (p->iri);
        const char *c;

        if (!*local || !(g_ascii_isalpha (*local) || *local == '_'))
          continue;
        for (c = local; *c; c++)
          if (!g_ascii_isalnum (*c) && *c != '_' && *c != '-' && *c != '.')
            break;
        if (!*c && c[-1] != '.')
          return g_strconcat (p->prefix, ":", local, NULL);
      }
  return g_strdup (iri);
}

static char *
node_id (librdf_node *node)
{
  if (librdf_node_is_blank (node))
    return g_strconcat ("_:", (const char *) librdf_node_get_blank_identifier (node), NULL);
  return g_strdup ((const char *) librdf_uri_as_string (librdf_node_get_uri (node)));
}

static JsonNode *
object_value (librdf_node *object)
{
  JsonObject *o = json_object_new ();
  JsonNode *n = json_node_new (JSON_NODE_OBJECT);

  if (librdf_node_is_literal (object))
    {
      librdf_uri *dt = librdf_node_get_literal_value_datatype_uri (object);
      const char *lang = librdf_node_get_literal_value_language (object);

      json_object_set_string_member (o, "@value",
                                     (const char *) librdf_node_get_literal_value (object));
      if (dt)
        {
          g_autofree char *type = compact_iri ((const char *) librdf_uri_as_string (dt));
          json_object_set_string_member (o, "@type", type);
        }
      else if (lang && *lang)
        json_object_set_string_member (o, "@language", lang);
    }
  else
    {
      g_autofree char *id = node_id (object);
      json_object_set_string_member (o, "@id", id);
    }
  json_node_take_object (n, o);
  return n;
}

static JsonArray *
member_array (JsonObject *subject, const char *key)
{
  if (!json_object_has_member (subject, key))
    json_object_set_array_member (subject, key, json_array_new ());
  return json_object_get_array_member (subject, key);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* One named graph as {"@id": ..., "@graph": [...]}. */
static gboolean
write_graph (librdf_model *model, librdf_node *context, FILE *out)
{
  g_autoptr(GHashTable) subjects =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) json_object_unref);
  librdf_stream *stream = librdf_model_context_as_stream (model, context);
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *graph = json_object_new ();
  JsonArray *nodes = json_array_new ();
  g_autofree char *graph_id = node_id (context);
  g_autofree gpointer *keys = NULL;
  guint n_keys = 0, i;

  if (!stream)
    {
      json_object_unref (graph);
      json_array_unref (nodes);
      return FALSE;
    }
  for (; !librdf_stream_end (stream); librdf_stream_next (stream))
    {
      librdf_statement *st = librdf_stream_get_object (stream);
      librdf_node *s = librdf_statement_get_subject (st);
      librdf_node *p = librdf_statement_get_predicate (st);
      librdf_node *o = librdf_statement_get_object (st);
      g_autofree char *sid = node_id (s);
      const char *piri = (const char *) librdf_uri_as_string (librdf_node_get_uri (p));
      JsonObject *subject = g_hash_table_lookup (subjects, sid);

      if (!subject)
        {
          subject = json_object_new ();
          json_object_set_string_member (subject, "@id", sid);
          g_hash_table_insert (subjects, g_strdup (sid), subject);
        }
      if (strcmp (piri, DG_RDF_TYPE) == 0 && librdf_node_is_resource (o))
        {
          g_autofree char *type = compact_iri ((const char *)
                                               librdf_uri_as_string (librdf_node_get_uri (o)));
          json_array_add_string_element (member_array (subject, "@type"), type);
        }
      else
        {
          g_autofree char *key = compact_iri (piri);
          json_array_add_element (member_array (subject, key), object_value (o));
        }
    }
  librdf_free_stream (stream);

  keys = g_hash_table_get_keys_as_array (subjects, &n_keys);
  qsort (keys, n_keys, sizeof *keys, compare_strings);
  for (i = 0; i < n_keys; i++)
    json_array_add_object_element (nodes,
                                   json_object_ref (g_hash_table_lookup (subjects, keys[i])));
  json_object_set_string_member (graph, "@id", graph_id);
  json_object_set_array_member (graph, "@graph", nodes);
  json_node_take_object (root, graph);
  write_node (out, root);
  return TRUE;
}

gboolean
dg_export_jsonld (DgStore *store, FILE *out, GError **error)
{
  librdf_model *model = dg_store_get_model (store);
  librdf_iterator *contexts = librdf_model_get_contexts (model);
  g_autoptr(JsonNode) context = json_node_new (JSON_NODE_OBJECT);
  JsonObject *prefixes = json_object_new ();
  const DgPrefix *p;
  gboolean ok = contexts != NULL, first = TRUE;

  for (p = dg_rdf_prefixes (); p->prefix; p++)
    json_object_set_string_member (prefixes, p->prefix, p->iri);
  json_node_take_object (context, prefixes);
  fputs ("{\n\"@context\": ", out);
  write_node (out, context);
  fputs (",\n\"@graph\": [\n", out);
  for (; ok && !librdf_iterator_end (contexts); librdf_iterator_next (contexts))
    {
      if (!first)
        fputs (",\n", out);
      first = FALSE;
      ok = write_graph (model, librdf_iterator_get_object (contexts), out);
    }
  if (contexts)
    librdf_free_iterator (contexts);
  fputs ("\n]\n}\n", out);
  if (!ok)
    {
      dg_rdf_set_error (dg_store_get_rdf (store), error, DG_GRAPH_ERROR_SERIALIZE,
                        "reading the named graphs of the store failed");
      return FALSE;
    }
  return dg_export_check_file (out, "JSON-LD", error);
}

/* --- cytoscape.js ------------------------------------------------------- */

static void
set_typed (JsonObject *data, const DgAttr *attr, const char *value)
{
  if (attr->type == DG_ATTR_INT)
    json_object_set_int_member (data, attr->name, g_ascii_strtoll (value, NULL, 10));
  else if (attr->type == DG_ATTR_DOUBLE)
    json_object_set_double_member (data, attr->name, g_ascii_strtod (value, NULL));
  else
    json_object_set_string_member (data, attr->name, value);
}

static void
write_element (FILE *out, JsonObject *data)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *element = json_object_new ();

  json_object_set_object_member (element, "data", data);
  json_node_take_object (node, element);
  write_node (out, node);
}

gboolean
dg_export_cytoscape (const DgView *view, FILE *out, GError **error)
{
  guint i, k;

  fputs ("{\"elements\": {\n\"nodes\": [\n", out);
  for (i = 0; i < view->nodes->len; i++)
    {
      const DgViewNode *node = g_ptr_array_index (view->nodes, i);
      JsonObject *data = json_object_new ();

      json_object_set_string_member (data, "id", dg_view_node_iri (node));
      for (k = 0; dg_export_node_attrs[k].name; k++)
        {
          g_autofree char *value = dg_export_node_attr (view, node, k);

          if (value)
            set_typed (data, &dg_export_node_attrs[k], value);
        }
      if (i)
        fputs (",\n", out);
      write_element (out, data);
    }
  fputs ("\n],\n\"edges\": [\n", out);
  for (i = 0; i < view->edges->len; i++)
    {
      const DgViewEdge *edge = g_ptr_array_index (view->edges, i);
      JsonObject *data = json_object_new ();
      g_autofree char *id = g_strdup_printf ("e%u", i);

      json_object_set_string_member (data, "id", id);
      json_object_set_string_member (data, "source",
          dg_view_node_iri (g_ptr_array_index (view->nodes, edge->source)));
      json_object_set_string_member (data, "target",
          dg_view_node_iri (g_ptr_array_index (view->nodes, edge->target)));
      for (k = 0; dg_export_edge_attrs[k].name; k++)
        {
          g_autofree char *value = dg_export_edge_attr (view, edge, k);

          if (value)
            set_typed (data, &dg_export_edge_attrs[k], value);
        }
      if (i)
        fputs (",\n", out);
      write_element (out, data);
    }
  fputs ("\n]\n}}\n", out);
  return dg_export_check_file (out, "cytoscape JSON", error);
}
