/* test-lmdb.c - the dipgraph-lmdb storage: every pattern, duplicates,
 * context removal, size, transactions, reopening, a concurrent reader,
 * and rasqal answering like the sqlite store on the example extraction */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "dg-test.h"
#include "dg-lmdb.h"
#include "dg-store.h"
#include "dg-query.h"
#include "dg-reader.h"
#include "dg-extract.h"
#include "dg-writer.h"
#include "dg-nqparse.h"
#include <lmdb.h>


static char *tmpdir;
static DgRdf *rdf;
static librdf_world *world;

#define NS "http://example.org/t/"

/* The fixture: (s, p, o, g) with g NULL for the default graph. */
typedef struct {
  const char *s, *p, *o, *g;
  char kind;                 /* o is: 'U' IRI, 'L' literal, '@' fr, '^' int */
} Fix;

static const Fix fixture[] = {
  { "s1", "p1", "o1", "g1", 'U' }, { "s1", "p1", "o2", "g1", 'U' },
  { "s1", "p2", "o1", "g1", 'U' }, { "s2", "p1", "o1", "g1", 'U' },
  { "s1", "p1", "o1", "g2", 'U' }, { "s2", "p2", "o2", "g2", 'U' },
  { "s2", "p2", "s1", "g2", 'U' }, { "s1", "p1", "o1", NULL, 'U' },
  { "s3", "p1", "o1", NULL, 'U' }, { "s1", "p3", "text", "g1", 'L' },
  { "s1", "p3", "texte", "g1", '@' }, { "s1", "p3", "42", "g2", '^' },
  { "s3", "p3", "text", "g2", 'L' }, { "g1", "p1", "s2", "g3", 'U' },
};
#define N_FIX G_N_ELEMENTS (fixture)

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static librdf_node *
fix_node (const Fix *f, int pos)
{
  const char *v = pos == 0 ? f->s : pos == 1 ? f->p : pos == 2 ? f->o : f->g;
  g_autofree char *iri = NULL;

  if (!v)
    return NULL;
  if (pos == 2 && f->kind != 'U')
    {
      librdf_uri *dt = NULL;
      librdf_node *n;
      if (f->kind == '^')
        dt = librdf_new_uri (world, (const unsigned char *) "http://www.w3.org/2001/XMLSchema#integer");
      n = librdf_new_node_from_typed_literal (world, (const unsigned char *) v,
                                              f->kind == '@' ? "fr" : NULL, dt);
      if (dt)
        librdf_free_uri (dt);
      return n;
    }
  iri = g_strconcat (NS, v, NULL);
  return librdf_new_node_from_uri_string (world, (const unsigned char *) iri);
}

static librdf_storage *
open_storage (const char *dir, const char *options)
{
  dg_lmdb_register (world);
  return librdf_new_storage (world, DG_LMDB_FACTORY, dir, options);
}

static int
add_fixture (librdf_storage *st, const Fix *f)
{
  librdf_statement *s = librdf_new_statement_from_nodes (world, fix_node (f, 0),
                                                         fix_node (f, 1), fix_node (f, 2));
  librdf_node *g = fix_node (f, 3);
  int rc = librdf_storage_context_add_statement (st, g, s);

  librdf_free_statement (s);
  if (g)
    librdf_free_node (g);
  return rc;
}

static char *
node_text (librdf_node *n)
{
  return n ? (char *) raptor_term_to_string ((raptor_term *) n) : g_strdup ("-");
}

static char *
quad_text (librdf_statement *st, librdf_node *g)
{
  g_autofree char *s = node_text (librdf_statement_get_subject (st));
  g_autofree char *p = node_text (librdf_statement_get_predicate (st));
  g_autofree char *o = node_text (librdf_statement_get_object (st));
  g_autofree char *c = node_text (g);
  return g_strdup_printf ("%s %s %s %s", s, p, o, c);
}

static gint
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static char *
join_sorted (GPtrArray *a)
{
  g_ptr_array_sort (a, cmp_str);
  g_ptr_array_add (a, NULL);
  char *s = g_strjoinv ("\n", (char **) a->pdata);
  g_ptr_array_remove_index (a, a->len - 1);
  return s;
}

static char *
stream_text (librdf_stream *stream)
{
  g_autoptr (GPtrArray) got = g_ptr_array_new_with_free_func (g_free);

  for (; stream && !librdf_stream_end (stream); librdf_stream_next (stream))
    g_ptr_array_add (got, quad_text (librdf_stream_get_object (stream),
                                     librdf_stream_get_context2 (stream)));
  if (stream)
    librdf_free_stream (stream);
  return join_sorted (got);
}

/* Every one of the 16 bound/unbound combinations of S, P, O, G, with
 * each fixture quad as the source of the bound values. */
static void
check_all_patterns (librdf_storage *st)
{
  guint checked = 0;

  for (int mask = 0; mask < 16; mask++)
    for (guint r = 0; r < N_FIX; r++)
      {
        const Fix *ref = &fixture[r];
        g_autoptr (GPtrArray) want = g_ptr_array_new_with_free_func (g_free);
        g_autofree char *want_text = NULL, *got_text = NULL;
        librdf_statement *pat = librdf_new_statement (world);
        librdf_node *ctx = NULL;
        librdf_stream *stream;

        if ((mask & 8) && !ref->g)
          {
            librdf_free_statement (pat);
            continue;          /* the default graph is not a context node */
          }
        for (guint i = 0; i < N_FIX; i++)
          {
            const Fix *f = &fixture[i];
            gboolean match = (!(mask & 1) || strcmp (f->s, ref->s) == 0)
              && (!(mask & 2) || strcmp (f->p, ref->p) == 0)
              && (!(mask & 4) || (strcmp (f->o, ref->o) == 0 && f->kind == ref->kind))
              && (!(mask & 8) || g_strcmp0 (f->g, ref->g) == 0);
            if (match)
              {
                librdf_statement *s = librdf_new_statement_from_nodes
                  (world, fix_node (f, 0), fix_node (f, 1), fix_node (f, 2));
                librdf_node *g = fix_node (f, 3);
                g_ptr_array_add (want, quad_text (s, g));
                librdf_free_statement (s);
                if (g)
                  librdf_free_node (g);
              }
          }
        if (mask & 1)
          librdf_statement_set_subject (pat, fix_node (ref, 0));
        if (mask & 2)
          librdf_statement_set_predicate (pat, fix_node (ref, 1));
        if (mask & 4)
          librdf_statement_set_object (pat, fix_node (ref, 2));
        if (mask & 8)
          {
            ctx = fix_node (ref, 3);
            stream = librdf_storage_find_statements_in_context (st, pat, ctx);
          }
        else
          stream = librdf_storage_find_statements (st, pat);
        got_text = stream_text (stream);
        want_text = join_sorted (want);
        if (strcmp (got_text, want_text) != 0)
          fprintf (stderr, "\n  pattern mask %d, ref %u:\n  got\n%s\n  want\n%s\n",
                   mask, r, got_text, want_text);
        CU_ASSERT_STRING_EQUAL (got_text, want_text);
        checked++;
        librdf_free_statement (pat);
        if (ctx)
          librdf_free_node (ctx);
      }
  CU_ASSERT_EQUAL (checked, 16 * N_FIX - 8 * 2);
}

static librdf_storage *
fixture_storage (const char *name)
{
  g_autofree char *dir = tmp_path (name);
  librdf_storage *st = open_storage (dir, "new='yes'");

  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (librdf_storage_transaction_start (st), 0);
  for (guint i = 0; i < N_FIX; i++)
    CU_ASSERT_EQUAL (add_fixture (st, &fixture[i]), 0);
  CU_ASSERT_EQUAL (librdf_storage_transaction_commit (st), 0);
  return st;
}

static void
test_patterns (void)
{
  librdf_storage *st = fixture_storage ("patterns");

  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX);
  check_all_patterns (st);
  /* the same inside a write transaction (reads see the buffered adds) */
  CU_ASSERT_EQUAL (librdf_storage_transaction_start (st), 0);
  check_all_patterns (st);
  CU_ASSERT_EQUAL (librdf_storage_transaction_rollback (st), 0);
  librdf_free_storage (st);
}

static void
test_contexts_and_duplicates (void)
{
  librdf_storage *st = fixture_storage ("ctx");
  librdf_iterator *it;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  librdf_node *g1;
  librdf_statement *probe;

  /* duplicates are stored once, in a transaction and outside one */
  CU_ASSERT_EQUAL (add_fixture (st, &fixture[0]), 0);
  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX);
  CU_ASSERT_EQUAL (librdf_storage_transaction_start (st), 0);
  CU_ASSERT_EQUAL (add_fixture (st, &fixture[1]), 0);
  CU_ASSERT_EQUAL (add_fixture (st, &fixture[1]), 0);
  CU_ASSERT_EQUAL (librdf_storage_transaction_commit (st), 0);
  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX);

  it = librdf_storage_get_contexts (st);
  for (; it && !librdf_iterator_end (it); librdf_iterator_next (it))
    g_ptr_array_add (names, node_text (librdf_iterator_get_object (it)));
  if (it)
    librdf_free_iterator (it);
  joined = join_sorted (names);
  CU_ASSERT_STRING_EQUAL (joined, "<" NS "g1>\n<" NS "g2>\n<" NS "g3>");

  /* contains: a triple in any graph */
  probe = librdf_new_statement_from_nodes (world, fix_node (&fixture[3], 0),
                                           fix_node (&fixture[3], 1),
                                           fix_node (&fixture[3], 2));
  CU_ASSERT_TRUE (librdf_storage_contains_statement (st, probe));

  /* removing g1 (6 quads) */
  g1 = fix_node (&fixture[0], 3);
  CU_ASSERT_EQUAL (librdf_storage_context_remove_statements (st, g1), 0);
  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX - 6);
  g_free (stream_text (NULL));
  {
    g_autofree char *rest = stream_text (librdf_storage_context_as_stream (st, g1));
    CU_ASSERT_STRING_EQUAL (rest, "");
  }
  CU_ASSERT_FALSE (librdf_storage_contains_statement (st, probe));
  /* one statement from one context */
  {
    librdf_statement *s = librdf_new_statement_from_nodes
      (world, fix_node (&fixture[4], 0), fix_node (&fixture[4], 1), fix_node (&fixture[4], 2));
    librdf_node *g2 = fix_node (&fixture[4], 3);
    CU_ASSERT_EQUAL (librdf_storage_context_remove_statement (st, g2, s), 0);
    CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX - 7);
    /* still there: the default graph's copy */
    CU_ASSERT_TRUE (librdf_storage_contains_statement (st, s));
    CU_ASSERT_EQUAL (librdf_storage_remove_statement (st, s), 0);
    CU_ASSERT_FALSE (librdf_storage_contains_statement (st, s));
    CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX - 8);
    librdf_free_statement (s);
    librdf_free_node (g2);
  }
  librdf_free_statement (probe);
  librdf_free_node (g1);
  librdf_free_storage (st);
}

static void
test_transactions_and_reopen (void)
{
  g_autofree char *dir = tmp_path ("txn");
  librdf_storage *st = fixture_storage ("txn");
  DgLmdbCheck check;
  g_autoptr (GError) error = NULL;
  librdf_node *g2 = fix_node (&fixture[4], 3);

  /* rollback: adds and a removal vanish */
  CU_ASSERT_EQUAL (librdf_storage_transaction_start (st), 0);
  CU_ASSERT_EQUAL (librdf_storage_context_remove_statements (st, g2), 0);
  {
    Fix extra = { "new1", "newp", "newo", "g9", 'U' };
    CU_ASSERT_EQUAL (add_fixture (st, &extra), 0);
  }
  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX - 5 + 1);
  CU_ASSERT_EQUAL (librdf_storage_transaction_rollback (st), 0);
  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX);
  check_all_patterns (st);

  /* nested: the inner rollback keeps the outer work */
  CU_ASSERT_EQUAL (librdf_storage_transaction_start (st), 0);
  {
    Fix a = { "a", "p", "o", "g7", 'U' }, b = { "b", "p", "o", "g8", 'U' };
    CU_ASSERT_EQUAL (add_fixture (st, &a), 0);
    CU_ASSERT_EQUAL (librdf_storage_transaction_start (st), 0);
    CU_ASSERT_EQUAL (add_fixture (st, &b), 0);
    CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX + 2);
    CU_ASSERT_EQUAL (librdf_storage_transaction_rollback (st), 0);
    CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX + 1);
    /* a term first used in the rolled-back child gets a sound id again */
    CU_ASSERT_EQUAL (add_fixture (st, &b), 0);
  }
  CU_ASSERT_EQUAL (librdf_storage_transaction_commit (st), 0);
  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX + 2);
  librdf_free_storage (st);

  /* reopen: everything persisted */
  st = open_storage (dir, "read-only='yes'");
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX + 2);
  {
    Fix b = { "b", "p", "o", "g8", 'U' };
    librdf_statement *s = librdf_new_statement_from_nodes (world, fix_node (&b, 0),
                                                           fix_node (&b, 1), fix_node (&b, 2));
    CU_ASSERT_TRUE (librdf_storage_contains_statement (st, s));
    librdf_free_statement (s);
  }
  librdf_free_storage (st);

  CU_ASSERT_TRUE (dg_lmdb_check (dir, &check, &error));
  CU_ASSERT_EQUAL (check.quads, (gint64) N_FIX + 2);
  CU_ASSERT_EQUAL (check.index_rows[5], (gint64) N_FIX + 2);
  CU_ASSERT_EQUAL (check.graphs, 5);     /* g1 g2 g3 g7 g8 */
  CU_ASSERT_EQUAL (check.problems, 0);
  dg_lmdb_check_clear (&check);
  librdf_free_node (g2);
}

/* A reader in another process sees the old state while a write
 * transaction is open, and the new state once it commits. */
static int
child_size (const char *dir)
{
  pid_t pid = fork ();
  int status = 0;

  if (pid == 0)
    {
      librdf_world *w = librdf_new_world ();
      librdf_storage *st;
      int n;
      librdf_world_open (w);
      dg_lmdb_register (w);
      st = librdf_new_storage (w, DG_LMDB_FACTORY, dir, "read-only='yes'");
      n = st ? librdf_storage_size (st) : 255;
      _exit (n > 250 ? 250 : n);
    }
  if (pid < 0 || waitpid (pid, &status, 0) != pid || !WIFEXITED (status))
    return -1;
  return WEXITSTATUS (status);
}

static void
test_concurrent_reader (void)
{
  g_autofree char *dir = tmp_path ("conc");
  librdf_storage *st = fixture_storage ("conc");
  librdf_node *g1 = fix_node (&fixture[0], 3);

  CU_ASSERT_EQUAL (librdf_storage_transaction_start (st), 0);
  CU_ASSERT_EQUAL (librdf_storage_context_remove_statements (st, g1), 0);
  CU_ASSERT_EQUAL (librdf_storage_size (st), (int) N_FIX - 6);   /* flushed */
  CU_ASSERT_EQUAL (child_size (dir), (int) N_FIX);
  CU_ASSERT_EQUAL (librdf_storage_transaction_commit (st), 0);
  CU_ASSERT_EQUAL (child_size (dir), (int) N_FIX - 6);
  librdf_free_node (g1);
  librdf_free_storage (st);
}

/* ---- the same SPARQL answers as the sqlite store ---- */

static gboolean
extract_example (DgStore *store)
{
  g_autofree char *path = dg_test_srcpath ("examples/hague-talks.txt");
  g_autoptr (GError) error = NULL;
  DgReaderOptions opts = { 0 };
  g_autoptr (DgLexicon) lex = dg_lexicon_new_default (&error);
  DgDocument *doc;
  g_autoptr (GPtrArray) statements = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  g_autofree char *graph = NULL;
  gboolean ok;

  opts.date = "2024-05-14";
  doc = dg_reader_read_file (path, &opts, &error);
  if (!lex || !doc)
    return FALSE;
  g_autoptr (DgFacts) facts = dg_extract (lex, doc);
  graph = dg_writer_build (rdf, facts, NULL, statements);
  ok = dg_store_replace_graph (store, graph, statements, &error);
  /* twice: replacing gives the same store */
  return ok && dg_store_replace_graph (store, graph, statements, &error);
}

static const char *const queries[] = {
  "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
  "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Event . ?e a ?class } "
  "GROUP BY ?class ORDER BY ?class",
  "SELECT ?e ?l WHERE { ?e a dip:Meeting ; rdfs:label ?l } ORDER BY ?e ?l",
  "SELECT ?e ?p WHERE { ?e dip:participant ?p . ?p a dip:Person } ORDER BY ?e ?p",
  "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
  "SELECT ?a ?t WHERE { ?e dip:agent ?a ; dip:target ?t } ORDER BY ?a ?t",
  "SELECT ?s ?o WHERE { ?s rdfs:label ?o FILTER (lang(?o) = '' ) } ORDER BY ?s ?o",
  "ASK { ?e a dip:Consult }",
};

static void
test_same_answers_as_sqlite (void)
{
  g_autofree char *lpath = tmp_path ("ex.lmdb");
  g_autofree char *spath = tmp_path ("ex.sqlite");
  g_autofree char *lspec = g_strconcat ("lmdb:", lpath, NULL);
  g_autofree char *sspec = g_strconcat ("sqlite:", spath, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) lm = dg_store_open (rdf, lspec, DG_STORE_WRITE, &error);
  g_autoptr (DgStore) sq = dg_store_open (rdf, sspec, DG_STORE_WRITE, &error);

  CU_ASSERT_PTR_NOT_NULL_FATAL (lm);
  CU_ASSERT_PTR_NOT_NULL_FATAL (sq);
  CU_ASSERT_TRUE_FATAL (extract_example (lm));
  CU_ASSERT_TRUE_FATAL (extract_example (sq));
  CU_ASSERT_TRUE (dg_store_size (lm) > 100);
  CU_ASSERT_EQUAL (dg_store_size (lm), dg_store_size (sq));
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *a = dg_query_run_to_string (lm, queries[i], "tsv", &error);
      g_autofree char *b = dg_query_run_to_string (sq, queries[i], "tsv", &error);
      CU_ASSERT_PTR_NOT_NULL (a);
      CU_ASSERT_STRING_EQUAL (a ? a : "", b ? b : "-");
      /* without the list of named graphs (dipgraph query does that for a
       * query without GRAPH): the same answer */
      if (!strstr (queries[i], "GRAPH"))
        {
          librdf_storage *st = librdf_model_get_storage (dg_store_get_model (lm));
          dg_lmdb_set_hide_graphs (st, TRUE);
          librdf_iterator *it = librdf_storage_get_contexts (st);
          CU_ASSERT_TRUE (it && librdf_iterator_end (it));
          if (it)
            librdf_free_iterator (it);
          g_autofree char *c = dg_query_run_to_string (lm, queries[i], "tsv", &error);
          dg_lmdb_set_hide_graphs (st, FALSE);
          CU_ASSERT_STRING_EQUAL (c ? c : "", a ? a : "-");
        }
      /* each query returns something: a row after the header, or true */
      CU_ASSERT_TRUE (a && (g_str_has_prefix (a, "true")
                            || (strchr (a, '\n') && strlen (strchr (a, '\n')) > 2)));
      if (a && !g_str_has_prefix (a, "true") && !(strchr (a, '\n') && strlen (strchr (a, '\n')) > 2))
        fprintf (stderr, "\n  query %u gave \"%s\"\n", i, a);
    }
  /* dg_query_run_to_string hides the graph list during a query without
   * GRAPH (every caller: query, serve, stats) and restores the setting */
  {
    librdf_storage *st = librdf_model_get_storage (dg_store_get_model (lm));
    librdf_iterator *it = librdf_storage_get_contexts (st);
    int n = 0;
    for (; it && !librdf_iterator_end (it); librdf_iterator_next (it))
      n++;
    if (it)
      librdf_free_iterator (it);
    CU_ASSERT_EQUAL (n, 1);        /* the example document's graph */
    CU_ASSERT_FALSE (dg_lmdb_set_hide_graphs (st, TRUE));
    g_autofree char *d = dg_query_run_to_string (lm, "ASK {}", "tsv", &error);
    CU_ASSERT_TRUE (dg_lmdb_set_hide_graphs (st, FALSE));
    CU_ASSERT_STRING_EQUAL (d ? d : "", "true\n");
  }
}

/* Every key and value of the named databases of the environment @dir. */
static char *
env_dump (const char *dir)
{
  static const char *const names[] = { "i2t", "t2i", "spog", "posg", "ospg",
                                       "gspo", "gpos", "gosp", "meta" };
  GString *out = g_string_new (NULL);
  MDB_env *env = NULL;
  MDB_txn *txn = NULL;

  CU_ASSERT_EQUAL_FATAL (mdb_env_create (&env), 0);
  mdb_env_set_maxdbs (env, 16);
  CU_ASSERT_EQUAL_FATAL (mdb_env_open (env, dir, MDB_RDONLY | MDB_NOTLS, 0644), 0);
  CU_ASSERT_EQUAL_FATAL (mdb_txn_begin (env, NULL, MDB_RDONLY, &txn), 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      MDB_dbi dbi;
      MDB_cursor *cur;
      MDB_val k, v;
      CU_ASSERT_EQUAL_FATAL (mdb_dbi_open (txn, names[i], 0, &dbi), 0);
      mdb_cursor_open (txn, dbi, &cur);
      g_string_append_printf (out, "[%s]\n", names[i]);
      for (int rc = mdb_cursor_get (cur, &k, &v, MDB_FIRST); rc == 0;
           rc = mdb_cursor_get (cur, &k, &v, MDB_NEXT))
        {
          for (gsize j = 0; j < k.mv_size; j++)
            g_string_append_printf (out, "%02x", ((guint8 *) k.mv_data)[j]);
          g_string_append_c (out, ' ');
          for (gsize j = 0; j < v.mv_size; j++)
            g_string_append_printf (out, "%02x", ((guint8 *) v.mv_data)[j]);
          g_string_append_c (out, '\n');
        }
      mdb_cursor_close (cur);
    }
  mdb_txn_abort (txn);
  mdb_env_close (env);
  return g_string_free (out, FALSE);
}

static const char bulk_text[] =
  "# escapes, language tags, datatypes, blank nodes, the default graph\n"
  "<http://ex.org/a> <http://ex.org/p> \"x\\u00e9\\\"q\\\\\\n\\tz\"@EN-us <http://ex.org/g> .\n"
  "<http://ex.org/a> <http://ex.org/p> \"s\"^^<http://www.w3.org/2001/XMLSchema#string> <http://ex.org/g> .\n"
  "_:b1 <http://ex.org/p> _:b2 <http://ex.org/g> .\n"
  "_:b1 <http://ex.org/p> \"plain\" .\n"
  "\n"
  "<http://ex.org/a\\u00E9> <http://ex.org/p> \"1\"^^<http://ex.org/dt\\u0041> _:g1 .\n"
  "   <http://ex.org/a>\t<http://ex.org/p>   \"tab sep\"   .   \r\n"
  "<http://ex.org/a> <http://ex.org/p> \"\\U0001F600 caf\xc3\xa9\" <http://ex.org/g> . # note\n"
  "<http://ex.org/a> <http://ex.org/p> <http://ex.org/o> <http://ex.org/g> .\n"
  "<http://ex.org/a> <http://ex.org/p> <http://ex.org/o> <http://ex.org/g> .\n"
  "<http://ex.org/b> <http://ex.org/q> \"long \\\"quoted\\\" text\"@de-DE-1996 <http://ex.org/h> .\n";

static gboolean
bulk_add (gpointer user_data, const guint8 *const term[4], const gsize len[4],
          GError **error)
{
  return dg_lmdb_add_quad (user_data, term, len, error);
}

static void
raptor_add (void *user_data, raptor_statement *st)
{
  CU_ASSERT_EQUAL (librdf_storage_context_add_statement
                   (user_data, (librdf_node *) st->graph, (librdf_statement *) st), 0);
}

/* dg-nqparse + dg_lmdb_add_quad store exactly what raptor's N-Quads parser
 * through librdf stores: the same terms, ids, keys and counts. */
static void
test_bulk_load_same_as_raptor (void)
{
  g_autofree char *da = tmp_path ("bulk-raptor");
  g_autofree char *db = tmp_path ("bulk-nq");
  g_autofree char *text = g_strdup (bulk_text);
  g_autofree char *dump_a = NULL, *dump_b = NULL;
  g_autoptr (GError) error = NULL;
  librdf_storage *sa = open_storage (da, "new='yes'");
  librdf_storage *sb = open_storage (db, "new='yes'");
  raptor_world *rw = librdf_world_get_raptor (world);
  raptor_parser *parser = raptor_new_parser (rw, "nquads");
  raptor_uri *base = raptor_new_uri (rw, (const unsigned char *) "http://ex.org/");
  gint64 n = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (sa);
  CU_ASSERT_PTR_NOT_NULL_FATAL (sb);
  /* as `dipgraph load` did before the bulk path */
  CU_ASSERT_EQUAL (librdf_storage_transaction_start (sa), 0);
  raptor_parser_set_statement_handler (parser, sa, raptor_add);
  CU_ASSERT_EQUAL (raptor_parser_parse_start (parser, base), 0);
  CU_ASSERT_EQUAL (raptor_parser_parse_chunk (parser, (const unsigned char *) bulk_text,
                                              strlen (bulk_text), 1), 0);
  CU_ASSERT_EQUAL (librdf_storage_transaction_commit (sa), 0);

  CU_ASSERT_EQUAL (librdf_storage_transaction_start (sb), 0);
  CU_ASSERT_TRUE (dg_nq_parse_data (text, strlen (text), TRUE, bulk_add, sb, &n, &error));
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_EQUAL (librdf_storage_transaction_commit (sb), 0);
  CU_ASSERT_EQUAL (n, 10);
  CU_ASSERT_EQUAL (librdf_storage_size (sa), 9);
  CU_ASSERT_EQUAL (librdf_storage_size (sb), 9);
  librdf_free_storage (sa);
  librdf_free_storage (sb);
  raptor_free_parser (parser);
  raptor_free_uri (base);
  dump_a = env_dump (da);
  dump_b = env_dump (db);
  CU_ASSERT_STRING_EQUAL (dump_a, dump_b);
  if (strcmp (dump_a, dump_b) != 0)
    fprintf (stderr, "\n  raptor:\n%s\n  bulk:\n%s\n", dump_a, dump_b);
  /* the language tag is lowercased, the \u escape decoded */
  CU_ASSERT_PTR_NOT_NULL (strstr (dump_b, "40656e2d757300"));          /* "@en-us\0" */
  CU_ASSERT_PTR_NOT_NULL (strstr (dump_b, "55687474703a2f2f65782e6f72672f61c3a9 ")); /* "Uhttp://ex.org/aé" */
}

/* Malformed lines are errors with their line and column; the statements
 * before them were handed out. */
static void
test_bulk_parse_errors (void)
{
  static const struct { const char *text; gboolean quads; const char *msg; gint64 n; } cases[] = {
    { "<http://ex.org/a> <http://ex.org/p> \"c\" \"lit\" .\n", TRUE, "(data):1:41: a literal where", 0 },
    { "<http://ex.org/a> <http://ex.org/p> <http://ex.org/o> .\n"
      "<http://ex.org/a> <http://ex.org/p> \"c\" <http://ex.org/g>\n", TRUE, "(data):2:58: expected '.'", 1 },
    { "<http://ex.org/a> <http://ex.org/p> \"c\\x\" .\n", TRUE, "(data):1:39: a bad escape", 0 },
    { "<foo> <http://ex.org/p> \"c\" .\n", TRUE, "(data):1:1: not an absolute IRI", 0 },
    { "<http://ex.org/a b> <http://ex.org/p> \"c\" .\n", TRUE, "(data):1:17: a character not allowed", 0 },
    { "<http://ex.org/a> <http://ex.org/p> \"c\" <http://ex.org/g> .\n", FALSE, "(data):1:41: expected '.'", 0 },
    { "\"s\" <http://ex.org/p> \"c\" .\n", TRUE, "(data):1:1: a literal where", 0 },
    { "<http://ex.org/a> <http://ex.org/p> \"\xff\" .\n", TRUE, "(data):1:38: invalid UTF-8", 0 },
    { "<http://ex.org/a> <http://ex.org/p> \"c\"@ .\n", TRUE, "(data):1:40: a bad language tag", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup (cases[i].text);
      g_autoptr (GError) error = NULL;
      gint64 n = -1;
      g_autofree char *dir = g_strdup_printf ("%s/bad%u", tmpdir, i);
      librdf_storage *st = open_storage (dir, "new='yes'");

      CU_ASSERT_FALSE (dg_nq_parse_data (text, strlen (text), cases[i].quads, bulk_add, st,
                                         &n, &error));
      CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT));
      CU_ASSERT_TRUE (error && g_str_has_prefix (error->message, cases[i].msg));
      if (error && !g_str_has_prefix (error->message, cases[i].msg))
        fprintf (stderr, "\n  case %u: %s\n", i, error->message);
      CU_ASSERT_EQUAL (n, cases[i].n);
      CU_ASSERT_EQUAL (librdf_storage_size (st), (int) cases[i].n);
      librdf_free_storage (st);
    }
}

/* extract's bulk path (dg_writer_terms + dg_lmdb_replace_graph) stores
 * what the librdf path (dg_writer_build + dg_store_replace_graph) stores;
 * replacing again, inside a batch, changes nothing; a malformed triple is
 * refused before anything is written; an empty graph removes it. */
static void
test_replace_graph_terms (void)
{
  g_autofree char *path = dg_test_srcpath ("examples/hague-talks.txt");
  g_autofree char *da = tmp_path ("rg-librdf");
  g_autofree char *db = tmp_path ("rg-terms");
  g_autofree char *sa = g_strconcat ("lmdb:", da, NULL);
  g_autofree char *sb = g_strconcat ("lmdb:", db, NULL);
  g_autofree char *graph = NULL, *graph2 = NULL, *dump_a = NULL, *dump_b = NULL;
  g_autoptr (GError) error = NULL;
  DgReaderOptions opts = { .date = "2024-05-14" };
  g_autoptr (DgLexicon) lex = dg_lexicon_new_default (&error);
  DgDocument *doc = dg_reader_read_file (path, &opts, &error);
  g_autoptr (GPtrArray) statements =
    g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  g_autoptr (GByteArray) terms = g_byte_array_new ();
  g_autoptr (GByteArray) g = g_byte_array_new ();
  guint n = 0;
  librdf_storage *st;

  CU_ASSERT_PTR_NOT_NULL_FATAL (lex);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  g_autoptr (DgFacts) facts = dg_extract (lex, doc);
  graph = dg_writer_build (rdf, facts, NULL, statements);
  graph2 = dg_writer_terms (facts, NULL, terms, &n);
  CU_ASSERT_STRING_EQUAL (graph, graph2);
  CU_ASSERT_EQUAL (n, statements->len);
  g_byte_array_append (g, (const guint8 *) "U", 1);
  g_byte_array_append (g, (const guint8 *) graph, (guint) strlen (graph));
  {
    g_autoptr (DgStore) a = dg_store_open (rdf, sa, DG_STORE_WRITE, &error);
    CU_ASSERT_PTR_NOT_NULL_FATAL (a);
    CU_ASSERT_TRUE (dg_store_replace_graph (a, graph, statements, &error));
  }
  {
    g_autoptr (DgStore) b = dg_store_open (rdf, sb, DG_STORE_WRITE, &error);
    CU_ASSERT_PTR_NOT_NULL_FATAL (b);
    st = librdf_model_get_storage (dg_store_get_model (b));
    CU_ASSERT_TRUE (dg_lmdb_replace_graph (st, g->data, g->len, terms->data, terms->len, &error));
    CU_ASSERT_TRUE (dg_store_begin_batch (b, &error));
    CU_ASSERT_TRUE (dg_lmdb_replace_graph (st, g->data, g->len, terms->data, terms->len, &error));
    CU_ASSERT_TRUE (dg_store_commit_batch (b, &error));
    CU_ASSERT_PTR_NULL (error);
    CU_ASSERT_TRUE (dg_store_size (b) > 100);
    CU_ASSERT_TRUE (dg_store_size (b) <= (gint64) n);
  }
  dump_a = env_dump (da);
  dump_b = env_dump (db);
  CU_ASSERT_STRING_EQUAL (dump_a, dump_b);
  {
    g_autoptr (DgStore) b = dg_store_open (rdf, sb, DG_STORE_WRITE, &error);
    gint64 before = dg_store_size (b);
    st = librdf_model_get_storage (dg_store_get_model (b));
    /* cut in the middle of a term: refused, nothing changed */
    CU_ASSERT_FALSE (dg_lmdb_replace_graph (st, g->data, g->len, terms->data,
                                            terms->len - 3, &error));
    CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE));
    g_clear_error (&error);
    CU_ASSERT_EQUAL (dg_store_size (b), before);
    /* a literal as the subject */
    {
      g_autoptr (GByteArray) bad = g_byte_array_new ();
      dg_lmdb_append_term (bad, 'L', NULL, 0, "x", 1);
      dg_lmdb_append_term (bad, 'U', NULL, 0, "http://ex.org/p", 15);
      dg_lmdb_append_term (bad, 'U', NULL, 0, "http://ex.org/o", 15);
      CU_ASSERT_FALSE (dg_lmdb_replace_graph (st, g->data, g->len, bad->data, bad->len, &error));
      g_clear_error (&error);
    }
    CU_ASSERT_EQUAL (dg_store_size (b), before);
    /* nothing: the graph goes */
    CU_ASSERT_TRUE (dg_lmdb_replace_graph (st, g->data, g->len, NULL, 0, &error));
    CU_ASSERT_EQUAL (dg_store_size (b), 0);
  }
}

/* ---- store creation is atomic ---- */

static gboolean
has_temp (const char *base)
{
  g_autoptr (GDir) d = g_dir_open (tmpdir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.new-", base);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    if (g_str_has_prefix (name, prefix))
      return TRUE;
  return FALSE;
}

static void
test_atomic_creation (void)
{
  g_autofree char *fresh = tmp_path ("fresh");
  g_autofree char *empty = tmp_path ("emptydir");
  g_autofree char *half = tmp_path ("half");
  g_autofree char *bare = tmp_path ("bare");
  g_autofree char *half_data = g_build_filename (half, "data.mdb", NULL);
  g_autofree char *stale = NULL, *stale_data = NULL;
  g_autoptr (GError) error = NULL;
  librdf_storage *st;
  DgLmdbCheck check;
  pid_t dead = fork ();
  MDB_env *env = NULL;

  /* a creator killed before its rename left ".fresh.new-PID" */
  if (dead == 0)
    _exit (0);
  CU_ASSERT_FATAL (dead > 0 && waitpid (dead, NULL, 0) == dead);
  stale = g_strdup_printf ("%s/.fresh.new-%ld", tmpdir, (long) dead);
  stale_data = g_build_filename (stale, "data.mdb", NULL);
  CU_ASSERT_EQUAL (g_mkdir (stale, 0755), 0);
  CU_ASSERT_TRUE (g_file_set_contents (stale_data, "", 0, NULL));
  st = open_storage (fresh, "new='yes'");
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (librdf_storage_size (st), 0);
  CU_ASSERT_TRUE (dg_lmdb_exists (fresh));
  CU_ASSERT_FALSE (has_temp ("fresh"));      /* the stale one and its own */
  librdf_free_storage (st);
  st = open_storage (fresh, "read-only='yes'");
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (librdf_storage_size (st), 0);
  librdf_free_storage (st);
  CU_ASSERT_TRUE (dg_lmdb_check (fresh, &check, &error));
  CU_ASSERT_EQUAL (check.quads, 0);
  CU_ASSERT_EQUAL (check.problems, 0);
  dg_lmdb_check_clear (&check);

  /* an existing empty directory becomes the store */
  CU_ASSERT_EQUAL (g_mkdir (empty, 0755), 0);
  st = open_storage (empty, "new='yes'");
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (add_fixture (st, &fixture[0]), 0);
  librdf_free_storage (st);
  st = open_storage (empty, "read-only='yes'");
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (librdf_storage_size (st), 1);
  librdf_free_storage (st);

  /* what older dipgraphs left when killed during creation: an empty
   * data.mdb (LMDB read-only gave EBADF) or an environment without the
   * databases.  Readers refuse it with a message, a writer initializes it */
  CU_ASSERT_EQUAL (g_mkdir (half, 0755), 0);
  CU_ASSERT_TRUE (g_file_set_contents (half_data, "", 0, NULL));
  CU_ASSERT_PTR_NULL (open_storage (half, "read-only='yes'"));
  CU_ASSERT_FALSE (dg_lmdb_check (half, &check, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, "creation was interrupted"));
  g_clear_error (&error);
  CU_ASSERT_EQUAL (g_mkdir (bare, 0755), 0);
  CU_ASSERT_EQUAL (mdb_env_create (&env), 0);
  CU_ASSERT_EQUAL (mdb_env_open (env, bare, 0, 0644), 0);
  mdb_env_close (env);
  CU_ASSERT_PTR_NULL (open_storage (bare, "read-only='yes'"));
  for (int i = 0; i < 2; i++)
    {
      const char *dir = i ? bare : half;
      st = open_storage (dir, "new='no'");
      CU_ASSERT_PTR_NOT_NULL_FATAL (st);
      CU_ASSERT_EQUAL (add_fixture (st, &fixture[1]), 0);
      librdf_free_storage (st);
      CU_ASSERT_TRUE (dg_lmdb_check (dir, &check, &error));
      CU_ASSERT_EQUAL (check.quads, 1);
      CU_ASSERT_EQUAL (check.problems, 0);
      dg_lmdb_check_clear (&check);
    }
}

int
main (void)
{
  int rc;

  tmpdir = g_dir_make_tmp ("test-lmdb-XXXXXX", NULL);
  rdf = dg_rdf_new ();
  world = dg_rdf_get_world (rdf);
  dg_lmdb_register (world);
  CU_initialize_registry ();
  DG_TEST_SUITE ("lmdb",
                 DG_TEST (test_patterns),
                 DG_TEST (test_contexts_and_duplicates),
                 DG_TEST (test_transactions_and_reopen),
                 DG_TEST (test_concurrent_reader),
                 DG_TEST (test_same_answers_as_sqlite),
                 DG_TEST (test_bulk_load_same_as_raptor),
                 DG_TEST (test_bulk_parse_errors),
                 DG_TEST (test_replace_graph_terms),
                 DG_TEST (test_atomic_creation));
  rc = dg_test_run ();
  dg_rdf_free (rdf);
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
    if (system (cmd) != 0)
      rc = rc ? rc : 0;
  }
  g_free (tmpdir);
  return rc;
}
