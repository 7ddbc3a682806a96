/* dg-mentions.h - stage 3: who and where each sentence names
 *
 * Finds, per sentence, the country, organization, place, title and person
 * name mentions (gazetteer lookups plus cues: a capitalized name after a
 * title is a person).  The result is a flat list the resolver turns into
 * actors.
 */
#pragma once

#include <glib.h>
#include "dg-lexicon.h"
#include "dg-facts.h"

G_BEGIN_DECLS

typedef enum {
  DG_MENTION_COUNTRY = 0,  /* "Iran", "U.S.", "Iranian" (key = alpha-3) */
  DG_MENTION_ORGANIZATION, /* key = org id */
  DG_MENTION_PLACE,        /* "The Hague"; key = label */
  DG_MENTION_PERSON,       /* a person's name "Mehdi Akhundzadeh" */
  DG_MENTION_ROLE,         /* a title phrase with no name: "Iran's deputy foreign minister" */
  DG_MENTION_PRONOUN       /* he, she, him, her */
} DgMentionKind;

typedef struct {
  DgMentionKind kind;
  guint start, end;        /* bytes; for persons the name only */
  guint sentence;
  guint tok;               /* index of the first token in the sentence's tokens */
  guint n_tok;
  const DgLexEntry *entry; /* countries, orgs, places, roles: the lexicon entry */
  char *name;              /* persons: the name as written */
  /* persons and roles: the cues around the name */
  const DgLexEntry *title; /* "deputy foreign minister" */
  guint role_start, role_end; /* the whole descriptive phrase, bytes */
  const char *affiliation; /* alpha-3 or org id from "Iran's", "U.S.", "Iranian" */
  int actor;               /* filled by the resolver: actor index, -1 */
  guint demonym : 1;       /* country mention was an adjective ("Iranian") */
  guint locative : 1;      /* place after "at"/"in" */
} DgMention;

/* Mentions of every sentence, in text order (DgMention). */
GArray *dg_mentions_find (const DgLexicon *lex, const DgFacts *facts);
void    dg_mentions_free (GArray *mentions);

G_END_DECLS
