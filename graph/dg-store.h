/* dg-store.h - where the graph lives: one interface over Redland storages
 *
 * Store specs (--store / DIPGRAPH_STORE):
 *   PATH or lmdb:DIR      embedded default: dipgraph's LMDB quad store
 *                         (dg-lmdb.h), a directory; a bare PATH naming an
 *                         existing SQLite file opens it as sqlite:PATH
 *   sqlite:PATH           Redland's sqlite storage, one file
 *   bdb:DIR               Redland's hashes storage on Berkeley DB (contexts on)
 *   memory:               in-memory hashes storage (tests, extract-only runs)
 *   postgresql://USER[:PASS]@HOST[:PORT]/DB or postgresql:host=..,database=..
 *                         Redland's postgresql storage (graph replacement atomic)
 *   virtuoso://[USER[:PASS]@]HOST[:PORT][?dsn=NAME][&driver=PATH]
 *                         Redland's virtuoso storage over ODBC
 *                         (dg-store-virtuoso.h); queries run on the server
 *   sparql+http://HOST:PORT/PATH[?gsp=GSP]  a SPARQL 1.1 server
 *                         (dg-store-http.h); no librdf model there:
 *                         dg_store_get_model() returns NULL
 * The default spec is "dipgraph.store" in the current directory.
 */
#pragma once

#include <glib.h>
#include <redland.h>
#include "dg-rdf.h"

G_BEGIN_DECLS

#define DG_STORE_DEFAULT_SPEC "dipgraph.store"

typedef struct DgStore DgStore;

typedef enum {
  DG_STORE_READ = 0,
  DG_STORE_WRITE = 1,  /* create when missing */
  DG_STORE_MODEL = 2   /* or'd in: the caller needs dg_store_get_model();
                        * a sparql+http store is refused (STORE_OPEN) */
} DgStoreMode;

/* @spec NULL: $DIPGRAPH_STORE, else DG_STORE_DEFAULT_SPEC.  A read-only open
 * of a store that does not exist is an error (DG_GRAPH_ERROR_STORE_OPEN),
 * never silently creates one. */
DgStore *dg_store_open (DgRdf *rdf, const char *spec, DgStoreMode mode, GError **error);
void     dg_store_free (DgStore *store);

librdf_model *dg_store_get_model (DgStore *store);
const char   *dg_store_get_spec (DgStore *store);   /* normalized: "sqlite:/abs/path" */
/* The context the store was opened in (borrowed). */
DgRdf        *dg_store_get_rdf (DgStore *store);

/* Atomically replaces the named graph @graph_iri with @statements
 * (librdf_statement*, not consumed).  On failure the old graph is intact. */
gboolean dg_store_replace_graph (DgStore *store, const char *graph_iri,
                                 GPtrArray *statements, GError **error);
/* Removes the named graph; TRUE also when it was absent. */
gboolean dg_store_remove_graph (DgStore *store, const char *graph_iri, GError **error);

/* Batches (lmdb only; a no-op returning TRUE elsewhere): between begin
 * and commit, every dg_store_replace_graph() is a nested transaction
 * (atomic on its own; a failed one leaves the batch usable) and the batch
 * is written to disk once, at commit.  A crash loses the open batch and
 * leaves each document's old graph.  dg_store_free() aborts an open batch. */
gboolean dg_store_begin_batch (DgStore *store, GError **error);
gboolean dg_store_commit_batch (DgStore *store, GError **error);
void     dg_store_abort_batch (DgStore *store);
gboolean dg_store_has_batches (DgStore *store);
/* "vsparql" when queries must go to the server through librdf
 * (virtuoso:), else "sparql" (rasqal over the model). */
const char *dg_store_query_language (DgStore *store);
/* The file or directory of an embedded store (NULL for memory:). */
const char *dg_store_get_path (DgStore *store);

/* Number of quads (statements in all graphs). */
gint64   dg_store_size (DgStore *store);
/* IRIs of the named graphs, sorted (char*). */
GPtrArray *dg_store_list_graphs (DgStore *store, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgStore, dg_store_free)

G_END_DECLS
