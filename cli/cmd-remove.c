/* cmd-remove.c - dipgraph remove: drop one document's graph */
#include <string.h>
#include "dg-cli.h"
#include "dg-iri.h"
#include "dg-vocab.h"

/* DOC may be the graph IRI, a document id (URL) or an article's path. */
static char *
graph_for (const char *doc, const char *base)
{
  const char *b = base ? base : DG_NS_ID;
  if (g_str_has_prefix (doc, b))
    return g_strdup (doc);
  if (g_file_test (doc, G_FILE_TEST_EXISTS))
    {
      g_autofree char *abs = g_canonicalize_filename (doc, NULL);
      g_autofree char *uri = g_filename_to_uri (abs, NULL, NULL);
      return dg_iri_document (base, uri ? uri : abs);
    }
  return dg_iri_document (base, doc);
}

int
dg_cmd_remove (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  char *base = NULL;
  const GOptionEntry entries[] = {
    { "base", 0, 0, G_OPTION_ARG_STRING, &base, "Base IRI used at extraction", "IRI" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("remove", "DOC...",
      "Removes documents' named graphs.  DOC is the graph IRI, the document\n"
      "id (its URL) or the article file it was extracted from.", entries, &common);
  int status = DG_EXIT_OK;
  DgRdf *rdf = NULL;
  DgStore *store = NULL;
  g_autoptr(GError) error = NULL;

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (argc < 2)
    {
      dg_cli_error ("remove: no document given (try --help)");
      status = DG_EXIT_USAGE;
      goto out;
    }
  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, common.store, DG_STORE_WRITE, &error);
  if (!store)
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto out;
    }
  for (int i = 1; i < argc; i++)
    {
      g_autofree char *graph = graph_for (argv[i], base);
      gint64 before = dg_store_size (store);
      if (!dg_store_remove_graph (store, graph, &error))
        {
          dg_cli_error ("%s", error->message);
          status = DG_EXIT_FAILURE;
          goto out;
        }
      dg_cli_note (&common, "<%s>: %" G_GINT64_FORMAT " quads removed\n", graph,
                   before - dg_store_size (store));
    }

out:
  dg_store_free (store);
  dg_rdf_free (rdf);
  g_free (common.store);
  g_free (base);
  return status;
}
