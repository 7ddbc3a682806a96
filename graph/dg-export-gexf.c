/* dg-export-gexf.c - a view as GEXF 1.3 (Gephi)
 *
 * Dynamic mode: nodes and edges carry start/end from the event dates
 * (an actor: its first and last event; an edge: the first and last event
 * it summarizes; an event: its date), so Gephi's timeline plays the
 * network over time.  Streamed with xmlTextWriter; attributes are those
 * of dg_export_node_attrs/dg_export_edge_attrs (the label is GEXF's own,
 * the weight too).
 */
#include "config.h"

#include <string.h>
#include <libxml/xmlwriter.h>

#include "dg-export-private.h"

#define GEXF_NS "http://gexf.net/1.3"

static const char *
gexf_type (DgAttrType type)
{
  switch (type)
    {
    case DG_ATTR_INT: return "integer";
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

/* Skipped as attvalues: written as GEXF's own attributes. */
static gboolean
is_builtin (const char *name)
{
  return strcmp (name, "label") == 0 || strcmp (name, "weight") == 0;
}

static int
write_declarations (xmlTextWriterPtr w, const DgAttr *attrs, const char *klass)
{
  guint i;

  if (xmlTextWriterStartElement (w, BAD_CAST "attributes") < 0
      || write_attr (w, "class", klass) < 0
      || write_attr (w, "mode", "static") < 0)
    return -1;
  for (i = 0; attrs[i].name; i++)
    if (!is_builtin (attrs[i].name)
        && (xmlTextWriterStartElement (w, BAD_CAST "attribute") < 0
            || write_attr (w, "id", attrs[i].name) < 0
            || write_attr (w, "title", attrs[i].name) < 0
            || write_attr (w, "type", gexf_type (attrs[i].type)) < 0
            || xmlTextWriterEndElement (w) < 0))
      return -1;
  return xmlTextWriterEndElement (w);
}

/* <attvalues> of one node or edge; @value returns owned text or NULL. */
static int
write_attvalues (xmlTextWriterPtr w, const DgAttr *attrs, char **values)
{
  guint i;

  if (xmlTextWriterStartElement (w, BAD_CAST "attvalues") < 0)
    return -1;
  for (i = 0; attrs[i].name; i++)
    if (values[i] && !is_builtin (attrs[i].name)
        && (xmlTextWriterStartElement (w, BAD_CAST "attvalue") < 0
            || write_attr (w, "for", attrs[i].name) < 0
            || write_attr (w, "value", values[i]) < 0
            || xmlTextWriterEndElement (w) < 0))
      return -1;
  return xmlTextWriterEndElement (w);
}

static int
write_interval (xmlTextWriterPtr w, const char *start, const char *end)
{
  if (start && write_attr (w, "start", start) < 0)
    return -1;
  if (end && write_attr (w, "end", end) < 0)
    return -1;
  return 0;
}

static gboolean
write_node (xmlTextWriterPtr w, const DgView *view, const DgViewNode *node)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  const char *start, *end;
  guint k;

  for (k = 0; dg_export_node_attrs[k].name; k++)
    g_ptr_array_add (values, dg_export_node_attr (view, node, k));
  if (node->kind == DG_VIEW_NODE_ACTOR)
    start = node->actor->first, end = node->actor->last;
  else
    start = end = node->event->date;
  return xmlTextWriterStartElement (w, BAD_CAST "node") >= 0
    && write_attr (w, "id", dg_view_node_iri (node)) >= 0
    && write_attr (w, "label", dg_view_node_label (node)) >= 0
    && write_interval (w, start, end) >= 0
    && write_attvalues (w, dg_export_node_attrs, (char **) values->pdata) >= 0
    && xmlTextWriterEndElement (w) >= 0;
}

static gboolean
write_edge (xmlTextWriterPtr w, const DgView *view, const DgViewEdge *edge, guint i)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *id = g_strdup_printf ("e%u", i);
  g_autofree char *weight = g_strdup_printf ("%u", edge->weight);
  guint k;

  for (k = 0; dg_export_edge_attrs[k].name; k++)
    g_ptr_array_add (values, dg_export_edge_attr (view, edge, k));
  return xmlTextWriterStartElement (w, BAD_CAST "edge") >= 0
    && write_attr (w, "id", id) >= 0
    && write_attr (w, "source",
                   dg_view_node_iri (g_ptr_array_index (view->nodes, edge->source))) >= 0
    && write_attr (w, "target",
                   dg_view_node_iri (g_ptr_array_index (view->nodes, edge->target))) >= 0
    && write_attr (w, "label", edge->label) >= 0
    && write_attr (w, "weight", weight) >= 0
    && write_interval (w, edge->first, edge->last) >= 0
    && write_attvalues (w, dg_export_edge_attrs, (char **) values->pdata) >= 0
    && xmlTextWriterEndElement (w) >= 0;
}

static gboolean
write_gexf (xmlTextWriterPtr w, const DgView *view)
{
  guint i;

  if (xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL) < 0
      || xmlTextWriterStartElement (w, BAD_CAST "gexf") < 0
      || write_attr (w, "xmlns", GEXF_NS) < 0
      || write_attr (w, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance") < 0
      || write_attr (w, "xsi:schemaLocation", GEXF_NS " " GEXF_NS "/gexf.xsd") < 0
      || write_attr (w, "version", "1.3") < 0
      || xmlTextWriterStartElement (w, BAD_CAST "meta") < 0
      || xmlTextWriterWriteElement (w, BAD_CAST "creator", BAD_CAST PACKAGE_STRING) < 0
      || xmlTextWriterWriteElement (w, BAD_CAST "description",
                                    BAD_CAST (view->kind == DG_VIEW_ACTORS
                                              ? "dipgraph actor network"
                                              : "dipgraph actors and events")) < 0
      || xmlTextWriterEndElement (w) < 0
      || xmlTextWriterStartElement (w, BAD_CAST "graph") < 0
      || write_attr (w, "defaultedgetype", "directed") < 0
      || write_attr (w, "mode", "dynamic") < 0
      || write_attr (w, "timeformat", "date") < 0
      || write_declarations (w, dg_export_node_attrs, "node") < 0
      || write_declarations (w, dg_export_edge_attrs, "edge") < 0
      || xmlTextWriterStartElement (w, BAD_CAST "nodes") < 0)
    return FALSE;
  for (i = 0; i < view->nodes->len; i++)
    if (!write_node (w, view, g_ptr_array_index (view->nodes, i)))
      return FALSE;
  if (xmlTextWriterEndElement (w) < 0
      || xmlTextWriterStartElement (w, BAD_CAST "edges") < 0)
    return FALSE;
  for (i = 0; i < view->edges->len; i++)
    if (!write_edge (w, view, g_ptr_array_index (view->edges, i), i))
      return FALSE;
  return xmlTextWriterEndDocument (w) >= 0;
}

gboolean
dg_export_gexf (const DgView *view, FILE *out, GError **error)
{
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateFile (out, NULL);
  xmlTextWriterPtr w = buffer ? xmlNewTextWriter (buffer) : NULL;
  gboolean ok;

  if (!w)
    {
      if (buffer)
        xmlOutputBufferClose (buffer);
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "cannot create the GEXF writer");
      return FALSE;
    }
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST " ");
  ok = write_gexf (w, view);
  xmlFreeTextWriter (w);
  if (!ok)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "writing GEXF failed");
      return FALSE;
    }
  return dg_export_check_file (out, "GEXF", error);
}
