/* dg-extract.h - the pipeline: document in, facts out
 *
 * Stages, in order (one file each in extractor/):
 *   dg-reader    file -> DgDocument (text, title, date, blocks)
 *   dg-segment   paragraphs, sentences, tokens
 *   dg-mentions  gazetteer + cue mentions: countries, persons, places, orgs
 *   dg-resolve   coreference, roles and affiliations -> actors
 *   dg-timex     dates in sentences resolved against the document date
 *   dg-events    trigger words -> CAMEO events with arguments; merging
 */
#pragma once

#include <glib.h>
#include "dg-document.h"
#include "dg-lexicon.h"
#include "dg-facts.h"

G_BEGIN_DECLS

/* Runs every stage after the reader.  Takes ownership of @doc. */
DgFacts *dg_extract (const DgLexicon *lex, DgDocument *doc);

/* The same, and when @explain is not NULL, appends to it what each stage
 * saw in each sentence (mentions, resolved actors, dates, triggers): the
 * "why" behind the facts, for "dipgraph extract --explain". */
DgFacts *dg_extract_explained (const DgLexicon *lex, DgDocument *doc, GString *explain);

/* What one document may cost (hostile input, issue 8). */
#define DG_EXTRACT_DEFAULT_MAX_SENTENCE_TOKENS 1000
/* Longest document title kept, in bytes (longer ones end in an ellipsis). */
#define DG_EXTRACT_MAX_TITLE_BYTES 1000

#define DG_EXTRACT_ERROR (dg_extract_error_quark ())
GQuark dg_extract_error_quark (void);
typedef enum {
  DG_EXTRACT_ERROR_TIMEOUT   /* the deadline passed */
} DgExtractError;

typedef struct {
  guint max_sentence_tokens; /* 0 = default; a longer sentence is analysed
                                only up to this many tokens */
  gint64 deadline;           /* g_get_monotonic_time() value; 0 = none.
                                Checked between stages. */
} DgExtractLimits;

/* dg_extract_explained() with @limits (NULL = defaults).  Takes ownership
 * of @doc also on failure; NULL with DG_EXTRACT_ERROR_TIMEOUT when the
 * deadline passed. */
DgFacts *dg_extract_full (const DgLexicon *lex, DgDocument *doc,
                          const DgExtractLimits *limits, GString *explain,
                          GError **error);

G_END_DECLS
