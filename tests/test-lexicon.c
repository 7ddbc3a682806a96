/* test-lexicon.c - gazetteer loading, phrase lookup, CAMEO table */
#include <string.h>
#include "dg-test.h"
#include "dg-lexicon.h"
#include "dg-cameo.h"

static DgLexicon *lex;

/* The longest entry of @kinds at token @i of @text. */
static const DgLexEntry *
lookup (const char *text, guint i, guint kinds, guint *n_words)
{
  g_autoptr(GArray) toks = g_array_new (FALSE, FALSE, sizeof (DgToken));
  dg_tokenize (text, 0, (guint) strlen (text), toks);
  const DgLexEntry *out[4];
  guint n_out = 0;
  *n_words = dg_lexicon_match (lex, kinds, text, (DgToken *) toks->data, toks->len, i,
                               out, 4, &n_out);
  return n_out ? out[0] : NULL;
}

/* A two- or three-capital acronym matches capitals only: "Kim Jong Un" has
 * no UN in it; "Nato" still is NATO. */
static void
test_acronyms (void)
{
  static const struct { const char *text; guint at; gboolean un; } cases[] = {
    { "the UN said", 1, TRUE }, { "Kim Jong Un said", 2, FALSE }, { "Us and them", 0, FALSE },
  };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GArray) toks = g_array_new (FALSE, FALSE, sizeof (DgToken));
      dg_tokenize (cases[c].text, 0, (guint) strlen (cases[c].text), toks);
      const DgLexEntry *out[8];
      guint n_out = 0;
      guint n = dg_lexicon_match (lex, 1u << DG_LEX_ORGANIZATION | 1u << DG_LEX_COUNTRY, cases[c].text,
                                  (DgToken *) toks->data, toks->len, cases[c].at, out,
                                  G_N_ELEMENTS (out), &n_out);
      CU_ASSERT_EQUAL (n > 0, cases[c].un);
    }
  g_autoptr(GArray) toks = g_array_new (FALSE, FALSE, sizeof (DgToken));
  const char *nato = "Nato said";
  dg_tokenize (nato, 0, (guint) strlen (nato), toks);
  const DgLexEntry *out[8];
  guint n_out = 0;
  CU_ASSERT_EQUAL (dg_lexicon_match (lex, 1u << DG_LEX_ORGANIZATION, nato, (DgToken *) toks->data,
                                     toks->len, 0, out, G_N_ELEMENTS (out), &n_out), 1);
}

static void
test_iso_countries (void)
{
  CU_ASSERT_TRUE (dg_lexicon_n_countries (lex) >= 249);
  const DgLexEntry *irn = dg_lexicon_country (lex, "IRN");
  CU_ASSERT_PTR_NOT_NULL_FATAL (irn);
  CU_ASSERT_STRING_EQUAL (irn->label, "Iran");   /* not "Iran, Islamic Republic of" */
  CU_ASSERT_STRING_EQUAL (dg_lexicon_country (lex, "RUS")->label, "Russia");
  CU_ASSERT_PTR_NULL (dg_lexicon_country (lex, "XYZ"));
  /* DBpedia names where they are not the label */
  CU_ASSERT_STRING_EQUAL (dg_lexicon_country (lex, "CIV")->extra, "Ivory_Coast");
  CU_ASSERT_PTR_NULL (dg_lexicon_country (lex, "IRN")->extra);
}

static void
test_country_forms (void)
{
  guint n;
  const DgLexEntry *e = lookup ("U.S. diplomat", 0, 1u << DG_LEX_COUNTRY, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->country, "USA");
  e = lookup ("an Iranian diplomat", 1, 1u << DG_LEX_DEMONYM, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->country, "IRN");
  CU_ASSERT_STRING_EQUAL (e->label, "Iran");
  e = lookup ("Iran's envoy", 0, 1u << DG_LEX_COUNTRY, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->country, "IRN");
  /* phrases that contain a country's name without meaning it */
  e = lookup ("Latin American leaders", 0, 1u << DG_LEX_COUNTRY | 1u << DG_LEX_DEMONYM
              | 1u << DG_LEX_STOP, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->kind, DG_LEX_STOP);
  CU_ASSERT_EQUAL (n, 2);
  /* "Congo" alone names two countries: neither */
  CU_ASSERT_PTR_NULL (lookup ("troops in Congo", 2, 1u << DG_LEX_COUNTRY, &n));
  e = lookup ("troops in Congo-Brazzaville", 2, 1u << DG_LEX_COUNTRY, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->country, "COG");
  /* names match capitalized text only */
  CU_ASSERT_PTR_NULL (lookup ("the chad of a ballot", 1, 1u << DG_LEX_COUNTRY, &n));
}

static void
test_titles_longest_first (void)
{
  guint n;
  const DgLexEntry *e = lookup ("Iran's deputy foreign minister Tuesday", 1,
                                1u << DG_LEX_TITLE, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (n, 3);
  CU_ASSERT_STRING_EQUAL (e->key, "deputy foreign minister");
  CU_ASSERT_STRING_EQUAL (e->sector, "GOV");
  e = lookup ("U.S. Secretary of State Hillary Clinton", 1, 1u << DG_LEX_TITLE, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (n, 3);
}

static void
test_places_and_orgs (void)
{
  guint n;
  const DgLexEntry *e = lookup ("at The Hague", 1, 1u << DG_LEX_PLACE, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (n, 2);
  CU_ASSERT_STRING_EQUAL (e->label, "The Hague");
  CU_ASSERT_STRING_EQUAL (e->country, "NLD");
  e = lookup ("NATO allies", 0, 1u << DG_LEX_ORGANIZATION, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->sector, "IGO");
  e = lookup ("reject al-Qaida", 1, 1u << DG_LEX_ORGANIZATION, &n);
  CU_ASSERT_PTR_NOT_NULL (e);
}

static void
test_triggers (void)
{
  guint n;
  const DgLexEntry *e = lookup ("Clinton held talks with Lavrov", 1, 1u << DG_LEX_TRIGGER, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (n, 2);
  CU_ASSERT_STRING_EQUAL (e->extra, "meet");
  e = lookup ("he criticized the plan", 1, 1u << DG_LEX_TRIGGER, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->key, "111");
}

static void
test_cameo_table (void)
{
  const DgCameo *c = dg_cameo_lookup ("044");
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  CU_ASSERT_STRING_EQUAL (c->plover_type, "CONSULT");
  CU_ASSERT_STRING_EQUAL (c->plover_mode, "third-party");
  CU_ASSERT_STRING_EQUAL (c->dip_class, "Meeting");
  CU_ASSERT_DOUBLE_EQUAL (c->goldstein, 2.5, 1e-9);
  CU_ASSERT_EQUAL (c->quad_class, 1);
  CU_ASSERT_PTR_NULL (dg_cameo_lookup ("999"));
  guint n;
  dg_cameo_all (&n);
  CU_ASSERT_TRUE (n > 300);
}

/* Every code finds its own row (the last row of a code wins, as in a hash
 * table); "44" is not "044"; what is not 2-4 digits is no code. */
static void
test_cameo_codes (void)
{
  guint n;
  const DgCameo *all = dg_cameo_all (&n);
  for (guint i = 0; i < n; i++)
    {
      const DgCameo *c = dg_cameo_lookup (all[i].code);
      CU_ASSERT_PTR_NOT_NULL_FATAL (c);
      CU_ASSERT_STRING_EQUAL (c->code, all[i].code);
      for (guint j = i + 1; j < n; j++)
        if (strcmp (all[j].code, all[i].code) == 0)
          c = NULL;   /* a later row of the same code */
      if (c)
        CU_ASSERT_PTR_EQUAL (dg_cameo_lookup (all[i].code), &all[i]);
    }
  CU_ASSERT_PTR_NOT_NULL (dg_cameo_lookup ("04"));
  CU_ASSERT_STRING_EQUAL (dg_cameo_lookup ("044")->code, "044");
  CU_ASSERT_PTR_NULL (dg_cameo_lookup ("44"));
  CU_ASSERT_PTR_NULL (dg_cameo_lookup ("0"));
  CU_ASSERT_PTR_NULL (dg_cameo_lookup (""));
  CU_ASSERT_PTR_NULL (dg_cameo_lookup ("04400"));
  CU_ASSERT_PTR_NULL (dg_cameo_lookup ("04a"));
  CU_ASSERT_PTR_NULL (dg_cameo_lookup (NULL));
}

/* Tokens indexed in the vocabulary (dg_lexicon_index_token) match exactly
 * as unindexed ones, entry for entry, and keep their word classes; words
 * outside the vocabulary, non-ASCII case folding and gaps included. */
static void
test_indexed_tokens (void)
{
  const char *text = "On Tuesday the Iranian deputy foreign minister held talks with U.S. "
                     "envoy Richard Holbrooke at The Hague; MILITANTS took 30 westerners "
                     "hostage in \xc3\x89GYPTE, and the UN Security Council condemned it. "
                     "Zyxwv qwerty blorfed the Ministry of Foreign Affairs.";
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (DgToken));
  dg_tokenize (text, 0, (guint) strlen (text), plain);
  g_autoptr(GArray) indexed = g_array_new (FALSE, FALSE, sizeof (DgToken));
  dg_tokenize (text, 0, (guint) strlen (text), indexed);
  guint known = 0;
  for (guint t = 0; t < indexed->len; t++)
    {
      DgToken *tok = &g_array_index (indexed, DgToken, t);
      CU_ASSERT_EQUAL (tok->lex_word, 0);
      guint32 bits = dg_lexicon_index_token (lex, text, tok);
      CU_ASSERT_NOT_EQUAL (tok->lex_word, 0);
      CU_ASSERT_EQUAL (bits, dg_lexicon_word_classes (lex, text, &g_array_index (plain, DgToken, t)));
      CU_ASSERT_EQUAL (bits, dg_lexicon_word_classes (lex, text, tok));
      known += tok->lex_word > 1;
    }
  CU_ASSERT_TRUE (known > 10 && known < indexed->len);
  guint matched = 0;
  for (guint t = 0; t < plain->len; t++)
    {
      const DgLexEntry *a[8], *b[8];
      guint na, nb;
      guint la = dg_lexicon_match (lex, (1u << DG_LEX_N_KINDS) - 1, text, (DgToken *) plain->data,
                                   plain->len, t, a, 8, &na);
      guint lb = dg_lexicon_match (lex, (1u << DG_LEX_N_KINDS) - 1, text, (DgToken *) indexed->data,
                                   indexed->len, t, b, 8, &nb);
      CU_ASSERT_EQUAL (la, lb);
      CU_ASSERT_EQUAL_FATAL (na, nb);
      for (guint k = 0; k < na; k++)
        CU_ASSERT_PTR_EQUAL (a[k], b[k]);
      matched += la > 0;
    }
  CU_ASSERT_TRUE (matched >= 8);
  /* "took ... hostage": a gapped trigger spans the gap */
  guint n;
  const DgLexEntry *e = lookup ("militants took 30 westerners hostage", 1, 1u << DG_LEX_TRIGGER, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (n, 4);
}

static void
test_class_chain (void)
{
  const char *const *chain = dg_cameo_class_chain ("Meeting");
  CU_ASSERT_PTR_NOT_NULL_FATAL (chain);
  CU_ASSERT_STRING_EQUAL (chain[0], "Meeting");
  CU_ASSERT_STRING_EQUAL (chain[1], "Consult");
  CU_ASSERT_STRING_EQUAL (chain[2], "Event");
  CU_ASSERT_PTR_NULL (chain[3]);
  chain = dg_cameo_class_chain ("Country");
  gboolean place = FALSE, actor = FALSE;
  for (; *chain; chain++)
    {
      place |= strcmp (*chain, "Place") == 0;
      actor |= strcmp (*chain, "Actor") == 0;
    }
  CU_ASSERT_TRUE (place && actor);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  lex = dg_lexicon_new_default (&error);
  if (!lex)
    {
      fprintf (stderr, "lexicon: %s\n", error->message);
      return 1;
    }
  CU_initialize_registry ();
  DG_TEST_SUITE ("lexicon", DG_TEST (test_acronyms), DG_TEST (test_iso_countries), DG_TEST (test_country_forms),
                 DG_TEST (test_titles_longest_first), DG_TEST (test_places_and_orgs),
                 DG_TEST (test_triggers), DG_TEST (test_cameo_table), DG_TEST (test_cameo_codes),
                 DG_TEST (test_indexed_tokens), DG_TEST (test_class_chain));
  int rc = dg_test_run ();
  dg_lexicon_unref (lex);
  return rc;
}
