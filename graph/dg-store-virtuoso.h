/* dg-store-virtuoso.h - Virtuoso through Redland's virtuoso storage (ODBC)
 *
 * Spec: virtuoso://[USER[:PASS]@]HOST[:PORT][?dsn=NAME][&driver=PATH]
 * HOST:PORT is Virtuoso's SQL (ISQL/ODBC) port, 1111 by default; USER
 * defaults to dba, PASS to $VIRTUOSO_PASSWORD, else "dba" (Virtuoso's
 * out-of-the-box password).  ODBC needs a data source naming the driver:
 * dsn=NAME uses one of the system's or the user's odbc.ini; without it
 * dipgraph writes a one-entry odbc.ini ("dipgraph-virtuoso") naming
 * Virtuoso's driver (driver=PATH, else virtodbc_r.so found under
 * /usr/lib, /usr/local/lib) into its runtime directory and points $ODBCINI
 * at it.  The host in the spec overrides the DSN's address.
 *
 * Queries run on the server in its own SPARQL through the storage's
 * "vsparql" query language (registered here: the storage module exports
 * the factory but never registers it).
 */
#pragma once

#include <glib.h>
#include <redland.h>
#include "dg-rdf.h"

G_BEGIN_DECLS

/* TRUE when @spec starts with "virtuoso:". */
gboolean dg_store_virtuoso_is_spec (const char *spec);

/* Parses @spec (DG_GRAPH_ERROR_STORE_SPEC), sets up ODBC and creates the
 * storage; *@normalized gets the spec without the password.  Does not
 * connect yet (the storage connects on first use). */
librdf_storage *dg_store_virtuoso_new_storage (DgRdf *rdf, const char *spec,
                                               char **normalized, GError **error);

/* Runs @sparql (prefixes already declared) on the server; NULL with
 * DG_GRAPH_ERROR_QUERY_EXEC and the server's message on failure.  The
 * caller frees the results, then *@query.  An ASK
 * runs as a SELECT with LIMIT 1 (the storage cannot run ASK): then
 * *@ask is 1 when it has a row, 0 when not, else -1. */
librdf_query_results *dg_store_virtuoso_query (DgRdf *rdf, librdf_model *model,
                                               const char *sparql, librdf_query **query,
                                               int *ask, GError **error);

/* Empties the named graph on the server (CLEAR GRAPH through vsparql, in
 * the storage's transaction when one is open: the storage's own context
 * removal, "sparql clear graph iri(??)", succeeds without removing
 * anything on Virtuoso 7.2). */
gboolean dg_store_virtuoso_clear_graph (DgRdf *rdf, librdf_model *model,
                                        const char *graph_iri, GError **error);

/* Quads in all graphs of the server (its system graphs too), or -1 with
 * @error set. */
gint64 dg_store_virtuoso_count (DgRdf *rdf, librdf_model *model, GError **error);

G_END_DECLS
