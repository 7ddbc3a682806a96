/* dg-view.c - the actors and events projections of the store
 *
 * One pass over the statements (librdf_model_as_stream, or the stream of a
 * CONSTRUCT query): a statement whose predicate is one of the ~20 the views
 * use goes into a record of its subject; everything else (NIF mentions,
 * sentences, document text) is skipped.  Strings are interned in one
 * GStringChunk, so multi-valued properties are sets of pointers and a
 * triple reported in several named graphs is counted once.  Single-valued
 * properties keep the smallest value, so the result does not depend on the
 * order the storage returns statements in.
 *
 * Why not SPARQL: rasqal answers GROUP BY queries by materializing every
 * row, has no NOT EXISTS (needed for "events without a target"), and the
 * joins over participants are the full-scan trap of the hashes stores
 * (doc/storage.md).  A single scan is linear in the store and the same on
 * every backend.  Event classes and their depth come from
 * ontology/classes.tsv, so the most specific class is data, not code.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dg-data.h"
#include "dg-query.h"
#include "dg-view.h"
#include "dg-vocab.h"

typedef enum {
  P_NONE,
  P_TYPE, P_LABEL, P_AGENT, P_TARGET, P_PARTICIPANT, P_PLACE, P_DATE,
  P_CAMEO, P_PLOVERTYPE, P_PLOVERMODE, P_GOLDSTEIN, P_QUADCLASS, P_MODALITY,
  P_QUOTE, P_SOURCE, P_EVIDENCE, P_CONFIDENCE, P_ROLE, P_AFFILIATION,
  P_SECTOR, P_COUNTRYCODE, P_URL
} Pred;

static const struct {
  const char *iri;
  Pred pred;
} predicate_table[] = {
  { DG_RDF_TYPE, P_TYPE },
  { DG_RDFS_LABEL, P_LABEL },
  { DG_DIP_AGENT, P_AGENT },
  { DG_DIP_TARGET, P_TARGET },
  { DG_DIP_PARTICIPANT, P_PARTICIPANT },
  { DG_DIP_PLACE_P, P_PLACE },
  { DG_DIP_DATE, P_DATE },
  { DG_DIP_CAMEOCODE, P_CAMEO },
  { DG_DIP_PLOVERTYPE, P_PLOVERTYPE },
  { DG_DIP_PLOVERMODE, P_PLOVERMODE },
  { DG_DIP_GOLDSTEIN, P_GOLDSTEIN },
  { DG_DIP_QUADCLASS, P_QUADCLASS },
  { DG_DIP_MODALITY, P_MODALITY },
  { DG_DIP_QUOTE, P_QUOTE },
  { DG_DIP_SOURCE, P_SOURCE },
  { DG_DIP_EVIDENCE, P_EVIDENCE },
  { DG_DIP_CONFIDENCE, P_CONFIDENCE },
  { DG_DIP_ROLE, P_ROLE },
  { DG_DIP_AFFILIATION, P_AFFILIATION },
  { DG_DIP_SECTOR, P_SECTOR },
  { DG_DIP_COUNTRYCODE, P_COUNTRYCODE },
  { DG_SCHEMA_URL, P_URL },
};

/* A dip: class from ontology/classes.tsv. */
typedef struct {
  char *name;
  GPtrArray *parents;      /* char* */
  int depth;               /* -1: not computed yet */
  gboolean is_event;
  gboolean is_actor;
} ClassInfo;

/* Everything known about one subject. */
typedef struct {
  DgViewActor actor;       /* public faces, filled once the scan is done */
  DgViewEvent event;
  const char *iri;
  const char *label;
  const char *klass;
  int depth;
  gboolean is_event;
  gboolean is_actor;
  gboolean selected;       /* event chosen by the filters */
  gboolean involved;       /* actor of a selected event */
  gboolean dropped;        /* actor under --min-events */
  const char *affiliation;
  const char *country_code;
  const char *url;
  GPtrArray *types;        /* const char* local names of dip: event classes */
  GPtrArray *agents;       /* const char* IRIs */
  GPtrArray *targets;
  GPtrArray *participants;
  GPtrArray *sources;
  guint index;             /* node index + 1, 0 = not a node */
} Res;

struct DgViewPrivate {
  GStringChunk *strings;
  GHashTable *resources;   /* interned IRI -> Res* */
  GHashTable *predicates;  /* IRI -> Pred */
  GHashTable *classes;     /* local name -> ClassInfo* */
};

static void
class_info_free (gpointer data)
{
  ClassInfo *c = data;

  g_ptr_array_unref (c->parents);
  g_free (c->name);
  g_free (c);
}

static void
res_free (gpointer data)
{
  Res *r = data;

  g_clear_pointer (&r->types, g_ptr_array_unref);
  g_clear_pointer (&r->agents, g_ptr_array_unref);
  g_clear_pointer (&r->targets, g_ptr_array_unref);
  g_clear_pointer (&r->participants, g_ptr_array_unref);
  g_clear_pointer (&r->sources, g_ptr_array_unref);
  g_clear_pointer (&r->event.agents, g_ptr_array_unref);
  g_clear_pointer (&r->event.targets, g_ptr_array_unref);
  g_clear_pointer (&r->event.participants, g_ptr_array_unref);
  g_clear_pointer (&r->event.sources, g_ptr_array_unref);
  g_free (r);
}

static void
edge_free (gpointer data)
{
  DgViewEdge *e = data;

  g_ptr_array_unref (e->events);
  g_free (e);
}

gboolean
dg_view_kind_from_string (const char *name, DgViewKind *kind)
{
  if (g_strcmp0 (name, "actors") == 0)
    *kind = DG_VIEW_ACTORS;
  else if (g_strcmp0 (name, "events") == 0)
    *kind = DG_VIEW_EVENTS;
  else
    return FALSE;
  return TRUE;
}

void
dg_view_free (DgView *view)
{
  if (!view)
    return;
  g_ptr_array_unref (view->nodes);
  g_ptr_array_unref (view->edges);
  g_ptr_array_unref (view->events);
  if (view->priv)
    {
      g_hash_table_unref (view->priv->resources);
      g_hash_table_unref (view->priv->predicates);
      g_hash_table_unref (view->priv->classes);
      g_string_chunk_free (view->priv->strings);
      g_free (view->priv);
    }
  g_free (view);
}

const char *
dg_view_node_iri (const DgViewNode *node)
{
  return node->kind == DG_VIEW_NODE_ACTOR ? node->actor->iri : node->event->iri;
}

const char *
dg_view_node_label (const DgViewNode *node)
{
  const char *label = node->kind == DG_VIEW_NODE_ACTOR ? node->actor->label
                                                       : node->event->label;

  return label ? label : dg_view_node_iri (node);
}

/* --- classes ------------------------------------------------------------ */

static gboolean
class_row (char **fields, guint n_fields, gpointer user_data)
{
  GHashTable *classes = user_data;
  ClassInfo *c;

  if (n_fields < 1 || g_strcmp0 (fields[0], "class") == 0)
    return TRUE;                                  /* header */
  c = g_hash_table_lookup (classes, fields[0]);
  if (!c)
    {
      c = g_new0 (ClassInfo, 1);
      c->name = g_strdup (fields[0]);
      c->parents = g_ptr_array_new_with_free_func (g_free);
      c->depth = -1;
      g_hash_table_insert (classes, c->name, c);
    }
  if (n_fields > 1 && *fields[1])
    g_ptr_array_add (c->parents, g_strdup (fields[1]));
  return TRUE;
}

static void
class_resolve (GHashTable *classes, ClassInfo *c, int guard)
{
  guint i;

  if (c->depth >= 0 || guard > 32)
    return;
  c->depth = 0;
  c->is_event = strcmp (c->name, "Event") == 0;
  c->is_actor = strcmp (c->name, "Actor") == 0;
  for (i = 0; i < c->parents->len; i++)
    {
      ClassInfo *p = g_hash_table_lookup (classes, g_ptr_array_index (c->parents, i));

      if (!p)
        continue;
      class_resolve (classes, p, guard + 1);
      c->depth = MAX (c->depth, p->depth + 1);
      c->is_event |= p->is_event;
      c->is_actor |= p->is_actor;
    }
}

static GHashTable *
load_classes (GError **error)
{
  g_autoptr(GHashTable) classes =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, class_info_free);
  GHashTableIter it;
  gpointer value;

  if (!dg_data_foreach_row ("ontology/classes.tsv", class_row, classes, error))
    return NULL;
  g_hash_table_iter_init (&it, classes);
  while (g_hash_table_iter_next (&it, NULL, &value))
    class_resolve (classes, value, 0);
  return g_steal_pointer (&classes);
}

/* --- the scan ----------------------------------------------------------- */

static const char *
intern (DgView *view, const char *s)
{
  return g_string_chunk_insert_const (view->priv->strings, s);
}

static Res *
res_get (DgView *view, const char *iri)
{
  Res *r = g_hash_table_lookup (view->priv->resources, iri);

  if (!r)
    {
      r = g_new0 (Res, 1);
      r->iri = r->actor.iri = r->event.iri = intern (view, iri);
      r->event.quad_class = -1;
      g_hash_table_insert (view->priv->resources, (gpointer) r->iri, r);
    }
  return r;
}

static Res *
res_peek (DgView *view, const char *iri)
{
  return iri ? g_hash_table_lookup (view->priv->resources, iri) : NULL;
}

static void
set_min (const char **field, const char *value)
{
  if (!*field || strcmp (value, *field) < 0)
    *field = value;
}

static void
add_unique (GPtrArray **array, const char *value)
{
  guint i;

  if (!*array)
    *array = g_ptr_array_new ();
  for (i = 0; i < (*array)->len; i++)
    if (g_ptr_array_index (*array, i) == value)
      return;
  g_ptr_array_add (*array, (gpointer) value);
}

/* The node as a string: IRI, literal value, or "_:id"; NULL for others. */
static char *
node_string (librdf_node *node)
{
  switch (librdf_node_get_type (node))
    {
    case LIBRDF_NODE_TYPE_RESOURCE:
      return g_strdup ((const char *) librdf_uri_as_string (librdf_node_get_uri (node)));
    case LIBRDF_NODE_TYPE_LITERAL:
      return g_strdup ((const char *) librdf_node_get_literal_value (node));
    case LIBRDF_NODE_TYPE_BLANK:
      return g_strconcat ("_:", (const char *) librdf_node_get_blank_identifier (node), NULL);
    default:
      return NULL;
    }
}

static void
scan_type (DgView *view, const char *subject, const char *klass_iri)
{
  ClassInfo *c;
  Res *r;

  if (!g_str_has_prefix (klass_iri, DG_NS_DIP))
    return;
  c = g_hash_table_lookup (view->priv->classes, klass_iri + strlen (DG_NS_DIP));
  if (!c || (!c->is_event && !c->is_actor))
    return;
  r = res_get (view, subject);
  r->is_event |= c->is_event;
  r->is_actor |= c->is_actor;
  if (!r->klass || c->depth > r->depth
      || (c->depth == r->depth && strcmp (c->name, r->klass) < 0))
    {
      r->klass = intern (view, c->name);
      r->depth = c->depth;
    }
  if (c->is_event)
    add_unique (&r->types, intern (view, c->name));
}

static void
scan_statement (DgView *view, librdf_statement *st)
{
  librdf_node *pnode = librdf_statement_get_predicate (st);
  g_autofree char *subject = NULL, *object = NULL;
  const char *value;
  Pred pred;
  Res *r;

  if (!pnode || !librdf_node_is_resource (pnode))
    return;
  pred = GPOINTER_TO_INT (g_hash_table_lookup (view->priv->predicates,
           librdf_uri_as_string (librdf_node_get_uri (pnode))));
  if (pred == P_NONE)
    return;
  subject = node_string (librdf_statement_get_subject (st));
  object = node_string (librdf_statement_get_object (st));
  if (!subject || !object)
    return;
  if (pred == P_TYPE)
    {
      scan_type (view, subject, object);
      return;
    }
  r = res_get (view, subject);
  value = intern (view, object);
  switch (pred)
    {
    case P_LABEL: set_min (&r->label, value); break;
    case P_AGENT: add_unique (&r->agents, value); break;
    case P_TARGET: add_unique (&r->targets, value); break;
    case P_PARTICIPANT: add_unique (&r->participants, value); break;
    case P_SOURCE: add_unique (&r->sources, value); break;
    case P_PLACE: set_min (&r->event.place, value); break;
    case P_DATE: set_min (&r->event.date, value); break;
    case P_CAMEO: set_min (&r->event.cameo, value); break;
    case P_PLOVERTYPE: set_min (&r->event.plover_type, value); break;
    case P_PLOVERMODE: set_min (&r->event.plover_mode, value); break;
    case P_GOLDSTEIN: set_min (&r->event.goldstein_text, value); break;
    case P_QUADCLASS:
      r->event.quad_class = (int) g_ascii_strtoll (value, NULL, 10);
      break;
    case P_MODALITY: set_min (&r->event.modality, value); break;
    case P_QUOTE: set_min (&r->event.quote, value); break;
    case P_EVIDENCE: set_min (&r->event.evidence, value); break;
    case P_CONFIDENCE: set_min (&r->event.confidence, value); break;
    case P_ROLE: set_min (&r->actor.role, value); break;
    case P_SECTOR: set_min (&r->actor.sector, value); break;
    case P_AFFILIATION: set_min (&r->affiliation, value); break;
    case P_COUNTRYCODE: set_min (&r->country_code, value); break;
    case P_URL: set_min (&r->url, value); break;
    case P_NONE: case P_TYPE: break;
    }
}

static gboolean
scan_stream (DgView *view, librdf_stream *stream)
{
  if (!stream)
    return FALSE;
  for (; !librdf_stream_end (stream); librdf_stream_next (stream))
    {
      librdf_statement *st = librdf_stream_get_object (stream);

      if (st)
        scan_statement (view, st);
    }
  return TRUE;
}

/* --- selection ---------------------------------------------------------- */

static const char *
actor_country (DgView *view, Res *actor)
{
  Res *aff;

  if (actor->country_code)
    return actor->country_code;
  aff = res_peek (view, actor->affiliation);
  return aff ? aff->country_code : NULL;
}

/* Every actor of @event (agents, targets, participants), once each. */
static GPtrArray *
event_actors (Res *event)
{
  GPtrArray *all = NULL;
  GPtrArray *lists[] = { event->agents, event->targets, event->participants };
  guint l, i;

  for (l = 0; l < G_N_ELEMENTS (lists); l++)
    for (i = 0; lists[l] && i < lists[l]->len; i++)
      add_unique (&all, g_ptr_array_index (lists[l], i));
  return all ? all : g_ptr_array_new ();
}

static gboolean
ptr_array_has (GPtrArray *array, const char *value)
{
  guint i;

  for (i = 0; array && i < array->len; i++)
    if (g_ptr_array_index (array, i) == value)
      return TRUE;
  return FALSE;
}

typedef struct {
  const DgViewOptions *options;
  const char *type;            /* local name, interned */
  GHashTable *actor_iris;      /* actors matching --actor, or NULL */
  GHashTable *query_events;    /* events of a SELECT --query, or NULL */
} Filter;

static gboolean
event_selected (DgView *view, Res *e, const Filter *f)
{
  const DgViewOptions *o = f->options;
  g_autoptr(GPtrArray) actors = NULL;
  gboolean found;
  guint i;

  if (f->query_events && !g_hash_table_contains (f->query_events, e->iri))
    return FALSE;
  if ((o->from && *o->from) || (o->to && *o->to))
    {
      if (!e->event.date)
        return FALSE;
      if (o->from && *o->from && strncmp (e->event.date, o->from, 10) < 0)
        return FALSE;
      if (o->to && *o->to && strncmp (e->event.date, o->to, 10) > 0)
        return FALSE;
    }
  if (f->type && !ptr_array_has (e->types, f->type))
    return FALSE;
  if (!f->actor_iris && !(o->country && *o->country))
    return TRUE;
  actors = event_actors (e);
  if (f->actor_iris)
    {
      for (found = FALSE, i = 0; !found && i < actors->len; i++)
        found = g_hash_table_contains (f->actor_iris, g_ptr_array_index (actors, i));
      if (!found)
        return FALSE;
    }
  if (o->country && *o->country)
    {
      for (found = FALSE, i = 0; !found && i < actors->len; i++)
        {
          Res *a = res_peek (view, g_ptr_array_index (actors, i));
          const char *cc = a ? actor_country (view, a) : NULL;

          found = cc && g_ascii_strcasecmp (cc, o->country) == 0;
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static GHashTable *
match_actors (DgView *view, const char *wanted)
{
  GHashTable *set = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *folded = g_utf8_casefold (wanted, -1);
  GHashTableIter it;
  gpointer value;

  g_hash_table_iter_init (&it, view->priv->resources);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      Res *r = value;

      if (!r->is_actor)
        continue;
      if (strcmp (r->iri, wanted) == 0)
        g_hash_table_add (set, (gpointer) r->iri);
      else if (r->label)
        {
          g_autofree char *label = g_utf8_casefold (r->label, -1);

          if (strcmp (label, folded) == 0)
            g_hash_table_add (set, (gpointer) r->iri);
        }
    }
  return set;
}

static int
compare_events (gconstpointer a, gconstpointer b)
{
  const Res *x = *(Res * const *) a, *y = *(Res * const *) b;
  int c;

  if (x->event.date && y->event.date)
    {
      if ((c = strcmp (x->event.date, y->event.date)) != 0)
        return c;
    }
  else if (x->event.date || y->event.date)
    return x->event.date ? -1 : 1;                /* undated last */
  return strcmp (x->iri, y->iri);
}

static int
compare_actors (gconstpointer a, gconstpointer b)
{
  const Res *x = *(Res * const *) a, *y = *(Res * const *) b;

  return strcmp (x->iri, y->iri);
}

static int
compare_edges (gconstpointer a, gconstpointer b)
{
  const DgViewEdge *x = *(DgViewEdge * const *) a, *y = *(DgViewEdge * const *) b;

  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  return strcmp (x->label, y->label);
}

static int
compare_iri_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_actor_faces (gconstpointer a, gconstpointer b)
{
  const DgViewActor *x = *(DgViewActor * const *) a, *y = *(DgViewActor * const *) b;

  return strcmp (x->iri, y->iri);
}

const char *
dg_view_event_root (const DgViewEvent *event)
{
  return event->cameo_root ? event->cameo_root : "";
}

/* The public face of an event: actors as DgViewActor*, sources as URLs. */
static void
fill_event (DgView *view, Res *e)
{
  GPtrArray **to[] = { &e->event.agents, &e->event.targets, &e->event.participants };
  GPtrArray *from[] = { e->agents, e->targets, e->participants };
  Res *place;
  guint l, i;

  e->event.iri = e->iri;
  e->event.label = e->label;
  e->event.klass = e->klass;
  if (e->event.goldstein_text)
    {
      e->event.goldstein = g_ascii_strtod (e->event.goldstein_text, NULL);
      e->event.has_goldstein = TRUE;
    }
  if (e->event.cameo && strlen (e->event.cameo) >= 2)
    {
      char root[3] = { e->event.cameo[0], e->event.cameo[1], 0 };

      e->event.cameo_root = intern (view, root);
    }
  for (l = 0; l < G_N_ELEMENTS (to); l++)
    {
      *to[l] = g_ptr_array_new ();
      for (i = 0; from[l] && i < from[l]->len; i++)
        {
          Res *a = res_get (view, g_ptr_array_index (from[l], i));
          g_ptr_array_add (*to[l], &a->actor);
        }
      g_ptr_array_sort (*to[l], compare_actor_faces);
    }
  e->event.sources = g_ptr_array_new ();
  for (i = 0; e->sources && i < e->sources->len; i++)
    {
      Res *doc = res_peek (view, g_ptr_array_index (e->sources, i));
      const char *src = g_ptr_array_index (e->sources, i);

      g_ptr_array_add (e->event.sources, (gpointer) (doc && doc->url ? doc->url : src));
    }
  g_ptr_array_sort (e->event.sources, compare_iri_strings);
  place = res_peek (view, e->event.place);
  e->event.place_label = place ? place->label : NULL;
}

static void
fill_actor (DgView *view, Res *a)
{
  a->actor.iri = a->iri;
  a->actor.label = a->label;
  a->actor.klass = a->klass;
  a->actor.country = actor_country (view, a);
}

static void
widen_dates (const char **first, const char **last, const char *date)
{
  if (!date)
    return;
  if (!*first || strcmp (date, *first) < 0)
    *first = date;
  if (!*last || strcmp (date, *last) > 0)
    *last = date;
}

static DgViewNode *
node_new (DgViewNodeKind kind, const DgViewActor *actor, const DgViewEvent *event)
{
  DgViewNode *n = g_new0 (DgViewNode, 1);

  n->kind = kind;
  n->actor = actor;
  n->event = event;
  return n;
}

static void
edge_add (DgView *view, GHashTable *edges, guint source, guint target,
          const char *label, const DgViewEvent *event)
{
  g_autofree char *key = g_strdup_printf ("%u\x1f%u\x1f%s", source, target, label);
  DgViewEdge *e = g_hash_table_lookup (edges, key);

  if (!e)
    {
      e = g_new0 (DgViewEdge, 1);
      e->source = source;
      e->target = target;
      e->label = label;
      e->quad_class = -1;
      e->events = g_ptr_array_new ();
      g_hash_table_insert (edges, g_steal_pointer (&key), e);
      g_ptr_array_add (view->edges, e);
    }
  if (ptr_array_has (e->events, event->iri))
    return;
  g_ptr_array_add (e->events, (gpointer) event->iri);
  e->weight++;
  if (event->has_goldstein)
    {
      e->goldstein += event->goldstein;   /* summed here, divided at the end */
      e->n_goldstein++;
    }
  if (e->quad_class < 0)
    e->quad_class = event->quad_class;
  widen_dates (&e->first, &e->last, event->date);
}

static void
build_edges (DgView *view, GPtrArray *selected)
{
  g_autoptr(GHashTable) edges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint i, j, k;

  for (i = 0; i < selected->len; i++)
    {
      Res *e = g_ptr_array_index (selected, i);
      const char *root = dg_view_event_root (&e->event);

      if (view->kind == DG_VIEW_EVENTS)
        {
          g_autoptr(GPtrArray) actors = event_actors (e);

          for (j = 0; j < actors->len; j++)
            {
              Res *a = res_peek (view, g_ptr_array_index (actors, j));
              const char *role = ptr_array_has (e->agents, a->iri) ? "agent"
                : ptr_array_has (e->targets, a->iri) ? "target" : "participant";

              if (a->dropped)
                continue;
              edge_add (view, edges, e->index - 1, a->index - 1, role, &e->event);
            }
          continue;
        }
      if (e->agents && e->agents->len && e->targets && e->targets->len)
        {
          for (j = 0; j < e->agents->len; j++)
            for (k = 0; k < e->targets->len; k++)
              {
                Res *a = res_peek (view, g_ptr_array_index (e->agents, j));
                Res *t = res_peek (view, g_ptr_array_index (e->targets, k));

                if (a != t && !a->dropped && !t->dropped)
                  edge_add (view, edges, a->index - 1, t->index - 1, root, &e->event);
              }
        }
      else if (e->agents && e->agents->len)
        {
          for (j = 0; j < e->agents->len; j++)
            for (k = 0; e->participants && k < e->participants->len; k++)
              {
                Res *a = res_peek (view, g_ptr_array_index (e->agents, j));
                Res *p = res_peek (view, g_ptr_array_index (e->participants, k));

                if (a != p && !a->dropped && !p->dropped)
                  edge_add (view, edges, a->index - 1, p->index - 1, root, &e->event);
              }
        }
      else
        {
          for (j = 0; e->participants && j < e->participants->len; j++)
            for (k = 0; k < e->participants->len; k++)
              {
                Res *p = res_peek (view, g_ptr_array_index (e->participants, j));
                Res *q = res_peek (view, g_ptr_array_index (e->participants, k));

                if (strcmp (p->iri, q->iri) < 0 && !p->dropped && !q->dropped)
                  edge_add (view, edges, p->index - 1, q->index - 1, root, &e->event);
              }
        }
    }
}

/* The events a SELECT query returns: variable "event", else the first. */
static GHashTable *
query_event_set (DgView *view, librdf_query_results *results)
{
  GHashTable *set = g_hash_table_new (g_direct_hash, g_direct_equal);
  int column = librdf_query_results_get_bindings_count (results) > 0 ? 0 : -1;
  int i;

  for (i = 0; i < librdf_query_results_get_bindings_count (results); i++)
    if (g_strcmp0 ((const char *) librdf_query_results_get_binding_name (results, i),
                   "event") == 0)
      column = i;
  for (; column >= 0 && !librdf_query_results_finished (results);
       librdf_query_results_next (results))
    {
      librdf_node *node = librdf_query_results_get_binding_value (results, column);
      g_autofree char *iri = node ? node_string (node) : NULL;

      if (iri)
        g_hash_table_add (set, (gpointer) intern (view, iri));
      if (node)
        librdf_free_node (node);
    }
  return set;
}

static DgView *
view_new (DgViewKind kind, GError **error)
{
  g_autoptr(DgView) view = g_new0 (DgView, 1);
  guint i;

  view->kind = kind;
  view->nodes = g_ptr_array_new_with_free_func (g_free);
  view->edges = g_ptr_array_new_with_free_func (edge_free);
  view->events = g_ptr_array_new ();
  view->priv = g_new0 (DgViewPrivate, 1);
  view->priv->strings = g_string_chunk_new (64 * 1024);
  view->priv->resources = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, res_free);
  view->priv->predicates = g_hash_table_new (g_str_hash, g_str_equal);
  view->priv->classes = load_classes (error);
  if (!view->priv->classes)
    {
      view->priv->classes = g_hash_table_new (g_str_hash, g_str_equal);
      return NULL;
    }
  for (i = 0; i < G_N_ELEMENTS (predicate_table); i++)
    g_hash_table_insert (view->priv->predicates, (gpointer) predicate_table[i].iri,
                         GINT_TO_POINTER (predicate_table[i].pred));
  return g_steal_pointer (&view);
}

/* Selection, nodes and edges once the statements are in. */
static void
view_finish (DgView *view, const DgViewOptions *o, GHashTable *query_events)
{
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GHashTable) actor_iris = NULL;
  Filter filter = { o, NULL, NULL, query_events };
  GHashTableIter it;
  gpointer value;
  guint i, j;

  if (o->actor && *o->actor)
    filter.actor_iris = actor_iris = match_actors (view, o->actor);
  if (o->type && *o->type)
    {
      const char *t = o->type;

      if (g_str_has_prefix (t, DG_NS_DIP))
        t += strlen (DG_NS_DIP);
      else if (g_str_has_prefix (t, "dip:"))
        t += 4;
      filter.type = intern (view, t);
    }
  g_hash_table_iter_init (&it, view->priv->resources);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      Res *r = value;

      if (r->is_event && event_selected (view, r, &filter))
        {
          r->selected = TRUE;
          g_ptr_array_add (selected, r);
        }
    }
  g_ptr_array_sort (selected, compare_events);

  /* the actors involved, with their event counts and dates */
  for (i = 0; i < selected->len; i++)
    {
      Res *e = g_ptr_array_index (selected, i);
      g_autoptr(GPtrArray) all = event_actors (e);

      fill_event (view, e);
      g_ptr_array_add (view->events, &e->event);
      for (j = 0; j < all->len; j++)
        {
          Res *a = res_get (view, g_ptr_array_index (all, j));

          if (!a->involved)
            {
              a->involved = TRUE;
              g_ptr_array_add (actors, a);
            }
          a->actor.n_events++;
          widen_dates (&a->actor.first, &a->actor.last, e->event.date);
        }
    }
  g_ptr_array_sort (actors, compare_actors);
  for (i = 0; i < actors->len; i++)
    {
      Res *a = g_ptr_array_index (actors, i);

      fill_actor (view, a);
      a->dropped = o->min_events > 0 && a->actor.n_events < o->min_events;
      if (a->dropped)
        continue;
      g_ptr_array_add (view->nodes, node_new (DG_VIEW_NODE_ACTOR, &a->actor, NULL));
      a->index = view->nodes->len;
    }
  if (view->kind == DG_VIEW_EVENTS)
    for (i = 0; i < selected->len; i++)
      {
        Res *e = g_ptr_array_index (selected, i);

        g_ptr_array_add (view->nodes, node_new (DG_VIEW_NODE_EVENT, NULL, &e->event));
        e->index = view->nodes->len;
      }

  build_edges (view, selected);
  for (i = view->edges->len; i-- > 0;)
    {
      DgViewEdge *e = g_ptr_array_index (view->edges, i);

      if (view->kind == DG_VIEW_ACTORS && o->min_events > 0 && e->weight < o->min_events)
        {
          g_ptr_array_remove_index_fast (view->edges, i);
          continue;
        }
      e->has_goldstein = e->n_goldstein > 0;
      if (e->has_goldstein)
        e->goldstein /= e->n_goldstein;
    }
  g_ptr_array_sort (view->edges, compare_edges);
}

DgView *
dg_view_build_from_model (DgRdf *rdf, librdf_model *model,
                          const DgViewOptions *options, GError **error)
{
  static const DgViewOptions defaults = { 0 };
  const DgViewOptions *o = options ? options : &defaults;
  g_autoptr(DgView) view = NULL;
  g_autoptr(GHashTable) query_events = NULL;
  librdf_query *query = NULL;
  librdf_query_results *results = NULL;
  librdf_stream *stream = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (rdf != NULL && model != NULL, NULL);
  view = view_new (o->kind, error);
  if (!view)
    return NULL;
  g_free (dg_rdf_take_messages (rdf));
  if (o->query)
    {
      g_autofree char *sparql = dg_query_add_prefixes (o->query);
      rasqal_query *check = rasqal_new_query (librdf_world_get_rasqal (dg_rdf_get_world (rdf)),
                                              "sparql", NULL);
      int rc = check ? rasqal_query_prepare (check, (const unsigned char *) sparql, NULL) : 1;

      /* checked with rasqal first, as dg-query.c does: a librdf query
       * that fails to parse leaks its half-built state */
      if (check)
        rasqal_free_query (check);
      if (rc != 0)
        {
          dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_SYNTAX, "--query: bad query");
          goto out;
        }
      query = librdf_new_query (dg_rdf_get_world (rdf), "sparql", NULL,
                                (const unsigned char *) sparql, NULL);
      if (!query)
        {
          dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_SYNTAX,
                            "--query: not a valid SPARQL query");
          goto out;
        }
      results = librdf_model_query_execute (model, query);
      if (!results)
        {
          dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_EXEC,
                            "--query: the query failed");
          goto out;
        }
      if (librdf_query_results_is_bindings (results))
        {
          query_events = query_event_set (view, results);
          stream = librdf_model_as_stream (model);
        }
      else if (librdf_query_results_is_graph (results))
        stream = librdf_query_results_as_stream (results);
      else
        {
          g_set_error (error, DG_GRAPH_ERROR, DG_GRAPH_ERROR_FORMAT,
                       "--query: expected a SELECT or CONSTRUCT query");
          goto out;
        }
    }
  else
    stream = librdf_model_as_stream (model);
  if (!scan_stream (view, stream))
    {
      dg_rdf_set_error (rdf, error, DG_GRAPH_ERROR_QUERY_EXEC,
                        "cannot read the statements of the store");
      goto out;
    }
  view_finish (view, o, query_events);
  ok = TRUE;

out:
  if (stream)
    librdf_free_stream (stream);
  if (results)
    librdf_free_query_results (results);
  if (query)
    librdf_free_query (query);
  return ok ? g_steal_pointer (&view) : NULL;
}

DgView *
dg_view_build (DgStore *store, const DgViewOptions *options, GError **error)
{
  g_return_val_if_fail (store != NULL, NULL);
  return dg_view_build_from_model (dg_store_get_rdf (store), dg_store_get_model (store),
                                   options, error);
}
