/* dg-store-http.c - a remote SPARQL 1.1 server as a store (Graph Store
 * Protocol for writes, the SPARQL Protocol for queries), on libsoup-3
 *
 * One SoupSession per store, used synchronously: dipgraph's commands are
 * sequential, and a document's graph is one PUT, so a crash leaves the
 * server with the old or the new graph (the server's PUT is atomic).
 */
#include "config.h"

#include <string.h>
#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include "dg-store-http.h"

/* Seconds a request may take (a large graph PUT, a long query). */
#define DG_HTTP_TIMEOUT 600

struct DgStoreHttp {
  char *spec;          /* normalized, no password */
  char *query_url;     /* SPARQL Protocol endpoint */
  char *gsp_url;       /* Graph Store Protocol endpoint */
  char *auth;          /* "Basic ..." or NULL */
  SoupSession *session;
};

gboolean
dg_store_http_is_spec (const char *spec)
{
  return spec && (g_ascii_strncasecmp (spec, "sparql+http:", 12) == 0
                  || g_ascii_strncasecmp (spec, "sparql+https:", 13) == 0);
}

static gboolean
spec_error (GError **error, const char *spec, const char *what)
{
  g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_SPEC,
               "store spec \"%s\": %s (use sparql+http://HOST:PORT/QUERY-PATH"
               "[?gsp=GSP-PATH])", spec, what);
  return FALSE;
}

DgStoreHttp *
dg_store_http_new (const char *spec, GError **error)
{
  g_autoptr (DgStoreHttp) http = NULL;
  g_autoptr (GUri) uri = NULL;
  g_autoptr (GHashTable) params = NULL;
  g_autoptr (GError) local = NULL;
  g_autofree char *origin = NULL;
  const char *path, *gsp = NULL, *query;

  g_return_val_if_fail (spec != NULL, NULL);
  if (!dg_store_http_is_spec (spec))
    {
      spec_error (error, spec, "not a sparql+http spec");
      return NULL;
    }
  uri = g_uri_parse (spec + strlen ("sparql+"), G_URI_FLAGS_HAS_PASSWORD
                     | G_URI_FLAGS_ENCODED_QUERY, &local);
  if (!uri || !g_uri_get_host (uri) || !*g_uri_get_host (uri))
    {
      spec_error (error, spec, local ? local->message : "no host");
      return NULL;
    }
  query = g_uri_get_query (uri);
  if (query)
    {
      GHashTableIter iter;
      gpointer key;

      params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, &local);
      if (!params)
        {
          spec_error (error, spec, local->message);
          return NULL;
        }
      g_hash_table_iter_init (&iter, params);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (strcmp (key, "gsp") != 0)
          {
            g_autofree char *what = g_strdup_printf ("unknown parameter \"%s\"",
                                                     (const char *) key);
            spec_error (error, spec, what);
            return NULL;
          }
      gsp = g_hash_table_lookup (params, "gsp");
    }
  path = g_uri_get_path (uri);
  if (!*path)
    path = "/";
  http = g_new0 (DgStoreHttp, 1);
  if (g_uri_get_port (uri) > 0)
    origin = g_strdup_printf ("%s://%s:%d", g_uri_get_scheme (uri),
                              g_uri_get_host (uri), g_uri_get_port (uri));
  else
    origin = g_strdup_printf ("%s://%s", g_uri_get_scheme (uri), g_uri_get_host (uri));
  http->query_url = g_strconcat (origin, path, NULL);
  if (gsp && *gsp == '/')
    http->gsp_url = g_strconcat (origin, gsp, NULL);
  else if (gsp && (g_str_has_prefix (gsp, "http://") || g_str_has_prefix (gsp, "https://")))
    http->gsp_url = g_strdup (gsp);
  else if (gsp)
    {
      spec_error (error, spec, "gsp= must be a path (/...) or an http(s) URL");
      return NULL;
    }
  else if (g_str_has_suffix (path, "/sparql"))
    http->gsp_url = g_strconcat (http->query_url, "-graph-crud", NULL);
  else
    http->gsp_url = g_strdup (http->query_url);
  http->spec = gsp ? g_strdup_printf ("sparql+%s?gsp=%s", http->query_url, gsp)
                   : g_strconcat ("sparql+", http->query_url, NULL);
  if (g_uri_get_user (uri))
    {
      g_autofree char *user = g_uri_unescape_string (g_uri_get_user (uri), NULL);
      g_autofree char *pass = g_uri_get_password (uri)
                              ? g_uri_unescape_string (g_uri_get_password (uri), NULL)
                              : g_strdup ("");
      g_autofree char *pair = g_strconcat (user ? user : "", ":", pass ? pass : "", NULL);
      g_autofree char *b64 = g_base64_encode ((const guchar *) pair, strlen (pair));
      http->auth = g_strconcat ("Basic ", b64, NULL);
    }
  http->session = soup_session_new_with_options ("timeout", DG_HTTP_TIMEOUT,
                                                 "user-agent", PACKAGE_NAME "/" PACKAGE_VERSION,
                                                 NULL);
  return g_steal_pointer (&http);
}

void
dg_store_http_free (DgStoreHttp *http)
{
  if (!http)
    return;
  g_clear_object (&http->session);
  g_free (http->spec);
  g_free (http->query_url);
  g_free (http->gsp_url);
  g_free (http->auth);
  g_free (http);
}

const char *
dg_store_http_get_spec (DgStoreHttp *http)
{
  g_return_val_if_fail (http != NULL, NULL);
  return http->spec;
}

/* Sends @msg; returns the body when the status is 2xx (or @also_ok),
 * else NULL with an error quoting the start of the server's answer. */
static GBytes *
send (DgStoreHttp *http, SoupMessage *msg, guint also_ok, DgGraphError code,
      const char *what, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (GBytes) body = NULL;
  guint status;

  if (http->auth)
    soup_message_headers_replace (soup_message_get_request_headers (msg),
                                  "Authorization", http->auth);
  body = soup_session_send_and_read (http->session, msg, NULL, &local);
  if (!body)
    {
      g_autofree char *where = g_uri_to_string (soup_message_get_uri (msg));
      g_set_error (error, DG_GRAPH_ERROR, code, "%s: %s %s: %s", http->spec,
                   what, where, local->message);
      return NULL;
    }
  status = soup_message_get_status (msg);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status) && status != also_ok)
    {
      gsize len = 0;
      const char *text = g_bytes_get_data (body, &len);
      g_autofree char *head = g_strndup (text ? text : "", MIN (len, 300));
      g_autofree char *where = g_uri_to_string (soup_message_get_uri (msg));

      g_strdelimit (head, "\r\n\t", ' ');
      g_set_error (error, DG_GRAPH_ERROR, code, "%s: %s %s: HTTP %u %s%s%s",
                   http->spec, what, where, status,
                   soup_message_get_reason_phrase (msg) ? soup_message_get_reason_phrase (msg) : "",
                   *head ? ": " : "", head);
      return NULL;
    }
  return g_steal_pointer (&body);
}

static char *
graph_url (DgStoreHttp *http, const char *graph_iri)
{
  g_autofree char *esc = g_uri_escape_string (graph_iri, NULL, FALSE);
  return g_strconcat (http->gsp_url, strchr (http->gsp_url, '?') ? "&" : "?",
                      "graph=", esc, NULL);
}

gboolean
dg_store_http_put_graph (DgStoreHttp *http, DgRdf *rdf, const char *graph_iri,
                         GPtrArray *statements, GError **error)
{
  raptor_world *rw;
  raptor_serializer *ser;
  void *text = NULL;
  size_t len = 0;
  g_autofree char *url = NULL;
  g_autoptr (SoupMessage) msg = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GBytes) answer = NULL;
  int rc;

  g_return_val_if_fail (http != NULL && graph_iri != NULL && statements != NULL, FALSE);
  rw = librdf_world_get_raptor (dg_rdf_get_world (rdf));
  ser = raptor_new_serializer (rw, "ntriples");
  rc = ser ? raptor_serializer_start_to_string (ser, NULL, &text, &len) : 1;
  for (guint i = 0; rc == 0 && i < statements->len; i++)
    rc = raptor_serializer_serialize_statement (ser, g_ptr_array_index (statements, i));
  if (ser && rc == 0)
    rc = raptor_serializer_serialize_end (ser);
  if (ser)
    raptor_free_serializer (ser);      /* finishes the string */
  if (rc != 0 || !text)
    {
      if (text)
        raptor_free_memory (text);
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_SERIALIZE,
                        "cannot write the graph as N-Triples");
      return FALSE;
    }
  body = g_bytes_new (text, len);
  raptor_free_memory (text);

  url = graph_url (http, graph_iri);
  msg = soup_message_new ("PUT", url);
  if (!msg)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                   "%s: graph <%s>: not a valid request URL", http->spec, graph_iri);
      return FALSE;
    }
  soup_message_set_request_body_from_bytes (msg, "application/n-triples", body);
  answer = send (http, msg, 0, DG_GRAPH_ERROR_WRITE, "PUT", error);
  return answer != NULL;
}

gboolean
dg_store_http_delete_graph (DgStoreHttp *http, const char *graph_iri, GError **error)
{
  g_autofree char *url = NULL;
  g_autoptr (SoupMessage) msg = NULL;
  g_autoptr (GBytes) answer = NULL;

  g_return_val_if_fail (http != NULL && graph_iri != NULL, FALSE);
  url = graph_url (http, graph_iri);
  msg = soup_message_new ("DELETE", url);
  if (!msg)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                   "%s: graph <%s>: not a valid request URL", http->spec, graph_iri);
      return FALSE;
    }
  answer = send (http, msg, SOUP_STATUS_NOT_FOUND, DG_GRAPH_ERROR_WRITE, "DELETE", error);
  return answer != NULL;
}

char *
dg_store_http_query (DgStoreHttp *http, const char *sparql, const char *accept,
                     char **content_type, GError **error)
{
  g_autoptr (SoupMessage) msg = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GBytes) form = NULL;
  g_autofree char *esc = NULL;
  const char *type;
  gsize len = 0;
  const char *data;

  g_return_val_if_fail (http != NULL && sparql != NULL, NULL);
  esc = g_uri_escape_string (sparql, NULL, FALSE);
  {
    char *f = g_strconcat ("query=", esc, NULL);
    form = g_bytes_new_take (f, strlen (f));
  }
  msg = soup_message_new ("POST", http->query_url);
  soup_message_set_request_body_from_bytes (msg, "application/x-www-form-urlencoded", form);
  if (accept)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept", accept);
  body = send (http, msg, 0, DG_GRAPH_ERROR_QUERY_EXEC, "query", error);
  if (!body)
    return NULL;
  type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);
  if (content_type)
    *content_type = g_strdup (type ? type : "");
  data = g_bytes_get_data (body, &len);
  return g_strndup (data ? data : "", len);
}

gboolean
dg_store_http_ping (DgStoreHttp *http, GError **error)
{
  g_autofree char *answer = dg_store_http_query (http, "ASK {}", "application/sparql-results+json",
                                                 NULL, error);
  return answer != NULL;
}

/* One binding of SPARQL JSON results as a node (NULL when malformed). */
static librdf_node *
json_node (librdf_world *world, JsonObject *term)
{
  const char *type = json_object_get_string_member_with_default (term, "type", "");
  const char *value = json_object_get_string_member_with_default (term, "value", NULL);

  if (!value)
    return NULL;
  if (strcmp (type, "uri") == 0)
    return librdf_new_node_from_uri_string (world, (const unsigned char *) value);
  if (strcmp (type, "bnode") == 0)
    return librdf_new_node_from_blank_identifier (world, (const unsigned char *) value);
  if (strcmp (type, "literal") == 0 || strcmp (type, "typed-literal") == 0)
    {
      const char *lang = json_object_get_string_member_with_default (term, "xml:lang", NULL);
      const char *dt = json_object_get_string_member_with_default (term, "datatype", NULL);
      librdf_uri *dt_uri = dt && !lang ? librdf_new_uri (world, (const unsigned char *) dt) : NULL;
      librdf_node *node = librdf_new_node_from_typed_literal (world, (const unsigned char *) value,
                                                             lang, dt_uri);
      if (dt_uri)
        librdf_free_uri (dt_uri);
      return node;
    }
  return NULL;
}

static void
free_row (gpointer row)
{
  GPtrArray *nodes = row;

  for (guint i = 0; i < nodes->len; i++)
    if (g_ptr_array_index (nodes, i))
      librdf_free_node (g_ptr_array_index (nodes, i));
  g_ptr_array_free (nodes, TRUE);
}

gboolean
dg_store_http_select (DgStoreHttp *http, DgRdf *rdf, const char *sparql,
                      GPtrArray **names, GPtrArray **rows, int *boolean,
                      char **graph_text, GError **error)
{
  g_autofree char *type = NULL;
  g_autofree char *text = NULL;
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GPtrArray) vars = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func (free_row);
  g_autoptr (GError) local = NULL;
  JsonNode *root;
  JsonObject *obj, *head, *results;
  JsonArray *array;
  librdf_world *world = dg_rdf_get_world (rdf);

  *boolean = -1;
  *graph_text = NULL;
  text = dg_store_http_query (http, sparql,
                              "application/sparql-results+json, text/turtle;q=0.8",
                              &type, error);
  if (!text)
    return FALSE;
  if (type && (g_str_has_prefix (type, "text/turtle") || g_str_has_prefix (type, "application/n-triples")
               || g_str_has_prefix (type, "text/plain")))
    {
      *graph_text = g_steal_pointer (&text);
      *names = g_steal_pointer (&vars);
      *rows = g_steal_pointer (&table);
      return TRUE;
    }
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, -1, &local)
      || !(root = json_parser_get_root (parser)) || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_EXEC,
                   "%s: the server's answer (%s) is not SPARQL JSON results%s%s",
                   http->spec, type ? type : "no type", local ? ": " : "",
                   local ? local->message : "");
      return FALSE;
    }
  obj = json_node_get_object (root);
  if (json_object_has_member (obj, "boolean"))
    *boolean = json_object_get_boolean_member (obj, "boolean") ? 1 : 0;
  else
    {
      head = json_object_get_object_member (obj, "head");
      array = head && json_object_has_member (head, "vars")
              ? json_object_get_array_member (head, "vars") : NULL;
      for (guint i = 0; array && i < json_array_get_length (array); i++)
        g_ptr_array_add (vars, g_strdup (json_array_get_string_element (array, i)));
      results = json_object_has_member (obj, "results")
                ? json_object_get_object_member (obj, "results") : NULL;
      array = results && json_object_has_member (results, "bindings")
              ? json_object_get_array_member (results, "bindings") : NULL;
      for (guint r = 0; array && r < json_array_get_length (array); r++)
        {
          JsonObject *b = json_array_get_object_element (array, r);
          GPtrArray *row = g_ptr_array_new ();

          for (guint i = 0; i < vars->len; i++)
            {
              const char *v = g_ptr_array_index (vars, i);
              JsonObject *term = b && json_object_has_member (b, v)
                                 ? json_object_get_object_member (b, v) : NULL;
              g_ptr_array_add (row, term ? json_node (world, term) : NULL);
            }
          g_ptr_array_add (table, row);
        }
    }
  *names = g_steal_pointer (&vars);
  *rows = g_steal_pointer (&table);
  return TRUE;
}
