/* dg-export.c - the store (or a list of statements) as RDF files
 *
 * Serialization goes through raptor directly (librdf_statement is a
 * raptor_statement): a raptor_serializer writing to a raptor_iostream over
 * the caller's FILE*.  Measured with raptor 2.0.15 / librdf 1.0.17:
 *  - librdf_model_as_stream() yields one statement per quad, so a triple
 *    stored in two graphs comes twice; the union formats (turtle, ntriples,
 *    rdfxml) are deduplicated here.
 *  - raptor's "nquads" serializer writes the statement's graph term, so
 *    N-Quads are written by copying each statement with its context set;
 *    the result parses back with `rapper -i nquads`.
 *  - the Turtle writer only declares rdf: unless told: every prefix of
 *    dg_rdf_prefixes() is set on the serializer.
 * Write errors (disk full) surface at fflush()/ferror() time.
 *
 * The other formats sit in the same table with the function that writes
 * them: jsonld from the store (dg-export-jsonld.c), and the view formats
 * (dg-export-graphml.c, -gexf.c, -dot.c, -csv.c, -jsonld.c) from a DgView.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "dg-export.h"
#include "dg-nquads.h"
#include "dg-export-private.h"

/* The exporter table: RDF formats written by raptor (serializer set), by
 * dipgraph from the store (store_func), and view formats (view_func). */
typedef struct {
  const char *name;
  const char *mime;
  DgExportKind kind;
  const char *serializer;     /* raptor serializer name */
  gboolean quads;             /* keeps the named graphs */
  DgExportStoreFunc store_func;
  DgExportViewFunc view_func;
} DgExportFormat;

static const DgExportFormat dg_export_format_table[] = {
  { "turtle", "text/turtle", DG_EXPORT_KIND_RDF, "turtle", FALSE, NULL, NULL },
  { "ntriples", "application/n-triples", DG_EXPORT_KIND_RDF, "ntriples", FALSE, NULL, NULL },
  { "nquads", "application/n-quads", DG_EXPORT_KIND_RDF, "nquads", TRUE, NULL, NULL },
  { "rdfxml", "application/rdf+xml", DG_EXPORT_KIND_RDF, "rdfxml-abbrev", FALSE, NULL, NULL },
  { "jsonld", "application/ld+json", DG_EXPORT_KIND_RDF, NULL, TRUE, dg_export_jsonld, NULL },
  { "graphml", "application/graphml+xml", DG_EXPORT_KIND_VIEW, NULL, FALSE, NULL, dg_export_graphml },
  { "gexf", "application/gexf+xml", DG_EXPORT_KIND_VIEW, NULL, FALSE, NULL, dg_export_gexf },
  { "dot", "text/vnd.graphviz", DG_EXPORT_KIND_VIEW, NULL, FALSE, NULL, dg_export_dot },
  { "svg", "image/svg+xml", DG_EXPORT_KIND_VIEW, NULL, FALSE, NULL, dg_export_svg },
  { "png", "image/png", DG_EXPORT_KIND_VIEW, NULL, FALSE, NULL, dg_export_png },
  { "csv", "text/csv", DG_EXPORT_KIND_VIEW, NULL, FALSE, NULL, dg_export_csv_events },
  { "cytoscape", "application/json", DG_EXPORT_KIND_VIEW, NULL, FALSE, NULL, dg_export_cytoscape },
  { NULL, NULL, 0, NULL, FALSE, NULL, NULL }
};

static const DgExportFormat *
find_format (const char *name)
{
  const DgExportFormat *f;

  if (!name)
    return NULL;
  for (f = dg_export_format_table; f->name; f++)
    if (g_ascii_strcasecmp (f->name, name) == 0)
      return f;
  return NULL;
}

gboolean
dg_export_is_format (const char *format)
{
  return find_format (format) != NULL;
}

gboolean
dg_export_format_info (const char *format, DgExportKind *kind, const char **mime)
{
  const DgExportFormat *f = find_format (format);

  if (!f)
    return FALSE;
  if (kind)
    *kind = f->kind;
  if (mime)
    *mime = f->mime;
  return TRUE;
}

static void
set_unknown_format (GError **error, const char *format)
{
  g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
               "unknown export format \"%s\" (use one of %s)",
               format ? format : "", dg_export_formats ());
}

gboolean
dg_export_view (const DgView *view, const char *format, FILE *out, GError **error)
{
  const DgExportFormat *f = find_format (format);

  g_return_val_if_fail (view != NULL && out != NULL, FALSE);
  if (!f || !f->view_func)
    {
      if (f)
        g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
                     "%s is an RDF format, not a view format", f->name);
      else
        set_unknown_format (error, format);
      return FALSE;
    }
  return f->view_func (view, out, error);
}

/* Writes @dir/@name through a temporary file renamed into place. */
static gboolean
write_csv_file (const DgView *view, const char *dir, const char *name,
                DgExportViewFunc func, GError **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *tmp = g_strconcat (path, ".tmp", NULL);
  FILE *fp = fopen (tmp, "wb");
  gboolean ok;

  if (!fp)
    {
      int saved = errno;
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "cannot create %s: %s", tmp, g_strerror (saved));
      return FALSE;
    }
  ok = func (view, fp, error);
  if (fclose (fp) != 0 && ok)
    {
      int saved = errno;
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "writing %s failed: %s", tmp, g_strerror (saved));
      ok = FALSE;
    }
  if (ok && rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "cannot rename %s to %s: %s", tmp, path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    remove (tmp);
  return ok;
}

gboolean
dg_export_view_csv_dir (const DgView *view, const char *dir, GError **error)
{
  g_return_val_if_fail (view != NULL && dir != NULL, FALSE);
  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      int saved = errno;
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "cannot create the directory %s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return write_csv_file (view, dir, "nodes.csv", dg_export_csv_nodes, error)
    && write_csv_file (view, dir, "edges.csv", dg_export_csv_edges, error)
    && write_csv_file (view, dir, "events.csv", dg_export_csv_events, error);
}

const char *
dg_export_formats (void)
{
  static char *list;

  if (g_once_init_enter (&list))
    {
      GString *s = g_string_new (NULL);
      const DgExportFormat *f;

      for (f = dg_export_format_table; f->name; f++)
        g_string_append_printf (s, "%s%s", s->len ? "," : "", f->name);
      g_once_init_leave (&list, g_string_free (s, FALSE));
    }
  return list;
}

/* One serialization in progress. */
typedef struct {
  DgRdf *rdf;
  const DgExportFormat *format;
  FILE *out;
  raptor_iostream *iostream;
  raptor_serializer *serializer;
  GHashTable *seen;           /* dedup keys of the union formats, or NULL */
} DgWriter;

static void
writer_clear (DgWriter *w)
{
  if (w->serializer)
    raptor_free_serializer (w->serializer);
  if (w->iostream)
    raptor_free_iostream (w->iostream);
  if (w->seen)
    g_hash_table_unref (w->seen);
  w->serializer = NULL;
  w->iostream = NULL;
  w->seen = NULL;
}

static gboolean
writer_start (DgWriter *w, DgRdf *rdf, const char *format, FILE *out,
              GError **error)
{
  raptor_world *raptor = librdf_world_get_raptor (dg_rdf_get_world (rdf));
  const DgPrefix *p;

  memset (w, 0, sizeof *w);
  w->rdf = rdf;
  w->out = out;
  w->format = find_format (format);
  if (!w->format || !w->format->serializer)
    {
      if (w->format)
        g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
                     "%s cannot be written from a list of statements", w->format->name);
      else
        set_unknown_format (error, format);
      return FALSE;
    }
  g_free (dg_rdf_take_messages (rdf));
  w->serializer = raptor_new_serializer (raptor, w->format->serializer);
  w->iostream = raptor_new_iostream_to_file_handle (raptor, out);
  if (!w->serializer || !w->iostream)
    {
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_SERIALIZE,
                        "cannot create the RDF serializer");
      writer_clear (w);
      return FALSE;
    }
  if (!w->format->quads)
    for (p = dg_rdf_prefixes (); p->prefix; p++)
      {
        raptor_uri *uri = raptor_new_uri (raptor, (const unsigned char *) p->iri);
        raptor_serializer_set_namespace (w->serializer, uri,
                                         (const unsigned char *) p->prefix);
        raptor_free_uri (uri);
      }
  if (raptor_serializer_start_to_iostream (w->serializer, NULL, w->iostream) != 0)
    {
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_SERIALIZE,
                        "cannot start the RDF serializer");
      writer_clear (w);
      return FALSE;
    }
  if (!w->format->quads)
    w->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return TRUE;
}

/* Identity of a triple (raptor's term strings quote and escape '"'). */
static char *
triple_key (librdf_statement *st)
{
  g_autofree unsigned char *s = raptor_term_to_string (st->subject);
  g_autofree unsigned char *p = raptor_term_to_string (st->predicate);
  g_autofree unsigned char *o = raptor_term_to_string (st->object);

  return g_strdup_printf ("%s %s %s", s, p, o);
}

/* Writes @st; @context (may be NULL) is its graph, used by N-Quads. */
static gboolean
writer_add (DgWriter *w, librdf_statement *st, librdf_node *context)
{
  int rc;

  if (w->seen && !g_hash_table_add (w->seen, triple_key (st)))
    return TRUE;                                  /* duplicate triple */
  if (w->format->quads && context && !st->graph)
    {
      raptor_statement *copy = raptor_statement_copy (st);

      if (!copy)
        return FALSE;
      copy->graph = raptor_term_copy (context);
      rc = raptor_serializer_serialize_statement (w->serializer, copy);
      raptor_free_statement (copy);
    }
  else
    rc = raptor_serializer_serialize_statement (w->serializer, st);
  return rc == 0;
}

/* Finishes and frees; reports failures of the writer and of the FILE. */
static gboolean
writer_finish (DgWriter *w, gboolean ok, GError **error)
{
  gboolean write_failed = FALSE;
  int saved = 0;

  if (w->serializer && ok)
    ok = raptor_serializer_serialize_end (w->serializer) == 0;
  writer_clear (w);
  if (w->out)
    {
      errno = 0;
      if (fflush (w->out) != 0 || ferror (w->out))
        {
          saved = errno;
          write_failed = TRUE;
        }
    }
  if (write_failed)
    {
      g_free (dg_rdf_take_messages (w->rdf));
      g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                   "writing %s failed: %s", w->format ? w->format->name : "RDF",
                   saved ? g_strerror (saved) : "write error");
      return FALSE;
    }
  if (!ok)
    {
      g_autofree char *what = g_strdup_printf ("serializing %s failed",
                                               w->format ? w->format->name : "RDF");
      dg_rdf_set_error (w->rdf, error, DG_GRAPH_ERROR_SERIALIZE, what);
      return FALSE;
    }
  return TRUE;
}

/* Streams @stream into @w; TRUE when every statement was written. */
static gboolean
write_stream (DgWriter *w, librdf_stream *stream, librdf_node *context)
{
  for (; !librdf_stream_end (stream); librdf_stream_next (stream))
    {
      librdf_statement *st = librdf_stream_get_object (stream);

      if (st && !writer_add (w, st, context))
        return FALSE;
    }
  return TRUE;
}

gboolean
dg_export_store (DgStore *store, const char *format, FILE *out, GError **error)
{
  const DgExportFormat *f;
  DgWriter w;
  librdf_model *model;
  gboolean ok = TRUE;

  g_return_val_if_fail (store != NULL && out != NULL, FALSE);
  f = find_format (format);
  if (f && f->store_func)
    return f->store_func (store, out, error);
  if (f && f->view_func)
    {
      g_autoptr(DgView) view = dg_view_build (store, NULL, error);

      return view && f->view_func (view, out, error);
    }
  if (!writer_start (&w, dg_store_get_rdf (store), format, out, error))
    return FALSE;
  model = dg_store_get_model (store);
  if (w.format->quads)
    {
      librdf_iterator *contexts = librdf_model_get_contexts (model);

      if (!contexts)
        ok = FALSE;
      for (; ok && !librdf_iterator_end (contexts); librdf_iterator_next (contexts))
        {
          librdf_node *ctx = librdf_iterator_get_object (contexts);
          librdf_stream *stream = librdf_model_context_as_stream (model, ctx);

          ok = stream && write_stream (&w, stream, ctx);
          if (stream)
            librdf_free_stream (stream);
        }
      if (contexts)
        librdf_free_iterator (contexts);
    }
  else
    {
      librdf_stream *stream = librdf_model_as_stream (model);

      ok = stream && write_stream (&w, stream, NULL);
      if (stream)
        librdf_free_stream (stream);
    }
  return writer_finish (&w, ok, error);
}

gboolean
dg_export_statements (DgRdf *rdf, GPtrArray *statements, const char *graph_iri,
                      const char *format, FILE *out, GError **error)
{
  DgWriter w;
  librdf_node *context = NULL;
  gboolean ok = TRUE;
  guint i;

  g_return_val_if_fail (rdf != NULL && statements != NULL && out != NULL, FALSE);
  /* one document's statements as lines: the fast writer (raptor's
   * byte-at-a-time iostream was half of "extract --dry-run") */
  if (g_strcmp0 (format, "nquads") == 0 || g_strcmp0 (format, "ntriples") == 0)
    {
      g_autoptr(GString) buf = g_string_sized_new (statements->len * 160);
      dg_nquads_append_statements (buf, statements,
                                   strcmp (format, "nquads") == 0 ? graph_iri : NULL);
      if (fwrite (buf->str, 1, buf->len, out) != buf->len || fflush (out) != 0)
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_SERIALIZE,
                       "writing %s failed: %s", format, g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  if (!writer_start (&w, rdf, format, out, error))
    return FALSE;
  if (graph_iri)
    context = dg_rdf_iri (rdf, graph_iri);
  for (i = 0; ok && i < statements->len; i++)
    ok = writer_add (&w, g_ptr_array_index (statements, i), context);
  if (context)
    librdf_free_node (context);
  return writer_finish (&w, ok, error);
}
