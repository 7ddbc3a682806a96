/* test-segment.c - sentences, paragraphs and tokens of dg-segment.c */
#include <string.h>
#include "dg-document.h"
#include "dg-segment.h"
#include "dg-test.h"

/* A document holding @text with no blocks. */
static DgDocument *
doc_for (const char *text)
{
  DgDocument *doc = dg_document_new ();
  doc->text = g_strdup (text);
  doc->text_len = strlen (text);
  return doc;
}

/* The sentences of @text joined by " | ". */
static char *
sentences_of (const char *text)
{
  g_autoptr (DgDocument) doc = doc_for (text);
  g_autoptr (DgSegmentation) seg = dg_segment (doc);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < seg->sentences->len; i++)
    {
      DgSentence *s = &g_array_index (seg->sentences, DgSentence, i);
      if (i)
        g_string_append (out, " | ");
      g_string_append_len (out, text + s->start, s->end - s->start);
    }
  return g_string_free (out, FALSE);
}

static const struct {
  const char *in;
  const char *out;  /* sentences joined by " | " */
} sentence_cases[] = {
  { "U.S. diplomat Richard Holbrooke met Iran's envoy. They agreed.",
    "U.S. diplomat Richard Holbrooke met Iran's envoy. | They agreed." },
  { "Gen. David Petraeus arrived.", "Gen. David Petraeus arrived." },
  { "He met Mr. Lavrov on Jan. 5 in Geneva.",
    "He met Mr. Lavrov on Jan. 5 in Geneva." },
  { "George W. Bush spoke.", "George W. Bush spoke." },
  { "\"We will look for ways,\" she said. \"It is a sign.\"",
    "\"We will look for ways,\" she said. | \"It is a sign.\"" },
  { "Did he agree? \"No,\" he said.", "Did he agree? | \"No,\" he said." },
  { "The plan was approved by the U.S. The talks ended.",
    "The plan was approved by the U.S. | The talks ended." },
  { "Talks between the U.S. and Iran resumed.",
    "Talks between the U.S. and Iran resumed." },
  { "... the U.S. and Iran ...", "... the U.S. and Iran ..." },
  { "U.S. Secretary of State Hillary Rodham Clinton arrived. She spoke.",
    "U.S. Secretary of State Hillary Rodham Clinton arrived. | She spoke." },
  { "Lt. Gen. Karl Eikenberry and Sen. John Kerry met Dr. Abdullah.",
    "Lt. Gen. Karl Eikenberry and Sen. John Kerry met Dr. Abdullah." },
  { "The meeting ended at 5 p.m. Tuesday in Kabul.",
    "The meeting ended at 5 p.m. Tuesday in Kabul." },
  { "The meeting ended at 5 p.m. He left.",
    "The meeting ended at 5 p.m. | He left." },
  { "It was signed in Jan. The parties agreed.",
    "It was signed in Jan. | The parties agreed." },
  { "Resolution No. 1701 passed. Israel agreed.",
    "Resolution No. 1701 passed. | Israel agreed." },
  { "Tanks, trucks, etc. were sent.", "Tanks, trucks, etc. were sent." },
  { "\"Why now?\" Clinton asked. Nobody answered.",
    "\"Why now?\" Clinton asked. | Nobody answered." },
  { "\"Will Iran agree?\" she asked.", "\"Will Iran agree?\" she asked." },
  { "Stop! The talks are over.", "Stop! | The talks are over." },
  { "He said he was \"cordial.\" The talks ended.",
    "He said he was \"cordial.\" | The talks ended." },
  { "The talks began (in Oslo.) Then they ended.",
    "The talks began (in Oslo.) | Then they ended." },
  { "Troops arrived in 2009. 2010 was calmer.",
    "Troops arrived in 2009. | 2010 was calmer." },
  { "It grew 3.5 percent. Exports fell.", "It grew 3.5 percent. | Exports fell." },
  { "He waited\xe2\x80\xa6 Then he left.", "He waited\xe2\x80\xa6 | Then he left." },
  { "  Leading and trailing space.  ", "Leading and trailing space." },
  { "No end punctuation", "No end punctuation" },
  { "The talks ended.Then nothing.", "The talks ended.Then nothing." },
  { "She met Erdo\xc4\x9f" "an. \xc3\x96zil waited.",
    "She met Erdo\xc4\x9f" "an. | \xc3\x96zil waited." },
  { "Mrs. Clinton and Ms. Rice met at St. Petersburg.",
    "Mrs. Clinton and Ms. Rice met at St. Petersburg." },
  { "The deal, worth $2 billion, was signed by Acme Inc. The firm agreed.",
    "The deal, worth $2 billion, was signed by Acme Inc. | The firm agreed." },
  { "\xe2\x80\x9cWe agreed,\xe2\x80\x9d he said. \xe2\x80\x9cIt is done.\xe2\x80\x9d",
    "\xe2\x80\x9cWe agreed,\xe2\x80\x9d he said. | \xe2\x80\x9cIt is done.\xe2\x80\x9d" },
  /* wire datelines are not part of the first sentence */
  { "KHARTOUM, May 20 (Reuters) - Sudan signed a truce. It held.", "Sudan signed a truce. | It held." },
  { "WASHINGTON (AP) \xe2\x80\x94 Biden met Scholz.", "Biden met Scholz." },
  { "THE HAGUE, Netherlands - Clinton met Lavrov.", "Clinton met Lavrov." },
  { "PARIS, Jan. 5 (AFP) -- France recalled its envoy.", "France recalled its envoy." },
  { "BEIRUT, Lebanon (AP) \xe2\x80\x93 \"No,\" he said.", "\"No,\" he said." },
  /* ... and what only looks like one stays */
  { "IAEA chief Grossi met Raisi - a rare event.", "IAEA chief Grossi met Raisi - a rare event." },
  { "NATO - the alliance - met on Monday.", "NATO - the alliance - met on Monday." },
  { "US AND IRAN - not a dateline.", "US AND IRAN - not a dateline." },
  { "Iran - Iraq talks resumed.", "Iran - Iraq talks resumed." },
};

static void
test_sentence_table (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (sentence_cases); i++)
    {
      g_autofree char *got = sentences_of (sentence_cases[i].in);
      if (strcmp (got, sentence_cases[i].out) != 0)
        fprintf (stderr, "\n  case %zu: got [%s]\n  expected [%s]\n", i, got,
                 sentence_cases[i].out);
      CU_ASSERT_STRING_EQUAL (got, sentence_cases[i].out);
    }
}

static void
test_sentence_offsets (void)
{
  /* "ğ" is two bytes: the second sentence starts at byte 21, not 20 */
  const char *text = "Erdo\xc4\x9f" "an met Lavrov. Then he left.";
  g_autoptr (DgDocument) doc = doc_for (text);
  g_autoptr (DgSegmentation) seg = dg_segment (doc);
  CU_ASSERT_EQUAL_FATAL (seg->paragraphs->len, 1);
  CU_ASSERT_EQUAL_FATAL (seg->sentences->len, 2);
  DgSentence *s0 = &g_array_index (seg->sentences, DgSentence, 0);
  DgSentence *s1 = &g_array_index (seg->sentences, DgSentence, 1);
  CU_ASSERT_EQUAL (s0->start, 0);
  CU_ASSERT_EQUAL (s0->end, 20);
  CU_ASSERT_EQUAL (s1->start, 21);
  CU_ASSERT_EQUAL (s1->end, 34);
  CU_ASSERT_EQUAL (s0->paragraph, 0);
  CU_ASSERT_EQUAL (s1->paragraph, 0);
  DgParagraph *p = &g_array_index (seg->paragraphs, DgParagraph, 0);
  CU_ASSERT_EQUAL (p->start, 0);
  CU_ASSERT_EQUAL (p->end, 34);
  CU_ASSERT_EQUAL (p->first_sentence, 0);
  CU_ASSERT_EQUAL (p->n_sentences, 2);
}

static void
test_paragraphs (void)
{
  /* title (headline), body with two sentences, caption, one-line body */
  const char *text = "Envoys meet in Oslo\n\nThe envoys met. They talked.\n\n"
                     "  The envoys in Oslo.  \nA second line.\n";
  g_autoptr (DgDocument) doc = doc_for (text);
  DgBlock b1 = { 0, 19, DG_BLOCK_HEADLINE };
  DgBlock b2 = { 51, 74, DG_BLOCK_CAPTION };
  g_array_append_val (doc->blocks, b1);
  g_array_append_val (doc->blocks, b2);
  CU_ASSERT_EQUAL (dg_document_block_kind_at (doc, 0), DG_BLOCK_HEADLINE);
  CU_ASSERT_EQUAL (dg_document_block_kind_at (doc, 18), DG_BLOCK_HEADLINE);
  CU_ASSERT_EQUAL (dg_document_block_kind_at (doc, 19), DG_BLOCK_BODY);
  CU_ASSERT_EQUAL (dg_document_block_kind_at (doc, 50), DG_BLOCK_BODY);
  CU_ASSERT_EQUAL (dg_document_block_kind_at (doc, 51), DG_BLOCK_CAPTION);
  CU_ASSERT_EQUAL (dg_document_block_kind_at (doc, 73), DG_BLOCK_CAPTION);
  CU_ASSERT_EQUAL (dg_document_block_kind_at (doc, 74), DG_BLOCK_BODY);

  g_autoptr (DgSegmentation) seg = dg_segment (doc);
  CU_ASSERT_EQUAL_FATAL (seg->paragraphs->len, 4);
  static const struct { guint start, end; DgBlockKind kind; guint first, n; } want[] = {
    { 0, 19, DG_BLOCK_HEADLINE, 0, 1 },
    { 21, 49, DG_BLOCK_BODY, 1, 2 },
    { 53, 72, DG_BLOCK_CAPTION, 3, 1 },
    { 75, 89, DG_BLOCK_BODY, 4, 1 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      DgParagraph *p = &g_array_index (seg->paragraphs, DgParagraph, i);
      CU_ASSERT_EQUAL (p->start, want[i].start);
      CU_ASSERT_EQUAL (p->end, want[i].end);
      CU_ASSERT_EQUAL (p->kind, want[i].kind);
      CU_ASSERT_EQUAL (p->first_sentence, want[i].first);
      CU_ASSERT_EQUAL (p->n_sentences, want[i].n);
    }
  CU_ASSERT_EQUAL (seg->sentences->len, 5);
  DgSentence *s = &g_array_index (seg->sentences, DgSentence, 2);
  CU_ASSERT_EQUAL (s->paragraph, 1);
  CU_ASSERT_NSTRING_EQUAL (text + s->start, "They talked.", s->end - s->start);
  CU_ASSERT_EQUAL (s->end - s->start, 12);
}

static void
test_empty (void)
{
  g_autoptr (DgDocument) doc = doc_for ("\n \n\t\n");
  g_autoptr (DgSegmentation) seg = dg_segment (doc);
  CU_ASSERT_EQUAL (seg->paragraphs->len, 0);
  CU_ASSERT_EQUAL (seg->sentences->len, 0);

  g_autoptr (DgDocument) none = dg_document_new ();
  g_autoptr (DgSegmentation) seg2 = dg_segment (none);
  CU_ASSERT_EQUAL (seg2->paragraphs->len, 0);
}

/* Tokens of @text as "text/KIND[/cap][/pos]" joined by spaces; kinds W N P Q. */
static char *
tokens_of (const char *text)
{
  g_autoptr (GArray) toks = g_array_new (FALSE, FALSE, sizeof (DgToken));
  dg_tokenize (text, 0, (guint) strlen (text), toks);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < toks->len; i++)
    {
      DgToken *t = &g_array_index (toks, DgToken, i);
      if (i)
        g_string_append_c (out, ' ');
      g_string_append_len (out, text + t->start, t->end - t->start);
      g_string_append_c (out, '/');
      g_string_append_c (out, "WNPQ"[t->kind]);
      if (t->capitalized)
        g_string_append (out, "/cap");
      if (t->possessive)
        g_string_append (out, "/pos");
    }
  return g_string_free (out, FALSE);
}

static const struct {
  const char *in;
  const char *out;
} token_cases[] = {
  { "Iran's deputy foreign minister",
    "Iran/W/cap/pos deputy/W foreign/W minister/W" },
  { "U.S.-led forces", "U.S.-led/W/cap forces/W" },
  { "21,000 troops", "21,000/N troops/W" },
  { "al-Qaida.", "al-Qaida/W ./P" },
  { "\"We agreed,\" he said.",
    "\"/Q We/W/cap agreed/W ,/P \"/Q he/W said/W ./P" },
  { "\xe2\x80\x9cYes\xe2\x80\x9d \xe2\x80\x98no\xe2\x80\x99",
    "\xe2\x80\x9c/Q Yes/W/cap \xe2\x80\x9d/Q \xe2\x80\x98/Q no/W \xe2\x80\x99/Q" },
  { "'Cordial' meeting", "'/Q Cordial/W/cap '/Q meeting/W" },
  { "the U.S. and Mr. Lavrov", "the/W U.S./W/cap and/W Mr./W/cap Lavrov/W/cap" },
  { "Gen. Petraeus", "Gen./W/cap Petraeus/W/cap" },
  { "George W. Bush", "George/W/cap W./W/cap Bush/W/cap" },
  { "O'Brien's plan", "O'Brien/W/cap/pos plan/W" },
  { "it's Russia\xe2\x80\x99s turn", "it's/W Russia/W/cap/pos turn/W" },
  { "3.5 percent in 2009.", "3.5/N percent/W in/W 2009/N ./P" },
  { "wait... -- now", "wait/W .../P --/P now/W" },
  { "Erdo\xc4\x9f" "an met \xc3\x96zil", "Erdo\xc4\x9f" "an/W/cap met/W \xc3\x96zil/W/cap" },
  { "a 30-year-old envoy, the 1990s", "a/W 30-year-old/W envoy/W ,/P the/W 1990s/W" },
  { "No. 10 and No.", "No./W/cap 10/N and/W No/W/cap ./P" },
  { "$5 (est.)", "$/P 5/N (/P est./W )/P" },
  { "talks\xe2\x80\x94" "again", "talks/W \xe2\x80\x94/P again/W" },
};

static void
test_token_table (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (token_cases); i++)
    {
      g_autofree char *got = tokens_of (token_cases[i].in);
      if (strcmp (got, token_cases[i].out) != 0)
        fprintf (stderr, "\n  case %zu: got [%s]\n  expected [%s]\n", i, got,
                 token_cases[i].out);
      CU_ASSERT_STRING_EQUAL (got, token_cases[i].out);
    }
}

static void
test_token_offsets (void)
{
  /* a sub-range of the text, offsets are absolute */
  const char *text = "xx Iran's envoy";
  g_autoptr (GArray) toks = g_array_new (FALSE, FALSE, sizeof (DgToken));
  dg_tokenize (text, 3, (guint) strlen (text), toks);
  CU_ASSERT_EQUAL_FATAL (toks->len, 2);
  DgToken *t0 = &g_array_index (toks, DgToken, 0);
  DgToken *t1 = &g_array_index (toks, DgToken, 1);
  CU_ASSERT_EQUAL (t0->start, 3);
  CU_ASSERT_EQUAL (t0->end, 7);
  CU_ASSERT_EQUAL (t0->possessive, 1);
  CU_ASSERT_EQUAL (t1->start, 10);
  CU_ASSERT_EQUAL (t1->end, 15);
}

static void
test_abbreviations (void)
{
  static const struct { const char *w; gboolean abbr; } cases[] = {
    { "Mr", TRUE }, { "Gen", TRUE }, { "Jan", TRUE }, { "Sept", TRUE },
    { "U.S", TRUE }, { "U.S.", TRUE }, { "a.m", TRUE }, { "Inc", TRUE },
    { "etc", TRUE }, { "W", TRUE }, { "No", TRUE },
    { "envoy", FALSE }, { "Iran", FALSE }, { "May", FALSE }, { "2009", FALSE },
    { "www.example.org", FALSE }, { "", FALSE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    CU_ASSERT_EQUAL (dg_segment_is_abbreviation (cases[i].w, strlen (cases[i].w)),
                     cases[i].abbr);
}

/* The example article, when present: a few known boundaries. */
static void
test_corpus_article (void)
{
  g_autofree char *path = g_build_filename (
      "/work/shared/corpus", "nbc-2009-03-31-us-iran-hague.txt", NULL);
  g_autofree char *text = NULL;
  gsize len;
  if (!g_file_get_contents (path, &text, &len, NULL))
    return;  /* not available here: nothing to check */
  g_autoptr (DgDocument) doc = dg_document_new ();
  doc->text = g_steal_pointer (&text);
  doc->text_len = len;
  g_autoptr (DgSegmentation) seg = dg_segment (doc);
  gboolean found_bush = FALSE, found_secretary = FALSE;
  for (guint i = 0; i < seg->sentences->len; i++)
    {
      DgSentence *s = &g_array_index (seg->sentences, DgSentence, i);
      const char *p = doc->text + s->start;
      if (g_str_has_prefix (p, "That was a marked change from the early days of George W. Bush's"))
        found_bush = TRUE;
      if (g_str_has_prefix (p, "U.S. Secretary of State Hillary Rodham Clinton cautioned"))
        found_secretary = TRUE;
      /* no sentence ends right after an initial or a title */
      CU_ASSERT_FALSE (s->end >= 3 && strncmp (doc->text + s->end - 3, " W.", 3) == 0);
    }
  CU_ASSERT_TRUE (found_bush);
  CU_ASSERT_TRUE (found_secretary);
}

int
main (void)
{
  CU_initialize_registry ();
  DG_TEST_SUITE ("segment",
                 DG_TEST (test_sentence_table),
                 DG_TEST (test_sentence_offsets),
                 DG_TEST (test_paragraphs),
                 DG_TEST (test_empty),
                 DG_TEST (test_token_table),
                 DG_TEST (test_token_offsets),
                 DG_TEST (test_abbreviations),
                 DG_TEST (test_corpus_article));
  return dg_test_run ();
}
