/* dg-serve.c - the SPARQL 1.1 Protocol endpoint and the browser view
 *
 * The main thread runs libsoup; queries run on worker threads (see
 * dg-serve.h for why).  A request becomes a Job: the main thread parses
 * and checks it, pauses the message and queues the job; a worker runs it
 * with its own librdf world and store handle and hands the answer back
 * to the main context, which unpauses the message.  A timer answers 503
 * when the job is not done in time; a job abandoned that way is skipped
 * when still queued, its result dropped when it was already running.
 *
 * Dataset (default-graph-uri / named-graph-uri, and FROM / FROM NAMED,
 * which librdf ignores): rasqal over a librdf model treats the default
 * graph as the union of all graphs.  When the request names graphs, the
 * worker copies them into a fresh in-memory store: the default graphs
 * merged, without context (so plain triple patterns see exactly their
 * merge), the named graphs with their context (so GRAPH sees only them).
 * The one departure from the spec: with named graphs but no default
 * graph, plain triple patterns see the named graphs too (librdf has no
 * way to hide contexted statements from them), where the spec says the
 * default graph is then empty.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* open_memstream */
#endif
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <libsoup/soup.h>
#include <json-glib/json-glib.h>
#include <redland.h>

#include "dg-serve.h"
#include "dg-rdf.h"
#include "dg-store.h"
#include "dg-query.h"
#include "dg-export.h"
#include "dg-view.h"

G_DEFINE_QUARK (dg-serve-error-quark, dg_serve_error)

#define WEB_PREFIX "/org/dipgraph/web/"
#define MAX_HEADER_BYTES (32 * 1024)
#define RETRY_AFTER "2"

typedef struct {
  DgServer *server;
  DgRdf *rdf;
  DgStore *store;
  GThread *thread;
  gboolean writer;
} Worker;

typedef enum {
  JOB_QUERY,
  JOB_SERVICE,
  JOB_EXPORT,
  JOB_NETWORK,
  JOB_UPDATE
} JobKind;

typedef struct {
  gint ref;
  JobKind kind;
  DgServer *server;
  SoupServerMessage *msg;
  gulong finished_id;
  gboolean msg_done;        /* main thread: the message was answered or closed */
  gint abandoned;           /* atomic: timed out or the client went away */
  guint timeout_id;
  /* request (written by the main thread before queueing) */
  char *text;               /* query, update, export format or view query */
  char *accept;
  char *format;             /* ?format= override */
  char *base_url;
  GPtrArray *default_graphs;
  GPtrArray *named_graphs;
  /* answer (written by the worker before handing back) */
  guint status;
  char *content_type;
  GBytes *body;
  char *max_rows_header;
} Job;

struct DgServer {
  DgServeOptions opt;
  char *store_spec;
  char *cors_origin;
  char *token;
  char *url;
  GMainContext *context;
  SoupServer *soup;
  GAsyncQueue *queue;
  GAsyncQueue *update_queue;
  GPtrArray *workers;       /* Worker* */
  Worker *writer;
  guint outstanding;        /* main thread: jobs queued or running */
  guint busy;               /* atomic: jobs a worker is running */
};

static Job STOP_JOB;

/* ---- small helpers ---- */

static Job *
job_ref (Job *job)
{
  g_atomic_int_inc (&job->ref);
  return job;
}

static void
job_unref (Job *job)
{
  if (!job || !g_atomic_int_dec_and_test (&job->ref))
    return;
  if (job->msg)
    {
      if (job->finished_id)
        g_signal_handler_disconnect (job->msg, job->finished_id);
      g_object_unref (job->msg);
    }
  g_free (job->text);
  g_free (job->accept);
  g_free (job->format);
  g_free (job->base_url);
  if (job->default_graphs)
    g_ptr_array_unref (job->default_graphs);
  if (job->named_graphs)
    g_ptr_array_unref (job->named_graphs);
  g_free (job->content_type);
  if (job->body)
    g_bytes_unref (job->body);
  g_free (job->max_rows_header);
  g_free (job);
}

static void
job_answer (Job *job, guint status, const char *content_type, char *body)
{
  job->status = status;
  g_free (job->content_type);
  job->content_type = g_strdup (content_type);
  if (job->body)
    g_bytes_unref (job->body);
  job->body = g_bytes_new_take (body, body ? strlen (body) : 0);
}

static void
job_error (Job *job, guint status, const char *message)
{
  job_answer (job, status, "text/plain; charset=utf-8",
              g_strconcat (message, "\n", NULL));
}

static void
add_common_headers (DgServer *server, SoupServerMessage *msg)
{
  SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (h, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (h, "Referrer-Policy", "no-referrer");
  soup_message_headers_replace (h, "Server", "dipgraph/" PACKAGE_VERSION);
  /* libsoup 3.2 (Debian 12) keeps a kept-alive socket open after the client
   * has closed it (CLOSE-WAIT; found by fuzz-serve): one descriptor per
   * past client until the process runs out.  One request per connection. */
  soup_message_headers_replace (h, "Connection", "close");
  if (server->cors_origin)
    {
      soup_message_headers_replace (h, "Access-Control-Allow-Origin", server->cors_origin);
      soup_message_headers_replace (h, "Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      soup_message_headers_replace (h, "Access-Control-Allow-Headers",
                                    "Content-Type, Accept, Authorization");
      soup_message_headers_replace (h, "Access-Control-Max-Age", "600");
      if (strcmp (server->cors_origin, "*") != 0)
        soup_message_headers_append (h, "Vary", "Origin");
    }
}

static void
respond_text (DgServer *server, SoupServerMessage *msg, guint status,
              const char *message)
{
  g_autofree char *body = g_strconcat (message, "\n", NULL);

  soup_server_message_set_status (msg, status, NULL);
  add_common_headers (server, msg);
  soup_server_message_set_response (msg, "text/plain; charset=utf-8",
                                    SOUP_MEMORY_COPY, body, strlen (body));
  if (status == SOUP_STATUS_SERVICE_UNAVAILABLE)
    soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                  "Retry-After", RETRY_AFTER);
}

static char *
memstream_text (char *buf, gboolean ok)
{
  if (!ok)
    {
      free (buf);
      return NULL;
    }
  return buf;   /* g_free and free are the same allocator */
}

/* ---- forms: repeated keys kept ---- */

typedef struct {
  char *key;
  char *value;
} Pair;

static void
pair_free (gpointer p)
{
  Pair *pair = p;
  g_free (pair->key);
  g_free (pair->value);
  g_free (pair);
}

static char *
form_unescape (const char *s, gssize len)
{
  g_autofree char *plus = g_strndup (s, len);
  char *p;

  for (p = plus; *p; p++)
    if (*p == '+')
      *p = ' ';
  return g_uri_unescape_string (plus, NULL);
}

/* NULL on a malformed escape or invalid UTF-8. */
static GPtrArray *
form_parse (const char *s, GPtrArray *pairs)
{
  if (!s)
    return pairs;
  while (*s)
    {
      const char *end = strchr (s, '&');
      const char *eq;
      Pair *pair;

      if (!end)
        end = s + strlen (s);
      eq = memchr (s, '=', end - s);
      if (end > s)
        {
          pair = g_new0 (Pair, 1);
          pair->key = form_unescape (s, (eq ? eq : end) - s);
          pair->value = eq ? form_unescape (eq + 1, end - eq - 1) : g_strdup ("");
          g_ptr_array_add (pairs, pair);
          if (!pair->key || !pair->value || !g_utf8_validate (pair->value, -1, NULL))
            return NULL;
        }
      s = *end ? end + 1 : end;
    }
  return pairs;
}

static const char *
form_get (GPtrArray *pairs, const char *key)
{
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *p = g_ptr_array_index (pairs, i);
      if (strcmp (p->key, key) == 0)
        return p->value;
    }
  return NULL;
}

static GPtrArray *
form_all (GPtrArray *pairs, const char *key)
{
  GPtrArray *all = NULL;

  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *p = g_ptr_array_index (pairs, i);
      if (strcmp (p->key, key) == 0)
        {
          if (!all)
            all = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (all, g_strdup (p->value));
        }
    }
  return all;
}

/* ---- content negotiation ---- */

typedef struct {
  const char *mime;        /* what Accept may name */
  const char *format;      /* dg_query format */
  gboolean graph;          /* for CONSTRUCT results */
} Media;

static const Media media[] = {
  { "application/sparql-results+json", "json", FALSE },
  { "application/sparql-results+xml", "xml", FALSE },
  { "text/csv", "csv", FALSE },
  { "text/tab-separated-values", "tsv", FALSE },
  { "application/json", "json", FALSE },
  { "application/xml", "xml", FALSE },
  { "text/xml", "xml", FALSE },
  { "text/turtle", "turtle", TRUE },
  { "application/n-triples", "ntriples", TRUE },
  { "application/ld+json", "jsonld", TRUE },
  { "application/rdf+xml", "rdfxml", TRUE },
  { "application/x-turtle", "turtle", TRUE },
  { "text/plain", "ntriples", TRUE },
  { "application/json", "jsonld", TRUE },
  { NULL, NULL, FALSE }
};

/* The media type answered for a format. */
static const char *
format_mime (const char *format)
{
  static const struct { const char *format, *mime; } m[] = {
    { "json", "application/sparql-results+json; charset=utf-8" },
    { "xml", "application/sparql-results+xml; charset=utf-8" },
    { "csv", "text/csv; charset=utf-8" },
    { "tsv", "text/tab-separated-values; charset=utf-8" },
    { "turtle", "text/turtle; charset=utf-8" },
    { "ntriples", "application/n-triples" },
    { "jsonld", "application/ld+json" },
    { "rdfxml", "application/rdf+xml" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (m); i++)
    if (strcmp (m[i].format, format) == 0)
      return m[i].mime;
  return "application/octet-stream";
}

static gboolean
format_ok (const char *format, gboolean graph)
{
  if (graph && strcmp (format, "jsonld") == 0)
    return dg_export_is_format ("jsonld");
  for (const Media *m = media; m->mime; m++)
    if (m->graph == graph && strcmp (m->format, format) == 0)
      return TRUE;
  return FALSE;
}

/* The format for a query of kind @graph, or NULL (406). */
static const char *
negotiate (const char *accept, const char *format, gboolean graph)
{
  const char *fallback = graph ? "turtle" : "json";
  g_auto (GStrv) parts = NULL;
  const char *best = NULL;
  double best_q = 0.0;

  if (format && *format)
    {
      for (const Media *m = media; m->mime; m++)
        if (m->graph == graph && (strcmp (m->format, format) == 0
                                  || strcmp (m->mime, format) == 0)
            && format_ok (m->format, graph))
          return m->format;
    }
  if (!accept || !*accept)
    return fallback;
  parts = g_strsplit (accept, ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      g_auto (GStrv) params = g_strsplit (parts[i], ";", -1);
      g_autofree char *type = g_ascii_strdown (g_strstrip (params[0]), -1);
      double q = 1.0;
      const char *found = NULL;

      for (guint k = 1; params[k]; k++)
        {
          char *p = g_strstrip (params[k]);
          if (g_ascii_strncasecmp (p, "q=", 2) == 0)
            q = g_ascii_strtod (p + 2, NULL);
        }
      if (q <= 0.0 || q <= best_q)
        continue;
      if (strcmp (type, "*/*") == 0)
        found = fallback;
      else if (g_str_has_suffix (type, "/*"))
        {
          for (const Media *m = media; m->mime && !found; m++)
            if (m->graph == graph && strncmp (m->mime, type, strlen (type) - 1) == 0
                && format_ok (m->format, graph))
              found = m->format;
        }
      else
        for (const Media *m = media; m->mime && !found; m++)
          if (m->graph == graph && strcmp (m->mime, type) == 0 && format_ok (m->format, graph))
            found = m->format;
      if (found)
        {
          best = found;
          best_q = q;
        }
    }
  return best;
}

/* ---- work done on the worker threads ---- */

/* FROM / FROM NAMED of the query, when the request names no dataset. */
static void
query_dataset (DgRdf *rdf, const char *sparql, GPtrArray **defaults, GPtrArray **named)
{
  g_autofree char *full = dg_query_add_prefixes (sparql);
  rasqal_world *rw = librdf_world_get_rasqal (dg_rdf_get_world (rdf));
  rasqal_query *q = rasqal_new_query (rw, "sparql", NULL);

  if (q && rasqal_query_prepare (q, (const unsigned char *) full, NULL) == 0)
    {
      raptor_sequence *graphs = rasqal_query_get_data_graph_sequence (q);
      for (int i = 0; graphs && i < raptor_sequence_size (graphs); i++)
        {
          rasqal_data_graph *dg = raptor_sequence_get_at (graphs, i);
          GPtrArray **into = dg->flags == RASQAL_DATA_GRAPH_NAMED ? named : defaults;
          if (!dg->uri)
            continue;
          if (!*into)
            *into = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (*into, g_strdup ((const char *) raptor_uri_as_string (dg->uri)));
        }
    }
  if (q)
    rasqal_free_query (q);
  g_free (dg_rdf_take_messages (rdf));
}

static gboolean
copy_graph (DgRdf *rdf, librdf_model *from, librdf_model *to, const char *iri,
            gboolean keep_context)
{
  librdf_node *ctx = dg_rdf_iri (rdf, iri);
  librdf_stream *stream = librdf_model_context_as_stream (from, ctx);
  gboolean ok = TRUE;

  for (; stream && !librdf_stream_end (stream); librdf_stream_next (stream))
    {
      librdf_statement *st = librdf_stream_get_object (stream);
      int rc = keep_context ? librdf_model_context_add_statement (to, ctx, st)
                            : librdf_model_add_statement (to, st);
      if (rc != 0)
        ok = FALSE;
    }
  if (stream)
    librdf_free_stream (stream);
  librdf_free_node (ctx);
  return ok;
}

/* A memory store holding the dataset the request names. */
static DgStore *
dataset_store (Worker *w, GPtrArray *defaults, GPtrArray *named, GError **error)
{
  DgStore *mem = dg_store_open (w->rdf, "memory:", DG_STORE_WRITE, error);
  librdf_model *from = dg_store_get_model (w->store);

  if (!mem)
    return NULL;
  for (guint i = 0; defaults && i < defaults->len; i++)
    copy_graph (w->rdf, from, dg_store_get_model (mem), g_ptr_array_index (defaults, i), FALSE);
  for (guint i = 0; named && i < named->len; i++)
    copy_graph (w->rdf, from, dg_store_get_model (mem), g_ptr_array_index (named, i), TRUE);
  return mem;
}

/* The exporter writes each graph as a named graph object; a CONSTRUCT
 * result is one unnamed graph: {"@context": ..., "@graph": [nodes]}.
 * Consumes @json. */
static char *
unwrap_jsonld (char *json)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonGenerator) gen = NULL;
  JsonObject *root, *out;
  JsonArray *graphs, *nodes;
  g_autoptr (JsonNode) result = NULL;

  if (!json_parser_load_from_data (parser, json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return json;
  root = json_node_get_object (json_parser_get_root (parser));
  out = json_object_new ();
  if (json_object_has_member (root, "@context"))
    json_object_set_member (out, "@context",
                            json_node_copy (json_object_get_member (root, "@context")));
  nodes = json_array_new ();
  graphs = json_object_has_member (root, "@graph")
           ? json_object_get_array_member (root, "@graph") : NULL;
  for (guint i = 0; graphs && i < json_array_get_length (graphs); i++)
    {
      JsonObject *g = json_array_get_object_element (graphs, i);
      JsonArray *inner = g && json_object_has_member (g, "@graph")
                         ? json_object_get_array_member (g, "@graph") : NULL;
      for (guint k = 0; inner && k < json_array_get_length (inner); k++)
        json_array_add_element (nodes, json_node_copy (json_array_get_element (inner, k)));
    }
  json_object_set_array_member (out, "@graph", nodes);
  result = json_node_init_object (json_node_alloc (), out);
  json_object_unref (out);
  gen = json_generator_new ();
  json_generator_set_root (gen, result);
  json_generator_set_pretty (gen, TRUE);
  g_free (json);
  return json_generator_to_data (gen, NULL);
}

static gboolean
parse_into_context (DgRdf *rdf, librdf_parser *parser, const char *ntriples,
                    librdf_uri *base, librdf_model *model)
{
  librdf_stream *stream = librdf_parser_parse_string_as_stream (
      parser, (const unsigned char *) ntriples, base);
  librdf_node *ctx = dg_rdf_iri (rdf, "urn:x-dipgraph:construct");
  gboolean ok = stream != NULL;

  for (; stream && !librdf_stream_end (stream); librdf_stream_next (stream))
    if (librdf_model_context_add_statement (model, ctx, librdf_stream_get_object (stream)))
      ok = FALSE;
  if (stream)
    librdf_free_stream (stream);
  librdf_free_node (ctx);
  return ok;
}

/* CONSTRUCT results as JSON-LD: N-Triples from dg_query, read into a
 * memory store, written by the JSON-LD exporter. */
static char *
to_jsonld (DgRdf *rdf, const char *ntriples, GError **error)
{
  librdf_world *world = dg_rdf_get_world (rdf);
  g_autoptr (DgStore) mem = dg_store_open (rdf, "memory:", DG_STORE_WRITE, error);
  librdf_parser *parser;
  librdf_uri *base;
  char *buf = NULL;
  size_t size = 0;
  FILE *out;
  gboolean ok;

  if (!mem)
    return NULL;
  parser = librdf_new_parser (world, "ntriples", NULL, NULL);
  base = librdf_new_uri (world, (const unsigned char *) "http://localhost/");
  if (!parser || !base
      || !parse_into_context (rdf, parser, ntriples, base, dg_store_get_model (mem)))
    {
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_SERIALIZE, "cannot read the results back");
      ok = FALSE;
    }
  else
    ok = TRUE;
  if (parser)
    librdf_free_parser (parser);
  if (base)
    librdf_free_uri (base);
  if (!ok)
    return NULL;
  out = open_memstream (&buf, &size);
  if (!out)
    {
      g_set_error_literal (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE, "out of memory");
      return NULL;
    }
  ok = dg_export_store (mem, "jsonld", out, error);
  fclose (out);
  buf = memstream_text (buf, ok);
  return buf ? unwrap_jsonld (buf) : NULL;
}

/* rasqal writes an unbound variable as {"type": "unbound", "value": null};
 * SPARQL 1.1 Query Results JSON leaves it out of the solution.  Consumes
 * @json. */
static char *
drop_unbound (char *json)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonGenerator) gen = NULL;
  JsonObject *root, *results;
  JsonArray *bindings;

  if (!strstr (json, "\"unbound\"")
      || !json_parser_load_from_data (parser, json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return json;
  root = json_node_get_object (json_parser_get_root (parser));
  results = json_object_has_member (root, "results")
            ? json_object_get_object_member (root, "results") : NULL;
  bindings = results && json_object_has_member (results, "bindings")
             ? json_object_get_array_member (results, "bindings") : NULL;
  for (guint i = 0; bindings && i < json_array_get_length (bindings); i++)
    {
      JsonObject *row = json_array_get_object_element (bindings, i);
      g_autoptr (GList) members = row ? json_object_get_members (row) : NULL;
      for (GList *m = members; m; m = m->next)
        {
          JsonObject *term = json_object_get_object_member (row, m->data);
          if (term && g_strcmp0 (json_object_get_string_member_with_default (term, "type", ""),
                                 "unbound") == 0)
            json_object_remove_member (row, m->data);
        }
    }
  gen = json_generator_new ();
  json_generator_set_root (gen, json_parser_get_root (parser));
  json_generator_set_pretty (gen, TRUE);
  g_free (json);
  return json_generator_to_data (gen, NULL);
}

static guint
status_for (const GError *error)
{
  if (error->domain == DG_GRAPH_ERROR && error->code == DG_GRAPH_ERROR_QUERY_SYNTAX)
    return SOUP_STATUS_BAD_REQUEST;
  if (error->domain == DG_GRAPH_ERROR && error->code == DG_GRAPH_ERROR_FORMAT)
    return SOUP_STATUS_BAD_REQUEST;
  return SOUP_STATUS_INTERNAL_SERVER_ERROR;
}

static void
run_query (Worker *w, Job *job)
{
  DgServer *server = w->server;
  DgQueryShape shape = { RASQAL_QUERY_VERB_UNKNOWN, -1, FALSE };
  gboolean graph, capped = FALSE;
  const char *format;
  g_autofree char *sparql = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) dataset = NULL;
  GPtrArray *defaults = job->default_graphs, *named = job->named_graphs;
  g_autoptr (GPtrArray) from_defaults = NULL;
  g_autoptr (GPtrArray) from_named = NULL;

  if (!dg_query_inspect (w->rdf, job->text, &shape))
    {
      /* the library's own message for the error */
      text = dg_query_run_to_string (w->store, job->text, "json", &error);
      if (!text)
        job_error (job, status_for (error), error->message);
      else
        job_error (job, SOUP_STATUS_BAD_REQUEST, "bad query");
      return;
    }
  graph = shape.verb == RASQAL_QUERY_VERB_CONSTRUCT || shape.verb == RASQAL_QUERY_VERB_DESCRIBE;
  format = negotiate (job->accept, job->format, graph);
  if (!format)
    {
      GString *s = g_string_new ("none of the media types in Accept can be produced; try");
      for (const Media *m = media; m->mime; m++)
        if (m->graph == graph && format_ok (m->format, graph))
          g_string_append_printf (s, " %s", m->mime);
      job_error (job, SOUP_STATUS_NOT_ACCEPTABLE, s->str);
      g_string_free (s, TRUE);
      return;
    }

  /* at most max_rows solutions */
  sparql = dg_query_cap_rows (w->rdf, job->text, server->opt.max_rows, &capped, &error);
  if (!sparql)
    {
      g_autofree char *m = g_strdup_printf ("%s (this endpoint's maximum)", error->message);
      job_error (job, SOUP_STATUS_BAD_REQUEST, m);
      return;
    }
  if (capped)
    job->max_rows_header = g_strdup_printf ("%u", server->opt.max_rows);

  /* the dataset: the protocol's parameters override FROM / FROM NAMED */
  if (!defaults && !named && shape.has_from)
    {
      query_dataset (w->rdf, job->text, &from_defaults, &from_named);
      defaults = from_defaults;
      named = from_named;
    }
  if (defaults || named)
    {
      dataset = dataset_store (w, defaults, named, &error);
      if (!dataset)
        {
          job_error (job, SOUP_STATUS_INTERNAL_SERVER_ERROR, error->message);
          return;
        }
    }

  if (strcmp (format, "jsonld") == 0)
    {
      g_autofree char *nt = dg_query_run_to_string (dataset ? dataset : w->store, sparql,
                                                    "ntriples", &error);
      text = nt ? to_jsonld (w->rdf, nt, &error) : NULL;
    }
  else
    text = dg_query_run_to_string (dataset ? dataset : w->store, sparql, format, &error);
  if (!text)
    {
      job_error (job, status_for (error), error->message);
      return;
    }
  if (strcmp (format, "json") == 0)
    text = drop_unbound (g_steal_pointer (&text));
  job_answer (job, SOUP_STATUS_OK, format_mime (format), g_steal_pointer (&text));
}

static void
run_service (Worker *w, Job *job)
{
  DgServer *server = w->server;
  GString *s = g_string_new (NULL);
  gint64 quads = dg_store_size (w->store);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) graphs = dg_store_list_graphs (w->store, &error);
  g_autofree char *endpoint = g_strconcat (job->base_url, "sparql", NULL);

  g_string_append (s,
    "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
    "@prefix formats: <http://www.w3.org/ns/formats/> .\n"
    "@prefix void: <http://rdfs.org/ns/void#> .\n"
    "@prefix dcterms: <http://purl.org/dc/terms/> .\n\n");
  g_string_append_printf (s, "<%s> a sd:Service ;\n  sd:endpoint <%s> ;\n", endpoint, endpoint);
  g_string_append (s, "  dcterms:title \"dipgraph SPARQL endpoint\" ;\n"
                      "  sd:supportedLanguage sd:SPARQL11Query");
  if (server->opt.allow_update)
    g_string_append (s, ", sd:SPARQL11Update");
  g_string_append (s, " ;\n"
    "  sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML,\n"
    "    formats:SPARQL_Results_CSV, formats:SPARQL_Results_TSV, formats:Turtle,\n"
    "    formats:N-Triples, formats:RDF_XML");
  if (dg_export_is_format ("jsonld"))
    g_string_append (s, ", formats:JSON-LD");
  g_string_append (s, " ;\n  sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;\n");
  /* BasicFederatedQuery is not claimed: drop it */
  g_string_truncate (s, s->len - strlen (", sd:BasicFederatedQuery ;\n"));
  g_string_append (s, " ;\n  sd:defaultDataset [\n    a sd:Dataset ;\n"
                      "    sd:defaultGraph [ a sd:Graph ;");
  g_string_append_printf (s, " void:triples %" G_GINT64_FORMAT " ]", quads < 0 ? 0 : quads);
  for (guint i = 0; graphs && i < graphs->len; i++)
    g_string_append_printf (s, " ;\n    sd:namedGraph [ a sd:NamedGraph ; sd:name <%s> ]",
                            (const char *) g_ptr_array_index (graphs, i));
  g_string_append (s, "\n  ] .\n");
  job_answer (job, SOUP_STATUS_OK, "text/turtle; charset=utf-8", g_string_free (s, FALSE));
}

static void
run_export (Worker *w, Job *job)
{
  DgExportKind kind;
  const char *mime = NULL;
  char *buf = NULL;
  size_t size = 0;
  FILE *mem;
  gboolean ok;
  g_autoptr (GError) error = NULL;

  if (!dg_export_format_info (job->text, &kind, &mime) || strcmp (job->text, "png") == 0)
    {
      job_error (job, SOUP_STATUS_NOT_FOUND, "no such export format");
      return;
    }
  mem = open_memstream (&buf, &size);
  if (!mem)
    {
      job_error (job, SOUP_STATUS_INTERNAL_SERVER_ERROR, "out of memory");
      return;
    }
  ok = dg_export_store (w->store, job->text, mem, &error);
  fclose (mem);
  buf = memstream_text (buf, ok);
  if (!buf)
    {
      job_error (job, SOUP_STATUS_INTERNAL_SERVER_ERROR, error->message);
      return;
    }
  job_answer (job, SOUP_STATUS_OK, mime ? mime : "application/octet-stream", buf);
}

static void
run_network (Worker *w, Job *job)
{
  DgViewOptions options = { 0 };
  g_autoptr (DgView) view = NULL;
  g_autoptr (GError) error = NULL;
  char *buf = NULL;
  size_t size = 0;
  FILE *mem;
  gboolean ok;

  if (job->format && !dg_view_kind_from_string (job->format, &options.kind))
    {
      job_error (job, SOUP_STATUS_BAD_REQUEST, "kind must be actors or events");
      return;
    }
  options.query = job->text && *job->text ? job->text : NULL;
  view = dg_view_build (w->store, &options, &error);
  if (!view)
    {
      job_error (job, status_for (error), error->message);
      return;
    }
  mem = open_memstream (&buf, &size);
  if (!mem)
    {
      job_error (job, SOUP_STATUS_INTERNAL_SERVER_ERROR, "out of memory");
      return;
    }
  ok = dg_export_view (view, "cytoscape", mem, &error);
  fclose (mem);
  buf = memstream_text (buf, ok);
  if (!buf)
    job_error (job, SOUP_STATUS_INTERNAL_SERVER_ERROR, error->message);
  else
    job_answer (job, SOUP_STATUS_OK, "application/json", buf);
}

/* SPARQL Update: librdf/rasqal execute none of it.  dipgraph implements
 * DROP GRAPH and CLEAR GRAPH (whole documents are the unit of change);
 * anything else is 501. */
static void
run_update (Worker *w, Job *job)
{
  g_autoptr (GRegex) re = g_regex_new (
      "^\\s*(DROP|CLEAR)\\s+(SILENT\\s+)?GRAPH\\s*<([^<>\"{}|^`\\\\\\s]+)>\\s*;?\\s*$",
      G_REGEX_CASELESS, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GError) error = NULL;

  if (!w->store)
    {
      w->store = dg_store_open (w->rdf, w->server->store_spec, DG_STORE_WRITE | DG_STORE_MODEL, &error);
      if (!w->store)
        {
          job_error (job, SOUP_STATUS_INTERNAL_SERVER_ERROR, error->message);
          return;
        }
    }
  if (!g_regex_match (re, job->text, 0, &match))
    {
      job_error (job, SOUP_STATUS_NOT_IMPLEMENTED,
                 "this endpoint implements only DROP GRAPH <iri> and CLEAR GRAPH <iri> "
                 "(librdf does not execute SPARQL Update; add documents with "
                 "'dipgraph extract' or 'dipgraph load')");
      return;
    }
  {
    g_autofree char *iri = g_match_info_fetch (match, 3);
    if (!dg_store_remove_graph (w->store, iri, &error))
      job_error (job, SOUP_STATUS_INTERNAL_SERVER_ERROR, error->message);
    else
      job_answer (job, SOUP_STATUS_NO_CONTENT, "text/plain", NULL);
  }
}

static gboolean job_done_cb (gpointer data);

static gpointer
worker_main (gpointer data)
{
  Worker *w = data;
  DgServer *server = w->server;
  GAsyncQueue *queue = w->writer ? server->update_queue : server->queue;

  for (;;)
    {
      Job *job = g_async_queue_pop (queue);

      if (job == &STOP_JOB)
        break;
      if (!g_atomic_int_get (&job->abandoned))
        {
          g_atomic_int_inc (&server->busy);
          switch (job->kind)
            {
            case JOB_QUERY: run_query (w, job); break;
            case JOB_SERVICE: run_service (w, job); break;
            case JOB_EXPORT: run_export (w, job); break;
            case JOB_NETWORK: run_network (w, job); break;
            case JOB_UPDATE: run_update (w, job); break;
            }
          g_atomic_int_add (&server->busy, -1);
        }
      g_main_context_invoke_full (server->context, G_PRIORITY_DEFAULT, job_done_cb,
                                  job, (GDestroyNotify) job_unref);
    }
  return NULL;
}

/* ---- main thread: jobs ---- */

/* The timeout lives on the server's context, which need not be the
 * global default one (g_source_remove() would look there). */
static void
job_cancel_timeout (Job *job)
{
  GSource *src = job->timeout_id
    ? g_main_context_find_source_by_id (job->server->context, job->timeout_id) : NULL;

  if (src)
    g_source_destroy (src);
  job->timeout_id = 0;
}

static void
job_finish_message (Job *job)
{
  SoupServerMessage *msg = job->msg;
  SoupMessageHeaders *h;

  job->msg_done = TRUE;
  job_cancel_timeout (job);
  soup_server_message_set_status (msg, job->status, NULL);
  add_common_headers (job->server, msg);
  h = soup_server_message_get_response_headers (msg);
  if (job->max_rows_header)
    soup_message_headers_replace (h, "X-Dipgraph-Max-Rows", job->max_rows_header);
  if (job->status == SOUP_STATUS_SERVICE_UNAVAILABLE)
    soup_message_headers_replace (h, "Retry-After", RETRY_AFTER);
  if (job->status == SOUP_STATUS_OK || job->status == SOUP_STATUS_NO_CONTENT)
    soup_message_headers_replace (h, "Cache-Control", "no-store");
  if (job->body && g_bytes_get_size (job->body) > 0)
    {
      gsize len;
      const char *data = g_bytes_get_data (job->body, &len);
      soup_server_message_set_response (msg, job->content_type, SOUP_MEMORY_COPY, data, len);
    }
  soup_server_message_unpause (msg);
}

static gboolean
job_done_cb (gpointer data)
{
  Job *job = data;

  job->server->outstanding--;
  if (!job->msg_done && !g_atomic_int_get (&job->abandoned))
    job_finish_message (job);
  return G_SOURCE_REMOVE;
}

static gboolean
job_timeout_cb (gpointer data)
{
  Job *job = data;
  g_autofree char *m = g_strdup_printf ("the query did not finish within %.3g s "
                                        "(the endpoint's timeout); it was abandoned",
                                        job->server->opt.timeout);
  job->timeout_id = 0;
  if (!job->msg_done)
    {
      g_atomic_int_set (&job->abandoned, 1);
      job_error (job, SOUP_STATUS_SERVICE_UNAVAILABLE, m);
      job_finish_message (job);
    }
  return G_SOURCE_REMOVE;
}

static void
job_msg_finished (SoupServerMessage *msg, gpointer data)
{
  Job *job = data;

  /* answered, or the client went away: nothing more to send */
  job->msg_done = TRUE;
  g_atomic_int_set (&job->abandoned, 1);
  job_cancel_timeout (job);
}

static Job *
job_new (DgServer *server, SoupServerMessage *msg, JobKind kind)
{
  Job *job = g_new0 (Job, 1);
  GUri *uri = soup_server_message_get_uri (msg);
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  const char *host = g_uri_get_host (uri);
  int port = g_uri_get_port (uri);
  gboolean v6 = host && strchr (host, ':');

  job->ref = 1;
  job->kind = kind;
  job->server = server;
  job->msg = g_object_ref (msg);
  job->accept = g_strdup (soup_message_headers_get_one (h, "Accept"));
  job->base_url = g_strdup_printf ("http://%s%s%s:%d/", v6 ? "[" : "", host ? host : "localhost",
                                   v6 ? "]" : "", port);
  return job;
}

/* Queues @job (consumed) or answers 503 when the server is full. */
static void
job_submit (DgServer *server, Job *job)
{
  SoupServerMessage *msg = job->msg;
  guint limit = server->opt.workers + server->opt.max_queue;

  if (server->outstanding >= limit)
    {
      respond_text (server, msg, SOUP_STATUS_SERVICE_UNAVAILABLE,
                    "too many queries at once; retry later");
      job_unref (job);
      return;
    }
  server->outstanding++;
  soup_server_message_pause (msg);
  job->finished_id = g_signal_connect (msg, "finished", G_CALLBACK (job_msg_finished), job);
  {
    GSource *src = g_timeout_source_new ((guint) (server->opt.timeout * 1000.0 + 0.5));
    g_source_set_callback (src, job_timeout_cb, job_ref (job), (GDestroyNotify) job_unref);
    job->timeout_id = g_source_attach (src, server->context);   /* not the default one */
    g_source_unref (src);
  }
  g_async_queue_push (job->kind == JOB_UPDATE ? server->update_queue : server->queue, job);
}

/* ---- handlers ---- */

/* CORS preflight and OPTIONS: 204 with what is allowed. */
static gboolean
handle_options (DgServer *server, SoupServerMessage *msg, const char *allow)
{
  if (soup_server_message_get_status (msg) != 0)
    return TRUE;    /* answered by early_handler */
  if (strcmp (soup_server_message_get_method (msg), "OPTIONS") != 0)
    return FALSE;
  soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
  add_common_headers (server, msg);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", allow);
  return TRUE;
}

static gboolean
is_loopback (SoupServerMessage *msg)
{
  GSocketAddress *addr = soup_server_message_get_remote_address (msg);

  if (!G_IS_INET_SOCKET_ADDRESS (addr))
    return FALSE;
  return g_inet_address_get_is_loopback (
      g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (addr)));
}

static gboolean
token_ok (DgServer *server, SoupServerMessage *msg)
{
  const char *auth = soup_message_headers_get_one (
      soup_server_message_get_request_headers (msg), "Authorization");
  const char *given;
  size_t n, m;
  unsigned char diff = 0;

  if (!server->token || !auth || g_ascii_strncasecmp (auth, "Bearer ", 7) != 0)
    return FALSE;
  given = auth + 7;
  n = strlen (given);
  m = strlen (server->token);
  diff = n != m;
  for (size_t i = 0; i < n; i++)   /* time independent of where they differ */
    diff |= (unsigned char) (given[i] ^ server->token[i % (m ? m : 1)]);
  return diff == 0 && m > 0;
}

static const char *
media_type (SoupServerMessage *msg, char **owned)
{
  const char *ct = soup_message_headers_get_content_type (
      soup_server_message_get_request_headers (msg), NULL);
  *owned = ct ? g_ascii_strdown (ct, -1) : NULL;
  return *owned ? *owned : "";
}

static void
sparql_handler (SoupServer *soup, SoupServerMessage *msg, const char *path,
                GHashTable *unused, gpointer data)
{
  DgServer *server = data;
  const char *method = soup_server_message_get_method (msg);
  GUri *uri = soup_server_message_get_uri (msg);
  g_autoptr (GPtrArray) params = g_ptr_array_new_with_free_func (pair_free);
  g_autofree char *ct_owned = NULL;
  const char *query = NULL, *update = NULL;
  g_autofree char *body = NULL;
  Job *job;

  if (handle_options (server, msg, "GET, HEAD, POST, OPTIONS"))
    return;
  if (strcmp (path, "/sparql") != 0)
    {
      respond_text (server, msg, SOUP_STATUS_NOT_FOUND, "not found");
      return;
    }
  if (!form_parse (g_uri_get_query (uri), params))
    {
      respond_text (server, msg, SOUP_STATUS_BAD_REQUEST, "malformed query string");
      return;
    }
  if (strcmp (method, "POST") == 0)
    {
      SoupMessageBody *rb = soup_server_message_get_request_body (msg);
      const char *ct = media_type (msg, &ct_owned);
      g_autoptr (GBytes) bytes = soup_message_body_flatten (rb);
      gsize len;
      const char *raw = g_bytes_get_data (bytes, &len);

      body = g_strndup (raw ? raw : "", len);
      if (strlen (body) != len || !g_utf8_validate (body, -1, NULL))
        {
          respond_text (server, msg, SOUP_STATUS_BAD_REQUEST, "the body is not UTF-8 text");
          return;
        }
      if (strcmp (ct, "application/x-www-form-urlencoded") == 0)
        {
          if (!form_parse (body, params))
            {
              respond_text (server, msg, SOUP_STATUS_BAD_REQUEST, "malformed form body");
              return;
            }
        }
      else if (strcmp (ct, "application/sparql-query") == 0)
        query = body;
      else if (strcmp (ct, "application/sparql-update") == 0)
        update = body;
      else
        {
          respond_text (server, msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE,
                        "POST application/x-www-form-urlencoded, application/sparql-query "
                        "or application/sparql-update");
          return;
        }
      if (!query && !update)
        {
          query = form_get (params, "query");
          update = form_get (params, "update");
        }
    }
  else if (strcmp (method, "GET") == 0 || strcmp (method, "HEAD") == 0)
    {
      query = form_get (params, "query");
      if (form_get (params, "update"))
        {
          respond_text (server, msg, SOUP_STATUS_BAD_REQUEST,
                        "updates must be sent with POST");
          return;
        }
    }
  else
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Allow", "GET, HEAD, POST, OPTIONS");
      respond_text (server, msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "use GET or POST");
      return;
    }
  if (query && update)
    {
      respond_text (server, msg, SOUP_STATUS_BAD_REQUEST, "give a query or an update, not both");
      return;
    }

  if (update)
    {
      if (!server->opt.allow_update)
        {
          respond_text (server, msg, SOUP_STATUS_FORBIDDEN,
                        "this endpoint is read-only (start it with --allow-update "
                        "--token-file FILE to accept updates)");
          return;
        }
      if (!server->opt.allow_remote_update && !is_loopback (msg))
        {
          respond_text (server, msg, SOUP_STATUS_FORBIDDEN,
                        "updates are accepted over loopback only");
          return;
        }
      if (!token_ok (server, msg))
        {
          soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                        "WWW-Authenticate", "Bearer realm=\"dipgraph\"");
          respond_text (server, msg, SOUP_STATUS_FORBIDDEN,
                        "an update needs the bearer token (Authorization: Bearer ...)");
          return;
        }
      job = job_new (server, msg, JOB_UPDATE);
      job->text = g_strdup (update);
      job_submit (server, job);
      return;
    }

  job = job_new (server, msg, query ? JOB_QUERY : JOB_SERVICE);
  job->text = g_strdup (query);
  job->format = g_strdup (form_get (params, "format"));
  job->default_graphs = form_all (params, "default-graph-uri");
  job->named_graphs = form_all (params, "named-graph-uri");
  job_submit (server, job);
}

static void
export_handler (SoupServer *soup, SoupServerMessage *msg, const char *path,
                GHashTable *unused, gpointer data)
{
  DgServer *server = data;
  const char *name = path + strlen ("/export/");
  const char *method = soup_server_message_get_method (msg);
  Job *job;

  if (handle_options (server, msg, "GET, HEAD, OPTIONS"))
    return;
  if (strcmp (method, "GET") != 0 && strcmp (method, "HEAD") != 0)
    {
      respond_text (server, msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "use GET");
      return;
    }
  if (!g_str_has_prefix (path, "/export/") || !dg_export_is_format (name)
      || strcmp (name, "png") == 0)
    {
      g_autofree char *m = g_strdup_printf ("no such export; try /export/graphml, "
                                            "/export/gexf, /export/turtle (formats: %s)",
                                            dg_export_formats ());
      respond_text (server, msg, SOUP_STATUS_NOT_FOUND, m);
      return;
    }
  job = job_new (server, msg, JOB_EXPORT);
  job->text = g_strdup (name);
  job_submit (server, job);
}

static void
network_handler (SoupServer *soup, SoupServerMessage *msg, const char *path,
                 GHashTable *unused, gpointer data)
{
  DgServer *server = data;
  g_autoptr (GPtrArray) params = g_ptr_array_new_with_free_func (pair_free);
  Job *job;

  if (handle_options (server, msg, "GET, HEAD, OPTIONS"))
    return;
  if (strcmp (path, "/api/network") != 0)
    {
      respond_text (server, msg, SOUP_STATUS_NOT_FOUND, "not found");
      return;
    }
  if (!form_parse (g_uri_get_query (soup_server_message_get_uri (msg)), params))
    {
      respond_text (server, msg, SOUP_STATUS_BAD_REQUEST, "malformed query string");
      return;
    }
  job = job_new (server, msg, JOB_NETWORK);
  job->text = g_strdup (form_get (params, "query"));
  job->format = g_strdup (form_get (params, "kind"));
  job_submit (server, job);
}

/* The page: a fixed table of names, so no path ever reaches a file system. */
static void
static_handler (SoupServer *soup, SoupServerMessage *msg, const char *path,
                GHashTable *unused, gpointer data)
{
  DgServer *server = data;
  static const struct { const char *path, *resource, *mime; } files[] = {
    { "/", "index.html", "text/html; charset=utf-8" },
    { "/index.html", "index.html", "text/html; charset=utf-8" },
    { "/app.js", "app.js", "text/javascript; charset=utf-8" },
    { "/style.css", "style.css", "text/css; charset=utf-8" },
  };
  const char *method = soup_server_message_get_method (msg);

  if (handle_options (server, msg, "GET, HEAD, OPTIONS"))
    return;
  if (strcmp (method, "GET") != 0 && strcmp (method, "HEAD") != 0)
    {
      respond_text (server, msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "use GET");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    if (strcmp (path, files[i].path) == 0)
      {
        g_autofree char *name = g_strconcat (WEB_PREFIX, files[i].resource, NULL);
        g_autoptr (GBytes) bytes = g_resources_lookup_data (name, 0, NULL);
        SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);

        if (!bytes)
          break;
        soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
        add_common_headers (server, msg);
        soup_message_headers_replace (h, "Content-Security-Policy",
                                      "default-src 'self'; img-src 'self' data:; "
                                      "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        soup_message_headers_replace (h, "Cache-Control", "no-cache");
        soup_server_message_set_response (msg, files[i].mime, SOUP_MEMORY_COPY,
                                          g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes));
        return;
      }
  respond_text (server, msg, SOUP_STATUS_NOT_FOUND, "not found");
}

/* Before the body is read: sizes, OPTIONS preflight. */
static void
early_handler (SoupServer *soup, SoupServerMessage *msg, const char *path,
               GHashTable *unused, gpointer data)
{
  DgServer *server = data;
  SoupMessageHeaders *h = soup_server_message_get_request_headers (msg);
  const char *method = soup_server_message_get_method (msg);
  g_autofree char *uri = g_uri_to_string (soup_server_message_get_uri (msg));
  SoupMessageHeadersIter iter;
  const char *name, *value;
  gsize header_bytes = 0;

  soup_message_headers_iter_init (&iter, h);
  while (soup_message_headers_iter_next (&iter, &name, &value))
    header_bytes += strlen (name) + strlen (value) + 4;
  if (header_bytes > MAX_HEADER_BYTES)
    {
      respond_text (server, msg, 431, "request headers too large");
      return;
    }
  if (strlen (uri) > server->opt.max_request)
    {
      respond_text (server, msg, SOUP_STATUS_REQUEST_URI_TOO_LONG, "request URI too long");
      return;
    }
  if (strcmp (method, "POST") == 0)
    {
      goffset length = soup_message_headers_get_content_length (h);
      if (soup_message_headers_get_encoding (h) != SOUP_ENCODING_CONTENT_LENGTH)
        {
          respond_text (server, msg, SOUP_STATUS_LENGTH_REQUIRED,
                        "POST needs a Content-Length");
          return;
        }
      if (length < 0 || (guint64) length > server->opt.max_request)
        {
          respond_text (server, msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE,
                        "request body too large");
          return;
        }
    }
}

/* ---- access log ---- */

static void
request_started (SoupServer *soup, SoupServerMessage *msg, gpointer data)
{
  gint64 *start = g_new (gint64, 1);

  *start = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (msg), "dg-start", start, g_free);
}

static void
append_clean (GString *s, const char *text, gsize max)
{
  gsize n = 0;

  for (const unsigned char *p = (const unsigned char *) text; *p && n < max; p++, n++)
    if (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\')
      g_string_append_printf (s, "\\x%02X", *p);
    else
      g_string_append_c (s, (char) *p);
  if (text[n])
    g_string_append (s, "...");
}

static void
request_finished (SoupServer *soup, SoupServerMessage *msg, gpointer data)
{
  DgServer *server = data;
  gint64 *start = g_object_get_data (G_OBJECT (msg), "dg-start");
  GUri *uri = soup_server_message_get_uri (msg);
  const char *host = soup_server_message_get_remote_host (msg);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%d/%b/%Y:%H:%M:%S +0000");
  g_autofree char *target = NULL;
  GString *line;
  goffset bytes = soup_server_message_get_response_body (msg)->length;

  if (!server->opt.log || !uri)
    return;
  /* not g_uri_join(): it refuses a path starting "//" without a host
   * (GET //x) and returns NULL (found by tests/fuzz/fuzz-serve) */
  target = g_strconcat (g_uri_get_path (uri), g_uri_get_query (uri) ? "?" : "",
                        g_uri_get_query (uri) ? g_uri_get_query (uri) : "", NULL);
  line = g_string_new (host ? host : "-");
  g_string_append_printf (line, " - - [%s] \"", date);
  append_clean (line, soup_server_message_get_method (msg), 16);
  g_string_append_c (line, ' ');
  append_clean (line, target, 300);
  g_string_append_printf (line, "\" %u %" G_GINT64_FORMAT " %.1fms",
                          soup_server_message_get_status (msg), (gint64) bytes,
                          start ? (g_get_monotonic_time () - *start) / 1000.0 : 0.0);
  server->opt.log (line->str, server->opt.log_data);
  g_string_free (line, TRUE);
}

/* ---- setup ---- */

static GSocketAddress *
parse_listen (const char *listen, GError **error)
{
  g_autofree char *host = NULL;
  const char *colon;
  guint64 port;
  char *end;
  GInetAddress *addr;
  GSocketAddress *sa;

  if (listen[0] == '[')
    {
      const char *close = strchr (listen, ']');
      if (!close || close[1] != ':')
        goto bad;
      host = g_strndup (listen + 1, close - listen - 1);
      colon = close + 1;
    }
  else
    {
      colon = strrchr (listen, ':');
      if (!colon)
        goto bad;
      host = g_strndup (listen, colon - listen);
      if (strcmp (host, "localhost") == 0)
        {
          g_free (host);
          host = g_strdup ("127.0.0.1");
        }
    }
  port = g_ascii_strtoull (colon + 1, &end, 10);
  if (!colon[1] || *end || port > 65535)
    goto bad;
  addr = g_inet_address_new_from_string (host);
  if (!addr)
    goto bad;
  sa = g_inet_socket_address_new (addr, (guint16) port);
  g_object_unref (addr);
  return sa;
bad:
  g_set_error (error, DG_SERVE_ERROR, DG_SERVE_ERROR_OPTIONS,
               "--listen %s: expected ADDRESS:PORT (e.g. 127.0.0.1:8080, [::1]:8080)", listen);
  return NULL;
}

static Worker *
worker_new (DgServer *server, gboolean writer, GError **error)
{
  Worker *w = g_new0 (Worker, 1);
  GError *e = NULL;

  w->server = server;
  w->writer = writer;
  w->rdf = dg_rdf_new ();
  if (!writer)
    {
      w->store = dg_store_open (w->rdf, server->store_spec, DG_STORE_READ | DG_STORE_MODEL, &e);
      if (!w->store)
        {
          g_set_error (error, DG_SERVE_ERROR, DG_SERVE_ERROR_STORE, "%s", e->message);
          g_error_free (e);
          dg_rdf_free (w->rdf);
          g_free (w);
          return NULL;
        }
    }
  w->thread = g_thread_new (writer ? "dg-writer" : "dg-worker", worker_main, w);
  return w;
}

static void
worker_free (Worker *w)
{
  g_thread_join (w->thread);
  dg_store_free (w->store);
  dg_rdf_free (w->rdf);
  g_free (w);
}

DgServer *
dg_server_new (const DgServeOptions *options, GError **error)
{
  g_autoptr (DgServer) server = g_new0 (DgServer, 1);
  g_autoptr (GSocketAddress) addr = NULL;
  GSList *uris;

  g_return_val_if_fail (options != NULL, NULL);
  server->opt = *options;
  server->opt.workers = options->workers ? options->workers : 2;
  server->opt.max_queue = options->max_queue ? options->max_queue : 64;
  server->opt.timeout = options->timeout > 0 ? options->timeout : 30.0;
  server->opt.max_rows = options->max_rows ? options->max_rows : 10000;
  server->opt.max_request = options->max_request ? options->max_request : 1024 * 1024;
  server->store_spec = g_strdup (options->store_spec);
  server->cors_origin = g_strdup (options->cors_origin);
  server->token = g_strdup (options->token);
  server->opt.store_spec = server->opt.cors_origin = server->opt.token = NULL;
  server->opt.listen = NULL;
  server->context = g_main_context_ref_thread_default ();
  server->queue = g_async_queue_new ();
  server->update_queue = g_async_queue_new ();
  server->workers = g_ptr_array_new ();

  if (server->opt.workers > 64 || server->opt.max_rows > G_MAXINT / 2)
    {
      g_set_error (error, DG_SERVE_ERROR, DG_SERVE_ERROR_OPTIONS,
                   "--workers must be 1..64 and --max-rows below %d", G_MAXINT / 2);
      return NULL;
    }
  if (server->opt.allow_update && (!server->token || !*server->token))
    {
      g_set_error (error, DG_SERVE_ERROR, DG_SERVE_ERROR_OPTIONS,
                   "--allow-update needs a token (--token-file FILE)");
      return NULL;
    }
  addr = parse_listen (options->listen ? options->listen : "127.0.0.1:8080", error);
  if (!addr)
    return NULL;
  for (guint i = 0; i < server->opt.workers; i++)
    {
      Worker *w = worker_new (server, FALSE, error);
      if (!w)
        return NULL;
      g_ptr_array_add (server->workers, w);
    }
  if (server->opt.allow_update)
    server->writer = worker_new (server, TRUE, error);

  server->soup = soup_server_new ("server-header", NULL, NULL);
  soup_server_add_early_handler (server->soup, NULL, early_handler, server, NULL);
  soup_server_add_early_handler (server->soup, "/sparql", early_handler, server, NULL);
  soup_server_add_early_handler (server->soup, "/export", early_handler, server, NULL);
  soup_server_add_early_handler (server->soup, "/api/network", early_handler, server, NULL);
  soup_server_add_handler (server->soup, "/sparql", sparql_handler, server, NULL);
  soup_server_add_handler (server->soup, "/export", export_handler, server, NULL);
  soup_server_add_handler (server->soup, "/api/network", network_handler, server, NULL);
  soup_server_add_handler (server->soup, NULL, static_handler, server, NULL);
  g_signal_connect (server->soup, "request-started", G_CALLBACK (request_started), server);
  g_signal_connect (server->soup, "request-finished", G_CALLBACK (request_finished), server);
  g_signal_connect (server->soup, "request-aborted", G_CALLBACK (request_finished), server);
  if (!soup_server_listen (server->soup, addr, 0, error))
    {
      GError *e = *error ? *error : NULL;
      if (e)
        {
          e->domain = DG_SERVE_ERROR;
          e->code = DG_SERVE_ERROR_LISTEN;
        }
      return NULL;
    }
  uris = soup_server_get_uris (server->soup);
  if (uris)
    {
      server->url = g_uri_to_string (uris->data);
      g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
    }
  return g_steal_pointer (&server);
}

void
dg_server_free (DgServer *server)
{
  if (!server)
    return;
  if (server->soup)
    {
      soup_server_disconnect (server->soup);
      g_object_unref (server->soup);
    }
  for (guint i = 0; i < server->workers->len; i++)
    g_async_queue_push (server->queue, &STOP_JOB);
  if (server->writer)
    g_async_queue_push (server->update_queue, &STOP_JOB);
  for (guint i = 0; i < server->workers->len; i++)
    worker_free (g_ptr_array_index (server->workers, i));
  if (server->writer)
    worker_free (server->writer);
  /* the answers the workers handed back */
  while (g_main_context_iteration (server->context, FALSE))
    ;
  g_ptr_array_unref (server->workers);
  g_async_queue_unref (server->queue);
  g_async_queue_unref (server->update_queue);
  g_main_context_unref (server->context);
  g_free (server->store_spec);
  g_free (server->cors_origin);
  g_free (server->token);
  g_free (server->url);
  g_free (server);
}

const char *
dg_server_get_url (DgServer *server)
{
  return server->url;
}

guint
dg_server_busy (DgServer *server)
{
  return (guint) g_atomic_int_get (&server->busy);
}
