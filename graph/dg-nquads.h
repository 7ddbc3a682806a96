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

/* Formatted IRIs by the address of the string they came from, for
 * writers whose predicates and subjects repeat line after line.  A hit is
 * checked against a copy of the string, so an address reused for another
 * IRI (or a string changed in place) is simply formatted again. */
typedef struct DgNQuadsIriCache DgNQuadsIriCache;
DgNQuadsIriCache *dg_nquads_iri_cache_new (void);
void dg_nquads_iri_cache_free (DgNQuadsIriCache *cache);
/* Same output as dg_nquads_append_iri (buf, iri). */
void dg_nquads_iri_cache_append (DgNQuadsIriCache *cache, GString *buf, const char *iri);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgNQuadsIriCache, dg_nquads_iri_cache_free)

/* Appends @node in N-Triples syntax. */
void dg_nquads_append_node (GString *buf, librdf_node *node);

/* Appends one line per statement; @graph_iri NULL writes triples. */
void dg_nquads_append_statements (GString *buf, GPtrArray *statements,
                                  const char *graph_iri);

G_END_DECLS
