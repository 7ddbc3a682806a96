/* dg-mentions.h - stage 3: who and where each sentence names
 *
 * Gazetteer lookups (countries, demonyms, capitals, places, organizations,
 * titles, event triggers) and cues: a capitalized name after a title, or
 * after "title," (appositive) is a person with that role; a title with a
 * country and no name is a role mention; later surnames of those persons
 * and pronouns are mentions too.
 */
#pragma once

#include <glib.h>
#include "dg-analysis.h"

G_BEGIN_DECLS

typedef enum {
  DG_MENTION_COUNTRY = 0,  /* "Iran", "U.S.", "Iranian", "Tehran" (metonym) */
  DG_MENTION_ORGANIZATION, /* entry NULL: a name the lexicon lacks, defined
                            * with its abbreviation ("Sudan Liberation Army
                            * (SLA)") */
  DG_MENTION_PLACE,        /* "The Hague", "Geneva" */
  DG_MENTION_PERSON,       /* a person's name "Mehdi Akhundzadeh", "Holbrooke" */
  DG_MENTION_ROLE,         /* a title with no name: "Iran's deputy foreign minister" */
  DG_MENTION_PRONOUN,      /* he, she, him; it */
  DG_MENTION_TRIGGER,      /* an event word */
  DG_MENTION_GROUP         /* "the two countries": two actors named before */
} DgMentionKind;

typedef struct {
  DgMentionKind kind;
  guint start, end;        /* bytes of the name (persons: without the title) */
  guint sentence;
  guint tok, n_tok;        /* tokens (index into DgAnalysis.tokens) */
  const DgLexEntry *entry; /* the lexicon entry (not persons/pronouns) */
  const DgLexEntry *title; /* persons and roles: their title; an organization
                              named after its kind ("the rights group
                              Memorial"): the kind; or NULL */
  guint role_tok;          /* persons/roles: first token of the whole phrase */
  guint title_tok;         /* persons/roles: first token of the title */
  guint title_n;           /* ... its tokens, with a complement ("Ambassador
                            * to the United Nations") */
  const char *affiliation; /* alpha-3 or org id from "Iran's", "U.S.", "Iranian" */
  guint short_for;         /* organizations: an abbreviation ("RSF") of one
                            * the lexicon does not know: 1 + the start byte
                            * of the mention it abbreviates; else 0 */
  int actor;               /* resolver: actor index, or -1 */
  int actor2;              /* groups: the second actor, or -1 */
  int place;               /* resolver: place index, or -1 */
  guint possessive : 1;    /* "Iran's", "Obama's" */
  guint in_role : 1;       /* a country inside a person's role phrase */
  guint in_group : 1;      /* ... of a group that fights or opposes its own
                            * government: "Rwandan rebels" */
  guint ethnic : 1;        /* "ethnic Albanians": a people, not the state */
  guint locative : 1;      /* a place after "in", "at", "near" */
  guint neuter : 1;        /* pronouns: "it" (a country or organization) */
} DgMention;

void dg_mentions_find (DgAnalysis *a);

G_END_DECLS
