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

G_END_DECLS
