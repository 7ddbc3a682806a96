/* cmd-export.c - dipgraph export: the graph as RDF, or a view of it for
 * visualization tools (GraphML, GEXF, DOT/SVG/PNG, CSV, cytoscape JSON) */
#include <string.h>
#include "dg-cli.h"
#include "dg-export.h"
#include "dg-view.h"

static gboolean
is_date (const char *s)
{
  int y, m, d;
  char rest;

  return sscanf (s, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 && strlen (s) == 10
    && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static gboolean
is_country_code (const char *s)
{
  return strlen (s) == 3 && g_ascii_isalpha (s[0]) && g_ascii_isalpha (s[1])
    && g_ascii_isalpha (s[2]);
}

int
dg_cmd_export (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  char *format = NULL, *output = NULL, *view_name = NULL, *from = NULL, *to = NULL;
  char *actor = NULL, *country = NULL, *type = NULL, *query_file = NULL;
  int min_events = 0;
  const GOptionEntry entries[] = {
    { "format", 'F', 0, G_OPTION_ARG_STRING, &format,
      "RDF: turtle (default), ntriples, nquads, rdfxml, jsonld; views: graphml, gexf, "
      "dot, svg, png, csv, cytoscape", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE (atomically) instead of stdout; csv into a DIR (ending in / or "
      "existing): nodes.csv, edges.csv, events.csv", "FILE" },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name,
      "actors (default: actor network) or events (actors and events)", "VIEW" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "Events on or after DATE (YYYY-MM-DD)", "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Events on or before DATE", "DATE" },
    { "actor", 0, 0, G_OPTION_ARG_STRING, &actor, "Events involving this actor (IRI or label)", "ACTOR" },
    { "country", 0, 0, G_OPTION_ARG_STRING, &country,
      "Events involving an actor of this country (ISO 3166 alpha-3)", "ISO3" },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type, "Events of this class (Meeting, dip:Accuse...)", "CLASS" },
    { "min-events", 0, 0, G_OPTION_ARG_INT, &min_events,
      "Drop actors in fewer than N events and edges of weight below N", "N" },
    { "query", 0, 0, G_OPTION_ARG_FILENAME, &query_file,
      "Build the view from a SPARQL SELECT ?event or CONSTRUCT query", "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("export", "",
      "Writes the graph in the store as RDF (N-Quads and JSON-LD keep the named\n"
      "graph of every document; the other RDF formats merge them), or a view of\n"
      "it for visualization tools:\n"
      "  actors  one node per actor, one edge per directed pair and CAMEO root,\n"
      "          weighted by the number of events (mean Goldstein, quad class,\n"
      "          first and last date)\n"
      "  events  actors and events, edges labelled agent/target/participant\n"
      "Example: dipgraph export --format svg -o network.svg", entries, &common);
  int status = DG_EXIT_OK;
  DgRdf *rdf = NULL;
  DgStore *store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DgView) view = NULL;
  g_autofree char *sparql = NULL;
  DgViewOptions options = { 0 };
  DgExportKind kind = DG_EXPORT_KIND_RDF;
  gboolean to_dir = FALSE, ok;
  DgOutput out;

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (argc > 1)
    {
      dg_cli_error ("export: unexpected argument '%s'", argv[1]);
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (!format)
    format = g_strdup ("turtle");
  if (!dg_export_format_info (format, &kind, NULL))
    {
      dg_cli_error ("--format %s: expected one of %s", format, dg_export_formats ());
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (view_name && !dg_view_kind_from_string (view_name, &options.kind))
    {
      dg_cli_error ("--view %s: expected actors or events", view_name);
      status = DG_EXIT_USAGE;
      goto done;
    }
  if ((from && !is_date (from)) || (to && !is_date (to)))
    {
      dg_cli_error ("--%s %s: expected a date YYYY-MM-DD", from && !is_date (from) ? "from" : "to",
                    from && !is_date (from) ? from : to);
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (country && !is_country_code (country))
    {
      dg_cli_error ("--country %s: expected an ISO 3166 alpha-3 code such as IRN", country);
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (min_events < 0)
    {
      dg_cli_error ("--min-events %d: expected a number >= 0", min_events);
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (kind == DG_EXPORT_KIND_RDF
      && (view_name || from || to || actor || country || type || min_events || query_file))
    {
      dg_cli_error ("--format %s writes the whole store; --view and the filters need a "
                    "view format (graphml, gexf, dot, svg, png, csv, cytoscape)", format);
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (query_file && !g_file_get_contents (query_file, &sparql, NULL, &error))
    {
      dg_cli_error ("%s", error->message);
      status = DG_EXIT_INPUT;
      goto done;
    }
  to_dir = output && g_ascii_strcasecmp (format, "csv") == 0
    && (g_str_has_suffix (output, "/") || g_file_test (output, G_FILE_TEST_IS_DIR));

  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, common.store, DG_STORE_READ | DG_STORE_MODEL, &error);
  if (!store)
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto done;
    }
  if (kind == DG_EXPORT_KIND_VIEW)
    {
      options.from = from;
      options.to = to;
      options.actor = actor;
      options.country = country;
      options.type = type;
      options.min_events = (guint) min_events;
      options.query = sparql;
      view = dg_view_build (store, &options, &error);
      if (!view)
        {
          dg_cli_error ("%s", error->message);
          status = dg_cli_exit_for (error);
          goto done;
        }
      if (common.verbose)
        dg_cli_note (&common, "%s view: %u nodes, %u edges, %u events",
                     options.kind == DG_VIEW_ACTORS ? "actors" : "events",
                     view->nodes->len, view->edges->len, view->events->len);
    }
  if (to_dir)
    {
      if (!dg_export_view_csv_dir (view, output, &error))
        {
          dg_cli_error ("%s", error->message);
          status = DG_EXIT_FAILURE;
        }
      goto done;
    }
  if (!dg_cli_output_open (&out, output, &error))
    {
      dg_cli_error ("%s", error->message);
      status = DG_EXIT_FAILURE;
      goto done;
    }
  ok = view ? dg_export_view (view, format, out.fp, &error)
            : dg_export_store (store, format, out.fp, &error);
  if (!dg_cli_output_commit (&out, ok, ok ? &error : NULL) || !ok)
    {
      dg_cli_error ("%s", error ? error->message : "export failed");
      status = DG_EXIT_FAILURE;
    }

done:
  g_clear_pointer (&view, dg_view_free);
  dg_store_free (store);
  dg_rdf_free (rdf);
  g_free (common.store);
  g_free (format);
  g_free (output);
  g_free (view_name);
  g_free (from);
  g_free (to);
  g_free (actor);
  g_free (country);
  g_free (type);
  g_free (query_file);
  return status;
}
