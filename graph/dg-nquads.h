/* dg-nquads.h - a fast N-Triples/N-Quads writer for librdf statements
 *
 * raptor's serializer writes byte by byte through an iostream; for the
 * extract --dry-run path that was half of the run time.  This writer
 * formats whole lines into one buffer.  Output is N-Triples 1.1: UTF-8
 * kept as is, only the characters the grammar requires are escaped.
 */
#pragma once

#include <stdio.h>
#include <string.h>
#include <glib.h>
#include <redland.h>

G_BEGIN_DECLS

/* Makes room for @n more bytes after buf->len (the length is unchanged);
 * returns where they go. */
static inline char *
dg_nquads_reserve (GString *buf, gsize n)
{
  if (buf->len + n >= buf->allocated_len)
    {
      gsize len = buf->len;
      g_string_set_size (buf, len + n);
      buf->len = len;
    }
  return buf->str + buf->len;
}

/* g_string_append_len without its call and overlap checks. */
static inline void
dg_nquads_append_bytes (GString *buf, const char *s, gsize n)
{
  memcpy (dg_nquads_reserve (buf, n), s, n);
  buf->len += n;
  buf->str[buf->len] = '\0';
}

/* Appends "<iri>" with the characters IRIREF forbids escaped. */
void dg_nquads_append_iri (GString *buf, const char *iri);
/* Appends a literal: "text", "text"@lang or "text"^^<datatype>. */
void dg_nquads_append_literal (GString *buf, const char *text, gsize len,
                               const char *lang, const char *datatype);

/* Formatted IRIs by the address of the string they came from, for a
 * writer whose subjects, predicates and classes repeat line after line.
 * The address alone identifies the IRI: the caller guarantees that every
 * string it passes stays valid and unchanged until the next
 * dg_nquads_iri_memo_reset() (dg_writer_write() does, for one document).
 * Direct-mapped: two addresses in one slot format again, nothing else. */
#define DG_NQUADS_IRI_MEMO_SLOTS 512

typedef struct {
  const char *key;       /* address formatted in this slot, or NULL */
  guint off, len;        /* of "<iri> " in text (a space after the IRI) */
} DgNQuadsIriMemoSlot;

typedef struct {
  GString *text;         /* formatted IRIs, one after the other */
  DgNQuadsIriMemoSlot slots[DG_NQUADS_IRI_MEMO_SLOTS];
} DgNQuadsIriMemo;

DgNQuadsIriMemo *dg_nquads_iri_memo_new (void);
void dg_nquads_iri_memo_free (DgNQuadsIriMemo *memo);
/* Forgets every address (strings may be freed or reused after this). */
void dg_nquads_iri_memo_reset (DgNQuadsIriMemo *memo);
/* Formats @iri into its slot (dg_nquads_iri_memo_append on a miss). */
const DgNQuadsIriMemoSlot *dg_nquads_iri_memo_fill (DgNQuadsIriMemo *memo, const char *iri);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgNQuadsIriMemo, dg_nquads_iri_memo_free)

/* The slot of @iri (a copy: a later fill may reuse the slot). */
static inline DgNQuadsIriMemoSlot
dg_nquads_iri_memo_get (DgNQuadsIriMemo *memo, const char *iri)
{
  guint64 a = (guintptr) iri;
  const DgNQuadsIriMemoSlot *t =
    &memo->slots[(a * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 55];
  if (G_UNLIKELY (t->key != iri))
    t = dg_nquads_iri_memo_fill (memo, iri);
  return *t;
}

/* Same output as dg_nquads_append_iri (buf, iri). */
static inline void
dg_nquads_iri_memo_append (DgNQuadsIriMemo *memo, GString *buf, const char *iri)
{
  DgNQuadsIriMemoSlot t = dg_nquads_iri_memo_get (memo, iri);
  dg_nquads_append_bytes (buf, memo->text->str + t.off, t.len - 1);
}

/* The same followed by a space. */
static inline void
dg_nquads_iri_memo_append_sp (DgNQuadsIriMemo *memo, GString *buf, const char *iri)
{
  DgNQuadsIriMemoSlot t = dg_nquads_iri_memo_get (memo, iri);
  dg_nquads_append_bytes (buf, memo->text->str + t.off, t.len);
}

/* Appends @node in N-Triples syntax. */
void dg_nquads_append_node (GString *buf, librdf_node *node);

/* Appends one line per statement; @graph_iri NULL writes triples. */
void dg_nquads_append_statements (GString *buf, GPtrArray *statements,
                                  const char *graph_iri);

G_END_DECLS
