/* dg-export-attrs.c - the node and edge attributes of the view formats
 *
 * One table for GraphML keys, GEXF attributes, CSV columns and cytoscape
 * data, and the text sanitizer of the XML writers.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "dg-export-private.h"

const DgAttr dg_export_node_attrs[] = {
  { "label", DG_ATTR_STRING },
  { "kind", DG_ATTR_STRING },         /* actor or event */
  { "class", DG_ATTR_STRING },
  { "country", DG_ATTR_STRING },
  { "sector", DG_ATTR_STRING },
  { "role", DG_ATTR_STRING },
  { "events", DG_ATTR_INT },
  { "first", DG_ATTR_STRING },
  { "last", DG_ATTR_STRING },
  { "date", DG_ATTR_STRING },
  { "cameo", DG_ATTR_STRING },
  { "plover_type", DG_ATTR_STRING },
  { "plover_mode", DG_ATTR_STRING },
  { "place", DG_ATTR_STRING },
  { "modality", DG_ATTR_STRING },
  { "goldstein", DG_ATTR_DOUBLE },
  { "quad_class", DG_ATTR_INT },
  { "confidence", DG_ATTR_DOUBLE },
  { "iri", DG_ATTR_STRING },
  { NULL, 0 }
};

const DgAttr dg_export_edge_attrs[] = {
  { "label", DG_ATTR_STRING },        /* CAMEO root, or the role */
  { "weight", DG_ATTR_INT },
  { "goldstein", DG_ATTR_DOUBLE },    /* mean */
  { "quad_class", DG_ATTR_INT },
  { "first", DG_ATTR_STRING },
  { "last", DG_ATTR_STRING },
  { "events", DG_ATTR_STRING },       /* event IRIs, space-separated */
  { NULL, 0 }
};

static char *
dup_or_null (const char *s)
{
  return s && *s ? g_strdup (s) : NULL;
}

static char *
format_double (double d)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.6g", d));
}

char *
dg_export_node_attr (const DgView *view, const DgViewNode *node, guint i)
{
  const DgViewActor *a = node->kind == DG_VIEW_NODE_ACTOR ? node->actor : NULL;
  const DgViewEvent *e = node->kind == DG_VIEW_NODE_EVENT ? node->event : NULL;
  const char *name = dg_export_node_attrs[i].name;

  if (strcmp (name, "label") == 0)
    return g_strdup (dg_view_node_label (node));
  if (strcmp (name, "kind") == 0)
    return g_strdup (a ? "actor" : "event");
  if (strcmp (name, "class") == 0)
    return dup_or_null (a ? a->klass : e->klass);
  if (strcmp (name, "iri") == 0)
    return g_strdup (dg_view_node_iri (node));
  if (a)
    {
      if (strcmp (name, "country") == 0)
        return dup_or_null (a->country);
      if (strcmp (name, "sector") == 0)
        return dup_or_null (a->sector);
      if (strcmp (name, "role") == 0)
        return dup_or_null (a->role);
      if (strcmp (name, "events") == 0)
        return g_strdup_printf ("%u", a->n_events);
      if (strcmp (name, "first") == 0)
        return dup_or_null (a->first);
      if (strcmp (name, "last") == 0)
        return dup_or_null (a->last);
      return NULL;
    }
  if (strcmp (name, "date") == 0 || strcmp (name, "first") == 0
      || strcmp (name, "last") == 0)
    return dup_or_null (e->date);
  if (strcmp (name, "cameo") == 0)
    return dup_or_null (e->cameo);
  if (strcmp (name, "plover_type") == 0)
    return dup_or_null (e->plover_type);
  if (strcmp (name, "plover_mode") == 0)
    return dup_or_null (e->plover_mode);
  if (strcmp (name, "place") == 0)
    return dup_or_null (e->place_label ? e->place_label : e->place);
  if (strcmp (name, "modality") == 0)
    return dup_or_null (e->modality);
  if (strcmp (name, "goldstein") == 0)
    return e->has_goldstein ? format_double (e->goldstein) : NULL;
  if (strcmp (name, "quad_class") == 0)
    return e->quad_class >= 0 ? g_strdup_printf ("%d", e->quad_class) : NULL;
  if (strcmp (name, "confidence") == 0)
    return e->confidence ? format_double (g_ascii_strtod (e->confidence, NULL)) : NULL;
  return NULL;
}

char *
dg_export_edge_attr (const DgView *view, const DgViewEdge *edge, guint i)
{
  const char *name = dg_export_edge_attrs[i].name;

  if (strcmp (name, "label") == 0)
    return dup_or_null (edge->label);
  if (strcmp (name, "weight") == 0)
    return g_strdup_printf ("%u", edge->weight);
  if (strcmp (name, "goldstein") == 0)
    return edge->has_goldstein ? format_double (edge->goldstein) : NULL;
  if (strcmp (name, "quad_class") == 0)
    return edge->quad_class >= 0 ? g_strdup_printf ("%d", edge->quad_class) : NULL;
  if (strcmp (name, "first") == 0)
    return dup_or_null (edge->first);
  if (strcmp (name, "last") == 0)
    return dup_or_null (edge->last);
  if (strcmp (name, "events") == 0)
    {
      GString *s = g_string_new (NULL);
      guint k;

      for (k = 0; k < edge->events->len; k++)
        g_string_append_printf (s, "%s%s", k ? " " : "",
                                (const char *) g_ptr_array_index (edge->events, k));
      return g_string_free (s, FALSE);
    }
  return NULL;
}

char *
dg_export_xml_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *s = g_string_sized_new (strlen (valid));
  const char *p;

  for (p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (s, 0xFFFD);
      else
        g_string_append_len (s, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (s, FALSE);
}

gboolean
dg_export_check_file (FILE *out, const char *format, GError **error)
{
  errno = 0;
  if (fflush (out) != 0 || ferror (out))
    {
      int saved = errno;

      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "writing %s failed: %s", format,
                   saved ? g_strerror (saved) : "write error");
      return FALSE;
    }
  return TRUE;
}
