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

char *
dg_iri_hash (const char *text)
{
  g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA1, text, -1);
  return g_strndup (hex, 16);
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
  g_autofree char *h = dg_iri_hash (key);
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
