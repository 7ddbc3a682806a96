/* dg-feed.c - RSS/Atom feeds in, one DgDocument per item out
 *
 * libxml2's XML parser with XML_PARSE_NONET and without XML_PARSE_NOENT or
 * XML_PARSE_DTDLOAD: no network, no DTD, entity references stay reference
 * nodes in the tree and this file never follows them (only text and CDATA
 * nodes are read).  libxml2's own limits apply (depth 256, 10 MB per text
 * node, entity amplification).  All tree walks are iterative.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "dg-feed.h"

static const char *
feed_display_name (const char *name)
{
  return name && strcmp (name, "-") != 0 ? name : "<stdin>";
}

gboolean
dg_feed_sniff (const char *data, gsize len)
{
  gsize i = 0;
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  for (;;)
    {
      while (i < len && g_ascii_isspace (data[i]))
        i++;
      if (i + 4 <= len && memcmp (data + i, "<!--", 4) == 0)
        {
          const char *end = g_strstr_len (data + i + 4, (gssize) (len - i - 4), "-->");
          if (!end)
            return FALSE;
          i = (gsize) (end - data) + 3;
        }
      else if (i + 2 <= len && (memcmp (data + i, "<?", 2) == 0 || memcmp (data + i, "<!", 2) == 0))
        {
          const char *end = memchr (data + i, '>', len - i);
          if (!end)
            return FALSE;
          i = (gsize) (end - data) + 1;
        }
      else
        break;
    }
  static const char *const starts[] = { "<rss", "<feed", "<rdf:RDF", "<RDF" };
  for (gsize k = 0; k < G_N_ELEMENTS (starts); k++)
    {
      gsize n = strlen (starts[k]);
      if (i + n < len && memcmp (data + i, starts[k], n) == 0
          && (g_ascii_isspace (data[i + n]) || data[i + n] == '>' || data[i + n] == '/'))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_named (const xmlNode *node, const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static gboolean
has_prefix (const xmlNode *node, const char *prefix)
{
  return node->ns && node->ns->prefix && strcmp ((const char *) node->ns->prefix, prefix) == 0;
}

/* Text and CDATA below @node, in document order; entity references and
 * everything else are skipped. */
static char *
node_text (const xmlNode *node)
{
  GString *out = g_string_new (NULL);
  const xmlNode *cur = node->children;
  while (cur)
    {
      if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE)
        {
          if (cur->content)
            g_string_append (out, (const char *) cur->content);
        }
      else if (cur->type == XML_ELEMENT_NODE && cur->children)
        {
          cur = cur->children;
          continue;
        }
      while (cur && !cur->next)
        {
          cur = cur->parent;
          if (cur == node)
            cur = NULL;
        }
      if (cur)
        cur = cur->next;
    }
  return g_strstrip (g_string_free (out, FALSE));
}

static const char *const rfc822_months[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/* "Tue, 31 Mar 2009 12:00:00 GMT" -> "2009-03-31"; else the reader's
 * normalizer (ISO 8601, "March 31, 2009"). */
static char *
feed_date (const char *text)
{
  const char *p = text;
  const char *comma = strchr (p, ',');
  if (comma && comma - p <= 10)
    p = comma + 1;
  while (*p == ' ')
    p++;
  char *end;
  guint64 day = g_ascii_strtoull (p, &end, 10);
  if (end != p && day >= 1 && day <= 31 && *end == ' ')
    {
      p = end + 1;
      for (guint m = 0; m < 12; m++)
        if (g_ascii_strncasecmp (p, rfc822_months[m], 3) == 0 && p[3] == ' ')
          {
            const char *y = p + 4;
            /* digits only: strtoull reads "-024" as 2^64 - 24 (fuzz-feed) */
            guint64 year = g_ascii_isdigit (*y) ? g_ascii_strtoull (y, &end, 10) : 0;
            if (year >= 1000 && year <= 9999 && end - y == 4)
              return g_strdup_printf ("%04u-%02u-%02u", (guint) year, m + 1, (guint) day);
          }
    }
  return dg_reader_normalize_date (text);
}

typedef struct {
  char *title, *link, *guid, *date, *body;
  gboolean body_is_content;   /* content:encoded / atom:content beats summaries */
} Item;

static void
item_clear (Item *it)
{
  g_free (it->title);
  g_free (it->link);
  g_free (it->guid);
  g_free (it->date);
  g_free (it->body);
}

static void
set_once (char **slot, char *value)
{
  if (*slot == NULL && value && *value)
    *slot = value;
  else
    g_free (value);
}

static void
item_fields (const xmlNode *item, Item *it)
{
  for (const xmlNode *c = item->children; c; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      const char *n = (const char *) c->name;
      if (strcmp (n, "title") == 0)
        set_once (&it->title, node_text (c));
      else if (strcmp (n, "link") == 0)
        {
          xmlChar *href = xmlGetProp (c, (const xmlChar *) "href");
          if (href)
            {
              xmlChar *rel = xmlGetProp (c, (const xmlChar *) "rel");
              if (!rel || strcmp ((const char *) rel, "alternate") == 0)
                set_once (&it->link, g_strstrip (g_strdup ((const char *) href)));
              xmlFree (rel);
              xmlFree (href);
            }
          else
            set_once (&it->link, node_text (c));
        }
      else if (strcmp (n, "guid") == 0 || strcmp (n, "id") == 0)
        set_once (&it->guid, node_text (c));
      else if (strcmp (n, "pubDate") == 0 || strcmp (n, "published") == 0
               || strcmp (n, "updated") == 0 || (strcmp (n, "date") == 0 && has_prefix (c, "dc")))
        {
          g_autofree char *t = node_text (c);
          set_once (&it->date, feed_date (t));
        }
      else if (strcmp (n, "encoded") == 0 || strcmp (n, "content") == 0)
        {
          char *t = node_text (c);
          if (*t && !it->body_is_content)
            {
              g_free (it->body);
              it->body = t;
              it->body_is_content = TRUE;
            }
          else
            g_free (t);
        }
      else if (strcmp (n, "description") == 0 || strcmp (n, "summary") == 0)
        set_once (&it->body, node_text (c));
    }
  /* RSS 1.0: rdf:about names the item */
  if (!it->link)
    {
      xmlChar *about = xmlGetProp (item, (const xmlChar *) "about");
      if (about)
        set_once (&it->link, g_strdup ((const char *) about));
      xmlFree (about);
    }
}

/* Escaped HTML in a description becomes text through the HTML reader. */
static char *
body_text (const char *body, const char *name)
{
  if (!strchr (body, '<') && !strchr (body, '&'))
    return g_strdup (body);
  DgReaderOptions opt = { .format = DG_FORMAT_HTML };
  g_autofree char *html = g_strconcat ("<html><body><article><p>", body,
                                       "</p></article></body></html>", NULL);
  g_autoptr (DgDocument) doc = dg_reader_read_data (html, strlen (html), name, &opt, NULL);
  return doc ? g_strdup (doc->text) : g_strdup ("");
}

static DgDocument *
item_document (Item *it, const char *name, guint index, const DgReaderOptions *options)
{
  g_autofree char *body = it->body ? body_text (it->body, name) : g_strdup ("");
  const char *title = it->title ? it->title : "";
  if (!*title && !*body)
    return NULL;
  DgDocument *doc = dg_document_new ();
  GString *text = g_string_new (title);
  if (*title)
    {
      DgBlock b = { 0, (guint) text->len, DG_BLOCK_HEADLINE };
      g_array_append_val (doc->blocks, b);
      doc->title = g_strdup (title);
      if (*body)
        g_string_append (text, "\n\n");
    }
  g_string_append (text, body);
  doc->text_len = text->len;
  doc->text = g_string_free (text, FALSE);
  doc->path = g_strdup (name);
  doc->url = it->link ? g_strdup (it->link) : NULL;
  doc->date = g_steal_pointer (&it->date);
  if (!doc->date && options && options->date)
    doc->date = dg_reader_normalize_date (options->date);
  if (it->link)
    doc->id = g_strdup (it->link);
  else if (it->guid)
    doc->id = g_strdup (it->guid);
  else
    {
      g_autofree char *abs = name && strcmp (name, "-") != 0
                             ? g_canonicalize_filename (name, NULL) : g_strdup ("stdin");
      doc->id = g_strdup_printf ("file://%s#item-%u", abs, index + 1);
    }
  return doc;
}

GPtrArray *
dg_feed_read_data (const char *data, gsize len, const char *name,
                   const DgReaderOptions *options, guint max_items, GError **error)
{
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  const char *dname = feed_display_name (name);
  gsize max = options && options->max_bytes ? options->max_bytes : DG_READER_DEFAULT_MAX_BYTES;
  if (max_items == 0)
    max_items = DG_FEED_DEFAULT_MAX_ITEMS;
  if (len > max)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE,
                   "%s: %" G_GSIZE_FORMAT " bytes, over the %" G_GSIZE_FORMAT
                   "-byte limit (use --max-bytes)", dname, len, max);
      return NULL;
    }
  if (len > G_MAXINT)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE,
                   "%s: too large for the XML parser", dname);
      return NULL;
    }
  if (memchr (data, '\0', len))
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_BINARY,
                   "%s: binary data (NUL byte at %" G_GSIZE_FORMAT ")", dname,
                   (gsize) ((const char *) memchr (data, '\0', len) - data));
      return NULL;
    }

  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  if (!ctxt)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_PARSE, "%s: out of memory", dname);
      return NULL;
    }
  xmlDocPtr xdoc = xmlCtxtReadMemory (ctxt, data, (int) len, NULL, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                                      | XML_PARSE_NOCDATA);
  if (!xdoc || !ctxt->wellFormed)
    {
      const xmlError *e = xmlCtxtGetLastError (ctxt);
      g_autofree char *msg = e && e->message ? g_strstrip (g_strdup (e->message))
                                             : g_strdup ("parse error");
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_PARSE,
                   "%s: not a well-formed XML feed (line %d: %s)", dname, e ? e->line : 0, msg);
      xmlFreeDoc (xdoc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  xmlNode *root = xmlDocGetRootElement (xdoc);
  if (!root || !(is_named (root, "rss") || is_named (root, "feed") || is_named (root, "RDF")))
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_PARSE,
                   "%s: not an RSS or Atom feed (root element <%s>)", dname,
                   root ? (const char *) root->name : "none");
      xmlFreeDoc (xdoc);
      return NULL;
    }

  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_document_free);
  guint n_items = 0;
  gboolean too_many = FALSE;
  xmlNode *cur = root->children;
  while (cur && !too_many)
    {
      gboolean descend = TRUE;
      if (is_named (cur, "item") || is_named (cur, "entry"))
        {
          descend = FALSE;
          if (++n_items > max_items)
            too_many = TRUE;
          else
            {
              Item it = { 0 };
              item_fields (cur, &it);
              DgDocument *doc = item_document (&it, name, n_items - 1, options);
              if (doc)
                g_ptr_array_add (docs, doc);
              item_clear (&it);
            }
        }
      if (descend && cur->type == XML_ELEMENT_NODE && cur->children)
        {
          cur = cur->children;
          continue;
        }
      while (cur && !cur->next)
        {
          cur = cur->parent;
          if (cur == root)
            cur = NULL;
        }
      if (cur)
        cur = cur->next;
    }
  xmlFreeDoc (xdoc);
  if (too_many)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE,
                   "%s: more than %u items in the feed (use --max-items)", dname, max_items);
      return NULL;
    }
  if (docs->len == 0)
    {
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_EMPTY,
                   "%s: no items with text in the feed", dname);
      return NULL;
    }
  return g_steal_pointer (&docs);
}

GPtrArray *
dg_feed_read_file (const char *path, const DgReaderOptions *options, guint max_items,
                   GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  gsize max = options && options->max_bytes ? options->max_bytes : DG_READER_DEFAULT_MAX_BYTES;
  gboolean is_stdin = strcmp (path, "-") == 0;
  int fd = is_stdin ? 0 : g_open (path, O_RDONLY, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_IO, "%s: cannot open (%s)",
                   path, g_strerror (saved));
      return NULL;
    }
  struct stat st;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && (guint64) st.st_size > max)
    {
      if (!is_stdin)
        close (fd);
      g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE,
                   "%s: %" G_GUINT64_FORMAT " bytes, over the %" G_GSIZE_FORMAT
                   "-byte limit (use --max-bytes)", path, (guint64) st.st_size, max);
      return NULL;
    }
  g_autoptr (GByteArray) buf = g_byte_array_new ();
  guint8 chunk[65536];
  for (;;)
    {
      ssize_t n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          if (!is_stdin)
            close (fd);
          g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_IO, "%s: cannot read (%s)",
                       feed_display_name (path), g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (buf, chunk, (guint) n);
      if (buf->len > max)
        {
          if (!is_stdin)
            close (fd);
          g_set_error (error, DG_READER_ERROR, DG_READER_ERROR_TOO_LARGE,
                       "%s: over the %" G_GSIZE_FORMAT "-byte limit (use --max-bytes)",
                       feed_display_name (path), max);
          return NULL;
        }
    }
  if (!is_stdin)
    close (fd);
  return dg_feed_read_data ((const char *) buf->data, buf->len, path, options, max_items, error);
}
