/* dg-iri.c - deterministic IRIs */
#include <string.h>
#include "dg-iri.h"
#include "dg-vocab.h"

char *
dg_iri_slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name ? name : "", "C");
  GString *s = g_string_sized_new (strlen (ascii));
  gboolean dash = FALSE;
  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && s->len)
            g_string_append_c (s, '-');
          g_string_append_c (s, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else if (*p != '\'' && *p != '.')
        dash = TRUE;   /* "O'Brien" -> obrien, "U.S." -> us */
    }
  if (s->len == 0)
    g_string_append (s, "unnamed");
  return g_string_free (s, FALSE);
}

/* ---- SHA-1 (FIPS 180-4), for the hash prefixes of IRIs ------------------
 * GChecksum costs an allocation, a copy into its buffer and a hex string of
 * the whole digest per call; this is the same digest, on the stack. */

static inline guint32
rol32 (guint32 x, int n)
{
  return x << n | x >> (32 - n);
}

/* One round: W(i) is the message schedule word, computed in place. */
#define SHA1_W(i) (w[(i) & 15] = rol32 (w[((i) + 13) & 15] ^ w[((i) + 8) & 15] \
                                         ^ w[((i) + 2) & 15] ^ w[(i) & 15], 1))
#define SHA1_R(a, b, c, d, e, f, k, wi) \
  do { e += rol32 (a, 5) + (f) + (k) + (wi); b = rol32 (b, 30); } while (0)
#define SHA1_F1(b, c, d) (d ^ (b & (c ^ d)))
#define SHA1_F2(b, c, d) (b ^ c ^ d)
#define SHA1_F3(b, c, d) ((b & c) | (d & (b | c)))
/* five rounds, the variables rotating instead of moving */
#define SHA1_5(F, k, i, W) \
  do { \
    SHA1_R (a, b, c, d, e, F (b, c, d), k, W (i)); \
    SHA1_R (e, a, b, c, d, F (a, b, c), k, W ((i) + 1)); \
    SHA1_R (d, e, a, b, c, F (e, a, b), k, W ((i) + 2)); \
    SHA1_R (c, d, e, a, b, F (d, e, a), k, W ((i) + 3)); \
    SHA1_R (b, c, d, e, a, F (c, d, e), k, W ((i) + 4)); \
  } while (0)
#define SHA1_W0(i) (w[i])

static void
sha1_block (guint32 h[5], const guint8 *p)
{
  guint32 w[16];
  for (int i = 0; i < 16; i++)
    w[i] = (guint32) p[4 * i] << 24 | (guint32) p[4 * i + 1] << 16
           | (guint32) p[4 * i + 2] << 8 | p[4 * i + 3];
  guint32 a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  SHA1_5 (SHA1_F1, 0x5A827999, 0, SHA1_W0);
  SHA1_5 (SHA1_F1, 0x5A827999, 5, SHA1_W0);
  SHA1_5 (SHA1_F1, 0x5A827999, 10, SHA1_W0);
  SHA1_R (a, b, c, d, e, SHA1_F1 (b, c, d), 0x5A827999, w[15]);
  SHA1_R (e, a, b, c, d, SHA1_F1 (a, b, c), 0x5A827999, SHA1_W (16));
  SHA1_R (d, e, a, b, c, SHA1_F1 (e, a, b), 0x5A827999, SHA1_W (17));
  SHA1_R (c, d, e, a, b, SHA1_F1 (d, e, a), 0x5A827999, SHA1_W (18));
  SHA1_R (b, c, d, e, a, SHA1_F1 (c, d, e), 0x5A827999, SHA1_W (19));
  SHA1_5 (SHA1_F2, 0x6ED9EBA1, 20, SHA1_W);
  SHA1_5 (SHA1_F2, 0x6ED9EBA1, 25, SHA1_W);
  SHA1_5 (SHA1_F2, 0x6ED9EBA1, 30, SHA1_W);
  SHA1_5 (SHA1_F2, 0x6ED9EBA1, 35, SHA1_W);
  SHA1_5 (SHA1_F3, 0x8F1BBCDC, 40, SHA1_W);
  SHA1_5 (SHA1_F3, 0x8F1BBCDC, 45, SHA1_W);
  SHA1_5 (SHA1_F3, 0x8F1BBCDC, 50, SHA1_W);
  SHA1_5 (SHA1_F3, 0x8F1BBCDC, 55, SHA1_W);
  SHA1_5 (SHA1_F2, 0xCA62C1D6, 60, SHA1_W);
  SHA1_5 (SHA1_F2, 0xCA62C1D6, 65, SHA1_W);
  SHA1_5 (SHA1_F2, 0xCA62C1D6, 70, SHA1_W);
  SHA1_5 (SHA1_F2, 0xCA62C1D6, 75, SHA1_W);
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

void
dg_iri_sha1 (const void *data, gsize len, guint8 digest[20])
{
  guint32 h[5] = { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 };
  const guint8 *p = data;
  gsize left = len;
  for (; left >= 64; left -= 64, p += 64)
    sha1_block (h, p);
  /* the tail, 0x80, zeros and the length in bits: one or two blocks */
  guint8 last[128] = { 0 };
  memcpy (last, p, left);
  last[left] = 0x80;
  gsize n = left < 56 ? 64 : 128;
  guint64 bits = (guint64) len * 8;
  for (int i = 0; i < 8; i++)
    last[n - 1 - i] = (guint8) (bits >> (8 * i));
  sha1_block (h, last);
  if (n == 128)
    sha1_block (h, last + 64);
  for (int i = 0; i < 5; i++)
    {
      digest[4 * i] = (guint8) (h[i] >> 24);
      digest[4 * i + 1] = (guint8) (h[i] >> 16);
      digest[4 * i + 2] = (guint8) (h[i] >> 8);
      digest[4 * i + 3] = (guint8) h[i];
    }
}

void
dg_iri_hash_into (const char *text, gsize len, char out[17])
{
  static const char hex[] = "0123456789abcdef";
  guint8 digest[20];
  dg_iri_sha1 (text, len, digest);
  for (int i = 0; i < 8; i++)
    {
      out[2 * i] = hex[digest[i] >> 4];
      out[2 * i + 1] = hex[digest[i] & 15];
    }
  out[16] = '\0';
}

char *
dg_iri_hash (const char *text)
{
  char h[17];
  dg_iri_hash_into (text, strlen (text), h);
  return g_strdup (h);
}

static const char *
base_or_default (const char *base)
{
  return base ? base : DG_NS_ID;
}

char *
dg_iri_document (const char *base, const char *doc_id)
{
  g_autofree char *h = dg_iri_hash (doc_id);
  return g_strconcat (base_or_default (base), "doc/", h, NULL);
}

char *
dg_iri_country (const char *base, const char *alpha3)
{
  return g_strconcat (base_or_default (base), "country/", alpha3, NULL);
}

char *
dg_iri_person (const char *base, const char *name, const char *affiliation)
{
  g_autofree char *slug = dg_iri_slug (name);
  if (!affiliation)
    return g_strconcat (base_or_default (base), "person/", slug, NULL);
  g_autofree char *aff = dg_iri_slug (affiliation);
  return g_strconcat (base_or_default (base), "person/", aff, "/", slug, NULL);
}

char *
dg_iri_organization (const char *base, const char *id)
{
  g_autofree char *slug = dg_iri_slug (id);
  return g_strconcat (base_or_default (base), "org/", slug, NULL);
}

char *
dg_iri_place (const char *base, const char *name)
{
  g_autofree char *slug = dg_iri_slug (name);
  return g_strconcat (base_or_default (base), "place/", slug, NULL);
}

char *
dg_iri_event (const char *base, const char *key)
{
  return dg_iri_event_len (base, key, strlen (key));
}

char *
dg_iri_event_len (const char *base, const char *key, gsize len)
{
  char h[17];
  dg_iri_hash_into (key, len, h);
  return g_strconcat (base_or_default (base), "event/", h, NULL);
}

gsize
dg_iri_format_long (char *buf, glong v)
{
  char tmp[24];
  gsize n = 0, len = 0;
  gulong u = v < 0 ? -(gulong) v : (gulong) v;
  do
    tmp[n++] = '0' + u % 10;
  while ((u /= 10));
  if (v < 0)
    buf[len++] = '-';
  while (n)
    buf[len++] = tmp[--n];
  buf[len] = '\0';
  return len;
}

char *
dg_iri_sentence (const char *doc_iri, glong begin, glong end)
{
  /* g_strdup_printf ("%s#char=%ld,%ld") without printf: one per mention */
  char num[2][24];
  gsize n[2];
  n[0] = dg_iri_format_long (num[0], begin);
  n[1] = dg_iri_format_long (num[1], end);
  gsize len = strlen (doc_iri);
  char *s = g_malloc (len + 6 + n[0] + 1 + n[1] + 1);
  char *p = s;
  memcpy (p, doc_iri, len);
  p += len;
  memcpy (p, "#char=", 6);
  p += 6;
  memcpy (p, num[0], n[0]);
  p += n[0];
  *p++ = ',';
  memcpy (p, num[1], n[1]);
  p[n[1]] = '\0';
  return s;
}
