/* dg-export-dot.c - a view as Graphviz DOT, and rendered as SVG or PNG
 *
 * Edge colour by quad class (1 verbal cooperation green, 2 material
 * cooperation blue, 3 verbal conflict orange, 4 material conflict red,
 * else grey), pen width by weight; node shape by class.  The layout engine
 * is named in the graph ("layout=neato", sfdp past 500 nodes), so
 * `dot -Tsvg` draws the same picture as `--format svg`, which renders
 * in-process through libgvc.
 *
 * Escaping: inside a DOT string only '"' and '\' are special; Graphviz then
 * reads HTML entities in labels, so '&' is written "&amp;".  Control
 * characters, which no renderer shows, become U+FFFD.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <gvc.h>

#include "dg-export-private.h"

#if defined(__SANITIZE_ADDRESS__)
/* Graphviz 2.42 and fontconfig keep plugin and font caches for the life of
 * the process (gvFreeContext does not release them); LeakSanitizer reports
 * them at exit in every ASan build that renders.  Only those two libraries
 * are suppressed.  Weak: a program's own hooks (tests/test-query.c) win. */
const char *__lsan_default_suppressions (void);
__attribute__ ((weak)) const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\nleak:libgvc.so\n";
}
const char *__lsan_default_options (void);
__attribute__ ((weak)) const char *
__lsan_default_options (void)
{
  return "print_suppressions=0";
}
#endif

static const char *quad_colours[] = {
  "#999999",  /* none */
  "#2ca02c",  /* 1 verbal cooperation */
  "#1f77b4",  /* 2 material cooperation */
  "#ff7f0e",  /* 3 verbal conflict */
  "#d62728",  /* 4 material conflict */
};

static const struct {
  const char *klass;
  const char *shape;
  const char *fill;
} class_styles[] = {
  { "Person", "ellipse", "#fff7e6" },
  { "Country", "box", "#e8f1fb" },
  { "Organization", "hexagon", "#eef7ee" },
  { "InternationalOrganization", "hexagon", "#eef7ee" },
  { "GovernmentBody", "hexagon", "#eef7ee" },
  { "ArmedGroup", "octagon", "#fbeaea" },
};

static void
append_quoted (GString *s, const char *text)
{
  g_autofree char *clean = dg_export_xml_text (text);
  const char *p;

  g_string_append_c (s, '"');
  for (p = clean; *p; p++)
    switch (*p)
      {
      case '"': g_string_append (s, "\\\""); break;
      case '\\': g_string_append (s, "\\\\"); break;
      case '&': g_string_append (s, "&amp;"); break;
      case '\n': g_string_append (s, "\\n"); break;
      case '\r': case '\t': g_string_append_c (s, ' '); break;
      default: g_string_append_c (s, *p);
      }
  g_string_append_c (s, '"');
}

static void
node_style (const DgViewNode *node, const char **shape, const char **fill)
{
  guint i;

  *shape = "ellipse";
  *fill = "#f4f4f4";
  if (node->kind == DG_VIEW_NODE_EVENT)
    {
      *shape = "note";
      *fill = "#ffffff";
      return;
    }
  for (i = 0; i < G_N_ELEMENTS (class_styles); i++)
    if (g_strcmp0 (node->actor->klass, class_styles[i].klass) == 0)
      {
        *shape = class_styles[i].shape;
        *fill = class_styles[i].fill;
      }
}

/* The whole DOT text (rendering needs it in memory anyway). */
static GString *
dot_text (const DgView *view)
{
  GString *s = g_string_new (NULL);
  const char *layout = view->nodes->len > 500 ? "sfdp" : "neato";
  guint i;

  g_string_append_printf (s,
      "digraph %s {\n"
      "  graph [layout=%s, overlap=false, splines=true, outputorder=edgesfirst,"
      " sep=\"+12\", fontname=\"Helvetica\"];\n"
      "  node [style=filled, color=\"#555555\", fontname=\"Helvetica\", fontsize=11];\n"
      "  edge [fontname=\"Helvetica\", fontsize=9, fontcolor=\"#444444\", arrowsize=0.7];\n",
      view->kind == DG_VIEW_ACTORS ? "actors" : "events", layout);
  for (i = 0; i < view->nodes->len; i++)
    {
      const DgViewNode *node = g_ptr_array_index (view->nodes, i);
      const char *shape, *fill;

      node_style (node, &shape, &fill);
      g_string_append_printf (s, "  n%u [label=", i);
      append_quoted (s, dg_view_node_label (node));
      g_string_append (s, ", tooltip=");
      append_quoted (s, dg_view_node_iri (node));
      g_string_append_printf (s, ", shape=%s, fillcolor=\"%s\"];\n", shape, fill);
    }
  for (i = 0; i < view->edges->len; i++)
    {
      const DgViewEdge *e = g_ptr_array_index (view->edges, i);
      const char *colour = quad_colours[e->quad_class >= 1 && e->quad_class <= 4
                                        ? e->quad_class : 0];
      double width = 1.0 + 1.5 * log2 ((double) MAX (e->weight, 1));
      g_autofree char *label = e->weight > 1
        ? g_strdup_printf ("%s (%u)", e->label, e->weight) : g_strdup (e->label);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (s, "  n%u -> n%u [label=", e->source, e->target);
      append_quoted (s, label);
      g_string_append_printf (s, ", color=\"%s\", penwidth=%s, weight=%u];\n", colour,
                              g_ascii_formatd (buf, sizeof buf, "%.2f", width),
                              e->weight);
    }
  g_string_append (s, "}\n");
  return s;
}

gboolean
dg_export_dot (const DgView *view, FILE *out, GError **error)
{
  g_autoptr(GString) s = dot_text (view);

  fwrite (s->str, 1, s->len, out);
  return dg_export_check_file (out, "DOT", error);
}

static gboolean
render (const DgView *view, const char *format, FILE *out, GError **error)
{
  g_autoptr(GString) s = dot_text (view);
  GVC_t *gvc = gvContext ();
  Agraph_t *g = gvc ? agmemread (s->str) : NULL;
  gboolean ok = FALSE;

  if (!g)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                 "Graphviz could not read the graph");
  else if (gvLayout (gvc, g, agget (g, (char *) "layout")) != 0)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                 "Graphviz layout failed");
  else
    {
      ok = gvRender (gvc, g, format, out) == 0;
      gvFreeLayout (gvc, g);
      if (!ok)
        g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                     "Graphviz could not render %s (is the %s plugin installed?)",
                     format, format);
    }
  if (g)
    agclose (g);
  if (gvc)
    gvFreeContext (gvc);
  return ok && dg_export_check_file (out, format, error);
}

gboolean
dg_export_svg (const DgView *view, FILE *out, GError **error)
{
  return render (view, "svg", out, error);
}

gboolean
dg_export_png (const DgView *view, FILE *out, GError **error)
{
  return render (view, "png", out, error);
}
