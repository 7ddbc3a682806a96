/* dg-export-csv.c - the events table, and the nodes/edges of a view, as CSV
 *
 * RFC 4180: a header row, CRLF line ends, fields quoted when they hold a
 * comma, a quote, CR or LF (quotes doubled).  Text is written as stored
 * (control characters included); several values in one field (agents,
 * sources) are joined with "; ".  The events table follows GDELT's event
 * table: one row per selected event.
 */
#include "config.h"

#include <string.h>

#include "dg-export-private.h"

static void
put_field (FILE *out, const char *text, gboolean first)
{
  const char *p;

  if (!first)
    fputc (',', out);
  if (!text)
    return;
  if (!strpbrk (text, ",\"\r\n"))
    {
      fputs (text, out);
      return;
    }
  fputc ('"', out);
  for (p = text; *p; p++)
    {
      if (*p == '"')
        fputc ('"', out);
      fputc (*p, out);
    }
  fputc ('"', out);
}

static void
end_row (FILE *out)
{
  fputs ("\r\n", out);
}

static const char *const event_columns[] = {
  "event", "date", "cameo", "cameo_root", "plover_type", "plover_mode",
  "goldstein", "quad_class", "agent", "agent_country", "target",
  "target_country", "place", "modality", "confidence", "source", "sentence",
  NULL
};

/* Labels (or countries) of @actors joined with "; "; NULL when empty. */
static char *
join_actors (GPtrArray *actors, gboolean countries)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < actors->len; i++)
    {
      const DgViewActor *a = g_ptr_array_index (actors, i);
      const char *text = countries ? a->country : (a->label ? a->label : a->iri);

      g_string_append_printf (s, "%s%s", s->len ? "; " : "", text ? text : "");
    }
  if (countries && strspn (s->str, "; ") == s->len)
    g_string_truncate (s, 0);
  return g_string_free (s, s->len == 0);
}

static char *
join_strings (GPtrArray *strings)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < strings->len; i++)
    g_string_append_printf (s, "%s%s", i ? "; " : "",
                            (const char *) g_ptr_array_index (strings, i));
  return g_string_free (s, s->len == 0);
}

gboolean
dg_export_csv_events (const DgView *view, FILE *out, GError **error)
{
  guint i, c;

  for (c = 0; event_columns[c]; c++)
    put_field (out, event_columns[c], c == 0);
  end_row (out);
  for (i = 0; i < view->events->len; i++)
    {
      const DgViewEvent *e = g_ptr_array_index (view->events, i);
      g_autofree char *quad = e->quad_class >= 0 ? g_strdup_printf ("%d", e->quad_class) : NULL;
      g_autofree char *agents = join_actors (e->agents, FALSE);
      g_autofree char *agent_cc = join_actors (e->agents, TRUE);
      g_autofree char *targets = join_actors (e->targets, FALSE);
      g_autofree char *target_cc = join_actors (e->targets, TRUE);
      g_autofree char *sources = join_strings (e->sources);

      put_field (out, e->iri, TRUE);
      put_field (out, e->date, FALSE);
      put_field (out, e->cameo, FALSE);
      put_field (out, e->cameo_root, FALSE);
      put_field (out, e->plover_type, FALSE);
      put_field (out, e->plover_mode, FALSE);
      put_field (out, e->goldstein_text, FALSE);
      put_field (out, quad, FALSE);
      put_field (out, agents, FALSE);
      put_field (out, agent_cc, FALSE);
      put_field (out, targets, FALSE);
      put_field (out, target_cc, FALSE);
      put_field (out, e->place_label ? e->place_label : e->place, FALSE);
      put_field (out, e->modality, FALSE);
      put_field (out, e->confidence, FALSE);
      put_field (out, sources, FALSE);
      put_field (out, e->evidence, FALSE);
      end_row (out);
    }
  return dg_export_check_file (out, "CSV", error);
}

gboolean
dg_export_csv_nodes (const DgView *view, FILE *out, GError **error)
{
  guint i, k;

  put_field (out, "id", TRUE);
  for (k = 0; dg_export_node_attrs[k].name; k++)
    put_field (out, dg_export_node_attrs[k].name, FALSE);
  end_row (out);
  for (i = 0; i < view->nodes->len; i++)
    {
      const DgViewNode *node = g_ptr_array_index (view->nodes, i);

      put_field (out, dg_view_node_iri (node), TRUE);
      for (k = 0; dg_export_node_attrs[k].name; k++)
        {
          g_autofree char *value = dg_export_node_attr (view, node, k);
          put_field (out, value, FALSE);
        }
      end_row (out);
    }
  return dg_export_check_file (out, "CSV", error);
}

gboolean
dg_export_csv_edges (const DgView *view, FILE *out, GError **error)
{
  guint i, k;

  put_field (out, "source", TRUE);
  put_field (out, "target", FALSE);
  for (k = 0; dg_export_edge_attrs[k].name; k++)
    put_field (out, dg_export_edge_attrs[k].name, FALSE);
  end_row (out);
  for (i = 0; i < view->edges->len; i++)
    {
      const DgViewEdge *edge = g_ptr_array_index (view->edges, i);

      put_field (out, dg_view_node_iri (g_ptr_array_index (view->nodes, edge->source)), TRUE);
      put_field (out, dg_view_node_iri (g_ptr_array_index (view->nodes, edge->target)), FALSE);
      for (k = 0; dg_export_edge_attrs[k].name; k++)
        {
          g_autofree char *value = dg_export_edge_attr (view, edge, k);
          put_field (out, value, FALSE);
        }
      end_row (out);
    }
  return dg_export_check_file (out, "CSV", error);
}
