/* dg-lexicon.h - gazetteers and word lists, loaded from data
 *
 * Data lives in extractor/lexicon/ (TSV files) (the project's own tables) and in
 * Debian's iso-codes (ISO 3166-1 names and codes), all compiled into the
 * binary as a GResource.  One DgLexicon is loaded once and shared,
 * read-only, by every document (it is safe to use from several threads).
 *
 * Lookup is by phrase: dg_lexicon_match() finds the longest entry that
 * starts at a token, so "deputy foreign minister" wins over "minister".
 */
#pragma once

#include <glib.h>
#include "dg-segment.h"

G_BEGIN_DECLS

#define DG_LEXICON_ERROR (dg_lexicon_error_quark ())
GQuark dg_lexicon_error_quark (void);
typedef enum { DG_LEXICON_ERROR_DATA } DgLexiconError;

typedef enum {
  DG_LEX_COUNTRY = 0,   /* a name of a country: "Iran", "U.S.", "Britain" */
  DG_LEX_DEMONYM,       /* adjective or people: "Iranian", "Americans" */
  DG_LEX_CAPITAL,       /* a seat of government used for it: "Tehran" */
  DG_LEX_PLACE,         /* a city, region or venue: "The Hague", "Geneva" */
  DG_LEX_ORGANIZATION,  /* "NATO", "United Nations", "Taliban" */
  DG_LEX_TITLE,         /* "deputy foreign minister", "envoy" */
  DG_LEX_TRIGGER,       /* an event word: "met", "meeting", "criticized" */
  DG_LEX_PERSON,        /* a well-known person: "Vladimir Putin", "Khomeini"
                           (label = full name, country = affiliation code) */
  DG_LEX_STOP,          /* a phrase that must not be read as anything:
                           "Latin American" (not USA), "Congo" (which one?) */
  DG_LEX_N_KINDS
} DgLexKind;

typedef struct {
  DgLexKind kind;
  char *surface;      /* as listed, e.g. "deputy foreign minister" */
  char *key;          /* canonical id: ISO alpha-3, org id, title, CAMEO code */
  char *label;        /* canonical label: "Iran", "North Atlantic Treaty Organization";
                         titles of rank "org": the kind ("human rights group") */
  char *country;      /* ISO alpha-3 the entry belongs to (countries, capitals,
                         places, national organizations), or NULL */
  char *sector;       /* titles and organizations: GOV, DIP, MIL, IGO, REB ... */
  char *extra;        /* titles: rank; organizations: dip: class; places: kind;
                         demonyms: "people" for a people of one country ("Yoruba");
                         triggers: frame ("sym", "dir", "say" ...) */
  char *event_class;  /* triggers: dip: class when more specific than the code */
  guint n_words;      /* tokens in surface ("..." counts as one) */
  guint gap_at;       /* triggers with a gap, "took ... hostage": the words
                         before "..." (the gap holds 1-8 tokens); 0 = none */
  guint narrow_gap : 1; /* the gap is "~": 1-4 numbers, names and content
                         words ("released ~ prisoners": "150 Lebanese"), no
                         function words ("released a video of hostages") */
  char **words;       /* the surface's tokens, case-folded */
  guint *word_ids;    /* their numbers in the lexicon's vocabulary (private) */
  guint caps : 1;     /* listed capitalized: matches only capitalized text */
  guint acronym : 1;  /* one word of 2-3 capitals ("UN", "EU"): matches only
                         capitals ("Kim Jong Un" has no UN in it); longer
                         ones also match house styles such as "Nato" */
  guint32 possessive; /* bit w: word w is written with "'s" in the surface
                         ("Democratic People's Republic of Korea") */
} DgLexEntry;

/* Grammatical classes of function words (extractor/lexicon/words.tsv). */
typedef enum {
  DG_W_NOTNAME      = 1u << 0,
  DG_W_PARTICLE     = 1u << 1,
  DG_W_LOCATIVE     = 1u << 2,
  DG_W_MODIFIER     = 1u << 3,
  DG_W_DETERMINER   = 1u << 4,
  DG_W_PREPOSITION  = 1u << 5,
  DG_W_CLAUSEMARK   = 1u << 6,
  DG_W_CLAUSECONJ   = 1u << 7,
  DG_W_OBJECTBREAK  = 1u << 8,
  DG_W_NEGATION     = 1u << 9,
  DG_W_HYPOTHETICAL = 1u << 10,
  DG_W_FUTURE       = 1u << 11,
  DG_W_PRONOUN      = 1u << 12,
  DG_W_WEEKDAY      = 1u << 13,
  DG_W_MONTH        = 1u << 14,
  DG_W_RELDAY       = 1u << 15,
  DG_W_AND          = 1u << 16,
  DG_W_COMMA        = 1u << 17,
  DG_W_REPORTED     = 1u << 18,
  DG_W_NEUTER       = 1u << 19,
  DG_W_GROUPNOUN    = 1u << 20,
  DG_W_PERSONGROUP  = 1u << 21
} DgWordClass;

typedef struct DgLexicon DgLexicon;

/* The built-in lexicon (resources compiled into the binary). */
DgLexicon *dg_lexicon_new_default (GError **error);
DgLexicon *dg_lexicon_ref (DgLexicon *lex);
void       dg_lexicon_unref (DgLexicon *lex);

/* Longest entries (of any kind in @kinds, a bit mask of 1 << DgLexKind)
 * whose words equal the tokens starting at tokens[i] ("..." in an entry
 * matches 1 to 8 tokens; the length returned then spans them).  Matching ignores case
 * for every word except those the data lists capitalized (names match only
 * capitalized).  Returns the number of tokens matched (0 = none) and stores
 * up to @max entries of that length in @out. */
guint dg_lexicon_match (const DgLexicon *lex, guint kinds, const char *text,
                        const DgToken *tokens, guint n_tokens, guint i,
                        const DgLexEntry **out, guint max, guint *n_out);

/* The organizations.tsv entry with id @id ("NATO"), or NULL. */
const DgLexEntry *dg_lexicon_organization (const DgLexicon *lex, const char *id);

/* The people.tsv entry whose name or alias is @name, or NULL. */
const DgLexEntry *dg_lexicon_person (const DgLexicon *lex, const char *name);

/* The DgWordClass bits of a token (0 for a word not in words.tsv). */
guint32 dg_lexicon_word_classes (const DgLexicon *lex, const char *text, const DgToken *token);
/* The same, and records in @token (DgToken.lex_word) which word of the
 * lexicon's vocabulary it is, so that dg_lexicon_match() and
 * dg_lexicon_word_classes() need not look it up again.  The numbers
 * depend only on the lexicon's data, which is built in: a token indexed
 * with one DgLexicon matches the same with another. */
guint32 dg_lexicon_index_token (const DgLexicon *lex, const char *text, DgToken *token);

/* Lookup by key: the country entry for "IRN" (kind DG_LEX_COUNTRY, label
 * = the news name; extra = its DBpedia resource name when it is not the
 * label with underscores), or NULL. */
const DgLexEntry *dg_lexicon_country (const DgLexicon *lex, const char *alpha3);
/* Country entries are counted: */
guint dg_lexicon_n_countries (const DgLexicon *lex);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgLexicon, dg_lexicon_unref)

G_END_DECLS
