/* dg-extract.c - the pipeline, in processing order */
#include "dg-extract.h"
#include "dg-analysis.h"
#include "dg-mentions.h"
#include "dg-resolve.h"
#include "dg-timex.h"
#include "dg-events.h"

static void
analysis_clear (DgAnalysis *a)
{
  g_array_unref (a->tokens);
  g_free (a->words);
  g_array_unref (a->sent_tok);
  g_array_unref (a->mentions);
  for (guint i = 0; i < a->timexes->len; i++)
    {
      DgTimex *x = &g_array_index (a->timexes, DgTimex, i);
      g_free (x->date);
      g_free (x->text);
    }
  g_array_unref (a->timexes);
}

DgFacts *
dg_extract (const DgLexicon *lex, DgDocument *doc)
{
  g_return_val_if_fail (lex != NULL && doc != NULL, NULL);

  DgSegmentation *seg = dg_segment (doc);                       /* stage 2 */
  DgFacts *facts = dg_facts_new (doc, seg);
  DgAnalysis a = {
    .lex = lex,
    .facts = facts,
    .text = doc->text,
    .tokens = g_array_new (FALSE, FALSE, sizeof (DgToken)),
    .sent_tok = g_array_new (FALSE, FALSE, sizeof (guint)),
    .mentions = g_array_new (FALSE, FALSE, sizeof (DgMention)),
    .timexes = g_array_new (FALSE, FALSE, sizeof (DgTimex)),
  };
  for (guint s = 0; s < seg->sentences->len; s++)
    {
      const DgSentence *sent = &g_array_index (seg->sentences, DgSentence, s);
      guint first = a.tokens->len;
      g_array_append_val (a.sent_tok, first);
      dg_tokenize (doc->text, sent->start, sent->end, a.tokens);
    }
  guint n = a.tokens->len;
  g_array_append_val (a.sent_tok, n);
  a.words = g_new (guint32, n + 1);
  for (guint t = 0; t < n; t++)
    a.words[t] = dg_lexicon_word_classes (lex, doc->text, &g_array_index (a.tokens, DgToken, t));

  dg_mentions_find (&a);   /* stage 3: countries, persons, places, triggers */
  dg_resolve (&a);         /* stage 4: mentions -> actors and places */
  dg_timex_find (&a);      /* stage 5: dates */
  dg_events_find (&a);     /* stage 6: triggers -> events */

  analysis_clear (&a);
  return facts;
}
