/* cmd-load.c - dipgraph load: RDF files into the store, in large
 * transactions (the bulk path)
 *
 * Files are parsed by raptor as a stream (memory does not grow with the
 * file) and written in transactions of --batch quads (default 500000 on
 * lmdb, 100000 elsewhere).
 * Quads keep their graph; triples go into --graph IRI, else the default
 * graph.  A failure leaves the batches committed before it (run the load
 * again: quads already present are not added twice).
 *
 * N-Quads and N-Triples into lmdb take the bulk path: dg-nqparse hands
 * out term bytes that go to dg_lmdb_add_quad() without any librdf node.
 */
#include <string.h>
#include <errno.h>
#include "dg-cli.h"
#include "dg-lmdb.h"
#include "dg-nqparse.h"

typedef struct {
  DgCommonOptions common;
  char *graph;
  char *format;
  gint64 batch;
  librdf_world *world;
  librdf_model *model;
  librdf_node *graph_node;
  librdf_storage *lmdb;       /* the bulk path: an lmdb store */
  GByteArray *graph_term;     /* --graph in term bytes, or empty */
  gboolean txn;               /* the store has transactions */
  gboolean in_txn;
  gint64 in_batch;
  gint64 n;                   /* statements read */
  gint64 n_before;            /* ... before the current file */
  gboolean failed;
} Load;

static const char *
format_for (const char *path)
{
  static const struct { const char *ext, *name; } table[] = {
    { ".nq", "nquads" }, { ".nquads", "nquads" }, { ".nt", "ntriples" },
    { ".ntriples", "ntriples" }, { ".ttl", "turtle" }, { ".turtle", "turtle" },
    { ".trig", "trig" }, { ".rdf", "rdfxml" }, { ".owl", "rdfxml" }, { ".xml", "rdfxml" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_str_has_suffix (path, table[i].ext))
      return table[i].name;
  return NULL;
}

static gboolean
batch_begin (Load *l)
{
  if (!l->txn || l->in_txn)
    return TRUE;
  l->in_txn = librdf_model_transaction_start (l->model) == 0;
  if (!l->in_txn)
    l->txn = FALSE;           /* the storage has none (hashes) */
  l->in_batch = 0;
  return TRUE;
}

static gboolean
batch_commit (Load *l)
{
  if (!l->in_txn)
    return TRUE;
  l->in_txn = FALSE;
  return librdf_model_transaction_commit (l->model) == 0;
}

static void
on_statement (void *user_data, raptor_statement *st)
{
  Load *l = user_data;
  librdf_node *ctx = st->graph ? (librdf_node *) st->graph : l->graph_node;

  if (l->failed)
    return;
  l->n++;
  if (librdf_model_context_add_statement (l->model, ctx, (librdf_statement *) st) != 0)
    {
      l->failed = TRUE;
      return;
    }
  if (++l->in_batch >= l->batch)
    {
      if (!batch_commit (l) || !batch_begin (l))
        l->failed = TRUE;
    }
}

static gboolean
on_terms (gpointer user_data, const guint8 *const term[4], const gsize len[4],
          GError **error)
{
  Load *l = user_data;
  const guint8 *t[4] = { term[0], term[1], term[2], term[3] };
  gsize n[4] = { len[0], len[1], len[2], len[3] };

  if (n[3] == 0 && l->graph_term->len)
    {
      t[3] = l->graph_term->data;
      n[3] = l->graph_term->len;
    }
  l->n++;
  if (!dg_lmdb_add_quad (l->lmdb, t, n, error))
    {
      l->failed = TRUE;
      return FALSE;
    }
  if (++l->in_batch >= l->batch && (!batch_commit (l) || !batch_begin (l)))
    {
      l->failed = TRUE;
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE, "commit failed");
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_file (Load *l, const char *path, DgRdf *rdf, GError **error)
{
  raptor_world *raptor = librdf_world_get_raptor (l->world);
  const char *name = l->format ? l->format : format_for (path);
  raptor_parser *parser;
  unsigned char *uri_string;
  raptor_uri *uri;
  int rc;

  if (!name)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
                   "%s: unknown RDF format (use .nq .nt .ttl .trig .rdf or --format)", path);
      return FALSE;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: no such file", path);
      return FALSE;
    }
  if (l->lmdb && (strcmp (name, "nquads") == 0 || strcmp (name, "ntriples") == 0))
    {
      gint64 n = 0;
      gboolean ok;
      g_free (dg_rdf_take_messages (rdf));
      l->n_before = l->n;
      ok = dg_nq_parse_file (path, strcmp (name, "nquads") == 0, on_terms, l, &n, error);
      if (!ok && l->failed)
        g_prefix_error (error, "%s: writing failed after %" G_GINT64_FORMAT
                        " statements: ", path, l->n - l->n_before - 1);
      return ok;
    }
  parser = raptor_new_parser (raptor, name);
  if (!parser)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
                   "no RDF parser called \"%s\"", name);
      return FALSE;
    }
  raptor_parser_set_statement_handler (parser, l, on_statement);
  uri_string = raptor_uri_filename_to_uri_string (path);
  uri = raptor_new_uri (raptor, uri_string);
  g_free (dg_rdf_take_messages (rdf));
  rc = raptor_parser_parse_file (parser, uri, NULL);
  raptor_free_parser (parser);
  raptor_free_uri (uri);
  raptor_free_memory (uri_string);
  if (rc != 0 || l->failed)
    {
      g_autofree char *what = g_strdup_printf ("%s: %s after %" G_GINT64_FORMAT
                                               " statements", path,
                                               l->failed ? "writing failed" : "parse error",
                                               l->n);
      dg_rdf_set_error (rdf, error, l->failed ? DG_GRAPH_ERROR_WRITE
                        : DG_GRAPH_ERROR_FORMAT, what);
      return FALSE;
    }
  return TRUE;
}

int
dg_cmd_load (int argc, char **argv)
{
  Load l = { 0 };
  const GOptionEntry entries[] = {
    { "graph", 'g', 0, G_OPTION_ARG_STRING, &l.graph,
      "Named graph for triples (quads keep theirs; default: the default graph)", "IRI" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &l.format,
      "Parser: nquads, ntriples, turtle, trig, rdfxml (default: by extension)", "NAME" },
    { "batch", 0, 0, G_OPTION_ARG_INT64, &l.batch, "Statements per transaction (default 500000 on lmdb, else 100000)", "N" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("load", "FILE...",
      "Loads RDF files (N-Quads, N-Triples, Turtle, TriG, RDF/XML) into the\n"
      "store in large transactions.", entries, &l.common);
  int status = DG_EXIT_OK;
  DgRdf *rdf = NULL;
  DgStore *store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 t0;

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (argc < 2)
    {
      dg_cli_error ("load: no file given (try --help)");
      status = DG_EXIT_USAGE;
      goto out;
    }
  rdf = dg_rdf_new ();
  l.world = dg_rdf_get_world (rdf);
  if (l.graph)
    {
      l.graph_node = dg_rdf_iri (rdf, l.graph);
      if (!l.graph_node)
        {
          dg_cli_error ("--graph %s: not an IRI", l.graph);
          status = DG_EXIT_USAGE;
          goto out;
        }
    }
  store = dg_store_open (rdf, l.common.store, DG_STORE_WRITE | DG_STORE_MODEL, &error);
  if (!store)
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto out;
    }
  l.model = dg_store_get_model (store);
  l.txn = TRUE;
  l.graph_term = g_byte_array_new ();
  if (g_str_has_prefix (dg_store_get_spec (store), "lmdb:"))
    {
      l.lmdb = librdf_model_get_storage (l.model);
      if (l.graph)
        {
          g_byte_array_append (l.graph_term, (const guint8 *) "U", 1);
          g_byte_array_append (l.graph_term, (const guint8 *) l.graph,
                               (guint) strlen (l.graph));
        }
    }
  /* lmdb: commits do not wait for the disk, one sync at the end
   * (dg_lmdb_set_bulk: what an OS crash could lose) */
  if (l.lmdb && !dg_lmdb_set_bulk (l.lmdb, TRUE, &error))
    {
      dg_cli_error ("%s", error->message);
      status = DG_EXIT_FAILURE;
      goto out;
    }
  if (l.batch <= 0)
    l.batch = l.lmdb ? 500000 : 100000;
  t0 = g_get_monotonic_time ();
  batch_begin (&l);
  for (int i = 1; i < argc; i++)
    {
      gint64 before = l.n;
      if (!load_file (&l, argv[i], rdf, &error))
        {
          dg_cli_error ("%s", error->message);
          status = l.failed ? DG_EXIT_FAILURE : DG_EXIT_INPUT;
          break;
        }
      dg_cli_note (&l.common, "%s: %" G_GINT64_FORMAT " statements\n", argv[i], l.n - before);
    }
  if (!batch_commit (&l))
    {
      dg_cli_error ("%s: commit failed", dg_store_get_spec (store));
      status = DG_EXIT_FAILURE;
    }
  g_clear_error (&error);
  if (l.lmdb && !dg_lmdb_set_bulk (l.lmdb, FALSE, &error))
    {
      dg_cli_error ("%s", error->message);
      status = DG_EXIT_FAILURE;
    }
  {
    double secs = (double) (g_get_monotonic_time () - t0) / G_USEC_PER_SEC;
    dg_cli_note (&l.common, "%" G_GINT64_FORMAT " statements read in %.1f s (%.0f/s); "
                 "the store holds %" G_GINT64_FORMAT " quads\n", l.n, secs,
                 secs > 0 ? (double) l.n / secs : 0.0, dg_store_size (store));
  }

out:
  if (l.graph_term)
    g_byte_array_free (l.graph_term, TRUE);
  if (l.graph_node)
    librdf_free_node (l.graph_node);
  dg_store_free (store);
  dg_rdf_free (rdf);
  g_free (l.common.store);
  g_free (l.graph);
  g_free (l.format);
  return status;
}
