/* dg-extract.c - the pipeline, in processing order */
#include <string.h>
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

static const char *const mention_kinds[] = {
  "country", "organization", "place", "person", "role", "pronoun", "trigger", "group"
};

static void
explain (const DgAnalysis *a, GString *out)
{
  const DgSegmentation *seg = a->facts->seg;
  guint mi = 0, xi = 0;
  for (guint s = 0; s < seg->sentences->len; s++)
    {
      const DgSentence *sent = &g_array_index (seg->sentences, DgSentence, s);
      g_string_append_printf (out, "[%u] %.*s\n", s, (int) (sent->end - sent->start),
                              a->text + sent->start);
      for (; mi < a->mentions->len; mi++)
        {
          const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
          if (m->sentence != s)
            break;
          g_string_append_printf (out, "    %-12s %.*s", mention_kinds[m->kind],
                                  (int) (m->end - m->start), a->text + m->start);
          if (m->actor >= 0)
            g_string_append_printf (out, " -> %s",
                                    ((DgActor *) g_ptr_array_index (a->facts->actors, m->actor))->label);
          if (m->actor2 >= 0)
            g_string_append_printf (out, " + %s",
                                    ((DgActor *) g_ptr_array_index (a->facts->actors, m->actor2))->label);
          if (m->kind == DG_MENTION_TRIGGER)
            g_string_append_printf (out, " -> CAMEO %s, frame %s", m->entry->key, m->entry->extra);
          if (m->title)
            g_string_append_printf (out, " [%s%s%s]", m->title->key,
                                    m->affiliation ? ", " : "", m->affiliation ? m->affiliation : "");
          if (m->in_role)
            g_string_append (out, " (in a role)");
          if (m->possessive)
            g_string_append (out, " (possessive)");
          if (m->locative)
            g_string_append (out, " (locative)");
          g_string_append_c (out, '\n');
        }
      for (; xi < a->timexes->len; xi++)
        {
          const DgTimex *x = &g_array_index (a->timexes, DgTimex, xi);
          if (x->sentence != s)
            break;
          g_string_append_printf (out, "    %-12s %s -> %s\n", "date", x->text,
                                  x->date ? x->date : "(text only)");
        }
    }
}

G_DEFINE_QUARK (dg-extract-error-quark, dg_extract_error)

/* TRUE (and @error set) when @deadline has passed. */
static gboolean
past_deadline (gint64 deadline, const char *stage, GError **error)
{
  if (deadline <= 0 || g_get_monotonic_time () < deadline)
    return FALSE;
  g_set_error (error, DG_EXTRACT_ERROR, DG_EXTRACT_ERROR_TIMEOUT,
               "time budget exceeded (during %s; use --doc-timeout)", stage);
  return TRUE;
}

static DgFacts *extract_run (const DgLexicon *lex, DgDocument *doc, const DgExtractLimits *limits,
                             GString *explanation, GError **error);

DgFacts *
dg_extract (const DgLexicon *lex, DgDocument *doc)
{
  return extract_run (lex, doc, NULL, NULL, NULL);
}

DgFacts *
dg_extract_explained (const DgLexicon *lex, DgDocument *doc, GString *explanation)
{
  return extract_run (lex, doc, NULL, explanation, NULL);
}

DgFacts *
dg_extract_full (const DgLexicon *lex, DgDocument *doc, const DgExtractLimits *limits,
                 GString *explanation, GError **error)
{
  return extract_run (lex, doc, limits, explanation, error);
}

static DgFacts *
extract_run (const DgLexicon *lex, DgDocument *doc, const DgExtractLimits *limits,
             GString *explanation, GError **error)
{
  g_return_val_if_fail (lex != NULL && doc != NULL, NULL);
  guint max_tokens = limits && limits->max_sentence_tokens ? limits->max_sentence_tokens
                     : DG_EXTRACT_DEFAULT_MAX_SENTENCE_TOKENS;
  gint64 deadline = limits ? limits->deadline : 0;

  /* Issue 8: a text file's first line is its title; a 10 MB line made a
   * 10 MB rdfs:label and dcterms:title (761 MiB peak on the way into the
   * store).  Titles are cut at DG_EXTRACT_MAX_TITLE_BYTES, on a character
   * boundary, with an ellipsis. */
  if (doc->title && strlen (doc->title) > DG_EXTRACT_MAX_TITLE_BYTES)
    {
      const char *end = g_utf8_find_prev_char (doc->title, doc->title + DG_EXTRACT_MAX_TITLE_BYTES);
      char *cut = g_strdup_printf ("%.*s\xe2\x80\xa6", (int) (end ? end - doc->title : 0), doc->title);
      g_free (doc->title);
      doc->title = cut;
    }

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
      /* Issue 8: a "sentence" of thousands of tokens (a list, a table, a
       * hostile file) is analysed only up to max_tokens, which keeps the
       * windows of the later stages bounded; the sentence ends there too,
       * so its events' evidence is not the whole (say 10 MB) line again
       * for every event.  The document text stays whole. */
      if (a.tokens->len - first > max_tokens)
        {
          g_array_set_size (a.tokens, first + max_tokens);
          DgSentence *cut = &g_array_index (seg->sentences, DgSentence, s);
          cut->end = g_array_index (a.tokens, DgToken, a.tokens->len - 1).end;
        }
    }
  guint n = a.tokens->len;
  g_array_append_val (a.sent_tok, n);
  a.words = g_new (guint32, n + 1);
  for (guint t = 0; t < n; t++)
    a.words[t] = dg_lexicon_index_token (lex, doc->text, &g_array_index (a.tokens, DgToken, t));

  /* the deadline is checked between stages */
  gboolean late = past_deadline (deadline, "tokenizing", error);
  if (!late)
    dg_mentions_find (&a);   /* stage 3: countries, persons, places, triggers */
  if (!late && !(late = past_deadline (deadline, "mentions", error)))
    dg_resolve (&a);         /* stage 4: mentions -> actors and places */
  if (!late && !(late = past_deadline (deadline, "coreference", error)))
    dg_timex_find (&a);      /* stage 5: dates */
  if (!late && !(late = past_deadline (deadline, "dates", error)))
    dg_events_find (&a);     /* stage 6: triggers -> events */
  if (!late)
    late = past_deadline (deadline, "events", error);
  if (!late && explanation)
    explain (&a, explanation);

  analysis_clear (&a);
  if (late)
    {
      dg_facts_free (facts);
      return NULL;
    }
  return facts;
}
