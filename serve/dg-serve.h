/* dg-serve.h - dipgraph's HTTP server: a SPARQL 1.1 Protocol endpoint and
 * a browser view of the graph, on libsoup-3 and the GLib main loop
 *
 * Threads: libsoup runs on the thread-default main context of the caller.
 * librdf/rasqal are not thread-safe, so every query runs on one of
 * @workers worker threads, each with its own DgRdf (librdf_world) and its
 * own read handle on the store (LMDB and SQLite allow several readers).
 * rasqal cannot be interrupted: a query past its timeout is answered with
 * 503 and abandoned; its worker stays busy until rasqal returns and its
 * slot counts against the concurrency limit until then.
 *
 * Routes:
 *   /sparql             SPARQL 1.1 Protocol (query; update only when
 *                       enabled); without a query: the service description
 *   /export/FORMAT      the whole graph in a dg-export.h format
 *   /api/network        the actors view as cytoscape.js JSON (?query=
 *                       SELECT ?event ... selects the events)
 *   /  /app.js  /style.css   the browser view (compiled in)
 *
 * The library never prints: each request is handed to options->log as
 * one access-log line.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DG_SERVE_ERROR (dg_serve_error_quark ())
GQuark dg_serve_error_quark (void);

typedef enum {
  DG_SERVE_ERROR_OPTIONS,   /* a bad option value (--listen, limits) */
  DG_SERVE_ERROR_STORE,     /* the store could not be opened */
  DG_SERVE_ERROR_LISTEN     /* the address could not be bound */
} DgServeError;

/* Called on the main context with one line per request (no newline). */
typedef void (*DgServeLogFunc) (const char *line, gpointer user_data);

typedef struct {
  const char *store_spec;     /* NULL: $DIPGRAPH_STORE or the default */
  const char *listen;         /* "HOST:PORT", "[::1]:PORT"; NULL: 127.0.0.1:8080;
                                 port 0 picks a free one */
  guint workers;              /* queries running at once (0: 2) */
  guint max_queue;            /* queries waiting for a worker; more get 503 (0: 64) */
  double timeout;             /* seconds from arrival to answer (<= 0: 30) */
  guint max_rows;             /* LIMIT added to SELECT/CONSTRUCT (0: 10000) */
  gsize max_request;          /* bytes of a request body or URI (0: 1 MiB) */
  const char *cors_origin;    /* Access-Control-Allow-Origin value; NULL: none */
  gboolean allow_update;      /* accept SPARQL Update (needs @token) */
  const char *token;          /* bearer token for updates */
  gboolean allow_remote_update; /* updates from non-loopback peers too */
  DgServeLogFunc log;
  gpointer log_data;
} DgServeOptions;

typedef struct DgServer DgServer;

/* Opens the store handles, starts the workers and listens.  Serving
 * happens while the caller runs the thread-default main context. */
DgServer *dg_server_new (const DgServeOptions *options, GError **error);
/* Stops listening and joins the workers: waits for running queries. */
void      dg_server_free (DgServer *server);
/* "http://127.0.0.1:8080/" (owned by the server). */
const char *dg_server_get_url (DgServer *server);
/* Queries still running (abandoned ones included). */
guint     dg_server_busy (DgServer *server);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgServer, dg_server_free)

G_END_DECLS
