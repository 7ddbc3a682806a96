/* dg-store-http.h - a remote SPARQL 1.1 server as a store
 *
 * Spec: sparql+http://[USER:PASS@]HOST[:PORT]/QUERY-PATH[?gsp=GSP]
 * (or sparql+https://).  QUERY-PATH is the SPARQL query endpoint
 * (Virtuoso: /sparql, Fuseki: /DATASET).  Each document's named graph is
 * written with the SPARQL 1.1 Graph Store HTTP Protocol: PUT replaces the
 * graph (body N-Triples), DELETE removes it, both on GSP?graph=IRI.  GSP
 * is a path on the same server or an absolute http(s) URL; by default it
 * is QUERY-PATH with "-graph-crud" appended when QUERY-PATH ends in
 * "/sparql" (Virtuoso's /sparql-graph-crud), else QUERY-PATH itself
 * (Fuseki's dataset URL answers both).  Queries go to the server as they
 * are (the server's full SPARQL 1.1), POSTed as application/x-www-form-
 * urlencoded.  Calls are synchronous (libsoup-3).
 */
#pragma once

#include <glib.h>
#include <redland.h>
#include "dg-rdf.h"
#include "dg-store.h"

G_BEGIN_DECLS

typedef struct DgStoreHttp DgStoreHttp;

/* TRUE when @spec starts with "sparql+http:" or "sparql+https:". */
gboolean     dg_store_http_is_spec (const char *spec);
/* Parses @spec; does not contact the server.  DG_GRAPH_ERROR_STORE_SPEC. */
DgStoreHttp *dg_store_http_new (const char *spec, GError **error);
void         dg_store_http_free (DgStoreHttp *http);
/* "sparql+http://host:port/path?gsp=/x" without the password. */
const char  *dg_store_http_get_spec (DgStoreHttp *http);

/* A cheap ASK {} against the query endpoint: the server answers. */
gboolean dg_store_http_ping (DgStoreHttp *http, GError **error);
/* PUT @statements (librdf_statement*, not consumed) as the graph. */
gboolean dg_store_http_put_graph (DgStoreHttp *http, DgRdf *rdf, const char *graph_iri,
                                  GPtrArray *statements, GError **error);
/* DELETE the graph; TRUE also when the server says it is absent (404). */
gboolean dg_store_http_delete_graph (DgStoreHttp *http, const char *graph_iri,
                                     GError **error);

/* Runs @sparql with "Accept: @accept" and returns the body as the server
 * sent it; *@content_type (optional) gets its media type. */
char *dg_store_http_query (DgStoreHttp *http, const char *sparql, const char *accept,
                           char **content_type, GError **error);
/* Runs a SELECT or ASK and parses the server's SPARQL JSON results:
 * *@names the variables (char*), *@rows one GPtrArray of librdf_node*
 * (NULL = unbound) per row; for ASK *@boolean is 0/1 and the arrays are
 * empty, else -1.  A graph result (CONSTRUCT) is returned in *@graph_text
 * as Turtle with the arrays empty. */
gboolean dg_store_http_select (DgStoreHttp *http, DgRdf *rdf, const char *sparql,
                               GPtrArray **names, GPtrArray **rows, int *boolean,
                               char **graph_text, GError **error);

/* The remote side of a store opened on a sparql+http spec, else NULL
 * (defined in dg-store.c). */
DgStoreHttp *dg_store_get_http (DgStore *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgStoreHttp, dg_store_http_free)

G_END_DECLS
