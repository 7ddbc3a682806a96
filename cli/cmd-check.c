/* cmd-check.c - dipgraph check: is the store consistent?
 *
 * Counts the quads by streaming them and compares with the store's own
 * count; on an lmdb store also checks that the six indexes and the
 * dictionary agree (dg_lmdb_check).  Exit 0 when consistent, 1 when not.
 */
#include <string.h>
#include "dg-cli.h"
#include "dg-lmdb.h"

/* Redland's virtuoso storage streams only its default graph: count graph
 * by graph instead. */
static gint64
recount_by_graph (librdf_model *model)
{
  gint64 n = 0;
  librdf_iterator *graphs = librdf_model_get_contexts (model);
  for (; graphs && !librdf_iterator_end (graphs); librdf_iterator_next (graphs))
    {
      librdf_node *g = librdf_iterator_get_object (graphs);
      librdf_stream *stream = g ? librdf_model_context_as_stream (model, g) : NULL;
      for (; stream && !librdf_stream_end (stream); librdf_stream_next (stream))
        n++;
      if (stream)
        librdf_free_stream (stream);
    }
  if (graphs)
    librdf_free_iterator (graphs);
  return n;
}

int
dg_cmd_check (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("check", "",
      "Verifies the store: the quad count against a recount and, on an lmdb\n"
      "store, every index against the others and the term dictionary.", NULL, &common);
  int status = DG_EXIT_OK;
  DgRdf *rdf = NULL;
  DgStore *store = NULL;
  g_autoptr(GError) error = NULL;
  librdf_stream *stream;
  gint64 counted = 0, size;

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto out;
    }
  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, common.store, DG_STORE_READ | DG_STORE_MODEL, &error);
  if (!store)
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto out;
    }
  size = dg_store_size (store);
  if (g_str_has_prefix (dg_store_get_spec (store), "virtuoso:"))
    counted = recount_by_graph (dg_store_get_model (store));
  else
    {
      stream = librdf_model_as_stream (dg_store_get_model (store));
      for (; stream && !librdf_stream_end (stream); librdf_stream_next (stream))
        counted++;
      if (stream)
        librdf_free_stream (stream);
    }
  printf ("Store:    %s\nQuads:    %" G_GINT64_FORMAT " (count), %" G_GINT64_FORMAT
          " (recount)\n", dg_store_get_spec (store), size, counted);
  if (size != counted)
    status = DG_EXIT_FAILURE;
  if (g_str_has_prefix (dg_store_get_spec (store), "lmdb:"))
    {
      DgLmdbCheck r;
      static const char *const names[] = { "spog", "posg", "ospg", "gspo", "gpos", "gosp" };
      const char *dir = dg_store_get_path (store);
      g_autofree char *path = g_strdup (dir);
      dg_store_free (store);       /* one environment per process at a time */
      store = NULL;
      if (!dg_lmdb_check (path, &r, &error))
        {
          dg_cli_error ("%s", error->message);
          status = DG_EXIT_FAILURE;
          goto out;
        }
      printf ("Indexes: ");
      for (int i = 0; i < 6; i++)
        printf (" %s %" G_GINT64_FORMAT, names[i], r.index_rows[i]);
      printf ("\nTerms:    %" G_GINT64_FORMAT "\nGraphs:   %" G_GINT64_FORMAT "\n",
              r.terms, r.graphs);
      if (r.problems)
        {
          printf ("Problems: %u (first: %s)\n", r.problems, r.first_problem);
          status = DG_EXIT_FAILURE;
        }
      dg_lmdb_check_clear (&r);
    }
  printf ("%s\n", status == DG_EXIT_OK ? "OK" : "INCONSISTENT");

out:
  dg_store_free (store);
  dg_rdf_free (rdf);
  g_free (common.store);
  return status;
}
