/* dg-facts.c - the per-document result of extraction */
#include <string.h>
#include "dg-facts.h"

static void
actor_free_cb (gpointer p)
{
  dg_actor_free (p);
}

static void
place_free_cb (gpointer p)
{
  dg_place_free (p);
}

static void
event_free_cb (gpointer p)
{
  dg_event_free (p);
}

DgFacts *
dg_facts_new (DgDocument *doc_take, DgSegmentation *seg_take)
{
  DgFacts *facts = g_new0 (DgFacts, 1);
  facts->doc = doc_take;
  facts->seg = seg_take;
  facts->actors = g_ptr_array_new_with_free_func (actor_free_cb);
  facts->places = g_ptr_array_new_with_free_func (place_free_cb);
  facts->events = g_ptr_array_new_with_free_func (event_free_cb);
  return facts;
}

void
dg_facts_free (DgFacts *facts)
{
  if (!facts)
    return;
  g_ptr_array_unref (facts->events);
  g_ptr_array_unref (facts->places);
  g_ptr_array_unref (facts->actors);
  dg_segmentation_free (facts->seg);
  dg_document_free (facts->doc);
  g_free (facts);
}

DgActor *
dg_actor_new (DgActorKind kind, const char *label)
{
  DgActor *actor = g_new0 (DgActor, 1);
  actor->kind = kind;
  actor->label = g_strdup (label);
  actor->affiliation = -1;
  actor->alt_labels = g_ptr_array_new_with_free_func (g_free);
  actor->roles = g_ptr_array_new_with_free_func (g_free);
  actor->mentions = g_array_new (FALSE, FALSE, sizeof (DgSpan));
  return actor;
}

void
dg_actor_free (DgActor *actor)
{
  if (!actor)
    return;
  g_free (actor->label);
  g_free (actor->code);
  g_free (actor->role);
  g_free (actor->sector);
  g_free (actor->org_class);
  g_free (actor->same_as);
  g_ptr_array_unref (actor->alt_labels);
  g_ptr_array_unref (actor->roles);
  g_array_unref (actor->mentions);
  if (actor->mention_set)
    g_hash_table_unref (actor->mention_set);
  g_free (actor);
}

void
dg_actor_add_alt_label (DgActor *actor, const char *label)
{
  if (!label || !*label || g_strcmp0 (label, actor->label) == 0)
    return;
  for (guint i = 0; i < actor->alt_labels->len; i++)
    if (strcmp (g_ptr_array_index (actor->alt_labels, i), label) == 0)
      return;
  g_ptr_array_add (actor->alt_labels, g_strdup (label));
}

static gpointer
span_key (guint start, guint end)
{
  return GSIZE_TO_POINTER (((gsize) start << (GLIB_SIZEOF_SIZE_T > 4 ? 32 : 16)) ^ end);
}

void
dg_actor_add_mention (DgActor *actor, guint start, guint end, guint sentence)
{
  /* a span after every other one is new; else a set answers once there
   * are many (the resolver's passes add pronouns after names: a scan per
   * mention made a 20,000-sentence paragraph quadratic) */
  gboolean later = start >= actor->mentions_end;
  if (!later && !actor->mention_set && actor->mentions->len >= 32)
    {
      actor->mention_set = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < actor->mentions->len; i++)
        {
          DgSpan *s = &g_array_index (actor->mentions, DgSpan, i);
          g_hash_table_add (actor->mention_set, span_key (s->start, s->end));
        }
    }
  if (!later && actor->mention_set)
    {
      /* the key may collide on 32-bit hosts: confirm by a scan then */
      if (g_hash_table_contains (actor->mention_set, span_key (start, end)))
        for (guint i = 0; i < actor->mentions->len; i++)
          {
            DgSpan *s = &g_array_index (actor->mentions, DgSpan, i);
            if (s->start == start && s->end == end)
              return;
          }
    }
  else if (!later)
    for (guint i = 0; i < actor->mentions->len; i++)
      {
        DgSpan *s = &g_array_index (actor->mentions, DgSpan, i);
        if (s->start == start && s->end == end)
          return;
      }
  actor->mentions_end = MAX (actor->mentions_end, start + 1);
  if (actor->mention_set)
    g_hash_table_add (actor->mention_set, span_key (start, end));
  DgSpan span = { start, end, sentence };
  g_array_append_val (actor->mentions, span);
}

DgPlace *
dg_place_new (const char *label, const char *country)
{
  DgPlace *place = g_new0 (DgPlace, 1);
  place->label = g_strdup (label);
  place->country = (country && *country) ? g_strdup (country) : NULL;
  place->country_actor = -1;
  place->mentions = g_array_new (FALSE, FALSE, sizeof (DgSpan));
  return place;
}

void
dg_place_free (DgPlace *place)
{
  if (!place)
    return;
  g_free (place->label);
  g_free (place->country);
  g_array_unref (place->mentions);
  g_free (place);
}

DgEvent *
dg_event_new (const char *cameo)
{
  DgEvent *event = g_new0 (DgEvent, 1);
  event->cameo = g_strdup (cameo);
  event->agents = g_array_new (FALSE, FALSE, sizeof (int));
  event->targets = g_array_new (FALSE, FALSE, sizeof (int));
  event->participants = g_array_new (FALSE, FALSE, sizeof (int));
  event->about = g_array_new (FALSE, FALSE, sizeof (int));
  event->evidence = g_array_new (FALSE, FALSE, sizeof (guint));
  event->triggers = g_array_new (FALSE, FALSE, sizeof (DgSpan));
  event->place = -1;
  event->modality = g_strdup ("asserted");
  event->confidence = 0.5;
  return event;
}

void
dg_event_free (DgEvent *event)
{
  if (!event)
    return;
  g_free (event->cameo);
  g_free (event->event_class);
  g_free (event->label);
  g_free (event->date);
  g_free (event->date_text);
  g_free (event->modality);
  g_free (event->quote);
  g_array_unref (event->agents);
  g_array_unref (event->targets);
  g_array_unref (event->participants);
  g_array_unref (event->about);
  g_array_unref (event->evidence);
  g_array_unref (event->triggers);
  g_free (event);
}

static gboolean
int_array_contains (const GArray *array, int value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, int, i) == value)
      return TRUE;
  return FALSE;
}

static void
int_array_add_once (GArray *array, int value)
{
  if (!int_array_contains (array, value))
    g_array_append_val (array, value);
}

void
dg_event_add_participant (DgEvent *event, int actor)
{
  if (actor >= 0)
    int_array_add_once (event->participants, actor);
}

void
dg_event_add_agent (DgEvent *event, int actor)
{
  if (actor < 0)
    return;
  int_array_add_once (event->agents, actor);
  dg_event_add_participant (event, actor);
}

void
dg_event_add_target (DgEvent *event, int actor)
{
  if (actor < 0)
    return;
  int_array_add_once (event->targets, actor);
  dg_event_add_participant (event, actor);
}

gboolean
dg_event_has_participant (const DgEvent *event, int actor)
{
  return int_array_contains (event->participants, actor);
}

void
dg_event_add_evidence (DgEvent *event, guint sentence)
{
  guint n = event->evidence->len;
  if (n == 0 || g_array_index (event->evidence, guint, n - 1) < sentence)
    {
      g_array_append_val (event->evidence, sentence);   /* text order: the usual case */
      return;
    }
  guint i = 0;
  while (i < n && g_array_index (event->evidence, guint, i) < sentence)
    i++;
  if (i < event->evidence->len && g_array_index (event->evidence, guint, i) == sentence)
    return;
  g_array_insert_val (event->evidence, i, sentence);
}

int
dg_facts_find_actor (const DgFacts *facts, DgActorKind kind, const char *label)
{
  for (guint i = 0; i < facts->actors->len; i++)
    {
      const DgActor *a = g_ptr_array_index (facts->actors, i);
      if (a->kind != kind)
        continue;
      if (g_strcmp0 (a->label, label) == 0)
        return (int) i;
      for (guint j = 0; j < a->alt_labels->len; j++)
        if (g_strcmp0 (g_ptr_array_index (a->alt_labels, j), label) == 0)
          return (int) i;
    }
  return -1;
}

int
dg_facts_find_country (const DgFacts *facts, const char *code)
{
  for (guint i = 0; i < facts->actors->len; i++)
    {
      const DgActor *a = g_ptr_array_index (facts->actors, i);
      if (a->kind == DG_ACTOR_COUNTRY && g_strcmp0 (a->code, code) == 0)
        return (int) i;
    }
  return -1;
}

int
dg_facts_find_place (const DgFacts *facts, const char *label)
{
  for (guint i = 0; i < facts->places->len; i++)
    {
      const DgPlace *p = g_ptr_array_index (facts->places, i);
      if (g_strcmp0 (p->label, label) == 0)
        return (int) i;
    }
  return -1;
}

const char *
dg_actor_kind_to_string (DgActorKind kind)
{
  switch (kind)
    {
    case DG_ACTOR_PERSON: return "Person";
    case DG_ACTOR_COUNTRY: return "Country";
    case DG_ACTOR_ORGANIZATION: return "Organization";
    default: return "Actor";
    }
}
