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
