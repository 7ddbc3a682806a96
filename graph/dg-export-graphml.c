/* dg-export-graphml.c - a view as GraphML (yEd, Cytoscape, Gephi)
 *
 * Streamed with libxml2's xmlTextWriter straight to the FILE: one typed
 * <key> per attribute of dg_export_node_attrs/dg_export_edge_attrs, node ids
 * are the IRIs, edge ids e0, e1, ...  Text goes through dg_export_xml_text
 * (control characters cannot be written in XML 1.0).
 */
#include "config.h"

#include <libxml/xmlwriter.h>

#include "dg-export-private.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"

static const char *
graphml_type (DgAttrType type)
{
  switch (type)
    {
    case DG_ATTR_INT: return "int";
    case DG_ATTR_DOUBLE: return "double";
    case DG_ATTR_STRING: default: return "string";
    }
}

static int
write_attr (xmlTextWriterPtr w, const char *name, const char *value)
{
  g_autofree char *clean = dg_export_xml_text (value);

  return xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST clean);
}

static int
write_data (xmlTextWriterPtr w, const char *key, char *value)
{
  g_autofree char *owned = value;
  g_autofree char *clean = NULL;
  int rc = 0;

  if (!owned)
    return 0;
  clean = dg_export_xml_text (owned);
  if (xmlTextWriterStartElement (w, BAD_CAST "data") < 0
      || xmlTextWriterWriteAttribute (w, BAD_CAST "key", BAD_CAST key) < 0
      || xmlTextWriterWriteString (w, BAD_CAST clean) < 0
      || xmlTextWriterEndElement (w) < 0)
    rc = -1;
  return rc;
}

static int
write_keys (xmlTextWriterPtr w, const DgAttr *attrs, const char *domain)
{
  guint i;

  for (i = 0; attrs[i].name; i++)
    {
      g_autofree char *id = g_strdup_printf ("%c_%s", domain[0], attrs[i].name);

      if (xmlTextWriterStartElement (w, BAD_CAST "key") < 0
          || write_attr (w, "id", id) < 0
          || write_attr (w, "for", domain) < 0
          || write_attr (w, "attr.name", attrs[i].name) < 0
          || write_attr (w, "attr.type", graphml_type (attrs[i].type)) < 0
          || xmlTextWriterEndElement (w) < 0)
        return -1;
    }
  return 0;
}

static gboolean
write_graphml (xmlTextWriterPtr w, const DgView *view)
{
  guint i, k;

  if (xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL) < 0
      || xmlTextWriterStartElement (w, BAD_CAST "graphml") < 0
      || write_attr (w, "xmlns", GRAPHML_NS) < 0
      || write_attr (w, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance") < 0
      || write_attr (w, "xsi:schemaLocation", GRAPHML_NS
                     " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd") < 0
      || write_keys (w, dg_export_node_attrs, "node") < 0
      || write_keys (w, dg_export_edge_attrs, "edge") < 0
      || xmlTextWriterStartElement (w, BAD_CAST "graph") < 0
      || write_attr (w, "id", view->kind == DG_VIEW_ACTORS ? "actors" : "events") < 0
      || write_attr (w, "edgedefault", "directed") < 0)
    return FALSE;
  for (i = 0; i < view->nodes->len; i++)
    {
      const DgViewNode *node = g_ptr_array_index (view->nodes, i);

      if (xmlTextWriterStartElement (w, BAD_CAST "node") < 0
          || write_attr (w, "id", dg_view_node_iri (node)) < 0)
        return FALSE;
      for (k = 0; dg_export_node_attrs[k].name; k++)
        {
          g_autofree char *key = g_strdup_printf ("n_%s", dg_export_node_attrs[k].name);

          if (write_data (w, key, dg_export_node_attr (view, node, k)) < 0)
            return FALSE;
        }
      if (xmlTextWriterEndElement (w) < 0)
        return FALSE;
    }
  for (i = 0; i < view->edges->len; i++)
    {
      const DgViewEdge *edge = g_ptr_array_index (view->edges, i);
      g_autofree char *id = g_strdup_printf ("e%u", i);

      if (xmlTextWriterStartElement (w, BAD_CAST "edge") < 0
          || write_attr (w, "id", id) < 0
          || write_attr (w, "source",
                         dg_view_node_iri (g_ptr_array_index (view->nodes, edge->source))) < 0
          || write_attr (w, "target",
                         dg_view_node_iri (g_ptr_array_index (view->nodes, edge->target))) < 0)
        return FALSE;
      for (k = 0; dg_export_edge_attrs[k].name; k++)
        {
          g_autofree char *key = g_strdup_printf ("e_%s", dg_export_edge_attrs[k].name);

          if (write_data (w, key, dg_export_edge_attr (view, edge, k)) < 0)
            return FALSE;
        }
      if (xmlTextWriterEndElement (w) < 0)
        return FALSE;
    }
  return xmlTextWriterEndDocument (w) >= 0;
}

gboolean
dg_export_graphml (const DgView *view, FILE *out, GError **error)
{
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateFile (out, NULL);
  xmlTextWriterPtr w = buffer ? xmlNewTextWriter (buffer) : NULL;
  gboolean ok;

  if (!w)
    {
      if (buffer)
        xmlOutputBufferClose (buffer);
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "cannot create the GraphML writer");
      return FALSE;
    }
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST " ");
  ok = write_graphml (w, view);
  xmlFreeTextWriter (w);                          /* flushes, closes the buffer */
  if (!ok)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "writing GraphML failed");
      return FALSE;
    }
  return dg_export_check_file (out, "GraphML", error);
}
