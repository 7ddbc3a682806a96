/* dg-store-virtuoso.c - virtuoso:// specs, ODBC set-up, server-side queries
 *
 * Redland's virtuoso storage builds the ODBC connection string
 * "DSN=d;HOST=h;UID=u;PWD=p;" from its options.  unixODBC resolves a DSN
 * through an odbc.ini and ignores a DRIVER= attribute once DSN= is there,
 * and Debian registers no Virtuoso driver, so without ?dsn= a private
 * odbc.ini with one DSN naming the driver library is written and $ODBCINI
 * set (before the first connection of the process).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* RTLD_DEFAULT, RTLD_NOLOAD */
#endif
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <glob.h>
#include <string.h>
#include <glib/gstdio.h>

#include "dg-store-virtuoso.h"
#include "dg-nquads.h"

#define DG_VIRTUOSO_DSN "dipgraph-virtuoso"
#define DG_VIRTUOSO_MODULE "librdf_storage_virtuoso.so"

gboolean
dg_store_virtuoso_is_spec (const char *spec)
{
  return spec && g_ascii_strncasecmp (spec, "virtuoso:", 9) == 0;
}

/* The first Virtuoso ODBC driver library found, or NULL. */
static char *
find_driver (void)
{
  static const char *const patterns[] = {
    "/usr/lib/*/odbc/virtodbc_r.so", "/usr/lib/odbc/virtodbc_r.so",
    "/usr/lib/*/odbc/virtodbc.so", "/usr/lib/odbc/virtodbc.so",
    "/usr/local/lib/odbc/virtodbc_r.so", "/usr/local/lib/virtodbc_r.so",
    NULL
  };
  char *found = NULL;

  for (guint i = 0; patterns[i] && !found; i++)
    {
      glob_t g;
      if (glob (patterns[i], 0, NULL, &g) == 0 && g.gl_pathc > 0)
        found = g_strdup (g.gl_pathv[0]);
      globfree (&g);
    }
  return found;
}

/* Writes (when changed) the private odbc.ini naming @driver and points
 * $ODBCINI at it. */
static gboolean
setup_odbc_ini (const char *spec, const char *driver, GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_runtime_dir (), "dipgraph", NULL);
  g_autofree char *path = g_build_filename (dir, "odbc.ini", NULL);
  g_autofree char *want = g_strdup_printf ("; written by dipgraph for virtuoso:// "
                                           "stores without ?dsn=\n[%s]\nDriver = %s\n",
                                           DG_VIRTUOSO_DSN, driver);
  g_autofree char *have = NULL;
  g_autoptr (GError) local = NULL;

  if (!g_file_test (driver, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store \"%s\": no ODBC driver %s", spec, driver);
      return FALSE;
    }
  if (!g_file_get_contents (path, &have, NULL, NULL) || strcmp (have, want) != 0)
    {
      if (g_mkdir_with_parents (dir, 0700) < 0
          || !g_file_set_contents (path, want, -1, &local))
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                       "store \"%s\": cannot write %s: %s", spec, path,
                       local ? local->message : g_strerror (errno));
          return FALSE;
        }
    }
  g_setenv ("ODBCINI", path, TRUE);
  return TRUE;
}

/* One storage option; librdf's option syntax cannot quote and ODBC's
 * connection string splits at ';'. */
static gboolean
add_option (GString *options, const char *spec, const char *key,
            const char *value, GError **error)
{
  if (strpbrk (value, "'\\;{}"))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                   "store spec \"%s\": the %s may not contain ' \\ ; { or }", spec, key);
      return FALSE;
    }
  g_string_append_printf (options, "%s%s='%s'", options->len ? "," : "", key, value);
  return TRUE;
}

librdf_storage *
dg_store_virtuoso_new_storage (DgRdf *rdf, const char *spec, char **normalized,
                               char **conn_str, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (GUri) uri = NULL;
  g_autoptr (GString) options = g_string_new (NULL);
  g_autoptr (GHashTable) params = NULL;
  g_autofree char *host_port = NULL;
  g_autofree char *driver = NULL;
  const char *host, *user, *password, *dsn = NULL;
  int port;
  librdf_storage *storage;

  g_return_val_if_fail (rdf != NULL && spec != NULL, NULL);
  if (!g_str_has_prefix (spec + strlen ("virtuoso:"), "//"))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                   "store spec \"%s\": use virtuoso://[USER[:PASS]@]HOST[:PORT]"
                   "[?dsn=NAME][&driver=PATH]", spec);
      return NULL;
    }
  uri = g_uri_parse (spec, G_URI_FLAGS_HAS_PASSWORD, &local);
  if (!uri)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                   "store spec \"%s\": %s", spec, local->message);
      return NULL;
    }
  if (*g_uri_get_path (uri) && strcmp (g_uri_get_path (uri), "/") != 0)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                   "store spec \"%s\": no path after HOST:PORT (Virtuoso's SQL "
                   "port, 1111 by default)", spec);
      return NULL;
    }
  if (g_uri_get_query (uri))
    {
      GHashTableIter it;
      gpointer key;

      params = g_uri_parse_params (g_uri_get_query (uri), -1, "&",
                                   G_URI_PARAMS_NONE, NULL);
      if (params)
        {
          g_hash_table_iter_init (&it, params);
          while (g_hash_table_iter_next (&it, &key, NULL))
            if (strcmp (key, "dsn") != 0 && strcmp (key, "driver") != 0)
              {
                g_clear_pointer (&params, g_hash_table_unref);
                break;
              }
        }
      if (!params)
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
                       "store spec \"%s\": the parameters are dsn=NAME and "
                       "driver=PATH", spec);
          return NULL;
        }
      dsn = g_hash_table_lookup (params, "dsn");
      driver = g_strdup (g_hash_table_lookup (params, "driver"));
    }
  host = g_uri_get_host (uri) && *g_uri_get_host (uri) ? g_uri_get_host (uri) : "localhost";
  port = g_uri_get_port (uri) > 0 ? g_uri_get_port (uri) : 1111;
  user = g_uri_get_user (uri) && *g_uri_get_user (uri) ? g_uri_get_user (uri) : "dba";
  password = g_uri_get_password (uri);
  if (!password)
    password = g_getenv ("VIRTUOSO_PASSWORD") ? g_getenv ("VIRTUOSO_PASSWORD") : "dba";
  host_port = strchr (host, ':') ? g_strdup_printf ("[%s]:%d", host, port)
                                 : g_strdup_printf ("%s:%d", host, port);
  if (!dsn)
    {
      if (!driver)
        driver = find_driver ();
      if (!driver)
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                       "store \"%s\": no Virtuoso ODBC driver (install "
                       "libvirtodbc0, or give ?driver=PATH or ?dsn=NAME)", spec);
          return NULL;
        }
      if (!setup_odbc_ini (spec, driver, error))
        return NULL;
    }
  if (!add_option (options, spec, "dsn", dsn ? dsn : DG_VIRTUOSO_DSN, error)
      || !add_option (options, spec, "host", host_port, error)
      || !add_option (options, spec, "user", user, error)
      || !add_option (options, spec, "password", password, error)
      || !add_option (options, spec, "charset", "UTF-8", error))
    return NULL;
  /* what the storage makes of its options */
  *conn_str = g_strdup_printf ("DSN=%s;HOST=%s;UID=%s;PWD=%s;CHARSET=UTF-8",
                               dsn ? dsn : DG_VIRTUOSO_DSN, host_port, user, password);
  /* without the password; a driver that was found is not part of it */
  *normalized = g_strdup_printf ("virtuoso://%s@%s%s%s", user, host_port,
                                 dsn ? "?dsn=" : params && g_hash_table_contains (params, "driver")
                                 ? "?driver=" : "",
                                 dsn ? dsn : params && g_hash_table_contains (params, "driver")
                                 ? driver : "");
  g_free (dg_rdf_take_messages (rdf));
  storage = librdf_new_storage (dg_rdf_get_world (rdf), "virtuoso", NULL, options->str);
  if (!storage)
    {
      g_autofree char *messages = dg_rdf_take_messages (rdf);
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "cannot open store %s: %s", *normalized,
                   messages ? g_strstrip (messages)
                   : "no virtuoso storage (install librdf-storage-virtuoso)");
      g_clear_pointer (normalized, g_free);
      g_clear_pointer (conn_str, g_free);
    }
  return storage;
}

/* The storage module exports librdf_init_query_virtuoso() (registers the
 * "vsparql" query language) but never calls it; librdf has loaded the
 * module by the time a virtuoso storage exists. */
static gboolean
register_vsparql (DgRdf *rdf, GError **error)
{
  typedef void (*InitFunc) (librdf_world *);
  static GMutex lock;
  static GHashTable *done;       /* the worlds that have it */
  librdf_world *world = dg_rdf_get_world (rdf);
  InitFunc init = NULL;
  gboolean ok = TRUE;

  g_mutex_lock (&lock);
  if (!done)
    done = g_hash_table_new (NULL, NULL);
  if (!g_hash_table_contains (done, world))
    {
      void *module = dlopen (DG_VIRTUOSO_MODULE, RTLD_LAZY | RTLD_NOLOAD);

      init = module ? (InitFunc) dlsym (module, "librdf_init_query_virtuoso") : NULL;
      if (init)
        {
          init (world);
          g_hash_table_add (done, world);
        }
      else
        ok = FALSE;
      if (module)
        dlclose (module);      /* NOLOAD took a reference; librdf keeps its own */
    }
  g_mutex_unlock (&lock);
  if (!ok)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_EXEC,
                 "Redland's virtuoso storage module (%s) offers no vsparql "
                 "query language", DG_VIRTUOSO_MODULE);
  return ok;
}

/* The query form: the first of SELECT, ASK, CONSTRUCT, DESCRIBE outside
 * comments, strings and IRIs; *@at its offset. */
static const char *
query_verb (const char *q, gsize *at)
{
  static const char *const verbs[] = { "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", NULL };
  const char *p = q;

  while (*p)
    {
      if (*p == '#')
        {
          while (*p && *p != '\n')
            p++;
        }
      else if (*p == '<')
        {
          while (*p && *p != '>' && !g_ascii_isspace (*p))
            p++;
          if (*p)
            p++;
        }
      else if (*p == '"' || *p == '\'')
        {
          char quote = *p++;
          while (*p && *p != quote)
            p += p[0] == '\\' && p[1] ? 2 : 1;
          if (*p)
            p++;
        }
      else if (g_ascii_isalpha (*p) && (p == q || !(g_ascii_isalnum (p[-1]) || p[-1] == '_'
                                                   || p[-1] == ':' || p[-1] == '?'
                                                   || p[-1] == '$')))
        {
          const char *start = p;
          while (g_ascii_isalnum (*p) || *p == '_' || *p == '-')
            p++;
          if (*p == ':')          /* a prefixed name */
            continue;
          for (guint i = 0; verbs[i]; i++)
            if ((gsize) (p - start) == strlen (verbs[i])
                && g_ascii_strncasecmp (start, verbs[i], p - start) == 0)
              {
                *at = start - q;
                return verbs[i];
              }
        }
      else
        p++;
    }
  return NULL;
}

librdf_query_results *
dg_store_virtuoso_query (DgRdf *rdf, librdf_model *model, const char *sparql,
                         librdf_query **query_out, int *ask, GError **error)
{
  g_autofree char *rewritten = NULL;
  librdf_query *query;
  librdf_query_results *results;
  const char *verb;
  gsize at = 0;

  g_return_val_if_fail (rdf != NULL && model != NULL && sparql != NULL, NULL);
  *ask = -1;
  if (!register_vsparql (rdf, error))
    return NULL;
  verb = query_verb (sparql, &at);
  if (verb && strcmp (verb, "ASK") == 0)
    {
      /* the storage sends every query with define output:format
       * '_JAVA_', which Virtuoso refuses for ASK */
      rewritten = g_strdup_printf ("%.*sSELECT (1 AS ?ask)%s\nLIMIT 1", (int) at,
                                   sparql, sparql + at + 3);
      sparql = rewritten;
    }
  g_free (dg_rdf_take_messages (rdf));
  query = librdf_new_query (dg_rdf_get_world (rdf), "vsparql", NULL,
                            (const unsigned char *) sparql, NULL);
  if (!query)
    {
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_EXEC,
                        "cannot make a vsparql query");
      return NULL;
    }
  results = librdf_model_query_execute (model, query);
  if (!results)
    {
      librdf_free_query (query);
      g_autofree char *messages = dg_rdf_take_messages (rdf);
      /* "Virtuoso SQLExecDirect() failed [42000] [OpenLink]...[Virtuoso
       * Server]SQ074: Line 1: syntax error..." */
      const char *server = messages ? strstr (messages, "[Virtuoso Server]") : NULL;
      g_set_error (error, DG_GRAPH_ERROR,
                   server && strstr (server, "SP030") ? DG_GRAPH_ERROR_QUERY_SYNTAX
                   : DG_GRAPH_ERROR_QUERY_EXEC, "Virtuoso: %s",
                   server ? g_strstrip ((char *) server + strlen ("[Virtuoso Server]"))
                   : messages ? g_strstrip (messages) : "the query failed");
      return NULL;
    }
  if (rewritten)
    *ask = librdf_query_results_finished (results) ? 0 : 1;
  *query_out = query;
  return results;
}

gint64
dg_store_virtuoso_count (DgRdf *rdf, librdf_model *model, GError **error)
{
  int ask;
  librdf_query *query = NULL;
  librdf_query_results *results =
    dg_store_virtuoso_query (rdf, model, "SELECT (COUNT(*) AS ?n) WHERE "
                             "{ GRAPH ?g { ?s ?p ?o } }", &query, &ask, error);
  gint64 n = -1;

  if (!results)
    return -1;
  if (!librdf_query_results_finished (results))
    {
      librdf_node *v = librdf_query_results_get_binding_value (results, 0);
      if (v && librdf_node_is_literal (v))
        n = g_ascii_strtoll ((const char *) librdf_node_get_literal_value (v), NULL, 10);
      if (v)
        librdf_free_node (v);
    }
  librdf_free_query_results (results);
  librdf_free_query (query);
  if (n < 0)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_EXEC,
                 "Virtuoso did not count the quads");
  return n;
}

gboolean
dg_store_virtuoso_clear_graph (DgRdf *rdf, librdf_model *model, const char *graph_iri,
                               GError **error)
{
  g_autofree char *sparql = NULL;
  librdf_query *query = NULL;
  librdf_query_results *results;
  int ask;

  g_return_val_if_fail (rdf != NULL && model != NULL && graph_iri != NULL, FALSE);
  if (strpbrk (graph_iri, "<>\"{}|^`\\ \t\r\n"))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                   "graph <%s>: not an IRI Virtuoso can take", graph_iri);
      return FALSE;
    }
  sparql = g_strdup_printf ("CLEAR GRAPH <%s>", graph_iri);
  results = dg_store_virtuoso_query (rdf, model, sparql, &query, &ask, error);
  if (!results)
    return FALSE;
  librdf_free_query_results (results);
  librdf_free_query (query);
  return TRUE;
}


/* ---- the writer: dipgraph's own ODBC connection ----------------------- */

/* The ODBC 3 calls the writer needs, from unixODBC's libodbc (loaded at
 * run time: no build dependency; Redland's virtuoso storage needs it
 * anyway).  Types as unixODBC defines them on LP64 platforms. */
typedef void *OdbcHandle;
typedef short OdbcReturn;
#define ODBC_OK(rc) ((rc) == 0 || (rc) == 1)   /* SQL_SUCCESS(_WITH_INFO) */
#define ODBC_NO_DATA 100
enum { ODBC_HANDLE_ENV = 1, ODBC_HANDLE_DBC = 2, ODBC_HANDLE_STMT = 3 };
#define ODBC_ATTR_ODBC_VERSION 200
#define ODBC_OV_ODBC3 3L
#define ODBC_ATTR_AUTOCOMMIT 102
#define ODBC_AUTOCOMMIT_OFF 0L
#define ODBC_NTS (-3)
#define ODBC_COMMIT 0
#define ODBC_ROLLBACK 1

typedef struct {
  OdbcReturn (*alloc_handle) (short, OdbcHandle, OdbcHandle *);
  OdbcReturn (*free_handle) (short, OdbcHandle);
  OdbcReturn (*set_env_attr) (OdbcHandle, int, void *, int);
  OdbcReturn (*set_connect_attr) (OdbcHandle, int, void *, int);
  OdbcReturn (*driver_connect) (OdbcHandle, void *, unsigned char *, short,
                                unsigned char *, short, short *, unsigned short);
  OdbcReturn (*disconnect) (OdbcHandle);
  OdbcReturn (*exec_direct) (OdbcHandle, unsigned char *, int);
  OdbcReturn (*end_tran) (short, OdbcHandle, short);
  OdbcReturn (*get_diag_rec) (short, OdbcHandle, short, unsigned char *, int *,
                              unsigned char *, short, short *);
} OdbcApi;

struct DgVirtuosoWriter {
  char *spec;
  OdbcHandle env, dbc;
  GString *sparql;          /* the request being built */
  GHashTable *iris;         /* librdf_node* -> "<iri>" of this request */
};

static const OdbcApi *
odbc_api (void)
{
  static OdbcApi api;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      void *lib = dlopen ("libodbc.so.2", RTLD_NOW | RTLD_GLOBAL);
      if (!lib)
        lib = dlopen ("libodbc.so", RTLD_NOW | RTLD_GLOBAL);
      if (lib)
        {
#define ODBC_SYM(field, name) *(void **) (&api.field) = dlsym (lib, name)
          ODBC_SYM (alloc_handle, "SQLAllocHandle");
          ODBC_SYM (free_handle, "SQLFreeHandle");
          ODBC_SYM (set_env_attr, "SQLSetEnvAttr");
          ODBC_SYM (set_connect_attr, "SQLSetConnectAttr");
          ODBC_SYM (driver_connect, "SQLDriverConnect");
          ODBC_SYM (disconnect, "SQLDisconnect");
          ODBC_SYM (exec_direct, "SQLExecDirect");
          ODBC_SYM (end_tran, "SQLEndTran");
          ODBC_SYM (get_diag_rec, "SQLGetDiagRec");
#undef ODBC_SYM
        }
      g_once_init_leave (&done, 1);
    }
  return api.alloc_handle && api.free_handle && api.set_env_attr && api.set_connect_attr
         && api.driver_connect && api.disconnect && api.exec_direct && api.end_tran
         && api.get_diag_rec ? &api : NULL;
}

/* The first diagnostic of @handle, without the driver's "[OpenLink]...
 * [Virtuoso Server]" prefixes. */
static char *
odbc_message (short type, OdbcHandle handle)
{
  const OdbcApi *api = odbc_api ();
  unsigned char state[8] = "", text[1024] = "";
  const char *m;
  int native = 0;
  short len = 0;

  if (!handle || !ODBC_OK (api->get_diag_rec (type, handle, 1, state, &native, text,
                                               sizeof text, &len)))
    return g_strdup ("unknown ODBC error");
  m = strstr ((char *) text, "[Virtuoso Server]");
  m = m ? m + strlen ("[Virtuoso Server]") : (char *) text;
  return g_strstrip (g_strdup (m));
}

void
dg_virtuoso_writer_free (DgVirtuosoWriter *w)
{
  if (!w)
    return;
  if (w->dbc)
    {
      odbc_api ()->disconnect (w->dbc);
      odbc_api ()->free_handle (ODBC_HANDLE_DBC, w->dbc);
    }
  if (w->env)
    odbc_api ()->free_handle (ODBC_HANDLE_ENV, w->env);
  if (w->sparql)
    g_string_free (w->sparql, TRUE);
  if (w->iris)
    g_hash_table_unref (w->iris);
  g_free (w->spec);
  g_free (w);
}

DgVirtuosoWriter *
dg_virtuoso_writer_new (const char *spec, const char *conn_str, GError **error)
{
  g_autoptr (DgVirtuosoWriter) w = g_new0 (DgVirtuosoWriter, 1);
  const OdbcApi *api = odbc_api ();
  g_autofree char *why = NULL;

  g_return_val_if_fail (spec != NULL && conn_str != NULL, NULL);
  w->spec = g_strdup (spec);
  if (!api)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store %s: no ODBC driver manager (install libodbc2)", spec);
      return NULL;
    }
  if (!ODBC_OK (api->alloc_handle (ODBC_HANDLE_ENV, NULL, &w->env)))
    why = g_strdup ("cannot allocate an ODBC environment");
  else if (!ODBC_OK (api->set_env_attr (w->env, ODBC_ATTR_ODBC_VERSION,
                                        (void *) ODBC_OV_ODBC3, 0)))
    why = odbc_message (ODBC_HANDLE_ENV, w->env);
  else if (!ODBC_OK (api->alloc_handle (ODBC_HANDLE_DBC, w->env, &w->dbc)))
    why = odbc_message (ODBC_HANDLE_ENV, w->env);
  else if (!ODBC_OK (api->driver_connect (w->dbc, NULL, (unsigned char *) conn_str, ODBC_NTS,
                                          NULL, 0, NULL, 0 /* SQL_DRIVER_NOPROMPT */)))
    {
      why = odbc_message (ODBC_HANDLE_DBC, w->dbc);
      api->free_handle (ODBC_HANDLE_DBC, w->dbc);
      w->dbc = NULL;
    }
  else if (!ODBC_OK (api->set_connect_attr (w->dbc, ODBC_ATTR_AUTOCOMMIT,
                                            (void *) ODBC_AUTOCOMMIT_OFF, 0)))
    why = odbc_message (ODBC_HANDLE_DBC, w->dbc);
  if (why)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "store %s: %s", spec, why);
      return NULL;
    }
  w->sparql = g_string_sized_new (256 * 1024);
  w->iris = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  return g_steal_pointer (&w);
}

/* Runs one statement (SQL text) in the open transaction. */
static gboolean
writer_exec (DgVirtuosoWriter *w, const char *sql, gsize len, GError **error)
{
  const OdbcApi *api = odbc_api ();
  OdbcHandle stmt = NULL;
  OdbcReturn rc;
  g_autofree char *why = NULL;

  if (!ODBC_OK (api->alloc_handle (ODBC_HANDLE_STMT, w->dbc, &stmt)))
    why = odbc_message (ODBC_HANDLE_DBC, w->dbc);
  else
    {
      rc = api->exec_direct (stmt, (unsigned char *) sql, (int) len);
      if (!ODBC_OK (rc) && rc != ODBC_NO_DATA)
        why = odbc_message (ODBC_HANDLE_STMT, stmt);
      api->free_handle (ODBC_HANDLE_STMT, stmt);
    }
  if (why)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE, "Virtuoso: %s", why);
  return why == NULL;
}

/* Bytes IRIREF forbids (the NUL ends the scan). */
static gboolean
iri_is_plain (const char *iri)
{
  for (const unsigned char *p = (const unsigned char *) iri; *p; p++)
    if (*p <= 0x20 || strchr ("<>\"{}|^`\\", *p))
      return FALSE;
  return TRUE;
}

static gboolean
node_is_plain (librdf_node *node, gboolean *blank)
{
  librdf_uri *dt;

  if (!node)
    return FALSE;
  if (librdf_node_is_blank (node))
    {
      *blank = TRUE;
      return TRUE;
    }
  if (librdf_node_is_resource (node))
    return iri_is_plain ((const char *) librdf_uri_as_string (librdf_node_get_uri (node)));
  dt = librdf_node_get_literal_value_datatype_uri (node);
  return !dt || iri_is_plain ((const char *) librdf_uri_as_string (dt));
}

static gboolean
statements_are_plain (GPtrArray *statements, gboolean *blank)
{
  *blank = FALSE;
  for (guint i = 0; i < statements->len; i++)
    {
      librdf_statement *st = g_ptr_array_index (statements, i);
      if (!node_is_plain (librdf_statement_get_subject (st), blank)
          || !node_is_plain (librdf_statement_get_predicate (st), blank)
          || !node_is_plain (librdf_statement_get_object (st), blank))
        return FALSE;
    }
  return TRUE;
}

gboolean
dg_virtuoso_writer_can_write (GPtrArray *statements)
{
  const char *bulk = g_getenv ("DIPGRAPH_VIRTUOSO_BULK");
  gboolean blank;

  g_return_val_if_fail (statements != NULL, FALSE);
  return !(bulk && strcmp (bulk, "0") == 0) && statements_are_plain (statements, &blank);
}

/* A term in SPARQL: IRIs as they are (iri_is_plain() checked them),
 * literals and blank nodes in N-Triples form (" \ and controls escaped,
 * UTF-8 as it is, @lang or ^^<datatype>), which is SPARQL's too.  IRI
 * nodes repeat (predicates, subjects): a node shared by reference is
 * formatted once per request. */
static void
append_term (DgVirtuosoWriter *w, librdf_node *node)
{
  const char *text;

  if (!librdf_node_is_resource (node))
    {
      dg_nquads_append_node (w->sparql, node);
      return;
    }
  text = g_hash_table_lookup (w->iris, node);
  if (!text)
    {
      g_autoptr (GString) tmp = g_string_new (NULL);
      dg_nquads_append_node (tmp, node);
      text = g_string_free (g_steal_pointer (&tmp), FALSE);
      g_hash_table_insert (w->iris, node, (char *) text);
    }
  g_string_append (w->sparql, text);
}

gboolean
dg_virtuoso_writer_replace_graph (DgVirtuosoWriter *w, const char *graph_iri,
                                  GPtrArray *statements, GError **error)
{
  const OdbcApi *api = odbc_api ();
  gboolean blank = FALSE;
  guint chunk = DG_VIRTUOSO_INSERT_CHUNK;
  g_autofree char *clear = NULL;

  g_return_val_if_fail (w != NULL && graph_iri != NULL, FALSE);
  if (!iri_is_plain (graph_iri))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                   "graph <%s>: not an IRI Virtuoso can take", graph_iri);
      return FALSE;
    }
  if (statements && !statements_are_plain (statements, &blank))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                   "graph <%s>: an IRI with a character SPARQL cannot write "
                   "(nothing written)", graph_iri);
      return FALSE;
    }
  if (blank)
    chunk = G_MAXUINT;
  clear = g_strdup_printf ("sparql CLEAR GRAPH <%s>", graph_iri);
  if (!writer_exec (w, clear, strlen (clear), error))
    goto fail;
  for (guint from = 0, to; statements && from < statements->len; from = to)
    {
      to = statements->len - from > chunk ? from + chunk : statements->len;

      g_string_truncate (w->sparql, 0);
      g_hash_table_remove_all (w->iris);
      /* INSERT DATA refuses blank nodes; a template makes new ones */
      g_string_append_printf (w->sparql, "sparql INSERT %s{ GRAPH <%s> {\n",
                              blank ? "" : "DATA ", graph_iri);
      for (guint i = from; i < to; i++)
        {
          librdf_statement *st = g_ptr_array_index (statements, i);
          append_term (w, librdf_statement_get_subject (st));
          g_string_append_c (w->sparql, ' ');
          append_term (w, librdf_statement_get_predicate (st));
          g_string_append_c (w->sparql, ' ');
          append_term (w, librdf_statement_get_object (st));
          g_string_append (w->sparql, " .\n");
        }
      g_string_append (w->sparql, blank ? "} } WHERE { }" : "} }");
      if (!writer_exec (w, w->sparql->str, w->sparql->len, error))
        goto fail;
    }
  g_hash_table_remove_all (w->iris);
  if (!ODBC_OK (api->end_tran (ODBC_HANDLE_DBC, w->dbc, ODBC_COMMIT)))
    {
      g_autofree char *why = odbc_message (ODBC_HANDLE_DBC, w->dbc);
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                   "Virtuoso: commit failed: %s", why);
      goto fail;
    }
  return TRUE;

fail:
  g_hash_table_remove_all (w->iris);
  api->end_tran (ODBC_HANDLE_DBC, w->dbc, ODBC_ROLLBACK);
  g_prefix_error (error, "graph <%s>: ", graph_iri);
  return FALSE;
}
