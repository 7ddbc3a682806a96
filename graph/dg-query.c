/* dg-query.c - SPARQL over the store through rasqal
 *
 * What rasqal 0.9.33 can and cannot do (../docs/redland-notes.md):
 *  - no property paths (a/rdfs:subClassOf*), no FILTER EXISTS / NOT EXISTS,
 *    no SPARQL Update: these are syntax errors.  dipgraph materializes the
 *    types and super-properties at write time, so `?e a dip:Event` works
 *    without paths.
 *  - VALUES gives wrong rows (or crashes) and DESCRIBE returns nothing:
 *    such queries are refused here with a message naming the alternative.
 * The query is parsed once by rasqal directly, so that a syntax error is
 * told apart from a failure while running; librdf's logger receives
 * rasqal's messages (see dg-rdf.c), which end up in the GError.
 * raptor 2.0.15 writes characters outside the BMP in JSON as \UXXXXXXXX,
 * which is not JSON: they are rewritten as UTF-16 surrogate pairs.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* open_memstream under -std=c11 */
#endif
#include "config.h"

#include <errno.h>
#include <string.h>

#include "dg-query.h"
#include "dg-store-http.h"
#include "dg-store-virtuoso.h"
#include "dg-export.h"
#include "dg-lmdb.h"

/* Result formats: rasqal's writer for bindings/booleans, and the RDF
 * format for graph results (CONSTRUCT). */
typedef enum {
  DG_OWN_NONE,               /* librdf/rasqal writes it */
  DG_OWN_TABLE,
  DG_OWN_CSV,
  DG_OWN_TSV
} DgOwnWriter;

typedef struct {
  const char *name;
  const char *results;     /* librdf_query_results_to_string2 name, or NULL */
  const char *graph;       /* dg_export format for CONSTRUCT results */
  DgOwnWriter own;         /* written here (rasqal 0.9.33's table has no
                            * header and its CSV/TSV lose the header line
                            * when there are no rows) */
} DgQueryFormat;

static const DgQueryFormat dg_query_formats[] = {
  { "table", "table", "turtle", DG_OWN_TABLE },
  { "json", "json", "turtle", DG_OWN_NONE },
  { "csv", "csv", "turtle", DG_OWN_CSV },
  { "tsv", "tsv", "turtle", DG_OWN_TSV },
  { "xml", "xml", "rdfxml", DG_OWN_NONE },
  /* bindings as turtle/rdfxml: the DAWG result-set vocabulary */
  { "turtle", "turtle", "turtle", DG_OWN_NONE },
  { "ntriples", NULL, "ntriples", DG_OWN_NONE },
  { "rdfxml", "rdfxml", "rdfxml", DG_OWN_NONE },
  { NULL, NULL, NULL, DG_OWN_NONE }
};

static const DgQueryFormat *
find_format (const char *name)
{
  const DgQueryFormat *f;

  if (!name)
    return NULL;
  for (f = dg_query_formats; f->name; f++)
    if (g_ascii_strcasecmp (f->name, name) == 0)
      return f;
  return NULL;
}

gboolean
dg_query_is_format (const char *format)
{
  return find_format (format) != NULL;
}

/* ---- a rough SPARQL lexer: skips comments, strings and IRIs ---- */

/* Calls @word for every bare word (letters, digits, '_' and '-') outside
 * comments, strings and IRIs; @prev is the character before the word.
 * Stops when @word returns FALSE. */
typedef gboolean (*WordFunc) (const char *start, gsize len, char prev,
                              const char *after, gpointer user_data);

static void
scan_words (const char *q, WordFunc word, gpointer user_data)
{
  const char *p = q;
  char prev = ' ';

  while (*p)
    {
      if (*p == '#')
        {
          while (*p && *p != '\n')
            p++;
          continue;
        }
      if (*p == '"' || *p == '\'')
        {
          char quote = *p;
          gboolean triple = p[1] == quote && p[2] == quote;

          p += triple ? 3 : 1;
          while (*p)
            {
              if (*p == '\\' && p[1])
                p += 2;
              else if (*p == quote && (!triple || (p[1] == quote && p[2] == quote)))
                {
                  p += triple ? 3 : 1;
                  break;
                }
              else
                p++;
            }
          prev = quote;
          continue;
        }
      if (*p == '<')
        {
          /* an IRI has no spaces; otherwise it is the operator */
          const char *e = p + 1;
          while (*e && *e != '>' && !g_ascii_isspace (*e) && *e != '<' && *e != '"')
            e++;
          if (*e == '>')
            {
              p = e + 1;
              prev = '>';
              continue;
            }
        }
      if (g_ascii_isalpha (*p) || *p == '_')
        {
          const char *s = p;
          while (g_ascii_isalnum (*p) || *p == '_' || *p == '-' || *p == '.')
            p++;
          while (p > s + 1 && p[-1] == '.')    /* "dip:x ." */
            p--;
          if (!word (s, p - s, prev, p, user_data))
            return;
          prev = p[-1];
          continue;
        }
      prev = *p++;
    }
}

static gboolean
collect_prefix (const char *start, gsize len, char prev, const char *after,
                gpointer user_data)
{
  GHashTable *declared = user_data;
  const char *p = after;
  const char *name;

  if (prev == '?' || prev == '$' || prev == ':' || len != 6 || g_ascii_strncasecmp (start, "PREFIX", 6) != 0)
    return TRUE;
  while (g_ascii_isspace (*p))
    p++;
  name = p;
  while (*p && *p != ':' && !g_ascii_isspace (*p))
    p++;
  if (*p == ':')
    g_hash_table_add (declared, g_strndup (name, p - name));
  return TRUE;
}

char *
dg_query_add_prefixes (const char *sparql)
{
  g_autoptr (GHashTable) declared = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                           g_free, NULL);
  GString *out = g_string_new (NULL);
  const DgPrefix *p;

  g_return_val_if_fail (sparql != NULL, NULL);
  scan_words (sparql, collect_prefix, declared);
  /* all on the query's first line: rasqal's line numbers stay right */
  for (p = dg_rdf_prefixes (); p->prefix; p++)
    if (!g_hash_table_contains (declared, p->prefix))
      g_string_append_printf (out, "PREFIX %s: <%s> ", p->prefix, p->iri);
  g_string_append (out, sparql);
  return g_string_free (out, FALSE);
}

/* Keywords rasqal 0.9.33 accepts but answers wrongly. */
typedef struct {
  const char *keyword;
  const char *message;
} Unsupported;

static const Unsupported unsupported[] = {
  { "VALUES", "VALUES is not supported by rasqal 0.9.33 (gives wrong results); "
              "use FILTER(?x IN (...))" },
  { "DESCRIBE", "DESCRIBE is not supported by rasqal 0.9.33 (returns nothing); "
                "use CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <...>) }" },
  { NULL, NULL }
};

typedef struct {
  const Unsupported *found;
  int line;
  const char *query;
} UnsupportedScan;

static gboolean
find_unsupported (const char *start, gsize len, char prev, const char *after,
                  gpointer user_data)
{
  UnsupportedScan *scan = user_data;
  const Unsupported *u;

  (void) after;
  /* ?values, $values, dip:values, :values are names, not keywords */
  if (prev == '?' || prev == '$' || prev == ':' || start[len] == ':')
    return TRUE;
  for (u = unsupported; u->keyword; u++)
    if (strlen (u->keyword) == len && g_ascii_strncasecmp (start, u->keyword, len) == 0)
      {
        const char *c;
        scan->found = u;
        scan->line = 1;
        for (c = scan->query; c < start; c++)
          if (*c == '\n')
            scan->line++;
        return FALSE;
      }
  return TRUE;
}

/* Hints added to rasqal's syntax errors for what it does not implement. */
static const char *
syntax_hint (const char *sparql)
{
  if (strstr (sparql, "EXISTS") || strstr (sparql, "exists"))
    return " (rasqal 0.9.33 has no FILTER EXISTS / NOT EXISTS; "
           "use OPTIONAL { ... } FILTER(!BOUND(?x)))";
  return "";
}

/* ---- JSON repair ---- */

/* Rewrites \UXXXXXXXX escapes (not themselves escaped) as surrogate pairs. */
static char *
json_fix_astral (char *json)
{
  GString *out;
  const char *p;

  if (!json || !strstr (json, "\\U"))
    return json;
  out = g_string_sized_new (strlen (json) + 16);
  for (p = json; *p; )
    {
      if (*p == '\\')
        {
          guint32 c = 0;
          int i;

          if (p[1] != 'U')
            {
              g_string_append_len (out, p, p[1] ? 2 : 1);   /* keeps \\ pairs */
              p += p[1] ? 2 : 1;
              continue;
            }
          for (i = 2; i < 10 && g_ascii_isxdigit (p[i]); i++)
            c = c * 16 + g_ascii_xdigit_value (p[i]);
          if (i == 10 && c >= 0x10000 && c <= 0x10FFFF)
            {
              c -= 0x10000;
              g_string_append_printf (out, "\\u%04X\\u%04X",
                                      0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
            }
          else if (i == 10 && c < 0x10000)
            g_string_append_printf (out, "\\u%04X", c);
          else
            g_string_append_len (out, p, i);
          p += i;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  g_free (json);
  return g_string_free (out, FALSE);
}

/* ---- table, CSV and TSV ---- */

static void
append_escaped (GString *out, const char *text, gboolean quote_only)
{
  const char *p;

  for (p = text; *p; p++)
    switch (*p)
      {
      case '"': g_string_append (out, "\\\""); break;
      case '\\': g_string_append (out, quote_only ? "\\" : "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\t': g_string_append (out, "\\t"); break;
      default: g_string_append_c (out, *p);
      }
}

/* A term as text: @own TABLE uses prefixed names and bare literals, CSV
 * the plain value, TSV the Turtle/N-Triples form. */
static char *
term_text (librdf_node *node, DgOwnWriter own)
{
  GString *out = g_string_new (NULL);

  if (!node)
    ;
  else if (librdf_node_is_resource (node))
    {
      const char *iri = (const char *) librdf_uri_as_string (librdf_node_get_uri (node));
      const DgPrefix *p;
      gboolean done = FALSE;

      if (own == DG_OWN_CSV)
        g_string_append (out, iri);
      else
        {
          if (own == DG_OWN_TABLE)
            for (p = dg_rdf_prefixes (); p->prefix && !done; p++)
              if (g_str_has_prefix (iri, p->iri) && iri[strlen (p->iri)])
                {
                  g_string_append_printf (out, "%s:%s", p->prefix, iri + strlen (p->iri));
                  done = TRUE;
                }
          if (!done)
            g_string_append_printf (out, "<%s>", iri);
        }
    }
  else if (librdf_node_is_blank (node))
    g_string_append_printf (out, "_:%s", librdf_node_get_blank_identifier (node));
  else
    {
      const char *text = (const char *) librdf_node_get_literal_value (node);
      const char *lang = librdf_node_get_literal_value_language (node);
      librdf_uri *dt = librdf_node_get_literal_value_datatype_uri (node);

      if (own == DG_OWN_CSV)
        g_string_append (out, text);
      else if (own == DG_OWN_TABLE)
        append_escaped (out, text, TRUE);
      else
        {
          g_string_append_c (out, '"');
          append_escaped (out, text, FALSE);
          g_string_append_c (out, '"');
          if (lang && *lang)
            g_string_append_printf (out, "@%s", lang);
          else if (dt)
            g_string_append_printf (out, "^^<%s>", librdf_uri_as_string (dt));
        }
    }
  return g_string_free (out, FALSE);
}

static void
append_csv_field (GString *out, const char *text)
{
  if (strpbrk (text, ",\"\r\n"))
    {
      const char *p;
      g_string_append_c (out, '"');
      for (p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

static void
append_padded (GString *out, const char *text, glong width)
{
  glong n = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (; n < width; n++)
    g_string_append_c (out, ' ');
}

/* @names: the projected variables from the parsed query; librdf only
 * knows them once a row was read (no header for an empty result).
 * Without @results, the rows are @node_rows (GPtrArray of librdf_node*). */
static char *
write_bindings (librdf_query_results *results, GPtrArray *node_rows,
                GPtrArray *names, DgOwnWriter own)
{
  int nvars = results ? librdf_query_results_get_bindings_count (results) : 0;
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree glong *width = g_new0 (glong, nvars > 0 ? nvars : 1);
  GString *out = g_string_new (NULL);
  guint rows, r;
  int i;

  gboolean from_query = nvars <= 0;

  if (from_query)
    {
      nvars = names->len;
      width = g_renew (glong, width, nvars > 0 ? nvars : 1);
    }
  for (i = 0; i < nvars; i++)
    {
      const char *name = from_query ? g_ptr_array_index (names, i)
                                    : librdf_query_results_get_binding_name (results, i);
      char *head = own == DG_OWN_TSV ? g_strconcat ("?", name, NULL) : g_strdup (name);
      g_ptr_array_add (cells, head);
      width[i] = g_utf8_strlen (head, -1);
    }
  for (; results && !from_query && !librdf_query_results_finished (results);
       librdf_query_results_next (results))
    for (i = 0; i < nvars; i++)
      {
        librdf_node *value = librdf_query_results_get_binding_value (results, i);
        char *text = term_text (value, own);

        if (value)
          librdf_free_node (value);
        width[i] = MAX (width[i], g_utf8_strlen (text, -1));
        g_ptr_array_add (cells, text);
      }
  /* or rows parsed from a server's answer (dg-store-http.c) */
  for (r = 0; node_rows && r < node_rows->len; r++)
    for (i = 0; i < nvars; i++)
      {
        GPtrArray *row = g_ptr_array_index (node_rows, r);
        char *text = term_text ((guint) i < row->len ? g_ptr_array_index (row, i) : NULL, own);

        width[i] = MAX (width[i], g_utf8_strlen (text, -1));
        g_ptr_array_add (cells, text);
      }
  rows = nvars ? cells->len / nvars : 1;     /* with the header */
  for (r = 0; r < rows; r++)
    {
      for (i = 0; i < nvars; i++)
        {
          const char *text = g_ptr_array_index (cells, r * nvars + i);

          if (own == DG_OWN_TABLE)
            {
              g_string_append (out, i ? " | " : "| ");
              append_padded (out, text, width[i]);
            }
          else if (own == DG_OWN_CSV)
            {
              if (i)
                g_string_append_c (out, ',');
              append_csv_field (out, text);
            }
          else
            {
              if (i)
                g_string_append_c (out, '\t');
              g_string_append (out, text);
            }
        }
      if (own == DG_OWN_TABLE)
        g_string_append (out, nvars ? " |" : "|");
      g_string_append (out, own == DG_OWN_CSV ? "\r\n" : "\n");
      if (own == DG_OWN_TABLE && r == 0 && nvars)
        {
          for (i = 0; i < nvars; i++)
            {
              glong k;
              g_string_append (out, i ? "-+-" : "|-");
              for (k = 0; k < width[i]; k++)
                g_string_append_c (out, '-');
            }
          g_string_append (out, nvars ? "-|\n" : "|\n");
        }
    }
  if (own == DG_OWN_TABLE)
    g_string_append_printf (out, "(%u row%s)\n", rows - 1, rows - 1 == 1 ? "" : "s");
  return g_string_free (out, FALSE);
}

/* ---- running ---- */

static char *
graph_results (DgRdf *rdf, librdf_query_results *results, const char *format,
               GError **error)
{
  g_autoptr (GPtrArray) statements =
    g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  librdf_stream *stream = librdf_query_results_as_stream (results);
  char *buf = NULL;
  size_t size = 0;
  FILE *mem;
  gboolean ok;

  if (!stream)
    {
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_EXEC,
                        "cannot read the graph results");
      return NULL;
    }
  for (; !librdf_stream_end (stream); librdf_stream_next (stream))
    {
      librdf_statement *st = librdf_stream_get_object (stream);
      if (st)
        g_ptr_array_add (statements, librdf_new_statement_from_statement (st));
    }
  librdf_free_stream (stream);
  mem = open_memstream (&buf, &size);
  if (!mem)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "out of memory");
      return NULL;
    }
  ok = dg_export_statements (rdf, statements, NULL, format, mem, error);
  fclose (mem);
  if (!ok)
    {
      free (buf);
      return NULL;
    }
  /* g_free and free are the same allocator since GLib 2.46 */
  return buf;
}

/* Accept headers for the formats the server writes itself. */
static const char *
http_accept (const char *format)
{
  if (strcmp (format, "json") == 0)
    return "application/sparql-results+json, application/ld+json;q=0.5, text/turtle;q=0.4";
  if (strcmp (format, "xml") == 0)
    return "application/sparql-results+xml, application/rdf+xml;q=0.5";
  if (strcmp (format, "ntriples") == 0)
    return "application/n-triples, text/plain;q=0.5";
  if (strcmp (format, "rdfxml") == 0)
    return "application/rdf+xml";
  return "text/turtle";
}

/* sparql+http stores: the query goes to the server as it is (its own
 * SPARQL 1.1: property paths, VALUES...).  json, xml, turtle, ntriples
 * and rdfxml are the server's bytes; table, csv and tsv are written here
 * from its SPARQL JSON results, so they look the same on every store. */
static char *
http_run (DgStore *store, const char *sparql, const DgQueryFormat *fmt, GError **error)
{
  DgStoreHttp *http = dg_store_get_http (store);
  g_autofree char *full = dg_query_add_prefixes (sparql);
  g_autoptr (GPtrArray) names = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  char *graph_text = NULL;
  int boolean;

  if (fmt->own == DG_OWN_NONE)
    return dg_store_http_query (http, full, http_accept (fmt->name), NULL, error);
  if (!dg_store_http_select (http, dg_store_get_rdf (store), full, &names, &rows,
                             &boolean, &graph_text, error))
    return NULL;
  if (graph_text)
    return graph_text;
  if (boolean >= 0)
    return g_strdup (boolean ? "true\n" : "false\n");
  return write_bindings (NULL, rows, names, fmt->own);
}

/* ---- virtuoso: stores: the query runs on the server (vsparql) ---- */

/* exported by librasqal 0.9.33 but missing from rasqal.h: the table a
 * results object made without a query writes its header from */
rasqal_variables_table *rasqal_query_results_get_variables_table (rasqal_query_results *results);

static char *
strdup_malloc (const char *s)
{
  return s ? strdup (s) : NULL;   /* rasqal frees with free() */
}

/* @node as a new rasqal literal (NULL for NULL). */
static rasqal_literal *
node_to_literal (rasqal_world *rw, librdf_node *node)
{
  if (!node)
    return NULL;
  if (librdf_node_is_resource (node))
    return rasqal_new_uri_literal (rw, raptor_uri_copy (librdf_node_get_uri (node)));
  if (librdf_node_is_blank (node))
    return rasqal_new_simple_literal (rw, RASQAL_LITERAL_BLANK,
                                      (unsigned char *) strdup_malloc ((const char *)
                                                                       librdf_node_get_blank_identifier (node)));
  {
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri (node);
    return rasqal_new_string_literal (rw, (unsigned char *) strdup_malloc ((const char *)
                                                                           librdf_node_get_literal_value (node)),
                                      strdup_malloc (librdf_node_get_literal_value_language (node)),
                                      dt ? raptor_uri_copy (dt) : NULL, NULL);
  }
}

/* Rows (GPtrArray of librdf_node*) in a W3C results format, written by
 * rasqal as for the embedded stores. */
static char *
rows_to_format (DgRdf *rdf, GPtrArray *names, GPtrArray *rows, const char *format,
                GError **error)
{
  librdf_world *world = dg_rdf_get_world (rdf);
  rasqal_world *rw = librdf_world_get_rasqal (world);
  rasqal_query_results *qr = rasqal_new_query_results2 (rw, NULL, RASQAL_QUERY_RESULTS_BINDINGS);
  rasqal_variables_table *vt = qr ? rasqal_query_results_get_variables_table (qr) : NULL;
  raptor_iostream *ios = NULL;
  void *buf = NULL;
  size_t len = 0;
  char *text = NULL;

  if (vt)
    {
      for (guint i = 0; i < names->len; i++)
        {
          const char *name = g_ptr_array_index (names, i);
          rasqal_variables_table_add2 (vt, RASQAL_VARIABLE_TYPE_NORMAL,
                                       (const unsigned char *) name, strlen (name), NULL);
        }
    }
  for (guint r = 0; vt && r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);
      rasqal_row *rrow = rasqal_new_row_for_size (rw, (int) names->len);

      for (guint i = 0; rrow && i < names->len && i < row->len; i++)
        {
          rasqal_literal *l = node_to_literal (rw, g_ptr_array_index (row, i));
          if (l)
            {
              rasqal_row_set_value_at (rrow, (int) i, l);   /* copies */
              rasqal_free_literal (l);
            }
        }
      if (rrow)
        rasqal_query_results_add_row (qr, rrow);
    }
  if (vt)
    ios = raptor_new_iostream_to_string (librdf_world_get_raptor (world), &buf, &len, malloc);
  if (ios && rasqal_query_results_write (ios, qr, format, NULL, NULL, NULL) == 0)
    {
      raptor_free_iostream (ios);
      ios = NULL;
      text = g_strndup (buf, len);
    }
  if (ios)
    raptor_free_iostream (ios);
  free (buf);
  if (qr)
    rasqal_free_query_results (qr);
  if (!text)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                 "cannot write the results as %s", format);
  else if (strcmp (format, "json") == 0)
    text = json_fix_astral (text);
  return text;
}

/* ASK's answer in @fmt. */
static char *
boolean_text (const DgQueryFormat *fmt, int b)
{
  if (fmt->own != DG_OWN_NONE)
    return g_strdup (b ? "true\n" : "false\n");
  if (strcmp (fmt->name, "json") == 0)
    return g_strdup_printf ("{\n  \"head\": { },\n  \"boolean\" : %s\n}\n",
                            b ? "true" : "false");
  return g_strdup_printf ("<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
                          "  <head/>\n  <boolean>%s</boolean>\n</sparql>\n",
                          b ? "true" : "false");
}

/* Virtuoso gives blank nodes as <nodeID://ID>, and through ODBC an
 * xsd:gYearMonth or xsd:gYear value as the full date it stores
 * ("2024-06-01"^^xsd:gYearMonth for "2024-06"): cut back to the type's form. */
librdf_node *
dg_query_server_node (librdf_world *world, librdf_node *node)
{
  static const char xsd[] = "http://www.w3.org/2001/XMLSchema#";
  if (node && librdf_node_is_literal (node) && librdf_node_get_literal_value_datatype_uri (node))
    {
      const char *dt = (const char *) librdf_uri_as_string (librdf_node_get_literal_value_datatype_uri (node));
      const char *v = (const char *) librdf_node_get_literal_value (node);
      if (!g_str_has_prefix (dt, xsd))
        return node;
      /* Redland's virtuoso module passes its cached datatype IRIs to
       * librdf_new_uri without a terminating NUL (ASan: a heap overread in
       * librdf_new_uri), so a stray byte can follow "#gYearMonth": an XSD
       * name is letters only */
      static const char *const names[] = {   /* longest first */
        "nonNegativeInteger", "gYearMonth", "dateTime", "boolean", "decimal", "integer",
        "string", "double", "gYear", "date", NULL
      };
      const char *name = dt + strlen (xsd);
      gsize n = 0;
      while (g_ascii_isalpha (name[n]))
        n++;
      /* ... and the stray byte can be a letter ("#gYearMonthb"): the
       * longest XSD name it starts with */
      for (const char *const *x = names; *x; x++)
        if (n >= strlen (*x) && strncmp (name, *x, strlen (*x)) == 0)
          {
            n = strlen (*x);
            break;
          }
      g_autofree char *clean = g_strndup (name, n);
      gsize keep = strcmp (clean, "gYearMonth") == 0 ? 7 : strcmp (clean, "gYear") == 0 ? 4 : 0;
      gboolean cut = keep && strlen (v) == 10 && g_ascii_isdigit (v[0]) && v[4] == '-' && v[7] == '-';
      if (!cut && name[n] == '\0')
        return node;
      g_autofree char *value = cut ? g_strndup (v, keep) : g_strdup (v);
      g_autofree char *iri = g_strconcat (xsd, clean, NULL);
      librdf_uri *uri = librdf_new_uri (world, (const unsigned char *) iri);
      librdf_node *fixed = uri ? librdf_new_node_from_typed_literal (world, (const unsigned char *) value,
                                                                      NULL, uri)
                               : NULL;
      if (uri)
        librdf_free_uri (uri);
      if (fixed)
        {
          librdf_free_node (node);
          node = fixed;
        }
      return node;
    }
  if (node && librdf_node_is_resource (node))
    {
      const char *iri = (const char *) librdf_uri_as_string (librdf_node_get_uri (node));
      if (g_str_has_prefix (iri, "nodeID://"))
        {
          librdf_node *blank = librdf_new_node_from_blank_identifier
            (world, (const unsigned char *) iri + strlen ("nodeID://"));
          librdf_free_node (node);
          return blank;
        }
    }
  return node;
}

static char *
virtuoso_run (DgStore *store, const char *sparql, const DgQueryFormat *fmt, GError **error)
{
  DgRdf *rdf = dg_store_get_rdf (store);
  librdf_world *world = dg_rdf_get_world (rdf);
  g_autofree char *full = dg_query_add_prefixes (sparql);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  librdf_query *query = NULL;
  librdf_query_results *results;
  char *text = NULL;
  int ask, n;

  results = dg_store_virtuoso_query (rdf, dg_store_get_model (store), full, &query,
                                     &ask, error);
  if (!results)
    return NULL;
  if (ask >= 0)
    text = boolean_text (fmt, ask);
  else if (librdf_query_results_is_graph (results))
    text = graph_results (rdf, results, fmt->graph, error);
  else
    {
      n = librdf_query_results_get_bindings_count (results);
      for (int i = 0; i < n; i++)
        g_ptr_array_add (names, g_strdup (librdf_query_results_get_binding_name (results, i)));
      for (; !librdf_query_results_finished (results); librdf_query_results_next (results))
        {
          GPtrArray *row = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_node);
          for (int i = 0; i < n; i++)
            g_ptr_array_add (row, dg_query_server_node (world, librdf_query_results_get_binding_value (results, i)));
          g_ptr_array_add (rows, row);
        }
      if (fmt->own != DG_OWN_NONE)
        text = write_bindings (NULL, rows, names, fmt->own);
      else if (!fmt->results)
        g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
                     "format %s is only for CONSTRUCT queries", fmt->name);
      else
        text = rows_to_format (rdf, names, rows, fmt->results, error);
    }
  librdf_free_query_results (results);
  librdf_free_query (query);
  return text;
}

/* Whether @sparql may have a GRAPH pattern (the word anywhere: a false
 * positive only costs time). */
static gboolean
mentions_graph (const char *sparql)
{
  for (const char *p = sparql; *p; p++)
    if (g_ascii_strncasecmp (p, "graph", 5) == 0
        && (p == sparql || !(g_ascii_isalnum (p[-1]) || p[-1] == '_'))
        && !(g_ascii_isalnum (p[5]) || p[5] == '_'))
      return TRUE;
  return FALSE;
}

char *
dg_query_run_to_string (DgStore *store, const char *sparql, const char *format,
                        GError **error)
{
  DgRdf *rdf;
  librdf_world *world;
  const DgQueryFormat *fmt;
  g_autofree char *full = NULL;
  UnsupportedScan scan = { NULL, 0, sparql };
  rasqal_query *check;
  raptor_sequence *vars;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  librdf_query *query = NULL;
  librdf_query_results *results = NULL;
  librdf_storage *lmdb = NULL;
  gboolean was_hidden = FALSE;
  char *text = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && sparql != NULL, NULL);
  rdf = dg_store_get_rdf (store);
  world = dg_rdf_get_world (rdf);
  fmt = find_format (format ? format : "table");
  if (!fmt)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
                   "unknown query result format \"%s\" (use table, json, csv, "
                   "tsv, xml; turtle, ntriples, rdfxml for CONSTRUCT)", format);
      return NULL;
    }
  if (dg_store_get_http (store))
    return http_run (store, sparql, fmt, error);
  if (strcmp (dg_store_query_language (store), "vsparql") == 0)
    return virtuoso_run (store, sparql, fmt, error);

  scan_words (sparql, find_unsupported, &scan);
  if (scan.found)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_SYNTAX,
                   "%s (line %d)", scan.found->message, scan.line);
      return NULL;
    }

  full = dg_query_add_prefixes (sparql);
  g_free (dg_rdf_take_messages (rdf));
  check = rasqal_new_query (librdf_world_get_rasqal (world), "sparql", NULL);
  rc = check ? rasqal_query_prepare (check, (const unsigned char *) full, NULL) : 1;
  vars = rc == 0 ? rasqal_query_get_bound_variable_sequence (check) : NULL;
  for (int i = 0; vars && i < raptor_sequence_size (vars); i++)
    {
      rasqal_variable *v = raptor_sequence_get_at (vars, i);
      g_ptr_array_add (names, g_strdup ((const char *) v->name));
    }
  if (check)
    rasqal_free_query (check);
  if (rc != 0)
    {
      g_autofree char *messages = dg_rdf_take_messages (rdf);
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_SYNTAX,
                   "bad query: %s%s", messages ? messages : "syntax error",
                   syntax_hint (sparql));
      return NULL;
    }

  query = librdf_new_query (world, "sparql", NULL, (const unsigned char *) full, NULL);
  if (!query)
    {
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_SYNTAX, "bad query");
      return NULL;
    }
  /* lmdb: librdf hands rasqal the list of every named graph before each
   * query (30 ms on 6,600 graphs); only GRAPH patterns use it */
  if (g_str_has_prefix (dg_store_get_spec (store), "lmdb:") && !mentions_graph (sparql))
    {
      lmdb = librdf_model_get_storage (dg_store_get_model (store));
      was_hidden = dg_lmdb_set_hide_graphs (lmdb, TRUE);
    }
  results = librdf_model_query_execute (dg_store_get_model (store), query);
  if (!results)
    {
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_EXEC,
                        "the query failed while running");
      goto out;
    }

  if (librdf_query_results_is_graph (results))
    text = graph_results (rdf, results, fmt->graph, error);
  else if (librdf_query_results_is_boolean (results) && fmt->own != DG_OWN_NONE)
    {
      int b = librdf_query_results_get_boolean (results);
      if (b < 0)
        dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_EXEC,
                          "the query failed while running");
      else
        text = g_strdup (b ? "true\n" : "false\n");
    }
  else if (fmt->own != DG_OWN_NONE && librdf_query_results_is_bindings (results))
    text = write_bindings (results, NULL, names, fmt->own);
  else if (!fmt->results)
    g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
                 "format %s is only for CONSTRUCT queries", fmt->name);
  else
    {
      unsigned char *s = librdf_query_results_to_string2 (results, fmt->results,
                                                          NULL, NULL, NULL);
      if (!s)
        {
          g_autofree char *what = g_strdup_printf ("cannot write the results as %s",
                                                   fmt->name);
          dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_SERIALIZE, what);
        }
      else
        {
          char *fixed = g_strdup ((const char *) s);
          librdf_free_memory (s);
          text = strcmp (fmt->results, "json") == 0 ? json_fix_astral (fixed) : fixed;
        }
    }

out:
  if (results)
    librdf_free_query_results (results);
  if (query)
    librdf_free_query (query);
  if (lmdb)
    dg_lmdb_set_hide_graphs (lmdb, was_hidden);
  return text;
}

gboolean
dg_query_run (DgStore *store, const char *sparql, const char *format,
              FILE *out, GError **error)
{
  g_autofree char *text = NULL;
  size_t len;

  g_return_val_if_fail (out != NULL, FALSE);
  text = dg_query_run_to_string (store, sparql, format, error);
  if (!text)
    return FALSE;
  len = strlen (text);
  errno = 0;
  if (fwrite (text, 1, len, out) != len || fflush (out) != 0 || ferror (out))
    {
      int saved = errno;
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "writing the query results failed: %s",
                   saved ? g_strerror (saved) : "write error");
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_query_inspect (DgRdf *rdf, const char *sparql, DgQueryShape *shape)
{
  g_autofree char *full = dg_query_add_prefixes (sparql);
  rasqal_world *rw = librdf_world_get_rasqal (dg_rdf_get_world (rdf));
  rasqal_query *q = rasqal_new_query (rw, "sparql", NULL);
  gboolean ok = q && rasqal_query_prepare (q, (const unsigned char *) full, NULL) == 0;

  if (ok)
    {
      raptor_sequence *graphs = rasqal_query_get_data_graph_sequence (q);
      shape->verb = rasqal_query_get_verb (q);
      shape->limit = rasqal_query_get_limit (q);
      shape->has_from = graphs && raptor_sequence_size (graphs) > 0;
    }
  if (q)
    rasqal_free_query (q);
  g_free (dg_rdf_take_messages (rdf));
  return ok;
}

char *
dg_query_cap_rows (DgRdf *rdf, const char *sparql, guint max_rows, gboolean *capped,
                   GError **error)
{
  DgQueryShape shape;
  *capped = FALSE;
  if (!dg_query_inspect (rdf, sparql, &shape))
    return g_strdup (sparql);   /* the run reports the syntax error */
  gboolean rows = shape.verb == RASQAL_QUERY_VERB_SELECT
                  || shape.verb == RASQAL_QUERY_VERB_CONSTRUCT
                  || shape.verb == RASQAL_QUERY_VERB_DESCRIBE;
  if (!rows || max_rows == 0)
    return g_strdup (sparql);
  if (shape.limit > (int) max_rows)
    {
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_QUERY_SYNTAX,
                   "LIMIT %d is above the maximum of %u rows", shape.limit, max_rows);
      return NULL;
    }
  if (shape.limit >= 0)
    return g_strdup (sparql);
  *capped = TRUE;
  return g_strdup_printf ("%s\nLIMIT %u", sparql, max_rows);
}
