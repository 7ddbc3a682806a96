/* dg-query.h - SPARQL over the store through rasqal
 *
 * Queries may use the prefixes of dg_rdf_prefixes() without declaring them;
 * declarations are added for the ones the query does not declare (on the
 * query's first line, so rasqal's line numbers stay right).
 */
#pragma once

#include <stdio.h>
#include <glib.h>
#include "dg-rdf.h"
#include "dg-store.h"

G_BEGIN_DECLS

/* table, json, csv, tsv, xml (W3C results formats); for CONSTRUCT/DESCRIBE
 * results: turtle, ntriples, rdfxml (table/json fall back to turtle). */
gboolean dg_query_is_format (const char *format);

/* Runs @sparql on @store and writes the results to @out in @format.
 * Errors: DG_GRAPH_ERROR_QUERY_SYNTAX with rasqal's message,
 * DG_GRAPH_ERROR_QUERY_EXEC, DG_GRAPH_ERROR_FORMAT. */
gboolean dg_query_run (DgStore *store, const char *sparql, const char *format,
                       FILE *out, GError **error);

/* Same, into a newly allocated string (for tests and the server). */
char *dg_query_run_to_string (DgStore *store, const char *sparql,
                              const char *format, GError **error);

/* @sparql with the missing PREFIX declarations added (newly allocated). */
char *dg_query_add_prefixes (const char *sparql);

/* What a query is, read by rasqal without running it. */
typedef struct {
  rasqal_query_verb verb;   /* RASQAL_QUERY_VERB_SELECT, _ASK, _CONSTRUCT ... */
  int limit;                /* its LIMIT, or -1 */
  gboolean has_from;        /* it has FROM or FROM NAMED */
} DgQueryShape;

/* FALSE on a syntax error (dg_query_run then gives rasqal's message). */
gboolean dg_query_inspect (DgRdf *rdf, const char *sparql, DgQueryShape *shape);

/* @sparql with at most @max_rows results: a SELECT or CONSTRUCT without a
 * LIMIT gets "LIMIT max_rows" (and *capped = TRUE); one with a larger LIMIT
 * is refused (DG_GRAPH_ERROR_QUERY_SYNTAX, a message naming both); other
 * queries are returned as they are.  Newly allocated, or NULL on error. */
char *dg_query_cap_rows (DgRdf *rdf, const char *sparql, guint max_rows,
                         gboolean *capped, GError **error);

/* A result term from a server's storage as dipgraph wrote it: Virtuoso's
 * <nodeID://ID> as a blank node, its full date for an xsd:gYearMonth or
 * xsd:gYear cut back to the type's form, and a stray byte after an XSD
 * datatype name dropped.  Takes @node; returns it or its replacement. */
librdf_node *dg_query_server_node (librdf_world *world, librdf_node *node);

G_END_DECLS
