/* dg-writer.c - facts -> RDF statements in the document's named graph
 *
 * Every resource gets rdfs:label and rdf:type for its class and every
 * ancestor class (ontology/classes.tsv), because rasqal has no property
 * paths.  Offsets are written in Unicode characters (NIF), converted from
 * the extractor's byte offsets.
 */
#include <stdlib.h>
#include <string.h>
#include "dg-writer.h"
#include "dg-vocab.h"
#include "dg-iri.h"
#include "dg-cameo.h"
#include "dg-nquads.h"
#include "dg-lmdb.h"

/* A double and its "%.2f" (emit_decimal). */
typedef struct {
  guint64 bits;          /* of the double */
  gboolean used;
  char text[G_ASCII_DTOSTR_BUF_SIZE];
} DecimalSlot;

typedef struct {
  DgTripleSink *sink;
  const char *base;
  const DgFacts *facts;
  char *doc_iri;
  char **actor_iris;
  char **place_iris;
  const char *text;
  gsize text_len;
  /* byte -> char offsets: characters before each 32-byte block */
  glong *block_chars;
  GHashTable *spans;     /* NIF strings already written: SpanKey -> IRI */
  GHashTable *classes;   /* class name -> dip: IRI */
  GHashTable *chains;    /* class name (by address) -> its rdf:type IRIs */
  GPtrArray *owned;      /* strings given to the sink, freed at the end */
  GString *key;          /* event_key() */
  DecimalSlot decimals[16];
} Writer;

/* A NIF string of this document: its class and character offsets. */
typedef struct {
  const char *cls;
  glong begin, end;
} SpanKey;

static guint
span_key_hash (gconstpointer p)
{
  const SpanKey *k = p;
  return (guint) (k->begin * 31 + k->end);
}

static gboolean
span_key_equal (gconstpointer a, gconstpointer b)
{
  const SpanKey *x = a, *y = b;
  return x->begin == y->begin && x->end == y->end
         && (x->cls == y->cls || strcmp (x->cls, y->cls) == 0);
}

/* Every string given to the sink stays valid until dg_writer_write()
 * returns (the N-Quads sink formats an IRI once per address). */
static const char *
keep (Writer *w, char *s)
{
  g_ptr_array_add (w->owned, s);
  return s;
}

static void
emit (Writer *w, const char *s, const char *p, const DgObject *o)
{
  w->sink->triple (w->sink, s, p, o);
}

static void
emit_iri (Writer *w, const char *s, const char *p, const char *iri)
{
  if (iri)
    {
      DgObject o = { TRUE, iri, 0, NULL };
      emit (w, s, p, &o);
    }
}

static void
emit_typed (Writer *w, const char *s, const char *p, const char *text, const char *dt)
{
  if (text && *text)
    {
      DgObject o = { FALSE, text, 0, dt };
      emit (w, s, p, &o);
    }
}

static void
emit_text (Writer *w, const char *s, const char *p, const char *text)
{
  emit_typed (w, s, p, text, NULL);
}

/* A literal that is a stretch of the document text (no copy). */
static void
emit_span_text (Writer *w, const char *s, const char *p, guint start, guint end)
{
  DgObject o = { FALSE, w->text + start, end - start, NULL };
  emit (w, s, p, &o);
}

static void
emit_decimal (Writer *w, const char *s, const char *p, double value)
{
  /* few distinct values (Goldstein scores, confidences): "%.2f" once each */
  guint64 bits;
  memcpy (&bits, &value, sizeof bits);
  DecimalSlot *d = &w->decimals[(bits ^ bits >> 29 ^ bits >> 47) % G_N_ELEMENTS (w->decimals)];
  if (!d->used || d->bits != bits)
    {
      g_ascii_formatd (d->text, sizeof d->text, "%.2f", value);
      d->bits = bits;
      d->used = TRUE;
    }
  emit_typed (w, s, p, d->text, DG_XSD_DECIMAL);
}

static void
emit_integer (Writer *w, const char *s, const char *p, glong value, const char *dt)
{
  char buf[32];
  dg_iri_format_long (buf, value);
  emit_typed (w, s, p, buf, dt);
}

/* The dip: IRI of class @name, made once per document. */
static const char *
class_iri (Writer *w, const char *name)
{
  char *iri = g_hash_table_lookup (w->classes, name);
  if (!iri)
    {
      iri = g_strconcat (DG_NS_DIP, name, NULL);
      g_hash_table_insert (w->classes, g_strdup (name), iri);
    }
  return iri;
}

/* rdf:type for @cls and every ancestor. */
static void
emit_types (Writer *w, const char *s, const char *cls)
{
  /* the IRIs of the chain, once per class name (looked up by address:
   * the names are the writer's constants or live in the facts) */
  const char **iris = g_hash_table_lookup (w->chains, cls);
  if (!iris)
    {
      const char *const *chain = dg_cameo_class_chain (cls);
      guint n = chain ? g_strv_length ((char **) chain) : 1;
      iris = g_new (const char *, n + 1);
      for (guint i = 0; i < n; i++)
        iris[i] = class_iri (w, chain ? chain[i] : cls);
      iris[n] = NULL;
      g_hash_table_insert (w->chains, (gpointer) cls, iris);
    }
  for (; *iris; iris++)
    emit_iri (w, s, DG_RDF_TYPE, *iris);
}

#define BLOCK_SHIFT 5

/* Characters = bytes that do not continue a UTF-8 sequence. */
static glong
count_chars (const char *p, const char *end)
{
  glong n = 0;
  for (; p < end; p++)
    n += ((unsigned char) *p & 0xC0) != 0x80;
  return n;
}

static void
index_chars (Writer *w)
{
  gsize blocks = (w->text_len >> BLOCK_SHIFT) + 1;
  w->block_chars = g_new (glong, blocks);
  glong n = 0;
  for (gsize b = 0; b < blocks; b++)
    {
      w->block_chars[b] = n;
      const char *p = w->text + (b << BLOCK_SHIFT);
      const char *end = MIN (p + (1 << BLOCK_SHIFT), w->text + w->text_len);
      if (p < end)
        n += count_chars (p, end);
    }
}

static glong
char_offset (Writer *w, guint byte)
{
  gsize b = byte >> BLOCK_SHIFT;
  return w->block_chars[b] + count_chars (w->text + (b << BLOCK_SHIFT), w->text + byte);
}

/* A NIF string for text[start,end): "<doc>#char=b,e", described once;
 * returns its IRI (the writer's). */
static const char *
span_node (Writer *w, guint start, guint end, const char *cls)
{
  glong b = char_offset (w, start);
  glong e = char_offset (w, end);
  /* a sentence that is evidence of several events is described once */
  SpanKey key = { cls, b, e };
  char *iri = g_hash_table_lookup (w->spans, &key);
  if (iri)
    return iri;
  iri = dg_iri_sentence (w->doc_iri, b, e);
  g_hash_table_insert (w->spans, g_memdup2 (&key, sizeof key), iri);
  emit_iri (w, iri, DG_RDF_TYPE, cls);
  emit_span_text (w, iri, DG_NIF_ANCHOR, start, end);
  emit_integer (w, iri, DG_NIF_BEGIN, b, DG_XSD_NNINTEGER);
  emit_integer (w, iri, DG_NIF_END, e, DG_XSD_NNINTEGER);
  emit_iri (w, iri, DG_NIF_REFCONTEXT, w->doc_iri);
  return iri;
}

static char *
actor_iri (const Writer *w, const DgActor *a)
{
  switch (a->kind)
    {
    case DG_ACTOR_COUNTRY: return dg_iri_country (w->base, a->code);
    case DG_ACTOR_ORGANIZATION:
      {
        char *iri = dg_iri_organization (w->base, a->code);
        if (!a->described)
          return iri;
        /* "a human rights group": this document's, under its hash */
        const char *doc = strrchr (w->doc_iri, '/');
        char *own = g_strconcat (iri, doc ? doc : "/", NULL);
        g_free (iri);
        return own;
      }
    default:
      {
        const DgActor *aff = a->affiliation >= 0
                             ? g_ptr_array_index (w->facts->actors, a->affiliation) : NULL;
        return dg_iri_person (w->base, a->label, aff ? aff->code : NULL);
      }
    }
}

static void
write_document (Writer *w)
{
  const DgDocument *doc = w->facts->doc;
  const char *d = w->doc_iri;
  emit_types (w, d, "Document");
  emit_iri (w, d, DG_RDF_TYPE, DG_NIF_CONTEXT);
  emit_text (w, d, DG_RDFS_LABEL, doc->title ? doc->title : doc->path);
  emit_text (w, d, DG_DCTERMS_TITLE, doc->title);
  emit_typed (w, d, DG_DCTERMS_DATE, doc->date, DG_XSD_DATE);
  emit_typed (w, d, DG_SCHEMA_DATEPUBLISHED, doc->date, DG_XSD_DATE);
  emit_text (w, d, DG_DCTERMS_PUBLISHER, doc->publisher);
  if (doc->url)
    emit_iri (w, d, DG_SCHEMA_URL, doc->url);
  else if (g_str_has_prefix (doc->id, "file://"))
    emit_iri (w, d, DG_SCHEMA_URL, doc->id);
}

static void
write_mentions (Writer *w, const GArray *mentions, const char *of)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      const DgSpan *s = &g_array_index (mentions, DgSpan, k);
      const char *m = span_node (w, s->start, s->end, DG_DIP_MENTION);
      emit_iri (w, m, DG_DIP_MENTIONOF, of);
    }
}

static void
write_actor (Writer *w, guint i)
{
  const DgActor *a = g_ptr_array_index (w->facts->actors, i);
  const char *n = w->actor_iris[i];
  const char *cls = a->kind == DG_ACTOR_PERSON ? "Person"
                    : a->kind == DG_ACTOR_COUNTRY ? "Country"
                    : a->org_class && dg_cameo_class_chain (a->org_class) ? a->org_class
                    : "Organization";
  emit_types (w, n, cls);
  emit_text (w, n, DG_RDFS_LABEL, a->label);
  for (guint k = 0; k < a->alt_labels->len; k++)
    emit_text (w, n, DG_SKOS_ALTLABEL, g_ptr_array_index (a->alt_labels, k));
  for (guint k = 0; k < a->roles->len; k++)
    emit_text (w, n, DG_DIP_ROLE, g_ptr_array_index (a->roles, k));
  emit_text (w, n, DG_DIP_SECTOR, a->sector);
  if (a->kind == DG_ACTOR_COUNTRY)
    emit_text (w, n, DG_DIP_COUNTRYCODE, a->code);
  emit_iri (w, n, DG_OWL_SAMEAS, a->same_as);
  if (a->affiliation >= 0)
    emit_iri (w, n, DG_DIP_AFFILIATION, w->actor_iris[a->affiliation]);
  emit_iri (w, w->doc_iri, DG_DIP_MENTIONS, n);
  write_mentions (w, a->mentions, n);
}

static void
write_place (Writer *w, guint i)
{
  const DgPlace *p = g_ptr_array_index (w->facts->places, i);
  const char *n = w->place_iris[i];
  emit_types (w, n, "Place");
  emit_text (w, n, DG_RDFS_LABEL, p->label);
  if (p->country_actor >= 0)
    emit_iri (w, n, DG_DIP_LOCATEDIN, w->actor_iris[p->country_actor]);
  write_mentions (w, p->mentions, n);
}

static gint
str_compare (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Appends "|IRI" for each of @actors, sorted. */
static void
append_actor_iris (Writer *w, GString *key, const GArray *actors)
{
  const char *stack[16];
  guint np = actors->len;
  const char **iris = np <= G_N_ELEMENTS (stack) ? stack : g_new (const char *, np);
  for (guint i = 0; i < np; i++)
    iris[i] = w->actor_iris[g_array_index (actors, int, i)];
  if (np > 1)
    qsort (iris, np, sizeof *iris, str_compare);
  for (guint i = 0; i < np; i++)
    {
      g_string_append_c (key, '|');
      g_string_append (key, iris[i]);
    }
  if (iris != stack)
    g_free (iris);
}

/* What makes an event the same event in another article: class, CAMEO
 * root, participants (sorted; for a directed act its agents, then its targets:
 * "Poland accused Russia" is not "Russia accused Poland"), date, modality
 * - and for statements what was said (@evidence: @evidence_len bytes of
 * text, up to a NUL).  Built in w->key. */
static void
event_key (Writer *w, const DgEvent *e, const char *cls, const char *evidence,
           gsize evidence_len)
{
  GString *key = w->key;
  g_string_truncate (key, 0);
  g_string_append (key, cls);
  /* the CAMEO root, as extractor/dg-events.c merges: a storming (19) and
   * the hostage taking (18) it led to are two events of one class */
  g_string_append_printf (key, "|%.2s", e->cameo ? e->cameo : "");
  if (!e->cameo || strncmp (e->cameo, "04", 2) == 0 || strcmp (cls, "Statement") == 0)
    append_actor_iris (w, key, e->participants);
  else
    {
      append_actor_iris (w, key, e->agents);
      g_string_append (key, "|>");
      append_actor_iris (w, key, e->targets);
    }
  /* "|date|modality", then "|cameo|quote" (printf's "(null)" kept) */
  g_string_append_c (key, '|');
  g_string_append (key, e->date ? e->date : "");
  g_string_append_c (key, '|');
  g_string_append (key, e->modality ? e->modality : "(null)");
  if (strcmp (cls, "Statement") == 0 || e->participants->len < 2)
    {
      g_string_append_c (key, '|');
      g_string_append (key, e->cameo ? e->cameo : "(null)");
      g_string_append_c (key, '|');
      if (e->quote)
        g_string_append (key, e->quote);
      else
        {
          const char *nul = memchr (evidence, 0, evidence_len);
          g_string_append_len (key, evidence, nul ? nul - evidence : (gssize) evidence_len);
        }
    }
}

static void
emit_actors (Writer *w, const char *n, const char *p, const GArray *actors)
{
  for (guint k = 0; k < actors->len; k++)
    emit_iri (w, n, p, w->actor_iris[g_array_index (actors, int, k)]);
}

static void
write_event (Writer *w, guint i)
{
  const DgEvent *e = g_ptr_array_index (w->facts->events, i);
  const DgCameo *c = dg_cameo_lookup (e->cameo);
  const char *cls = e->event_class ? e->event_class : c ? c->dip_class : "Event";
  const DgSegmentation *seg = w->facts->seg;
  guint first = g_array_index (e->evidence, guint, 0);
  const DgSentence *s0 = &g_array_index (seg->sentences, DgSentence, first);
  event_key (w, e, cls, w->text + s0->start, s0->end - s0->start);
  /* the key ends at a NUL, as a C string */
  const char *n = keep (w, dg_iri_event_len (w->base, w->key->str, strlen (w->key->str)));

  emit_types (w, n, cls);
  emit_text (w, n, DG_RDFS_LABEL, e->label);
  emit_actors (w, n, DG_DIP_AGENT, e->agents);
  emit_actors (w, n, DG_DIP_TARGET, e->targets);
  emit_actors (w, n, DG_DIP_PARTICIPANT, e->participants);
  emit_actors (w, n, DG_DIP_ABOUT, e->about);
  if (e->place >= 0)
    emit_iri (w, n, DG_DIP_PLACE_P, w->place_iris[e->place]);
  /* "2009-03-31", "2009-03" or "2001" */
  emit_typed (w, n, DG_DIP_DATE, e->date,
              !e->date ? NULL : strlen (e->date) == 4 ? DG_NS_XSD "gYear"
              : strlen (e->date) == 7 ? DG_NS_XSD "gYearMonth" : DG_XSD_DATE);
  emit_text (w, n, DG_DIP_DATETEXT, e->date_text);
  emit_text (w, n, DG_DIP_CAMEOCODE, e->cameo);
  const char *concept = keep (w, g_strconcat (DG_NS_CAMEO, e->cameo, NULL));
  emit_iri (w, n, DG_DIP_CAMEO, concept);
  if (c)
    {
      emit_text (w, n, DG_DIP_PLOVERTYPE, c->plover_type);
      emit_text (w, n, DG_DIP_PLOVERMODE, c->plover_mode);
      emit_decimal (w, n, DG_DIP_GOLDSTEIN, c->goldstein);
      emit_integer (w, n, DG_DIP_QUADCLASS, c->quad_class, DG_XSD_INTEGER);
    }
  emit_text (w, n, DG_DIP_MODALITY, e->modality);
  emit_text (w, n, DG_DIP_QUOTE, e->quote);
  emit_iri (w, n, DG_DIP_SOURCE, w->doc_iri);
  emit_decimal (w, n, DG_DIP_CONFIDENCE, e->confidence);
  for (guint k = 0; k < e->evidence->len; k++)
    {
      const DgSentence *s = &g_array_index (seg->sentences, DgSentence,
                                            g_array_index (e->evidence, guint, k));
      emit_span_text (w, n, DG_DIP_EVIDENCE, s->start, s->end);
      const char *sn = span_node (w, s->start, s->end, DG_NIF_SENTENCE);
      emit_iri (w, n, DG_DIP_EVIDENCESPAN, sn);
    }
}

char *
dg_writer_write (const DgFacts *facts, const char *base, DgTripleSink *sink)
{
  g_return_val_if_fail (facts && sink, NULL);
  Writer w = {
    .sink = sink, .base = base, .facts = facts,
    .doc_iri = dg_iri_document (base, facts->doc->id),
    .text = facts->doc->text,
    .text_len = facts->doc->text_len,
    .spans = g_hash_table_new_full (span_key_hash, span_key_equal, g_free, g_free),
    .classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .chains = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free),
    .owned = g_ptr_array_new_with_free_func (g_free),
    .key = g_string_sized_new (256),
  };
  index_chars (&w);
  w.actor_iris = g_new0 (char *, facts->actors->len + 1);
  for (guint i = 0; i < facts->actors->len; i++)
    w.actor_iris[i] = actor_iri (&w, g_ptr_array_index (facts->actors, i));
  w.place_iris = g_new0 (char *, facts->places->len + 1);
  for (guint i = 0; i < facts->places->len; i++)
    w.place_iris[i] = dg_iri_place (base, ((DgPlace *) g_ptr_array_index (facts->places, i))->label);

  write_document (&w);
  for (guint i = 0; i < facts->actors->len; i++)
    write_actor (&w, i);
  for (guint i = 0; i < facts->places->len; i++)
    write_place (&w, i);
  for (guint i = 0; i < facts->events->len; i++)
    write_event (&w, i);

  g_strfreev (w.actor_iris);
  g_strfreev (w.place_iris);
  g_hash_table_unref (w.spans);
  g_hash_table_unref (w.chains);
  g_hash_table_unref (w.classes);
  g_ptr_array_unref (w.owned);
  g_string_free (w.key, TRUE);
  g_free (w.block_chars);
  return w.doc_iri;
}

/* ---- sink: librdf statements -------------------------------------------- */

typedef struct {
  DgTripleSink sink;
  DgRdf *rdf;
  GPtrArray *out;
  GHashTable *nodes;     /* IRI -> librdf_node*: one node per IRI, shared */
} RdfSink;

static librdf_node *
rdf_sink_iri (RdfSink *r, const char *iri)
{
  librdf_node *n = g_hash_table_lookup (r->nodes, iri);
  if (!n)
    {
      n = dg_rdf_iri (r->rdf, iri);
      g_hash_table_insert (r->nodes, g_strdup (iri), n);
    }
  return librdf_new_node_from_node (n);
}

static void
rdf_sink_triple (DgTripleSink *sink, const char *s, const char *p, const DgObject *o)
{
  RdfSink *r = (RdfSink *) sink;
  librdf_node *obj;
  if (o->is_iri)
    obj = rdf_sink_iri (r, o->value);
  else
    {
      g_autofree char *text = o->len ? g_strndup (o->value, o->len) : NULL;
      const char *v = text ? text : o->value;
      obj = o->datatype ? dg_rdf_typed (r->rdf, v, o->datatype) : dg_rdf_literal (r->rdf, v);
    }
  librdf_statement *st = librdf_new_statement_from_nodes (
      dg_rdf_get_world (r->rdf), rdf_sink_iri (r, s), rdf_sink_iri (r, p), obj);
  if (st)
    g_ptr_array_add (r->out, st);
}

char *
dg_writer_build (DgRdf *rdf, const DgFacts *facts, const char *base, GPtrArray *out)
{
  g_return_val_if_fail (rdf && facts && out, NULL);
  RdfSink r = {
    .sink = { rdf_sink_triple }, .rdf = rdf, .out = out,
    .nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) librdf_free_node),
  };
  char *graph = dg_writer_write (facts, base, &r.sink);
  g_hash_table_unref (r.nodes);
  return graph;
}

/* ---- sink: term bytes for dg_lmdb_replace_graph() ----------------------- */

typedef struct {
  DgTripleSink sink;
  GByteArray *out;
  guint n;
} TermSink;

static void
term_sink_triple (DgTripleSink *sink, const char *s, const char *p, const DgObject *o)
{
  TermSink *t = (TermSink *) sink;

  dg_lmdb_append_term (t->out, 'U', NULL, 0, s, strlen (s));
  dg_lmdb_append_term (t->out, 'U', NULL, 0, p, strlen (p));
  if (o->is_iri)
    dg_lmdb_append_term (t->out, 'U', NULL, 0, o->value, strlen (o->value));
  else
    {
      /* as the librdf sink: the text ends at a NUL inside @len */
      const char *nul = o->len ? memchr (o->value, 0, o->len) : NULL;
      gsize len = !o->len ? strlen (o->value) : nul ? (gsize) (nul - o->value) : o->len;
      if (o->datatype)
        dg_lmdb_append_term (t->out, '^', o->datatype, strlen (o->datatype), o->value, len);
      else
        dg_lmdb_append_term (t->out, 'L', NULL, 0, o->value, len);
    }
  t->n++;
}

char *
dg_writer_terms (const DgFacts *facts, const char *base, GByteArray *out, guint *n_triples)
{
  g_return_val_if_fail (facts && out, NULL);
  TermSink t = { .sink = { term_sink_triple }, .out = out };
  char *graph = dg_writer_write (facts, base, &t.sink);
  if (n_triples)
    *n_triples = t.n;
  return graph;
}

/* ---- sink: N-Quads text ------------------------------------------------- */

typedef struct {
  DgTripleSink sink;
  GString *out;
  char *tail;            /* " <doc IRI> .\n" */
  gsize tail_len;
  guint n;
  DgNQuadsIriMemo *iris; /* the writer's strings live for the document */
} NQuadsSink;

static void
nquads_sink_triple (DgTripleSink *sink, const char *s, const char *p, const DgObject *o)
{
  NQuadsSink *q = (NQuadsSink *) sink;
  GString *out = q->out;
  /* "<s> <p> " in one copy each (the memo keeps a space after each IRI) */
  DgNQuadsIriMemoSlot ts = dg_nquads_iri_memo_get (q->iris, s);
  DgNQuadsIriMemoSlot tp = dg_nquads_iri_memo_get (q->iris, p);
  if (o->is_iri)
    {
      /* "<s> <p> <o> " then the tail without its leading space */
      DgNQuadsIriMemoSlot to = dg_nquads_iri_memo_get (q->iris, o->value);
      const char *text = q->iris->text->str;
      gsize n = ts.len + tp.len + to.len + q->tail_len - 1;
      char *w = dg_nquads_reserve (out, n);
      memcpy (w, text + ts.off, ts.len);
      w += ts.len;
      memcpy (w, text + tp.off, tp.len);
      w += tp.len;
      memcpy (w, text + to.off, to.len);
      w += to.len;
      memcpy (w, q->tail + 1, q->tail_len - 1);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    {
      const char *text = q->iris->text->str;
      gsize n = ts.len + tp.len;
      char *w = dg_nquads_reserve (out, n);
      memcpy (w, text + ts.off, ts.len);
      memcpy (w + ts.len, text + tp.off, tp.len);
      out->len += n;
      dg_nquads_append_literal (out, o->value, o->len ? o->len : strlen (o->value),
                                NULL, NULL);
      if (o->datatype)
        {
          dg_nquads_append_bytes (out, "^^", 2);
          dg_nquads_iri_memo_append (q->iris, out, o->datatype);
        }
      dg_nquads_append_bytes (out, q->tail, q->tail_len);
    }
  q->n++;
}

char *
dg_writer_nquads (const DgFacts *facts, const char *base, GString *out, guint *n_triples)
{
  g_autofree char *doc = dg_iri_document (base, facts->doc->id);
  GString *g = g_string_new (" ");
  dg_nquads_append_iri (g, doc);
  g_string_append (g, " .\n");
  NQuadsSink q = {
    .sink = { nquads_sink_triple }, .out = out, .tail_len = g->len,
    .iris = dg_nquads_iri_memo_new (),
  };
  q.tail = g_string_free (g, FALSE);
  char *graph = dg_writer_write (facts, base, &q.sink);
  g_free (q.tail);
  dg_nquads_iri_memo_free (q.iris);
  if (n_triples)
    *n_triples = q.n;
  return graph;
}
