/* test-triggers.c - the event trigger lexicon (extractor/lexicon/triggers.tsv):
 * phrases -> CAMEO code, frame and match length; words that must not be
 * triggers; and the table's own consistency (columns, codes in
 * ontology/cameo.tsv, frames, classes in ontology/classes.tsv). */
#include <string.h>
#include "dg-test.h"
#include "dg-lexicon.h"
#include "dg-cameo.h"

static DgLexicon *lex;

/* The longest trigger at token @i of @text; *n_words = tokens matched. */
static const DgLexEntry *
trigger_at (const char *text, guint i, guint *n_words)
{
  g_autoptr(GArray) toks = g_array_new (FALSE, FALSE, sizeof (DgToken));
  dg_tokenize (text, 0, (guint) strlen (text), toks);
  const DgLexEntry *out[8];
  guint n_out = 0;
  *n_words = dg_lexicon_match (lex, 1u << DG_LEX_TRIGGER, text, (DgToken *) toks->data,
                               toks->len, i, out, G_N_ELEMENTS (out), &n_out);
  return n_out ? out[0] : NULL;
}

typedef struct {
  const char *text;
  guint at;            /* token index of the trigger */
  const char *cameo;
  const char *frame;
  guint n;             /* tokens matched */
  const char *cls;     /* event class column, or NULL */
} Case;

static const Case cases[] = {
  /* 01 statements */
  { "Lavrov said on Tuesday", 1, "010", "say", 1, NULL },
  { "Clinton told reporters in Cairo", 1, "010", "say", 2, NULL },
  { "the ministry declined to comment on the report", 2, "011", "dir", 4, NULL },
  { "Beijing expressed concern over the tests", 1, "012", "dir", 3, NULL },
  { "the group claimed responsibility for the blast", 2, "015", "dir", 3, NULL },
  { "Moscow denied any involvement", 1, "016", "dir", 3, NULL },
  { "Obama offered his condolences to Japan", 1, "018", "dir", 3, NULL },
  /* 02 appeals: the longest phrase refines the code */
  { "Ban urged Israel to stop", 1, "020", "dir", 1, NULL },
  { "Ban called on Israel to stop", 1, "020", "dir", 2, NULL },
  { "the UN called for a ceasefire in Gaza", 2, "0256", "dir", 4, NULL },
  { "Rome called for a cease-fire", 1, "0256", "dir", 4, NULL },
  { "Kabul appealed for humanitarian aid", 1, "0233", "dir", 4, NULL },
  { "Paris called for the release of the hostages", 1, "0253", "dir", 5, NULL },
  { "Washington called for talks", 1, "026", "dir", 3, NULL },
  /* 03 intent */
  { "Japan pledged aid to Haiti", 1, "033", "dir", 3, NULL },
  { "Germany offered to mediate", 1, "039", "dir", 3, NULL },
  { "Hamas agreed to a truce", 1, "0356", "dir", 4, NULL },
  { "Hamas declared a truce", 1, "0871", "dir", 3, NULL },
  { "Tutu called for sanctions against Nigeria", 1, "113", "dir", 4, NULL },
  { "the army ordered patrols in Karachi", 2, "150", "dir", 2, NULL },
  { "Khartoum will enhance political freedoms", 2, "0811", "dir", 3, NULL },
  { "Russia will lift sanctions against Georgia", 2, "085", "dir", 3, NULL },
  { "Iran will release the hostages", 2, "0841", "dir", 3, NULL },
  { "Iran would not meet their demands", 3, "083", "dir", 3, NULL },
  { "students protesting election results", 1, "140", "dir", 1, NULL },
  { "Iran threatened to close the Strait of Hormuz", 3, "191", "dir", 5, NULL },
  { "thousands rallied to protest against the verdict", 2, "141", "dir", 3, NULL },
  { "Iran agreed to talks with the EU", 1, "036", "dir", 3, NULL },
  /* 04 consultation */
  { "Merkel met Putin", 1, "040", "meet", 1, "Meeting" },
  { "Kerry held talks with Zarif", 1, "040", "meet", 2, "Meeting" },
  { "they discussed trade", 1, "040", "meet", 1, "Consult" },
  { "Obama spoke by phone with Hollande", 1, "041", "phone", 3, NULL },
  { "Modi paid a visit to Nepal", 1, "042", "visit", 4, NULL },
  { "Abe traveled to Beijing", 1, "042", "visit", 2, NULL },
  { "Egypt hosted the talks", 1, "043", "host", 1, NULL },
  { "Qatar mediated between them", 1, "045", "dir", 1, NULL },
  { "the peace talks resumed", 1, "046", "meet", 2, NULL },
  /* 05 diplomatic cooperation */
  { "Paris praised the deal", 1, "051", "dir", 1, NULL },
  { "Sweden formally recognized Palestine", 1, "054", "dir", 2, NULL },
  { "Japan apologized to Korea", 1, "055", "dir", 2, NULL },
  { "they signed a peace treaty", 1, "057", "dir", 4, NULL },
  /* 06 material cooperation */
  { "the two navies held joint exercises", 3, "062", "meet", 3, NULL },
  { "Spain extradited him to France", 1, "063", "dir", 1, NULL },
  { "they shared intelligence", 1, "064", "dir", 2, NULL },
  /* 07 aid */
  { "Russia supplied weapons to Syria", 1, "072", "dir", 2, NULL },
  { "Ecuador granted asylum to Assange", 1, "075", "dir", 3, NULL },
  /* 08 yield */
  { "the EU lifted sanctions on Iran", 2, "085", "dir", 3, NULL },
  { "Israel freed 20 prisoners", 1, "0841", "dir", 3, NULL },
  { "the rebels declared a ceasefire", 2, "0871", "dir", 3, NULL },
  { "the army withdrew its troops from the town", 2, "0874", "dir", 3, NULL },
  /* 09 investigate */
  { "the ICC opened an investigation into war crimes", 2, "094", "dir", 6, NULL },
  /* 10 demand */
  { "Iran demanded the release of its diplomats", 1, "1053", "dir", 4, NULL },
  { "Iran demanded an apology", 1, "100", "dir", 1, NULL },
  /* 11 disapprove */
  { "Ankara condemned the attack", 1, "111", "dir", 1, NULL },
  { "Seoul accused Pyongyang", 1, "112", "dir", 1, NULL },
  { "China lodged a protest with Japan", 1, "114", "dir", 3, NULL },
  { "the firm sued the government", 2, "115", "dir", 1, NULL },
  /* 12 reject */
  { "Tehran rejected the proposal", 1, "120", "dir", 1, NULL },
  { "Assad refused to step down", 1, "1231", "dir", 4, NULL },
  { "Russia vetoed the resolution", 1, "129", "dir", 1, NULL },
  /* 13 threaten */
  { "Trump threatened sanctions against Turkey", 1, "1312", "dir", 2, NULL },
  { "Israel threatened military action", 1, "138", "dir", 3, NULL },
  { "NATO issued an ultimatum", 1, "139", "dir", 3, NULL },
  /* 14 protest */
  { "the opposition boycotted the vote", 2, "143", "dir", 1, NULL },
  { "prisoners went on hunger strike", 1, "142", "dir", 4, NULL },
  /* 15 force posture */
  { "Russia massed troops near the border", 1, "154", "dir", 2, NULL },
  { "Pyongyang test-fired a missile", 1, "150", "dir", 1, NULL },
  /* 16 reduce relations */
  { "Qatar recalled its ambassador", 1, "161", "dir", 3, NULL },
  { "Washington imposed sanctions on Moscow", 1, "163", "dir", 3, NULL },
  { "Washington imposed new sanctions on Moscow", 1, "163", "dir", 4, NULL },
  { "Britain expelled 23 diplomats", 1, "166", "dir", 1, NULL },
  { "they suspended talks", 1, "164", "dir", 2, NULL },
  /* 17 coerce */
  { "police arrested the activist", 1, "173", "dir", 1, NULL },
  { "Turkey deported the journalist", 1, "174", "dir", 1, NULL },
  { "the government imposed a curfew", 2, "1723", "dir", 3, NULL },
  { "the regime cracked down on protesters", 2, "175", "dir", 3, NULL },
  /* 18 assault */
  { "gunmen kidnapped two engineers", 1, "181", "dir", 1, NULL },
  { "the general was assassinated", 3, "186", "dir", 1, NULL },
  /* 19 fight */
  { "troops opened fire on the convoy", 1, "190", "dir", 3, NULL },
  { "troops opened fire on protesters", 1, "175", "dir", 4, NULL },
  { "the army shelled the city", 2, "194", "dir", 1, NULL },
  { "jets carried out airstrikes on Idlib", 1, "195", "dir", 4, NULL },
  { "Russia annexed Crimea", 1, "192", "dir", 1, NULL },
  { "the rebels violated the ceasefire", 2, "196", "dir", 3, NULL },
  /* 20 mass violence */
  { "the regime used chemical weapons", 2, "2041", "dir", 3, NULL },
  { "militias massacred villagers", 1, "202", "dir", 1, NULL },
  /* issue #4: vocabulary added per CAMEO code, irregular inflections */
  { "Yoruba leaders forgave Obasanjo", 2, "056", "dir", 1, NULL },
  { "the junta granted a general amnesty to rebels", 2, "056", "dir", 4, NULL },
  { "Bangladeshi peacekeeping troops arrived in Freetown", 1, "074", "dir", 4, NULL },
  { "UN peacekeepers were deployed to Haiti", 1, "074", "dir", 4, NULL },
  { "the union called off the strike", 2, "082", "dir", 4, NULL },
  { "Israel will withdraw its troops", 2, "0874", "dir", 3, NULL },
  { "Italy placed the student under investigation", 1, "090", "dir", 5, NULL },
  { "a US national was put under investigation", 4, "090", "dir", 3, NULL },
  { "the minister is under investigation for fraud", 3, "090", "dir", 3, NULL },
  { "a court found the general guilty", 2, "116", "dir", 4, NULL },
  { "Seoul seeks support for the plan", 1, "022", "dir", 3, NULL },
  { "protesters blocked highways", 1, "144", "dir", 2, NULL },
  { "farmers block roads", 1, "144", "dir", 2, NULL },
  { "youths threw petrol bombs at police", 1, "145", "dir", 4, NULL },
  { "fans clashed with police", 1, "145", "dir", 3, NULL },
  { "police stepped up patrols", 1, "150", "dir", 3, NULL },
  { "Russia deployed thousands of troops", 1, "154", "dir", 4, NULL },
  { "Britain withdrew its ambassador from Tehran", 1, "161", "dir", 4, NULL },
  { "the US announced new sanctions against Iran", 2, "163", "dir", 4, NULL },
  { "Israel broke off peace talks", 1, "164", "dir", 4, NULL },
  { "they break off talks", 1, "164", "dir", 3, NULL },
  { "the EU may halt mediation", 3, "165", "dir", 2, NULL },
  { "Egypt withdrew as mediator", 1, "165", "dir", 3, NULL },
  { "Jakarta forced the UN refugee agency out of the country", 1, "166", "dir", 9, NULL },
  { "Sudan expelled 13 foreign aid groups", 1, "1663", "dir", 5, NULL },
  { "Managua ordered La Prensa to suspend publication", 5, "1721", "dir", 2, NULL },
  { "the junta shut down the opposition newspaper", 2, "1721", "dir", 5, NULL },
  { "the army imposed a 24-hour curfew", 2, "1723", "dir", 4, NULL },
  { "Ethiopia declared a six-month state of emergency", 1, "1724", "dir", 6, NULL },
  { "police took the activist into custody", 1, "173", "dir", 5, NULL },
  { "police used live ammunition", 1, "175", "dir", 3, NULL },
  { "the bomber blew herself up", 2, "1831", "dir", 3, NULL },
  { "insurgents planted a roadside bomb", 1, "1833", "dir", 4, NULL },
  { "soldiers opened fire", 1, "190", "dir", 2, NULL },
  { "troops opened fire at the crowd", 1, "190", "dir", 3, NULL },
  { "the army launched a major offensive", 2, "190", "dir", 4, NULL },
  { "the army retook the town", 2, "192", "dir", 1, NULL },
  { "rebels regained control of the city", 1, "192", "dir", 3, NULL },
  { "gunmen shot two policemen dead", 1, "193", "dir", 4, NULL },
  { "jets dropped barrel bombs on Aleppo", 1, "195", "dir", 4, NULL },
  { "Russia violated the fragile ceasefire", 1, "196", "dir", 4, NULL },
  { "the army forcibly displaced villagers", 2, "201", "dir", 2, NULL },
  /* issue #4: gaps found by the blind corpus tests/data/events.tsv */
  { "Chile asked Argentina to extradite him", 1, "0213", "dir", 4, NULL },
  { "the UN urged Iran to release the sailors", 2, "0253", "dir", 4, NULL },
  { "Japan pledged 500 million dollars in reconstruction aid", 1, "0331", "dir", 7, NULL },
  { "France and Mali carried out joint operations", 3, "062", "dir", 4, NULL },
  { "Moscow and Beijing staged joint naval exercises", 3, "062", "dir", 4, NULL },
  { "Washington sent 300 million dollars in military aid to Kyiv", 1, "072", "dir", 7, NULL },
  { "the WFP delivered food aid to Yemen", 2, "073", "dir", 3, NULL },
  { "the ICRC provided medical supplies to Gaza", 2, "073", "dir", 4, NULL },
  { "Japan provided Sri Lanka with an emergency loan", 1, "071", "dir", 7, NULL },
  { "both sides agreed to a permanent cessation of hostilities", 2, "0871", "dir", 7, NULL },
  { "Israel allowed aid trucks into Gaza", 1, "0863", "dir", 4, NULL },
  { "Swiss prosecutors opened a criminal probe into the bank", 2, "091", "dir", 5, NULL },
  { "Brussels launched an antitrust investigation into Google", 1, "090", "dir", 5, NULL },
  { "the ICC opened an investigation into alleged war crimes", 2, "094", "dir", 7, NULL },
  { "Washington demanded that Beijing release the Canadians", 1, "1053", "dir", 4, NULL },
  { "Kyiv demanded that Moscow withdraw its troops", 1, "1056", "dir", 4, NULL },
  { "Pretoria filed a case at the court", 1, "115", "dir", 3, NULL },
  { "the EU threatened Minsk with new sanctions", 2, "1312", "dir", 5, NULL },
  { "hundreds marched in Nairobi against the tax", 1, "141", "dir", 4, NULL },
  { "the army raised its alert level", 2, "152", "dir", 4, NULL },
  { "the Pentagon sent an aircraft carrier to the region", 2, "154", "dir", 4, NULL },
  { "Manila deployed coast guard ships", 1, "150", "dir", 4, NULL },
  { "Washington suspended 100 million dollars in aid to Ethiopia", 1, "162", "dir", 6, NULL },
  { "the PA suspended security coordination with Israel", 2, "160", "dir", 3, NULL },
  { "Iran suspended nuclear talks with the EU", 1, "164", "dir", 3, NULL },
  { "Beijing cut off military talks with Washington", 1, "164", "dir", 4, NULL },
  /* a narrow gap holds numbers, names and content words */
  { "Israel released 150 Lebanese prisoners from a camp", 1, "0841", "dir", 4, NULL },
  { "Hamas released more than 30 hostages", 1, "0841", "dir", 5, NULL },
  { "the union called a nationwide strike", 2, "143", "dir", 4, NULL },
  { "Japan postponed talks with Russia", 1, "164", "dir", 2, NULL },
  { "Japan postponed its planned visit to Seoul", 1, "160", "dir", 4, NULL },
  { "Pyongyang fired a short-range ballistic missile into the sea", 1, "150", "dir", 5, NULL },
  { "Iran fired ballistic missiles at Israel", 1, "195", "dir", 4, NULL },
  /* a literal phrase beats a gapped one with fewer words of its own, and
   * loses to one with more */
  { "police fired tear gas and water cannon at protesters", 1, "175", "dir", 3, NULL },
  { "Paris called on Tehran to release the hostages", 1, "0253", "dir", 5, NULL },
  { "hackers attacked the computer networks of Estonia", 1, "170", "dir", 5, NULL },
  { "troops clashed with Taliban fighters", 1, "190", "dir", 4, NULL },
  { "jets struck militant targets", 1, "190", "dir", 3, NULL },
  { "forces used sarin gas against civilians", 1, "2041", "dir", 3, NULL },
  { "the firm struck a deal to meet its emission targets", 2, "057", "dir", 3, NULL },  /* not 190 */
};

static void
test_phrases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      guint n = 0;
      const DgLexEntry *e = trigger_at (c->text, c->at, &n);
      gboolean ok = e && strcmp (e->key, c->cameo) == 0 && strcmp (e->extra, c->frame) == 0
                    && n == c->n && g_strcmp0 (e->event_class, c->cls) == 0;
      if (!ok)
        fprintf (stderr, "\"%s\" @%u: got %s/%s/%u, want %s/%s/%u\n", c->text, c->at,
                 e ? e->key : "-", e ? e->extra : "-", n, c->cameo, c->frame, c->n);
      CU_ASSERT_TRUE (ok);
    }
}

/* Every CAMEO root 01..20 has at least one case above. */
static void
test_cases_cover_roots (void)
{
  for (guint root = 1; root <= 20; root++)
    {
      char r[3];
      g_snprintf (r, sizeof r, "%02u", root);
      gboolean found = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (cases) && !found; i++)
        found = strncmp (cases[i].cameo, r, 2) == 0;
      if (!found)
        fprintf (stderr, "no case for root %s\n", r);
      CU_ASSERT_TRUE (found);
    }
}

/* Words that must not be triggers on their own: mostly other senses. */
static void
test_not_triggers (void)
{
  static const struct { const char *text; guint at; } none[] = {
    { "the two leaders face a difficult choice", 3 },
    { "the strike ended", 1 },
    { "a strike by dockers", 1 },
    { "a fire broke out", 1 },
    { "he will call the president", 2 },
    { "prosecutors will charge him", 2 },
    { "the report was released on Monday", 3 },
    { "asked about the vote, he said", 0 },
    { "the rebels seized power", 2 },
    { "exports declined sharply", 1 },
    { "the airstrikes on Aleppo", 1 },       /* a noun: agent unknowable */
    { "support for the plan", 0 },
    { "thanks to the mediation", 0 },
    { "a sign of progress", 1 },
    { "China launched a charm offensive", 1 },   /* no gap before "offensive" */
    { "stocks staged a strong rally", 1 },
    { "cost overruns delayed the project", 1 },  /* "overran" only */
    { "an amnesty for rebels", 1 },              /* nouns of past-tense entries */
    { "a space probe", 2 },
    { "Germany increased security cooperation", 1 },
    /* issue #4: what the added phrases must not reach */
    { "Hamas released a video of two hostages", 1 },   /* no "released ... hostages" */
    { "Iran released its report on the prisoners", 1 },
    { "protesters clashed with security forces", 1 },  /* 145 or 190: who clashed decides */
    { "the minister clashed with the president over policy", 2 },
    { "the exchange suspended trading in the shares during the talks", 2 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      guint n = 0;
      const DgLexEntry *e = trigger_at (none[i].text, none[i].at, &n);
      if (e)
        fprintf (stderr, "\"%s\" @%u: unexpected trigger %s (%s)\n", none[i].text,
                 none[i].at, e->surface, e->key);
      CU_ASSERT_PTR_NULL (e);
      CU_ASSERT_EQUAL (n, 0);
    }
  /* "strike" is a trigger only inside a longer phrase */
  guint n = 0;
  const DgLexEntry *e = trigger_at ("dockers went on strike", 1, &n);
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->key, "143");
  CU_ASSERT_EQUAL (n, 3);
}

/* First column of every data line of a TSV file in the source tree. */
static GHashTable *
tsv_keys (const char *relative, gboolean skip_header)
{
  g_autofree char *path = dg_test_srcpath (relative);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_file_get_contents (path, &data, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return keys;
    }
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);
  for (guint i = skip_header ? 1 : 0; lines[i]; i++)
    {
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      const char *tab = strchr (lines[i], '\t');
      g_hash_table_add (keys, tab ? g_strndup (lines[i], (gsize) (tab - lines[i]))
                                  : g_strdup (lines[i]));
    }
  return keys;
}

/* Every row: 3 or 4 columns, a lower-case surface listed once, a CAMEO code
 * of ontology/cameo.tsv, a known frame, an optional class of
 * ontology/classes.tsv; and the surface, tokenized, matches its own row. */
static void
test_table_consistent (void)
{
  g_autoptr(GHashTable) codes = tsv_keys ("ontology/cameo.tsv", TRUE);
  g_autoptr(GHashTable) classes = tsv_keys ("ontology/classes.tsv", TRUE);
  CU_ASSERT_TRUE_FATAL (g_hash_table_size (codes) > 300);
  CU_ASSERT_TRUE_FATAL (g_hash_table_contains (classes, "Meeting"));
  static const char *const frames[] = { "meet", "phone", "visit", "host", "say", "dir", NULL };

  g_autofree char *path = dg_test_srcpath ("extractor/lexicon/triggers.tsv");
  g_autofree char *data = NULL;
  CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &data, NULL, NULL));
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint rows = 0, bad = 0;
  guint per_root[21] = { 0 };
  for (guint i = 0; lines[i]; i++)
    {
      const char *l = lines[i];
      if (l[0] == '#' || (l[0] == '\0' && !lines[i + 1]))
        continue;
      rows++;
      g_auto(GStrv) f = g_strsplit (l, "\t", -1);
      guint nf = g_strv_length (f);
      g_autofree char *lower = g_utf8_strdown (f[0], -1);
      const char *why = NULL;
      if (nf < 3 || nf > 4)
        why = "column count";
      else if (!f[0][0] || f[0][0] == ' ' || g_str_has_suffix (f[0], " ") || strstr (f[0], "  "))
        why = "stray space in surface";
      else if (strcmp (f[0], lower) != 0)
        why = "surface not lower case";
      else if (!g_hash_table_contains (codes, f[1]) || strlen (f[1]) < 3)
        why = "code not an event code of cameo.tsv";
      else if (!g_strv_contains (frames, f[2]))
        why = "unknown frame";
      else if (nf == 4 && !g_hash_table_contains (classes, f[3]))
        why = "class not in classes.tsv";
      else if (!g_hash_table_add (seen, g_strdup (f[0])))
        why = "duplicate surface";
      if (!why)
        {
          guint n = 0;
          const DgLexEntry *e = trigger_at (f[0], 0, &n);
          g_auto(GStrv) words = g_strsplit (f[0], " ", -1);
          if (!e || strcmp (e->key, f[1]) != 0 || strcmp (e->extra, f[2]) != 0
              || g_strcmp0 (e->event_class, nf == 4 ? f[3] : NULL) != 0)
            why = "surface does not match its own row";
          else if (n != g_strv_length (words))
            why = "tokenizer splits the surface differently";
        }
      if (why)
        {
          fprintf (stderr, "triggers.tsv:%u: %s: %s\n", i + 1, why, l);
          bad++;
        }
      else
        per_root[(f[1][0] - '0') * 10 + (f[1][1] - '0')]++;
    }
  CU_ASSERT_EQUAL (bad, 0);
  CU_ASSERT_TRUE (rows >= 500);
  for (guint r = 1; r <= 20; r++)
    {
      if (per_root[r] == 0)
        fprintf (stderr, "triggers.tsv: no trigger for CAMEO root %02u\n", r);
      CU_ASSERT_TRUE (per_root[r] > 0);
    }
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
  DG_TEST_SUITE ("triggers", DG_TEST (test_phrases), DG_TEST (test_cases_cover_roots),
                 DG_TEST (test_not_triggers), DG_TEST (test_table_consistent));
  int rc = dg_test_run ();
  dg_lexicon_unref (lex);
  return rc;
}
