/* dg-lmdb.c - the "dipgraph-lmdb" librdf storage: quads in LMDB
 *
 * On-disk format, version 1 (DG_LMDB_FORMAT_VERSION).  One LMDB
 * environment (a directory) with these named databases:
 *   meta   "format" -> "1" (ASCII), "count" -> quads, "next_id" -> the next
 *          term id (both 8-byte little-endian)
 *   i2t    term id (8 bytes, big-endian) -> term bytes
 *   t2i    term bytes (or, above 400 bytes, 'H' + SHA-256 of them) -> id
 *   spog posg ospg gspo gpos gosp
 *          32-byte keys: four big-endian ids in the order of the name,
 *          empty values.  A triple outside any named graph has G = 0.
 * Term bytes: 'U' IRI | 'B' blank id | 'L' text | '@' lang NUL text |
 * '^' datatype-IRI NUL text.  Ids start at 1 and are never reused (terms
 * are never removed from the dictionary).
 *
 * Six orders are the fewest that make every pattern a prefix of one of
 * them (a chain cover of the subsets of {S,P,O,G} needs C(4,2) = 6 chains;
 * four orders leave e.g. {P,G} without a prefix).  Bound positions ->
 * index used (prefix length = number of bound positions):
 *   -       spog      S   spog     P   posg     O   ospg     G   gspo
 *   SP      spog      PO  posg     SO  ospg     GS  gspo     GP  gpos
 *   GO      gosp      SPO spog     GSP gspo     GPO gpos     GSO gosp
 *   SPOG    spog (exact key)
 * choose_order() computes this table and tests/test-lmdb.c runs all 16.
 *
 * Writes: librdf transactions map to LMDB write transactions; a nested
 * transaction_start opens a nested LMDB transaction (dg-store uses that to
 * make each document atomic inside a batch).  Added quads are buffered and
 * written index by index in sorted order when the transaction commits (or
 * before anything reads in it).  Outside a transaction every change is its
 * own transaction.  Reads share one read transaction while any stream is
 * open (MDB_NOTLS: rasqal keeps several streams open at once) and take a
 * new snapshot when none is.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include <lmdb.h>

#include "dg-lmdb.h"
#include "dg-rdf.h"

#define N_ORDERS 6
#define KEY_LEN 32
#define MAX_DIRECT_KEY 400       /* longer term keys are hashed */
#define PENDING_FLUSH 200000     /* buffered quads before an early flush */
#define TERM_CACHE_MAX 400000
#define NODE_CACHE_MAX 400000

static const char *const order_names[N_ORDERS] = {
  "spog", "posg", "ospg", "gspo", "gpos", "gosp"
};
/* order_pos[o][k]: the SPOG position stored at key slot k of order o. */
static const int order_pos[N_ORDERS][4] = {
  { 0, 1, 2, 3 }, { 1, 2, 0, 3 }, { 2, 0, 1, 3 },
  { 3, 0, 1, 2 }, { 3, 1, 2, 0 }, { 3, 2, 0, 1 }
};

typedef struct {
  guint64 q[4];                  /* S P O G ids */
} Quad;

/* A snapshot shared by the streams that are open at the same time. */
typedef struct {
  MDB_txn *txn;
  int refs;
} ReadTxn;

typedef struct {
  MDB_txn *txn;
  guint64 next_id;               /* values when this level began */
  gint64 count;
} Level;

typedef struct {
  librdf_world *world;
  raptor_world *raptor;
  char *dir;
  gboolean read_only;
  gboolean is_new;
  gboolean no_sync;
  size_t map_size;
  MDB_env *env;
  MDB_dbi meta, i2t, t2i, idx[N_ORDERS];
  /* writing */
  GArray *levels;                /* Level; top = current write txn */
  gboolean explicit_txn;         /* levels were opened by transaction_start */
  GArray *pending;               /* Quad, not yet in the indexes */
  guint64 next_id;
  gint64 count;
  /* reading */
  ReadTxn *current;
  MDB_txn *spare;                /* a reset read txn kept for renew */
  /* caches: term key -> id, id -> librdf_node */
  GHashTable *term_ids;
  GHashTable *id_nodes;
  GByteArray *scratch;
} Lmdb;

static int order_for_mask[16];

static void
choose_orders (void)
{
  for (int mask = 0; mask < 16; mask++)
    {
      int bound = __builtin_popcount (mask);
      order_for_mask[mask] = -1;
      for (int o = 0; o < N_ORDERS && order_for_mask[mask] < 0; o++)
        {
          int k = 0;
          while (k < 4 && (mask & (1 << order_pos[o][k])))
            k++;
          if (k == bound)
            order_for_mask[mask] = o;
        }
      g_assert (order_for_mask[mask] >= 0);
    }
}

static void
lmdb_log (Lmdb *db, const char *what, int rc)
{
  librdf_log (db->world, 0, LIBRDF_LOG_ERROR, LIBRDF_FROM_STORAGE, NULL,
              "%s: %s%s%s", db->dir, what, rc ? ": " : "",
              rc ? mdb_strerror (rc) : "");
}

/* ------------------------------------------------------------------ */
/* Keys */

static inline void
put_be64 (guint8 *p, guint64 v)
{
  v = GUINT64_TO_BE (v);
  memcpy (p, &v, 8);
}

static inline guint64
get_be64 (const guint8 *p)
{
  guint64 v;
  memcpy (&v, p, 8);
  return GUINT64_FROM_BE (v);
}

static inline void
quad_key (const Quad *qd, int order, guint8 key[KEY_LEN])
{
  for (int k = 0; k < 4; k++)
    put_be64 (key + 8 * k, qd->q[order_pos[order][k]]);
}

static inline void
key_quad (const guint8 *key, int order, Quad *qd)
{
  for (int k = 0; k < 4; k++)
    qd->q[order_pos[order][k]] = get_be64 (key + 8 * k);
}

/* Appends the term bytes of @node to @buf; FALSE for an unknown type. */
static gboolean
term_bytes (librdf_node *node, GByteArray *buf)
{
  raptor_term *t = (raptor_term *) node;
  size_t len;
  const unsigned char *s;

  g_byte_array_set_size (buf, 0);
  switch (t->type)
    {
    case RAPTOR_TERM_TYPE_URI:
      s = raptor_uri_as_counted_string (t->value.uri, &len);
      g_byte_array_append (buf, (const guint8 *) "U", 1);
      g_byte_array_append (buf, s, (guint) len);
      return TRUE;
    case RAPTOR_TERM_TYPE_BLANK:
      g_byte_array_append (buf, (const guint8 *) "B", 1);
      g_byte_array_append (buf, t->value.blank.string, t->value.blank.string_len);
      return TRUE;
    case RAPTOR_TERM_TYPE_LITERAL:
      if (t->value.literal.language && t->value.literal.language_len)
        {
          g_byte_array_append (buf, (const guint8 *) "@", 1);
          g_byte_array_append (buf, t->value.literal.language,
                               t->value.literal.language_len);
          g_byte_array_append (buf, (const guint8 *) "", 1);
        }
      else if (t->value.literal.datatype)
        {
          s = raptor_uri_as_counted_string (t->value.literal.datatype, &len);
          g_byte_array_append (buf, (const guint8 *) "^", 1);
          g_byte_array_append (buf, s, (guint) len);
          g_byte_array_append (buf, (const guint8 *) "", 1);
        }
      else
        g_byte_array_append (buf, (const guint8 *) "L", 1);
      g_byte_array_append (buf, t->value.literal.string, t->value.literal.string_len);
      return TRUE;
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      return FALSE;
    }
}

static librdf_node *
term_from_bytes (Lmdb *db, const guint8 *b, size_t len)
{
  const guint8 *nul;
  raptor_uri *dt;
  raptor_term *t;

  if (len < 1)
    return NULL;
  switch (b[0])
    {
    case 'U':
      return (librdf_node *) raptor_new_term_from_counted_uri_string (db->raptor, b + 1, len - 1);
    case 'B':
      return (librdf_node *) raptor_new_term_from_counted_blank (db->raptor, b + 1, len - 1);
    case 'L':
      return (librdf_node *) raptor_new_term_from_counted_literal (db->raptor, b + 1, len - 1,
                                                                   NULL, NULL, 0);
    case '@':
      nul = memchr (b + 1, 0, len - 1);
      if (!nul)
        return NULL;
      return (librdf_node *) raptor_new_term_from_counted_literal
               (db->raptor, nul + 1, len - (size_t) (nul + 1 - b), NULL, b + 1,
                (unsigned char) (nul - b - 1));
    case '^':
      nul = memchr (b + 1, 0, len - 1);
      if (!nul)
        return NULL;
      dt = raptor_new_uri_from_counted_string (db->raptor, b + 1, (size_t) (nul - b - 1));
      t = raptor_new_term_from_counted_literal (db->raptor, nul + 1,
                                                len - (size_t) (nul + 1 - b), dt, NULL, 0);
      raptor_free_uri (dt);
      return (librdf_node *) t;
    default:
      return NULL;
    }
}

/* The t2i key of term bytes (in place in @key). */
static void
dict_key (const GByteArray *term, GByteArray *key)
{
  g_byte_array_set_size (key, 0);
  if (term->len <= MAX_DIRECT_KEY)
    g_byte_array_append (key, term->data, term->len);
  else
    {
      guint8 digest[32];
      gsize dlen = sizeof digest;
      g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
      g_checksum_update (sum, term->data, term->len);
      g_checksum_get_digest (sum, digest, &dlen);
      g_byte_array_append (key, (const guint8 *) "H", 1);
      g_byte_array_append (key, digest, (guint) dlen);
    }
}

/* Cache keys: 4-byte length + bytes. */
static guint
bytes_hash (gconstpointer p)
{
  guint32 len;
  const guint8 *b = p;
  guint32 h = 2166136261u;

  memcpy (&len, b, 4);
  for (guint32 i = 0; i < len; i++)
    h = (h ^ b[4 + i]) * 16777619u;
  return h;
}

static gboolean
bytes_equal (gconstpointer a, gconstpointer b)
{
  guint32 la, lb;
  memcpy (&la, a, 4);
  memcpy (&lb, b, 4);
  return la == lb && memcmp ((const guint8 *) a + 4, (const guint8 *) b + 4, la) == 0;
}

static guint
id_hash (gconstpointer p)
{
  guint64 v = *(const guint64 *) p;
  return (guint) (v ^ (v >> 32)) * 2654435761u;
}

static gboolean
id_equal (gconstpointer a, gconstpointer b)
{
  return *(const guint64 *) a == *(const guint64 *) b;
}

static void
clear_caches (Lmdb *db)
{
  g_hash_table_remove_all (db->term_ids);
  g_hash_table_remove_all (db->id_nodes);
}

/* ------------------------------------------------------------------ */
/* Dictionary */

static MDB_txn *
write_txn (Lmdb *db)
{
  return db->levels->len ? g_array_index (db->levels, Level, db->levels->len - 1).txn : NULL;
}

/* The id of @node, 0 when unknown; with @create (in a write txn) a new
 * id is assigned.  -1 (as G_MAXUINT64) on error. */
static guint64
node_id (Lmdb *db, MDB_txn *txn, librdf_node *node, gboolean create)
{
  GByteArray *s = db->scratch;
  g_autoptr (GByteArray) term = g_byte_array_sized_new (64);
  g_autoptr (GByteArray) key = NULL;
  guint64 *cached;
  MDB_val k, v;
  guint64 id;
  guint8 idb[8];
  int rc;

  if (!term_bytes (node, term))
    return G_MAXUINT64;
  /* cache probe: length-prefixed term bytes in the scratch buffer */
  g_byte_array_set_size (s, 4 + term->len);
  memcpy (s->data, &term->len, 4);
  memcpy (s->data + 4, term->data, term->len);
  cached = g_hash_table_lookup (db->term_ids, s->data);
  if (cached)
    return *cached;

  key = g_byte_array_sized_new (term->len);
  dict_key (term, key);
  k.mv_size = key->len;
  k.mv_data = key->data;
  rc = mdb_get (txn, db->t2i, &k, &v);
  if (rc == 0 && v.mv_size == 8)
    id = get_be64 (v.mv_data);
  else if (rc == MDB_NOTFOUND)
    {
      if (!create)
        return 0;
      id = db->next_id++;
      put_be64 (idb, id);
      v.mv_size = 8;
      v.mv_data = idb;
      rc = mdb_put (txn, db->t2i, &k, &v, 0);
      if (rc == 0)
        {
          MDB_val ik = { 8, idb }, iv = { term->len, term->data };
          rc = mdb_put (txn, db->i2t, &ik, &iv, MDB_APPEND);
          if (rc == MDB_KEYEXIST)   /* ids out of order: cannot happen, but */
            rc = mdb_put (txn, db->i2t, &ik, &iv, 0);
        }
      if (rc)
        {
          lmdb_log (db, "cannot add a term", rc);
          return G_MAXUINT64;
        }
    }
  else
    {
      lmdb_log (db, "cannot read the dictionary", rc);
      return G_MAXUINT64;
    }
  if (g_hash_table_size (db->term_ids) >= TERM_CACHE_MAX)
    g_hash_table_remove_all (db->term_ids);
  {
    guint64 *val = g_new (guint64, 1);
    *val = id;
    g_hash_table_insert (db->term_ids, g_memdup2 (s->data, s->len), val);
  }
  return id;
}

/* A new reference to the node of @id, or NULL. */
static librdf_node *
id_node (Lmdb *db, MDB_txn *txn, guint64 id)
{
  librdf_node *node = g_hash_table_lookup (db->id_nodes, &id);
  guint8 idb[8];
  MDB_val k = { 8, idb }, v;

  if (node)
    return librdf_new_node_from_node (node);
  put_be64 (idb, id);
  if (mdb_get (txn, db->i2t, &k, &v) != 0)
    return NULL;
  node = term_from_bytes (db, v.mv_data, v.mv_size);
  if (!node)
    return NULL;
  if (g_hash_table_size (db->id_nodes) >= NODE_CACHE_MAX)
    g_hash_table_remove_all (db->id_nodes);
  {
    guint64 *key = g_new (guint64, 1);
    *key = id;
    g_hash_table_insert (db->id_nodes, key, node);
  }
  return librdf_new_node_from_node (node);
}

/* ------------------------------------------------------------------ */
/* Meta */

static gboolean
meta_get_u64 (Lmdb *db, MDB_txn *txn, const char *name, guint64 *out)
{
  MDB_val k = { strlen (name), (void *) name }, v;
  guint64 le;

  if (mdb_get (txn, db->meta, &k, &v) != 0 || v.mv_size != 8)
    return FALSE;
  memcpy (&le, v.mv_data, 8);
  *out = GUINT64_FROM_LE (le);
  return TRUE;
}

static int
meta_put_u64 (Lmdb *db, MDB_txn *txn, const char *name, guint64 value)
{
  guint64 le = GUINT64_TO_LE (value);
  MDB_val k = { strlen (name), (void *) name }, v = { 8, &le };
  return mdb_put (txn, db->meta, &k, &v, 0);
}

/* ------------------------------------------------------------------ */
/* Transactions */

static int
memcmp_key (const void *a, const void *b)
{
  return memcmp (a, b, KEY_LEN);
}

static void release_read (Lmdb *db, ReadTxn *rt);

/* Writes the buffered quads: primary index first (duplicates are refused
 * there), then the new ones into the other orders, each in key order. */
static int
flush_pending (Lmdb *db)
{
  MDB_txn *txn = write_txn (db);
  GArray *pend = db->pending;
  g_autofree guint8 *keys = NULL;
  guint n = 0;
  int rc = 0;

  if (!pend->len)
    return 0;
  keys = g_malloc ((gsize) pend->len * KEY_LEN);
  for (guint i = 0; i < pend->len; i++)
    quad_key (&g_array_index (pend, Quad, i), 0, keys + (gsize) i * KEY_LEN);
  qsort (keys, pend->len, KEY_LEN, memcmp_key);
  {
    MDB_cursor *cur = NULL;
    MDB_val empty = { 0, NULL };
    rc = mdb_cursor_open (txn, db->idx[0], &cur);
    for (guint i = 0; rc == 0 && i < pend->len; i++)
      {
        guint8 *key = keys + (gsize) i * KEY_LEN;
        MDB_val k = { KEY_LEN, key };
        if (i > 0 && memcmp (key, keys + (gsize) (i - 1) * KEY_LEN, KEY_LEN) == 0)
          continue;
        rc = mdb_cursor_put (cur, &k, &empty, MDB_NOOVERWRITE);
        if (rc == MDB_KEYEXIST)
          {
            rc = 0;
            continue;
          }
        if (rc == 0)
          memmove (keys + (gsize) n++ * KEY_LEN, key, KEY_LEN);
      }
    if (cur)
      mdb_cursor_close (cur);
  }
  /* keys[0..n) are the new quads in SPOG order */
  for (int o = 1; rc == 0 && o < N_ORDERS; o++)
    {
      g_autofree guint8 *ok = g_malloc ((gsize) MAX (n, 1) * KEY_LEN);
      MDB_cursor *cur = NULL;
      MDB_val empty = { 0, NULL };
      for (guint i = 0; i < n; i++)
        {
          Quad qd;
          key_quad (keys + (gsize) i * KEY_LEN, 0, &qd);
          quad_key (&qd, o, ok + (gsize) i * KEY_LEN);
        }
      qsort (ok, n, KEY_LEN, memcmp_key);
      rc = mdb_cursor_open (txn, db->idx[o], &cur);
      for (guint i = 0; rc == 0 && i < n; i++)
        {
          MDB_val k = { KEY_LEN, ok + (gsize) i * KEY_LEN };
          rc = mdb_cursor_put (cur, &k, &empty, 0);
        }
      if (cur)
      if (cur)
        mdb_cursor_close (cur);
    }
  g_array_set_size (pend, 0);
  if (rc)
    {
      lmdb_log (db, "cannot write the indexes", rc);
      return rc;
    }
  db->count += n;
  return 0;
}
