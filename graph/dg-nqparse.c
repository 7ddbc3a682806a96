/* dg-nqparse.c - N-Quads / N-Triples lines -> term bytes (see the header)
 *
 * Lines are parsed in the read buffer: an IRI or a plain literal without
 * escapes is handed out in place (its opening '<' or '"' overwritten by
 * the kind byte); only escapes, language tags and datatypes are copied
 * into a per-line buffer.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "dg-nqparse.h"
#include "dg-rdf.h"

#define BLOCK (4u << 20)

/* A term: in place in the line (@p) or at @off in the copy buffer. */
typedef struct {
  const guint8 *p;
  gsize off, len;
} Term;

typedef struct {
  GByteArray *copy;
  const char *why;               /* the syntax error */
  const char *where;             /* its position in the line */
} Line;

static inline gboolean
is_ws (char c)
{
  return c == ' ' || c == '\t';
}

static inline const char *
skip_ws (const char *p, const char *end)
{
  while (p < end && is_ws (*p))
    p++;
  return p;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* \uXXXX or \UXXXXXXXX at @p (after the backslash and the letter) ->
 * UTF-8 appended to @out; the end of the escape, or NULL. */
static const char *
unicode_escape (const char *p, const char *end, int digits, GByteArray *out)
{
  gunichar c = 0;
  char utf8[8];
  int n;

  if (end - p < digits)
    return NULL;
  for (int i = 0; i < digits; i++)
    {
      int h = hex_value (p[i]);
      if (h < 0)
        return NULL;
      c = (c << 4) | (gunichar) h;
    }
  if (!g_unichar_validate (c))
    return NULL;
  n = g_unichar_to_utf8 (c, utf8);
  g_byte_array_append (out, (const guint8 *) utf8, (guint) n);
  return p + digits;
}

/* Appends a copy of @len bytes at @off of @out to itself (the array may
 * move while it grows). */
static void
append_self (GByteArray *out, gsize off, gsize len)
{
  gsize at = out->len;

  g_byte_array_set_size (out, (guint) (at + len));
  memcpy (out->data + at, out->data + off, len);
}

/* IRIREF: no controls, space, <>"{}|^`\ (a backslash starts an escape) */
static gboolean iri_ok[256];

static void
init_tables (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      for (int c = 0x21; c < 256; c++)
        iri_ok[c] = strchr ("<>\"{}|^`\\", c) == NULL;
      g_once_init_leave (&once, 1);
    }
}

/* An absolute IRI: scheme ':' ... */
static gboolean
has_scheme (const guint8 *s, gsize len)
{
  gsize i = 0;

  if (len == 0 || !g_ascii_isalpha (s[0]))
    return FALSE;
  for (i = 1; i < len; i++)
    {
      if (s[i] == ':')
        return TRUE;
      if (!g_ascii_isalnum (s[i]) && s[i] != '+' && s[i] != '-' && s[i] != '.')
        return FALSE;
    }
  return FALSE;
}

/* '<' IRI '>' at @p: the IRI bytes prefixed by @kind ('U', or 0 for none:
 * a datatype, appended to the copy buffer without prefix). */
static const char *
parse_iri (Line *ln, char *p, const char *end, char kind, Term *t)
{
  char *start = p + 1;
  char *q;
  gboolean escaped = FALSE;

  if (p >= end || *p != '<')
    {
      ln->why = "expected '<'";
      ln->where = p;
      return NULL;
    }
  q = memchr (start, '>', (gsize) (end - start));
  if (!q)
    q = (char *) end;
  for (const char *c = start; c < q; c++)
    if (G_UNLIKELY (!iri_ok[(unsigned char) *c]))
      {
        if (*c == '\\')
          {
            escaped = TRUE;
            continue;
          }
        ln->why = "a character not allowed in an IRI";
        ln->where = c;
        return NULL;
      }
  if (q >= end)
    {
      ln->why = "unterminated IRI";
      ln->where = p;
      return NULL;
    }
  if (!escaped && kind)
    {
      /* in place: '<' becomes the kind byte */
      *p = kind;
      t->p = (const guint8 *) p;
      t->len = (gsize) (q - p);
    }
  else
    {
      GByteArray *out = ln->copy;
      gsize off = out->len;
      if (kind)
        {
          guint8 k = (guint8) kind;
          g_byte_array_append (out, &k, 1);
        }
      for (const char *r = start; r < q;)
        {
          if (*r == '\\')
            {
              char e = r + 1 < q ? r[1] : 0;
              const char *n = NULL;
              if (e == 'u')
                n = unicode_escape (r + 2, q, 4, out);
              else if (e == 'U')
                n = unicode_escape (r + 2, q, 8, out);
              if (!n)
                {
                  ln->why = "a bad escape in an IRI";
                  ln->where = r;
                  return NULL;
                }
              r = n;
            }
          else
            {
              const char *run = r;
              while (r < q && *r != '\\')
                r++;
              g_byte_array_append (out, (const guint8 *) run, (guint) (r - run));
            }
        }
      t->p = NULL;
      t->off = off;
      t->len = out->len - off;
    }
  {
    const guint8 *s = t->p ? t->p + 1 : ln->copy->data + t->off + (kind ? 1 : 0);
    if (!has_scheme (s, t->len - (kind ? 1 : 0)))
      {
        ln->why = "not an absolute IRI";
        ln->where = p;
        return NULL;
      }
  }
  return q + 1;
}

static gboolean
label_char (unsigned char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '.' || c >= 0x80;
}

/* "_:" label at @p */
static const char *
parse_blank (Line *ln, char *p, const char *end, Term *t)
{
  char *q = p + 2;

  if (end - p < 3 || p[1] != ':' || !label_char ((unsigned char) p[2]) || p[2] == '.'
      || p[2] == '-')
    {
      ln->why = "a bad blank node label";
      ln->where = p;
      return NULL;
    }
  while (q < end && label_char ((unsigned char) *q))
    q++;
  while (q[-1] == '.')          /* a label does not end with '.' */
    q--;
  p[1] = 'B';
  t->p = (const guint8 *) p + 1;
  t->len = (gsize) (q - (p + 1));
  return q;
}

/* '"' text '"' [ '@' lang | '^^' IRI ] at @p */
static const char *
parse_literal (Line *ln, char *p, const char *end, Term *t)
{
  char *start = p + 1;
  char *q = start;
  gboolean escaped = FALSE;
  GByteArray *out = ln->copy;
  gsize text_off, text_len, off;
  const char *after;

  while (q < end && *q != '"')
    {
      if (*q == '\\')
        {
          escaped = TRUE;
          q++;
        }
      q++;
    }
  if (q >= end)
    {
      ln->why = "unterminated literal";
      ln->where = p;
      return NULL;
    }
  after = q + 1;
  if (!escaped && (after >= end || (*after != '@' && *after != '^')))
    {
      *p = 'L';
      t->p = (const guint8 *) p;
      t->len = (gsize) (q - p);
      return after;
    }
  /* the text, unescaped, at the end of the copy buffer */
  text_off = out->len;
  for (const char *r = start; r < q;)
    {
      if (*r == '\\')
        {
          char e = r + 1 < q ? r[1] : 0;
          const char *n = NULL;
          char c = 0;
          switch (e)
            {
            case 't': c = '\t'; break;
            case 'b': c = '\b'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 'f': c = '\f'; break;
            case '"': c = '"'; break;
            case '\'': c = '\''; break;
            case '\\': c = '\\'; break;
            case 'u': n = unicode_escape (r + 2, q, 4, out); break;
            case 'U': n = unicode_escape (r + 2, q, 8, out); break;
            default: break;
            }
          if (c)
            {
              g_byte_array_append (out, (const guint8 *) &c, 1);
              n = r + 2;
            }
          if (!n)
            {
              ln->why = "a bad escape in a literal";
              ln->where = r;
              return NULL;
            }
          r = n;
        }
      else
        {
          const char *run = r;
          while (r < q && *r != '\\')
            r++;
          g_byte_array_append (out, (const guint8 *) run, (guint) (r - run));
        }
    }
  text_len = out->len - text_off;
  off = out->len;
  if (after < end && *after == '@')
    {
      const char *l = after + 1;
      const char *e = l;
      guint8 k = '@';
      while (e < end && g_ascii_isalpha (*e))
        e++;
      if (e == l)
        {
          ln->why = "a bad language tag";
          ln->where = after;
          return NULL;
        }
      while (e < end && *e == '-' && e + 1 < end && g_ascii_isalnum (e[1]))
        {
          e++;
          while (e < end && g_ascii_isalnum (*e))
            e++;
        }
      g_byte_array_append (out, &k, 1);
      for (const char *c = l; c < e; c++)
        {
          guint8 lc = (guint8) g_ascii_tolower (*c);
          g_byte_array_append (out, &lc, 1);
        }
      after = e;
    }
  else if (after + 1 < end && after[0] == '^' && after[1] == '^')
    {
      Term dt;
      guint8 k = '^';
      g_byte_array_append (out, &k, 1);
      after = parse_iri (ln, (char *) after + 2, end, 0, &dt);
      if (!after)
        return NULL;
      if (dt.p)
        g_byte_array_append (out, dt.p, (guint) dt.len);
    }
  else if (after < end && *after == '^')
    {
      ln->why = "expected '^^'";
      ln->where = after;
      return NULL;
    }
  else
    {
      guint8 k = 'L';
      g_byte_array_append (out, &k, 1);
      append_self (out, text_off, text_len);
      t->p = NULL;
      t->off = off;
      t->len = out->len - off;
      return after;
    }
  /* kind + lang/datatype, NUL, text */
  {
    guint8 nul = 0;
    g_byte_array_append (out, &nul, 1);
    append_self (out, text_off, text_len);
  }
  t->p = NULL;
  t->off = off;
  t->len = out->len - off;
  return after;
}

/* One term at @p of the kinds in @kinds ("UB", "U", "UBL"). */
static const char *
parse_term (Line *ln, char *p, const char *end, const char *kinds, Term *t)
{
  char c = p < end ? *p : 0;

  if (c == '<' && strchr (kinds, 'U'))
    return parse_iri (ln, p, end, 'U', t);
  if (c == '_' && strchr (kinds, 'B'))
    return parse_blank (ln, p, end, t);
  if (c == '"' && strchr (kinds, 'L'))
    return parse_literal (ln, p, end, t);
  ln->why = !strchr (kinds, 'L') && c == '"' ? "a literal where it is not allowed"
            : "expected a term";
  ln->where = p;
  return NULL;
}

typedef struct {
  gboolean quads;
  DgNqQuadFunc func;
  gpointer user_data;
  gint64 n;
  gint64 line_no;
  Line ln;
} Parse;

/* Parses the line [p, end) (no newline).  FALSE: error set. */
static gboolean
parse_line (Parse *ps, char *p, char *end, const char *name, GError **error)
{
  Line *ln = &ps->ln;
  Term t[4] = { { 0 } };
  const guint8 *tb[4];
  gsize tl[4];
  const char *q;
  int nterms = 3;

  if (end > p && end[-1] == '\r')
    end--;
  q = skip_ws (p, end);
  if (q == end || *q == '#')
    return TRUE;
  g_byte_array_set_size (ln->copy, 0);
  ln->why = NULL;
  for (const char *c = q; c < end; c++)
    if ((unsigned char) *c >= 0x80)
      {
        if (!g_utf8_validate (q, end - q, &ln->where))
          {
            ln->why = "invalid UTF-8";
            goto bad;
          }
        break;
      }
  q = parse_term (ln, (char *) q, end, "UB", &t[0]);
  if (q && (q = skip_ws (q, end)) == end)
    {
      ln->why = "expected a predicate";
      ln->where = end;
      q = NULL;
    }
  if (q)
    q = parse_term (ln, (char *) q, end, "U", &t[1]);
  if (q)
    q = skip_ws (q, end);
  if (q)
    q = parse_term (ln, (char *) q, end, "UBL", &t[2]);
  if (q)
    q = skip_ws (q, end);
  if (q && q < end && *q != '.')
    {
      if (!ps->quads)
        {
          ln->why = "expected '.' (a graph in N-Triples?)";
          ln->where = q;
          q = NULL;
        }
      else
        {
          q = parse_term (ln, (char *) q, end, "UB", &t[3]);
          nterms = 4;
          if (q)
            q = skip_ws (q, end);
        }
    }
  if (q && (q >= end || *q != '.'))
    {
      ln->why = "expected '.'";
      ln->where = q;
      q = NULL;
    }
  if (q)
    {
      q = skip_ws (q + 1, end);
      if (q < end && *q != '#')
        {
          ln->why = "text after '.'";
          ln->where = q;
          q = NULL;
        }
    }
  if (!q)
    goto bad;
  for (int i = 0; i < 4; i++)
    {
      tb[i] = i < nterms ? (t[i].p ? t[i].p : ln->copy->data + t[i].off) : NULL;
      tl[i] = i < nterms ? t[i].len : 0;
    }
  if (!ps->func (ps->user_data, tb, tl, error))
    return FALSE;
  ps->n++;
  return TRUE;

bad:
  g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT, "%s:%" G_GINT64_FORMAT
               ":%ld: %s", name, ps->line_no,
               ln->where ? (long) (ln->where - p) + 1 : 1L, ln->why);
  return FALSE;
}

/* Parses the complete lines in [data, data + len); the rest (a line
 * without its newline) is left: *@used = the bytes consumed. */
static gboolean
parse_lines (Parse *ps, char *data, gsize len, gboolean final, gsize *used,
             const char *name, GError **error)
{
  char *p = data, *end = data + len;

  while (p < end)
    {
      char *nl = memchr (p, '\n', (gsize) (end - p));
      if (!nl)
        {
          if (!final)
            break;
          nl = end;
        }
      ps->line_no++;
      if (!parse_line (ps, p, nl, name, error))
        return FALSE;
      p = nl < end ? nl + 1 : end;
    }
  *used = (gsize) (p - data);
  return TRUE;
}

gboolean
dg_nq_parse_data (char *data, gsize len, gboolean quads, DgNqQuadFunc func,
                  gpointer user_data, gint64 *n_read, GError **error)
{
  Parse ps = { .quads = quads, .func = func, .user_data = user_data };
  gsize used;

  init_tables ();
  gboolean ok;

  g_return_val_if_fail (func != NULL && (data != NULL || len == 0), FALSE);
  ps.ln.copy = g_byte_array_new ();
  ok = parse_lines (&ps, data, len, TRUE, &used, "(data)", error);
  g_byte_array_free (ps.ln.copy, TRUE);
  if (n_read)
    *n_read = ps.n;
  return ok;
}

gboolean
dg_nq_parse_file (const char *path, gboolean quads, DgNqQuadFunc func,
                  gpointer user_data, gint64 *n_read, GError **error)
{
  Parse ps = { .quads = quads, .func = func, .user_data = user_data };
  FILE *f;
  gsize cap = BLOCK, have = 0;
  char *buf;
  gboolean ok = TRUE;

  g_return_val_if_fail (path != NULL && func != NULL, FALSE);
  init_tables ();
  if (n_read)
    *n_read = 0;
  f = fopen (path, "rb");
  if (!f)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: %s",
                   path, g_strerror (e));
      return FALSE;
    }
  buf = g_malloc (cap);
  ps.ln.copy = g_byte_array_new ();
  for (;;)
    {
      gsize got, used;
      gboolean eof;

      if (have == cap)
        {
          /* one line longer than the buffer */
          cap *= 2;
          buf = g_realloc (buf, cap);
        }
      got = fread (buf + have, 1, cap - have, f);
      have += got;
      eof = got == 0;
      if (eof && ferror (f))
        {
          int e = errno;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                       "%s: reading failed: %s", path, g_strerror (e));
          ok = FALSE;
          break;
        }
      ok = parse_lines (&ps, buf, have, eof, &used, path, error);
      if (!ok || eof)
        break;
      memmove (buf, buf + used, have - used);
      have -= used;
    }
  fclose (f);
  g_free (buf);
  g_byte_array_free (ps.ln.copy, TRUE);
  if (n_read)
    *n_read = ps.n;
  return ok;
}
