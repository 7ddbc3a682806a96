/* cmd-extract.c - dipgraph extract: articles in, one named graph each */
#include <string.h>
#include <glib/gstdio.h>
#include "dg-cli.h"
#include "dg-reader.h"
#include "dg-feed.h"
#include "dg-extract.h"
#include "dg-writer.h"
#include "dg-lmdb.h"
#include "dg-export.h"
#include "dg-vocab.h"

/* Documents per transaction and the longest a batch stays open. */
#define DG_EXTRACT_BATCH_DOCS 500
#define DG_EXTRACT_BATCH_USEC (2 * G_USEC_PER_SEC)
/* ... or this many triples (~100 articles: a kill -9 loses at most that) */
#define DG_EXTRACT_BATCH_TRIPLES 50000
/* Default time budget of one document, in seconds (--doc-timeout). */
#define DG_EXTRACT_DOC_TIMEOUT 30.0

typedef struct {
  DgCommonOptions common;
  char *date;
  char *format;
  char *id;
  char *base;
  gboolean dry_run;
  gboolean explain;
  gint64 max_bytes;
  gint64 max_items, max_sentence_tokens;
  double doc_timeout;
  gboolean feed;                /* --format feed */
  DgExtractLimits limits;
  DgReaderOptions reader;
  DgLexicon *lex;
  DgRdf *rdf;
  DgStore *store;
  librdf_storage *lmdb;         /* the store's storage when it is lmdb */
  guint n_docs, n_failed, n_events;
  guint64 batch_triples;        /* written in the open batch */
  GString *out;                 /* --dry-run: one document's N-Quads, reused */
} Extract;

static gboolean
is_article_name (const char *name)
{
  return g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm")
         || g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".text")
         || g_str_has_suffix (name, ".rss") || g_str_has_suffix (name, ".atom");
}

/* Files of @dir (recursively) that look like articles, sorted. */
static void
collect_dir (const char *dir, GPtrArray *files, GError **error)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, error);
  if (!d)
    return;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (d)))
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_dir (path, files, NULL);
      else if (is_article_name (path))
        g_ptr_array_add (files, g_steal_pointer (&path));
    }
}

/* A document over its time budget (--doc-timeout) is rejected. */
static gboolean
past_deadline (const Extract *x)
{
  return x->limits.deadline > 0 && g_get_monotonic_time () > x->limits.deadline;
}

static void
start_clock (Extract *x)
{
  x->limits.deadline = x->doc_timeout > 0
                       ? g_get_monotonic_time () + (gint64) (x->doc_timeout * G_USEC_PER_SEC) : 0;
}

/* Extracts @doc (taken) and writes its graph; @path names it in messages. */
static int
extract_doc (Extract *x, const char *path, DgDocument *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) why = x->explain ? g_string_new (NULL) : NULL;
  g_autoptr(DgFacts) facts = dg_extract_full (x->lex, doc, &x->limits, why, &error);
  if (!facts)
    {
      dg_cli_error ("%s: %s", path, error->message);
      return DG_EXIT_INPUT;
    }
  if (why)
    fputs (why->str, stderr);
  g_autofree char *graph = NULL;
  guint n_triples = 0;
  gboolean ok;
  if (x->dry_run)
    {
      /* N-Quads straight from the writer, no Redland objects */
      if (!x->out)
        x->out = g_string_sized_new (256 * 1024);
      GString *buf = x->out;
      g_string_truncate (buf, 0);
      graph = dg_writer_nquads (facts, x->base, buf, &n_triples);
      ok = fwrite (buf->str, 1, buf->len, stdout) == buf->len;
      if (!ok)
        g_set_error (&error, G_FILE_ERROR, G_FILE_ERROR_IO, "writing to stdout failed");
    }
  else if (x->lmdb)
    {
      /* lmdb: term bytes straight into the store, no librdf objects */
      g_autoptr(GByteArray) terms = g_byte_array_sized_new (64 * 1024);
      graph = dg_writer_terms (facts, x->base, terms, &n_triples);
      if (past_deadline (x))
        {
          dg_cli_error ("%s: time budget exceeded (during writing; use --doc-timeout)", path);
          return DG_EXIT_INPUT;
        }
      g_autoptr(GByteArray) g = g_byte_array_new ();
      g_byte_array_append (g, (const guint8 *) "U", 1);
      g_byte_array_append (g, (const guint8 *) graph, (guint) strlen (graph));
      ok = dg_lmdb_replace_graph (x->lmdb, g->data, g->len, terms->data, terms->len, &error);
      /* inside a batch a failure rolled the whole batch back */
      if (!ok)
        dg_store_abort_batch (x->store);
    }
  else
    {
      g_autoptr(GPtrArray) statements =
        g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
      graph = dg_writer_build (x->rdf, facts, x->base, statements);
      n_triples = statements->len;
      if (past_deadline (x))
        {
          dg_cli_error ("%s: time budget exceeded (during writing; use --doc-timeout)", path);
          return DG_EXIT_INPUT;
        }
      ok = dg_store_replace_graph (x->store, graph, statements, &error);
    }
  if (!ok)
    {
      dg_cli_error ("%s: %s", path, error->message);
      return DG_EXIT_FAILURE;
    }

  x->n_events += facts->events->len;
  x->batch_triples += n_triples;
  dg_cli_note (&x->common, "%s: %u sentences, %u actors, %u places, %u events, %u triples -> <%s>\n",
               path, facts->seg->sentences->len, facts->actors->len, facts->places->len,
               facts->events->len, n_triples, graph);
  if (x->common.verbose)
    for (guint i = 0; i < facts->events->len; i++)
      {
        const DgEvent *e = g_ptr_array_index (facts->events, i);
        dg_cli_note (&x->common, "  %s [CAMEO %s, %s]\n", e->label, e->cameo, e->modality);
      }
  return DG_EXIT_OK;
}

static gboolean
is_feed_name (const char *path)
{
  return g_str_has_suffix (path, ".rss") || g_str_has_suffix (path, ".atom");
}

static int
extract_one (Extract *x, const char *path)
{
  g_autoptr(GError) error = NULL;
  start_clock (x);
  if (x->feed || (x->reader.format == DG_FORMAT_AUTO && is_feed_name (path)))
    {
      /* a feed: one document (and graph) per item */
      g_autoptr(GPtrArray) items = dg_feed_read_file (path, &x->reader, (guint) x->max_items, &error);
      if (!items)
        {
          dg_cli_error ("%s", error->message);
          return DG_EXIT_INPUT;
        }
      int status = DG_EXIT_OK;
      for (guint i = 0; i < items->len; i++)
        {
          g_autofree char *name = g_strdup_printf ("%s (item %u)", path, i + 1);
          if (i > 0)
            start_clock (x);
          DgDocument *doc = g_ptr_array_index (items, i);
          g_ptr_array_index (items, i) = NULL;   /* taken by extract_doc */
          int rc = extract_doc (x, name, doc);
          if (rc == DG_EXIT_FAILURE)
            return rc;
          if (rc != DG_EXIT_OK)
            status = rc;
        }
      return status;
    }
  DgDocument *doc = dg_reader_read_file (path, &x->reader, &error);
  if (!doc)
    {
      dg_cli_error ("%s", error->message);
      return DG_EXIT_INPUT;
    }
  if (past_deadline (x))
    {
      dg_document_free (doc);
      dg_cli_error ("%s: time budget exceeded (during reading; use --doc-timeout)", path);
      return DG_EXIT_INPUT;
    }
  return extract_doc (x, path, doc);
}

int
dg_cmd_extract (int argc, char **argv)
{
  Extract x = { 0 };
  x.doc_timeout = DG_EXTRACT_DOC_TIMEOUT;
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &x.date,
      "Publication date for articles that give none", "YYYY-MM-DD" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &x.format,
      "Input format: auto, html, text or feed (RSS/Atom; auto for *.rss, *.atom)", "FORMAT" },
    { "id", 0, 0, G_OPTION_ARG_STRING, &x.id,
      "Document id (default: canonical URL, else file URI) - one input only", "ID" },
    { "base", 0, 0, G_OPTION_ARG_STRING, &x.base, "Base IRI for data (default " DG_NS_ID ")", "IRI" },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &x.dry_run, "Write N-Quads to stdout, leave the store alone", NULL },
    { "explain", 0, 0, G_OPTION_ARG_NONE, &x.explain,
      "Show on stderr what each sentence yielded: mentions, actors, dates, triggers", NULL },
    { "max-bytes", 0, 0, G_OPTION_ARG_INT64, &x.max_bytes, "Largest input accepted (default 64 MiB)", "N" },
    { "max-items", 0, 0, G_OPTION_ARG_INT64, &x.max_items, "Most items in a feed (default 10000)", "N" },
    { "max-sentence-tokens", 0, 0, G_OPTION_ARG_INT64, &x.max_sentence_tokens,
      "Tokens of a sentence analysed, the rest is skipped (default 1000)", "N" },
    { "doc-timeout", 0, 0, G_OPTION_ARG_DOUBLE, &x.doc_timeout,
      "Seconds one document may take, else it is rejected (default 30; 0 = none)", "S" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("extract", "FILE|DIR|-...",
      "Reads news articles (HTML or plain text), extracts actors and events,\n"
      "and replaces each article's named graph in the store.", entries, &x.common);
  int status = DG_EXIT_OK;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (argc < 2)
    {
      dg_cli_error ("extract: no input given (try --help)");
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (x.date)
    {
      g_autofree char *norm = dg_reader_normalize_date (x.date);
      if (!norm || strlen (x.date) != 10)
        {
          dg_cli_error ("--date %s: not a date in the form YYYY-MM-DD", x.date);
          status = DG_EXIT_USAGE;
          goto out;
        }
    }
  x.reader.date = x.date;
  x.reader.id = x.id;
  x.reader.max_bytes = x.max_bytes > 0 ? (gsize) x.max_bytes : 0;
  if (x.doc_timeout < 0 || x.max_items < 0 || x.max_sentence_tokens < 0
      || x.max_items > G_MAXUINT || x.max_sentence_tokens > G_MAXUINT)
    {
      dg_cli_error ("--doc-timeout, --max-items, --max-sentence-tokens: give a number >= 0");
      status = DG_EXIT_USAGE;
      goto out;
    }
  x.limits.max_sentence_tokens = (guint) x.max_sentence_tokens;
  x.feed = x.format && strcmp (x.format, "feed") == 0;
  x.reader.format = !x.format || x.feed || strcmp (x.format, "auto") == 0 ? DG_FORMAT_AUTO
                    : strcmp (x.format, "html") == 0 ? DG_FORMAT_HTML
                    : strcmp (x.format, "text") == 0 ? DG_FORMAT_TEXT : (DgFormat) -1;
  if ((int) x.reader.format < 0)
    {
      dg_cli_error ("--format %s: expected auto, html, text or feed", x.format);
      status = DG_EXIT_USAGE;
      goto out;
    }

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "-") != 0 && g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GError) dir_error = NULL;
          collect_dir (argv[i], files, &dir_error);
          if (dir_error)
            {
              dg_cli_error ("%s", dir_error->message);
              status = DG_EXIT_INPUT;
            }
        }
      else
        g_ptr_array_add (files, g_strdup (argv[i]));
    }
  if (x.id && files->len != 1)
    {
      dg_cli_error ("--id names one document; %u inputs given", files->len);
      status = DG_EXIT_USAGE;
      goto out;
    }

  x.lex = dg_lexicon_new_default (&error);
  if (!x.lex)
    {
      dg_cli_error ("lexicon: %s", error->message);
      status = DG_EXIT_FAILURE;
      goto out;
    }
  x.rdf = dg_rdf_new ();
  if (!x.dry_run)
    {
      x.store = dg_store_open (x.rdf, x.common.store, DG_STORE_WRITE, &error);
      if (!x.store)
        {
          dg_cli_error ("%s", error->message);
          status = dg_cli_exit_for (error);
          goto out;
        }
      if (g_str_has_prefix (dg_store_get_spec (x.store), "lmdb:"))
        x.lmdb = librdf_model_get_storage (dg_store_get_model (x.store));
    }

  /* lmdb: documents are committed in batches (each one still atomic, in
   * a nested transaction): one fsync per batch instead of per document */
  gint64 batch_start = g_get_monotonic_time ();
  guint in_batch = 0;
  if (x.store && files->len > 1 && !dg_store_begin_batch (x.store, &error))
    {
      dg_cli_error ("%s", error->message);
      status = DG_EXIT_FAILURE;
      goto out;
    }
  for (guint i = 0; i < files->len; i++)
    {
      if (x.store && files->len > 1
          && (in_batch >= DG_EXTRACT_BATCH_DOCS
              || x.batch_triples >= DG_EXTRACT_BATCH_TRIPLES
              || (in_batch && g_get_monotonic_time () - batch_start > DG_EXTRACT_BATCH_USEC)))
        {
          if (!dg_store_commit_batch (x.store, &error)
              || !dg_store_begin_batch (x.store, &error))
            {
              dg_cli_error ("%s", error->message);
              status = DG_EXIT_FAILURE;
              break;
            }
          in_batch = 0;
          x.batch_triples = 0;
          batch_start = g_get_monotonic_time ();
        }
      in_batch++;
      int rc = extract_one (&x, g_ptr_array_index (files, i));
      x.n_docs++;
      if (rc != DG_EXIT_OK)
        {
          x.n_failed++;
          /* a store failure stops the run; bad input only skips the file */
          if (rc == DG_EXIT_FAILURE)
            {
              status = rc;
              break;
            }
          if (status == DG_EXIT_OK)
            status = rc;
        }
    }
  if (x.store && !dg_store_commit_batch (x.store, &error))
    {
      dg_cli_error ("%s", error->message);
      status = DG_EXIT_FAILURE;
    }
  if (files->len > 1)
    dg_cli_note (&x.common, "%u documents, %u failed, %u events\n", x.n_docs, x.n_failed,
                 x.n_events);

out:
  dg_store_free (x.store);
  dg_rdf_free (x.rdf);
  if (x.out)
    g_string_free (x.out, TRUE);
  if (x.lex)
    {
      /* Freeing the lexicon's ~100,000 blocks cost 25-35M instructions,
       * a fifth of start-up, just before the process ends: it is kept,
       * reachable from here (valgrind: "still reachable", no leak);
       * a second run in the same process frees the previous one. */
      static DgLexicon *lexicon_at_exit;
      if (lexicon_at_exit)
        dg_lexicon_unref (lexicon_at_exit);
      lexicon_at_exit = x.lex;
    }
  g_free (x.common.store);
  g_free (x.date);
  g_free (x.format);
  g_free (x.id);
  g_free (x.base);
  return status;
}
