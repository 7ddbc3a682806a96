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
                               GError **error)
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
      || !add_option (options, spec, "password", password, error))
    return NULL;
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
