/* cmd-stats.c - dipgraph stats: what the store holds */
#include "dg-cli.h"
#include "dg-query.h"

/* Counts by class, as SPARQL over the materialized types. */
static const struct { const char *title; const char *sparql; } reports[] = {
  { "Documents",
    "SELECT (COUNT(DISTINCT ?d) AS ?documents) WHERE { ?d a dip:Document }" },
  { "Actors by class",
    "SELECT ?class (COUNT(DISTINCT ?a) AS ?actors) WHERE { ?a a dip:Actor . ?a a ?class . "
    "FILTER (?class != dip:Actor && ?class != dip:Place) } GROUP BY ?class ORDER BY DESC(?actors)" },
  { "Events by class",
    "SELECT ?class (COUNT(DISTINCT ?e) AS ?events) WHERE { ?e a dip:Event . ?e a ?class . "
    "FILTER (?class != dip:Event) } GROUP BY ?class ORDER BY DESC(?events)" },
};

int
dg_cmd_stats (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("stats", "",
      "Counts quads, named graphs, documents, actors and events in the store.", NULL, &common);
  int status = DG_EXIT_OK;
  DgRdf *rdf = NULL;
  DgStore *store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) graphs = NULL;

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto out;
    }
  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, common.store, DG_STORE_READ, &error);
  if (!store)
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto out;
    }
  graphs = dg_store_list_graphs (store, &error);
  printf ("Store:  %s\nQuads:  %" G_GINT64_FORMAT "\nGraphs: %u\n", dg_store_get_spec (store),
          dg_store_size (store), graphs ? graphs->len : 0);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      printf ("\n%s:\n", reports[i].title);
      fflush (stdout);
      if (!dg_query_run (store, reports[i].sparql, "table", stdout, &error))
        {
          dg_cli_error ("%s", error->message);
          status = DG_EXIT_FAILURE;
          goto out;
        }
    }

out:
  dg_store_free (store);
  dg_rdf_free (rdf);
  g_free (common.store);
  return status;
}
