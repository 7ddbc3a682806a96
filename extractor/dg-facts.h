/* dg-facts.h - what the extractor found in one document
 *
 * The pipeline stages fill one DgFacts: mentions -> actors and places,
 * events with their arguments.  graph/dg-writer.c turns it into RDF.
 * Offsets are byte offsets into doc->text.
 */
#pragma once

#include <glib.h>
#include "dg-document.h"
#include "dg-segment.h"

G_BEGIN_DECLS

typedef enum {
  DG_ACTOR_PERSON = 0,
  DG_ACTOR_COUNTRY,
  DG_ACTOR_ORGANIZATION
} DgActorKind;

/* A stretch of text that names or refers to an actor, place or date. */
typedef struct {
  guint start, end;
  guint sentence;
} DgSpan;

typedef struct {
  DgActorKind kind;
  char *label;         /* canonical name: "Mehdi Akhundzadeh", "Iran" */
  char *code;          /* countries: ISO 3166 alpha-3; organizations: short id ("NATO") */
  char *role;          /* persons: the first title seen, "deputy foreign minister", or NULL */
  GPtrArray *roles;    /* char*: every title seen (role first) */
  char *sector;        /* GOV, DIP, MIL, ... or NULL */
  char *org_class;     /* organizations: dip: class local name ("InternationalOrganization") */
  char *same_as;       /* an IRI of the same actor elsewhere (countries: DBpedia), or NULL */
  const void *lexicon; /* persons: their people.tsv entry (a DgLexEntry), or NULL */
  int affiliation;     /* index of a country/organization actor, or -1 */
  gboolean described;  /* organizations named only by their kind ("a human
                          rights group"): one per document, not one globally */
  GPtrArray *alt_labels; /* char*: other names seen ("Akhundzadeh") */
  GArray *mentions;    /* DgSpan */
  guint mentions_end;  /* the largest start in mentions + 1 (0: none) */
  GHashTable *mention_set; /* (start << 32 | end) of mentions, once there are many */
} DgActor;

typedef struct {
  char *label;         /* "The Hague" */
  char *country;       /* ISO alpha-3 of the country it is in, or NULL */
  int country_actor;   /* the actor of the country it lies in, or -1 */
  GArray *mentions;    /* DgSpan */
} DgPlace;

typedef struct {
  char *cameo;         /* most specific CAMEO code the text supports, "044" */
  char *event_class;   /* dip: class local name when the trigger is more
                          specific than the code ("Meeting" for a plain "met",
                          CAMEO 040); NULL = the code's class */
  char *label;         /* "Richard Holbrooke meets Mehdi Akhundzadeh" */
  GArray *agents;      /* int actor indices */
  GArray *targets;     /* int */
  GArray *participants;/* int: every actor involved, agents and targets included */
  GArray *about;       /* int: statements: the actors spoken of */
  int place;           /* index into places, or -1 */
  char *date;          /* "YYYY-MM-DD" or NULL */
  char *date_text;     /* as written ("Tuesday"), or NULL */
  char *modality;      /* "asserted", "planned", "negated", "reported", ... */
  char *quote;         /* statements: the quoted words, or NULL */
  GArray *evidence;    /* guint sentence indices, in text order */
  GArray *triggers;    /* DgSpan of the words that signalled the event */
  double confidence;   /* 0..1 */
} DgEvent;

typedef struct {
  DgDocument *doc;         /* owned */
  DgSegmentation *seg;     /* owned */
  GPtrArray *actors;       /* DgActor* */
  GPtrArray *places;       /* DgPlace* */
  GPtrArray *events;       /* DgEvent* */
} DgFacts;

DgFacts *dg_facts_new (DgDocument *doc_take, DgSegmentation *seg_take);
void     dg_facts_free (DgFacts *facts);

DgActor *dg_actor_new (DgActorKind kind, const char *label);
void     dg_actor_free (DgActor *actor);
void     dg_actor_add_alt_label (DgActor *actor, const char *label);
void     dg_actor_add_mention (DgActor *actor, guint start, guint end, guint sentence);

DgPlace *dg_place_new (const char *label, const char *country);
void     dg_place_free (DgPlace *place);

DgEvent *dg_event_new (const char *cameo);
void     dg_event_free (DgEvent *event);
/* Adds @actor to participants (and to agents/targets when asked), once. */
void     dg_event_add_agent (DgEvent *event, int actor);
void     dg_event_add_target (DgEvent *event, int actor);
void     dg_event_add_participant (DgEvent *event, int actor);
gboolean dg_event_has_participant (const DgEvent *event, int actor);
void     dg_event_add_evidence (DgEvent *event, guint sentence);

/* Index of the actor with @kind and @label (or alt label), -1 if none. */
int dg_facts_find_actor (const DgFacts *facts, DgActorKind kind, const char *label);
int dg_facts_find_country (const DgFacts *facts, const char *code);
int dg_facts_find_place (const DgFacts *facts, const char *label);

const char *dg_actor_kind_to_string (DgActorKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgFacts, dg_facts_free)

G_END_DECLS
