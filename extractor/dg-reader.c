/* dg-reader.c - files in, DgDocument out (stage 1 of extractor/)
 *
 * Checks the bytes first (size, known binary signatures, NUL bytes, byte
 * order marks, UTF-8), then reads plain text as it is or HTML through
 * libxml2's HTML parser with the network off and no DTD or external entity
 * loading.  For HTML it keeps the main text of the page: the largest
 * <article> (else <main>, else <body>) without scripts, navigation and the
 * usual page chrome, one paragraph per block element, headings and captions
 * marked as blocks.  Metadata comes from <meta>, <link rel="canonical">,
 * JSON-LD and <time>.  All tree walks are iterative.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>

#include "dg-reader.h"

G_DEFINE_QUARK (dg-reader-error-quark, dg_reader_error)

/* ---------------------------------------------------------------------- */
/* Tables                                                                 */

typedef struct {
  const char *bytes;
  gsize len;
  const char *what;
} Signature;

#define SIG(b, w) { b, sizeof (b) - 1, w }
static const Signature binary_signatures[] = {
  SIG ("\x89PNG\r\n\x1a\n", "PNG image"),
  SIG ("\x7f" "ELF", "ELF executable"),
  SIG ("%PDF-", "PDF document"),
  SIG ("\x1f\x8b", "gzip data"),
  SIG ("PK\x03\x04", "zip archive"),
  SIG ("PK\x05\x06", "zip archive"),
  SIG ("\xff\xd8\xff", "JPEG image"),
  SIG ("GIF87a", "GIF image"),
  SIG ("GIF89a", "GIF image"),
  SIG ("BZh", "bzip2 data"),
  SIG ("\xfd" "7zXZ", "xz data"),
};
#undef SIG

/* First bytes (case-insensitive, after white space) that mean HTML. */
static const char *const html_starts[] = {
  "<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>",
  "<p ", "<meta", "<title",
};

/* Elements whose content is never article text. */
static const char *const drop_elements[] = {
  "script", "style", "noscript", "template", "svg", "math", "nav", "footer",
  "aside", "form", "button", "iframe", "select", "textarea", "input",
  "object", "embed", "canvas", "video", "audio", "map", "head", "title",
  "dialog", "menu", "frameset", "frame",
};

/* ARIA roles of page chrome. */
static const char *const drop_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "search", "menu",
  "menubar", "dialog", "alertdialog", "toolbar",
};

/* Parts of class and id names (split at '-', '_', and camelCase) that
 * mark page chrome.  Whole parts only: "nav" drops "site-nav" and
 * "navBar" but not "canvas-story". */
static const char *const chrome_words[] = {
  "nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer",
  "cookie", "cookies", "consent", "gdpr", "banner", "share", "sharing",
  "sharedaddy", "social", "related", "newsletter", "newsletters",
  "advert", "adverts", "advertisement", "advertising", "ad", "ads",
  "adslot", "promo", "promos", "promoted", "sponsor", "sponsored",
  "breadcrumb", "breadcrumbs", "comment", "comments", "disqus", "sidebar",
  "widget", "subscribe", "subscription", "signup", "paywall", "popup",
  "modal", "outbrain", "taboola", "recommended", "trending", "masthead",
  "skip", "toolbar",
};

/* Block elements: each starts and ends a paragraph. */
static const char *const block_elements[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption",
  "div", "td", "th", "pre", "dd", "dt", "ul", "ol", "dl", "table", "tr",
  "tbody", "thead", "tfoot", "section", "article", "main", "figure",
  "header", "address", "hr", "br", "caption", "details", "summary",
  "center", "body", "html", "legend", "fieldset", "hgroup",
};

/* <meta name=...> values that give the publication date. */
static const char *const date_meta_names[] = {
  "date", "pubdate", "dc.date", "dc.date.issued", "dcterms.date",
  "dcterms.issued", "publish-date", "publication_date", "article.published",
  "sailthru.date", "parsely-pub-date",
};

static const char *const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december",
};

static const char *const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday",
};

static gboolean
in_list (const char *const *list, gsize n, const char *s)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (list[i], s) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
in_list_nocase (const char *const *list, gsize n, const char *s, gsize len)
{
  for (gsize i = 0; i < n; i++)
    if (strlen (list[i]) == len && g_ascii_strncasecmp (list[i], s, len) == 0)
      return TRUE;
  return FALSE;
}

#define IN_LIST(list, s) in_list (list, G_N_ELEMENTS (list), (s))

/* ---------------------------------------------------------------------- */
/* Dates                                                                  */

static int
parse_digits (const char *s, int max, int *value)
{
  int n = 0, v = 0;
  while (n < max && g_ascii_isdigit (s[n]))
    v = v * 10 + (s[n++] - '0');
  *value = v;
  return n;
}

/* 1-12 for a month name or its abbreviation ("Mar", "Sept"), else 0. */
static int
month_from_word (const char *w, gsize len)
{
  if (len < 3)
    return 0;
  for (int m = 0; m < 12; m++)
    if (len <= strlen (month_names[m])
        && g_ascii_strncasecmp (w, month_names[m], len) == 0)
      return m + 1;
  return 0;
}

static gboolean
is_weekday_word (const char *w, gsize len)
{
  if (len < 3)
    return FALSE;
  for (gsize d = 0; d < G_N_ELEMENTS (weekday_names); d++)
    if (len <= strlen (weekday_names[d])
        && g_ascii_strncasecmp (w, weekday_names[d], len) == 0)
      return TRUE;
  return FALSE;
}

static char *
format_date (int y, int m, int d)
{
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

char *
dg_reader_normalize_date (const char *text)
{
  if (text == NULL)
    return NULL;
  const char *p = text;
  while (g_ascii_isspace (*p))
    p++;

  /* ISO 8601 and 2009/03/31: the date part as written */
  int y, m, d;
  if (parse_digits (p, 4, &y) == 4 && (p[4] == '-' || p[4] == '/'))
    {
      char sep = p[4];
      const char *q = p + 5;
      int n = parse_digits (q, 2, &m);
      if (n == 0 || q[n] != sep)
        return NULL;
      q += n + 1;
      n = parse_digits (q, 2, &d);
      if (n == 0 || g_ascii_isdigit (q[n]))
        return NULL;
      q += n;
      if (*q != '\0' && *q != 'T' && *q != 't' && !g_ascii_isspace (*q))
        return NULL;
      return format_date (y, m, d);
    }

  /* "March 31, 2009", "31 March 2009", "Tue, 31 Mar 2009 10:00:00 GMT" */
  y = m = d = 0;
  while (*p && !(y && m && d))
    {
      if (g_ascii_isalpha (*p))
        {
          const char *w = p;
          while (g_ascii_isalpha (*p))
            p++;
          gsize len = (gsize) (p - w);
          int month = month_from_word (w, len);
          if (month && !m)
            m = month;
          else if (!m && !d && is_weekday_word (w, len))
            ;
          else
            return NULL;
          if (*p == '.')
            p++;
        }
      else if (g_ascii_isdigit (*p))
        {
          int v;
          int n = parse_digits (p, 5, &v);
          p += n;
          if (n == 4)
            {
              if (y)
                return NULL;
              y = v;
            }
          else if (n <= 2 && !d)
            {
              d = v;
              /* ordinals: "31st" */
              if ((g_ascii_strncasecmp (p, "st", 2) == 0
                   || g_ascii_strncasecmp (p, "nd", 2) == 0
                   || g_ascii_strncasecmp (p, "rd", 2) == 0
                   || g_ascii_strncasecmp (p, "th", 2) == 0)
                  && !g_ascii_isalpha (p[2]))
                p += 2;
            }
          else
            return NULL;
          if (g_ascii_isalpha (*p))
            return NULL;
        }
      else if (*p == ',' || *p == '.' || g_ascii_isspace (*p))
        p++;
      else
        return NULL;
    }
  if (!(y && m && d))
    return NULL;
  return format_date (y, m, d);
}

/* ---------------------------------------------------------------------- */
/* Input bytes                                                            */

static const char *
display_name (const char *name)
{
  if (name == NULL)
    return "input";
  if (strcmp (name, "-") == 0)
    return "stdin";
  return name;
}

static gsize
effective_max (const DgReaderOptions *options)
{
  if (options && options->max_bytes)
    return options->max_bytes;
  return DG_READER_DEFAULT_MAX_BYTES;
}

static void
set_too_large (GError **error, const char *name, guint64 size, gsize max)
{
  g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE,
               "%s: %" G_GUINT64_FORMAT " bytes, over the %" G_GSIZE_FORMAT
               "-byte limit (use --max-bytes)", display_name (name), size, max);
}

/* Reads a whole file descriptor, at most @max bytes; @hint: its size if
 * known (a regular file), else 0. */
static char *
read_fd (int fd, const char *name, gsize max, gsize hint, gsize *len_out, GError **error)
{
  /* a file's own size (+1 to see the end at once), not 64 KB per article */
  gsize cap = hint > 0 && hint < max ? hint + 1 : 64 * 1024, len = 0;
  char *buf = g_malloc (cap + 1);

  for (;;)
    {
      if (len == cap)
        {
          if (cap > max)
            break;
          cap = MIN (cap * 2, max + 1);
          buf = g_realloc (buf, cap + 1);
        }
      gssize n = read (fd, buf + len, cap - len);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          int saved = errno;
          g_free (buf);
          g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_IO,
                       "%s: cannot read (%s)", display_name (name),
                       g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      len += (gsize) n;
      if (len > max)
        break;
    }
  if (len > max)
    {
      g_free (buf);
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE,
                   "%s: more than %" G_GSIZE_FORMAT " bytes, over the limit "
                   "(use --max-bytes)", display_name (name), max);
      return NULL;
    }
  buf[len] = '\0';
  *len_out = len;
  return buf;
}

/* ---------------------------------------------------------------------- */
/* Plain text                                                             */

static DgDocument *
read_text (const char *data, gsize len, DgDocument *doc)
{
  GString *out = g_string_sized_new (len + 1);
  gsize i = 0;

  /* CRLF and CR to LF, 3+ newlines to a blank line */
  while (i < len)
    {
      if (data[i] == '\r' || data[i] == '\n')
        {
          guint nl = 0;
          while (i < len && (data[i] == '\r' || data[i] == '\n'))
            {
              if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
                i++;
              i++;
              nl++;
            }
          g_string_append_len (out, "\n\n", MIN (nl, 2));
          continue;
        }
      const char *nl = memchr (data + i, '\n', len - i);
      const char *cr = memchr (data + i, '\r', (nl ? (gsize) (nl - data) : len) - i);
      gsize stop = cr ? (gsize) (cr - data) : nl ? (gsize) (nl - data) : len;
      g_string_append_len (out, data + i, (gssize) (stop - i));
      i = stop;
    }

  /* no leading blank lines, no trailing white space */
  gsize lead = 0;
  while (lead < out->len && out->str[lead] == '\n')
    lead++;
  g_string_erase (out, 0, (gssize) lead);
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);

  doc->text_len = out->len;
  doc->text = g_string_free (out, FALSE);

  /* every non-empty line is a block */
  const char *t = doc->text;
  gsize pos = 0, n = doc->text_len;
  while (pos < n)
    {
      const char *nl = memchr (t + pos, '\n', n - pos);
      gsize e = nl ? (gsize) (nl - t) : n, s = pos, next = e + 1;
      while (s < e && g_ascii_isspace (t[s]))
        s++;
      while (e > s && g_ascii_isspace (t[e - 1]))
        e--;
      if (e > s)
        {
          DgBlock b = { (guint) s, (guint) e, DG_BLOCK_BODY };
          g_array_append_val (doc->blocks, b);
        }
      pos = next;
    }

  /* a one-line document is a headline-only article */
  if (doc->blocks->len == 1)
    {
      DgBlock *b = &g_array_index (doc->blocks, DgBlock, 0);
      b->kind = DG_BLOCK_HEADLINE;
      doc->title = g_strndup (doc->text + b->start, b->end - b->start);
    }
  return doc;
}

/* ---------------------------------------------------------------------- */
/* HTML helpers                                                           */

static gboolean
is_element (xmlNode *node, const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name
         && strcmp ((const char *) node->name, name) == 0;
}

/* The value of attribute @name without copying it when possible; *owned
 * gets a copy to free when the value had to be assembled. */
static const char *
attr_peek (xmlNode *node, const char *name, xmlChar **owned)
{
  *owned = NULL;
  for (xmlAttr *a = node->properties; a; a = a->next)
    {
      if (a->name == NULL || g_ascii_strcasecmp ((const char *) a->name, name) != 0)
        continue;
      if (a->children == NULL)
        return "";
      if (a->children->next == NULL && a->children->type == XML_TEXT_NODE
          && a->children->content)
        return (const char *) a->children->content;
      *owned = xmlNodeListGetString (node->doc, a->children, 1);
      return *owned ? (const char *) *owned : "";
    }
  return NULL;
}

/* An owned copy of attribute @name, or NULL. */
static char *
attr_dup (xmlNode *node, const char *name)
{
  xmlChar *owned;
  const char *v = attr_peek (node, name, &owned);
  char *copy = v ? g_strdup (v) : NULL;
  xmlFree (owned);
  return copy;
}

/* Collapses white space, trims; NULL when nothing is left. */
static char *
collapse_ws (const char *s)
{
  if (s == NULL)
    return NULL;
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  for (const char *p = s; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  if (out->len == 0 || !g_utf8_validate (out->str, (gssize) out->len, NULL))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static char *
collapse_take (char *s)
{
  char *r = collapse_ws (s);
  g_free (s);
  return r;
}

/* Does a token list (class, rel, role) contain @word? */
static gboolean
has_token (const char *list, const char *word)
{
  gsize wl = strlen (word);
  const char *p = list;
  while (*p)
    {
      while (*p && g_ascii_isspace (*p))
        p++;
      const char *s = p;
      while (*p && !g_ascii_isspace (*p))
        p++;
      if ((gsize) (p - s) == wl && g_ascii_strncasecmp (s, word, wl) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Is one of the class/id names in @list page chrome? */
static gboolean
has_chrome_word (const char *list)
{
  const char *p = list;
  while (*p)
    {
      while (*p && g_ascii_isspace (*p))
        p++;
      const char *tok = p;
      while (*p && !g_ascii_isspace (*p))
        p++;
      gsize tlen = (gsize) (p - tok);
      if (tlen == 0)
        break;
      /* state classes: "has-sidebar", "no-ads", "comments-open" */
      if ((tlen > 4 && g_ascii_strncasecmp (tok, "has-", 4) == 0)
          || (tlen > 3 && g_ascii_strncasecmp (tok, "no-", 3) == 0)
          || (tlen > 5 && g_ascii_strncasecmp (tok + tlen - 5, "-open", 5) == 0)
          || (tlen > 7 && g_ascii_strncasecmp (tok + tlen - 7, "-closed", 7) == 0))
        continue;
      /* parts split at punctuation and lower-to-upper case changes */
      const char *q = tok;
      while (q < p)
        {
          while (q < p && !g_ascii_isalnum (*q))
            q++;
          const char *s = q;
          if (q < p)
            q++;
          while (q < p && g_ascii_isalnum (*q)
                 && !(g_ascii_isupper (*q) && g_ascii_islower (q[-1])))
            q++;
          if (q > s && in_list_nocase (chrome_words, G_N_ELEMENTS (chrome_words),
                                       s, (gsize) (q - s)))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
attr_matches (xmlNode *node, const char *name, gboolean (*test) (const char *))
{
  xmlChar *owned;
  const char *v = attr_peek (node, name, &owned);
  gboolean r = v && test (v);
  xmlFree (owned);
  return r;
}

static gboolean
is_drop_role (const char *v)
{
  for (gsize i = 0; i < G_N_ELEMENTS (drop_roles); i++)
    if (has_token (v, drop_roles[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_true (const char *v)
{
  return g_ascii_strcasecmp (v, "true") == 0;
}

static gboolean
is_display_none (const char *v)
{
  char *s = g_ascii_strdown (v, -1);
  char *w = s;
  for (char *r = s; *r; r++)
    if (!g_ascii_isspace (*r))
      *w++ = *r;
  *w = '\0';
  gboolean r = strstr (s, "display:none") || strstr (s, "visibility:hidden");
  g_free (s);
  return r;
}

static gboolean
is_caption_class (const char *v)
{
  const char *p = v;
  while (*p)
    {
      while (*p && g_ascii_isspace (*p))
        p++;
      const char *s = p;
      while (*p && !g_ascii_isspace (*p))
        p++;
      gsize len = (gsize) (p - s);
      if (len < 7)
        continue;
      if ((len == 7 && g_ascii_strncasecmp (s, "caption", 7) == 0)
          || g_ascii_strncasecmp (s + len - 8, "-caption", 8) == 0
          || g_ascii_strncasecmp (s + len - 8, "_caption", 8) == 0
          || g_ascii_strncasecmp (s, "caption-", 8) == 0
          || g_ascii_strncasecmp (s, "caption_", 8) == 0
          || (len >= 13 && g_ascii_strncasecmp (s + len - 13, "-caption-text", 13) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Page chrome, hidden content and non-text elements. */
static gboolean
is_dropped (xmlNode *node, gboolean keep_header)
{
  const char *name = (const char *) node->name;
  if (IN_LIST (drop_elements, name))
    return TRUE;
  if (!keep_header && strcmp (name, "header") == 0)
    return TRUE;
  if (node->properties == NULL)
    return FALSE;
  xmlChar *owned;
  const char *v = attr_peek (node, "hidden", &owned);
  xmlFree (owned);
  if (v)
    return TRUE;
  return attr_matches (node, "aria-hidden", is_true)
         || attr_matches (node, "role", is_drop_role)
         || attr_matches (node, "class", has_chrome_word)
         || attr_matches (node, "id", has_chrome_word)
         || attr_matches (node, "style", is_display_none);
}

/* ---------------------------------------------------------------------- */
/* Iterative tree walk                                                    */

typedef enum { WALK_DESCEND, WALK_SKIP } WalkAction;
typedef WalkAction (*WalkEnter) (xmlNode *node, gpointer data);
typedef void (*WalkLeave) (xmlNode *node, gpointer data);

/* Visits the descendants of @root in document order, without recursion.
 * @leave is called for every node @enter descended into. */
static void
walk_tree (xmlNode *root, WalkEnter enter, WalkLeave leave, gpointer data)
{
  xmlNode *node = root->children;
  while (node)
    {
      if (enter (node, data) == WALK_DESCEND)
        {
          if (node->children)
            {
              node = node->children;
              continue;
            }
          if (leave)
            leave (node, data);
        }
      for (;;)
        {
          if (node->next)
            {
              node = node->next;
              break;
            }
          node = node->parent;
          if (node == NULL || node == root)
            return;
          if (leave)
            leave (node, data);
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Metadata                                                               */

typedef struct {
  char *og_title, *html_title, *site_name, *og_url, *canonical;
  char *date_published_time, *date_meta, *date_itemprop, *meta_publisher;
  GPtrArray *jsonld;   /* char*: ld+json script contents */
} Meta;

static void
meta_clear (Meta *m)
{
  g_free (m->og_title);
  g_free (m->html_title);
  g_free (m->site_name);
  g_free (m->og_url);
  g_free (m->canonical);
  g_free (m->date_published_time);
  g_free (m->date_meta);
  g_free (m->date_itemprop);
  g_free (m->meta_publisher);
  g_ptr_array_unref (m->jsonld);
}

static void
set_once (char **slot, char *value)
{
  if (*slot == NULL && value && *value)
    *slot = value;
  else
    g_free (value);
}

static char *
text_content (xmlNode *node)
{
  xmlChar *c = xmlNodeGetContent (node);
  char *s = collapse_ws ((const char *) c);
  xmlFree (c);
  return s;
}

static WalkAction
meta_enter (xmlNode *node, gpointer data)
{
  Meta *m = data;
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return WALK_SKIP;
  const char *name = (const char *) node->name;

  if (strcmp (name, "meta") == 0)
    {
      g_autofree char *content = collapse_take (attr_dup (node, "content"));
      g_autofree char *property = attr_dup (node, "property");
      g_autofree char *mname = attr_dup (node, "name");
      g_autofree char *itemprop = attr_dup (node, "itemprop");
      if (content == NULL)
        return WALK_SKIP;
      const char *keys[2] = { property, mname };
      for (int i = 0; i < 2; i++)
        {
          const char *k = keys[i];
          if (k == NULL)
            continue;
          if (g_ascii_strcasecmp (k, "og:title") == 0)
            set_once (&m->og_title, g_strdup (content));
          else if (g_ascii_strcasecmp (k, "og:site_name") == 0)
            set_once (&m->site_name, g_strdup (content));
          else if (g_ascii_strcasecmp (k, "og:url") == 0)
            set_once (&m->og_url, g_strdup (content));
          else if (g_ascii_strcasecmp (k, "article:published_time") == 0)
            set_once (&m->date_published_time, g_strdup (content));
          else if (g_ascii_strcasecmp (k, "publisher") == 0)
            set_once (&m->meta_publisher, g_strdup (content));
          else if (in_list_nocase (date_meta_names, G_N_ELEMENTS (date_meta_names),
                                   k, strlen (k)))
            set_once (&m->date_meta, g_strdup (content));
        }
      if (itemprop && g_ascii_strcasecmp (itemprop, "datePublished") == 0)
        set_once (&m->date_itemprop, g_strdup (content));
      return WALK_SKIP;
    }
  if (strcmp (name, "svg") == 0 || strcmp (name, "math") == 0)
    return WALK_SKIP;
  if (strcmp (name, "title") == 0)
    {
      set_once (&m->html_title, text_content (node));
      return WALK_SKIP;
    }
  if (strcmp (name, "link") == 0)
    {
      g_autofree char *rel = attr_dup (node, "rel");
      if (rel && has_token (rel, "canonical"))
        set_once (&m->canonical, collapse_take (attr_dup (node, "href")));
      return WALK_SKIP;
    }
  if (strcmp (name, "script") == 0)
    {
      g_autofree char *type = collapse_take (attr_dup (node, "type"));
      if (type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
        {
          xmlChar *c = xmlNodeGetContent (node);
          if (c)
            g_ptr_array_add (m->jsonld, g_strdup ((const char *) c));
          xmlFree (c);
        }
      return WALK_SKIP;
    }
  if (node->properties)
    {
      g_autofree char *itemprop = attr_dup (node, "itemprop");
      if (itemprop && g_ascii_strcasecmp (itemprop, "datePublished") == 0)
        {
          char *v = collapse_take (attr_dup (node, "datetime"));
          if (v == NULL)
            v = collapse_take (attr_dup (node, "content"));
          if (v == NULL)
            v = text_content (node);
          set_once (&m->date_itemprop, v);
        }
    }
  return WALK_DESCEND;
}

/* JSON-LD: the first datePublished, headline and publisher name. */
typedef struct {
  char *date, *headline, *publisher, *publisher_id;
  GHashTable *names;   /* @id -> name */
} JsonLd;

static const char *
json_str (JsonObject *o, const char *key)
{
  JsonNode *v = json_object_get_member (o, key);
  if (v && JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) == G_TYPE_STRING)
    return json_node_get_string (v);
  return NULL;
}

static void
jsonld_walk (JsonNode *node, JsonLd *ld, int depth)
{
  if (node == NULL || depth > 64)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        jsonld_walk (json_array_get_element (a, i), ld, depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;

  JsonObject *o = json_node_get_object (node);
  JsonNode *v;
  if (!ld->date && (v = json_object_get_member (o, "datePublished"))
      && JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) == G_TYPE_STRING)
    ld->date = g_strdup (json_node_get_string (v));
  if (!ld->headline && (v = json_object_get_member (o, "headline"))
      && JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) == G_TYPE_STRING)
    ld->headline = collapse_ws (json_node_get_string (v));
  if (!ld->publisher && !ld->publisher_id
      && (v = json_object_get_member (o, "publisher")))
    {
      if (JSON_NODE_HOLDS_ARRAY (v) && json_array_get_length (json_node_get_array (v)))
        v = json_array_get_element (json_node_get_array (v), 0);
      if (JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) == G_TYPE_STRING)
        ld->publisher = collapse_ws (json_node_get_string (v));
      else if (JSON_NODE_HOLDS_OBJECT (v))
        {
          JsonObject *po = json_node_get_object (v);
          const char *pn = json_str (po, "name");
          const char *pid = json_str (po, "@id");
          if (pn)
            ld->publisher = collapse_ws (pn);
          else if (pid)
            ld->publisher_id = g_strdup (pid);
        }
    }
  JsonNode *idn = json_object_get_member (o, "@id");
  JsonNode *nn = json_object_get_member (o, "name");
  if (idn && nn && JSON_NODE_HOLDS_VALUE (idn) && JSON_NODE_HOLDS_VALUE (nn)
      && json_node_get_value_type (idn) == G_TYPE_STRING
      && json_node_get_value_type (nn) == G_TYPE_STRING)
    g_hash_table_insert (ld->names, g_strdup (json_node_get_string (idn)),
                         g_strdup (json_node_get_string (nn)));

  g_autoptr (GList) members = json_object_get_values (o);
  for (GList *l = members; l; l = l->next)
    {
      JsonNode *child = l->data;
      if (JSON_NODE_HOLDS_OBJECT (child) || JSON_NODE_HOLDS_ARRAY (child))
        jsonld_walk (child, ld, depth + 1);
    }
}

/* Nesting depth of a JSON text (brackets outside strings). */
static int
json_depth (const char *s)
{
  int depth = 0, max = 0;
  gboolean in_str = FALSE;
  for (; *s; s++)
    {
      if (in_str)
        {
          if (*s == '\\' && s[1])
            s++;
          else if (*s == '"')
            in_str = FALSE;
        }
      else if (*s == '"')
        in_str = TRUE;
      else if (*s == '{' || *s == '[')
        max = MAX (max, ++depth);
      else if (*s == '}' || *s == ']')
        depth--;
    }
  return max;
}

static void
jsonld_parse (GPtrArray *scripts, JsonLd *ld)
{
  ld->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < scripts->len; i++)
    {
      const char *src = g_ptr_array_index (scripts, i);
      if (json_depth (src) > 64)
        continue;
      g_autoptr (JsonParser) parser = json_parser_new ();
      if (!json_parser_load_from_data (parser, src, -1, NULL))
        continue;
      jsonld_walk (json_parser_get_root (parser), ld, 0);
    }
  if (!ld->publisher && ld->publisher_id)
    {
      const char *n = g_hash_table_lookup (ld->names, ld->publisher_id);
      ld->publisher = n ? collapse_ws (n) : NULL;
    }
}

static void
jsonld_clear (JsonLd *ld)
{
  g_free (ld->date);
  g_free (ld->headline);
  g_free (ld->publisher);
  g_free (ld->publisher_id);
  if (ld->names)
    g_hash_table_unref (ld->names);
}

/* ---------------------------------------------------------------------- */
/* Choosing the main container                                            */

typedef struct {
  GPtrArray *articles;  /* xmlNode*: outermost <article>s outside chrome */
  xmlNode *main;
} Candidates;

static WalkAction
candidates_enter (xmlNode *node, gpointer data)
{
  Candidates *c = data;
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return WALK_SKIP;
  if (is_dropped (node, FALSE))
    return WALK_SKIP;
  if (is_element (node, "article"))
    {
      g_ptr_array_add (c->articles, node);
      return WALK_SKIP;
    }
  if (c->main == NULL)
    {
      xmlChar *owned;
      const char *role = attr_peek (node, "role", &owned);
      if (is_element (node, "main") || (role && has_token (role, "main")))
        c->main = node;
      xmlFree (owned);
    }
  return WALK_DESCEND;
}

static WalkAction
count_enter (xmlNode *node, gpointer data)
{
  gsize *n = data;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      for (const xmlChar *p = node->content; p && *p; p++)
        if (!g_ascii_isspace (*p))
          (*n)++;
      return WALK_SKIP;
    }
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return WALK_SKIP;
  return is_dropped (node, TRUE) ? WALK_SKIP : WALK_DESCEND;
}

static gsize
text_size (xmlNode *node)
{
  gsize n = 0;
  walk_tree (node, count_enter, NULL, &n);
  return n;
}

/* ---------------------------------------------------------------------- */
/* Main text                                                              */

typedef struct {
  char *text;
  DgBlockKind kind;
  gboolean h1;
} Para;

static void
para_free (gpointer p)
{
  Para *para = p;
  g_free (para->text);
  g_free (para);
}

typedef struct {
  GPtrArray *paras;
  GString *buf;
  gboolean pending_space;
  DgBlockKind buf_kind;
  gboolean buf_h1;
  int headline_depth, caption_depth, h1_depth;
  gboolean keep_header;
  char *time_date;
} Extract;

static void
para_flush (Extract *x)
{
  if (x->buf->len)
    {
      Para *p = g_new0 (Para, 1);
      p->text = g_strndup (x->buf->str, x->buf->len);
      p->kind = x->buf_kind;
      p->h1 = x->buf_h1;
      g_ptr_array_add (x->paras, p);
      g_string_truncate (x->buf, 0);
    }
  x->pending_space = FALSE;
}

static void
para_append (Extract *x, const char *s)
{
  const guchar *p = (const guchar *) s;
  while (*p)
    {
      /* white space: ASCII, NBSP, and the zero-width characters (dropped) */
      if (g_ascii_isspace (*p))
        {
          x->pending_space = TRUE;
          p++;
          continue;
        }
      if (p[0] == 0xC2 && p[1] == 0xA0)
        {
          x->pending_space = TRUE;
          p += 2;
          continue;
        }
      if ((p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x8B || p[2] == 0x8C || p[2] == 0x8D))
          || (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF))
        {
          p += 3;
          continue;
        }
      const guchar *run = p;
      while (*p && !g_ascii_isspace (*p) && *p != 0xC2 && *p != 0xE2 && *p != 0xEF)
        p++;
      if (p == run)
        p++;  /* a lone lead byte that is not one of the above */
      if (x->buf->len == 0)
        {
          x->buf_kind = x->caption_depth ? DG_BLOCK_CAPTION
                        : x->headline_depth ? DG_BLOCK_HEADLINE : DG_BLOCK_BODY;
          x->buf_h1 = x->h1_depth > 0;
        }
      else if (x->pending_space)
        g_string_append_c (x->buf, ' ');
      x->pending_space = FALSE;
      g_string_append_len (x->buf, (const char *) run, p - run);
    }
}

static gboolean
is_heading (const char *name)
{
  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0';
}

static gboolean
is_caption_element (xmlNode *node)
{
  if (is_element (node, "figcaption"))
    return TRUE;
  return node->properties && attr_matches (node, "class", is_caption_class);
}

static WalkAction
extract_enter (xmlNode *node, gpointer data)
{
  Extract *x = data;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content)
        para_append (x, (const char *) node->content);
      return WALK_SKIP;
    }
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return WALK_SKIP;
  if (is_dropped (node, x->keep_header))
    return WALK_SKIP;

  const char *name = (const char *) node->name;
  if (IN_LIST (block_elements, name))
    para_flush (x);
  if (is_heading (name))
    x->headline_depth++;
  if (strcmp (name, "h1") == 0)
    x->h1_depth++;
  if (is_caption_element (node))
    x->caption_depth++;
  if (x->time_date == NULL && strcmp (name, "time") == 0)
    {
      g_autofree char *dt = attr_dup (node, "datetime");
      x->time_date = dg_reader_normalize_date (dt);
      if (x->time_date == NULL)
        {
          g_autofree char *t = text_content (node);
          x->time_date = dg_reader_normalize_date (t);
        }
    }
  return WALK_DESCEND;
}

static void
extract_leave (xmlNode *node, gpointer data)
{
  Extract *x = data;
  if (node->type != XML_ELEMENT_NODE)
    return;
  const char *name = (const char *) node->name;
  if (IN_LIST (block_elements, name))
    para_flush (x);
  if (is_heading (name))
    x->headline_depth--;
  if (strcmp (name, "h1") == 0)
    x->h1_depth--;
  if (is_caption_element (node))
    x->caption_depth--;
}

/* Case-insensitive equality of two collapsed strings. */
static gboolean
same_text (const char *a, const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);
  return strcmp (fa, fb) == 0;
}

/* "Headline | Site", "Headline - Site": does @title start with @h and then
 * only a site suffix follow? */
static gboolean
is_title_with_suffix (const char *title, const char *h)
{
  gsize hl = strlen (h);
  if (strlen (title) <= hl + 2 || g_ascii_strncasecmp (title, h, hl) != 0)
    return FALSE;
  const char *rest = title + hl;
  return g_str_has_prefix (rest, " | ") || g_str_has_prefix (rest, " - ")
         || g_str_has_prefix (rest, " \xe2\x80\x94 ")  /* — */
         || g_str_has_prefix (rest, " \xe2\x80\x93 ")  /* – */
         || g_str_has_prefix (rest, " : ") || g_str_has_prefix (rest, " :: ");
}

/* Absolute URL or NULL. */
static char *
absolute_url (const char *url, const char *base)
{
  if (url == NULL)
    return NULL;
  if (strstr (url, "://"))
    return g_strdup (url);
  if (base && strstr (base, "://"))
    {
      xmlChar *u = xmlBuildURI ((const xmlChar *) url, (const xmlChar *) base);
      char *r = u ? g_strdup ((const char *) u) : NULL;
      xmlFree (u);
      return r;
    }
  return NULL;
}

/* "<!DOCTYPE html [ <!ENTITY ...> ]>": the HTML parser never reads an
 * internal subset (so never expands its entities) but shows it as text.
 * Returns a copy without it, or NULL when there is none. */
static char *
strip_internal_subset (const char *data, gsize len, gsize *out_len)
{
  gsize n = MIN (len, 4096), i;
  for (i = 0; i + 9 <= n; i++)
    if (data[i] == '<' && g_ascii_strncasecmp (data + i, "<!doctype", 9) == 0)
      break;
  if (i + 9 > n)
    return NULL;
  gsize j = i + 9;
  while (j < len && data[j] != '>' && data[j] != '[')
    j++;
  if (j >= len || data[j] != '[')
    return NULL;
  gsize k = j + 1;
  for (;;)
    {
      const char *close = memchr (data + k, ']', len - k);
      if (close == NULL)
        return NULL;
      k = (gsize) (close - data) + 1;
      while (k < len && g_ascii_isspace (data[k]))
        k++;
      if (k < len && data[k] == '>')
        break;
    }
  GString *out = g_string_sized_new (len);
  g_string_append_len (out, data, (gssize) j);
  g_string_append_len (out, data + k, (gssize) (len - k));
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

/* The charset a page declares (<meta charset>, http-equiv), lower case,
 * or NULL.  Looks at the first 64 KiB like libxml2 looks at <head>. */
static char *
declared_charset (const char *data, gsize len)
{
  gsize n = MIN (len, 65536);
  for (gsize i = 0; i + 7 < n; i++)
    {
      if ((data[i] != 'c' && data[i] != 'C')
          || g_ascii_strncasecmp (data + i, "charset", 7) != 0)
        continue;
      gsize j = i + 7;
      while (j < n && g_ascii_isspace (data[j]))
        j++;
      if (j >= n || data[j] != '=')
        continue;
      j++;
      while (j < n && (g_ascii_isspace (data[j]) || data[j] == '"' || data[j] == '\''))
        j++;
      gsize k = j;
      while (k < n && (g_ascii_isalnum (data[k]) || strchr ("-_.:", data[k])))
        k++;
      if (k > j)
        return g_ascii_strdown (data + j, (gssize) (k - j));
    }
  return NULL;
}

/* windows-1252 bytes 0x80-0x9F (0: undefined, becomes U+FFFD). */
static const guint16 cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Charsets that are windows-1252 as far as the web is concerned. */
static const char *const cp1252_names[] = {
  "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
  "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
};

/* windows-1252 to UTF-8, total (every byte maps to something). */
static char *
cp1252_to_utf8 (const char *data, gsize len)
{
  GString *out = g_string_sized_new (len + len / 8 + 1);
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];
      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        {
          gunichar u = c >= 0xA0 ? c : cp1252_high[c - 0x80];
          g_string_append_unichar (out, u ? u : 0xFFFD);
        }
    }
  return g_string_free (out, FALSE);
}

/* The encoding to hand libxml2 (NULL: let it follow the page).  Sets
 * *converted to a UTF-8 copy of the bytes when this function did the
 * conversion itself: UTF-8 pages with a few bad bytes are repaired,
 * windows-1252 (and undeclared non-UTF-8) pages are converted with a total
 * table so that no byte stops the conversion half-way. */
static const char *
html_encoding (const char *data, gsize len, char **converted)
{
  *converted = NULL;
  g_autofree char *cs = declared_charset (data, len);
  gboolean valid = g_utf8_validate_len (data, len, NULL);
  if (cs == NULL)
    {
      /* undeclared: UTF-8 when it is, else the web's legacy default */
      if (!valid)
        *converted = cp1252_to_utf8 (data, len);
      return "UTF-8";
    }
  if (IN_LIST (cp1252_names, cs))
    {
      if (!valid || strcmp (cs, "us-ascii") != 0)
        *converted = cp1252_to_utf8 (data, len);
      return "UTF-8";
    }
  if (strcmp (cs, "utf-8") == 0 || strcmp (cs, "utf8") == 0
      || g_str_has_prefix (cs, "utf-16"))
    {
      /* (a UTF-16 declaration in an 8-bit file means UTF-8, as in browsers) */
      if (!valid)
        *converted = g_utf8_make_valid (data, (gssize) len);
      return "UTF-8";
    }
  return NULL;
}

static void
silent_generic_error (void *ctx, const char *msg, ...)
{
  (void) ctx;
  (void) msg;
}

static void
silent_structured_error (void *ctx, xmlErrorPtr err)
{
  (void) ctx;
  (void) err;
}

/* htmlReadMemory with libxml2's own messages (encoding and I/O errors are
 * not covered by HTML_PARSE_NOERROR) kept off stderr: library code never
 * prints.  The handlers are per thread and restored afterwards. */
static htmlDocPtr
parse_html_quietly (const char *data, int len, const char *encoding, int opts)
{
  xmlGenericErrorFunc old_generic = xmlGenericError;
  void *old_generic_ctx = xmlGenericErrorContext;
  xmlStructuredErrorFunc old_structured = xmlStructuredError;
  void *old_structured_ctx = xmlStructuredErrorContext;
  xmlSetGenericErrorFunc (NULL, silent_generic_error);
  xmlSetStructuredErrorFunc (NULL, silent_structured_error);
  htmlDocPtr doc = htmlReadMemory (data, len, NULL, encoding, opts);
  xmlSetGenericErrorFunc (old_generic_ctx, old_generic);
  xmlSetStructuredErrorFunc (old_structured_ctx, old_structured);
  return doc;
}

static gboolean
read_html (const char *data, gsize len, const char *name, gboolean utf8,
           DgDocument *doc, GError **error)
{
  gsize stripped_len = 0;
  g_autofree char *stripped = strip_internal_subset (data, len, &stripped_len);
  if (stripped)
    {
      data = stripped;
      len = stripped_len;
    }
  if (len > G_MAXINT)
    {
      set_too_large (error, name, len, G_MAXINT);
      return FALSE;
    }
  int opts = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
             | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT;
  g_autofree char *repaired = NULL;
  const char *encoding = utf8 ? "UTF-8" : html_encoding (data, len, &repaired);
  if (repaired)
    {
      data = repaired;
      len = strlen (repaired);
    }
  htmlDocPtr hdoc = parse_html_quietly (data, (int) len, encoding, opts);
  if (hdoc == NULL)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_PARSE,
                   "%s: cannot parse the HTML (is it HTML? try --format text)",
                   display_name (name));
      return FALSE;
    }

  /* metadata from the whole page */
  Meta m = { 0 };
  m.jsonld = g_ptr_array_new_with_free_func (g_free);
  walk_tree ((xmlNode *) hdoc, meta_enter, NULL, &m);
  JsonLd ld = { 0 };
  jsonld_parse (m.jsonld, &ld);

  /* the main container: the largest <article>, else <main>, else <body> */
  xmlNode *root = xmlDocGetRootElement (hdoc);
  xmlNode *body = NULL;
  for (xmlNode *c = root ? root->children : NULL; c; c = c->next)
    if (is_element (c, "body"))
      body = c;
  if (body == NULL)
    body = root ? root : (xmlNode *) hdoc;

  Candidates cand = { g_ptr_array_new (), NULL };
  walk_tree (body, candidates_enter, NULL, &cand);
  xmlNode *container = cand.main ? cand.main : body;
  gboolean keep_header = cand.main != NULL;
  gsize best = 0;
  xmlNode *best_article = NULL;
  for (guint i = 0; i < cand.articles->len; i++)
    {
      xmlNode *a = g_ptr_array_index (cand.articles, i);
      gsize n = text_size (a);
      if (n > best)
        {
          best = n;
          best_article = a;
        }
    }
  /* a teaser <article> next to a story that is not in one does not count */
  if (best_article && (best >= 1000 || best * 4 >= text_size (container)))
    {
      container = best_article;
      keep_header = TRUE;
    }
  g_ptr_array_unref (cand.articles);

  Extract x = { 0 };
  x.paras = g_ptr_array_new_with_free_func (para_free);
  x.buf = g_string_new (NULL);
  x.keep_header = keep_header;
  walk_tree (container, extract_enter, extract_leave, &x);
  para_flush (&x);

  /* title: og:title, the article's <h1>, JSON-LD headline, <title> */
  const char *h1 = NULL;
  for (guint i = 0; i < x.paras->len && !h1; i++)
    {
      Para *p = g_ptr_array_index (x.paras, i);
      if (p->h1)
        h1 = p->text;
    }
  char *title = NULL;
  if (m.og_title)
    title = g_strdup (h1 && is_title_with_suffix (m.og_title, h1) ? h1 : m.og_title);
  else if (h1)
    title = g_strdup (h1);
  else if (ld.headline)
    title = g_strdup (ld.headline);
  else if (m.html_title)
    {
      const char *site = m.site_name ? m.site_name : ld.publisher;
      title = g_strdup (m.html_title);
      if (site && g_str_has_suffix (title, site))
        {
          gsize tl = strlen (title) - strlen (site);
          while (tl > 0 && strchr (" |-:\xe2\x80\x93\x94", title[tl - 1]))
            tl--;
          if (tl > 0)
            title[tl] = '\0';
        }
    }
  doc->title = title;

  /* the text: the title first (unless the <h1> says the same), then the
   * paragraphs, separated by blank lines */
  GString *out = g_string_new (NULL);
  gboolean title_para = title && !(h1 && same_text (h1, title));
  if (title_para)
    {
      DgBlock b = { 0, (guint) strlen (title), DG_BLOCK_HEADLINE };
      g_string_append (out, title);
      g_array_append_val (doc->blocks, b);
    }
  for (guint i = 0; i < x.paras->len; i++)
    {
      Para *p = g_ptr_array_index (x.paras, i);
      if (out->len)
        g_string_append (out, "\n\n");
      guint start = (guint) out->len;
      g_string_append (out, p->text);
      if (p->kind != DG_BLOCK_BODY)
        {
          DgBlock b = { start, (guint) out->len, p->kind };
          g_array_append_val (doc->blocks, b);
        }
    }
  doc->text_len = out->len;
  doc->text = g_string_free (out, FALSE);

  /* date: the page's own, most specific first */
  const char *dates[] = { m.date_published_time, m.date_meta, m.date_itemprop,
                          ld.date, x.time_date };
  for (gsize i = 0; i < G_N_ELEMENTS (dates) && doc->date == NULL; i++)
    doc->date = dg_reader_normalize_date (dates[i]);

  const char *pub = m.site_name ? m.site_name
                    : ld.publisher ? ld.publisher : m.meta_publisher;
  doc->publisher = collapse_ws (pub);

  doc->url = absolute_url (m.canonical, m.og_url);
  if (doc->url == NULL)
    doc->url = absolute_url (m.og_url, NULL);
  if (doc->url && !g_utf8_validate (doc->url, -1, NULL))
    g_clear_pointer (&doc->url, g_free);

  g_ptr_array_unref (x.paras);
  g_string_free (x.buf, TRUE);
  g_free (x.time_date);
  meta_clear (&m);
  jsonld_clear (&ld);
  xmlFreeDoc (hdoc);

  const char *bad;
  if (!g_utf8_validate (doc->text, (gssize) doc->text_len, &bad))
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_ENCODING,
                   "%s: the text is not valid UTF-8 after charset conversion "
                   "(at text byte %" G_GSIZE_FORMAT "; check the page's charset)",
                   display_name (name), (gsize) (bad - doc->text));
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Entry points                                                           */

static gboolean
looks_like_html (const char *data, gsize len, const char *name)
{
  if (name && (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm")
               || g_str_has_suffix (name, ".xhtml") || g_str_has_suffix (name, ".HTML")
               || g_str_has_suffix (name, ".HTM")))
    return TRUE;
  gsize i = 0;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  const char *p = data + i;
  gsize rest = len - i;
  for (gsize k = 0; k < G_N_ELEMENTS (html_starts); k++)
    {
      gsize kl = strlen (html_starts[k]);
      if (rest >= kl && g_ascii_strncasecmp (p, html_starts[k], kl) == 0)
        return TRUE;
    }
  /* "<?xml ...?>" or a comment first: look a little further */
  if ((rest >= 5 && memcmp (p, "<?xml", 5) == 0) || (rest >= 4 && memcmp (p, "<!--", 4) == 0))
    {
      gsize n = MIN (rest, 2048);
      for (gsize k = 0; k + 5 <= n; k++)
        if (g_ascii_strncasecmp (p + k, "<html", 5) == 0)
          return TRUE;
    }
  return FALSE;
}

static char *
file_id (const char *name)
{
  g_autofree char *abs = g_canonicalize_filename (name, NULL);
  char *uri = g_filename_to_uri (abs, NULL, NULL);
  return uri ? uri : g_strconcat ("file://", abs, NULL);
}

DgDocument *
dg_reader_read_data (const char *data, gsize len, const char *name,
                     const DgReaderOptions *options, GError **error)
{
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  const char *dname = display_name (name);
  gsize max = effective_max (options);
  if (len > max)
    {
      set_too_large (error, name, len, max);
      return NULL;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (binary_signatures); i++)
    {
      const Signature *s = &binary_signatures[i];
      if (len >= s->len && memcmp (data, s->bytes, s->len) == 0)
        {
          g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_BINARY,
                       "%s: binary data (%s)", dname, s->what);
          return NULL;
        }
    }

  /* byte order marks */
  const char *body = data;
  gsize body_len = len, base = 0;
  g_autofree char *converted = NULL;
  gboolean utf8 = FALSE;
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      body += 3;
      body_len -= 3;
      base = 3;
      utf8 = TRUE;
    }
  else if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                        || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      const char *from = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;
      g_autoptr (GError) cerr = NULL;
      converted = g_convert (data + 2, (gssize) (len - 2), "UTF-8", from, NULL,
                             &written, &cerr);
      if (converted == NULL)
        {
          g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_ENCODING,
                       "%s: not valid %s (%s)", dname, from, cerr->message);
          return NULL;
        }
      body = converted;
      body_len = written;
      utf8 = TRUE;
    }

  const char *nul = memchr (body, '\0', body_len);
  if (nul)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_BINARY,
                   converted ? "%s: binary data (NUL character at %" G_GSIZE_FORMAT ")"
                             : "%s: binary data (NUL byte at %" G_GSIZE_FORMAT ")",
                   dname, (gsize) (nul - body) + base);
      return NULL;
    }

  gsize nonblank = 0;
  while (nonblank < body_len && g_ascii_isspace (body[nonblank]))
    nonblank++;
  if (nonblank == body_len)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_EMPTY,
                   "%s: no text (the input is empty or only white space)", dname);
      return NULL;
    }

  DgFormat format = options ? options->format : DG_FORMAT_AUTO;
  if (format == DG_FORMAT_AUTO)
    format = looks_like_html (body, body_len, name) ? DG_FORMAT_HTML : DG_FORMAT_TEXT;

  g_autoptr (DgDocument) doc = dg_document_new ();
  doc->path = g_strdup (name);

  if (format == DG_FORMAT_TEXT)
    {
      const char *bad;
      if (!g_utf8_validate_len (body, body_len, &bad))
        {
          g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_ENCODING,
                       "%s: not UTF-8 at byte %" G_GSIZE_FORMAT
                       " (convert the file to UTF-8, e.g. with iconv)",
                       dname, (gsize) (bad - body) + base);
          return NULL;
        }
      read_text (body, body_len, doc);
    }
  else if (!read_html (body, body_len, name, utf8, doc, error))
    return NULL;

  if (doc->text_len == 0)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_EMPTY,
                   "%s: no article text found%s", dname,
                   format == DG_FORMAT_HTML ? " in the HTML (try --format text)" : "");
      return NULL;
    }

  if (doc->date == NULL && options && options->date)
    doc->date = dg_reader_normalize_date (options->date);

  if (options && options->id)
    doc->id = g_strdup (options->id);
  else if (doc->url)
    doc->id = g_strdup (doc->url);
  else if (name && strcmp (name, "-") != 0)
    doc->id = file_id (name);
  else
    {
      g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA1,
                                                          (const guchar *) data, len);
      doc->id = g_strconcat ("sha1:", sum, NULL);
    }
  return g_steal_pointer (&doc);
}

DgDocument *
dg_reader_read_file (const char *path, const DgReaderOptions *options,
                     GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  gsize max = effective_max (options);
  gsize hint = 0;   /* a regular file's size */
  int fd;
  gboolean is_stdin = strcmp (path, "-") == 0;
  if (is_stdin)
    fd = 0;
  else
    {
      fd = g_open (path, O_RDONLY, 0);
      if (fd < 0)
        {
          int saved = errno;
          g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_IO,
                       "%s: cannot open (%s)", path, g_strerror (saved));
          return NULL;
        }
      struct stat st;
      if (fstat (fd, &st) == 0)
        {
          if (S_ISDIR (st.st_mode))
            {
              close (fd);
              g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_IO,
                           "%s: is a directory (give the files in it)", path);
              return NULL;
            }
          if (S_ISREG (st.st_mode) && (guint64) st.st_size > max)
            {
              close (fd);
              set_too_large (error, path, (guint64) st.st_size, max);
              return NULL;
            }
          if (S_ISREG (st.st_mode))
            hint = (gsize) st.st_size;
        }
    }

  gsize len = 0;
  g_autofree char *data = read_fd (fd, path, max, hint, &len, error);
  if (!is_stdin)
    close (fd);
  if (data == NULL)
    return NULL;
  return dg_reader_read_data (data, len, path, options, error);
}
