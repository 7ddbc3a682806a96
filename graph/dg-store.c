/* dg-store.c - store specs, opening Redland storages, replacing graphs
 *
 * lmdb:DIR (or a bare PATH that is not an existing SQLite file) uses
 * dipgraph's own "dipgraph-lmdb" storage (dg-lmdb.c): transactions,
 * duplicate-free quads, every pattern a range scan; extract batches many
 * documents into one transaction, each document in a nested one.
 * sqlite:PATH (or a bare PATH naming an existing SQLite file) uses
 * Redland's "sqlite" storage: one file,
 * contexts always on, duplicate quads are refused by the storage, and each
 * graph replacement is one SQL transaction.  bdb:DIR and memory: use the
 * "hashes" storage with contexts and a predicate index; it has no
 * transactions, so statements are checked before anything is removed.
 * A writable open takes an advisory lock (flock on "<path>.lock") so that
 * two extract runs on the same store are serialized; reads do not lock.
 * postgresql:... uses Redland's "postgresql" storage (one model, created
 * on the first writable open); a writable open adds rules to its node
 * tables (add_postgresql_rules) so that a graph replacement is one SQL
 * transaction.  virtuoso://...
 * uses Redland's "virtuoso" storage over ODBC (dg-store-virtuoso.c) for
 * reading; graphs are written through dipgraph's own ODBC connection
 * (CLEAR GRAPH and INSERT DATA in one transaction: the storage's
 * transactions are none and it makes one round trip per statement).
 * sparql+http://... has no librdf model:
 * graphs are PUT/DELETEd with the Graph Store Protocol and queries go to
 * the server (dg-store-http.c).
 * Numbers behind the choice of the default: doc/storage.md.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* flock, O_CLOEXEC under -std=c11 */
#endif
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include <libpq-fe.h>
#include <sqlite3.h>
#include "dg-store.h"
#include "dg-lmdb.h"
#include "dg-store-http.h"
#include "dg-store-virtuoso.h"

/* File-name prefix of the Berkeley DB hash files inside a bdb:DIR. */
#define DG_BDB_NAME "dipgraph"

typedef enum {
  DG_BACKEND_LMDB,
  DG_BACKEND_SQLITE,
  DG_BACKEND_BDB,
  DG_BACKEND_MEMORY,
  DG_BACKEND_POSTGRESQL,
  DG_BACKEND_VIRTUOSO,
  DG_BACKEND_HTTP
} DgBackend;

struct DgStore {
  DgRdf *rdf;                   /* borrowed */
  DgBackend backend;
  char *spec;                   /* normalized */
  char *path;                   /* file or directory; NULL for memory */
  librdf_storage *storage;
  librdf_model *model;
  int lock_fd;                  /* -1 when not locked */
  gboolean batch;               /* a batch transaction is open */
  DgStoreHttp *http;            /* sparql+http: the server; no model */
  char *odbc;                   /* virtuoso: the ODBC connection string */
  DgVirtuosoWriter *writer;     /* virtuoso: dipgraph's connection for writes */
};

#define DG_STORE_SPEC_FORMS \
  "use PATH, lmdb:DIR, sqlite:PATH, bdb:DIR, memory:, " \
  "postgresql://USER[:PASS]@HOST[:PORT]/DB, virtuoso://USER[:PASS]@HOST[:PORT] " \
  "or sparql+http://HOST:PORT/PATH"

/* "word:" at the start of @spec (a URI-scheme-like prefix of 2+ chars);
 * returns its length without the colon, or 0. */
static gsize
scheme_length (const char *spec)
{
  gsize i;

  if (!g_ascii_isalpha (spec[0]))
    return 0;
  for (i = 1; spec[i]; i++)
    {
      if (spec[i] == ':')
        return i >= 2 ? i : 0;
      if (!g_ascii_isalnum (spec[i]) && spec[i] != '+' && spec[i] != '-'
          && spec[i] != '.')
        return 0;
    }
  return 0;
}

/* TRUE when @path starts with the SQLite 3 file header (or is empty). */
static gboolean
is_sqlite_file (const char *path, gboolean *empty)
{
  static const char magic[16] = "SQLite format 3";   /* with its NUL */
  char head[16];
  FILE *f = g_fopen (path, "rb");
  size_t n;

  *empty = FALSE;
  if (!f)
    return FALSE;
  n = fread (head, 1, sizeof head, f);
  fclose (f);
  if (n == 0)
    {
      *empty = TRUE;
      return TRUE;
    }
  return n == sizeof head && memcmp (head, magic, sizeof head) == 0;
}

/* Splits @spec into a backend and an absolute path. */
static gboolean
parse_spec (const char *spec, DgBackend *backend, char **path, GError **error)
{
  gsize n = scheme_length (spec);
  const char *rest = spec;

  if (!*spec)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                   "empty store spec (%s)", DG_STORE_SPEC_FORMS);
      return FALSE;
    }
  *path = NULL;
  if (n)
    {
      rest = spec + n + 1;
      if (n == 6 && g_ascii_strncasecmp (spec, "sqlite", 6) == 0)
        *backend = DG_BACKEND_SQLITE;
      else if (n == 4 && g_ascii_strncasecmp (spec, "lmdb", 4) == 0)
        *backend = DG_BACKEND_LMDB;
      else if (n == 3 && g_ascii_strncasecmp (spec, "bdb", 3) == 0)
        *backend = DG_BACKEND_BDB;
      else if (n == 10 && g_ascii_strncasecmp (spec, "postgresql", 10) == 0)
        {
          *backend = DG_BACKEND_POSTGRESQL;
          return TRUE;
        }
      else if (dg_store_virtuoso_is_spec (spec))
        {
          *backend = DG_BACKEND_VIRTUOSO;
          return TRUE;
        }
      else if (dg_store_http_is_spec (spec))
        {
          *backend = DG_BACKEND_HTTP;
          return TRUE;
        }
      else if (n == 6 && g_ascii_strncasecmp (spec, "memory", 6) == 0)
        {
          *backend = DG_BACKEND_MEMORY;
          if (*rest)
            {
              g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                           "store spec \"%s\": memory: takes no argument", spec);
              return FALSE;
            }
          return TRUE;
        }
      else
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                       "store spec \"%s\": unknown or unsupported backend "
                       "\"%.*s:\" (%s; write ./%s for a file whose name "
                       "contains a colon)",
                       spec, (int) n, spec, DG_STORE_SPEC_FORMS, spec);
          return FALSE;
        }
      if (!*rest)
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                       "store spec \"%s\": missing path after \"%.*s:\"",
                       spec, (int) n, spec);
          return FALSE;
        }
    }
  *path = g_canonicalize_filename (rest, NULL);
  if (!n)
    {
      /* a bare PATH: an existing SQLite file stays sqlite (stores made
       * before lmdb became the default), anything else is lmdb */
      gboolean empty;
      *backend = g_file_test (*path, G_FILE_TEST_IS_REGULAR)
                 && is_sqlite_file (*path, &empty) ? DG_BACKEND_SQLITE
                 : DG_BACKEND_LMDB;
    }
  return TRUE;
}

/* Waits for the exclusive lock on "@path.lock". */
static gboolean
store_lock (DgStore *store, GError **error)
{
  g_autofree char *lock_path = g_strconcat (store->path, ".lock", NULL);
  int fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "cannot create lock file %s: %s", lock_path,
                   g_strerror (saved));
      return FALSE;
    }
  while (flock (fd, LOCK_EX) < 0)
    {
      int saved = errno;
      if (saved == EINTR)
        continue;
      close (fd);
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "cannot lock %s: %s", lock_path, g_strerror (saved));
      return FALSE;
    }
  store->lock_fd = fd;
  return TRUE;
}

/* The parent directory of @path must exist. */
static gboolean
check_parent (const char *spec, const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store \"%s\": directory %s does not exist", spec, dir);
      return FALSE;
    }
  return TRUE;
}

/* Redland's sqlite schema indexes neither literals(text) nor
 * triples(contextUri): every new literal and every graph replacement is a
 * full table scan, and loading grows quadratically (doc/storage.md: 147 s
 * vs 23 s for 200k quads).  The indexes are created once, on a second
 * connection, and are invisible to librdf. */
static gboolean
add_sqlite_indexes (DgStore *store, GError **error)
{
  sqlite3 *db = NULL;
  char *msg = NULL;
  int rc = sqlite3_open_v2 (store->path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 10000);
      rc = sqlite3_exec (db,
                         "CREATE INDEX IF NOT EXISTS dg_literal_text ON literals(text);"
                         "CREATE INDEX IF NOT EXISTS dg_triples_context ON triples(contextUri);",
                         NULL, NULL, &msg);
    }
  if (rc != SQLITE_OK)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                 "store %s: cannot add indexes: %s", store->path,
                 msg ? msg : db ? sqlite3_errmsg (db) : "out of memory");
  sqlite3_free (msg);
  sqlite3_close (db);
  return rc == SQLITE_OK;
}

static gboolean
open_sqlite (DgStore *store, const char *spec, DgStoreMode mode,
             const char **options, GError **error)
{
  gboolean empty = FALSE;

  if (!check_parent (spec, store->path, error))
    return FALSE;
  if (g_file_test (store->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store \"%s\": %s is a directory (use bdb:%s for a "
                   "Berkeley DB store)", spec, store->path, store->path);
      return FALSE;
    }
  if (mode == DG_STORE_WRITE && !store_lock (store, error))
    return FALSE;
  if (!g_file_test (store->path, G_FILE_TEST_EXISTS))
    {
      if (mode == DG_STORE_READ)
        goto missing;
      /* The plugin creates the tables only with new='yes' (which also
       * deletes an existing file: only ever for a missing one). */
      *options = "new='yes'";
      return TRUE;
    }
  if (!is_sqlite_file (store->path, &empty))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store \"%s\": %s is not an SQLite database (not a "
                   "dipgraph store?)", spec, store->path);
      return FALSE;
    }
  if (empty)
    {
      if (mode == DG_STORE_READ)
        goto missing;
      *options = "new='yes'";
    }
  return TRUE;

missing:
  g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
               "no store at %s (run dipgraph extract first or give --store)",
               store->path);
  return FALSE;
}

static gboolean
open_bdb (DgStore *store, const char *spec, DgStoreMode mode,
          gboolean *is_new, GError **error)
{
  g_autofree char *probe = NULL;

  if (!check_parent (spec, store->path, error))
    return FALSE;
  if (g_file_test (store->path, G_FILE_TEST_EXISTS)
      && !g_file_test (store->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store \"%s\": %s is not a directory", spec, store->path);
      return FALSE;
    }
  if (mode == DG_STORE_WRITE && !store_lock (store, error))
    return FALSE;
  probe = g_strdup_printf ("%s/%s-sp2o.db", store->path, DG_BDB_NAME);
  *is_new = !g_file_test (probe, G_FILE_TEST_EXISTS);
  if (*is_new && mode == DG_STORE_READ)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "no store at %s (run dipgraph extract first or give --store)",
                   store->path);
      return FALSE;
    }
  if (g_mkdir (store->path, 0755) < 0 && errno != EEXIST)
    {
      int saved = errno;
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store \"%s\": cannot create %s: %s", spec, store->path,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_lmdb (DgStore *store, const char *spec, DgStoreMode mode,
           gboolean *is_new, GError **error)
{
  if (!check_parent (spec, store->path, error))
    return FALSE;
  if (g_file_test (store->path, G_FILE_TEST_EXISTS)
      && !g_file_test (store->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store \"%s\": %s is not a directory (nor an SQLite store)",
                   spec, store->path);
      return FALSE;
    }
  if (mode == DG_STORE_WRITE && !store_lock (store, error))
    return FALSE;
  *is_new = !dg_lmdb_exists (store->path);
  if (*is_new && mode == DG_STORE_READ)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "no store at %s (run dipgraph extract first or give --store)",
                   store->path);
      return FALSE;
    }
  if (*is_new && g_file_test (store->path, G_FILE_TEST_IS_DIR))
    {
      /* never scatter data.mdb into somebody's directory */
      g_autoptr (GDir) d = g_dir_open (store->path, 0, NULL);
      if (d && g_dir_read_name (d))
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                       "store \"%s\": %s is a directory but not a dipgraph "
                       "store (use an empty or new directory)", spec, store->path);
          return FALSE;
        }
    }
  return TRUE;
}

/* One option of a postgresql spec; librdf's option syntax cannot quote. */
static gboolean
pg_option (GString *options, const char *spec, const char *key,
           const char *value, GError **error)
{
  if (strpbrk (value, "'\\"))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                   "store spec \"%s\": %s may not contain ' or \\", spec, key);
      return FALSE;
    }
  g_string_append_printf (options, "%s%s='%s'", options->len ? "," : "", key, value);
  return TRUE;
}

/* postgresql://USER[:PASS]@HOST[:PORT]/DB[?model=NAME] or
 * postgresql:host=H,port=P,database=DB,user=U[,password=W][,model=NAME]
 * into librdf storage options, the model name and a normalized spec
 * (without the password; an absent password is $PGPASSWORD or empty). */
static gboolean
parse_postgresql (const char *spec, char **options, char **model,
                  char **normalized, char **conninfo, GError **error)
{
  g_autoptr (GHashTable) kv = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GString) opts = g_string_new (NULL);
  const char *rest = spec + strlen ("postgresql:");
  static const char *const keys[] = { "host", "port", "database", "user", "password", "model", NULL };
  const char *host, *port, *db, *user, *password;

  if (g_str_has_prefix (rest, "//"))
    {
      g_autoptr (GError) local = NULL;
      g_autoptr (GUri) uri = g_uri_parse (spec, G_URI_FLAGS_HAS_PASSWORD, &local);
      const char *path;

      if (!uri)
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                       "store spec \"%s\": %s", spec, local->message);
          return FALSE;
        }
      if (g_uri_get_host (uri) && *g_uri_get_host (uri))
        g_hash_table_insert (kv, g_strdup ("host"), g_strdup (g_uri_get_host (uri)));
      if (g_uri_get_port (uri) > 0)
        g_hash_table_insert (kv, g_strdup ("port"), g_strdup_printf ("%d", g_uri_get_port (uri)));
      if (g_uri_get_user (uri))
        g_hash_table_insert (kv, g_strdup ("user"), g_strdup (g_uri_get_user (uri)));
      if (g_uri_get_password (uri))
        g_hash_table_insert (kv, g_strdup ("password"), g_strdup (g_uri_get_password (uri)));
      path = g_uri_get_path (uri);
      if (path && path[0] == '/' && path[1])
        g_hash_table_insert (kv, g_strdup ("database"), g_strdup (path + 1));
      if (g_uri_get_query (uri))
        {
          g_autoptr (GHashTable) params = g_uri_parse_params (g_uri_get_query (uri), -1, "&",
                                                              G_URI_PARAMS_NONE, NULL);
          const char *m = params ? g_hash_table_lookup (params, "model") : NULL;
          if (!params || !m || g_hash_table_size (params) != 1)
            {
              g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                           "store spec \"%s\": the only parameter is ?model=NAME", spec);
              return FALSE;
            }
          g_hash_table_insert (kv, g_strdup ("model"), g_strdup (m));
        }
    }
  else
    {
      g_auto (GStrv) pairs = g_strsplit (rest, ",", -1);
      for (guint i = 0; pairs[i]; i++)
        {
          char *eq = strchr (pairs[i], '=');
          if (!*pairs[i])
            continue;
          if (!eq || !g_strv_contains (keys, (*eq = 0, pairs[i])))
            {
              g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                           "store spec \"%s\": expected KEY=VALUE with KEY one of "
                           "host, port, database, user, password, model", spec);
              return FALSE;
            }
          g_hash_table_insert (kv, g_strdup (pairs[i]), g_strdup (eq + 1));
        }
    }
  host = g_hash_table_lookup (kv, "host");
  port = g_hash_table_lookup (kv, "port");
  db = g_hash_table_lookup (kv, "database");
  user = g_hash_table_lookup (kv, "user");
  password = g_hash_table_lookup (kv, "password");
  if (!host)
    host = "localhost";
  if (!port)
    port = "5432";
  if (!user)
    user = g_get_user_name ();
  if (!password)
    password = g_getenv ("PGPASSWORD") ? g_getenv ("PGPASSWORD") : "";
  if (!db || !*db)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                   "store spec \"%s\": no database (use "
                   "postgresql://USER[:PASS]@HOST[:PORT]/DB)", spec);
      return FALSE;
    }
  if (!pg_option (opts, spec, "host", host, error)
      || !pg_option (opts, spec, "port", port, error)
      || !pg_option (opts, spec, "database", db, error)
      || !pg_option (opts, spec, "user", user, error)
      || !pg_option (opts, spec, "password", password, error))
    return FALSE;
  *model = g_strdup (g_hash_table_lookup (kv, "model") ? (char *) g_hash_table_lookup (kv, "model")
                     : "dipgraph");
  *normalized = g_strdup_printf ("postgresql://%s@%s:%s/%s%s%s", user, host, port, db,
                                 strcmp (*model, "dipgraph") ? "?model=" : "",
                                 strcmp (*model, "dipgraph") ? *model : "");
  *options = g_string_free (g_steal_pointer (&opts), FALSE);
  /* libpq's form of the same (the values hold no ' or \\) */
  *conninfo = g_strdup_printf ("host='%s' port='%s' dbname='%s' user='%s' password='%s' "
                               "connect_timeout='10'", host, port, db, user, password);
  return TRUE;
}

/* Redland's postgresql storage inserts every node into resources, literals
 * and bnodes and counts on the duplicate-key error of the ones already
 * there; inside BEGIN that error aborts the transaction.  These rules turn
 * an insert of an existing id into nothing, so a graph replacement can be
 * one transaction.  Created on every writable open (CREATE OR REPLACE),
 * on a libpq connection of our own; invisible to Redland. */
static gboolean
add_postgresql_rules (const char *spec, const char *conninfo, GError **error)
{
  static const char *const tables[] = { "resources", "literals", "bnodes", NULL };
  PGconn *conn = PQconnectdb (conninfo);
  gboolean ok = PQstatus (conn) == CONNECTION_OK;

  for (guint i = 0; ok && tables[i]; i++)
    {
      g_autofree char *sql = g_strdup_printf
        ("CREATE OR REPLACE RULE dg_%s_no_duplicate AS ON INSERT TO %s "
         "WHERE EXISTS (SELECT 1 FROM %s t WHERE t.id = NEW.id) DO INSTEAD NOTHING",
         tables[i], tables[i], tables[i]);
      PGresult *res = PQexec (conn, sql);
      ok = PQresultStatus (res) == PGRES_COMMAND_OK;
      PQclear (res);
    }
  if (!ok)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                 "store %s: cannot add the rules that make graph replacement "
                 "atomic: %s", spec, conn ? g_strstrip (PQerrorMessage (conn)) : "out of memory");
  PQfinish (conn);
  return ok;
}

/* Opens Redland's postgresql storage; a writable open of a database (or
 * model) that has none yet creates it (new='yes' would empty an existing
 * model, so it is only ever given after a failed plain open). */
static gboolean
open_postgresql (DgStore *store, const char *spec, DgStoreMode mode, GError **error)
{
  librdf_world *world = dg_rdf_get_world (store->rdf);
  g_autofree char *options = NULL;
  g_autofree char *model = NULL;
  g_autofree char *messages = NULL;

  g_autofree char *conninfo = NULL;

  if (!parse_postgresql (spec, &options, &model, &store->spec, &conninfo, error))
    return FALSE;
  store->storage = librdf_new_storage (world, "postgresql", model, options);
  if (!store->storage)
    {
      messages = dg_rdf_take_messages (store->rdf);
      if (mode == DG_STORE_WRITE && messages
          && (strstr (messages, "failed to find model") || strstr (messages, "does not exist")))
        {
          g_autofree char *create = g_strconcat (options, ",new='yes'", NULL);
          store->storage = librdf_new_storage (world, "postgresql", model, create);
          if (store->storage)
            return add_postgresql_rules (store->spec, conninfo, error);
          g_free (messages);
          messages = dg_rdf_take_messages (store->rdf);
        }
      if (messages && (strstr (messages, "failed to find model")
                       || strstr (messages, "does not exist")))
        g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                     "no store at %s (run dipgraph extract first or give --store)",
                     store->spec);
      else
        g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                     "cannot open store %s: %s", store->spec,
                     messages ? g_strstrip (messages) : "no postgresql storage "
                     "(install librdf-storage-postgresql)");
      return FALSE;
    }
  return mode != DG_STORE_WRITE || add_postgresql_rules (store->spec, conninfo, error);
}

DgStore *
dg_store_open (DgRdf *rdf, const char *spec, DgStoreMode mode, GError **error)
{
  g_autoptr (DgStore) store = NULL;
  librdf_world *world;
  const char *options = NULL;
  g_autofree char *bdb_options = NULL;
  const char *factory, *name;
  gboolean is_new = FALSE;
  gboolean need_model = (mode & DG_STORE_MODEL) != 0;

  g_return_val_if_fail (rdf != NULL, NULL);
  mode = (DgStoreMode) (mode & ~DG_STORE_MODEL);
  if (!spec)
    {
      spec = g_getenv ("DIPGRAPH_STORE");
      if (!spec || !*spec)
        spec = DG_STORE_DEFAULT_SPEC;
    }
  world = dg_rdf_get_world (rdf);
  store = g_new0 (DgStore, 1);
  store->rdf = rdf;
  store->lock_fd = -1;
  if (!parse_spec (spec, &store->backend, &store->path, error))
    return NULL;
  g_free (dg_rdf_take_messages (rdf));     /* start with a clean slate */

  switch (store->backend)
    {
    case DG_BACKEND_LMDB:
      if (!open_lmdb (store, spec, mode, &is_new, error))
        return NULL;
      dg_lmdb_register (world);
      store->spec = g_strconcat ("lmdb:", store->path, NULL);
      bdb_options = g_strdup_printf ("%s", mode == DG_STORE_READ ? "read-only='yes'"
                                     : is_new ? "new='yes'" : "new='no'");
      options = bdb_options;
      factory = DG_LMDB_FACTORY;
      name = store->path;
      break;
    case DG_BACKEND_SQLITE:
      if (!open_sqlite (store, spec, mode, &options, error))
        return NULL;
      store->spec = g_strconcat ("sqlite:", store->path, NULL);
      factory = "sqlite";
      name = store->path;
      break;
    case DG_BACKEND_BDB:
      if (!open_bdb (store, spec, mode, &is_new, error))
        return NULL;
      store->spec = g_strconcat ("bdb:", store->path, NULL);
      bdb_options = g_strdup_printf ("hash-type='bdb',dir='%s',contexts='yes',"
                                     "index-predicates='yes'%s", store->path,
                                     is_new ? ",new='yes'" : "");
      options = bdb_options;
      factory = "hashes";
      name = DG_BDB_NAME;
      break;
    case DG_BACKEND_POSTGRESQL:
      if (!open_postgresql (store, spec, mode, error))
        return NULL;
      factory = NULL;
      name = NULL;
      break;
    case DG_BACKEND_VIRTUOSO:
      store->storage = dg_store_virtuoso_new_storage (rdf, spec, &store->spec,
                                                      &store->odbc, error);
      if (!store->storage)
        return NULL;
      factory = NULL;
      name = NULL;
      break;
    case DG_BACKEND_HTTP:
      if (need_model)
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                       "store \"%s\" is a SPARQL server: this command needs a "
                       "local store (extract, query, remove and stats work on "
                       "a server)", spec);
          return NULL;
        }
      store->http = dg_store_http_new (spec, error);
      if (!store->http || !dg_store_http_ping (store->http, error))
        return NULL;
      store->spec = g_strdup (dg_store_http_get_spec (store->http));
      return g_steal_pointer (&store);
    case DG_BACKEND_MEMORY:
    default:
      store->spec = g_strdup ("memory:");
      options = "hash-type='memory',contexts='yes',index-predicates='yes'";
      factory = "hashes";
      name = "dipgraph";
      break;
    }

  if (factory)
    store->storage = librdf_new_storage (world, factory, name, options);
  if (store->storage)
    store->model = librdf_new_model (world, store->storage, NULL);
  if (!store->model)
    {
      g_autofree char *what = g_strdup_printf ("cannot open store %s",
                                               store->spec);
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_STORE_OPEN, what);
      return NULL;
    }
  /* A valid SQLite file that Redland did not create has no triples table. */
  if (store->backend == DG_BACKEND_SQLITE && librdf_model_size (store->model) < 0)
    {
      g_free (dg_rdf_take_messages (rdf));
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store \"%s\": %s is an SQLite database but not a "
                   "dipgraph store", spec, store->path);
      return NULL;
    }
  if (store->backend == DG_BACKEND_SQLITE && mode == DG_STORE_WRITE
      && !add_sqlite_indexes (store, error))
    return NULL;
  /* the storage connects on first use: make that now */
  if (store->backend == DG_BACKEND_VIRTUOSO
      && dg_store_virtuoso_count (rdf, store->model, error) < 0)
    return NULL;
  return g_steal_pointer (&store);
}

void
dg_store_free (DgStore *store)
{
  if (!store)
    return;
  if (store->batch && store->model)
    librdf_model_transaction_rollback (store->model);
  if (store->model)
    librdf_free_model (store->model);
  if (store->storage)
    librdf_free_storage (store->storage);
  if (store->lock_fd >= 0)
    close (store->lock_fd);            /* releases the flock */
  dg_store_http_free (store->http);
  dg_virtuoso_writer_free (store->writer);
  g_free (store->odbc);
  g_free (store->spec);
  g_free (store->path);
  g_free (store);
}

DgStoreHttp *
dg_store_get_http (DgStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->http;
}

librdf_model *
dg_store_get_model (DgStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->model;
}

const char *
dg_store_get_spec (DgStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->spec;
}

DgRdf *
dg_store_get_rdf (DgStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->rdf;
}

/* The N-Triples form of a statement, as a dedup key. */
static char *
statement_key (librdf_statement *st)
{
  g_autofree unsigned char *s = raptor_term_to_string (librdf_statement_get_subject (st));
  g_autofree unsigned char *p = raptor_term_to_string (librdf_statement_get_predicate (st));
  g_autofree unsigned char *o = raptor_term_to_string (librdf_statement_get_object (st));

  return g_strdup_printf ("%s %s %s", s, p, o);
}

static gboolean
statement_is_valid (librdf_statement *st)
{
  librdf_node *s, *p, *o;

  if (!st)
    return FALSE;
  s = librdf_statement_get_subject (st);
  p = librdf_statement_get_predicate (st);
  o = librdf_statement_get_object (st);
  return s && p && o && !librdf_node_is_literal (s)
         && librdf_node_is_resource (p);
}

/* The virtuoso store's own connection for writes, made on first use. */
static gboolean
virtuoso_writer (DgStore *store, GError **error)
{
  if (!store->writer)
    store->writer = dg_virtuoso_writer_new (store->spec, store->odbc, error);
  return store->writer != NULL;
}

gboolean
dg_store_replace_graph (DgStore *store, const char *graph_iri,
                        GPtrArray *statements, GError **error)
{
  g_autoptr (GHashTable) seen = NULL;
  librdf_node *context = NULL;
  gboolean in_transaction = FALSE;
  gboolean ok = FALSE;
  guint i;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (graph_iri != NULL && statements != NULL, FALSE);

  /* Everything that can be checked is checked before the old graph goes:
   * the hashes storages cannot roll back. */
  for (i = 0; i < statements->len; i++)
    if (!statement_is_valid (g_ptr_array_index (statements, i)))
      {
        g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                     "graph <%s>: statement %u is incomplete or malformed "
                     "(nothing written)", graph_iri, i + 1);
        return FALSE;
      }
  if (store->http)
    return dg_store_http_put_graph (store->http, store->rdf, graph_iri, statements, error);
  if (store->backend == DG_BACKEND_VIRTUOSO && dg_virtuoso_writer_can_write (statements))
    return virtuoso_writer (store, error)
           && dg_virtuoso_writer_replace_graph (store->writer, graph_iri, statements, error);
  context = dg_rdf_iri (store->rdf, graph_iri);
  if (!context)
    {
      dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE,
                        "invalid graph IRI");
      return FALSE;
    }
  g_free (dg_rdf_take_messages (store->rdf));

  /* postgresql: the rules of add_postgresql_rules() keep Redland's node
   * inserts from aborting the transaction */
  if (store->backend == DG_BACKEND_SQLITE || store->backend == DG_BACKEND_LMDB
      || store->backend == DG_BACKEND_VIRTUOSO || store->backend == DG_BACKEND_POSTGRESQL)
    {
      /* lmdb inside a batch: a nested transaction */
      if (librdf_model_transaction_start (store->model) != 0)
        {
          g_autofree char *what = g_strdup_printf ("%s: cannot start a transaction "
                                                   "(store busy?)", store->spec);
          dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE, what);
          goto out;
        }
      in_transaction = TRUE;
    }

  if (store->backend == DG_BACKEND_VIRTUOSO)
    {
      if (!dg_store_virtuoso_clear_graph (store->rdf, store->model, graph_iri, error))
        goto out;
    }
  else if (librdf_model_context_remove_statements (store->model, context) != 0)
    {
      g_autofree char *what = g_strdup_printf ("graph <%s>: removing the old "
                                               "statements failed", graph_iri);
      dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE, what);
      goto out;
    }

  /* The hashes storages keep duplicate quads; sqlite would refuse them
   * anyway, but skipping them here saves a lookup per duplicate. */
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (i = 0; i < statements->len; i++)
    {
      librdf_statement *st = g_ptr_array_index (statements, i);
      char *key = statement_key (st);

      if (!g_hash_table_add (seen, key))
        continue;
      if (librdf_model_context_add_statement (store->model, context, st) != 0)
        {
          g_autofree char *what = g_strdup_printf ("graph <%s>: adding statement "
                                                   "%u failed", graph_iri, i + 1);
          dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE, what);
          goto out;
        }
    }

  if (in_transaction)
    {
      in_transaction = FALSE;
      if (librdf_model_transaction_commit (store->model) != 0)
        {
          g_autofree char *what = g_strdup_printf ("graph <%s>: commit failed",
                                                   graph_iri);
          dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE, what);
          librdf_model_transaction_rollback (store->model);
          goto out;
        }
    }
  ok = TRUE;

out:
  if (in_transaction)
    librdf_model_transaction_rollback (store->model);
  librdf_free_node (context);
  return ok;
}

gboolean
dg_store_remove_graph (DgStore *store, const char *graph_iri, GError **error)
{
  librdf_node *context;
  gboolean in_transaction = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (store != NULL && graph_iri != NULL, FALSE);
  if (store->http)
    return dg_store_http_delete_graph (store->http, graph_iri, error);
  if (store->backend == DG_BACKEND_VIRTUOSO)
    return virtuoso_writer (store, error)
           && dg_virtuoso_writer_replace_graph (store->writer, graph_iri, NULL, error);
  context = dg_rdf_iri (store->rdf, graph_iri);
  if (!context)
    {
      dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE,
                        "invalid graph IRI");
      return FALSE;
    }
  g_free (dg_rdf_take_messages (store->rdf));
  if (store->backend == DG_BACKEND_SQLITE || store->backend == DG_BACKEND_LMDB
      || store->backend == DG_BACKEND_POSTGRESQL)
    in_transaction = librdf_model_transaction_start (store->model) == 0;
  if (librdf_model_context_remove_statements (store->model, context) != 0)
    ok = FALSE;
  if (in_transaction)
    {
      if (ok && librdf_model_transaction_commit (store->model) != 0)
        ok = FALSE;
      if (!ok)
        librdf_model_transaction_rollback (store->model);
    }
  if (!ok)
    {
      g_autofree char *what = g_strdup_printf ("graph <%s>: removal failed",
                                               graph_iri);
      dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE, what);
    }
  librdf_free_node (context);
  return ok;
}

/* The first value of the first row of a SELECT on the server. */
static char *
http_first_value (DgStore *store, const char *sparql, GPtrArray **all, GError **error)
{
  g_autoptr (GPtrArray) names = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *graph_text = NULL;
  int boolean;
  char *first = NULL;

  if (!dg_store_http_select (store->http, store->rdf, sparql, &names, &rows,
                             &boolean, &graph_text, error))
    return NULL;
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);
      librdf_node *node = row->len ? g_ptr_array_index (row, 0) : NULL;
      const char *text = NULL;

      if (node && librdf_node_is_resource (node))
        text = (const char *) librdf_uri_as_string (librdf_node_get_uri (node));
      else if (node && librdf_node_is_literal (node))
        text = (const char *) librdf_node_get_literal_value (node);
      if (text && !first)
        first = g_strdup (text);
      if (text && all)
        g_ptr_array_add (*all, g_strdup (text));
    }
  return first ? first : g_strdup ("");
}

static gint64
http_count (DgStore *store)
{
  g_autofree char *n = http_first_value (store, "SELECT (COUNT(*) AS ?n) "
                                         "WHERE { GRAPH ?g { ?s ?p ?o } }", NULL, NULL);
  return n && *n ? g_ascii_strtoll (n, NULL, 10) : -1;
}

gint64
dg_store_size (DgStore *store)
{
  librdf_stream *stream;
  gint64 n;
  librdf_iterator *contexts;

  g_return_val_if_fail (store != NULL, -1);
  if (store->http)
    return http_count (store);
  /* the storage counts only its own default graph */
  if (store->backend == DG_BACKEND_VIRTUOSO)
    return dg_store_virtuoso_count (store->rdf, store->model, NULL);
  n = librdf_model_size (store->model);
  if (n >= 0)
    return n;
  /* bdb hashes cannot count: stream every graph. */
  n = 0;
  contexts = librdf_model_get_contexts (store->model);
  if (!contexts)
    return -1;
  for (; !librdf_iterator_end (contexts); librdf_iterator_next (contexts))
    {
      librdf_node *ctx = librdf_iterator_get_object (contexts);
      stream = librdf_model_context_as_stream (store->model, ctx);
      if (!stream)
        continue;
      for (; !librdf_stream_end (stream); librdf_stream_next (stream))
        n++;
      librdf_free_stream (stream);
    }
  librdf_free_iterator (contexts);
  return n;
}

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
dg_store_list_graphs (DgStore *store, GError **error)
{
  g_autoptr (GPtrArray) graphs = g_ptr_array_new_with_free_func (g_free);
  librdf_iterator *contexts;

  g_return_val_if_fail (store != NULL, NULL);
  if (store->http)
    {
      g_autofree char *first = http_first_value (store, "SELECT DISTINCT ?g "
                                                 "WHERE { GRAPH ?g { ?s ?p ?o } }",
                                                 &graphs, error);
      if (!first)
        return NULL;
      g_ptr_array_sort (graphs, compare_strings);
      return g_steal_pointer (&graphs);
    }
  contexts = librdf_model_get_contexts (store->model);
  if (!contexts)
    {
      dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_QUERY_EXEC,
                        "cannot list the graphs of the store");
      return NULL;
    }
  for (; !librdf_iterator_end (contexts); librdf_iterator_next (contexts))
    {
      librdf_node *ctx = librdf_iterator_get_object (contexts);
      librdf_uri *uri = ctx ? librdf_node_get_uri (ctx) : NULL;

      if (uri)
        g_ptr_array_add (graphs, g_strdup ((const char *) librdf_uri_as_string (uri)));
    }
  librdf_free_iterator (contexts);
  g_ptr_array_sort (graphs, compare_strings);
  return g_steal_pointer (&graphs);
}

gboolean
dg_store_begin_batch (DgStore *store, GError **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  if (store->batch || store->backend != DG_BACKEND_LMDB)
    return TRUE;
  g_free (dg_rdf_take_messages (store->rdf));
  if (librdf_model_transaction_start (store->model) != 0)
    {
      g_autofree char *what = g_strdup_printf ("%s: cannot start a transaction",
                                               store->spec);
      dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE, what);
      return FALSE;
    }
  store->batch = TRUE;
  return TRUE;
}

gboolean
dg_store_commit_batch (DgStore *store, GError **error)
{
  g_return_val_if_fail (store != NULL, FALSE);
  if (!store->batch)
    return TRUE;
  store->batch = FALSE;
  g_free (dg_rdf_take_messages (store->rdf));
  if (librdf_model_transaction_commit (store->model) != 0)
    {
      g_autofree char *what = g_strdup_printf ("%s: commit failed", store->spec);
      dg_rdf_set_error (store->rdf, error, DG_GRAPH_ERROR_WRITE, what);
      return FALSE;
    }
  return TRUE;
}

void
dg_store_abort_batch (DgStore *store)
{
  g_return_if_fail (store != NULL);
  if (!store->batch)
    return;
  store->batch = FALSE;
  librdf_model_transaction_rollback (store->model);
}

gboolean
dg_store_has_batches (DgStore *store)
{
  g_return_val_if_fail (store != NULL, FALSE);
  return store->backend == DG_BACKEND_LMDB;
}

const char *
dg_store_query_language (DgStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->backend == DG_BACKEND_VIRTUOSO ? "vsparql" : "sparql";
}

const char *
dg_store_get_path (DgStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);
  return store->path;
}
