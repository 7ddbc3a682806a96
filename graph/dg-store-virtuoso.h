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
 * storage; *@normalized gets the spec without the password, *@conn_str
 * the ODBC connection string the storage uses (for
 * dg_virtuoso_writer_new()).  Does not connect yet (the storage connects
 * on first use). */
librdf_storage *dg_store_virtuoso_new_storage (DgRdf *rdf, const char *spec,
                                               char **normalized, char **conn_str,
                                               GError **error);

/* Runs @sparql (prefixes already declared) on the server; NULL with
 * DG_GRAPH_ERROR_QUERY_EXEC and the server's message on failure.  The
 * caller frees the results, then *@query.  An ASK
 * runs as a SELECT with LIMIT 1 (the storage cannot run ASK): then
 * *@ask is 1 when it has a row, 0 when not, else -1. */
librdf_query_results *dg_store_virtuoso_query (DgRdf *rdf, librdf_model *model,
                                               const char *sparql, librdf_query **query,
                                               int *ask, GError **error);

/* Empties the named graph on the server (CLEAR GRAPH through vsparql:
 * the storage's own context removal, "sparql clear graph iri(??)",
 * succeeds without removing anything on Virtuoso 7.2). */
gboolean dg_store_virtuoso_clear_graph (DgRdf *rdf, librdf_model *model,
                                        const char *graph_iri, GError **error);

/* dipgraph's own ODBC connection for writing (Redland's storage
 * "transaction" switches autocommit on, so its commit and rollback do
 * nothing): libodbc is opened with dlopen, the connection runs with
 * autocommit off, and a graph replacement is CLEAR GRAPH and SPARQL
 * INSERT DATA requests in one transaction. */
typedef struct DgVirtuosoWriter DgVirtuosoWriter;

/* Connects with @conn_str (from dg_store_virtuoso_new_storage()); @spec
 * names the store in messages.  NULL with DG_GRAPH_ERROR_STORE_OPEN. */
DgVirtuosoWriter *dg_virtuoso_writer_new (const char *spec, const char *conn_str,
                                          GError **error);
void dg_virtuoso_writer_free (DgVirtuosoWriter *writer);

/* TRUE when every term of @statements (librdf_statement*) can be written
 * into SPARQL text: no IRI with a character IRIREF forbids.
 * $DIPGRAPH_VIRTUOSO_BULK=0 makes it FALSE (the storage's own path, one
 * round trip per statement and not atomic: for measurements). */
gboolean dg_virtuoso_writer_can_write (GPtrArray *statements);

/* In one transaction: empties the named graph and, unless @statements is
 * NULL, adds them with INSERT DATA requests of at most
 * DG_VIRTUOSO_INSERT_CHUNK statements (Virtuoso's SPARQL parser runs out
 * of stack near 5,000 triples in one block).  Blank nodes keep their
 * identity only within one request and INSERT DATA refuses them:
 * statements with blank nodes go in a single INSERT { } WHERE { }.  On failure the transaction is rolled back and the old
 * graph stays (DG_GRAPH_ERROR_WRITE with the server's message). */
#define DG_VIRTUOSO_INSERT_CHUNK 1000
gboolean dg_virtuoso_writer_replace_graph (DgVirtuosoWriter *writer, const char *graph_iri,
                                           GPtrArray *statements, GError **error);

/* Quads in all graphs of the server (its system graphs too), or -1 with
 * @error set. */
gint64 dg_store_virtuoso_count (DgRdf *rdf, librdf_model *model, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgVirtuosoWriter, dg_virtuoso_writer_free)

G_END_DECLS
