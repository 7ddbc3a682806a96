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
#define _GNU_SOURCE 1   /* O_CLOEXEC, O_DIRECTORY under -std=c11 */

#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <stdlib.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
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
#define TERM_ARENA_MAX (64u << 20)  /* bytes of cached terms */

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

/* term bytes -> id: open addressing over an arena of the bytes (probed
 * with borrowed bytes, no copy); cleared when it holds TERM_CACHE_MAX. */
typedef struct {
  guint64 hash;                  /* 0 = empty slot */
  guint64 id;
  guint32 off, len;
} CacheSlot;

typedef struct {
  CacheSlot *slots;
  guint32 mask;                  /* slots - 1 (a power of two) */
  guint32 used;
  GByteArray *arena;
} TermCache;

/* The last term seen at each quad position (bulk adds: consecutive
 * statements share subject and graph). */
typedef struct {
  GByteArray *bytes;
  guint64 id;                    /* 0 = none */
} LastTerm;

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
  TermCache terms;
  LastTerm last[4];
  GHashTable *id_nodes;
  GByteArray *term_buf, *key_buf;
  char *last_error;              /* the last message logged */
  gboolean hide_graphs;          /* get_contexts lists none (queries) */
  unsigned int bulk;             /* MDB_NOSYNC / MDB_NOMETASYNC set by
                                    dg_lmdb_set_bulk(), or 0 */
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
  g_free (db->last_error);
  db->last_error = g_strdup_printf ("%s: %s%s%s", db->dir, what, rc ? ": " : "",
                                    rc ? mdb_strerror (rc) : "");
  librdf_log (db->world, 0, LIBRDF_LOG_ERROR, LIBRDF_FROM_STORAGE, NULL,
              "%s", db->last_error);
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
dict_key (const guint8 *term, gsize len, GByteArray *key)
{
  g_byte_array_set_size (key, 0);
  if (len <= MAX_DIRECT_KEY)
    g_byte_array_append (key, term, (guint) len);
  else
    {
      guint8 digest[32];
      gsize dlen = sizeof digest;
      g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
      g_checksum_update (sum, term, len);
      g_checksum_get_digest (sum, digest, &dlen);
      g_byte_array_append (key, (const guint8 *) "H", 1);
      g_byte_array_append (key, digest, (guint) dlen);
    }
}

static inline guint64
hash_bytes (const guint8 *p, gsize n)
{
  guint64 h = 0x9e3779b97f4a7c15ull ^ n, w;

  while (n >= 8)
    {
      memcpy (&w, p, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdull;
      h ^= h >> 29;
      p += 8;
      n -= 8;
    }
  w = 0;
  memcpy (&w, p, n);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 32;
  return h | 1;
}

static void
cache_clear (TermCache *c)
{
  g_clear_pointer (&c->slots, g_free);
  c->mask = 0;
  c->used = 0;
  if (c->arena)
    g_byte_array_set_size (c->arena, 0);
}

static CacheSlot *
cache_slot (TermCache *c, guint64 h, const guint8 *b, gsize len)
{
  guint32 i = (guint32) h & c->mask;

  for (;; i = (i + 1) & c->mask)
    {
      CacheSlot *sl = &c->slots[i];
      if (sl->hash == 0
          || (sl->hash == h && sl->len == len
              && memcmp (c->arena->data + sl->off, b, len) == 0))
        return sl;
    }
}

/* 0 when not cached */
static inline guint64
cache_get (TermCache *c, guint64 h, const guint8 *b, gsize len)
{
  return c->slots ? cache_slot (c, h, b, len)->id : 0;
}

static void
cache_put (TermCache *c, guint64 h, const guint8 *b, gsize len, guint64 id)
{
  CacheSlot *sl;

  if (len > G_MAXUINT32 / 4)
    return;
  if (c->used >= TERM_CACHE_MAX || (c->arena && c->arena->len > TERM_ARENA_MAX))
    cache_clear (c);
  if (!c->arena)
    c->arena = g_byte_array_new ();
  if (!c->slots || (c->used + 1) * 2 > c->mask + 1)
    {
      guint32 n = c->slots ? 2 * (c->mask + 1) : 1024;
      CacheSlot *old = c->slots;
      guint32 old_n = c->slots ? c->mask + 1 : 0;
      c->slots = g_new0 (CacheSlot, n);
      c->mask = n - 1;
      for (guint32 i = 0; i < old_n; i++)
        if (old[i].hash)
          {
            guint32 j = (guint32) old[i].hash & c->mask;
            while (c->slots[j].hash)
              j = (j + 1) & c->mask;
            c->slots[j] = old[i];
          }
      g_free (old);
    }
  sl = cache_slot (c, h, b, len);
  if (sl->hash)
    {
      sl->id = id;
      return;
    }
  sl->hash = h;
  sl->id = id;
  sl->off = c->arena->len;
  sl->len = (guint32) len;
  g_byte_array_append (c->arena, b, (guint) len);
  c->used++;
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
  cache_clear (&db->terms);
  for (int i = 0; i < 4; i++)
    db->last[i].id = 0;
  g_hash_table_remove_all (db->id_nodes);
}

/* ------------------------------------------------------------------ */
/* Dictionary */

static MDB_txn *
write_txn (Lmdb *db)
{
  return db->levels->len ? g_array_index (db->levels, Level, db->levels->len - 1).txn : NULL;
}

/* The id of the term @b (@len bytes, the encoding above), 0 when unknown;
 * with @create (in a write txn) a new id is assigned.  G_MAXUINT64 on
 * error. */
static guint64
term_id (Lmdb *db, MDB_txn *txn, const guint8 *b, gsize len, gboolean create)
{
  GByteArray *key = db->key_buf;
  guint64 h = hash_bytes (b, len);
  MDB_val k, v;
  guint64 id;
  guint8 idb[8];
  int rc;

  id = cache_get (&db->terms, h, b, len);
  if (id)
    return id;
  if (len <= MAX_DIRECT_KEY)
    {
      k.mv_size = len;
      k.mv_data = (void *) b;
    }
  else
    {
      dict_key (b, len, key);
      k.mv_size = key->len;
      k.mv_data = key->data;
    }
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
          MDB_val ik = { 8, idb }, iv = { len, (void *) b };
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
  cache_put (&db->terms, h, b, len, id);
  return id;
}

/* The id of @node, 0 when unknown; with @create (in a write txn) a new
 * id is assigned.  G_MAXUINT64 on error. */
static guint64
node_id (Lmdb *db, MDB_txn *txn, librdf_node *node, gboolean create)
{
  GByteArray *term = db->term_buf;

  if (!term_bytes (node, term))
    return G_MAXUINT64;
  return term_id (db, txn, term->data, term->len, create);
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


/* Sorts @n keys of order @o built from @quads.  Ids that fit in B <= 32
 * bits (the usual case) are packed into 4B-bit integers and radix-sorted
 * by 11-bit digits (all histograms in one pass); larger ids and small
 * batches (one document) go through qsort. */
typedef unsigned __int128 u128;

#define RADIX_BITS 11
#define RADIX (1u << RADIX_BITS)

static void
sorted_keys (const Quad *quads, guint n, int o, guint8 *out)
{
  guint64 all = 0;
  int b = 1, bits, passes;
  u128 mask;
  g_autofree u128 *a = NULL, *tmp = NULL;
  g_autofree guint32 *count = NULL;

  for (guint i = 0; i < n; i++)
    all |= quads[i].q[0] | quads[i].q[1] | quads[i].q[2] | quads[i].q[3];
  while (b < 64 && (all >> b))
    b++;
  if (b > 32 || n < 8192)
    {
      for (guint i = 0; i < n; i++)
        quad_key (&quads[i], o, out + (gsize) i * KEY_LEN);
      qsort (out, n, KEY_LEN, memcmp_key);
      return;
    }
  bits = 4 * b;
  passes = (bits + RADIX_BITS - 1) / RADIX_BITS;
  mask = ((u128) 1 << b) - 1;
  a = g_new (u128, n);
  tmp = g_new (u128, n);
  count = g_new0 (guint32, (gsize) passes * RADIX);
  for (guint i = 0; i < n; i++)
    {
      u128 v = 0;
      for (int k = 0; k < 4; k++)
        v = (v << b) | (u128) quads[i].q[order_pos[o][k]];
      a[i] = v;
      for (int pass = 0; pass < passes; pass++)
        count[pass * RADIX + ((guint) (v >> (RADIX_BITS * pass)) & (RADIX - 1))]++;
    }
  for (int pass = 0; pass < passes; pass++)
    {
      guint32 *c = count + pass * RADIX;
      int shift = RADIX_BITS * pass;
      guint32 sum = 0;
      gboolean trivial = FALSE;
      for (guint d = 0; d < RADIX; d++)
        {
          guint32 x = c[d];
          if (x == n)
            trivial = TRUE;
          c[d] = sum;
          sum += x;
        }
      if (trivial)
        continue;
      for (guint i = 0; i < n; i++)
        tmp[c[(guint) (a[i] >> shift) & (RADIX - 1)]++] = a[i];
      { u128 *t = a; a = tmp; tmp = t; }
    }
  for (guint i = 0; i < n; i++)
    {
      guint8 *key = out + (gsize) i * KEY_LEN;
      for (int k = 0; k < 4; k++)
        put_be64 (key + 8 * k, (guint64) ((a[i] >> (b * (3 - k))) & mask));
    }
}

/* The first of the @n sorted @keys that sorts after every key in the
 * database of @cur: from there on they can be appended (MDB_APPEND: no
 * search, and full pages instead of half-full ones after a split). */
static guint
append_from (MDB_cursor *cur, const guint8 *keys, guint n)
{
  MDB_val k, v;
  guint lo = 0, hi = n;
  int rc = mdb_cursor_get (cur, &k, &v, MDB_LAST);

  if (rc != 0)
    return 0;                   /* empty: all of them */
  if (k.mv_size != KEY_LEN)
    return n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (memcmp (keys + (gsize) mid * KEY_LEN, k.mv_data, KEY_LEN) > 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

/* Writes the buffered quads: primary index first (duplicates are refused
 * there), then the new ones into the other orders, each in key order. */
static int
flush_pending (Lmdb *db)
{
  MDB_txn *txn = write_txn (db);
  GArray *pend = db->pending;
  g_autofree guint8 *keys = NULL;
  g_autofree Quad *fresh = NULL;
  guint n = 0;
  int rc = 0;

  if (!pend->len)
    return 0;
  keys = g_malloc ((gsize) pend->len * KEY_LEN);
  sorted_keys ((const Quad *) pend->data, pend->len, 0, keys);
  {
    MDB_cursor *cur = NULL;
    MDB_val empty = { 0, NULL };
    guint from = 0;
    rc = mdb_cursor_open (txn, db->idx[0], &cur);
    if (rc == 0)
      from = append_from (cur, keys, pend->len);
    for (guint i = 0; rc == 0 && i < pend->len; i++)
      {
        guint8 *key = keys + (gsize) i * KEY_LEN;
        MDB_val k = { KEY_LEN, key };
        if (i > 0 && memcmp (key, keys + (gsize) (i - 1) * KEY_LEN, KEY_LEN) == 0)
          continue;
        rc = mdb_cursor_put (cur, &k, &empty,
                             i >= from ? MDB_NOOVERWRITE | MDB_APPEND : MDB_NOOVERWRITE);
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
  fresh = g_new (Quad, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    key_quad (keys + (gsize) i * KEY_LEN, 0, &fresh[i]);
  for (int o = 1; rc == 0 && o < N_ORDERS; o++)
    {
      g_autofree guint8 *ok = g_malloc ((gsize) MAX (n, 1) * KEY_LEN);
      MDB_cursor *cur = NULL;
      MDB_val empty = { 0, NULL };
      sorted_keys (fresh, n, o, ok);
      guint from = 0;
      rc = mdb_cursor_open (txn, db->idx[o], &cur);
      if (rc == 0)
        from = append_from (cur, ok, n);
      for (guint i = 0; rc == 0 && i < n; i++)
        {
          MDB_val k = { KEY_LEN, ok + (gsize) i * KEY_LEN };
          rc = mdb_cursor_put (cur, &k, &empty, i >= from ? MDB_APPEND : 0);
        }
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

static void
drop_read (Lmdb *db, ReadTxn *rt)
{
  if (!db->spare)
    {
      mdb_txn_reset (rt->txn);
      db->spare = rt->txn;
    }
  else
    mdb_txn_abort (rt->txn);
  g_free (rt);
}

/* The snapshot readers in this process use is stale after a commit. */
static void
forget_snapshot (Lmdb *db)
{
  ReadTxn *rt = db->current;

  if (!rt)
    return;
  db->current = NULL;
  if (--rt->refs == 0)
    drop_read (db, rt);
}

static int
txn_begin (Lmdb *db)
{
  Level lv = { 0 };
  MDB_txn *parent = write_txn (db);
  int rc;

  if (db->read_only)
    {
      lmdb_log (db, "store opened read-only", 0);
      return 1;
    }
  if (parent && flush_pending (db) != 0)
    return 1;
  rc = mdb_txn_begin (db->env, parent, 0, &lv.txn);
  if (rc)
    {
      lmdb_log (db, "cannot begin a write transaction", rc);
      return 1;
    }
  if (!parent)
    {
      guint64 v;
      db->next_id = meta_get_u64 (db, lv.txn, "next_id", &v) ? v : 1;
      db->count = meta_get_u64 (db, lv.txn, "count", &v) ? (gint64) v : 0;
    }
  lv.next_id = db->next_id;
  lv.count = db->count;
  g_array_append_val (db->levels, lv);
  return 0;
}

static void
txn_abort (Lmdb *db)
{
  Level *lv;

  if (!db->levels->len)
    return;
  lv = &g_array_index (db->levels, Level, db->levels->len - 1);
  g_array_set_size (db->pending, 0);
  mdb_txn_abort (lv->txn);
  db->next_id = lv->next_id;
  db->count = lv->count;
  g_array_set_size (db->levels, db->levels->len - 1);
  /* ids handed out in the aborted transaction may come back for other
   * terms: forget every cached mapping */
  clear_caches (db);
}

static int
txn_commit (Lmdb *db)
{
  Level *lv;
  int rc;

  if (!db->levels->len)
    return 1;
  if (flush_pending (db) != 0)
    {
      txn_abort (db);
      return 1;
    }
  lv = &g_array_index (db->levels, Level, db->levels->len - 1);
  rc = 0;
  if (db->levels->len == 1)
    {
      rc = meta_put_u64 (db, lv->txn, "next_id", db->next_id);
      if (rc == 0)
        rc = meta_put_u64 (db, lv->txn, "count", (guint64) db->count);
    }
  if (rc)
    {
      lmdb_log (db, "cannot update the counts", rc);
      txn_abort (db);
      return 1;
    }
  rc = mdb_txn_commit (lv->txn);
  g_array_set_size (db->levels, db->levels->len - 1);
  if (rc)
    {
      lmdb_log (db, "commit failed", rc);
      /* the child's changes are gone: restore the counters it started with */
      clear_caches (db);
      if (db->levels->len)
        txn_abort (db);         /* the parent cannot be trusted either */
      return 1;
    }
  if (!db->levels->len)
    forget_snapshot (db);
  return 0;
}

/* Implicit transaction around one change when none is open. */
static gboolean
auto_begin (Lmdb *db)
{
  if (db->levels->len)
    return FALSE;
  return txn_begin (db) == 0;
}

static int
auto_end (Lmdb *db, gboolean began, int rc)
{
  if (!began)
    return rc;
  if (rc)
    {
      txn_abort (db);
      return rc;
    }
  return txn_commit (db);
}

/* ------------------------------------------------------------------ */
/* Read snapshots */

static ReadTxn *
acquire_read (Lmdb *db)
{
  ReadTxn *rt;
  int rc;

  if (db->current)
    {
      db->current->refs++;
      return db->current;
    }
  rt = g_new0 (ReadTxn, 1);
  if (db->spare)
    {
      rt->txn = db->spare;
      db->spare = NULL;
      rc = mdb_txn_renew (rt->txn);
      if (rc)
        {
          mdb_txn_abort (rt->txn);
          rt->txn = NULL;
        }
    }
  if (!rt->txn)
    {
      rc = mdb_txn_begin (db->env, NULL, MDB_RDONLY, &rt->txn);
      if (rc)
        {
          lmdb_log (db, "cannot begin a read transaction", rc);
          g_free (rt);
          return NULL;
        }
    }
  rt->refs = 2;                  /* the caller's and "current"'s */
  db->current = rt;
  return rt;
}

static void
release_read (Lmdb *db, ReadTxn *rt)
{
  if (!rt)
    return;
  /* when only "current" still holds it, let the next reader see new data */
  if (--rt->refs == 1 && db->current == rt)
    {
      db->current = NULL;
      rt->refs = 0;
    }
  if (rt->refs == 0)
    drop_read (db, rt);
}

/* The transaction to read in: the write transaction (after writing the
 * buffer) or a shared snapshot (*rt set; release it). */
static MDB_txn *
read_txn (Lmdb *db, ReadTxn **rt)
{
  *rt = NULL;
  if (db->levels->len)
    {
      if (flush_pending (db) != 0)
        return NULL;
      return write_txn (db);
    }
  *rt = acquire_read (db);
  return *rt ? (*rt)->txn : NULL;
}

/* ------------------------------------------------------------------ */
/* Pattern scans */

typedef struct {
  Lmdb *db;
  librdf_storage *storage;
  ReadTxn *rt;
  MDB_cursor *cur;
  int order;
  guint8 prefix[KEY_LEN];
  size_t prefix_len;
  gboolean end;
  gboolean distinct_g;           /* contexts iterator: one row per G */
  int field;                     /* node iterators: 0..3 = S P O G; -1 statements */
  Quad qd;                       /* current */
  librdf_statement *st;          /* built on demand */
  librdf_node *ctx;
  librdf_node *node;
} Scan;

static void
scan_clear_current (Scan *sc)
{
  if (sc->st)
    librdf_free_statement (sc->st);
  if (sc->ctx)
    librdf_free_node (sc->ctx);
  if (sc->node)
    librdf_free_node (sc->node);
  sc->st = NULL;
  sc->ctx = NULL;
  sc->node = NULL;
}

static void
scan_load (Scan *sc, MDB_val *k, int rc)
{
  if (rc != 0 || k->mv_size != KEY_LEN
      || memcmp (k->mv_data, sc->prefix, sc->prefix_len) != 0)
    {
      sc->end = TRUE;
      return;
    }
  key_quad (k->mv_data, sc->order, &sc->qd);
}

static int
scan_next (void *p)
{
  Scan *sc = p;
  MDB_val k, v;
  int rc;

  if (sc->end)
    return 1;
  scan_clear_current (sc);
  if (sc->distinct_g)
    {
      /* skip to the first key of the next graph */
      guint8 next[KEY_LEN] = { 0 };
      guint64 g = sc->qd.q[3];
      if (g == G_MAXUINT64)
        {
          sc->end = TRUE;
          return 1;
        }
      put_be64 (next, g + 1);
      k.mv_size = KEY_LEN;
      k.mv_data = next;
      rc = mdb_cursor_get (sc->cur, &k, &v, MDB_SET_RANGE);
    }
  else
    rc = mdb_cursor_get (sc->cur, &k, &v, MDB_NEXT);
  scan_load (sc, &k, rc);
  return sc->end;
}

static int
scan_is_end (void *p)
{
  return ((Scan *) p)->end;
}

static librdf_node *
scan_context (Scan *sc)
{
  if (!sc->ctx && sc->qd.q[3])
    sc->ctx = id_node (sc->db, mdb_cursor_txn (sc->cur), sc->qd.q[3]);
  return sc->ctx;
}

static void *
scan_get (void *p, int flags)
{
  Scan *sc = p;
  MDB_txn *txn;

  if (sc->end)
    return NULL;
  txn = mdb_cursor_txn (sc->cur);
  if (flags == LIBRDF_ITERATOR_GET_METHOD_GET_CONTEXT)
    return scan_context (sc);
  if (flags != LIBRDF_ITERATOR_GET_METHOD_GET_OBJECT)
    return NULL;
  if (sc->field >= 0)
    {
      if (sc->field == 3)
        return scan_context (sc);
      if (!sc->node)
        sc->node = id_node (sc->db, txn, sc->qd.q[sc->field]);
      return sc->node;
    }
  if (!sc->st)
    {
      librdf_node *s = id_node (sc->db, txn, sc->qd.q[0]);
      librdf_node *pr = id_node (sc->db, txn, sc->qd.q[1]);
      librdf_node *o = id_node (sc->db, txn, sc->qd.q[2]);
      if (!s || !pr || !o)
        {
          if (s)
            librdf_free_node (s);
          if (pr)
            librdf_free_node (pr);
          if (o)
            librdf_free_node (o);
          return NULL;
        }
      sc->st = librdf_new_statement_from_nodes (sc->db->world, s, pr, o);
    }
  return sc->st;
}

static void
scan_finish (void *p)
{
  Scan *sc = p;

  scan_clear_current (sc);
  if (sc->cur)
    mdb_cursor_close (sc->cur);
  release_read (sc->db, sc->rt);
  librdf_storage_remove_reference (sc->storage);
  g_free (sc);
}

/* Ids of the nodes of @st (NULL = unbound) and @context; FALSE when a
 * bound node is not in the dictionary (nothing can match). */
static gboolean
pattern_ids (Lmdb *db, MDB_txn *txn, librdf_statement *st, librdf_node *context,
             Quad *qd, int *mask)
{
  librdf_node *n[4] = { NULL, NULL, NULL, context };

  if (st)
    {
      n[0] = librdf_statement_get_subject (st);
      n[1] = librdf_statement_get_predicate (st);
      n[2] = librdf_statement_get_object (st);
    }
  *mask = 0;
  for (int i = 0; i < 4; i++)
    {
      qd->q[i] = 0;
      if (!n[i])
        continue;
      qd->q[i] = node_id (db, txn, n[i], FALSE);
      if (qd->q[i] == 0 || qd->q[i] == G_MAXUINT64)
        return FALSE;
      *mask |= 1 << i;
    }
  return TRUE;
}

/* Starts a scan over @pattern (@mask: bound positions).  @empty: a scan
 * that returns nothing. */
static Scan *
scan_start (librdf_storage *storage, Lmdb *db, MDB_txn *txn, ReadTxn *rt,
            const Quad *pattern, int mask, gboolean empty, int field)
{
  Scan *sc = g_new0 (Scan, 1);
  guint8 key[KEY_LEN];
  MDB_val k, v;
  int rc;

  sc->db = db;
  sc->storage = storage;
  librdf_storage_add_reference (storage);
  sc->rt = rt;
  sc->field = field;
  sc->order = order_for_mask[mask];
  sc->prefix_len = 8 * (size_t) __builtin_popcount (mask);
  quad_key (pattern, sc->order, key);
  memcpy (sc->prefix, key, sc->prefix_len);
  rc = empty ? MDB_NOTFOUND : mdb_cursor_open (txn, db->idx[sc->order], &sc->cur);
  if (rc)
    {
      sc->cur = NULL;
      sc->end = TRUE;
      return sc;
    }
  memset (key + sc->prefix_len, 0, KEY_LEN - sc->prefix_len);
  k.mv_size = KEY_LEN;
  k.mv_data = key;
  rc = mdb_cursor_get (sc->cur, &k, &v, MDB_SET_RANGE);
  scan_load (sc, &k, rc);
  return sc;
}

/* Scan for a statement pattern in an optional context. */
static Scan *
find (librdf_storage *storage, librdf_statement *st, librdf_node *context, int field)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  ReadTxn *rt;
  MDB_txn *txn = read_txn (db, &rt);
  Quad qd;
  int mask = 0;
  gboolean known;

  if (!txn)
    return NULL;
  known = pattern_ids (db, txn, st, context, &qd, &mask);
  return scan_start (storage, db, txn, rt, &qd, mask, !known, field);
}

static librdf_stream *
scan_stream (Lmdb *db, Scan *sc)
{
  librdf_stream *stream;

  if (!sc)
    return NULL;
  stream = librdf_new_stream (db->world, sc, scan_is_end, scan_next, scan_get, scan_finish);
  if (!stream)
    scan_finish (sc);
  return stream;
}

static librdf_iterator *
scan_iterator (Lmdb *db, Scan *sc)
{
  librdf_iterator *it;

  if (!sc)
    return NULL;
  it = librdf_new_iterator (db->world, sc, scan_is_end, scan_next, scan_get, scan_finish);
  if (!it)
    scan_finish (sc);
  return it;
}

/* ------------------------------------------------------------------ */
/* Factory methods */

/* Opens the environment in @dir into *@env. */
static int
env_open (Lmdb *db, const char *dir, unsigned int flags, MDB_env **env)
{
  int rc = mdb_env_create (env);

  if (rc == 0)
    rc = mdb_env_set_maxdbs (*env, 3 + N_ORDERS + 1);
  if (rc == 0)
    rc = mdb_env_set_mapsize (*env, db->map_size);
  if (rc == 0)
    rc = mdb_env_set_maxreaders (*env, 512);
  if (rc == 0)
    rc = mdb_env_open (*env, dir, flags, 0644);
  if (rc && *env)
    {
      mdb_env_close (*env);
      *env = NULL;
    }
  return rc;
}

/* Opens the named databases of @env into @db and checks the format record;
 * a writer creates what is missing (a store left uninitialized by an older
 * dipgraph killed during its creation).  Logs and returns FALSE on failure. */
static gboolean
init_store (Lmdb *db, MDB_env *env, const char *dir)
{
  MDB_txn *txn = NULL;
  int rc;

  rc = mdb_txn_begin (env, NULL, db->read_only ? MDB_RDONLY : 0, &txn);
  if (rc == 0)
    {
      unsigned int f = db->read_only ? 0 : MDB_CREATE;
      rc = mdb_dbi_open (txn, "meta", f, &db->meta);
      if (rc == 0)
        rc = mdb_dbi_open (txn, "i2t", f, &db->i2t);
      if (rc == 0)
        rc = mdb_dbi_open (txn, "t2i", f, &db->t2i);
      for (int o = 0; rc == 0 && o < N_ORDERS; o++)
        rc = mdb_dbi_open (txn, order_names[o], f, &db->idx[o]);
    }
  if (rc == 0)
    {
      MDB_val k = { 6, (void *) "format" }, v;
      char want[16];
      g_snprintf (want, sizeof want, "%d", DG_LMDB_FORMAT_VERSION);
      rc = mdb_get (txn, db->meta, &k, &v);
      if (rc == MDB_NOTFOUND && !db->read_only)
        {
          v.mv_size = strlen (want);
          v.mv_data = want;
          rc = mdb_put (txn, db->meta, &k, &v, 0);
          if (rc == 0)
            rc = meta_put_u64 (db, txn, "next_id", 1);
          if (rc == 0)
            rc = meta_put_u64 (db, txn, "count", 0);
        }
      else if (rc == 0 && (v.mv_size != strlen (want) || memcmp (v.mv_data, want, v.mv_size)))
        {
          librdf_log (db->world, 0, LIBRDF_LOG_ERROR, LIBRDF_FROM_STORAGE, NULL,
                      "%s: on-disk format %.*s, this dipgraph reads format %s "
                      "(export to N-Quads with the dipgraph that wrote it, then "
                      "dipgraph load into a new store)", dir,
                      (int) MIN (v.mv_size, 16), (const char *) v.mv_data, want);
          mdb_txn_abort (txn);
          return FALSE;
        }
    }
  if (rc == 0)
    rc = mdb_txn_commit (txn);   /* also read-only: keeps the dbi handles */
  else if (txn)
    mdb_txn_abort (txn);
  if (rc)
    {
      lmdb_log (db, rc == MDB_NOTFOUND ? "not a dipgraph LMDB store (never "
                "initialized: its creation was interrupted; the next write "
                "initializes it)" : "cannot initialize the store",
                rc == MDB_NOTFOUND ? 0 : rc);
      return FALSE;
    }
  return TRUE;
}

/* Removes the files LMDB puts into @dir, then @dir. */
static void
remove_env_dir (const char *dir)
{
  static const char *const files[] = { "data.mdb", "lock.mdb" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *f = g_build_filename (dir, files[i], NULL);
      g_unlink (f);
    }
  g_rmdir (dir);
}

/* Temporary directories of creators that were killed: ".BASE.new-PID" in
 * @parent with no process PID any more. */
static void
remove_stale_temps (const char *parent, const char *base)
{
  g_autoptr (GDir) d = g_dir_open (parent, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.new-", base);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      char *end;
      gint64 pid;
      if (!g_str_has_prefix (name, prefix))
        continue;
      pid = g_ascii_strtoll (name + strlen (prefix), &end, 10);
      if (*end || pid <= 0 || pid > G_MAXINT
          || kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      g_autofree char *path = g_build_filename (parent, name, NULL);
      remove_env_dir (path);
    }
}

/* Creates the store at db->dir atomically: the environment is created and
 * its format record committed in a sibling directory ".BASE.new-PID",
 * which is then renamed to db->dir.  A process killed at any point leaves
 * either no store (and a temporary directory the next creator removes) or
 * an initialized empty one: readers never see a half-made environment
 * (LMDB opening an empty data.mdb read-only tries to write its meta pages
 * and fails with EBADF).  db->dir may exist as an empty directory.
 * Returns FALSE after logging on failure. */
static gboolean
create_store (Lmdb *db)
{
  g_autofree char *parent = g_path_get_dirname (db->dir);
  g_autofree char *base = g_path_get_basename (db->dir);
  g_autofree char *tmp = NULL;
  MDB_env *env = NULL;
  gboolean ok;
  int rc, fd;

  if (g_mkdir_with_parents (parent, 0755) < 0)
    {
      lmdb_log (db, "cannot create the parent directory", 0);
      return FALSE;
    }
  remove_stale_temps (parent, base);
  tmp = g_strdup_printf ("%s/.%s.new-%ld", parent, base, (long) getpid ());
  remove_env_dir (tmp);
  if (g_mkdir (tmp, 0755) < 0)
    {
      librdf_log (db->world, 0, LIBRDF_LOG_ERROR, LIBRDF_FROM_STORAGE, NULL,
                  "cannot create %s: %s", tmp, g_strerror (errno));
      return FALSE;
    }
  rc = env_open (db, tmp, MDB_NOTLS, &env);
  if (rc)
    {
      lmdb_log (db, "cannot create the LMDB environment", rc);
      remove_env_dir (tmp);
      return FALSE;
    }
  ok = init_store (db, env, db->dir);
  if (ok && (rc = mdb_env_sync (env, 1)) != 0)
    {
      lmdb_log (db, "cannot write the new store", rc);
      ok = FALSE;
    }
  mdb_env_close (env);
  if (!ok)
    {
      remove_env_dir (tmp);
      return FALSE;
    }
  /* an empty db->dir is replaced; a non-empty one is somebody's store
   * (created meanwhile by a writer that took no dipgraph lock) or not ours */
  if (g_rename (tmp, db->dir) < 0)
    {
      int saved = errno;
      remove_env_dir (tmp);
      if (dg_lmdb_exists (db->dir))
        return TRUE;
      librdf_log (db->world, 0, LIBRDF_LOG_ERROR, LIBRDF_FROM_STORAGE, NULL,
                  "cannot create the store %s: %s", db->dir, g_strerror (saved));
      return FALSE;
    }
  /* make the rename durable (an OS crash could otherwise lose the name) */
  fd = g_open (parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
  return TRUE;
}

/* TRUE when @dir's data.mdb exists but is empty: an older dipgraph was
 * killed while creating the environment.  LMDB opening it read-only would
 * try to write the first pages and fail with EBADF. */
static gboolean
data_file_empty (const char *dir)
{
  g_autofree char *data = g_build_filename (dir, "data.mdb", NULL);
  GStatBuf st;

  return g_stat (data, &st) == 0 && S_ISREG (st.st_mode) && st.st_size == 0;
}

static int
lmdb_init (librdf_storage *storage, const char *name, librdf_hash *options)
{
  Lmdb *db = g_new0 (Lmdb, 1);
  char *value;
  unsigned int env_flags = MDB_NOTLS;
  int rc;

  librdf_storage_set_instance (storage, db);
  db->world = librdf_storage_get_world (storage);
  db->raptor = librdf_world_get_raptor (db->world);
  db->dir = g_strdup (name ? name : "");
  db->levels = g_array_new (FALSE, FALSE, sizeof (Level));
  db->pending = g_array_new (FALSE, FALSE, sizeof (Quad));
  for (int i = 0; i < 4; i++)
    db->last[i].bytes = g_byte_array_new ();
  db->id_nodes = g_hash_table_new_full (id_hash, id_equal, g_free,
                                        (GDestroyNotify) librdf_free_node);
  db->term_buf = g_byte_array_new ();
  db->key_buf = g_byte_array_new ();
  db->map_size = sizeof (size_t) >= 8 ? (size_t) 1 << 40 : (size_t) 1 << 30;
  if (options)
    {
      db->is_new = librdf_hash_get_as_boolean (options, "new") > 0;
      db->read_only = librdf_hash_get_as_boolean (options, "read-only") > 0;
      db->no_sync = librdf_hash_get_as_boolean (options, "sync") == 0;
      value = librdf_hash_get (options, "map-size");
      if (value)
        {
          guint64 sz = g_ascii_strtoull (value, NULL, 10);
          if (sz >= (1 << 20))
            db->map_size = (size_t) sz;
          free (value);
        }
      librdf_free_hash (options);
    }
  if (!*db->dir)
    {
      lmdb_log (db, "no directory given", 0);
      return 1;
    }
  if (db->is_new && !db->read_only && !dg_lmdb_exists (db->dir)
      && !create_store (db))
    return 1;
  if (db->read_only && data_file_empty (db->dir))
    {
      lmdb_log (db, "not a dipgraph LMDB store (an empty data.mdb: its creation "
                "was interrupted; the next write initializes it)", 0);
      return 1;
    }
  if (db->read_only)
    env_flags |= MDB_RDONLY;
  if (db->no_sync)
    env_flags |= MDB_NOSYNC;
  rc = env_open (db, db->dir, env_flags, &db->env);
  if (rc)
    {
      lmdb_log (db, "cannot open the LMDB environment", rc);
      return 1;
    }
  return init_store (db, db->env, db->dir) ? 0 : 1;
}

static void
lmdb_terminate (librdf_storage *storage)
{
  Lmdb *db = librdf_storage_get_instance (storage);

  if (!db)
    return;
  while (db->levels->len)
    txn_abort (db);
  forget_snapshot (db);
  if (db->spare)
    mdb_txn_abort (db->spare);
  if (db->env && db->bulk)
    mdb_env_sync (db->env, 1);
  if (db->env)
    mdb_env_close (db->env);
  g_array_free (db->levels, TRUE);
  g_array_free (db->pending, TRUE);
  cache_clear (&db->terms);
  if (db->terms.arena)
    g_byte_array_free (db->terms.arena, TRUE);
  for (int i = 0; i < 4; i++)
    g_byte_array_free (db->last[i].bytes, TRUE);
  g_hash_table_destroy (db->id_nodes);
  g_byte_array_free (db->term_buf, TRUE);
  g_byte_array_free (db->key_buf, TRUE);
  g_free (db->last_error);
  g_free (db->dir);
  g_free (db);
}

static int
lmdb_open (librdf_storage *storage, librdf_model *model)
{
  (void) storage;
  (void) model;
  return 0;
}

static int
lmdb_close (librdf_storage *storage)
{
  Lmdb *db = librdf_storage_get_instance (storage);

  while (db->levels->len)
    txn_abort (db);
  return 0;
}

static int
lmdb_size (librdf_storage *storage)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  ReadTxn *rt;
  MDB_txn *txn = read_txn (db, &rt);
  guint64 n = 0;

  if (!txn)
    return -1;
  if (db->levels->len)
    n = (guint64) db->count;
  else if (!meta_get_u64 (db, txn, "count", &n))
    n = 0;
  release_read (db, rt);
  return n > G_MAXINT ? G_MAXINT : (int) n;
}

/* Adds one quad to the buffer of the current write transaction. */
static int
add_quad (Lmdb *db, librdf_node *context, librdf_statement *st)
{
  MDB_txn *txn = write_txn (db);
  librdf_node *n[4] = { librdf_statement_get_subject (st),
                        librdf_statement_get_predicate (st),
                        librdf_statement_get_object (st), context };
  Quad qd = { { 0, 0, 0, 0 } };

  for (int i = 0; i < 4; i++)
    {
      if (!n[i])
        continue;
      qd.q[i] = node_id (db, txn, n[i], TRUE);
      if (qd.q[i] == G_MAXUINT64)
        return 1;
    }
  g_array_append_val (db->pending, qd);
  if (db->pending->len >= PENDING_FLUSH)
    return flush_pending (db);
  return 0;
}

static int
lmdb_context_add_statement (librdf_storage *storage, librdf_node *context,
                            librdf_statement *st)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  gboolean began;
  int rc;

  if (!librdf_statement_is_complete (st))
    return 1;
  began = auto_begin (db);
  if (!began && !db->levels->len)
    return 1;
  rc = add_quad (db, context, st);
  return auto_end (db, began, rc);
}

static int
lmdb_add_statement (librdf_storage *storage, librdf_statement *st)
{
  return lmdb_context_add_statement (storage, NULL, st);
}

static int
lmdb_context_add_statements (librdf_storage *storage, librdf_node *context,
                             librdf_stream *stream)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  gboolean began = auto_begin (db);
  int rc = 0;

  if (!began && !db->levels->len)
    return 1;
  for (; rc == 0 && !librdf_stream_end (stream); librdf_stream_next (stream))
    {
      librdf_statement *st = librdf_stream_get_object (stream);
      if (!st || !librdf_statement_is_complete (st))
        continue;
      rc = add_quad (db, context, st);
    }
  return auto_end (db, began, rc);
}

static int
lmdb_add_statements (librdf_storage *storage, librdf_stream *stream)
{
  return lmdb_context_add_statements (storage, NULL, stream);
}

/* Adds the quad of term bytes (@len[3] == 0: the default graph) to the
 * buffer of the current write transaction. */
static int
add_terms (Lmdb *db, const guint8 *const b[4], const gsize len[4])
{
  MDB_txn *txn = write_txn (db);
  Quad qd = { { 0, 0, 0, 0 } };

  for (int i = 0; i < 4; i++)
    {
      LastTerm *lt = &db->last[i];
      if (i == 3 && len[3] == 0)
        continue;
      if (lt->id && lt->bytes->len == len[i] && memcmp (lt->bytes->data, b[i], len[i]) == 0)
        qd.q[i] = lt->id;
      else
        {
          qd.q[i] = term_id (db, txn, b[i], len[i], TRUE);
          if (qd.q[i] == G_MAXUINT64)
            return 1;
          g_byte_array_set_size (lt->bytes, 0);
          g_byte_array_append (lt->bytes, b[i], (guint) len[i]);
          lt->id = qd.q[i];
        }
    }
  g_array_append_val (db->pending, qd);
  if (db->pending->len >= PENDING_FLUSH)
    return flush_pending (db);
  return 0;
}

/* Deletes one quad (SPOG order ids) from all indexes; 0 also when absent. */
static int
delete_quad (Lmdb *db, MDB_txn *txn, const Quad *qd, gboolean *found)
{
  guint8 key[KEY_LEN];
  MDB_val k = { KEY_LEN, key };
  int rc = 0;

  *found = FALSE;
  for (int o = 0; o < N_ORDERS; o++)
    {
      quad_key (qd, o, key);
      rc = mdb_del (txn, db->idx[o], &k, NULL);
      if (rc == MDB_NOTFOUND)
        {
          if (o == 0)
            return 0;
          rc = 0;                 /* an index disagreed: dg_lmdb_check tells */
        }
      if (rc)
        return rc;
    }
  *found = TRUE;
  db->count--;
  return 0;
}

static int
lmdb_context_remove_statement (librdf_storage *storage, librdf_node *context,
                               librdf_statement *st)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  gboolean began, found;
  Quad qd;
  int mask, rc;

  if (!librdf_statement_is_complete (st))
    return 1;
  began = auto_begin (db);
  if (!began && !db->levels->len)
    return 1;
  rc = flush_pending (db);
  if (rc == 0 && pattern_ids (db, write_txn (db), st, context, &qd, &mask))
    rc = delete_quad (db, write_txn (db), &qd, &found);
  return auto_end (db, began, rc ? 1 : 0);
}

static int
lmdb_remove_statement (librdf_storage *storage, librdf_statement *st)
{
  return lmdb_context_remove_statement (storage, NULL, st);
}

/* Removes every quad of graph @g (0: the default graph). */
static int
remove_graph (Lmdb *db, MDB_txn *txn, guint64 g)
{
  /* collect the graph's keys from GSPO, then delete everywhere */
  g_autoptr (GArray) quads = g_array_new (FALSE, FALSE, sizeof (Quad));
  guint8 key[KEY_LEN] = { 0 };
  MDB_cursor *cur = NULL;
  MDB_val k = { KEY_LEN, key }, v;
  int rc;

  put_be64 (key, g);
  rc = mdb_cursor_open (txn, db->idx[3], &cur);
  if (rc == 0)
    rc = mdb_cursor_get (cur, &k, &v, MDB_SET_RANGE);
  while (rc == 0 && k.mv_size == KEY_LEN && get_be64 (k.mv_data) == g)
    {
      Quad qd;
      key_quad (k.mv_data, 3, &qd);
      g_array_append_val (quads, qd);
      rc = mdb_cursor_get (cur, &k, &v, MDB_NEXT);
    }
  if (cur)
    mdb_cursor_close (cur);
  if (rc == MDB_NOTFOUND)
    rc = 0;
  for (guint i = 0; rc == 0 && i < quads->len; i++)
    {
      gboolean found;
      rc = delete_quad (db, txn, &g_array_index (quads, Quad, i), &found);
    }
  if (rc)
    lmdb_log (db, "cannot remove a graph", rc);
  return rc;
}

static int
lmdb_context_remove_statements (librdf_storage *storage, librdf_node *context)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  gboolean began = auto_begin (db);
  MDB_txn *txn;
  guint64 g;
  int rc;

  if (!began && !db->levels->len)
    return 1;
  txn = write_txn (db);
  rc = flush_pending (db);
  g = context ? node_id (db, txn, context, FALSE) : 0;
  if (rc == 0 && g == G_MAXUINT64)
    rc = 1;
  if (rc == 0 && (g != 0 || !context))
    rc = remove_graph (db, txn, g);
  return auto_end (db, began, rc ? 1 : 0);
}

static int
lmdb_contains_statement (librdf_storage *storage, librdf_statement *st)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  ReadTxn *rt;
  MDB_txn *txn = read_txn (db, &rt);
  Quad qd;
  int mask, found = 0;

  if (!txn)
    return 0;
  /* a triple, in any graph: SPO prefix of SPOG */
  if (librdf_statement_is_complete (st) && pattern_ids (db, txn, st, NULL, &qd, &mask))
    {
      MDB_cursor *cur = NULL;
      guint8 key[KEY_LEN];
      MDB_val k = { KEY_LEN, key }, v;
      quad_key (&qd, 0, key);
      if (mdb_cursor_open (txn, db->idx[0], &cur) == 0
          && mdb_cursor_get (cur, &k, &v, MDB_SET_RANGE) == 0
          && memcmp (k.mv_data, key, 24) == 0)
        found = 1;
      if (cur)
        mdb_cursor_close (cur);
    }
  release_read (db, rt);
  return found;
}

static librdf_stream *
lmdb_serialise (librdf_storage *storage)
{
  return scan_stream (librdf_storage_get_instance (storage), find (storage, NULL, NULL, -1));
}

static librdf_stream *
lmdb_find_statements (librdf_storage *storage, librdf_statement *st)
{
  return scan_stream (librdf_storage_get_instance (storage), find (storage, st, NULL, -1));
}

static librdf_stream *
lmdb_find_statements_in_context (librdf_storage *storage, librdf_statement *st,
                                 librdf_node *context)
{
  return scan_stream (librdf_storage_get_instance (storage), find (storage, st, context, -1));
}

static librdf_stream *
lmdb_context_serialise (librdf_storage *storage, librdf_node *context)
{
  return lmdb_find_statements_in_context (storage, NULL, context);
}

/* find_sources/arcs/targets: one node field of a two-bound pattern. */
static librdf_iterator *
find_field (librdf_storage *storage, librdf_node *s, librdf_node *p,
            librdf_node *o, int field)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  librdf_statement *st = librdf_new_statement (db->world);
  librdf_iterator *it;

  if (!st)
    return NULL;
  if (s)
    librdf_statement_set_subject (st, librdf_new_node_from_node (s));
  if (p)
    librdf_statement_set_predicate (st, librdf_new_node_from_node (p));
  if (o)
    librdf_statement_set_object (st, librdf_new_node_from_node (o));
  it = scan_iterator (db, find (storage, st, NULL, field));
  librdf_free_statement (st);
  return it;
}

static librdf_iterator *
lmdb_find_sources (librdf_storage *storage, librdf_node *arc, librdf_node *target)
{
  return find_field (storage, NULL, arc, target, 0);
}

static librdf_iterator *
lmdb_find_arcs (librdf_storage *storage, librdf_node *source, librdf_node *target)
{
  return find_field (storage, source, NULL, target, 1);
}

static librdf_iterator *
lmdb_find_targets (librdf_storage *storage, librdf_node *source, librdf_node *arc)
{
  return find_field (storage, source, arc, NULL, 2);
}

static librdf_iterator *
lmdb_get_arcs_in (librdf_storage *storage, librdf_node *node)
{
  return find_field (storage, NULL, NULL, node, 1);
}

static librdf_iterator *
lmdb_get_arcs_out (librdf_storage *storage, librdf_node *node)
{
  return find_field (storage, node, NULL, NULL, 1);
}

static int
has_arc (librdf_storage *storage, librdf_node *s, librdf_node *p, librdf_node *o)
{
  librdf_iterator *it = find_field (storage, s, p, o, 1);
  int found;

  if (!it)
    return 0;
  found = !librdf_iterator_end (it);
  librdf_free_iterator (it);
  return found;
}

static int
lmdb_has_arc_in (librdf_storage *storage, librdf_node *node, librdf_node *property)
{
  return has_arc (storage, NULL, property, node);
}

static int
lmdb_has_arc_out (librdf_storage *storage, librdf_node *node, librdf_node *property)
{
  return has_arc (storage, node, property, NULL);
}

static librdf_iterator *
lmdb_get_contexts (librdf_storage *storage)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  ReadTxn *rt;
  MDB_txn *txn = read_txn (db, &rt);
  Quad qd = { { 0, 0, 0, 1 } };
  Scan *sc;

  if (!txn)
    return NULL;
  if (db->hide_graphs)
    return scan_iterator (db, scan_start (storage, db, txn, rt, &qd, 8, TRUE, 3));
  /* named graphs have G >= 1: the scan starts at (1,0,0,0) and only
   * stops at the end of the index */
  sc = scan_start (storage, db, txn, rt, &qd, 8, FALSE, 3);
  if (sc->cur && sc->end)
    {
      guint8 key[KEY_LEN] = { 0 };
      MDB_val k = { KEY_LEN, key }, v;
      put_be64 (key, 1);
      sc->end = FALSE;
      sc->prefix_len = 0;
      scan_load (sc, &k, mdb_cursor_get (sc->cur, &k, &v, MDB_SET_RANGE));
    }
  sc->prefix_len = 0;
  sc->distinct_g = TRUE;
  return scan_iterator (db, sc);
}

static librdf_node *
lmdb_get_feature (librdf_storage *storage, librdf_uri *feature)
{
  Lmdb *db = librdf_storage_get_instance (storage);

  if (feature && strcmp ((const char *) librdf_uri_as_string (feature),
                         LIBRDF_MODEL_FEATURE_CONTEXTS) == 0)
    return librdf_new_node_from_typed_literal (db->world, (const unsigned char *) "1",
                                               NULL, NULL);
  return NULL;
}

static int
lmdb_sync (librdf_storage *storage)
{
  Lmdb *db = librdf_storage_get_instance (storage);
  return mdb_env_sync (db->env, 1) ? 1 : 0;
}

static int
lmdb_transaction_start (librdf_storage *storage)
{
  return txn_begin (librdf_storage_get_instance (storage));
}

static int
lmdb_transaction_commit (librdf_storage *storage)
{
  return txn_commit (librdf_storage_get_instance (storage));
}

static int
lmdb_transaction_rollback (librdf_storage *storage)
{
  Lmdb *db = librdf_storage_get_instance (storage);

  if (!db->levels->len)
    return 1;
  txn_abort (db);
  return 0;
}

static void
lmdb_factory (librdf_storage_factory *f)
{
  f->version = LIBRDF_STORAGE_INTERFACE_VERSION;
  f->init = lmdb_init;
  f->terminate = lmdb_terminate;
  f->open = lmdb_open;
  f->close = lmdb_close;
  f->size = lmdb_size;
  f->add_statement = lmdb_add_statement;
  f->add_statements = lmdb_add_statements;
  f->remove_statement = lmdb_remove_statement;
  f->contains_statement = lmdb_contains_statement;
  f->has_arc_in = lmdb_has_arc_in;
  f->has_arc_out = lmdb_has_arc_out;
  f->serialise = lmdb_serialise;
  f->find_statements = lmdb_find_statements;
  f->find_sources = lmdb_find_sources;
  f->find_arcs = lmdb_find_arcs;
  f->find_targets = lmdb_find_targets;
  f->get_arcs_in = lmdb_get_arcs_in;
  f->get_arcs_out = lmdb_get_arcs_out;
  f->context_add_statement = lmdb_context_add_statement;
  f->context_remove_statement = lmdb_context_remove_statement;
  f->context_serialise = lmdb_context_serialise;
  f->sync = lmdb_sync;
  f->context_add_statements = lmdb_context_add_statements;
  f->context_remove_statements = lmdb_context_remove_statements;
  f->find_statements_in_context = lmdb_find_statements_in_context;
  f->get_contexts = lmdb_get_contexts;
  f->get_feature = lmdb_get_feature;
  f->transaction_start = lmdb_transaction_start;
  f->transaction_commit = lmdb_transaction_commit;
  f->transaction_rollback = lmdb_transaction_rollback;
}

void
dg_lmdb_register (librdf_world *world)
{
  const char *name;

  g_return_if_fail (world != NULL);
  librdf_world_open (world);
  for (unsigned int i = 0; librdf_storage_enumerate (world, i, &name, NULL) == 0; i++)
    if (name && strcmp (name, DG_LMDB_FACTORY) == 0)
      return;
  {
    static gsize once = 0;
    if (g_once_init_enter (&once))
      {
        choose_orders ();
        g_once_init_leave (&once, 1);
      }
  }
  librdf_storage_register_factory (world, DG_LMDB_FACTORY,
                                   "dipgraph quad store (LMDB)", lmdb_factory);
}

gboolean
dg_lmdb_exists (const char *dir)
{
  g_autofree char *data = g_build_filename (dir, "data.mdb", NULL);
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

/* ------------------------------------------------------------------ */
/* Bulk writing in term bytes */

static gboolean
term_ok (const guint8 *b, gsize len, const char *kinds)
{
  return b && len >= 1 && strchr (kinds, b[0]) != NULL && b[0] != 0;
}

static gboolean
write_error (Lmdb *db, GError **error, const char *what)
{
  g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE, "%s%s%s", what,
               db->last_error ? ": " : "", db->last_error ? db->last_error : "");
  return FALSE;
}

gboolean
dg_lmdb_add_quad (librdf_storage *storage, const guint8 *const term[4],
                  const gsize len[4], GError **error)
{
  Lmdb *db;
  gboolean began;
  int rc;

  g_return_val_if_fail (storage != NULL && term != NULL && len != NULL, FALSE);
  db = librdf_storage_get_instance (storage);
  if (!term_ok (term[0], len[0], "UB") || !term_ok (term[1], len[1], "U")
      || !term_ok (term[2], len[2], "UBL@^")
      || (len[3] && !term_ok (term[3], len[3], "UB")))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                   "%s: a quad with a malformed term", db->dir);
      return FALSE;
    }
  began = auto_begin (db);
  if (!began && !db->levels->len)
    return write_error (db, error, "cannot begin a write transaction");
  rc = auto_end (db, began, add_terms (db, term, len));
  if (rc)
    return write_error (db, error, "cannot add a quad");
  return TRUE;
}

gboolean
dg_lmdb_replace_graph (librdf_storage *storage, const guint8 *graph, gsize graph_len,
                       const guint8 *triples, gsize size, GError **error)
{
  Lmdb *db;
  MDB_txn *txn;
  const guint8 *t[4];
  gsize len[4];
  guint64 g;
  gboolean own;
  int rc = 0;

  g_return_val_if_fail (storage != NULL && graph != NULL, FALSE);
  g_return_val_if_fail (triples != NULL || size == 0, FALSE);
  db = librdf_storage_get_instance (storage);
  if (!term_ok (graph, graph_len, "UB"))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
                   "%s: a malformed graph name", db->dir);
      return FALSE;
    }
  /* every triple is checked before anything is written */
  for (gsize off = 0; off < size;)
    for (int i = 0; i < 3; i++)
      {
        guint32 n;
        if (size - off < 4)
          goto malformed;
        memcpy (&n, triples + off, 4);
        if (size - off - 4 < n
            || !term_ok (triples + off + 4, n, i == 0 ? "UB" : i == 1 ? "U" : "UBL@^"))
          goto malformed;
        off += 4 + (gsize) n;
        if (i < 2 && off >= size)
          goto malformed;
      }
  own = db->levels->len == 0;
  if (own && txn_begin (db) != 0)
    return write_error (db, error, "cannot begin a transaction");
  txn = write_txn (db);
  g = term_id (db, txn, graph, graph_len, FALSE);
  if (g == G_MAXUINT64)
    rc = 1;
  else if (g != 0)
    rc = remove_graph (db, txn, g);
  t[3] = graph;
  len[3] = graph_len;
  for (gsize off = 0; rc == 0 && off < size;)
    {
      for (int i = 0; i < 3; i++)
        {
          guint32 n;
          memcpy (&n, triples + off, 4);
          t[i] = triples + off + 4;
          len[i] = n;
          off += 4 + (gsize) n;
        }
      rc = add_terms (db, t, len);
    }
  if (rc)
    {
      /* half a graph is in the transaction: none of it may commit */
      while (db->levels->len)
        txn_abort (db);
      return write_error (db, error, own ? "cannot replace a graph"
                          : "cannot replace a graph (the enclosing transaction "
                          "was rolled back)");
    }
  if (own && txn_commit (db) != 0)
    return write_error (db, error, "cannot commit a graph");
  return TRUE;

malformed:
  g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE,
               "%s: a malformed triple (nothing written)", db->dir);
  return FALSE;
}

gboolean
dg_lmdb_set_hide_graphs (librdf_storage *storage, gboolean hide)
{
  Lmdb *db;
  gboolean was;

  g_return_val_if_fail (storage != NULL, FALSE);
  db = librdf_storage_get_instance (storage);
  was = db->hide_graphs;
  db->hide_graphs = hide;
  return was;
}

gboolean
dg_lmdb_set_bulk (librdf_storage *storage, gboolean bulk, GError **error)
{
  Lmdb *db;
  int rc = 0;

  g_return_val_if_fail (storage != NULL, FALSE);
  db = librdf_storage_get_instance (storage);
  if (db->read_only)
    return TRUE;
  if (bulk && !db->bulk)
    {
      db->bulk = lmdb_size (storage) == 0 ? MDB_NOSYNC : MDB_NOMETASYNC;
      rc = mdb_env_set_flags (db->env, db->bulk, 1);
      if (rc)
        db->bulk = 0;
    }
  else if (!bulk && db->bulk)
    {
      if (!db->no_sync)
        mdb_env_set_flags (db->env, db->bulk, 0);
      db->bulk = 0;
      rc = mdb_env_sync (db->env, 1);
    }
  if (rc)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_WRITE, "%s: %s: %s", db->dir,
                   bulk ? "cannot change the sync mode" : "cannot sync the store",
                   mdb_strerror (rc));
      return FALSE;
    }
  return TRUE;
}

void
dg_lmdb_append_term (GByteArray *out, char kind, const char *extra, gsize extra_len,
                     const char *text, gsize text_len)
{
  guint32 n = (guint32) (1 + (extra ? extra_len + 1 : 0) + text_len);
  guint8 k = (guint8) kind;

  g_byte_array_append (out, (const guint8 *) &n, 4);
  g_byte_array_append (out, &k, 1);
  if (extra)
    {
      g_byte_array_append (out, (const guint8 *) extra, (guint) extra_len);
      g_byte_array_append (out, (const guint8 *) "", 1);
    }
  g_byte_array_append (out, (const guint8 *) text, (guint) text_len);
}

/* ------------------------------------------------------------------ */
/* Integrity check */

void
dg_lmdb_check_clear (DgLmdbCheck *report)
{
  if (!report)
    return;
  g_clear_pointer (&report->first_problem, g_free);
}

static void
problem (DgLmdbCheck *r, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
problem (DgLmdbCheck *r, const char *format, ...)
{
  va_list ap;

  r->problems++;
  if (r->first_problem)
    return;
  va_start (ap, format);
  r->first_problem = g_strdup_vprintf (format, ap);
  va_end (ap);
}

gboolean
dg_lmdb_check (const char *dir, DgLmdbCheck *r, GError **error)
{
  MDB_env *env = NULL;
  MDB_txn *txn = NULL;
  MDB_dbi meta, i2t, t2i, idx[N_ORDERS];
  MDB_cursor *cur = NULL;
  MDB_val k, v;
  MDB_stat st;
  guint64 count = 0, last_g = 0;
  gboolean any_g = FALSE;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (id_hash, id_equal, g_free, NULL);
  int rc;

  g_return_val_if_fail (dir != NULL && r != NULL, FALSE);
  memset (r, 0, sizeof *r);
  if (data_file_empty (dir))
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "%s: not a dipgraph LMDB store (an empty data.mdb: its creation "
                   "was interrupted; the next write initializes it)", dir);
      return FALSE;
    }
  rc = mdb_env_create (&env);
  if (rc == 0)
    rc = mdb_env_set_maxdbs (env, 3 + N_ORDERS + 1);
  if (rc == 0)
    rc = mdb_env_set_mapsize (env, sizeof (size_t) >= 8 ? (size_t) 1 << 40 : (size_t) 1 << 30);
  if (rc == 0)
    rc = mdb_env_open (env, dir, MDB_RDONLY | MDB_NOTLS, 0644);
  if (rc == 0)
    rc = mdb_txn_begin (env, NULL, MDB_RDONLY, &txn);
  if (rc == 0)
    rc = mdb_dbi_open (txn, "meta", 0, &meta);
  if (rc == 0)
    rc = mdb_dbi_open (txn, "i2t", 0, &i2t);
  if (rc == 0)
    rc = mdb_dbi_open (txn, "t2i", 0, &t2i);
  for (int o = 0; rc == 0 && o < N_ORDERS; o++)
    rc = mdb_dbi_open (txn, order_names[o], 0, &idx[o]);
  if (rc)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_STORE_OPEN,
                   "%s: not a readable dipgraph LMDB store: %s", dir, mdb_strerror (rc));
      goto out;
    }
  k.mv_size = 5;
  k.mv_data = (void *) "count";
  if (mdb_get (txn, meta, &k, &v) == 0 && v.mv_size == 8)
    {
      guint64 le;
      memcpy (&le, v.mv_data, 8);
      count = GUINT64_FROM_LE (le);
    }
  else
    problem (r, "no count key");
  r->quads = (gint64) count;
  for (int o = 0; o < N_ORDERS; o++)
    {
      mdb_stat (txn, idx[o], &st);
      r->index_rows[o] = (gint64) st.ms_entries;
      if (st.ms_entries != count)
        problem (r, "index %s has %zu entries, the count key says %" G_GUINT64_FORMAT,
                 order_names[o], st.ms_entries, count);
    }
  mdb_stat (txn, i2t, &st);
  r->terms = (gint64) st.ms_entries;
  {
    MDB_stat st2;
    mdb_stat (txn, t2i, &st2);
    if (st2.ms_entries != st.ms_entries)
      problem (r, "dictionary: %zu ids but %zu terms", st.ms_entries, st2.ms_entries);
  }
  rc = mdb_cursor_open (txn, idx[0], &cur);
  for (rc = rc ? rc : mdb_cursor_get (cur, &k, &v, MDB_FIRST); rc == 0;
       rc = mdb_cursor_get (cur, &k, &v, MDB_NEXT))
    {
      Quad qd;
      guint8 key[KEY_LEN];
      MDB_val kk = { KEY_LEN, key }, vv;

      if (k.mv_size != KEY_LEN)
        {
          problem (r, "spog: a key of %zu bytes", k.mv_size);
          continue;
        }
      key_quad (k.mv_data, 0, &qd);
      for (int o = 1; o < N_ORDERS; o++)
        {
          quad_key (&qd, o, key);
          if (mdb_get (txn, idx[o], &kk, &vv) != 0)
            problem (r, "quad %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %"
                     G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " missing from %s",
                     qd.q[0], qd.q[1], qd.q[2], qd.q[3], order_names[o]);
        }
      for (int i = 0; i < 4; i++)
        {
          guint8 idb[8];
          MDB_val ik = { 8, idb }, iv;
          if (i == 3 && qd.q[3] == 0)
            continue;
          if (g_hash_table_contains (seen, &qd.q[i]))
            continue;
          put_be64 (idb, qd.q[i]);
          if (mdb_get (txn, i2t, &ik, &iv) != 0)
            problem (r, "term id %" G_GUINT64_FORMAT " is not in the dictionary", qd.q[i]);
          if (g_hash_table_size (seen) < 4000000)
            g_hash_table_add (seen, g_memdup2 (&qd.q[i], 8));
        }
    }
  if (cur)
    mdb_cursor_close (cur);
  cur = NULL;
  /* distinct graphs */
  rc = mdb_cursor_open (txn, idx[3], &cur);
  for (rc = rc ? rc : mdb_cursor_get (cur, &k, &v, MDB_FIRST); rc == 0;
       rc = mdb_cursor_get (cur, &k, &v, MDB_NEXT))
    {
      guint64 g = get_be64 (k.mv_data);
      if (g != 0 && (!any_g || g != last_g))
        r->graphs++;
      last_g = g;
      any_g = TRUE;
    }
  rc = 0;

out:
  if (cur)
    mdb_cursor_close (cur);
  if (txn)
    mdb_txn_abort (txn);
  if (env)
    mdb_env_close (env);
  return rc == 0;
}
