/* dg-nquads.c - N-Triples/N-Quads lines for librdf statements */
#include <string.h>
#include "dg-nquads.h"

/* Bytes STRING_LITERAL_QUOTE escapes: " \ and the controls. */
static const guint8 literal_escape[256] = {
  [0 ... 0x1f] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

/* STRING_LITERAL_QUOTE: escape " \ LF CR TAB; other controls as \u00XX. */
static void
append_literal_text (GString *buf, const char *s, gsize len)
{
  const char *end = s + len;
  const char *run = s;
  for (const char *p = s;; p++)
    {
      /* the common case: a long stretch of plain text */
      while (p < end && !literal_escape[(unsigned char) *p])
        p++;
      if (p == end)
        break;
      unsigned char c = (unsigned char) *p;
      const char *esc;
      char hex[8];
      if (c == '"')
        esc = "\\\"";
      else if (c == '\\')
        esc = "\\\\";
      else if (c == '\n')
        esc = "\\n";
      else if (c == '\r')
        esc = "\\r";
      else if (c == '\t')
        esc = "\\t";
      else
        {
          g_snprintf (hex, sizeof hex, "\\u%04X", c);
          esc = hex;
        }
      dg_nquads_append_bytes (buf, run, p - run);
      dg_nquads_append_bytes (buf, esc, strlen (esc));
      run = p + 1;
    }
  dg_nquads_append_bytes (buf, run, end - run);
}

/* IRIREF: characters the grammar forbids are written as \u escapes. */
/* Bytes IRIREF forbids: controls, space and <>"{}|^`\ (and the NUL that
 * ends the string, so one scan finds both). */
static const guint8 iri_escape[256] = {
  [0 ... 0x20] = 1, ['<'] = 1, ['>'] = 1, ['"'] = 1, ['{'] = 1, ['}'] = 1,
  ['|'] = 1, ['^'] = 1, ['`'] = 1, ['\\'] = 1,
};

void
dg_nquads_append_iri (GString *buf, const char *iri)
{
  const char *p = iri;
  while (!iri_escape[(unsigned char) *p])
    p++;
  if (!*p)
    {
      /* nothing to escape: one copy */
      gsize n = p - iri;
      char *out = dg_nquads_reserve (buf, n + 2);
      out[0] = '<';
      memcpy (out + 1, iri, n);
      out[n + 1] = '>';
      buf->len += n + 2;
      buf->str[buf->len] = '\0';
      return;
    }
  g_string_append_c (buf, '<');
  const char *run = iri;
  for (; *p; p++)
    if (iri_escape[(unsigned char) *p])
      {
        g_string_append_len (buf, run, p - run);
        g_string_append_printf (buf, "\\u%04X", (unsigned char) *p);
        run = p + 1;
      }
  g_string_append_len (buf, run, p - run);
  g_string_append_c (buf, '>');
}

/* ---- IRI memo: direct-mapped on the string's address ------------------ */

G_STATIC_ASSERT (DG_NQUADS_IRI_MEMO_SLOTS == 1 << (64 - 55));

DgNQuadsIriMemo *
dg_nquads_iri_memo_new (void)
{
  DgNQuadsIriMemo *m = g_new0 (DgNQuadsIriMemo, 1);
  m->text = g_string_sized_new (8 * 1024);
  return m;
}

void
dg_nquads_iri_memo_free (DgNQuadsIriMemo *memo)
{
  if (!memo)
    return;
  g_string_free (memo->text, TRUE);
  g_free (memo);
}

void
dg_nquads_iri_memo_reset (DgNQuadsIriMemo *memo)
{
  memset (memo->slots, 0, sizeof memo->slots);
  g_string_truncate (memo->text, 0);
}

const DgNQuadsIriMemoSlot *
dg_nquads_iri_memo_fill (DgNQuadsIriMemo *memo, const char *iri)
{
  guint64 a = (guintptr) iri;
  DgNQuadsIriMemoSlot *t = &memo->slots[(a * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 55];
  gsize off = memo->text->len;
  dg_nquads_append_iri (memo->text, iri);
  g_string_append_c (memo->text, ' ');
  t->key = iri;
  t->off = (guint) off;
  t->len = (guint) (memo->text->len - off);
  return t;
}

void
dg_nquads_append_literal (GString *buf, const char *text, gsize len, const char *lang,
                          const char *datatype)
{
  g_string_append_c (buf, '"');
  append_literal_text (buf, text, len);
  g_string_append_c (buf, '"');
  if (datatype)
    {
      dg_nquads_append_bytes (buf, "^^", 2);
      dg_nquads_append_iri (buf, datatype);
    }
  else if (lang && *lang)
    {
      g_string_append_c (buf, '@');
      g_string_append (buf, lang);
    }
}

void
dg_nquads_append_node (GString *buf, librdf_node *node)
{
  if (librdf_node_is_resource (node))
    dg_nquads_append_iri (buf, (const char *) librdf_uri_as_string (librdf_node_get_uri (node)));
  else if (librdf_node_is_blank (node))
    {
      g_string_append (buf, "_:");
      g_string_append (buf, (const char *) librdf_node_get_blank_identifier (node));
    }
  else
    {
      size_t len = 0;
      const char *text = (const char *) librdf_node_get_literal_value_as_counted_string (node, &len);
      librdf_uri *dt = librdf_node_get_literal_value_datatype_uri (node);
      dg_nquads_append_literal (buf, text ? text : "", len,
                                librdf_node_get_literal_value_language (node),
                                dt ? (const char *) librdf_uri_as_string (dt) : NULL);
    }
}

/* IRI nodes repeat (predicates, subjects); a node shared by reference is
 * formatted once per call. */
static void
append_cached (GString *buf, GHashTable *cache, librdf_node *node)
{
  if (!librdf_node_is_resource (node))
    {
      dg_nquads_append_node (buf, node);
      return;
    }
  const char *text = g_hash_table_lookup (cache, node);
  if (!text)
    {
      g_autoptr(GString) tmp = g_string_new (NULL);
      dg_nquads_append_node (tmp, node);
      text = g_string_free (g_steal_pointer (&tmp), FALSE);
      g_hash_table_insert (cache, node, (char *) text);
    }
  g_string_append (buf, text);
}

void
dg_nquads_append_statements (GString *buf, GPtrArray *statements, const char *graph_iri)
{
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  for (guint i = 0; i < statements->len; i++)
    {
      librdf_statement *st = g_ptr_array_index (statements, i);
      append_cached (buf, cache, librdf_statement_get_subject (st));
      g_string_append_c (buf, ' ');
      append_cached (buf, cache, librdf_statement_get_predicate (st));
      g_string_append_c (buf, ' ');
      append_cached (buf, cache, librdf_statement_get_object (st));
      if (graph_iri)
        {
          g_string_append_c (buf, ' ');
          dg_nquads_append_iri (buf, graph_iri);
        }
      g_string_append (buf, " .\n");
    }
}
