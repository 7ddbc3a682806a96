/* dg-mentions.c - stage 3: gazetteer and cue mentions */
#include <string.h>
#include "dg-mentions.h"
#include "dg-data.h"
#include "dg-resolve.h"

gboolean
dg_analysis_token_is (const DgAnalysis *a, guint t, const char *word)
{
  /* strlen (word) == len && g_ascii_strncasecmp () == 0, without the calls
   * (thousands per article, most failing on the first byte) */
  const DgToken *tok = dg_analysis_token (a, t);
  const guchar *s = (const guchar *) a->text + tok->start;
  gsize len = tok->end - tok->start;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = s[i], w = (guchar) word[i];
      if (w == 0)
        return FALSE;
      if (c != w && (c >= 'A' && c <= 'Z' ? c + 32 : c) != (w >= 'A' && w <= 'Z' ? w + 32 : w))
        return FALSE;
    }
  return word[len] == '\0';
}

gboolean
dg_analysis_token_in (const DgAnalysis *a, guint t, const char *const *words)
{
  for (const char *const *w = words; *w; w++)
    if (dg_analysis_token_is (a, t, *w))
      return TRUE;
  return FALSE;
}

char *
dg_analysis_token_dup (const DgAnalysis *a, guint t)
{
  const DgToken *tok = dg_analysis_token (a, t);
  return g_strndup (a->text + tok->start, tok->end - tok->start);
}

#define KINDS_ALL ((1u << DG_LEX_N_KINDS) - 1)
#define KINDS_ACTOR ((1u << DG_LEX_COUNTRY) | (1u << DG_LEX_DEMONYM) \
                     | (1u << DG_LEX_ORGANIZATION) | (1u << DG_LEX_TITLE))

static guint
match (const DgAnalysis *a, guint kinds, guint t, guint end,
       const DgLexEntry **out, guint max, guint *n_out)
{
  return dg_lexicon_match (a->lex, kinds, a->text, (const DgToken *) a->tokens->data,
                           end, t, out, max, n_out);
}

/* Length of the person name starting at token @t (0 = none), at most 5. */
static guint
name_run (const DgAnalysis *a, guint t, guint end)
{
  guint n = 0;
  while (t + n < end && n < 5)
    {
      const DgToken *tok = dg_analysis_token (a, t + n);
      if (tok->kind != DG_TOKEN_WORD)
        break;
      if (!tok->capitalized && n > 0 && tok->end - tok->start > 3
          && (g_ascii_strncasecmp (a->text + tok->start, "al-", 3) == 0
              || g_ascii_strncasecmp (a->text + tok->start, "el-", 3) == 0)
          && g_ascii_isupper (a->text[tok->start + 3]))
        {
          /* "Omar Hassan al-Bashir", "Abdel Fattah el-Sisi" */
          n++;
          if (tok->possessive)
            break;
          continue;
        }
      if (!tok->capitalized)
        {
          /* a particle continues a name only between capitalized words */
          guint k = t + n;
          while (n > 0 && k < end && k < t + n + 3 && dg_analysis_word_is (a, k, DG_W_PARTICLE))
            k++;    /* "van den Broek" */
          if (k > t + n && k < end && dg_analysis_token (a, k)->capitalized
              && dg_analysis_token (a, k)->kind == DG_TOKEN_WORD)
            {
              n = k - t;
              continue;
            }
          break;
        }
      if (dg_analysis_word_is (a, t + n, DG_W_NOTNAME))
        break;
      const DgLexEntry *e[1];
      guint ne;
      if (match (a, KINDS_ACTOR | (1u << DG_LEX_PLACE) | (1u << DG_LEX_CAPITAL),
                 t + n, end, e, 1, &ne) > 0)
        break;
      n++;
      if (tok->possessive)
        break;
    }
  return n;
}

/* TRUE for an acronym: two or more capitals and no lower-case letter. */
static gboolean
is_acronym (const DgAnalysis *a, guint t)
{
  const DgToken *tok = dg_analysis_token (a, t);
  guint upper = 0;
  for (const char *p = a->text + tok->start; p < a->text + tok->end; p++)
    {
      if (g_ascii_islower (*p))
        return FALSE;
      upper += g_ascii_isupper (*p) != 0;
    }
  return upper >= 2;
}

/* A news medium's word: a name next to one is the medium, not a person
 * ("Ansa news agency reported", "news agency Ceteka said", "the daily
 * Haaretz reported"). */
static gboolean
is_media_noun (const DgAnalysis *a, guint t)
{
  static const char *const nouns[] = { "agency", "news", "newspaper", "daily", "weekly",
                                       "magazine", "radio", "television", "TV", "broadcaster",
                                       NULL };
  if (dg_analysis_token (a, t)->kind != DG_TOKEN_WORD)
    return FALSE;
  return dg_analysis_token_in (a, t, nouns);
}

/* TRUE when the capitalized words from token @t on (at most three) end in
 * a medium's word: "Tanjug news agency", "Iraqi News Agency", "news
 * agency". */
static gboolean
media_after (const DgAnalysis *a, guint t, guint end)
{
  for (guint k = t; k < end && k < t + 4; k++)
    {
      if (is_media_noun (a, k))
        return TRUE;
      const DgToken *tok = dg_analysis_token (a, k);
      if (tok->kind != DG_TOKEN_WORD || !tok->capitalized || tok->possessive)
        return FALSE;
    }
  return FALSE;
}

/* TRUE when the name at tokens [t, t+n) names a news medium: a medium's
 * word right before or right after it. */
static gboolean
media_name (const DgAnalysis *a, guint t, guint n, guint first, guint end)
{
  return (t > first && is_media_noun (a, t - 1))
         || (t + n < end && is_media_noun (a, t + n));
}

/* A direction word between "in" and a place: "in southern Lebanon". */
static gboolean
is_compass (const DgAnalysis *a, guint t)
{
  static const char *const words[] = { "north", "south", "east", "west", "northern", "southern",
                                       "eastern", "western", "northeastern", "northwestern",
                                       "southeastern", "southwestern", "central", NULL };
  return dg_analysis_token_in (a, t, words);
}

/* A noun that names a part of a place: "the town of", "a suburb of",
 * "the outskirts of". */
static gboolean
is_place_noun (const DgAnalysis *a, guint t)
{
  static const char *const nouns[] = { "town", "city", "village", "province", "region",
                                       "district", "capital", "port", "county", "island",
                                       "state", "area", "camp", "suburb", "suburbs", "outskirts",
                                       "sector", "neighborhood", "neighbourhood", "quarter",
                                       "center", "centre", "heart", "streets", "part", "parts",
                                       "edge", "north", "south", "east", "west", "enclave",
                                       "township", "municipality", "governorate", NULL };
  if (dg_analysis_token (a, t)->kind != DG_TOKEN_WORD)
    return FALSE;
  return dg_analysis_token_in (a, t, nouns);
}

/* TRUE when the place at token @t ends a locative noun phrase: "in a
 * suburb of Damascus", "on the outskirts of Kabul", "near the town of
 * Samarra", "in the Iraqi city of Basra", "in a residential sector of
 * mostly Christian eastern Beirut" - a locative word, at most three words
 * (determiner, adjectives), a place noun, "of", at most three words, the
 * place; no punctuation or preposition inside.  Not "in the name of",
 * "in talks with officials of". */
static gboolean
locative_phrase (const DgAnalysis *a, guint t, guint first)
{
  guint k = t, steps = 0;
  while (k > first && steps < 4 && !dg_analysis_token_is (a, k - 1, "of"))
    {
      if (dg_analysis_token (a, k - 1)->kind != DG_TOKEN_WORD
          || dg_analysis_word_is (a, k - 1, DG_W_PREPOSITION | DG_W_CLAUSEMARK | DG_W_AND))
        return FALSE;
      k--;
      steps++;
    }
  if (k < first + 3 || !dg_analysis_token_is (a, k - 1, "of") || !is_place_noun (a, k - 2))
    return FALSE;
  k -= 2;
  for (steps = 0; k > first && steps < 4; k--, steps++)
    {
      if (dg_analysis_word_is (a, k - 1, DG_W_LOCATIVE) || dg_analysis_token_is (a, k - 1, "on"))
        return TRUE;
      if (dg_analysis_token (a, k - 1)->kind != DG_TOKEN_WORD
          || dg_analysis_word_is (a, k - 1, DG_W_PREPOSITION | DG_W_CLAUSEMARK | DG_W_AND))
        return FALSE;
    }
  return FALSE;
}

/* A name with no title right before an event verb: "Putin offered to
 * negotiate".  At the start of a sentence a single capitalized word is too
 * weak a cue ("Witnesses said"): two words are needed there. */
static guint
name_before_trigger (const DgAnalysis *a, guint t, guint first, guint end)
{
  const DgToken *tok = dg_analysis_token (a, t);
  if (tok->kind != DG_TOKEN_WORD || !tok->capitalized || is_acronym (a, t)
      || dg_analysis_word_is (a, t, DG_W_NOTNAME))
    return 0;
  guint n = name_run (a, t, end);
  if (n == 0 || (t == first && n < 2) || dg_analysis_token (a, t + n - 1)->possessive
      || media_name (a, t, n, first, end))
    return 0;
  /* "near the town of Samarra killed": a place, not a person */
  if (t >= first + 2 && dg_analysis_token_is (a, t - 1, "of") && is_place_noun (a, t - 2))
    return 0;
  /* "Iraqi Kurds demonstrated": a people, not a person */
  if (a->mentions->len > 0)
    {
      const DgMention *last = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
      if (last->kind == DG_MENTION_COUNTRY && last->tok + last->n_tok == t)
        return 0;
    }
  const DgLexEntry *e[1];
  guint ne;
  if (t + n >= end
      || dg_lexicon_match (a->lex, 1u << DG_LEX_TRIGGER, a->text,
                           (const DgToken *) a->tokens->data, end, t + n, e, 1, &ne) == 0)
    return 0;
  return n;
}

static DgMention *
add_mention (DgAnalysis *a, DgMentionKind kind, guint sentence, guint tok, guint n_tok,
             const DgLexEntry *entry)
{
  DgMention m = { 0 };
  m.kind = kind;
  m.sentence = sentence;
  m.tok = tok;
  m.n_tok = n_tok;
  m.start = dg_analysis_token (a, tok)->start;
  m.end = dg_analysis_token (a, tok + n_tok - 1)->end;
  m.entry = entry;
  m.role_tok = tok;
  m.actor = -1;
  m.actor2 = -1;
  m.place = -1;
  m.possessive = dg_analysis_token (a, tok + n_tok - 1)->possessive;
  g_array_append_val (a->mentions, m);
  return &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
}

/* The country or organization mention that ends right before token @t
 * (skipping role modifiers), within sentence mentions from @first; for a
 * group, also a place of one country ("the Sindh government", "Basra
 * police"). */
static DgMention *
modifier_actor_before (DgAnalysis *a, guint first_mention, guint t, guint sent_first,
                       gboolean group)
{
  guint j = t;
  while (j > sent_first && dg_analysis_word_is (a, j - 1, DG_W_MODIFIER))
    j--;
  if (j == sent_first || a->mentions->len == first_mention)
    return NULL;
  DgMention *last = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
  /* "Nicaragua's Sandinista government", "Israel's Likud government",
   * "Ankara's Cankaya district administration": a name (and a place
   * noun) between a possessive and a body */
  guint k = last->tok + last->n_tok;
  if (group && last->possessive && k < j && j - k <= 2
      && dg_analysis_token (a, k)->capitalized && dg_analysis_token (a, k)->kind == DG_TOKEN_WORD
      && !dg_analysis_token (a, k)->possessive
      && (j - k == 1 || (is_place_noun (a, k + 1) && !dg_analysis_token (a, k + 1)->possessive)))
    j = k;
  if (last->tok + last->n_tok != j)
    return NULL;
  if (group && last->kind == DG_MENTION_PLACE && last->entry && last->entry->country)
    return last;
  if (last->kind != DG_MENTION_COUNTRY && last->kind != DG_MENTION_ORGANIZATION)
    return NULL;
  /* an organization the article defines ("SLA rebels" after "the Sudan
   * Liberation Army (SLA)") has no lexicon id to give */
  if (!last->entry)
    return NULL;
  return last;
}

/* The country of the place right after a group: "opposition parties in
 * Nepal", "demonstrators in Baghdad", "refugees from Iraq", "inhabitants of
 * the Syrian Golan Heights". */
static const char *
group_country_after (const DgAnalysis *a, guint t, guint end)
{
  if (t + 1 >= end || !(dg_analysis_token_is (a, t, "in") || dg_analysis_token_is (a, t, "from")
                        || dg_analysis_token_is (a, t, "of")))
    return NULL;
  t++;
  if (dg_analysis_word_is (a, t, DG_W_DETERMINER))
    t++;
  const DgLexEntry *e[4];
  guint ne;
  guint kinds = (1u << DG_LEX_COUNTRY) | (1u << DG_LEX_CAPITAL) | (1u << DG_LEX_PLACE)
                | (1u << DG_LEX_DEMONYM);
  guint n = t < end ? match (a, kinds, t, end, e, G_N_ELEMENTS (e), &ne) : 0;
  if (n == 0)
    return NULL;
  /* "the foreign ministers of India and China": of both */
  guint j = t + n;
  if (j + 1 < end && dg_analysis_word_is (a, j, DG_W_AND | DG_W_COMMA))
    {
      const DgLexEntry *other[4];
      guint k = dg_analysis_word_is (a, j + 1, DG_W_DETERMINER) ? j + 2 : j + 1;
      if (k < end && match (a, kinds, k, end, other, G_N_ELEMENTS (other), &ne) > 0
          && g_strcmp0 (other[0]->country, e[0]->country) != 0)
        return NULL;
    }
  return e[0]->country;
}

/* The country of the place a crowd's clause happens in: "Hundreds of
 * thousands of people blocked streets in Hong Kong in defiance of Chinese
 * authorities" - the first country, capital or place named after token @t
 * in the clause (at most 15 tokens on; peoples and organizations are
 * passed over), when a locative word stands before it; NULL when another
 * name comes first ("refugees fled Syria to camps in Turkey" are not
 * Turkey's) or none. */
static const char *
located_country_after (const DgAnalysis *a, guint t, guint end)
{
  guint kinds = (1u << DG_LEX_COUNTRY) | (1u << DG_LEX_DEMONYM) | (1u << DG_LEX_CAPITAL)
                | (1u << DG_LEX_PLACE) | (1u << DG_LEX_ORGANIZATION);
  for (guint j = t; j < end && j < t + 15; j++)
    {
      if (dg_analysis_word_is (a, j, DG_W_CLAUSEMARK))
        return NULL;
      const DgLexEntry *e[4];
      guint ne, n;
      if (!dg_analysis_token (a, j)->capitalized
          || (n = match (a, kinds, j, end, e, G_N_ELEMENTS (e), &ne)) == 0)
        continue;
      /* "burned American flags in Tehran", "the UN office in Kabul" */
      if (e[0]->kind == DG_LEX_ORGANIZATION || e[0]->kind == DG_LEX_DEMONYM)
        {
          j += n - 1;
          continue;
        }
      guint before = j > t && is_compass (a, j - 1) ? j - 1 : j;
      if (before > t && dg_analysis_token_is (a, before - 1, "the"))
        before--;
      if (before == t || !dg_analysis_word_is (a, before - 1, DG_W_LOCATIVE))
        return NULL;
      return e[0]->country;
    }
  return NULL;
}

/* TRUE for a title whose holders bear arms: troops, police, rebels,
 * militants. */
static gboolean
armed_title (const DgLexEntry *title)
{
  static const char *const armed[] = { "MIL", "REB", "IMG", "COP", NULL };
  return title && title->sector && g_strv_contains (armed, title->sector);
}

typedef enum { CROWD_CIVIL, CROWD_ARMED, CROWD_POLITICAL } CrowdKind;

/* The one country sentence @s names (by name, people or capital), or NULL
 * when it names none or several: "Islamic fundamentalists continued their
 * hunger strike to demand the resignation of Algerian President Ben Bella"
 * places the fundamentalists in Algeria.  For civilians (protesters,
 * refugees) and fighters the places of the sentence count too; for
 * civilians the country of an armed group does not: "Russian forces
 * shelled Kharkiv, killing five civilians" places them in Ukraine, not
 * with their attacker.  For a political group, a name after a locative
 * word is where the act happens, not whose the group is: "opposition
 * delegates began negotiations in Mexico City" are not Mexico's. */
static const char *
sole_country (const DgAnalysis *a, guint s, CrowdKind kind)
{
  const char *found = NULL;
  gboolean civil = kind == CROWD_CIVIL;
  guint first = dg_analysis_sentence_first (a, s);
  guint end = dg_analysis_sentence_end (a, s);
  guint kinds = (1u << DG_LEX_COUNTRY) | (1u << DG_LEX_DEMONYM) | (1u << DG_LEX_CAPITAL)
                | (kind != CROWD_POLITICAL ? 1u << DG_LEX_PLACE : 0);
  for (guint t = first; t < end;)
    {
      const DgLexEntry *e[4];
      guint ne;
      guint n = dg_analysis_token (a, t)->capitalized
                ? match (a, kinds, t, end, e, G_N_ELEMENTS (e), &ne)
                : 0;
      if (n == 0)
        {
          t++;
          continue;
        }
      gboolean skip = FALSE;
      if (civil)
        {
          /* "Russian forces": the attacker's */
          guint j = t + n;
          while (j < end && dg_analysis_word_is (a, j, DG_W_MODIFIER))
            j++;
          const DgLexEntry *title[4];
          guint nt;
          for (guint k = 0; j < end && match (a, 1u << DG_LEX_TITLE, j, end, title, 4, &nt) > 0
                            && k < nt && !skip; k++)
            skip = armed_title (title[k]);
        }
      else if (kind == CROWD_POLITICAL)
        {
          guint before = t > first && is_compass (a, t - 1) ? t - 1 : t;
          if (before > first + 1 && dg_analysis_token_is (a, before - 1, "the"))
            before--;
          skip = before > first && dg_analysis_word_is (a, before - 1, DG_W_LOCATIVE);
        }
      if (!skip && e[0]->country && found && strcmp (found, e[0]->country) != 0)
        return NULL;
      if (!skip && e[0]->country)
        found = e[0]->country;
      t += n;
    }
  return found;
}

/* The token after a title's complement - "Ambassador to the United
 * Nations", "envoy to Syria", "special representative for Afghanistan and
 * Pakistan", "minister for Europe" - or 0: the title ends in an envoy's
 * or a minister's word, "to"/"for" follows, then a country, capital,
 * organization or place (two joined by "and"). */
static guint
title_complement (const DgAnalysis *a, guint t, guint n, guint end)
{
  static const char *const heads[] = { "ambassador", "envoy", "representative", "minister",
                                       "commissioner", "coordinator", "emissary", "delegate",
                                       "negotiator", "mediator", NULL };
  guint k = t + n;
  if (k + 1 >= end || !(dg_analysis_token_is (a, k, "to") || dg_analysis_token_is (a, k, "for")))
    return 0;
  gboolean head = FALSE;
  for (const char *const *w = heads; *w && !head; w++)
    head = dg_analysis_token_is (a, k - 1, *w);
  if (!head)
    return 0;
  guint kinds = (1u << DG_LEX_COUNTRY) | (1u << DG_LEX_CAPITAL) | (1u << DG_LEX_ORGANIZATION)
                | (1u << DG_LEX_PLACE);
  guint j = k + 1;
  for (int part = 0; part < 2; part++)
    {
      if (j < end && dg_analysis_token_is (a, j, "the"))
        j++;
      const DgLexEntry *e[4];
      guint ne;
      guint len = j < end && dg_analysis_token (a, j)->capitalized
                  ? match (a, kinds, j, end, e, G_N_ELEMENTS (e), &ne) : 0;
      if (len == 0)
        return part == 0 ? 0 : j - 1;     /* "and" is no part of it */
      j += len;
      if (part == 1 || j + 1 >= end || !dg_analysis_word_is (a, j, DG_W_AND))
        break;
      j++;
    }
  return j;
}

static gboolean
surname_row (char **f, guint n, gpointer user_data)
{
  GHashTable *table = user_data;
  if (n < 2)
    return FALSE;
  const char *sp = strrchr (f[0], ' ');
  g_autofree char *surname = g_strdup (sp ? sp + 1 : f[0]);
  /* "the Moon government": a family name written first */
  g_autofree char *family = sp && dg_resolve_family_name_first (f[1])
                            ? g_strndup (f[0], strcspn (f[0], " ")) : NULL;
  for (const char *name = surname; name; name = name == surname ? family : NULL)
    {
      const char *had = g_hash_table_lookup (table, name);
      if (!had)
        g_hash_table_insert (table, g_strdup (name), g_strdup (f[1]));
      else if (strcmp (had, f[1]) != 0)
        g_hash_table_insert (table, g_strdup (name), g_strdup (""));   /* two countries */
    }
  return TRUE;
}

/* The country of the leader whose surname token @t is ("Bush", "Clinton"):
 * the one country every person of people.tsv with that surname acts for,
 * else NULL ("Kim" is North and South Korea's). */
static const char *
leader_surname_country (const DgAnalysis *a, guint t)
{
  static gsize once;
  static GHashTable *table;
  if (g_once_init_enter (&once))
    {
      GHashTable *h = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      /* built in and checked by the lexicon's own load: no error here */
      dg_data_foreach_row ("extractor/lexicon/people.tsv", surname_row, h, NULL);
      table = h;
      g_once_init_leave (&once, 1);
    }
  const DgToken *tok = dg_analysis_token (a, t);
  if (tok->kind != DG_TOKEN_WORD || !tok->capitalized || tok->possessive
      || dg_analysis_word_is (a, t, DG_W_NOTNAME))
    return NULL;
  g_autofree char *word = dg_analysis_token_dup (a, t);
  const char *country = g_hash_table_lookup (table, word);
  return country && *country && dg_lexicon_country (a->lex, country) ? country : NULL;
}

/* "a human rights group", "Russian rights groups", "the aid agency": an
 * organization named by its kind (a title of rank "org") at tokens
 * [t, t+n), affiliated with the country (or organization) that gives it,
 * if any.  Not when a name follows ("the rights group Memorial": the name
 * is the organization, scanned next), nor a singular with neither an
 * article nor a country ("gave to charity").  Returns the token after it. */
static guint
kind_organization (DgAnalysis *a, guint s, guint t, guint n, const DgLexEntry *title,
                   const char *affiliation, guint role_tok, gboolean given, guint end)
{
  guint sent_first = dg_analysis_sentence_first (a, s);
  guint k = t + n;
  const DgToken *next = k < end ? dg_analysis_token (a, k) : NULL;
  if (next && next->kind == DG_TOKEN_WORD && next->capitalized
      && !dg_analysis_word_is (a, k, DG_W_NOTNAME | DG_W_WEEKDAY | DG_W_MONTH | DG_W_RELDAY))
    {
      /* a name the lexicon does not know is the organization's:
       * "the rights group Memorial said" */
      const DgLexEntry *e[1];
      guint ne;
      guint name = match (a, KINDS_ALL, k, end, e, 1, &ne) == 0 ? name_run (a, k, end) : 0;
      if (name > 0 && !media_name (a, k, name, sent_first, end))
        add_mention (a, DG_MENTION_ORGANIZATION, s, k, name, NULL)->title = title;
      return k + name;
    }
  const DgToken *last = dg_analysis_token (a, k - 1);
  gboolean plural = a->text[last->end - 1] == 's' || a->text[last->end - 1] == 'S';
  gboolean det = FALSE;
  /* "a prominent Moscow-based human rights group" */
  for (guint j = t; !det && j > sent_first && t - j < 4; j--)
    {
      if (dg_analysis_word_is (a, j - 1, DG_W_DETERMINER) || dg_analysis_token_is (a, j - 1, "a")
          || dg_analysis_token_is (a, j - 1, "an") || dg_analysis_token_is (a, j - 1, "another"))
        det = TRUE;
      else if (dg_analysis_token (a, j - 1)->kind != DG_TOKEN_WORD
               || dg_analysis_word_is (a, j - 1, DG_W_PREPOSITION | DG_W_CLAUSEMARK | DG_W_AND))
        break;
    }
  if (!given && !plural && !det)
    return k;
  DgMention *m = add_mention (a, DG_MENTION_ROLE, s, t, n, title);
  m->title = title;
  m->title_tok = t;
  m->title_n = n;
  m->role_tok = role_tok;
  m->affiliation = affiliation;
  return k;
}

/* "the president of Peru", "the king of Jordan", "the head of the IAEA":
 * the country (or capital, or organization) after "of" at token @t that a
 * title's holder acts for - one, not "of India and China", not a
 * possessive ("the leader of Iraq's Kurds").  Stores its entry and its
 * tokens in @entry and @n; returns FALSE when there is none. */
static gboolean
of_owner (const DgAnalysis *a, guint t, guint end, const DgLexEntry **entry, guint *n)
{
  if (t + 1 >= end || !dg_analysis_token_is (a, t, "of"))
    return FALSE;
  guint j = t + 1;
  if (dg_analysis_token_is (a, j, "the") && j + 1 < end)
    j++;
  const DgLexEntry *e[8];
  guint ne;
  guint len = dg_analysis_token (a, j)->capitalized
              ? match (a, (1u << DG_LEX_COUNTRY) | (1u << DG_LEX_CAPITAL)
                       | (1u << DG_LEX_ORGANIZATION) | (1u << DG_LEX_DEMONYM),
                       j, end, e, G_N_ELEMENTS (e), &ne)
              : 0;
  const DgLexEntry *found = NULL;
  for (guint k = 0; k < (len ? ne : 0) && !found; k++)
    if (e[k]->kind == DG_LEX_COUNTRY || e[k]->kind == DG_LEX_CAPITAL
        || e[k]->kind == DG_LEX_ORGANIZATION)
      found = e[k];
  if (!found || (found->kind != DG_LEX_ORGANIZATION && !found->country)
      || dg_analysis_token (a, j + len - 1)->possessive)
    return FALSE;
  guint after = j + len;
  if (after + 1 < end && dg_analysis_word_is (a, after, DG_W_AND))
    {
      /* "the presidents of Peru and Chile": of both (not "the president
       * of Peru and the king of Jordan") */
      guint k = dg_analysis_token_is (a, after + 1, "the") ? after + 2 : after + 1;
      if (k < end && dg_analysis_token (a, k)->capitalized
          && match (a, (1u << DG_LEX_COUNTRY) | (1u << DG_LEX_CAPITAL)
                    | (1u << DG_LEX_ORGANIZATION), k, end, e, G_N_ELEMENTS (e), &ne) > 0)
        return FALSE;
    }
  *entry = found;
  *n = after - (t + 1);
  return TRUE;
}

/* An armed force's noun used as an adjective: "threatened military
 * intervention", "attacked an army base in Mali", "a police post",
 * "suspended its military aid", "the military court": before a noun of
 * what the force does or owns it names no one; also after a number ("sent
 * 21 military and civilian personnel").  Not "the military said", "army
 * officers" (a title follows), "the army and police", "Israeli police
 * custody" (the police hold it), "the army's base". */
static gboolean
force_adjective (const DgAnalysis *a, const DgLexEntry *title, guint t, guint n, guint first,
                 guint end)
{
  static const char *const forces[] = { "military", "army", "navy", "police", "air force",
                                        NULL };
  static const char *const nouns[] = {
    "intervention", "interventions", "action", "operation", "operations", "base", "bases",
    "post", "posts", "outpost", "outposts", "aid", "assistance", "exercise", "exercises",
    "drill", "drills", "maneuvers", "manoeuvres", "cooperation", "co-operation",
    "equipment", "hardware", "intelligence", "court", "courts", "tribunal", "tribunals",
    "presence", "spending", "budget", "ties", "alliance", "pact", "occupation", "rule",
    "training", "academy", "station", "stations", "headquarters", "barracks",
    "checkpoint", "checkpoints", "installation", "installations", "facility",
    "facilities", "buildup", "build-up", "deployment", "capability", "capabilities",
    "option", "options", "solution", "pressure", "threat", "escort", "supplies",
    NULL };
  if (g_strcmp0 (title->extra, "group") != 0 || !g_strv_contains (forces, title->surface)
      || dg_analysis_token (a, t + n - 1)->possessive)
    return FALSE;
  /* "21 military": no one counts an army */
  if (t > first && dg_analysis_token (a, t - 1)->kind == DG_TOKEN_NUMBER
      && strcmp (title->surface, "police") != 0)
    return TRUE;
  if (t + n >= end || dg_analysis_token (a, t + n)->kind != DG_TOKEN_WORD)
    return FALSE;
  return dg_analysis_token_in (a, t + n, nouns);
}

/* A title at tokens [t, t+n): "U.S. diplomat Richard Holbrooke",
 * "Iran's deputy foreign minister, Mehdi Akhundzadeh,", "the president".
 * Returns the token after the phrase. */
static guint
title_phrase (DgAnalysis *a, guint s, guint first_mention, guint t, guint n,
              const DgLexEntry *title, guint end)
{
  guint sent_first = dg_analysis_sentence_first (a, s);
  /* "the official Czechoslovak news agency", "state television": an
   * adjective, no one's title */
  if (media_after (a, t + n, end) || force_adjective (a, title, t, n, sent_first, end))
    return t + n;
  gboolean group = g_strcmp0 (title->extra, "group") == 0 || g_strcmp0 (title->extra, "org") == 0;
  /* a party's title is a body's too: "Vietnam's Communist Party chief" */
  DgMention *mod = modifier_actor_before (a, first_mention, t, sent_first,
                                          group || g_strcmp0 (title->sector, "PTY") == 0);
  const char *affiliation = NULL;
  guint role_tok = t;
  gboolean given = mod != NULL;   /* a country or leader gives the title */
  if (mod)
    {
      mod->in_role = 1;
      /* rebels and the opposition act against their own country's
       * government: "Rwandan rebels demanded the removal of President X" */
      mod->in_group = g_strcmp0 (title->extra, "group") == 0 && title->sector
                      && (strcmp (title->sector, "REB") == 0 || strcmp (title->sector, "OPP") == 0);
      affiliation = mod->entry->kind == DG_LEX_ORGANIZATION ? mod->entry->key
                                                            : mod->entry->country;
      role_tok = mod->tok;
    }
  else if (g_strcmp0 (title->extra, "group") == 0 && a->mentions->len > first_mention)
    {
      /* "the Obama administration", "the Netanyahu government": the
       * body of a well-known leader acts for the leader's country */
      DgMention *leader = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
      if (leader->kind == DG_MENTION_PERSON && leader->tok + leader->n_tok == t && !leader->possessive)
        {
          g_autofree char *written = g_strndup (a->text + leader->start, leader->end - leader->start);
          const DgLexEntry *known = leader->entry ? leader->entry : dg_lexicon_person (a->lex, written);
          if (known && known->country && dg_lexicon_country (a->lex, known->country))
            {
              mod = leader;
              mod->in_role = 1;
              affiliation = known->country;
              role_tok = leader->tok;
              given = TRUE;
            }
        }
    }
  if (!given && g_strcmp0 (title->extra, "group") == 0 && t > sent_first + 1
      && dg_analysis_word_is (a, t - 1, DG_W_AND) && a->mentions->len > first_mention)
    {
      /* "Venezuelan government and opposition delegates": an adjective
       * before "X and Y NOUN" is both X's and Y's - when a noun of a body
       * follows Y (not "Israeli troops and militants clashed") */
      const DgMention *x = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
      const DgLexEntry *noun[1];
      guint nn;
      if (x->kind == DG_MENTION_ROLE && x->affiliation && x->role_tok < x->title_tok
          && x->tok + x->n_tok == t - 1 && g_strcmp0 (x->title->extra, "group") == 0
          && t + n < end && !dg_analysis_token (a, t + n - 1)->possessive
          && match (a, 1u << DG_LEX_TITLE, t + n, end, noun, 1, &nn) > 0)
        {
          affiliation = x->affiliation;
          role_tok = x->role_tok;
          given = TRUE;
        }
    }
  if (!given && group && g_strcmp0 (title->sector, "GOV") == 0 && t > sent_first
      && (a->mentions->len == first_mention
          || g_array_index (a->mentions, DgMention, a->mentions->len - 1).tok
             + g_array_index (a->mentions, DgMention, a->mentions->len - 1).n_tok < t))
    {
      /* "the Bush administration", "the Clinton administration": a surname
       * that every person of people.tsv who bears it shares with one
       * country */
      const char *country = leader_surname_country (a, t - 1);
      if (country)
        {
          affiliation = country;
          role_tok = t - 1;
          given = TRUE;
        }
    }

  if (g_strcmp0 (title->extra, "org") == 0)
    return kind_organization (a, s, t, n, title, affiliation, role_tok, given, end);

  guint k = t + n;
  /* the complement belongs to the title when a name follows it ("U.S.
   * Ambassador to the United Nations Linda Thomas-Greenfield", "the envoy
   * to Syria, Geir Pedersen,") or a country gives it ("Norway's envoy to
   * Sudan said"); not in "sent an envoy to Syria", where Syria is the
   * target */
  guint cend = title_complement (a, t, n, end);
  if (cend > 0)
    {
      guint after = cend < end && dg_analysis_word_is (a, cend, DG_W_COMMA) ? cend + 1 : cend;
      guint named = name_run (a, after, end);
      if (given || (named > 0 && !media_name (a, after, named, sent_first, end)))
        k = cend;
    }
  /* "the president of Peru", "the king of Jordan": the holder acts for
   * the country after "of", as "Peru's president" does; the country is
   * part of the phrase.  Not "the leader of the opposition", nor "the
   * foreign ministers of India and China" (a group, read below) */
  const DgLexEntry *owner = NULL;
  guint owner_tok = k + 1, owner_n = 0;
  if (!given && !group && of_owner (a, k, end, &owner, &owner_n))
    {
      if (dg_analysis_token_is (a, owner_tok, "the"))
        {
          owner_tok++;
          owner_n--;
        }
      affiliation = owner->kind == DG_LEX_ORGANIZATION ? owner->key : owner->country;
      given = TRUE;
    }
  guint after_title = owner ? owner_tok + owner_n : k;
  guint name = name_run (a, after_title, end);
  guint name_tok = after_title;
  if (name > 0 && media_name (a, after_title, name, sent_first, end))
    name = 0;
  if (name == 0 && after_title + 1 < end && dg_analysis_word_is (a, after_title, DG_W_COMMA))
    {
      /* appositive: "title, Name Name," */
      guint m = name_run (a, after_title + 1, end);
      guint after = after_title + 1 + m;
      if (m > 0 && !media_name (a, k + 1, m, sent_first, end) && (after >= end
                    || dg_analysis_word_is (a, after, DG_W_COMMA | DG_W_AND | DG_W_CLAUSEMARK)
                    || dg_analysis_token_is (a, after, ".")
                    || dg_analysis_token_is (a, after, "-")))
        {
          name = m;
          name_tok = after_title + 1;
        }
    }

  /* "the government of Sindh province", "the authorities in Kabul": a
   * body of the place after it */
  /* settlers are by definition not of the place they settle: "Jewish
   * settlers set fire to homes near Ramallah" is no Palestinian act; only
   * a country before them gives theirs ("Israeli settlers") */
  gboolean settlers = dg_analysis_token_is (a, t + n - 1, "settlers")
                      || dg_analysis_token_is (a, t + n - 1, "settler");
  if (group && !given && name == 0 && !settlers)
    affiliation = group_country_after (a, k, end);
  given = given || affiliation != NULL;

  /* a bare title refers to someone only after a determiner or a country:
   * "the general said", "Iran's envoy" - not "in general"; a group also
   * when a place follows: "demonstrators in Baghdad" act for Iraq */
  if (name == 0 && !given
      && !(t > sent_first && dg_analysis_word_is (a, t - 1, DG_W_DETERMINER)))
    {
      affiliation = g_strcmp0 (title->extra, "group") == 0 && !settlers
                    ? group_country_after (a, k, end) : NULL;
      /* official bodies and sources ("diplomats said") need their country
       * named; crowds, fighters and refugees take the sentence's; only
       * civilians the place their clause happens in ("protesters marched
       * in Caracas"): a political or armed group's place is the one
       * attached to it ("rebels in Darfur", read above) */
      static const char *const official[] = { "GOV", "DIP", "MED", "JUD", "LEG", NULL };
      static const char *const civilians[] = { "CVL", "REF", "LAB", NULL };
      gboolean crowd = g_strcmp0 (title->extra, "group") == 0 && title->sector
                       && !g_strv_contains (official, title->sector);
      CrowdKind kind = !crowd ? CROWD_POLITICAL
                       : g_strv_contains (civilians, title->sector) ? CROWD_CIVIL
                       : armed_title (title) ? CROWD_ARMED : CROWD_POLITICAL;
      if (!affiliation && crowd && kind == CROWD_CIVIL && !settlers)
        affiliation = located_country_after (a, k, end);
      /* "Israeli troops and militants clashed": the country is the
       * troops' alone */
      gboolean other = FALSE;
      if (t > sent_first + 1 && dg_analysis_word_is (a, t - 1, DG_W_AND)
          && a->mentions->len > first_mention)
        {
          const DgMention *x = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
          other = (x->kind == DG_MENTION_ROLE || x->kind == DG_MENTION_PERSON)
                  && x->affiliation && x->tok + x->n_tok == t - 1;
        }
      if (!affiliation && crowd && !other && !settlers)
        affiliation = sole_country (a, s, kind);
      if (!affiliation)
        return k;
    }

  /* "Ali Demir, Turkey's chief negotiator,": the name before the comma,
   * when no mention covers it yet */
  gboolean before = FALSE;
  if (name == 0 && role_tok > sent_first + 1 && dg_analysis_word_is (a, role_tok - 1, DG_W_COMMA))
    {
      guint comma = role_tok - 1, j = comma;
      while (j > sent_first && comma - j < 4 && dg_analysis_token (a, j - 1)->capitalized
             && dg_analysis_token (a, j - 1)->kind == DG_TOKEN_WORD
             && !dg_analysis_word_is (a, j - 1, DG_W_NOTNAME))
        j--;
      guint covered_to = first_mention;
      for (guint i = first_mention; i < a->mentions->len; i++)
        {
          const DgMention *p = &g_array_index (a->mentions, DgMention, i);
          if (p->tok < comma && p->tok + p->n_tok > j)
            covered_to = G_MAXUINT;
        }
      guint run = j < comma ? name_run (a, j, comma) : 0;
      if (covered_to != G_MAXUINT && run > 0 && j + run == comma && (run >= 2 || j > sent_first)
          && !media_name (a, j, run, sent_first, end))
        {
          name = run;
          name_tok = j;
          before = TRUE;
        }
    }

  /* the owner's mention, in token order with the holder's */
  if (owner && name > 0 && !before)
    add_mention (a, owner->kind == DG_LEX_ORGANIZATION ? DG_MENTION_ORGANIZATION
                                                       : DG_MENTION_COUNTRY,
                 s, owner_tok, owner_n, owner)->in_role = 1;
  DgMention *m;
  if (name > 0)
    m = add_mention (a, DG_MENTION_PERSON, s, name_tok, name, NULL);
  else
    m = add_mention (a, DG_MENTION_ROLE, s, t, k - t, title);
  m->title = title;
  m->title_tok = t;
  m->title_n = k - t;
  m->role_tok = role_tok;
  m->affiliation = affiliation;
  if (owner && !(name > 0 && !before))
    add_mention (a, owner->kind == DG_LEX_ORGANIZATION ? DG_MENTION_ORGANIZATION
                                                       : DG_MENTION_COUNTRY,
                 s, owner_tok, owner_n, owner)->in_role = 1;
  return name > 0 && !before ? name_tok + name : owner ? owner_tok + owner_n : k;
}

static gboolean
is_pronoun (const DgAnalysis *a, guint t, guint end)
{
  if (dg_analysis_word_is (a, t, DG_W_PRONOUN))
    return TRUE;
  /* "her" is an object only when no noun phrase follows it */
  if (dg_analysis_token_is (a, t, "her"))
    return t + 1 >= end || dg_analysis_token (a, t + 1)->kind != DG_TOKEN_WORD;
  return FALSE;
}

/* "APTOPIX NETHERLANDS AFGHANISTAN CONFERENCE": a photo slug or a heading in
 * capitals - every word upper case, at least two words. */
static gboolean
is_all_caps (const DgAnalysis *a, guint first, guint end)
{
  guint words = 0;
  for (guint t = first; t < end; t++)
    {
      const DgToken *tok = dg_analysis_token (a, t);
      if (tok->kind != DG_TOKEN_WORD)
        continue;
      for (const char *p = a->text + tok->start; p < a->text + tok->end; p++)
        if (g_ascii_islower (*p))
          return FALSE;
      words++;
    }
  return words >= 2;
}

/* Appends to @out the initials of the name @text[0, len): the capital
 * that starts each word or follows a hyphen in it ("Rapid Support
 * Forces" RSF, "Paris Saint-Germain" PSG, "Hay'at Tahrir al-Sham" HTS);
 * lower-case words ("of", "the") have none. */
static void
initials (const char *text, gsize len, GString *out)
{
  gboolean word_start = TRUE;
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];
      if (c == ' ' || c == '-')
        word_start = TRUE;
      else
        {
          if (word_start && g_ascii_isupper (c))
            g_string_append_c (out, c);
          word_start = FALSE;
        }
    }
}

/* TRUE when token @t is written in 2 to 6 capital letters and nothing else. */
static gboolean
is_abbreviation (const DgAnalysis *a, guint t)
{
  const DgToken *tok = dg_analysis_token (a, t);
  if (tok->kind != DG_TOKEN_WORD || tok->end - tok->start < 2 || tok->end - tok->start > 6
      || tok->possessive)
    return FALSE;
  for (const char *p = a->text + tok->start; p < a->text + tok->end; p++)
    if (!g_ascii_isupper (*p))
      return FALSE;
  return !dg_analysis_word_is (a, t, DG_W_NOTNAME);
}

/* The organizations named so far in the document, by the initials of
 * their names: initials -> the latest such mention (OrgRef). */
typedef struct {
  guint index;   /* in a->mentions */
  guint start;   /* its start byte, to tell a mention dropped since */
} OrgRef;

static void
remember_organization (const DgAnalysis *a, GHashTable *orgs, guint index)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, index);
  if (m->n_tok < 2)
    return;
  for (int pass = 0; pass < 2; pass++)
    {
      GString *key = g_string_new (NULL);
      if (pass == 0)
        initials (a->text + m->start, m->end - m->start, key);
      else if (m->entry)
        initials (m->entry->label, strlen (m->entry->label), key);
      if (key->len < 2)
        {
          g_string_free (key, TRUE);
          continue;
        }
      OrgRef *ref = g_new (OrgRef, 1);
      ref->index = index;
      ref->start = m->start;
      g_hash_table_insert (orgs, g_string_free (key, FALSE), ref);
    }
}

/* "The army accused the RSF of ...": an abbreviation the lexicon does not
 * know stands for the organization named before in the document whose
 * initials it spells (as written or by its lexicon name), the latest one.
 * Returns that mention, or NULL. */
static const DgMention *
abbreviated_organization (const DgAnalysis *a, GHashTable *orgs, guint t)
{
  g_autofree char *word = dg_analysis_token_dup (a, t);
  const OrgRef *ref = g_hash_table_lookup (orgs, word);
  if (!ref || ref->index >= a->mentions->len)
    return NULL;
  const DgMention *m = &g_array_index (a->mentions, DgMention, ref->index);
  return m->kind == DG_MENTION_ORGANIZATION && m->start == ref->start ? m : NULL;
}

/* "the Sudan Liberation Army (SLA)": the capitalized words before "(" whose
 * initials the abbreviation at @t spells (lower-case words such as "of" may
 * stand between) name an organization, whatever the lexicon makes of its
 * words ("Sudan" a country, "Army" a title).  Replaces the sentence's mentions inside the name with one, and
 * returns it; NULL when the words do not fit or hold an event word. */
static const DgMention *
define_organization (DgAnalysis *a, guint s, guint first_mention, guint t)
{
  guint first = dg_analysis_sentence_first (a, s);
  if (t < first + 3 || !dg_analysis_token_is (a, t - 1, "(")
      || t + 1 >= dg_analysis_sentence_end (a, s) || !dg_analysis_token_is (a, t + 1, ")"))
    return NULL;
  const DgToken *abbr = dg_analysis_token (a, t);
  const char *want = a->text + abbr->start;
  int pos = (int) (abbr->end - abbr->start);     /* initials still to find, from the end */
  guint k = t - 1, words = 0;
  g_autoptr(GString) got = g_string_new (NULL);
  while (k > first && pos > 0)
    {
      const DgToken *w = dg_analysis_token (a, k - 1);
      if (w->kind != DG_TOKEN_WORD)
        break;
      if (!w->capitalized)
        {
          if (words == 0 || !(dg_analysis_token_is (a, k - 1, "of")
                              || dg_analysis_token_is (a, k - 1, "for")
                              || dg_analysis_token_is (a, k - 1, "and")
                              || dg_analysis_token_is (a, k - 1, "the")))
            break;
          k--;
          continue;
        }
      g_string_truncate (got, 0);
      initials (a->text + w->start, w->end - w->start, got);
      if (got->len == 0 || (int) got->len > pos
          || memcmp (got->str, want + pos - (int) got->len, got->len) != 0)
        break;
      pos -= (int) got->len;
      words++;
      k--;
    }
  if (pos != 0 || words < 2)
    return NULL;
  /* an organization's name ends in a body's noun: not "Gross Domestic
   * Product (GDP)", "Joint Comprehensive Plan of Action (JCPOA)" */
  static const char *const bodies[] = { "Army", "Forces", "Front", "Movement", "Party",
                                        "Council", "Organization", "Organisation", "Union",
                                        "Alliance", "Group", "Brigade", "Brigades", "Committee",
                                        "Commission", "Agency", "Authority", "League",
                                        "Coalition", "Congress", "Association", "Federation",
                                        "Fund", "Bank", "Service", "Institute", "Corps", "Guard",
                                        "Command", "Militia", "Network", "Office", "Mission",
                                        "Assembly", "Union", "Community", "Conference", NULL };
  gboolean body = FALSE;
  for (const char *const *w = bodies; *w && !body; w++)
    body = dg_analysis_token_is (a, t - 2, *w) && dg_analysis_token (a, t - 2)->capitalized;
  if (!body)
    return NULL;
  /* the mentions the sentence has inside the name go */
  guint keep = a->mentions->len;
  while (keep > first_mention)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, keep - 1);
      if (m->tok + m->n_tok <= k)
        break;
      if (m->tok < k || m->role_tok < k || m->kind == DG_MENTION_TRIGGER)
        return NULL;
      keep--;
    }
  g_array_set_size (a->mentions, keep);
  return add_mention (a, DG_MENTION_ORGANIZATION, s, k, t - 1 - k, NULL);
}

/* TRUE when some word of four letters or more of the sentence is lower
 * case: no headline in title case ("Lawmakers Slam Congress"). */
static gboolean
has_lower_word (const DgAnalysis *a, guint first, guint end)
{
  for (guint t = first; t < end; t++)
    {
      const DgToken *tok = dg_analysis_token (a, t);
      if (tok->kind == DG_TOKEN_WORD && !tok->capitalized && tok->end - tok->start >= 4)
        return TRUE;
    }
  return FALSE;
}

/* An organization's name at [t, t+n) that ends a longer name of another
 * body: "the Nigerian Labour Congress", "the Pan Africanist Congress", "the
 * Iraqi National Security Council" - a capitalized word the lexicon does
 * not know stands right before it; or another country's adjective does:
 * "the Philippine Congress" (the Philippines act, not the United States
 * Congress).  Not "Congress passed", "the U.S. Congress", "the Congress",
 * "Iran-backed Hezbollah", "NATO" (an acronym), "Lebanese Hezbollah". */
static gboolean
tail_of_name (const DgAnalysis *a, guint first_mention, const DgLexEntry *org, guint t,
              guint first, guint end)
{
  if (t <= first || is_acronym (a, t))
    return FALSE;
  const DgMention *last = a->mentions->len > first_mention
                          ? &g_array_index (a->mentions, DgMention, a->mentions->len - 1) : NULL;
  if (last && last->kind == DG_MENTION_COUNTRY && last->tok + last->n_tok == t)
    return org->country && last->entry && last->entry->country
           && strcmp (org->country, last->entry->country) != 0;
  const DgToken *prev = dg_analysis_token (a, t - 1);
  if (prev->kind != DG_TOKEN_WORD || !prev->capitalized || prev->possessive
      || memchr (a->text + prev->start, '-', prev->end - prev->start)
      || dg_analysis_word_is (a, t - 1, DG_W_NOTNAME)
      || (last && last->tok + last->n_tok >= t)
      || !has_lower_word (a, first, end))
    return FALSE;
  return TRUE;
}

/* An organization the lexicon does not know, named by capitalized words
 * that end in a body's noun: "Kenya's Orange Democratic Movement", "the Pan
 * Africanist Congress", "the Nigerian Labour Congress", "Vietnam's Communist
 * Party"; or by a name and a lower-case kind: "Poland's Solidarity union",
 * "the Solidarity union".  A country's possessive or adjective before it
 * gives its country ("Poland's" acts through its union, not on its own).
 * A title starting with the body's noun stays one ("Communist Party chief
 * Nguyen Phu Trong": Vietnam's party chief).  Not one word ("Party
 * officials"), not a person's name, not a headline in title case.  Returns
 * the tokens taken (0 = none). */
static guint
body_organization (DgAnalysis *a, GHashTable *orgs, guint s, guint first_mention, guint t,
                   guint first, guint end)
{
  static const char *const bodies[] = { "Movement", "Party", "Front", "Alliance", "Union",
                                        "Congress", "Assembly", "League", "Coalition",
                                        "Federation", "Association", "Council", "Committee",
                                        NULL };
  static const char *const kinds[] = { "union", "party", "movement", "front", "alliance",
                                       NULL };
  const DgToken *tok = dg_analysis_token (a, t);
  if (tok->kind != DG_TOKEN_WORD || !tok->capitalized || is_acronym (a, t)
      || dg_analysis_word_is (a, t, DG_W_NOTNAME | DG_W_WEEKDAY | DG_W_MONTH)
      || !has_lower_word (a, first, end))
    return 0;
  guint k = t, body_end = 0;
  while (k < end && k - t < 6)
    {
      const DgToken *w = dg_analysis_token (a, k);
      if (w->kind != DG_TOKEN_WORD || !w->capitalized || is_acronym (a, k)
          || dg_analysis_word_is (a, k, DG_W_NOTNAME | DG_W_WEEKDAY | DG_W_MONTH))
        break;
      const DgLexEntry *e[1];
      guint ne;
      if (match (a, (1u << DG_LEX_TITLE) | (1u << DG_LEX_PERSON) | (1u << DG_LEX_TRIGGER),
                 k, end, e, 1, &ne) > 0)
        break;
      for (const char *const *b = bodies; *b; b++)
        if (dg_analysis_token_is (a, k, *b))
          body_end = k + 1;
      k++;
      if (w->possessive)
        break;
    }
  DgMention *last = a->mentions->len > first_mention
                    ? &g_array_index (a->mentions, DgMention, a->mentions->len - 1) : NULL;
  if (last && (last->kind != DG_MENTION_COUNTRY || last->tok + last->n_tok != t
               || last->locative || !last->entry || !last->entry->country))
    last = NULL;
  guint n = 0, taken = 0;
  if (body_end >= t + 2)
    n = taken = body_end - t;
  else if (k > t && k < end && !dg_analysis_token (a, k - 1)->possessive
           && (last ? last->possessive : t > first && dg_analysis_token_is (a, t - 1, "the")))
    {
      for (const char *const *w = kinds; *w && !n; w++)
        if (dg_analysis_token_is (a, k, *w) && !dg_analysis_token (a, k)->capitalized)
          {
            n = k - t;
            taken = n + 1;
          }
    }
  if (n == 0)
    return 0;
  DgMention *m = add_mention (a, DG_MENTION_ORGANIZATION, s, t, n, NULL);
  if (last)
    {
      /* add_mention may have moved the array */
      DgMention *c = &g_array_index (a->mentions, DgMention, a->mentions->len - 2);
      c->in_role = 1;
      m = &g_array_index (a->mentions, DgMention, a->mentions->len - 1);
      m->affiliation = c->entry->country;
    }
  remember_organization (a, orgs, a->mentions->len - 1);
  return taken;
}

/* "U.S.-led", "Saudi-led", "Vietnamese-led", "NATO-led": the country,
 * demonym or organization entry of the word before "-led", or NULL. */
static const DgLexEntry *
led_country (const DgAnalysis *a, guint t)
{
  const DgToken *tok = dg_analysis_token (a, t);
  if (tok->kind != DG_TOKEN_WORD || !tok->capitalized || tok->end - tok->start < 6
      || g_ascii_strncasecmp (a->text + tok->end - 4, "-led", 4) != 0)
    return NULL;
  DgToken word = *tok;
  word.end -= 4;
  word.lex_word = 0;
  word.possessive = 0;
  const DgLexEntry *e[4];
  guint ne;
  if (dg_lexicon_match (a->lex, (1u << DG_LEX_COUNTRY) | (1u << DG_LEX_DEMONYM)
                        | (1u << DG_LEX_ORGANIZATION), a->text, &word,
                        1, 0, e, G_N_ELEMENTS (e), &ne) == 0)
    return NULL;
  return e[0];
}

static void
scan_sentence (DgAnalysis *a, guint s, GHashTable *orgs)
{
  guint first = dg_analysis_sentence_first (a, s);
  guint end = dg_analysis_sentence_end (a, s);
  guint first_mention = a->mentions->len;
  guint t = first;
  guint gap_end = 0;   /* inside a gapped trigger, no other trigger */
  if (is_all_caps (a, first, end))
    return;
  while (t < end)
    {
      const DgLexEntry *e[8], *led;
      guint ne;
      guint n = match (a, KINDS_ALL, t, end, e, G_N_ELEMENTS (e), &ne);
      if (n == 0)
        {
          if (is_pronoun (a, t, end))
            add_mention (a, DG_MENTION_PRONOUN, s, t, 1, NULL);
          else if (dg_analysis_word_is (a, t, DG_W_NEUTER))
            {
              DgMention *m = add_mention (a, DG_MENTION_PRONOUN, s, t, 1, NULL);
              m->neuter = 1;
              /* "its": a possessive, as "Iran's" */
              m->possessive = dg_analysis_token_is (a, t, "its");
            }
          else if (t > first && t + 1 < end && dg_analysis_token_is (a, t, "two")
                   && dg_analysis_token_is (a, t - 1, "the")
                   && dg_analysis_word_is (a, t + 1, DG_W_GROUPNOUN))
            {
              /* "the two countries", "the two leaders" */
              add_mention (a, DG_MENTION_GROUP, s, t, 2, NULL);
              t += 2;
              continue;
            }
          else if ((led = led_country (a, t)) != NULL)
            /* "the U.S.-led coalition", "Saudi-led forces": the leader acts */
            add_mention (a, led->kind == DG_LEX_ORGANIZATION ? DG_MENTION_ORGANIZATION
                                                             : DG_MENTION_COUNTRY,
                         s, t, 1, led);
          else if (is_abbreviation (a, t))
            {
              /* "RSF" after "the Rapid Support Forces", or defining an
               * organization the lexicon lacks: "the Sudan Liberation
               * Army (SLA)" */
              const DgMention *org = abbreviated_organization (a, orgs, t);
              if (!org && (org = define_organization (a, s, first_mention, t)) != NULL)
                remember_organization (a, orgs, a->mentions->len - 1);
              if (org)
                {
                  const DgLexEntry *entry = org->entry;
                  guint at = org->start;
                  DgMention *m = add_mention (a, DG_MENTION_ORGANIZATION, s, t, 1, entry);
                  if (!entry)
                    m->short_for = at + 1;
                }
            }
          else if ((n = body_organization (a, orgs, s, first_mention, t, first, end)) > 0)
            {
              t += n;
              continue;
            }
          else if ((n = name_before_trigger (a, t, first, end)) > 0)
            {
              add_mention (a, DG_MENTION_PERSON, s, t, n, NULL);
              t += n;
              continue;
            }
          t++;
          continue;
        }
      const DgLexEntry *title = NULL, *trigger = NULL, *country = NULL,
                       *capital = NULL, *place = NULL, *org = NULL, *person = NULL;
      for (guint k = 0; k < ne; k++)
        switch (e[k]->kind)
          {
          case DG_LEX_TITLE: title = e[k]; break;
          case DG_LEX_TRIGGER: if (!trigger) trigger = e[k]; break;   /* the table's first, as test-triggers reads it */
          case DG_LEX_COUNTRY: case DG_LEX_DEMONYM: country = e[k]; break;
          case DG_LEX_CAPITAL: capital = e[k]; break;
          case DG_LEX_PLACE: place = e[k]; break;
          case DG_LEX_ORGANIZATION: org = e[k]; break;
          case DG_LEX_PERSON: person = e[k]; break;
          default: break;
          }
      /* a direction word may stand between: "in southern Lebanon", "in south Serbia" */
      guint before = t > first && is_compass (a, t - 1) ? t - 1 : t;
      gboolean locative = before > first && dg_analysis_word_is (a, before - 1, DG_W_LOCATIVE);
      /* "The Hague" after "at the": the article is part of the name */
      if (!locative && before > first + 1 && dg_analysis_token_is (a, before - 1, "the"))
        locative = dg_analysis_word_is (a, before - 2, DG_W_LOCATIVE);
      if (!locative && (place || capital || country) && !title && !trigger)
        locative = locative_phrase (a, t, first);

      if (title)
        {
          t = title_phrase (a, s, first_mention, t, n, title, end);
          continue;
        }
      if (trigger && t < gap_end)
        {
          t += n;       /* "cancelled a planned visit": not a visit */
          continue;
        }
      if (trigger && trigger->gap_at)
        {
          gap_end = t + n;
          /* "took ... hostage": the trigger spans the gap, and the actors
           * in the gap are read as mentions too */
          add_mention (a, DG_MENTION_TRIGGER, s, t, n, trigger);
          t += trigger->gap_at;
          continue;
        }
      if (trigger)
        add_mention (a, DG_MENTION_TRIGGER, s, t, n, trigger);
      else if (country)
        {
          DgMention *m = add_mention (a, DG_MENTION_COUNTRY, s, t, n, country);
          m->locative = locative;
          m->ethnic = t > first && dg_analysis_token_is (a, t - 1, "ethnic");
        }
      else if ((place || capital) && locative)
        add_mention (a, DG_MENTION_PLACE, s, t, n, place ? place : capital)->locative = 1;
      else if (capital)
        add_mention (a, DG_MENTION_COUNTRY, s, t, n, capital);
      else if (org && tail_of_name (a, first_mention, org, t, first, end))
        ;
      else if (org)
        {
          add_mention (a, DG_MENTION_ORGANIZATION, s, t, n, org);
          remember_organization (a, orgs, a->mentions->len - 1);
        }
      else if (person)
        add_mention (a, DG_MENTION_PERSON, s, t, n, person);
      else if (place)
        add_mention (a, DG_MENTION_PLACE, s, t, n, place);
      t += n;
    }
}

static gint
mention_order (gconstpointer x, gconstpointer y)
{
  const DgMention *a = x, *b = y;
  return a->tok < b->tok ? -1 : a->tok > b->tok;
}

/* Second pass: surnames and full names of the persons found by cues,
 * wherever they recur without a cue ("Clinton said"). */
static void
find_known_names (DgAnalysis *a)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* family names written first: "Kim" of "North Korean leader Kim Jong Un" */
  g_autoptr(GHashTable) family = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->kind != DG_MENTION_PERSON)
        continue;
      /* the last word of the name is the surname */
      g_hash_table_add (names, dg_analysis_token_dup (a, m->tok + m->n_tok - 1));
      if (m->n_tok < 2)
        continue;
      const DgLexEntry *known = m->entry;
      if (!known)
        {
          g_autofree char *written = g_strndup (a->text + m->start, m->end - m->start);
          known = dg_lexicon_person (a->lex, written);
        }
      if (dg_resolve_family_name_first (known ? known->country : m->affiliation))
        g_hash_table_add (family, dg_analysis_token_dup (a, m->tok));
    }
  if (g_hash_table_size (names) == 0)
    return;

  guint n_tokens = a->tokens->len;
  g_autofree guint8 *covered = g_new0 (guint8, n_tokens + 1);
  for (guint i = 0; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      guint from = (m->kind == DG_MENTION_PERSON || m->kind == DG_MENTION_ROLE)
                   && m->role_tok < m->tok ? m->role_tok : m->tok;
      for (guint t = from; t < m->tok + m->n_tok; t++)
        covered[t] = 1;
    }
  guint n_sent = a->sent_tok->len - 1;
  for (guint s = 0; s < n_sent; s++)
    {
      guint end = dg_analysis_sentence_end (a, s);
      for (guint t = dg_analysis_sentence_first (a, s); t < end; t++)
        {
          const DgToken *tok = dg_analysis_token (a, t);
          if (covered[t] || !tok->capitalized || tok->kind != DG_TOKEN_WORD)
            continue;
          /* a full name: capitalized run ending in a known surname */
          guint run = name_run (a, t, end);
          guint len = 0;
          for (guint k = run; k > 0; k--)
            {
              g_autofree char *w = dg_analysis_token_dup (a, t + k - 1);
              if (g_hash_table_contains (names, w))
                {
                  len = k;
                  break;
                }
            }
          if (len == 0 && run == 1)
            {
              /* a bare family name, no other name word after it */
              g_autofree char *w = dg_analysis_token_dup (a, t);
              len = g_hash_table_contains (family, w) ? 1 : 0;
            }
          if (len == 0 || media_name (a, t, len, dg_analysis_sentence_first (a, s), end))
            continue;
          add_mention (a, DG_MENTION_PERSON, s, t, len, NULL);
          for (guint k = 0; k < len; k++)
            covered[t + k] = 1;
          t += len - 1;
        }
    }
  g_array_sort (a->mentions, mention_order);
}

void
dg_mentions_find (DgAnalysis *a)
{
  guint n_sent = a->sent_tok->len - 1;
  g_autoptr(GHashTable) orgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint s = 0; s < n_sent; s++)
    scan_sentence (a, s, orgs);
  find_known_names (a);
}
