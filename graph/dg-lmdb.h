/* dg-lmdb.h - dipgraph's embedded quad store: a librdf storage on LMDB
 *
 * Registered with librdf as the storage factory "dipgraph-lmdb", so that
 * librdf_new_storage (world, "dipgraph-lmdb", DIR, OPTIONS) gives a storage
 * every librdf/rasqal caller can use.  DIR is an LMDB environment
 * (data.mdb, lock.mdb) holding a term dictionary and six quad indexes, so
 * that every triple pattern, with or without a context, is a range scan.
 * On-disk format: see the top of dg-lmdb.c and README.md.
 *
 * Options (librdf hash syntax "name='value',..."):
 *   new='yes'          create DIR (and the environment) when missing
 *   read-only='yes'    open the environment read-only (MDB_RDONLY)
 *   map-size='BYTES'   virtual size of the map (default 1 TiB on 64-bit)
 *   sync='no'          do not fsync at commit (a crashed OS may lose the
 *                      last commits; a killed process never does)
 */
#pragma once

#include <glib.h>
#include <redland.h>

G_BEGIN_DECLS

#define DG_LMDB_FACTORY "dipgraph-lmdb"
/* The on-disk format this code reads and writes (key "format" in the
 * environment's "meta" database). */
#define DG_LMDB_FORMAT_VERSION 1

/* Registers the factory with @world (once; later calls do nothing). */
void dg_lmdb_register (librdf_world *world);

/* TRUE when @dir holds an LMDB environment (a data.mdb file). */
gboolean dg_lmdb_exists (const char *dir);

/* Bulk writing without librdf nodes.  Terms are given in the store's term
 * encoding (see dg-lmdb.c): 'U' IRI | 'B' blank node id | 'L' text |
 * '@' language NUL text | '^' datatype-IRI NUL text.  @storage must be a
 * DG_LMDB_FACTORY storage.  Inside a librdf transaction of the storage
 * (librdf_model_transaction_start) the quads join it, else each call is a
 * transaction of its own. */

/* Adds one quad; @len[3] == 0 puts it in the default graph.  Duplicates
 * are ignored. */
gboolean dg_lmdb_add_quad (librdf_storage *storage, const guint8 *const term[4],
                           const gsize len[4], GError **error);

/* Replaces the graph named @graph by the triples in @triples: @size bytes
 * of (4-byte host-order length, term bytes) x 3 per triple, as
 * dg_lmdb_append_term() writes them.  Malformed input is refused before
 * anything is written.  Outside a transaction it is one transaction: on
 * failure the old graph is intact.  Inside one it writes into it directly
 * (no nested transaction: LMDB merges a child's dirty pages into the
 * parent's list on commit, ~7 ms per re-extracted document in a batch);
 * a failure then rolls the whole enclosing transaction back, so each
 * graph in it keeps its old version (the caller's batch is gone). */
gboolean dg_lmdb_replace_graph (librdf_storage *storage, const guint8 *graph,
                                gsize graph_len, const guint8 *triples, gsize size,
                                GError **error);

/* Bulk loading: while @bulk is TRUE, commits do not wait for the disk.
 * Into an empty store nothing is flushed until dg_lmdb_set_bulk (FALSE)
 * (MDB_NOSYNC); into one that holds quads, the data pages of each commit
 * are flushed but not its meta page (MDB_NOMETASYNC).  A killed process
 * loses nothing committed either way (the pages are in the OS's cache);
 * an OS crash or power loss before the final sync can lose the last
 * commit of a non-empty store, and can leave a store that was empty
 * before the load unreadable (load it again).  Setting it back to FALSE
 * syncs everything to disk (an error if that fails). */
gboolean dg_lmdb_set_bulk (librdf_storage *storage, gboolean bulk, GError **error);

/* Appends one length-prefixed term to @out: @kind 'U' 'B' 'L' (@extra
 * NULL), '@' (@extra = the language) or '^' (@extra = the datatype IRI). */
void dg_lmdb_append_term (GByteArray *out, char kind, const char *extra,
                          gsize extra_len, const char *text, gsize text_len);

/* librdf hands rasqal every named graph of the store before each query
 * (librdf_model_get_contexts: O(graphs), 30 ms on 7,000 graphs); only a
 * query with GRAPH patterns needs them.  While @hide is TRUE the storage
 * lists no contexts; everything else is unchanged.  Returns the previous
 * setting.  dg_query_run_to_string() hides them for each query on lmdb
 * whose text has no GRAPH. */
gboolean dg_lmdb_set_hide_graphs (librdf_storage *storage, gboolean hide);

typedef struct {
  gint64 quads;          /* the count key */
  gint64 index_rows[6];  /* entries in SPOG POSG OSPG GSPO GPOS GOSP */
  gint64 terms;          /* dictionary entries (id -> term) */
  gint64 graphs;         /* distinct contexts */
  guint  problems;       /* mismatches found (0 = consistent) */
  char  *first_problem;  /* description of the first, or NULL */
} DgLmdbCheck;

/* Verifies the store in @dir read-only: each index has as many entries as
 * the count key, every SPOG entry is present in the five other indexes,
 * and every id it uses is in the dictionary.  Returns FALSE only when the
 * store cannot be read; inconsistencies are reported in @report. */
gboolean dg_lmdb_check (const char *dir, DgLmdbCheck *report, GError **error);
void     dg_lmdb_check_clear (DgLmdbCheck *report);

G_END_DECLS
