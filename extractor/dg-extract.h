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

G_END_DECLS
