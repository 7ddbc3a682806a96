/* dg-analysis.h - the working state the extractor stages share
 *
 * dg-extract.c creates one DgAnalysis per document, tokenizes every
 * sentence once, then hands it to each stage in turn:
 * mentions -> resolve -> timex -> events.
 */
#pragma once

#include <glib.h>
#include "dg-lexicon.h"
#include "dg-facts.h"

G_BEGIN_DECLS

typedef struct {
  guint start, end;  /* bytes */
  guint sentence;
  guint tok;         /* first token (index into DgAnalysis.tokens) */
  guint n_tok;
  char *date;        /* "YYYY-MM-DD", or NULL when it cannot be resolved */
  char *text;        /* as written */
} DgTimex;

typedef struct {
  const DgLexicon *lex;
  DgFacts *facts;
  const char *text;      /* facts->doc->text */
  GArray *tokens;        /* DgToken of every sentence, in order */
  guint32 *words;        /* DgWordClass bits of every token */
  GArray *sent_tok;      /* guint: first token of sentence i; one extra at the end */
  GArray *mentions;      /* DgMention (dg-mentions.h), in text order */
  GArray *timexes;       /* DgTimex, in text order */
} DgAnalysis;

static inline guint
dg_analysis_sentence_first (const DgAnalysis *a, guint s)
{
  return g_array_index (a->sent_tok, guint, s);
}

static inline guint
dg_analysis_sentence_end (const DgAnalysis *a, guint s)
{
  return g_array_index (a->sent_tok, guint, s + 1);
}

static inline const DgToken *
dg_analysis_token (const DgAnalysis *a, guint t)
{
  return &g_array_index (a->tokens, DgToken, t);
}

/* TRUE when token @t has any of the DgWordClass bits @classes. */
static inline gboolean
dg_analysis_word_is (const DgAnalysis *a, guint t, guint32 classes)
{
  return (a->words[t] & classes) != 0;
}

/* TRUE when token @t spells @word, ignoring ASCII case. */
gboolean dg_analysis_token_is (const DgAnalysis *a, guint t, const char *word);
/* Whether token @t is one of @words (NULL-terminated), case-insensitively. */
gboolean dg_analysis_token_in (const DgAnalysis *a, guint t, const char *const *words);
/* The token's text, newly allocated. */
char *dg_analysis_token_dup (const DgAnalysis *a, guint t);

G_END_DECLS
