/* test-store.c - store specs, graph replacement, rollback, locking */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* flock, RTLD_NOLOAD under -std=c11 */
#endif
#include "config.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "dg-test.h"
#include "dg-store.h"
#include "dg-vocab.h"

static DgRdf *rdf;
static char *tmpdir;

#define G1 DG_NS_ID "doc/one"
#define G2 DG_NS_ID "doc/two"

/* @n statements about event @name: a type, a label and n-2 participants. */
static GPtrArray *
make_statements (const char *name, guint n)
{
  GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  librdf_world *world = dg_rdf_get_world (rdf);
  g_autofree char *ev = g_strconcat (DG_NS_ID "event/", name, NULL);
  guint i;

  g_ptr_array_add (a, librdf_new_statement_from_nodes (world,
                   dg_rdf_iri (rdf, ev), dg_rdf_iri (rdf, DG_RDF_TYPE),
                   dg_rdf_iri (rdf, DG_NS_DIP "Meeting")));
  g_ptr_array_add (a, librdf_new_statement_from_nodes (world,
                   dg_rdf_iri (rdf, ev), dg_rdf_iri (rdf, DG_RDFS_LABEL),
                   dg_rdf_literal (rdf, name)));
  for (i = 2; i < n; i++)
    {
      g_autofree char *p = g_strdup_printf (DG_NS_ID "person/p%u", i);
      g_ptr_array_add (a, librdf_new_statement_from_nodes (world,
                       dg_rdf_iri (rdf, ev), dg_rdf_iri (rdf, DG_DIP_PARTICIPANT),
                       dg_rdf_iri (rdf, p)));
    }
  return a;
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
check_replace_and_remove (const char *spec)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) store = dg_store_open (rdf, spec, DG_STORE_WRITE, &error);
  g_autoptr (GPtrArray) one = make_statements ("one", 10);
  g_autoptr (GPtrArray) two = make_statements ("two", 5);
  g_autoptr (GPtrArray) dup = make_statements ("one", 10);
  g_autoptr (GPtrArray) graphs = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_EQUAL (dg_store_size (store), 0);
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G1, one, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 10);
  /* same statements again: replaced, not added */
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G1, one, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 10);
  /* duplicates inside one call are stored once */
  for (guint i = 0; i < one->len; i++)
    g_ptr_array_add (dup, librdf_new_statement_from_statement (g_ptr_array_index (one, i)));
  CU_ASSERT_EQUAL (dup->len, 20);
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G1, dup, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 10);
  /* a second graph; the shared triple type/label differ, so 10 + 5 */
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G2, two, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 15);
  /* the same triples as G1 in G2 are separate quads */
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G2, one, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 20);
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G2, two, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 15);

  graphs = dg_store_list_graphs (store, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (graphs);
  CU_ASSERT_EQUAL_FATAL (graphs->len, 2);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (graphs, 0), G1);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (graphs, 1), G2);

  CU_ASSERT_TRUE (dg_store_remove_graph (store, G1, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 5);
  CU_ASSERT_TRUE (dg_store_remove_graph (store, G1, &error));   /* absent: ok */
  CU_ASSERT_EQUAL (dg_store_size (store), 5);
  g_ptr_array_unref (graphs);
  graphs = dg_store_list_graphs (store, &error);
  CU_ASSERT_EQUAL_FATAL (graphs->len, 1);
  CU_ASSERT_STRING_EQUAL (g_ptr_array_index (graphs, 0), G2);
  CU_ASSERT_PTR_NULL (error);
}

static void
test_memory (void)
{
  check_replace_and_remove ("memory:");
}

static void
test_sqlite (void)
{
  g_autofree char *path = tmp_path ("x.store");
  g_autofree char *spec = g_strconcat ("sqlite:", path, NULL);
  g_autofree char *expect = g_strconcat ("sqlite:", path, NULL);
  g_autoptr (GError) error = NULL;
  DgStore *store;

  check_replace_and_remove (spec);
  /* persistent: reopen read-only and find G2's 5 quads */
  store = dg_store_open (rdf, path, DG_STORE_READ, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_STRING_EQUAL (dg_store_get_spec (store), expect);
  CU_ASSERT_EQUAL (dg_store_size (store), 5);
  dg_store_free (store);
}

static void
test_bdb (void)
{
  g_autofree char *path = tmp_path ("x.bdb");
  g_autofree char *spec = g_strconcat ("bdb:", path, NULL);
  g_autoptr (GError) error = NULL;
  DgStore *store;

  check_replace_and_remove (spec);
  store = dg_store_open (rdf, spec, DG_STORE_READ, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_STRING_EQUAL (dg_store_get_spec (store), spec);
  CU_ASSERT_EQUAL (dg_store_size (store), 5);
  dg_store_free (store);
}

static void
test_lmdb (void)
{
  g_autofree char *path = tmp_path ("x.lmdb");
  g_autofree char *spec = g_strconcat ("lmdb:", path, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) one = make_statements ("one", 10);
  g_autoptr (GPtrArray) bad = make_statements ("bad", 4);
  DgStore *store;

  check_replace_and_remove (spec);
  store = dg_store_open (rdf, spec, DG_STORE_READ, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_STRING_EQUAL (dg_store_get_spec (store), spec);
  CU_ASSERT_EQUAL (dg_store_size (store), 5);
  dg_store_free (store);

  /* a batch: documents in nested transactions, one failing */
  store = dg_store_open (rdf, spec, DG_STORE_WRITE, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE (dg_store_has_batches (store));
  CU_ASSERT_TRUE_FATAL (dg_store_begin_batch (store, &error));
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G1, one, &error));
  g_ptr_array_add (bad, librdf_new_statement_from_nodes (dg_rdf_get_world (rdf),
                   dg_rdf_iri (rdf, G2), dg_rdf_iri (rdf, DG_RDFS_LABEL), NULL));
  CU_ASSERT_FALSE (dg_store_replace_graph (store, G2, bad, &error));
  g_clear_error (&error);
  CU_ASSERT_EQUAL (dg_store_size (store), 15);  /* G1: 10, G2: the old 5 */
  CU_ASSERT_TRUE (dg_store_commit_batch (store, &error));
  dg_store_free (store);
  store = dg_store_open (rdf, spec, DG_STORE_READ, &error);
  CU_ASSERT_EQUAL (dg_store_size (store), 15);
  dg_store_free (store);

  /* an aborted batch leaves nothing */
  store = dg_store_open (rdf, spec, DG_STORE_WRITE, &error);
  CU_ASSERT_TRUE_FATAL (dg_store_begin_batch (store, &error));
  CU_ASSERT_TRUE (dg_store_remove_graph (store, G1, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 5);
  dg_store_free (store);                  /* aborts */
  store = dg_store_open (rdf, spec, DG_STORE_READ, &error);
  CU_ASSERT_EQUAL (dg_store_size (store), 15);
  dg_store_free (store);
}

static void
test_default_spec (void)
{
  g_autofree char *path = tmp_path ("env.store");
  g_autofree char *expect = g_strconcat ("lmdb:", path, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) store = NULL;

  g_setenv ("DIPGRAPH_STORE", path, TRUE);
  store = dg_store_open (rdf, NULL, DG_STORE_WRITE, &error);
  g_unsetenv ("DIPGRAPH_STORE");
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_STRING_EQUAL (dg_store_get_spec (store), expect);
  CU_ASSERT_TRUE (g_file_test (path, G_FILE_TEST_IS_DIR));
}

/* A bare PATH naming an existing SQLite store stays sqlite. */
static void
test_bare_sqlite (void)
{
  g_autofree char *path = tmp_path ("old.store");
  g_autofree char *spec = g_strconcat ("sqlite:", path, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) one = make_statements ("one", 10);
  DgStore *store = dg_store_open (rdf, spec, DG_STORE_WRITE, &error);

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G1, one, &error));
  dg_store_free (store);
  store = dg_store_open (rdf, path, DG_STORE_READ, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_STRING_EQUAL (dg_store_get_spec (store), spec);
  CU_ASSERT_EQUAL (dg_store_size (store), 10);
  dg_store_free (store);
}

static void
test_read_missing (void)
{
  g_autofree char *path = tmp_path ("missing.store");
  g_autofree char *bdb = tmp_path ("missing.bdb");
  g_autofree char *bdbspec = g_strconcat ("bdb:", bdb, NULL);
  g_autoptr (GError) error = NULL;
  DgStore *store = dg_store_open (rdf, path, DG_STORE_READ, &error);

  CU_ASSERT_PTR_NULL (store);
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN));
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, path));
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, "run dipgraph extract first"));
  CU_ASSERT_FALSE (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = dg_store_open (rdf, bdbspec, DG_STORE_READ, &error);
  CU_ASSERT_PTR_NULL (store);
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN));
  CU_ASSERT_FALSE (g_file_test (bdb, G_FILE_TEST_EXISTS));
}

static void
expect_error (const char *spec, DgStoreMode mode, int code, const char *needle)
{
  g_autoptr (GError) error = NULL;
  DgStore *store = dg_store_open (rdf, spec, mode, &error);

  CU_ASSERT_PTR_NULL (store);
  dg_store_free (store);
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, code));
  if (error && needle && !strstr (error->message, needle))
    {
      CU_FAIL ("message does not name the spec");
      fprintf (stderr, "\n  \"%s\" not in \"%s\"\n", needle, error->message);
    }
}

static void
test_bad_specs (void)
{
  g_autofree char *nodir = tmp_path ("no/such/dir/x.store");
  g_autofree char *notdb = tmp_path ("not-a-db.txt");
  g_autofree char *dir = tmp_path ("adir");
  g_autofree char *dir_file = tmp_path ("adir/somefile");
  g_autofree char *bdbfile = g_strconcat ("bdb:", notdb, NULL);

  expect_error ("", DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_SPEC, "empty");
  expect_error ("nosuch:foo", DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_SPEC, "nosuch:foo");
  expect_error ("oracle:x", DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_SPEC, "oracle:x");
  expect_error ("mysql:db", DG_STORE_READ, DG_GRAPH_ERROR_STORE_SPEC, "lmdb:DIR");
  expect_error ("sqlite:", DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_SPEC, "sqlite:");
  expect_error ("memory:x", DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_SPEC, "memory:x");
  expect_error (nodir, DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_OPEN, "does not exist");

  g_assert_true (g_file_set_contents (notdb, "this is not an sqlite database, "
                                      "it is plain text\n", -1, NULL));
  expect_error (notdb, DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_OPEN, "nor an SQLite store");
  expect_error (notdb, DG_STORE_READ, DG_GRAPH_ERROR_STORE_OPEN, notdb);
  expect_error (bdbfile, DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_OPEN, "not a directory");
  g_mkdir (dir, 0755);
  g_assert_true (g_file_set_contents (dir_file, "x", -1, NULL));
  expect_error (dir, DG_STORE_WRITE, DG_GRAPH_ERROR_STORE_OPEN, "is a directory but not");
}

static void
test_invalid_statement (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) store = dg_store_open (rdf, "memory:", DG_STORE_WRITE, &error);
  g_autoptr (GPtrArray) one = make_statements ("one", 10);
  g_autoptr (GPtrArray) bad = make_statements ("bad", 4);

  CU_ASSERT_TRUE_FATAL (dg_store_replace_graph (store, G1, one, &error));
  /* a statement without an object */
  g_ptr_array_add (bad, librdf_new_statement_from_nodes (dg_rdf_get_world (rdf),
                   dg_rdf_iri (rdf, G1), dg_rdf_iri (rdf, DG_RDFS_LABEL), NULL));
  CU_ASSERT_FALSE (dg_store_replace_graph (store, G1, bad, &error));
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE));
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "statement 5") : NULL);
  CU_ASSERT_EQUAL (dg_store_size (store), 10);
}

/* A real failure halfway through an sqlite replacement: an SQL trigger
 * (installed through the sqlite3 library the storage plugin loaded)
 * aborts the insert of one literal, after the old graph was deleted. */
typedef int (*Sqlite3Open) (const char *, void **);
typedef int (*Sqlite3Exec) (void *, const char *, void *, void *, char **);
typedef int (*Sqlite3Close) (void *);

static void
test_sqlite_rollback (void)
{
  g_autofree char *path = tmp_path ("rollback.store");
  g_autofree char *spec = g_strconcat ("sqlite:", path, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) store = dg_store_open (rdf, spec, DG_STORE_WRITE, &error);
  g_autoptr (GPtrArray) one = make_statements ("one", 10);
  g_autoptr (GPtrArray) poison = make_statements ("poison", 10);
  void *lib, *db = NULL;
  Sqlite3Open op;
  Sqlite3Exec ex;
  Sqlite3Close cl;

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  CU_ASSERT_TRUE_FATAL (dg_store_replace_graph (store, G1, one, &error));
  lib = dlopen ("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
  if (!lib)
    {
      fprintf (stderr, "\n  (libsqlite3 not loaded: rollback test skipped)\n");
      return;
    }
  op = (Sqlite3Open) dlsym (lib, "sqlite3_open");
  ex = (Sqlite3Exec) dlsym (lib, "sqlite3_exec");
  cl = (Sqlite3Close) dlsym (lib, "sqlite3_close");
  CU_ASSERT_FATAL (op && ex && cl);
  CU_ASSERT_EQUAL_FATAL (op (path, &db), 0);
  CU_ASSERT_EQUAL (ex (db, "CREATE TRIGGER poison BEFORE INSERT ON literals "
                       "WHEN NEW.value = 'poison' BEGIN "
                       "SELECT RAISE(ABORT, 'poisoned literal'); END;",
                       NULL, NULL, NULL), 0);
  cl (db);
  dlclose (lib);

  /* "poison" is the label: the 2nd statement, after the old graph is gone */
  CU_ASSERT_FALSE (dg_store_replace_graph (store, G1, poison, &error));
  CU_ASSERT_TRUE (g_error_matches (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE));
  CU_ASSERT_PTR_NOT_NULL (error ? strstr (error->message, "statement 2") : NULL);
  CU_ASSERT_EQUAL (dg_store_size (store), 10);
  /* the store still works */
  g_clear_error (&error);
  CU_ASSERT_TRUE (dg_store_replace_graph (store, G2, one, &error));
  CU_ASSERT_EQUAL (dg_store_size (store), 20);
}

/* A second writer waits for the first one's lock. */
static void
test_write_lock (void)
{
  g_autofree char *path = tmp_path ("locked.store");
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  g_autoptr (GError) error = NULL;
  DgStore *store = dg_store_open (rdf, path, DG_STORE_WRITE, &error);
  int fd;

  CU_ASSERT_PTR_NOT_NULL_FATAL (store);
  fd = g_open (lock, O_RDWR, 0);
  CU_ASSERT_TRUE_FATAL (fd >= 0);
  CU_ASSERT_EQUAL (flock (fd, LOCK_EX | LOCK_NB), -1);   /* held */
  dg_store_free (store);
  CU_ASSERT_EQUAL (flock (fd, LOCK_EX | LOCK_NB), 0);    /* released */
  /* a reader does not lock */
  store = dg_store_open (rdf, path, DG_STORE_READ, &error);
  CU_ASSERT_PTR_NOT_NULL (store);
  dg_store_free (store);
  close (fd);
}

int
main (void)
{
  g_autoptr (GError) error = NULL;
  int status;
  g_autofree char *cmd = NULL;

  tmpdir = g_dir_make_tmp ("test-store-XXXXXX", &error);
  g_assert_no_error (error);
  rdf = dg_rdf_new ();
  CU_initialize_registry ();
  DG_TEST_SUITE ("store",
                 DG_TEST (test_memory),
                 DG_TEST (test_sqlite),
                 DG_TEST (test_bdb),
                 DG_TEST (test_lmdb),
                 DG_TEST (test_default_spec),
                 DG_TEST (test_bare_sqlite),
                 DG_TEST (test_read_missing),
                 DG_TEST (test_bad_specs),
                 DG_TEST (test_invalid_statement),
                 DG_TEST (test_sqlite_rollback),
                 DG_TEST (test_write_lock));
  status = dg_test_run ();
  dg_rdf_free (rdf);
  cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
  if (system (cmd) != 0)
    status = status ? status : 1;
  g_free (tmpdir);
  return status;
}
