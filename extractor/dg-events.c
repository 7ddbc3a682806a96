/* dg-events.c - stage 6: where a sentence becomes an event
 *
 * For every trigger mention (triggers.tsv) propose() first drops what is
 * no event of its own (is_not_an_event), then the frame decides where the
 * arguments are:
 *   meet/phone  the subject group before the trigger plus the "with ..."
 *               objects, or only the "between X and Y" list; two actors at
 *               least (symmetric_arguments)
 *   say         the speaker right before (or after) the verb; the quote
 *               (say_arguments)
 *   dir/visit/host  the subject group acts on the first actor after it and
 *               the actors coordinated with it (directed_arguments); a
 *               passive swaps them (passive_arguments)
 * Then the code from what an intent or threat is about, modality, date and
 * place, and finally events that are the same real event merge.
 */
#include <string.h>
#include "dg-events.h"
#include "dg-cameo.h"
#include "dg-timex.h"

static gboolean
is_clause_break (const DgAnalysis *a, guint t)
{
  if (dg_analysis_word_is (a, t, DG_W_CLAUSEMARK))
    return TRUE;
  return t > 0 && dg_analysis_word_is (a, t, DG_W_CLAUSECONJ)
         && dg_analysis_word_is (a, t - 1, DG_W_COMMA);
}

static gboolean
is_actor_mention (const DgMention *m)
{
  return m->actor >= 0 && !m->in_role
         && (m->kind == DG_MENTION_PERSON || m->kind == DG_MENTION_COUNTRY
             || m->kind == DG_MENTION_ORGANIZATION || m->kind == DG_MENTION_ROLE
             || m->kind == DG_MENTION_PRONOUN || m->kind == DG_MENTION_GROUP);
}

/* Index of the mention that starts at token @t, or -1. */
static int
mention_at (const DgAnalysis *a, guint first_mention, guint t)
{
  int found = -1;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      /* "Iran's deputy foreign minister, Mehdi Akhundzadeh": the person
       * whose phrase starts here, not the country inside the phrase */
      if (m->role_tok == t && m->tok != t
          && (m->kind == DG_MENTION_PERSON || m->kind == DG_MENTION_ROLE) && m->actor >= 0)
        return (int) i;
      if (m->tok == t && found < 0)
        found = (int) i;
      if (m->tok > t + 8)
        break;
    }
  return found;
}

/* First token of the clause that contains token @t.  A parenthesis is
 * stepped over: "The Asia-Pacific Economic Cooperation (APEC) forum has". */
static guint
clause_start (const DgAnalysis *a, guint sent_first, guint t)
{
  while (t > sent_first)
    {
      if (dg_analysis_token_is (a, t - 1, ")"))
        {
          guint k = t - 1;
          while (k > sent_first && !dg_analysis_token_is (a, k, "("))
            k--;
          if (k == sent_first)
            return t;
          t = k;
          continue;
        }
      if (is_clause_break (a, t - 1))
        break;
      t--;
    }
  return t;
}

/* TRUE when the phrase starting at @head is the object of a preposition:
 * "to Iran", "in south Serbia", "with the Palestinians". */
/* "of" after a quantity, a part or the officials of several names the
 * actors themselves: "Thousands of Iraqi Kurds demonstrated", "members of
 * Hamas said", "the foreign ministers of India and China met". */
static gboolean
is_partitive_of (const DgAnalysis *a, guint of, guint from)
{
  static const char *const parts[] = {
    "thousands", "hundreds", "dozens", "millions", "scores", "tens", "group", "groups",
    "number", "members", "member", "some", "many", "most", "all", "majority", "third",
    "half", "rest", "deployment", "contingent", "delegation", "team", "unit", "units",
    "batch", "patch", "detachment", "leaders", "ministers", "presidents", "heads",
    "envoys", "representatives", "delegations", "officials", "diplomats", NULL
  };
  if (of <= from || !dg_analysis_token_is (a, of, "of"))
    return FALSE;
  return dg_analysis_token_in (a, of - 1, parts);
}

static gboolean
after_preposition (const DgAnalysis *a, guint head, guint from)
{
  if (head > from && is_partitive_of (a, head - 1, from))
    return FALSE;
  /* "members of the ...", "one third of ethnic Albanian guerrillas" */
  if (head > from + 1 && is_partitive_of (a, head - 2, from)
      && (dg_analysis_word_is (a, head - 1, DG_W_DETERMINER)
          || (dg_analysis_token (a, head - 1)->kind == DG_TOKEN_WORD
              && !dg_analysis_token (a, head - 1)->capitalized)))
    return FALSE;
  if (head > from && dg_analysis_word_is (a, head - 1, DG_W_PREPOSITION))
    return TRUE;
  if (head > from + 1 && dg_analysis_word_is (a, head - 2, DG_W_PREPOSITION))
    {
      const DgToken *mid = dg_analysis_token (a, head - 1);
      return mid->kind == DG_TOKEN_WORD && !mid->capitalized;
    }
  return FALSE;
}

/* The subject group: the nearest actor mention before the trigger in its
 * clause, with the actors coordinated to it ("Karzai and Clinton"). */
static void
subject_group (const DgAnalysis *a, guint first_mention, guint trig, guint from,
               GArray *out)
{
  int nearest = -1;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= trig)
        break;
      /* "Mao said the sale violates ...": the speaker is not the subject
       * of what she says, unless a pronoun stands for her there ("rebel
       * leaders said they would meet") */
      /* ... but "said during a visit to Cairo" is the speaker's visit */
      guint after_say = m->tok + m->n_tok;
      gboolean during = after_say < trig && trig <= after_say + 4
                        && (dg_analysis_token_is (a, after_say, "during")
                            || dg_analysis_token_is (a, after_say, "after")
                            || dg_analysis_token_is (a, after_say, "before"));
      if (m->kind == DG_MENTION_TRIGGER && m->tok >= from && strcmp (m->entry->extra, "say") == 0
          && after_say < trig && !during)
        {
          static const char *const subjects[] = { "he", "she", "it", "they", "we", NULL };
          gboolean pronoun = FALSE;
          for (guint t = m->tok + m->n_tok; t < trig && !pronoun; t++)
            pronoun = dg_analysis_token_in (a, t, subjects);
          if (!pronoun)
            nearest = -1;
        }
      guint head = m->role_tok < m->tok ? m->role_tok : m->tok;
      if (head >= from && is_actor_mention (m) && !m->possessive
          && !after_preposition (a, head, from))
        nearest = (int) i;
    }
  if (nearest < 0)
    return;
  const DgMention *m = &g_array_index (a->mentions, DgMention, nearest);
  g_array_append_val (out, m->actor);
  if (m->actor2 >= 0)
    g_array_append_val (out, m->actor2);
  /* walk left over "X and", "X, Y and" ("Egypt, he said" is no list: a
   * comma joins only before an "and") */
  guint left = m->role_tok < m->tok ? m->role_tok : m->tok;
  gboolean anded = FALSE;
  for (int i = nearest - 1; i >= (int) first_mention; i--)
    {
      const DgMention *p = &g_array_index (a->mentions, DgMention, i);
      if (!is_actor_mention (p) || p->possessive || p->tok < from)
        continue;
      guint gap = p->tok + p->n_tok;
      guint head = p->role_tok < p->tok ? p->role_tok : p->tok;
      /* "Israel and the Palestinians", "three Russians and a Ukrainian" */
      gboolean article = left > from + 1 && (dg_analysis_word_is (a, left - 1, DG_W_DETERMINER)
                                             || dg_analysis_token_is (a, left - 1, "a")
                                             || dg_analysis_token_is (a, left - 1, "an"));
      guint joint = article ? left - 1 : left;
      if (gap + 1 == joint && !after_preposition (a, head, from)
          && (dg_analysis_word_is (a, gap, DG_W_AND)
              || (anded && dg_analysis_word_is (a, gap, DG_W_COMMA))))
        {
          anded = TRUE;
          g_array_append_val (out, p->actor);
          left = p->role_tok < p->tok ? p->role_tok : p->tok;
        }
      else if (p->tok + p->n_tok <= left)
        break;
    }
}

/* ", he said", ", the ministry said": the actor at token @t is followed by
 * a statement verb - a speaker, not the next item of a list. */
static gboolean
speaks_at (const DgAnalysis *a, guint first_mention, guint t, guint end)
{
  int mi = mention_at (a, first_mention, t);
  if (mi < 0)
    return FALSE;
  const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
  guint after = m->tok + m->n_tok;
  if (after >= end)
    return FALSE;
  int ti = mention_at (a, first_mention, after);
  const DgMention *v = ti >= 0 ? &g_array_index (a->mentions, DgMention, ti) : NULL;
  return v && v->kind == DG_MENTION_TRIGGER && strcmp (v->entry->extra, "say") == 0;
}

/* Actors listed from token @t on: "X", "X and Y", "X, Y and Z", until a
 * clause break or a preposition.  Possessive modifiers are skipped. */
static void
object_list (const DgAnalysis *a, guint first_mention, guint t, guint end, GArray *out,
             gboolean stop_after_and)
{
  gboolean after_and = FALSE;
  while (t < end)
    {
      /* "between X, the Y envoy, and Z": ", and" closes the list, it is
       * no clause break there */
      gboolean list_and = stop_after_and && dg_analysis_word_is (a, t, DG_W_AND);
      if (!list_and && (is_clause_break (a, t) || dg_analysis_word_is (a, t, DG_W_OBJECTBREAK)))
        break;
      if (dg_analysis_word_is (a, t, DG_W_AND))
        after_and = TRUE;
      if (!stop_after_and && dg_analysis_word_is (a, t, DG_W_COMMA)
          && (t + 1 >= end || mention_at (a, first_mention, t + 1) < 0
              || speaks_at (a, first_mention, t + 1, end)))
        break;
      int mi = mention_at (a, first_mention, t);
      if (mi >= 0)
        {
          const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
          guint next = m->tok + m->n_tok;
          if (is_actor_mention (m) && !m->possessive)
            {
              g_array_append_val (out, m->actor);
              if (m->actor2 >= 0)
                g_array_append_val (out, m->actor2);
              if (after_and && stop_after_and)
                break;
            }
          t = next > t ? next : t + 1;
          continue;
        }
      t++;
    }
}

/* "rejected calls by Kofi Annan", "a proposal by Iran": "by" after a
 * request names whose request it is - the object of a rejection. */
static gboolean
after_request_noun (const DgAnalysis *a, guint by, guint from)
{
  static const char *const nouns[] = {
    "call", "calls", "proposal", "proposals", "offer", "offers", "demand", "demands",
    "request", "requests", "appeal", "appeals", "plan", "bid", "initiative", "decision",
    "decisions", "move", "announcement", "efforts", "agreement", "accord", "deal", "pact",
    NULL
  };
  if (by <= from)
    return FALSE;
  return dg_analysis_token_in (a, by - 1, nouns);
}

/* "deployed warships and aircraft around Taiwan": an "and" between two
 * common nouns goes on with the object; before a name or a verb it ends it
 * ("criticized the plan and Jordan rejected it", "and praised Jordan"). */
static gboolean
joins_common_nouns (const DgAnalysis *a, guint first_mention, guint t, guint end)
{
  if (t == 0 || t + 1 >= end || mention_at (a, first_mention, t + 1) >= 0)
    return FALSE;
  const DgToken *before = dg_analysis_token (a, t - 1), *next = dg_analysis_token (a, t + 1);
  if (before->kind != DG_TOKEN_WORD || next->kind != DG_TOKEN_WORD || next->capitalized
      || dg_analysis_word_is (a, t + 1, DG_W_DETERMINER | DG_W_PRONOUN | DG_W_NEUTER))
    return FALSE;
  gsize len = next->end - next->start;
  return !(len > 2 && g_ascii_strncasecmp (a->text + next->end - 2, "ed", 2) == 0);
}

/* The first actor after the trigger within the clause (possessives count:
 * "criticized Obama's plan" targets Obama; "offered troops to Lebanon"
 * targets Lebanon).  The search stops at a clause break, a quote, "and",
 * "by", "through", and an infinitive "to" ("urged them to settle ... the
 * WTO" does not target the WTO). */
/* A noun naming what was done to someone: "the killing of", "the arrest
 * of". */
static gboolean
is_victim_noun (const DgAnalysis *a, guint t)
{
  static const char *const nouns[] = {
    "killing", "killings", "death", "deaths", "murder", "murders", "execution", "executions",
    "assassination", "arrest", "arrests", "detention", "jailing", "abduction", "kidnapping",
    "torture", NULL
  };
  return dg_analysis_token_in (a, t, nouns);
}

static int
object_mention (const DgAnalysis *a, guint first_mention, guint t, guint end)
{
  /* a verb with an infinitive complement ("threatened to invade X",
   * "agreed to provide aid for X"): its object is inside the complement */
  gboolean complement = (t > 0 && dg_analysis_token_is (a, t - 1, "to"))
                        || (t < end && dg_analysis_token_is (a, t, "to"));
  /* an unnamed object before an infinitive: "urged the parties to settle
   * ... with Iran" is no act on Iran; "agreed on Saturday to provide aid
   * for Romania" and "threatened today to impose ... on Germany" are */
  gboolean unnamed_object = FALSE;
  guint start = t, article = t;
  for (; t < end; t++)
    {
      int mi = mention_at (a, first_mention, t);
      if (mi >= 0)
        {
          const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
          /* "agreed at the BRICS summit": a venue, not a target */
          guint head = m->role_tok < m->tok ? m->role_tok : m->tok;
          if (head > start && (dg_analysis_token_is (a, head - 1, "at")
                               || (head > start + 1 && dg_analysis_token_is (a, head - 2, "at")
                                   && dg_analysis_word_is (a, head - 1, DG_W_DETERMINER))))
            {
              t = m->tok + m->n_tok - 1;
              continue;
            }
          /* "urged them to ...": the pronoun is the object, named or not */
          if (m->kind == DG_MENTION_PRONOUN && !m->neuter)
            return m->actor >= 0 ? mi : -1;
          if (is_actor_mention (m) && m->kind != DG_MENTION_PRONOUN)
            return mi;
          if (m->kind == DG_MENTION_COUNTRY && m->in_role)
            continue;   /* "Lebanon's new President Hrawi": go on to the person */
          /* "sanctions on a firm accused of selling drones to Russia": a
           * new verb after an unnamed object starts another predicate */
          if (m->kind == DG_MENTION_TRIGGER && unnamed_object && t > article + 1)
            return -1;
        }
      if (dg_analysis_word_is (a, t, DG_W_DETERMINER) || dg_analysis_token_is (a, t, "a")
          || dg_analysis_token_is (a, t, "an"))
        {
          unnamed_object = TRUE;
          article = t;
        }
      /* "protested against the killing of Soleimani", "investigating the
       * death of an American journalist": the victim of an act the clause
       * does not name the doer of is no target */
      if (dg_analysis_token_is (a, t, "of") && t > start && is_victim_noun (a, t - 1))
        return -1;
      /* "demanded Friday that the United States ...": the clause a demand
       * or a statement introduces holds its object */
      if (dg_analysis_token_is (a, t, "that") && t <= start + 3)
        continue;
      /* a comma ends the object too: "test-fired a missile, Japan said" */
      if (is_clause_break (a, t) || dg_analysis_token (a, t)->kind == DG_TOKEN_QUOTE
          || dg_analysis_word_is (a, t, DG_W_COMMA)
          || (dg_analysis_word_is (a, t, DG_W_AND) && !joins_common_nouns (a, first_mention, t, end))
          || (dg_analysis_token_is (a, t, "by") && !after_request_noun (a, t, start))
          || dg_analysis_token_is (a, t, "through"))
        return -1;
      if (dg_analysis_token_is (a, t, "to") && t + 1 < end && !complement && unnamed_object)
        {
          const DgToken *next = dg_analysis_token (a, t + 1);
          if (next->kind == DG_TOKEN_WORD && !next->capitalized
              && !dg_analysis_word_is (a, t + 1, DG_W_DETERMINER)
              && mention_at (a, first_mention, t + 1) < 0)
            return -1;
        }
    }
  return -1;
}

static int
object_of (const DgAnalysis *a, guint first_mention, guint t, guint end)
{
  int mi = object_mention (a, first_mention, t, end);
  return mi >= 0 ? g_array_index (a->mentions, DgMention, mi).actor : -1;
}

/* The actors coordinated after the object mention @mi: "with Iran and
 * Turkey", "to Iran, Libya, North Korea, Sudan and Cuba".  Only actors
 * right after ",", "and", ", and" (and a determiner) join. */
static void
coordinated_objects (const DgAnalysis *a, guint first_mention, int mi, guint end, GArray *out)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
  guint t = m->tok + m->n_tok;
  if (m->role_tok > m->tok)
    t = MAX (t, m->role_tok);
  guint listed = out->len;
  gboolean closed = FALSE;   /* an "and" closes a list; commas alone do not */
  while (t < end && !closed && dg_analysis_word_is (a, t, DG_W_AND | DG_W_COMMA))
    {
      guint k = t;
      while (k < end && dg_analysis_word_is (a, k, DG_W_AND | DG_W_COMMA))
        closed |= dg_analysis_word_is (a, k++, DG_W_AND);
      if (k < end && dg_analysis_word_is (a, k, DG_W_DETERMINER))
        k++;
      int next = k < end ? mention_at (a, first_mention, k) : -1;
      const DgMention *n = next >= 0 ? &g_array_index (a->mentions, DgMention, next) : NULL;
      if (!n || !is_actor_mention (n) || n->kind == DG_MENTION_PRONOUN || n->possessive)
        break;
      g_array_append_val (out, n->actor);
      t = n->tok + n->n_tok;
    }
  /* "arrived in Bosnia, Defense Secretary William Perry said": no list */
  if (!closed)
    g_array_set_size (out, listed);
}

/* "was criticized", "were expelled", "has been attacked", "remains
 * detained", "got arrested" - a form of "be" (or a verb like it) before a
 * participle; "are demanding" is active. */
static gboolean
is_passive (const DgAnalysis *a, guint from, guint trig)
{
  static const char *const be[] = { "was", "were", "been", "being", "is", "are", "remains",
                                    "remained", "remain", "got", NULL };
  const DgToken *tok = dg_analysis_token (a, trig);
  const char *word = a->text + tok->start;
  gsize len = tok->end - tok->start;
  if (len < 3 || g_ascii_strncasecmp (word + len - 3, "ing", 3) == 0)
    return FALSE;
  for (guint t = trig > from + 2 ? trig - 2 : from; t < trig; t++)
    if (dg_analysis_token_in (a, t, be))
      return TRUE;
  return FALSE;
}

/* The subject of the clause that contains token @t: its first actor
 * mention not governed by a preposition ("Sisi received a Hamas delegation
 * and urged ...": Sisi urged). */
static int
clause_subject (const DgAnalysis *a, guint first_mention, guint sent_first, guint t)
{
  guint from = clause_start (a, sent_first, t);
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      guint head = m->role_tok < m->tok ? m->role_tok : m->tok;
      if (head >= t)
        break;
      if (head >= from && is_actor_mention (m) && !m->possessive
          && !after_preposition (a, head, from))
        return m->actor;
    }
  return -1;
}

/* "Scholz, speaking at a news conference with Pedro Sanchez, said",
 * "Hungary, which has also delayed ratification, said": the speaker is the
 * actor before the parenthetical phrase, not the last one inside it.
 * Returns that actor or -1. */
static int
speaker_before_parenthetical (const DgAnalysis *a, guint first_mention, guint trig,
                              guint sent_first)
{
  if (trig < sent_first + 2 || !dg_analysis_word_is (a, trig - 1, DG_W_COMMA))
    return -1;
  guint open = trig - 1;
  while (open > sent_first && !dg_analysis_word_is (a, open - 1, DG_W_COMMA))
    open--;
  if (open <= sent_first + 1)
    return -1;
  const DgToken *head = dg_analysis_token (a, open);
  gboolean participle = head->end - head->start > 4
                        && g_ascii_strncasecmp (a->text + head->end - 3, "ing", 3) == 0;
  if (!participle && !dg_analysis_token_is (a, open, "who") && !dg_analysis_token_is (a, open, "which"))
    return -1;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok + m->n_tok == open - 1 && is_actor_mention (m) && !m->possessive)
        return m->actor;
      if (m->tok >= open)
        break;
    }
  return -1;
}

static int
speaker_near (const DgAnalysis *a, guint first_mention, guint trig, guint trig_end,
              guint from, guint sent_first, guint end)
{
  int best = speaker_before_parenthetical (a, first_mention, trig, sent_first);
  if (best >= 0)
    return best;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= end)
        break;
      if (!is_actor_mention (m) || m->possessive)
        continue;
      guint m_end = m->tok + m->n_tok;
      if (m_end <= trig && trig - m_end <= 2 && m->tok >= from
          && !(m_end < trig && dg_analysis_word_is (a, m_end, DG_W_COMMA)))
        best = m->actor;                 /* "Clinton said", "she told"; not
                                          * "... to Russia, diplomats said" */
      else if (m->tok >= trig_end && m->tok - trig_end <= 1 && best < 0 && m->tok < end)
        {
          /* "said Clinton." / "said Clinton, who ...", not "said Israel
           * would pay" (Israel is what was said about) */
          guint after = m_end;
          if (after >= end || dg_analysis_word_is (a, after, DG_W_COMMA)
              || dg_analysis_token (a, after)->kind == DG_TOKEN_QUOTE
              || dg_analysis_token (a, after)->kind != DG_TOKEN_WORD)
            return m->actor;
        }
    }
  if (best < 0 && trig > from && dg_analysis_word_is (a, trig - 1, DG_W_AND))
    best = clause_subject (a, first_mention, sent_first, trig);   /* "Iran condemned X and said" */
  return best;
}

/* The quoted words of sentence @s, or NULL: every quoted span, joined
 * ('"We need weapons now," he said, "not in six months."'), and an open
 * quote's words to the end of the sentence. */
static char *
sentence_quote (const DgAnalysis *a, guint first, guint end)
{
  GString *q = NULL;
  int open = -1;
  for (guint t = first; t <= end; t++)
    {
      gboolean quote = t < end && dg_analysis_token (a, t)->kind == DG_TOKEN_QUOTE;
      if (t < end && !quote)
        continue;
      if (open < 0)
        {
          open = (int) t;
          continue;
        }
      /* a closing quote, or the sentence's end after an open one */
      if (t > (guint) open + 1)
        {
          guint s = dg_analysis_token (a, (guint) open + 1)->start;
          guint e = dg_analysis_token (a, t - 1)->end;
          g_autofree char *span = g_strndup (a->text + s, e - s);
          if (!q)
            q = g_string_new (NULL);
          else
            g_string_append_c (q, ' ');
          g_string_append (q, g_strstrip (span));
        }
      open = -1;
    }
  return q ? g_string_free (q, FALSE) : NULL;
}

/* "on May 20", "20 May": the month, not the modal. */
static gboolean
is_month_name (const DgAnalysis *a, guint t)
{
  if (!dg_analysis_token (a, t)->capitalized || !dg_analysis_word_is (a, t, DG_W_MONTH))
    return FALSE;
  return (t + 1 < a->tokens->len && dg_analysis_token (a, t + 1)->kind == DG_TOKEN_NUMBER)
         || (t > 0 && dg_analysis_token (a, t - 1)->kind == DG_TOKEN_NUMBER)
         || (t > 0 && (dg_analysis_token_is (a, t - 1, "in") || dg_analysis_token_is (a, t - 1, "since")
                       || dg_analysis_token_is (a, t - 1, "until") || dg_analysis_token_is (a, t - 1, "of")));
}

/* Negation and future words count before the trigger and inside it
 * ("will support", "did not meet"). */
static const char *
modality_of (const DgAnalysis *a, guint from, guint trig, guint trig_end, guint end)
{
  guint lo = trig > from + 4 ? trig - 4 : from;
  /* "refused to", "declined to comment": a trigger that is itself a
   * refusal is asserted */
  for (guint t = lo; t < trig_end; t++)
    if (dg_analysis_word_is (a, t, DG_W_NEGATION) && t != trig)
      return "negated";
  for (guint t = from; t < trig; t++)
    if (dg_analysis_word_is (a, t, DG_W_HYPOTHETICAL) && !is_month_name (a, t))
      return "hypothetical";
  for (guint t = lo; t < MIN (trig + 3, end); t++)
    if (dg_analysis_word_is (a, t, DG_W_REPORTED))
      return "reported";
  if (dg_timex_clause_is_future (a, from, trig_end))
    return "planned";
  /* "looked forward to meeting Erdogan", "looks forward to visiting" */
  const DgToken *verb = dg_analysis_token (a, trig);
  if (trig >= from + 2 && dg_analysis_token_is (a, trig - 1, "to")
      && dg_analysis_token_is (a, trig - 2, "forward") && verb->end - verb->start > 4
      && g_ascii_strncasecmp (a->text + verb->end - 3, "ing", 3) == 0)
    return "planned";
  return "asserted";
}

/* The index of the first date expression of sentence @s (they are in text
 * order), by binary search. */
static guint
first_timex_of (const DgAnalysis *a, guint s)
{
  guint lo = 0, hi = a->timexes->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (a->timexes, DgTimex, mid).sentence < s)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The sentence's date expression: the most precise resolved one (a day
 * over a month over a year), else one kept as text only ("last week"). */
static const DgTimex *
sentence_timex (const DgAnalysis *a, guint s)
{
  const DgTimex *best = NULL;
  for (guint i = first_timex_of (a, s); i < a->timexes->len; i++)
    {
      const DgTimex *x = &g_array_index (a->timexes, DgTimex, i);
      if (x->sentence != s)
        break;
      if (!best || (x->date && (!best->date || strlen (x->date) > strlen (best->date))))
        best = x;
    }
  return best;
}

/* The most precise resolved date expression within tokens [from, to). */
static const DgTimex *
clause_timex (const DgAnalysis *a, guint s, guint from, guint to)
{
  const DgTimex *best = NULL;
  for (guint i = first_timex_of (a, s); i < a->timexes->len; i++)
    {
      const DgTimex *x = &g_array_index (a->timexes, DgTimex, i);
      if (x->sentence != s)
        break;
      if (x->date && x->tok >= from && x->tok < to
          && (!best || strlen (x->date) > strlen (best->date)))
        best = x;
    }
  return best;
}

/* The index of the first mention at or after token @from.  Issue 8:
 * mentions are sorted by token (dg_mentions_find), so a binary search; a
 * scan of every mention per call made 10k-sentence paragraphs cubic
 * (2,000 quotes: 25 s). */
static guint
first_mention_from (const DgAnalysis *a, guint from)
{
  guint lo = 0, hi = a->mentions->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (a->mentions, DgMention, mid).tok < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* A place named in sentence @s within tokens [from, to). */
static int
sentence_place (const DgAnalysis *a, guint s, guint from, guint to, gboolean locative_only)
{
  for (guint i = first_mention_from (a, from); i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= to)
        break;
      if (m->sentence == s && m->kind == DG_MENTION_PLACE && m->place >= 0
          && (m->locative || !locative_only))
        return m->place;
    }
  return -1;
}

/* Issue 8: how many earlier sentences of the paragraph are searched for an
 * event's place (bounds the work on hostile one-paragraph files). */
#define DG_PLACE_LOOKBACK_SENTENCES 20

/* The token after the clause that contains token @t. */
static guint
clause_end (const DgAnalysis *a, guint t, guint end)
{
  while (t < end && !is_clause_break (a, t))
    t++;
  return t;
}

static const char *
actor_country (const DgAnalysis *a, int actor)
{
  const DgActor *x = g_ptr_array_index (a->facts->actors, actor);
  if (x->kind == DG_ACTOR_COUNTRY)
    return x->code;
  if (x->affiliation >= 0)
    return actor_country (a, x->affiliation);
  return NULL;
}

/* CAMEO 044 when a meeting's place lies outside every participant's country. */
static void
refine_meeting_code (const DgAnalysis *a, DgEvent *e)
{
  if (e->place < 0 || strncmp (e->cameo, "04", 2) != 0 || strcmp (e->cameo, "040") != 0)
    return;
  const DgPlace *p = g_ptr_array_index (a->facts->places, e->place);
  if (!p->country)
    return;
  for (guint i = 0; i < e->participants->len; i++)
    {
      const char *c = actor_country (a, g_array_index (e->participants, int, i));
      if (!c || strcmp (c, p->country) == 0)
        return;
    }
  g_free (e->cameo);
  e->cameo = g_strdup ("044");
}

static void
label_event (const DgAnalysis *a, DgEvent *e)
{
  const DgCameo *c = dg_cameo_lookup (e->cameo);
  const char *cls = e->event_class ? e->event_class : c ? c->dip_class : "Event";
  GString *s = g_string_new (cls);
  GArray *who = e->agents->len ? e->agents : e->participants;
  for (guint i = 0; i < who->len; i++)
    {
      const DgActor *x = g_ptr_array_index (a->facts->actors, g_array_index (who, int, i));
      g_string_append (s, i == 0 ? (e->agents->len ? " by " : " of ")
                              : (i + 1 == who->len ? " and " : ", "));
      g_string_append (s, x->label);
    }
  for (guint i = 0; i < e->targets->len; i++)
    {
      const DgActor *x = g_ptr_array_index (a->facts->actors, g_array_index (e->targets, int, i));
      g_string_append (s, i == 0 ? " toward " : " and ");
      g_string_append (s, x->label);
    }
  if (e->date)
    g_string_append_printf (s, ", %s", e->date);
  g_free (e->label);
  e->label = g_string_free (s, FALSE);
}

static const char *
event_class_of (const DgEvent *e)
{
  const DgCameo *c = dg_cameo_lookup (e->cameo);
  return e->event_class ? e->event_class : c ? c->dip_class : "Event";
}

/* Gives @e the CAMEO code @cameo with that code's own class (the
 * trigger's more specific class no longer holds). */
static void
recode (DgEvent *e, const char *cameo)
{
  char *code = g_strdup (cameo);
  g_free (e->cameo);
  e->cameo = code;
  g_clear_pointer (&e->event_class, g_free);
}

/* CAMEO codes a promise or plan to cooperate as an intent (03x), not as
 * the cooperation itself: "will meet" is 036, "will provide aid" 033; a
 * plan to coerce or use force as a threat: "would tighten the blockade"
 * is 1381.  Returns the code, or NULL for codes with no such reading. */
static const char *
intent_code (const char *cameo)
{
  static const struct { const char *root; const char *intent; } map[] = {
    { "045", "039" }, { "04", "036" }, { "05", "032" }, { "061", "0311" }, { "062", "0312" },
    { "063", "0313" }, { "064", "0314" }, { "06", "031" }, { "071", "0331" }, { "072", "0332" },
    { "073", "0333" }, { "074", "0334" }, { "07", "033" }, { "081", "0351" }, { "082", "0352" },
    { "0831", "0341" }, { "0832", "0342" }, { "0833", "0343" }, { "0834", "0344" },
    { "083", "034" }, { "084", "0353" }, { "085", "0354" }, { "086", "0355" }, { "087", "0356" },
    { "08", "035" },
    { "14", "133" }, { "161", "1313" }, { "162", "1311" }, { "163", "1312" }, { "164", "134" },
    { "165", "135" }, { "166", "136" }, { "16", "131" }, { "1721", "1321" }, { "1722", "1322" },
    { "1723", "1323" }, { "1724", "1324" }, { "172", "132" }, { "17", "137" }, { "18", "1383" },
    { "191", "1381" }, { "192", "1382" }, { "19", "1384" }, { "20", "1385" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (strncmp (cameo, map[i].root, strlen (map[i].root)) == 0)
      return map[i].intent;
  return NULL;
}

static void
code_intent (DgEvent *e)
{
  const char *intent = intent_code (e->cameo);
  if (!intent)
    return;
  /* a planned visit stays a Visit (coded 036); a planned strike is a threat */
  if (!e->event_class && intent[0] == '0')
    {
      const DgCameo *c = dg_cameo_lookup (e->cameo);
      e->event_class = c ? g_strdup (c->dip_class) : NULL;
    }
  else if (intent[0] == '1')
    g_clear_pointer (&e->event_class, g_free);
  g_free (e->cameo);
  e->cameo = g_strdup (intent);
}

/* "may halt mediation if cooperation founders", "could impose sanctions
 * unless ...": what an actor may do on a condition is a threat (or, for
 * cooperation, an intent), as a plan is.  "asked if" is a question. */
static gboolean
is_conditional (const DgAnalysis *a, guint s)
{
  static const char *const askers[] = { "asked", "ask", "asks", "wondered", "whether", "know",
                                        "see", "as", NULL };
  for (guint t = dg_analysis_sentence_first (a, s); t < dg_analysis_sentence_end (a, s); t++)
    if (dg_analysis_token_is (a, t, "if") || dg_analysis_token_is (a, t, "unless"))
      {
        gboolean question = FALSE;
        for (const char *const *w = askers; *w && t > 0 && !question; w++)
          question = dg_analysis_token_is (a, t - 1, *w);
        if (!question)
          return TRUE;
      }
  return FALSE;
}

/* "would not meet their demands", "refused to free the sailors": CAMEO
 * codes a refusal to yield as a rejection that happened (124x: decline to
 * release, to ease sanctions, to withdraw), not as a negated concession.
 * "Did not release" stays a negated release.  Returns the code, or NULL. */
static const char *
refusal_code (const DgAnalysis *a, guint from, guint trig, const char *cameo)
{
  static const struct { const char *yield, *refuse; } map[] = {
    { "0831", "1231" }, { "0832", "1232" }, { "0833", "1233" }, { "0834", "1234" },
    { "083", "123" }, { "081", "1241" }, { "082", "1242" }, { "084", "1243" },
    { "085", "1244" }, { "086", "1245" }, { "087", "1246" }, { "08", "124" },
  };
  static const char *const refusing[] = { "will", "would", "wo", "shall", "refused", "refuses",
                                          "refusing", "declined", "declines", NULL };
  gboolean refused = FALSE;
  for (guint t = trig > from + 4 ? trig - 4 : from; t < trig && !refused; t++)
    refused = dg_analysis_token_in (a, t, refusing);
  if (!refused)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (strncmp (cameo, map[i].yield, strlen (map[i].yield)) == 0)
      return map[i].refuse;
  return NULL;
}

/* "if Israel withdrew its forces": the condition itself is hypothetical,
 * but no one's intent or threat. */
static gboolean
in_condition (const DgAnalysis *a, guint sent_first, guint trig)
{
  for (guint t = trig; t > sent_first; t--)
    {
      if (dg_analysis_token_is (a, t - 1, "if") || dg_analysis_token_is (a, t - 1, "unless"))
        return TRUE;
      if (is_clause_break (a, t - 1) || dg_analysis_word_is (a, t - 1, DG_W_COMMA))
        return FALSE;
    }
  return FALSE;
}

/* The trigger right after @trig that says what an intent or a threat is
 * about ("was ready to impose sanctions", "threatened to expel"), or NULL. */
static const DgMention *
content_trigger (const DgAnalysis *a, guint first_mention, const DgMention *trig)
{
  guint trig_end = trig->tok + trig->n_tok;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok > trig_end + 3)
        break;
      if (m->kind == DG_MENTION_TRIGGER && m != trig && m->tok >= trig_end)
        return m;
    }
  return NULL;
}

/* The trigger before @trig in its clause, or NULL. */
static const DgMention *
previous_trigger (const DgAnalysis *a, guint first_mention, const DgMention *trig, guint from)
{
  const DgMention *prev = NULL;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m == trig || m->tok >= trig->tok)
        break;
      if (m->kind == DG_MENTION_TRIGGER && m->tok >= from)
        prev = m;
    }
  return prev;
}

/* "Benin opened its borders, but was still refusing ...": a clause that
 * starts with a conjunction and has no subject shares the subject of the
 * clause before it - the first actor of that clause. */
static void
shared_subject (const DgAnalysis *a, guint first_mention, guint sent_first, guint from,
                GArray *out)
{
  if (from < sent_first + 2 || !dg_analysis_word_is (a, from - 1, DG_W_CLAUSECONJ))
    return;
  guint prev_from = clause_start (a, sent_first, from - 2);
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      guint head = m->role_tok < m->tok ? m->role_tok : m->tok;
      if (head >= from - 1)
        break;
      if (head >= prev_from && is_actor_mention (m) && !m->possessive
          && !after_preposition (a, head, prev_from))
        {
          g_array_append_val (out, m->actor);
          return;
        }
    }
}

/* The actor a relative clause starting at @from is about: "Ramaphosa,
 * who hosted ..." (the mention right before ", who"), or -1. */
static int
relative_antecedent (const DgAnalysis *a, guint first_mention, guint from, guint sent_first)
{
  if (from < sent_first + 3 || !(dg_analysis_token_is (a, from - 1, "who")
                                 || dg_analysis_token_is (a, from - 1, "which"))
      || !dg_analysis_word_is (a, from - 2, DG_W_COMMA))
    return -1;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= from)
        break;
      if (m->tok + m->n_tok == from - 2 && is_actor_mention (m) && !m->possessive)
        return m->actor;
    }
  return -1;
}

/* ", saying ...", ", accusing ...": a participle right after a comma
 * (", according to X" names its own source). */
static gboolean
is_comma_participle (const DgAnalysis *a, const DgMention *trig, guint sent_first)
{
  const DgToken *tt = dg_analysis_token (a, trig->tok);
  return trig->tok > sent_first && dg_analysis_word_is (a, trig->tok - 1, DG_W_COMMA)
         && tt->end - tt->start > 3 && g_ascii_strncasecmp (a->text + tt->end - 3, "ing", 3) == 0
         && !dg_analysis_token_is (a, trig->tok, "according");
}

/* The subject group of the clause before @trig's (the subject of its
 * trigger: "Niger, Mali and Burkina Faso announced ..., accusing"), into
 * @out. */
static void
main_clause_subject (const DgAnalysis *a, guint first_mention, const DgMention *trig,
                     guint sent_first, GArray *out)
{
  guint prev_from = clause_start (a, sent_first, trig->tok - 1);
  const DgMention *prev = previous_trigger (a, first_mention, trig, prev_from);
  if (prev)
    subject_group (a, first_mention, prev->tok, clause_start (a, sent_first, prev->tok), out);
}

/* "X must", "X should", and "X and his party must": the obligation after
 * an actor at token @t, past one coordinated phrase. */
static gboolean
obliged_after (const DgAnalysis *a, guint t, guint end)
{
  if (dg_analysis_token_is (a, t, "must") || dg_analysis_token_is (a, t, "should"))
    return TRUE;
  if (!dg_analysis_word_is (a, t, DG_W_AND))
    return FALSE;
  for (guint k = t + 1; k < end && k < t + 6 && !is_clause_break (a, k)
                        && !dg_analysis_word_is (a, k, DG_W_COMMA | DG_W_AND); k++)
    if (dg_analysis_token_is (a, k, "must") || dg_analysis_token_is (a, k, "should"))
      return TRUE;
  return FALSE;
}

/* "Russia said Sudan must return the helicopter", "issued a reminder to
 * Iraq that it must cooperate": a statement that an actor must or should
 * act is a demand (CAMEO 100) on that actor. */
static void
reported_demand (DgAnalysis *a, guint s, guint first_mention, guint t, guint end,
                 const DgEvent *statement)
{
  if (statement->agents->len == 0)
    return;
  const DgMention *m = NULL;
  for (guint lo = t; t < end && t < lo + 10 && !m; t++)
    {
      if (dg_analysis_token (a, t)->kind == DG_TOKEN_QUOTE
          || (is_clause_break (a, t) && !dg_analysis_token_is (a, t, "that")))
        return;
      int mi = mention_at (a, first_mention, t);
      if (mi < 0)
        continue;
      const DgMention *x = &g_array_index (a->mentions, DgMention, mi);
      guint after = x->tok + x->n_tok;
      if (is_actor_mention (x) && !x->possessive && after < end && obliged_after (a, after, end))
        m = x;
      else
        t = after > t ? after - 1 : t;
    }
  if (!m)
    return;
  int speaker = g_array_index (statement->agents, int, 0);
  if (speaker == m->actor)
    return;
  DgEvent *d = dg_event_new ("100");
  dg_event_add_agent (d, speaker);
  dg_event_add_target (d, m->actor);
  d->date = g_strdup (statement->date);
  d->date_text = g_strdup (statement->date_text);
  d->place = statement->place;
  d->confidence = statement->confidence;
  dg_event_add_evidence (d, s);
  g_array_append_vals (d->triggers, statement->triggers->data, statement->triggers->len);
  g_ptr_array_add (a->facts->events, d);
}

/* "demanded a meeting", "refused to hold talks", "threatened to break off
 * relations", "criticized the visit": a trigger right after a request,
 * intent, demand, criticism, rejection or threat is what that event is
 * about, not an event of its own. */
static gboolean
is_content_of_previous (const DgAnalysis *a, guint first_mention, const DgMention *trig)
{
  static const char *const heads[] = { "02", "03", "10", "11", "12", "13", NULL };
  /* "condemned the attack after meeting Chile": a time clause of its own */
  static const char *const linkers[] = { "after", "before", "while", "when", "since", NULL };
  if (trig->tok > 0 && dg_analysis_token_in (a, trig->tok - 1, linkers))
    return FALSE;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m == trig || m->tok >= trig->tok)
        break;
      if (m->kind != DG_MENTION_TRIGGER || m->tok + m->n_tok + 3 < trig->tok
          || m->tok + m->n_tok > trig->tok)
        continue;
      /* "rejected the report, accusing ...", "violates the treaty and
       * demanded ...": a comma or "and" ends what it is about */
      gboolean comma = FALSE;
      for (guint t = m->tok + m->n_tok; t < trig->tok && !comma; t++)
        comma = dg_analysis_word_is (a, t, DG_W_COMMA | DG_W_AND);
      /* "criticized U.S. plans to send troops": a criticized act with a
       * doer of its own is an event (the plan is the U.S.'s) */
      if (strncmp (m->entry->key, "11", 2) == 0)
        for (guint t = m->tok + m->n_tok; t < trig->tok && !comma; t++)
          comma = mention_at (a, first_mention, t) >= 0
                  && is_actor_mention (&g_array_index (a->mentions, DgMention,
                                                       mention_at (a, first_mention, t)));
      for (const char *const *h = heads; *h && !comma; h++)
        if (strncmp (m->entry->key, *h, 2) == 0 && strcmp (m->entry->extra, "say") != 0)
          return TRUE;
    }
  return FALSE;
}

/* "urged Moscow and Kyiv to return to the negotiating table": the
 * infinitive after an appeal's or a demand's addressees is what is asked
 * for, however long the list of addressees. */
static gboolean
is_content_of_appeal (const DgAnalysis *a, guint first_mention, const DgMention *trig)
{
  if (trig->tok < 2 || !dg_analysis_token_is (a, trig->tok - 1, "to"))
    return FALSE;
  /* "telephoned Gorbachev to discuss unification": what a meeting or call
   * is for is that meeting */
  gboolean consult = strncmp (trig->entry->key, "04", 2) == 0;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m == trig || m->tok >= trig->tok)
        break;
      if (m->kind != DG_MENTION_TRIGGER || m->tok + m->n_tok + 10 < trig->tok
          || (strncmp (m->entry->key, "02", 2) != 0 && strncmp (m->entry->key, "10", 2) != 0
              && !(consult && strncmp (m->entry->key, "04", 2) == 0)))
        continue;
      gboolean broken = FALSE;
      for (guint t = m->tok + m->n_tok; t < trig->tok && !broken; t++)
        broken = is_clause_break (a, t) || dg_analysis_word_is (a, t, DG_W_COMMA);
      if (!broken)
        return TRUE;
    }
  return FALSE;
}

/* "Israel must withdraw", "the US should be ready to mediate": what an
 * actor must do has not happened (a statement around it is a demand, see
 * reported_demand). */
static gboolean
is_obligation (const DgAnalysis *a, const DgMention *trig)
{
  guint first = dg_analysis_sentence_first (a, trig->sentence);
  for (guint t = trig->tok; t > first && trig->tok - t < 4; t--)
    if (dg_analysis_token_is (a, t - 1, "must") || dg_analysis_token_is (a, t - 1, "should"))
      return TRUE;
    else if (is_clause_break (a, t - 1))
      break;
  return FALSE;
}

/* The country of the first locative place ("in Geneva", "in Iraq") of
 * sentence @s between tokens @from and @to, or -1. */
static int
located_country (const DgAnalysis *a, guint s, guint from, guint to)
{
  for (guint i = first_mention_from (a, from); i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= to)
        break;
      if (m->sentence != s || !m->locative)
        continue;
      if (m->kind == DG_MENTION_PLACE && m->place >= 0)
        return ((const DgPlace *) g_ptr_array_index (a->facts->places, m->place))->country_actor;
      if (m->kind == DG_MENTION_COUNTRY)
        return m->actor;
    }
  return -1;
}

/* The country of a place that is the object of the trigger ending at
 * @trig_end: "shelled Kharkiv", "shelled the city of Kharkiv", "imposed a
 * blockade on the Gaza Strip", "dropped an atomic bomb on Hiroshima"; or -1. */
static int
object_place_country (const DgAnalysis *a, guint trig_end, guint to)
{
  static const char *const fillers[] = { "the", "a", "on", "against", "at", "city", "town",
                                         "village", "port", "capital", "region", "province",
                                         "of", NULL };
  guint i = first_mention_from (a, trig_end);
  if (i >= a->mentions->len)
    return -1;
  const DgMention *m = &g_array_index (a->mentions, DgMention, i);
  if (m->kind != DG_MENTION_PLACE || m->place < 0 || m->tok >= to || m->tok > trig_end + 4)
    return -1;
  for (guint t = trig_end; t < m->tok; t++)
    {
      if (!dg_analysis_token_in (a, t, fillers))
        return -1;
    }
  return ((const DgPlace *) g_ptr_array_index (a->facts->places, m->place))->country_actor;
}

/* An act on a place: "demonstrated in Serbia", "imposed a curfew in
 * Abidjan", "fired at targets in Jericho", "a visit to Amman" - with no
 * other target, the country of the locative place in the clause is the
 * target (as CAMEO coders do); for protest, coercion and force even the
 * agent's own country, for a visit only another. */
static void
located_target (const DgAnalysis *a, DgEvent *e, const char *trigger_code, guint s, guint from,
                guint trig_end, guint to, gboolean visit)
{
  /* by the trigger's code: "will extend the curfew in Abidjan" is coded as
   * a threat (137) but acts on Abidjan all the same */
  static const char *const roots[] = { "14", "17", "18", "19", "20", NULL };
  gboolean located = visit;
  for (const char *const *r = roots; *r && !located; r++)
    located = strncmp (e->cameo, *r, 2) == 0 || strncmp (trigger_code, *r, 2) == 0;
  if (!located)
    return;
  int country = located_country (a, s, from, to);
  if (country < 0 && !visit)
    country = object_place_country (a, trig_end, to);
  if (country < 0)
    return;
  if (visit)
    {
      const char *home = actor_country (a, g_array_index (e->agents, int, 0));
      const DgActor *c = g_ptr_array_index (a->facts->actors, country);
      if (home && c->code && strcmp (home, c->code) == 0)
        return;
    }
  dg_event_add_target (e, country);
}

/* Where the object of a trigger starts: after it, or inside its gap
 * ("took ... hostage") unless a preposition ends it ("provided ... to"),
 * but "with" and "of" name what the object is charged with or accused of
 * ("charged ... with"). */
static guint
object_start (const DgAnalysis *a, const DgLexEntry *entry, const DgMention *trig)
{
  guint trig_end = trig->tok + trig->n_tok;
  if (!entry->gap_at
      || (dg_analysis_word_is (a, trig_end - 1, DG_W_PREPOSITION)
          && !dg_analysis_token_is (a, trig_end - 1, "with")
          && !dg_analysis_token_is (a, trig_end - 1, "of")))
    return trig_end;
  return trig->tok + entry->gap_at;
}

/* The mention @mi names a border: "the Armenian border", "the border with
 * Niger". */
static gboolean
at_border (const DgAnalysis *a, int mi, guint end)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
  guint head = m->role_tok < m->tok ? m->role_tok : m->tok;
  return (m->tok + m->n_tok < end && dg_analysis_token_is (a, m->tok + m->n_tok, "border"))
         || (head >= 2 && dg_analysis_token_is (a, head - 1, "with")
             && dg_analysis_token_is (a, head - 2, "border"));
}

/* "met Karzai", "met on Tuesday Karzai": an actor within three tokens of
 * the trigger, before another event verb; "the talks follow a call between
 * X and Y" names no one who talked. */
static gboolean
direct_object_near (const DgAnalysis *a, guint first_mention, guint t, guint end)
{
  for (guint k = t; k < end && k < t + 3 && !is_clause_break (a, k); k++)
    {
      int mi = mention_at (a, first_mention, k);
      if (mi >= 0 && g_array_index (a->mentions, DgMention, mi).kind == DG_MENTION_TRIGGER)
        return FALSE;   /* "negotiations mediated by Qatar": the mediator's */
      if (mi >= 0 && at_border (a, mi, end))
        return FALSE;   /* "drills near the Armenian border" */
      if (mi >= 0 && is_actor_mention (&g_array_index (a->mentions, DgMention, mi)))
        return TRUE;
    }
  return FALSE;
}

/* A past participle right after a common noun: "a firm accused of",
 * "a ceasefire brokered by". */
static gboolean
participle_after_noun (const DgAnalysis *a, const DgMention *trig)
{
  static const char *const adverbs[] = { "also", "again", "later", "then", "previously",
                                         "repeatedly", "already", "recently", "once", "twice",
                                         "publicly", "formally", "officially", "have", "has",
                                         "had", "was", "were", "been", "being", "is", "are",
                                         "be", NULL };
  const DgToken *tok = dg_analysis_token (a, trig->tok);
  guint trig_end = trig->tok + trig->n_tok;
  if (trig->tok == dg_analysis_sentence_first (a, trig->sentence) || tok->end - tok->start < 4
      || g_ascii_strncasecmp (a->text + tok->end - 2, "ed", 2) != 0
      || trig_end >= dg_analysis_sentence_end (a, trig->sentence))
    return FALSE;
  const DgToken *before = dg_analysis_token (a, trig->tok - 1);
  if (before->kind != DG_TOKEN_WORD || before->capitalized
      || dg_analysis_word_is (a, trig->tok - 1, DG_W_PRONOUN | DG_W_NEUTER | DG_W_AND))
    return FALSE;
  if (dg_analysis_token_in (a, trig->tok - 1, adverbs))
    return FALSE;
  gsize len = before->end - before->start;
  return !(len > 2 && g_ascii_strncasecmp (a->text + before->end - 2, "ly", 2) == 0);
}

/* "a company accused of supplying drones": a reduced passive whose agent
 * is not the sentence's subject, and no event of the subject. */
static gboolean
is_reduced_passive (const DgAnalysis *a, const DgMention *trig)
{
  return participle_after_noun (a, trig)
         && dg_analysis_token_is (a, trig->tok + trig->n_tok, "of");
}

/* "a ceasefire brokered by Saudi Arabia": a reduced passive that names its
 * agent. */
static gboolean
is_reduced_passive_by (const DgAnalysis *a, const DgMention *trig)
{
  return trig->n_tok == 1 && participle_after_noun (a, trig)
         && dg_analysis_token_is (a, trig->tok + 1, "by");
}

/* "a man missing since traveling to Iran", "after meeting Putin": a
 * participle after a preposition has a subject the clause does not name. */
static gboolean
is_subordinate_participle (const DgAnalysis *a, const DgMention *trig)
{
  const DgToken *tok = dg_analysis_token (a, trig->tok);
  if (trig->tok == dg_analysis_sentence_first (a, trig->sentence) || tok->end - tok->start < 5
      || g_ascii_strncasecmp (a->text + tok->end - 3, "ing", 3) != 0)
    return FALSE;
  static const char *const subordinators[] = { "since", "after", "before", "while", "when",
                                               "by", "without", "of", "for", "on", NULL };
  return dg_analysis_token_in (a, trig->tok - 1, subordinators);
}

/* "abstained from a vote condemning Russia", "a statement criticizing
 * China": a text or a vote that condemns or demands is no act of the
 * clause's subject. */
static gboolean
is_participle_of_text (const DgAnalysis *a, const DgMention *trig)
{
  static const char *const texts[] = {
    "vote", "resolution", "resolutions", "statement", "statements", "letter", "report", "motion",
    "bill", "law", "decree", "declaration", "communique", "draft", "message", "petition",
    "proposal", "banners", "placards", "signs", "article", "editorial", "speech", "leaflets",
    "video", "post", "posts", NULL
  };
  const DgToken *tok = dg_analysis_token (a, trig->tok);
  if (trig->tok == dg_analysis_sentence_first (a, trig->sentence) || tok->end - tok->start < 5
      || g_ascii_strncasecmp (a->text + tok->end - 3, "ing", 3) != 0)
    return FALSE;
  return dg_analysis_token_in (a, trig->tok - 1, texts);
}

/* One trigger in its sentence, and the arguments its frame finds. */
typedef struct {
  DgAnalysis *a;
  const DgMention *trig;
  const DgLexEntry *entry;
  guint s, first_mention;
  guint sent_first, end;   /* the sentence's tokens */
  guint from, trig_end;    /* the clause's first token, the token after the trigger */
  GArray *agents;          /* the subject side (participants for meet/phone) */
  GArray *others;          /* meet/phone: the other participants */
  GArray *targets;         /* dir/visit/host/say: the objects */
  int object;              /* dir: the object's mention, or -1 */
  gboolean reports;        /* dir: the verb reports the clause before it */
} Frame;

/* meet/phone: "X met (with) Y", "talks between X and Y". */
static void
symmetric_arguments (Frame *f)
{
  DgAnalysis *a = f->a;
  /* "meeting between X and Y" names everyone */
  guint t = f->trig_end;
  while (t < f->end && t < f->trig_end + 3 && !dg_analysis_token_is (a, t, "between")
         && !dg_analysis_token_is (a, t, "with") && !is_clause_break (a, t))
    t++;
  gboolean near = t < f->end && t < f->trig_end + 3;
  if (near && dg_analysis_token_is (a, t, "between"))
    {
      object_list (a, f->first_mention, t + 1, f->end, f->others, TRUE);
      return;
    }
  subject_group (a, f->first_mention, f->trig->tok, f->from, f->agents);
  /* "Putin, who met Xi in Beijing": the antecedent */
  int who = f->agents->len ? -1 : relative_antecedent (a, f->first_mention, f->from, f->sent_first);
  if (who >= 0)
    g_array_append_val (f->agents, who);
  if (near && dg_analysis_token_is (a, t, "with"))
    object_list (a, f->first_mention, t + 1, f->end, f->others, FALSE);
  else if (direct_object_near (a, f->first_mention, f->trig_end, f->end))
    object_list (a, f->first_mention, f->trig_end, f->end, f->others, FALSE);
}

/* say: the speaker, and whom "told" addresses. */
static void
say_arguments (Frame *f)
{
  DgAnalysis *a = f->a;
  /* ", saying ...": the speakers are the subject of the clause before */
  if (is_comma_participle (a, f->trig, f->sent_first))
    {
      main_clause_subject (a, f->first_mention, f->trig, f->sent_first, f->agents);
      if (f->agents->len)
        return;
    }
  int who = speaker_near (a, f->first_mention, f->trig->tok, f->trig_end, f->from,
                          f->sent_first, f->end);
  if (who >= 0)
    {
      g_array_append_val (f->agents, who);
      /* "Karzai and Clinton said": the whole group */
      g_autoptr(GArray) group = g_array_new (FALSE, FALSE, sizeof (int));
      subject_group (a, f->first_mention, f->trig->tok, f->from, group);
      for (guint i = 1; i < group->len; i++)
        if (g_array_index (group, int, 0) == who)
          g_array_append_val (f->agents, g_array_index (group, int, i));
    }
  if (dg_analysis_token_is (a, f->trig->tok, "told"))
    {
      int target = object_of (a, f->first_mention, f->trig_end, f->end);
      if (target >= 0)
        g_array_append_val (f->targets, target);
    }
}

/* A passive: "Y was criticized by X" - X acts on Y. */
static void
passive_arguments (Frame *f)
{
  DgAnalysis *a = f->a;
  guint by = f->trig_end;
  while (by < f->end && !dg_analysis_token_is (a, by, "by") && !is_clause_break (a, by))
    by++;
  if (by < f->end && dg_analysis_token_is (a, by, "by"))
    object_list (a, f->first_mention, by + 1, f->end, f->agents, FALSE);
  /* "Three Russians and a Ukrainian were convicted": every one of them */
  subject_group (a, f->first_mention, f->trig->tok, f->from, f->targets);
}

/* The subject of a directed event when the clause has none before the
 * verb: shared with a verb before "and", the antecedent of ", who", the
 * main clause's for ", accusing ...". */
/* "a visit here by PLO Chairman Yasser Arafat": the visitor */
static void
visitor_by (Frame *f)
{
  DgAnalysis *a = f->a;
  if (strcmp (f->entry->extra, "visit") != 0)
    return;
  for (guint t = f->trig_end; t < f->end && t < f->trig_end + 3 && !is_clause_break (a, t); t++)
    if (dg_analysis_token_is (a, t, "by"))
      {
        g_autoptr(GArray) by = g_array_new (FALSE, FALSE, sizeof (int));
        object_list (a, f->first_mention, t + 1, f->end, by, FALSE);
        if (by->len)
          {
            g_array_set_size (f->agents, 0);
            g_array_append_vals (f->agents, by->data, by->len);
          }
        break;
      }
}

/* "made a visit", "began a three-day visit": a verb whose object names
 * the subject's own act. */
static gboolean
is_light_verb (const DgAnalysis *a, guint t)
{
  static const char *const verbs[] = {
    "made", "make", "makes", "making", "paid", "pay", "pays", "paying", "began", "begin",
    "begins", "beginning", "started", "start", "starts", "starting", "ended", "end", "ends",
    "ending", "concluded", "conclude", "concludes", "concluding", "wrapped", "wraps", "cut",
    "undertook", "undertake", "kicked", "completed", "completes", NULL
  };
  return dg_analysis_token_in (a, t, verbs);
}

/* "Beijing welcomed the visit", "Modi's visit to Moscow", "his first
 * trip to Russia": a visit named by a noun is the visit of its possessor
 * (or of its by-phrase), not of the clause's subject - unless a light verb
 * or a preposition makes it the subject's ("made a visit to", "said during
 * a visit to", "arrived for a two-day visit").  TRUE when the trigger is
 * such a noun; its possessor, if any, goes into f->agents. */
static gboolean
nominal_visit (Frame *f)
{
  static const char *const nouns[] = { "visit", "visits", "trip", "state", "official", NULL };
  DgAnalysis *a = f->a;
  guint t = f->trig->tok;
  if (!dg_analysis_token_in (a, t, nouns) || strcmp (f->entry->extra, "visit") != 0)
    return FALSE;
  for (guint p = t; p > f->sent_first && t - p < 4; p--)
    {
      const DgToken *tok = dg_analysis_token (a, p - 1);
      gboolean article = dg_analysis_token_is (a, p - 1, "a") || dg_analysis_token_is (a, p - 1, "an")
                         || dg_analysis_token_is (a, p - 1, "this");
      if (tok->possessive || dg_analysis_word_is (a, p - 1, DG_W_DETERMINER) || article)
        {
          int mi = mention_at (a, f->first_mention, p - 1);
          int who = mi >= 0 ? g_array_index (a->mentions, DgMention, mi).actor : -1;
          if (who >= 0)
            {
              g_array_append_val (f->agents, who);   /* "Modi's visit", "his trip" */
              return TRUE;
            }
          /* "made a visit to", "said during a visit to": the subject's */
          return !(p >= f->sent_first + 2 && (is_light_verb (a, p - 2)
                                              || dg_analysis_word_is (a, p - 2, DG_W_PREPOSITION)
                                              || dg_analysis_token_is (a, p - 2, "during")
                                              || dg_analysis_token_is (a, p - 2, "after")
                                              || dg_analysis_token_is (a, p - 2, "before")));
        }
      if (tok->kind != DG_TOKEN_WORD || tok->capitalized || dg_analysis_token_is (a, p - 1, "to")
          || dg_analysis_word_is (a, p - 1, DG_W_FUTURE | DG_W_NEGATION | DG_W_HYPOTHETICAL))
        return FALSE;
    }
  return FALSE;
}

static void
directed_subject (Frame *f)
{
  DgAnalysis *a = f->a;
  const DgMention *trig = f->trig;
  if (nominal_visit (f))
    {
      visitor_by (f);
      return;
    }
  /* "Amir-Abdollahian, who met Haniyeh in Doha, warned": the actor before
   * the parenthetical, not the last one inside it */
  int before = speaker_before_parenthetical (a, f->first_mention, trig->tok, f->sent_first);
  if (before >= 0)
    {
      g_array_append_val (f->agents, before);
      return;
    }
  /* "rejected the statement, accusing Washington of ...", "summoned the
   * Swiss envoy, protesting the raid": the main clause's subject, not its
   * object, does what the participle says */
  if (is_comma_participle (a, trig, f->sent_first))
    {
      main_clause_subject (a, f->first_mention, trig, f->sent_first, f->agents);
      if (f->agents->len)
        return;
    }
  int who;
  /* "Iranians stormed the embassy and took ... hostage", "China warns U.S.
   * over arms sale, imposes sanctions": the second verb shares the subject
   * of the first */
  const DgToken *verb = dg_analysis_token (a, trig->tok);
  gboolean after_comma = trig->tok > f->from && dg_analysis_word_is (a, trig->tok - 1, DG_W_COMMA)
                         && !(verb->end - verb->start > 3
                              && g_ascii_strncasecmp (a->text + verb->end - 3, "ing", 3) == 0);
  gboolean after_and = trig->tok > f->from && dg_analysis_word_is (a, trig->tok - 1, DG_W_AND);
  const DgMention *prev = after_and || after_comma
                          ? previous_trigger (a, f->first_mention, trig, f->from) : NULL;
  who = after_and && !prev ? clause_subject (a, f->first_mention, f->sent_first, trig->tok) : -1;
  if (who >= 0)
    g_array_append_val (f->agents, who);   /* "received a Hamas delegation and urged" */
  else
    subject_group (a, f->first_mention, prev ? prev->tok : trig->tok, f->from, f->agents);
  /* "Mao said the sale violates the principle and demanded that ...": the
   * verb before "and" has no named subject; the speaker goes on */
  for (const DgMention *said = prev; said && f->agents->len == 0;
       said = previous_trigger (a, f->first_mention, said, f->from))
    if (strcmp (said->entry->extra, "say") == 0)
      {
        subject_group (a, f->first_mention, said->tok, f->from, f->agents);
        break;
      }
  if (f->agents->len == 0)
    shared_subject (a, f->first_mention, f->sent_first, f->from, f->agents);
  /* "Cyril Ramaphosa, who hosted the summit": the antecedent */
  if (f->agents->len == 0 && (who = relative_antecedent (a, f->first_mention, f->from,
                                                         f->sent_first)) >= 0)
    g_array_append_val (f->agents, who);
  visitor_by (f);
}

/* "complained to the United Nations over two Israeli air raids": a
 * complaint addressed to someone targets whom it is about, when the clause
 * names that; else the addressee ("protested to China over the incursion"). */
static void
complained_about (Frame *f)
{
  DgAnalysis *a = f->a;
  if (strncmp (f->entry->key, "11", 2) != 0 || !dg_analysis_token_is (a, f->trig_end - 1, "to"))
    return;
  guint stop = clause_end (a, f->trig_end, f->end);
  for (guint t = f->trig_end; t < stop && t < f->trig_end + 10; t++)
    if (dg_analysis_token_is (a, t, "over") || dg_analysis_token_is (a, t, "about")
        || dg_analysis_token_is (a, t, "against"))
      {
        int mi = object_mention (a, f->first_mention, t + 1, stop);
        if (mi >= 0)
          {
            g_array_set_size (f->targets, 0);
            g_array_append_val (f->targets, g_array_index (a->mentions, DgMention, mi).actor);
          }
        return;
      }
}

/* Codes of acts done in words: appeals, demands, criticism, rejection,
 * threats, protests. */
static gboolean
is_verbal_code (const char *cameo)
{
  static const char *const roots[] = { "02", "10", "11", "12", "13", "14", NULL };
  for (const char *const *r = roots; *r; r++)
    if (strncmp (cameo, *r, 2) == 0)
      return TRUE;
  return FALSE;
}

/* "Croatian authorities are failing to uphold ..., a human rights group
 * protested here Wednesday": a verb that ends its sentence after a comma
 * and a noun phrase reports what comes before; its subject is that noun
 * phrase.  Returns the token after the comma, or @f->from. */
static guint
inverted_report_start (const Frame *f)
{
  DgAnalysis *a = f->a;
  if (f->end - f->trig_end > 4)
    return f->from;
  for (guint i = first_mention_from (a, f->trig_end); i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= f->end)
        break;
      if (is_actor_mention (m))
        return f->from;   /* "..., Iran protested to China": an object follows */
    }
  guint comma = f->trig->tok;
  while (comma > f->from && !dg_analysis_word_is (a, comma - 1, DG_W_COMMA))
    comma--;
  /* "Iran, meanwhile, protested": nothing between; not a report.  "In
   * Tehran, students protested", "After the vote, Japan protested": a
   * phrase, not a clause, before the comma; "Iran, IAEA agree on a
   * roadmap": a headline's list, and no act done in words */
  if (comma == f->from || comma >= f->trig->tok || comma < f->from + 4
      || !is_verbal_code (f->entry->key)
      || dg_analysis_word_is (a, f->from, DG_W_PREPOSITION | DG_W_CLAUSECONJ)
      || dg_analysis_token_is (a, f->from, "after") || dg_analysis_token_is (a, f->from, "before")
      || dg_analysis_token_is (a, f->from, "during"))
    return f->from;
  return comma;
}

/* "Fidan pledged Turkey's support for Ukraine", "Syria offered its troops
 * to Lebanon": the agent's own country, as the possessor of what it gives,
 * is not the target. */
static gboolean
agents_own_possessive (const Frame *f, int mi)
{
  const DgMention *m = &g_array_index (f->a->mentions, DgMention, mi);
  guint head = m->role_tok < m->tok ? m->role_tok : m->tok;
  /* "Turkey's support", "offered its troops to Lebanon" */
  gboolean owned = m->possessive
                   || (head > 0 && (dg_analysis_token_is (f->a, head - 1, "its")
                                    || dg_analysis_token_is (f->a, head - 1, "their")));
  if (!owned || f->agents->len == 0 || m->actor < 0)
    return FALSE;
  const char *own = actor_country (f->a, g_array_index (f->agents, int, 0));
  const char *c = actor_country (f->a, m->actor);
  return own && c && strcmp (own, c) == 0;
}

/* "blocked streets in Hong Kong in defiance of Chinese authorities",
 * "marched against the government": a protest with no object targets
 * whom it defies. */
static gboolean
protested_against (Frame *f)
{
  DgAnalysis *a = f->a;
  if (f->targets->len > 0 || strncmp (f->entry->key, "14", 2) != 0)
    return FALSE;
  guint stop = clause_end (a, f->trig_end, f->end);
  for (guint t = f->trig_end; t < stop; t++)
    if (dg_analysis_token_is (a, t, "against") || dg_analysis_token_is (a, t, "defying")
        || (dg_analysis_token_is (a, t, "defiance") && t + 1 < stop
            && dg_analysis_token_is (a, t + 1, "of")))
      {
        guint at = dg_analysis_token_is (a, t, "defiance") ? t + 2 : t + 1;
        int mi = object_mention (a, f->first_mention, at, stop);
        if (mi < 0 || g_array_index (a->mentions, DgMention, mi).tok > at + 2)
          return FALSE;
        g_array_append_val (f->targets, g_array_index (a->mentions, DgMention, mi).actor);
        return TRUE;
      }
  return FALSE;
}

/* "an investigation into crimes committed by Croat forces", "accused
 * Israel over abuses carried out by its police": who did what is
 * investigated or alleged is the target. */
static gboolean
perpetrator (Frame *f)
{
  static const char *const doing[] = { "committed", "carried", "perpetrated", "done",
                                       "conducted", NULL };
  DgAnalysis *a = f->a;
  guint stop = clause_end (a, f->trig_end, f->end);
  for (guint t = f->trig_end + 1; t + 1 < stop && t < f->trig_end + 12; t++)
    {
      if (!dg_analysis_token_is (a, t, "by"))
        continue;
      gboolean done = dg_analysis_token_in (a, t - 1, doing)
                      || (t >= 2 && dg_analysis_token_is (a, t - 1, "out")
                          && dg_analysis_token_in (a, t - 2, doing));
      if (!done)
        return FALSE;
      int mi = object_mention (a, f->first_mention, t + 1, stop);
      if (mi < 0)
        return FALSE;
      g_array_append_val (f->targets, g_array_index (a->mentions, DgMention, mi).actor);
      coordinated_objects (a, f->first_mention, mi, stop, f->targets);
      return TRUE;
    }
  return FALSE;
}

/* dir/visit/host: the subject acts on the object. */
static void
directed_arguments (Frame *f)
{
  DgAnalysis *a = f->a;
  guint from = f->from;
  f->from = inverted_report_start (f);
  f->reports = f->from != from;
  directed_subject (f);
  if (f->reports && f->from > f->sent_first + 1)
    {
      /* what is reported is about the subject of the reported clause */
      int about = clause_subject (a, f->first_mention, f->sent_first, f->from - 1);
      if (about >= 0)
        g_array_append_val (f->targets, about);
      return;
    }
  /* "mediated between Syria and Arafat": both sides are targets */
  for (guint t = f->trig_end; t < f->end && t < f->trig_end + 3 && !is_clause_break (a, t); t++)
    if (dg_analysis_token_is (a, t, "between"))
      {
        object_list (a, f->first_mention, t + 1, f->end, f->targets, TRUE);
        if (f->targets->len)
          return;
        break;
      }
  /* "took more than 50 Americans hostage": the object is in the gap;
   * "with Iran and Turkey": every coordinated object */
  /* "accused Western countries of trying to provoke Moscow": what one is
   * accused of holds no one accused */
  guint end = f->end;
  /* ... nor what is investigated ("investigating the killing of an
   * American journalist" is no act on the United States) */
  if (strncmp (f->entry->key, "112", 3) == 0 || strncmp (f->entry->key, "09", 2) == 0)
    {
      if (perpetrator (f))
        return;
      for (guint t = f->trig_end; t < end; t++)
        if (dg_analysis_token_is (a, t, "of"))
          end = t;
    }
  if (protested_against (f))
    return;
  int mi = object_mention (a, f->first_mention, object_start (a, f->entry, f->trig), end);
  /* "operations against militants near the border with Niger", "near the
   * Armenian border": a border is where, not whom - except for a build-up
   * of forces ("massed troops near Ukraine's border" threatens Ukraine) */
  gboolean border_act = strncmp (f->entry->key, "15", 2) == 0;   /* "closed its border with" too */
  for (guint t = f->trig->tok; t < f->trig_end && !border_act; t++)
    border_act = dg_analysis_token_is (a, t, "border") || dg_analysis_token_is (a, t, "borders");
  while (mi >= 0 && ((!border_act && at_border (a, mi, end)) || agents_own_possessive (f, mi)))
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
      mi = object_mention (a, f->first_mention, m->tok + m->n_tok, end);
    }
  if (mi >= 0)
    {
      g_array_append_val (f->targets, g_array_index (a->mentions, DgMention, mi).actor);
      coordinated_objects (a, f->first_mention, mi, f->end, f->targets);
      f->object = mi;
    }
  complained_about (f);
}

/* "was ready to impose sanctions", "threatened to impose sanctions": an
 * intent or a threat to coerce or strike is the threat of that act, an
 * intent to cooperate the intent of that kind ("ready to resume talks" 036);
 * "agreed to impose sanctions", "decided to expel": the decision is the
 * act itself. */
/* "urged Moscow and Kyiv to return to the negotiating table" (026), "demanded
 * that Israel withdraw its troops" (1056): a generic appeal (020) or demand
 * (100) takes the subcode of what it asks for, which CAMEO numbers as the
 * intent codes (03x -> 02x, 10x).  The content is the first trigger of the
 * clause, after "to" or in a "that" clause. */
static void
code_appeal_from_content (const Frame *f, DgEvent *e)
{
  const char *key = f->entry->key;
  if (strcmp (key, "020") != 0 && strcmp (key, "100") != 0)
    return;
  DgAnalysis *a = f->a;
  guint from = f->trig_end;
  gboolean that = FALSE;
  for (guint t = f->trig_end; t < f->trig_end + 3 && t < f->end && !that; t++)
    if ((that = dg_analysis_token_is (a, t, "that")))
      from = t + 1;
  guint stop = clause_end (a, from, f->end);
  for (guint i = first_mention_from (a, from); i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= stop || m->tok > from + 10)
        break;
      if (m->kind != DG_MENTION_TRIGGER)
        continue;
      gboolean infinitive = that || (m->tok > from && dg_analysis_token_is (a, m->tok - 1, "to"));
      const char *intent = infinitive ? intent_code (m->entry->key) : NULL;
      if (intent && strncmp (intent, "03", 2) == 0 && strcmp (intent, "030") != 0)
        {
          g_autofree char *appeal = g_strconcat (key[0] == '0' ? "02" : "10", intent + 2, NULL);
          recode (e, appeal);
        }
      return;   /* only the first trigger is the content */
    }
}

static gboolean is_request_content (const DgAnalysis *a, const DgMention *trig);

/* "rejected a U.S. proposal for talks", "turned down an offer of a
 * meeting": rejecting a proposal to meet is 125. */
static void
code_rejected_meeting (const Frame *f, DgEvent *e)
{
  if (strcmp (e->cameo, "120") != 0)
    return;
  DgAnalysis *a = f->a;
  guint stop = clause_end (a, f->trig_end, f->end);
  for (guint i = first_mention_from (a, f->trig_end); i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= stop || m->tok > f->trig_end + 7)
        break;
      if (m->kind == DG_MENTION_TRIGGER && strncmp (m->entry->key, "04", 2) == 0
          && is_request_content (a, m))
        {
          recode (e, "125");
          return;
        }
    }
}

static void
code_from_content (const Frame *f, DgEvent *e)
{
  code_appeal_from_content (f, e);
  code_rejected_meeting (f, e);
  if (strncmp (f->entry->key, "03", 2) != 0 && strncmp (f->entry->key, "13", 2) != 0)
    return;
  const DgMention *what = content_trigger (f->a, f->first_mention, f->trig);
  const char *threat = what ? intent_code (what->entry->key) : NULL;
  /* "is ready to resume talks", "offered to provide aid": a generic intent
   * takes the intent its content names (036, 033) */
  if (threat && threat[0] == '0' && strcmp (f->entry->key, "030") == 0)
    {
      g_free (e->cameo);
      e->cameo = g_strdup (threat);
      return;
    }
  if (!threat || threat[0] != '1')
    return;
  const char *head = f->a->text + dg_analysis_token (f->a, f->trig->tok)->start;
  gboolean decision = g_ascii_strncasecmp (head, "agree", 5) == 0
                      || g_ascii_strncasecmp (head, "decide", 6) == 0;
  recode (e, decision ? what->entry->key : threat);
  if (decision && what->entry->event_class)
    e->event_class = g_strdup (what->entry->event_class);
}

/* Whom an expulsion sends away decides its code: diplomats are a cut in
 * relations (161), other people are deported (174), an organization or a
 * mission is withdrawn (166). */
static void
code_from_object (const Frame *f, DgEvent *e)
{
  if ((strcmp (e->cameo, "166") != 0 && strcmp (e->cameo, "174") != 0) || f->object < 0)
    return;
  const DgMention *m = &g_array_index (f->a->mentions, DgMention, f->object);
  const char *code = NULL;
  if (m->title && g_strcmp0 (m->title->sector, "DIP") == 0)
    code = "161";
  else if (m->kind == DG_MENTION_PERSON || m->kind == DG_MENTION_ROLE)
    code = "174";
  else if (m->kind == DG_MENTION_ORGANIZATION)
    code = "166";
  if (!code || strcmp (code, e->cameo) == 0)
    return;
  recode (e, code);
}

/* "X met Y on Tuesday - their second meeting since the March 6 meeting
 * in Geneva": a meeting with no participants of its own but with its own
 * date or place, in a sentence that has just named a meeting's
 * participants, is another meeting of the same participants. */
static void
inherit_meeting_participants (const Frame *f, DgEvent *e)
{
  DgAnalysis *a = f->a;
  guint cend = clause_end (a, f->trig_end, f->end);
  if (clause_timex (a, f->s, f->from, cend) == NULL
      && sentence_place (a, f->s, f->from, cend, TRUE) < 0)
    return;
  for (guint i = a->facts->events->len; i-- > 0;)
    {
      const DgEvent *prev = g_ptr_array_index (a->facts->events, i);
      if (g_array_index (prev->evidence, guint, 0) != f->s)
        break;
      if (prev->participants->len >= 2 && g_strcmp0 (prev->event_class, e->event_class) == 0)
        {
          for (guint k = 0; k < prev->participants->len; k++)
            dg_event_add_participant (e, g_array_index (prev->participants, int, k));
          break;
        }
    }
}

/* Whether sentence @k has a statement verb of its own. */
static gboolean
has_speech_verb (const DgAnalysis *a, guint k)
{
  guint i = first_mention_from (a, dg_analysis_sentence_first (a, k));
  for (; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->sentence != k)
        break;
      if (m->kind == DG_MENTION_TRIGGER && strcmp (m->entry->extra, "say") == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
starts_with_quote (const DgAnalysis *a, guint k)
{
  guint first = dg_analysis_sentence_first (a, k);
  return first < dg_analysis_sentence_end (a, k)
         && dg_analysis_token (a, first)->kind == DG_TOKEN_QUOTE;
}

/* '"We are not going anywhere," Blinken said. "The United States stands
 * with Ukraine."': quoted sentences with no speaker of their own that
 * follow a statement in its paragraph go on with its quote; a paragraph
 * that opens a quote and does not close it ('"This is about ...' then
 * '"If Putin wins," Lammy added.') runs on into the statement's. */
static void
quote_context (const DgAnalysis *a, guint s, DgEvent *e)
{
  const DgSegmentation *seg = a->facts->seg;
  const DgSentence *sent = &g_array_index (seg->sentences, DgSentence, s);
  const DgParagraph *par = &g_array_index (seg->paragraphs, DgParagraph, sent->paragraph);
  guint s0 = s;
  GString *q = g_string_new (e->quote);
  /* backward: the paragraphs before that open a quote and leave it open */
  for (guint p = sent->paragraph; s == par->first_sentence && starts_with_quote (a, s) && p > 0; p--)
    {
      const DgParagraph *prev = &g_array_index (seg->paragraphs, DgParagraph, p - 1);
      if (prev->n_sentences == 0)
        break;
      guint last = prev->first_sentence + prev->n_sentences, quotes = 0, open = 0;
      for (guint t = dg_analysis_sentence_first (a, prev->first_sentence);
           t < dg_analysis_sentence_end (a, last - 1); t++)
        if (dg_analysis_token (a, t)->kind == DG_TOKEN_QUOTE)
          {
            quotes++;
            open = t;
          }
      if (quotes % 2 == 0 || open + 1 >= dg_analysis_sentence_end (a, last - 1))
        break;
      /* the open quote's sentences say no one speaks */
      guint from_sentence = last - 1;
      while (from_sentence > prev->first_sentence
             && dg_analysis_sentence_first (a, from_sentence) > open)
        from_sentence--;
      gboolean speech = FALSE;
      for (guint k = from_sentence; k < last && !speech; k++)
        speech = has_speech_verb (a, k);
      if (speech)
        break;
      guint from = dg_analysis_token (a, open + 1)->start;
      guint to = g_array_index (seg->sentences, DgSentence, last - 1).end;
      g_autofree char *text = g_strndup (a->text + from, to - from);
      g_string_prepend (q, " ");
      g_string_prepend (q, g_strstrip (text));
      if (from_sentence != prev->first_sentence || open != dg_analysis_sentence_first (a, from_sentence))
        break;   /* the quote opened inside this paragraph */
      par = prev;
      s = prev->first_sentence;
    }
  /* forward: quoted sentences with no speaker of their own */
  sent = &g_array_index (seg->sentences, DgSentence, s0);
  par = &g_array_index (seg->paragraphs, DgParagraph, sent->paragraph);
  for (guint k = s0 + 1;
       k < par->first_sentence + par->n_sentences && k < a->sent_tok->len - 1; k++)
    {
      if (!starts_with_quote (a, k) || has_speech_verb (a, k))
        break;
      g_autofree char *more = sentence_quote (a, dg_analysis_sentence_first (a, k),
                                              dg_analysis_sentence_end (a, k));
      if (!more)
        break;
      g_string_append_c (q, ' ');
      g_string_append (q, more);
    }
  g_free (e->quote);
  e->quote = g_string_free (q, FALSE);
}

/* A statement's quote and the actors it speaks of. */
static void
statement_content (const Frame *f, DgEvent *e)
{
  DgAnalysis *a = f->a;
  e->quote = sentence_quote (a, f->sent_first, f->end);
  if (e->quote)
    quote_context (a, f->s, e);
  for (guint i = f->first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->sentence != f->s)
        break;
      if (is_actor_mention (m) && m->kind != DG_MENTION_PRONOUN
          && !dg_event_has_participant (e, m->actor))
        {
          gboolean seen = FALSE;
          for (guint k = 0; k < e->about->len && !seen; k++)
            seen = g_array_index (e->about, int, k) == m->actor;
          if (!seen)
            g_array_append_val (e->about, m->actor);
        }
    }
}

/* Where what a statement reports starts: "said on Thursday | that ...",
 * "told analysts | the company plans ...", "said | Iran must ...". */
static guint
reported_start (const Frame *f, guint cend)
{
  for (guint t = f->trig_end; t < cend; t++)
    {
      if (dg_analysis_token_is (f->a, t, "that") || dg_analysis_token (f->a, t)->kind == DG_TOKEN_QUOTE
          || dg_analysis_word_is (f->a, t, DG_W_DETERMINER))
        return t;
      int mi = mention_at (f->a, f->first_mention, t);
      if (mi >= 0 && g_array_index (f->a->mentions, DgMention, mi).kind != DG_MENTION_PLACE)
        return t;
    }
  return cend;
}

/* Date: this clause, else this sentence, else the paragraph so far, else
 * the document.  Place: a place named in the clause, else (except for
 * statements) one of the paragraph's earlier sentences.  Each found adds
 * to the confidence. */
static void
date_and_place (const Frame *f, DgEvent *e, gboolean statement)
{
  DgAnalysis *a = f->a;
  guint s = f->s;
  const DgParagraph *par = &g_array_index (a->facts->seg->paragraphs, DgParagraph,
                                           g_array_index (a->facts->seg->sentences,
                                                          DgSentence, s).paragraph);
  guint cend = clause_end (a, f->trig_end, f->end);
  /* a statement is dated by the words around its verb ("said on Tuesday"),
   * not by what it reports ("plans to open stores next year") */
  const DgTimex *x = clause_timex (a, s, f->from, statement ? reported_start (f, cend) : cend);
  if (!x && !statement)
    x = sentence_timex (a, s);
  for (guint k = s; !x && k > par->first_sentence; k--)
    {
      x = sentence_timex (a, k - 1);
      if (x && !x->date)
        x = NULL;   /* only a resolved date carries over */
    }
  e->confidence = 0.6;
  if (x)
    {
      e->date = g_strdup (x->date);
      e->date_text = g_strdup (x->text);
      if (x->date)
        e->confidence += 0.1;
    }
  else
    e->date = g_strdup (a->facts->doc->date);

  e->place = sentence_place (a, s, f->from, cend, FALSE);
  if (e->place < 0 && !statement)
    for (guint k = s; e->place < 0 && k > par->first_sentence
                      && s - k < DG_PLACE_LOOKBACK_SENTENCES; k--)
      e->place = sentence_place (a, k - 1, dg_analysis_sentence_first (a, k - 1),
                                 dg_analysis_sentence_end (a, k - 1), TRUE);
  if (e->place >= 0)
    e->confidence += 0.1;
}

/* A trigger that names no event of its own: what a request, intent,
 * demand, refusal or threat is about; what an actor must do; a participle
 * after a preposition; a reduced passive. */
/* "Egypt denied reports that it had sent troops to Libya": what a denial
 * says did not happen is no event. */
static gboolean
is_denied_content (const DgAnalysis *a, const DgMention *trig)
{
  static const char *const denials[] = { "denied", "denies", "deny", "denying", "dismissed",
                                         "rejected", "refuted", NULL };
  static const char *const claims[] = { "reports", "report", "claims", "claim", "allegations",
                                        "accusations", "suggestions", "rumors", "rumours", NULL };
  guint first = dg_analysis_sentence_first (a, trig->sentence);
  for (guint t = trig->tok; t > first + 2 && trig->tok - t < 10; t--)
    {
      if (!dg_analysis_token_is (a, t - 1, "that"))
        continue;
      gboolean claim = FALSE, denial = FALSE;
      for (const char *const *w = claims; *w && !claim; w++)
        claim = dg_analysis_token_is (a, t - 2, *w);
      for (const char *const *w = denials; *w && claim && !denial; w++)
        denial = dg_analysis_token_is (a, t - 3, *w);
      return denial;
    }
  return FALSE;
}

/* "their demands to release prisoners", "a call to lift sanctions", "in a
 * bid to end the war", "a proposal for talks": what a request or a plan is
 * about has not happened. */
static gboolean
is_request_content (const DgAnalysis *a, const DgMention *trig)
{
  guint first = dg_analysis_sentence_first (a, trig->sentence);
  guint t = trig->tok;
  if (t >= first + 2 && dg_analysis_token_is (a, t - 1, "to"))
    return after_request_noun (a, t - 1, first);
  /* "a proposal for talks", "calls for a meeting", "an offer from
   * Afghanistan for direct talks": a request noun a few words before
   * "for" or "of", and only a determiner or adjectives after it */
  for (guint k = 0; k < 3 && t > first; k++)
    {
      const DgToken *before = dg_analysis_token (a, t - 1);
      if (before->kind != DG_TOKEN_WORD || before->capitalized
          || dg_analysis_token_is (a, t - 1, "for") || dg_analysis_token_is (a, t - 1, "of"))
        break;
      t--;
    }
  if (t < first + 2 || !(dg_analysis_token_is (a, t - 1, "for") || dg_analysis_token_is (a, t - 1, "of")))
    return FALSE;
  for (guint by = t - 1; by > first && t - 1 - by < 5; by--)
    {
      if (is_clause_break (a, by - 1) || dg_analysis_word_is (a, by - 1, DG_W_COMMA))
        return FALSE;
      if (after_request_noun (a, by, first))
        return TRUE;
    }
  return FALSE;
}

/* "the detained sailors", "30 jailed guerrillas", "its exiled leader": a
 * participle between a determiner or a number and its noun is an
 * adjective; the act it names is no event of this clause. */
static gboolean
is_attributive_participle (const DgAnalysis *a, const DgMention *trig)
{
  guint t = trig->tok;
  if (trig->n_tok != 1 || t == dg_analysis_sentence_first (a, trig->sentence)
      || t + 1 >= dg_analysis_sentence_end (a, trig->sentence))
    return FALSE;
  const DgToken *tok = dg_analysis_token (a, t);
  if (tok->end - tok->start < 5 || g_ascii_strncasecmp (a->text + tok->end - 2, "ed", 2) != 0)
    return FALSE;
  const DgToken *before = dg_analysis_token (a, t - 1), *after = dg_analysis_token (a, t + 1);
  gboolean determined = before->kind == DG_TOKEN_NUMBER || before->possessive
                        || dg_analysis_word_is (a, t - 1, DG_W_DETERMINER)
                        || dg_analysis_token_is (a, t - 1, "a") || dg_analysis_token_is (a, t - 1, "an");
  return determined && after->kind == DG_TOKEN_WORD
         && !dg_analysis_word_is (a, t + 1, DG_W_PREPOSITION | DG_W_DETERMINER | DG_W_CLAUSEMARK
                                            | DG_W_CLAUSECONJ | DG_W_AND)
         && !dg_analysis_token_is (a, t + 1, "a") && !dg_analysis_token_is (a, t + 1, "an");
}

static gboolean
is_not_an_event (const DgAnalysis *a, guint first_mention, const DgMention *trig)
{
  /* "agreed to a truce brokered by Saudi Arabia": the by-phrase names who
   * did it; it is no content of the agreement */
  return (is_content_of_previous (a, first_mention, trig) && !is_reduced_passive_by (a, trig))
         || is_content_of_appeal (a, first_mention, trig) || is_participle_of_text (a, trig)
         || is_obligation (a, trig) || is_attributive_participle (a, trig)
         || is_request_content (a, trig)
         || is_reduced_passive (a, trig) || is_denied_content (a, trig);
}

/* "Grossi said after meeting Raisi", "Peru condemned the attack after
 * meeting Chile": a participle right after "after"/"before"/"while"/"when"
 * shares the subject of the event verb before it in its sentence.  Returns
 * the event already made of that verb, or NULL. */
static const DgEvent *
main_verb_event (const DgAnalysis *a, guint first_mention, const DgMention *trig)
{
  static const char *const linkers[] = { "after", "before", "while", "when", NULL };
  if (!dg_analysis_token_in (a, trig->tok - 1, linkers) || trig->tok < dg_analysis_sentence_first (a, trig->sentence) + 2)
    return NULL;
  const DgMention *verb = NULL;
  for (guint i = first_mention; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= trig->tok)
        break;
      if (m->kind == DG_MENTION_TRIGGER && m->sentence == trig->sentence)
        verb = m;
    }
  for (guint i = a->facts->events->len; verb && i > 0; i--)
    {
      const DgEvent *e = g_ptr_array_index (a->facts->events, i - 1);
      if (e->evidence->len && g_array_index (e->evidence, guint, 0) != trig->sentence)
        break;   /* events come in text order: none of this sentence is left */
      const DgSpan *span = e->triggers->len ? &g_array_index (e->triggers, DgSpan, 0) : NULL;
      if (span && span->start == verb->start && (e->agents->len || e->participants->len))
        return e;
    }
  return NULL;
}

/* What a killing or an attack was done with, from its clause: "killed in a
 * car bomb explosion", "killed by an improvised explosive device", "a
 * minefield explosion killed", "Israeli warplanes struck".  Returns the
 * CAMEO code the weapon names (car, roadside and suicide bombings 183x,
 * aerial weapons 195, artillery and tanks 194, small arms 193; others keep
 * the trigger's force code, given as "19"), or NULL when the clause names no weapon: a flood, an accident or a
 * gas explosion kills too, and is no act of anyone. */
static const char *
weapon_code (const DgAnalysis *a, guint from, guint to)
{
  static const struct { const char *word, *next, *code; } weapons[] = {
    { "suicide", "bomber", "1831" }, { "suicide", "bombers", "1831" },
    { "suicide", "bombing", "1831" }, { "suicide", "attack", "1831" },
    { "car", "bomb", "1832" }, { "car", "bombs", "1832" }, { "car", "bombing", "1832" },
    { "roadside", "bomb", "1833" }, { "roadside", "bombs", "1833" },
    { "improvised", "explosive", "1833" }, { "IED", NULL, "1833" }, { "IEDs", NULL, "1833" },
    /* aerial weapons, artillery and tanks, small arms (195, 194, 193) */
    { "warplanes", NULL, "195" }, { "warplane", NULL, "195" }, { "airstrike", NULL, "195" },
    { "airstrikes", NULL, "195" }, { "air", "strike", "195" }, { "air", "strikes", "195" },
    { "air", "raid", "195" }, { "air", "raids", "195" }, { "drone", NULL, "195" },
    { "drones", NULL, "195" }, { "gunships", NULL, "195" }, { "jets", NULL, "195" },
    { "artillery", NULL, "194" }, { "tanks", NULL, "194" }, { "tank", NULL, "194" },
    { "shelling", NULL, "194" }, { "mortar", NULL, "194" }, { "mortars", NULL, "194" },
    { "gunmen", NULL, "193" }, { "gunman", NULL, "193" }, { "gunfire", NULL, "193" },
    { "sniper", NULL, "193" }, { "snipers", NULL, "193" }, { "grenade", NULL, "193" },
    { "grenades", NULL, "193" },
    /* weapons that name no finer code: "tanks fired shell bombs", "bombers
     * struck" are no 183 by themselves */
    { "landmine", NULL, "19" }, { "landmines", NULL, "19" }, { "minefield", NULL, "19" },
    { "bomb", NULL, "19" }, { "bombs", NULL, "19" }, { "explosive", NULL, "19" },
    { "explosives", NULL, "19" }, { "rocket", NULL, "19" }, { "rockets", NULL, "19" },
    { "missile", NULL, "19" }, { "missiles", NULL, "19" },
  };
  /* the most specific weapon wins: the table lists them in that order */
  guint best = G_N_ELEMENTS (weapons);
  for (guint t = from; t < to; t++)
    for (guint i = 0; i < best; i++)
      if (dg_analysis_token_is (a, t, weapons[i].word)
          && (!weapons[i].next || (t + 1 < to && dg_analysis_token_is (a, t + 1, weapons[i].next))))
        {
          best = i;
          break;
        }
  return best < G_N_ELEMENTS (weapons) ? weapons[best].code : NULL;
}

/* Force, violence and violent protest: the acts that may lack a named doer
 * and that a weapon codes (not blockades and occupations, 191/192). */
static gboolean
is_force (const DgEvent *e)
{
  gboolean force = strncmp (e->cameo, "18", 2) == 0 || strncmp (e->cameo, "19", 2) == 0
                   || strncmp (e->cameo, "20", 2) == 0
                   || strcmp (e->cameo, "145") == 0;   /* a crowd's (crowd_violence) */
  return force && strcmp (e->cameo, "191") != 0 && strcmp (e->cameo, "192") != 0;
}

/* The weapon of an act of force, and the code it gives: the generic force
 * code takes the weapon's finer one (a bombing, 183x, is no act of war, so
 * only the generic code changes root).  Returns the weapon's code or NULL. */
static const char *
code_from_weapon (const Frame *f, DgEvent *e)
{
  if (!is_force (e))
    return NULL;
  const char *weapon = weapon_code (f->a, f->from, clause_end (f->a, f->trig_end, f->end));
  if (weapon && strcmp (e->cameo, "190") == 0 && strlen (weapon) > 2)
    {
      recode (e, weapon);
    }
  return weapon;
}

/* An act of force whose doer the text does not name: "three US servicemen
 * were killed by an improvised explosive device", "the convoy was attacked".
 * It is kept with its target alone (dipgraph invents no agent) when the act
 * is violence for certain: a weapon is named, or the trigger itself is an
 * attack ("killed" alone is not: "killed in a crash"). */
static gboolean
may_lack_agent (const Frame *f, const DgEvent *e, const char *weapon)
{
  if (!is_force (e))
    return FALSE;
  const DgToken *tok = dg_analysis_token (f->a, f->trig->tok);
  gboolean kill = f->trig->n_tok == 1 && tok->end - tok->start >= 4
                  && g_ascii_strncasecmp (f->a->text + tok->start, "kill", 4) == 0;
  return weapon != NULL || !kill;
}

/* "a US national was arrested in Italy", "was put under investigation in
 * Italy": a passive arrest, trial, deportation or investigation that names
 * no doer was done by the state where it happened (as CAMEO coders read
 * it); violence is not (a killing in Iraq is not Iraq's). */
static void
state_where_it_happened (const Frame *f, DgEvent *e)
{
  if (e->agents->len > 0
      || (strncmp (e->cameo, "09", 2) != 0 && strncmp (e->cameo, "17", 2) != 0)
      || !is_passive (f->a, f->from, f->trig->tok))
    return;
  int country = located_country (f->a, f->s, f->from, clause_end (f->a, f->trig_end, f->end));
  if (country >= 0)
    dg_event_add_agent (e, country);
}

/* "One third of the guerrillas have been demobilized": demobilizing and
 * pulling back (087x) is what the forces' own side does; a passive that
 * names no doer makes the forces the agent, not the target. */
static void
own_forces_passive (Frame *f, const DgEvent *e)
{
  if (f->agents->len > 0 || strncmp (e->cameo, "087", 3) != 0
      || !is_passive (f->a, f->from, f->trig->tok))
    return;
  g_array_append_vals (f->agents, f->targets->data, f->targets->len);
  g_array_set_size (f->targets, 0);
}

/* "Orban received Xi Jinping in Budapest": "received" hosts only a person
 * named right after it ("received aid", "received a letter from Obama"
 * host no one). */
static gboolean
person_right_after (const Frame *f)
{
  DgAnalysis *a = f->a;
  guint i = first_mention_from (a, f->trig_end);
  if (i >= a->mentions->len)
    return FALSE;
  const DgMention *m = &g_array_index (a->mentions, DgMention, i);
  guint head = m->role_tok < m->tok ? m->role_tok : m->tok;
  if (m->kind == DG_MENTION_COUNTRY && m->in_role && i + 1 < a->mentions->len)
    {
      m = &g_array_index (a->mentions, DgMention, i + 1);   /* "Hungarian Prime Minister" */
      head = MIN (head, m->role_tok < m->tok ? m->role_tok : m->tok);
    }
  return (m->kind == DG_MENTION_PERSON || m->kind == DG_MENTION_ROLE) && head <= f->trig_end + 1
         && m->sentence == f->s;
}

static gboolean
verb_starts (const Frame *f, const char *stem)
{
  const DgToken *verb = dg_analysis_token (f->a, f->trig->tok);
  gsize n = strlen (stem);
  return f->trig->n_tok == 1 && (gsize) (verb->end - verb->start) >= n
         && g_ascii_strncasecmp (f->a->text + verb->start, stem, n) == 0;
}

static gboolean
receives_a_person (const Frame *f)
{
  return !verb_starts (f, "receiv") || person_right_after (f);
}

/* "Kishida welcomed South Korean President Yoon in Tokyo": welcoming a
 * person is hosting a visit (043); welcoming a decision is praise (051). */
static void
welcomed_a_person (const Frame *f, DgEvent *e)
{
  if (strcmp (e->cameo, "051") != 0 || !verb_starts (f, "welcom") || !person_right_after (f))
    return;
  recode (e, "043");
}

/* "discussed the grain deal in a phone call", "held talks by video link":
 * a consultation whose clause says it was by telephone or video is a call
 * (041), not a meeting. */
static void
consulted_by_phone (const Frame *f, DgEvent *e)
{
  static const char *const media[] = { "phone", "telephone", "telephoned", "videoconference",
                                       "video", NULL };
  if (strcmp (e->cameo, "040") != 0)
    return;
  guint stop = clause_end (f->a, f->trig_end, f->end);
  for (guint t = f->from; t < stop; t++)
    if (dg_analysis_token_in (f->a, t, media))
      {
        recode (e, "041");
        return;
      }
}

/* "NATO peacekeeping troops arrived in Bosnia": peacekeepers do not visit,
 * they are deployed (074, military protection or peacekeeping). */
static void
peacekeepers_deployed (const Frame *f, DgEvent *e)
{
  if (strcmp (f->entry->extra, "visit") != 0 || !g_str_has_prefix (e->cameo, "04"))
    return;
  for (guint t = f->from; t < f->trig->tok; t++)
    {
      const DgToken *tok = dg_analysis_token (f->a, t);
      if (tok->end - tok->start >= 9 && g_ascii_strncasecmp (f->a->text + tok->start, "peacekeep", 9) == 0)
        {
          recode (e, "074");
          return;
        }
    }
}

/* "Hundreds of demonstrators stormed the Swedish embassy": force by a
 * crowd is a violent protest (145), not an act of war. */
static void
crowd_violence (const Frame *f, DgEvent *e)
{
  static const char *const crowds[] = { "demonstrators", "protesters", "protestors", "rioters",
                                        "mob", "mobs", "crowd", "crowds", NULL };
  if (strncmp (e->cameo, "18", 2) != 0 && strncmp (e->cameo, "19", 2) != 0)
    return;
  /* the subject before the verb, or the by-phrase of a passive ("the
   * embassy was attacked by demonstrators") */
  guint to = f->trig->tok;
  if (f->trig_end < f->end && dg_analysis_token_is (f->a, f->trig_end, "by"))
    to = MIN (f->trig_end + 4, f->end);
  for (guint t = f->from; t < to; t++)
    if (dg_analysis_token_in (f->a, t, crowds))
      {
        recode (e, "145");
        return;
      }
}

/* "provided medical supplies to hospitals in Gaza", "to allow aid trucks
 * into Gaza", "pledged aid for Gaza": aid with no named receiver goes to
 * the country of the place it is sent to. */
static void
aid_destination (const Frame *f, DgEvent *e)
{
  if ((strncmp (e->cameo, "07", 2) != 0 && strncmp (e->cameo, "033", 3) != 0
       && strncmp (e->cameo, "086", 3) != 0)
      || e->targets->len > 0)
    return;
  DgAnalysis *a = f->a;
  guint to = clause_end (a, f->trig_end, f->end);
  for (guint i = first_mention_from (a, f->trig_end); i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->tok >= to)
        break;
      int country = m->kind == DG_MENTION_PLACE && m->place >= 0
                    ? ((const DgPlace *) g_ptr_array_index (a->facts->places, m->place))->country_actor
                    : m->kind == DG_MENTION_COUNTRY && !m->in_role && !m->possessive ? m->actor : -1;
      if (country < 0)
        continue;
      for (guint t = m->tok; t > f->trig_end && m->tok - t < 3; t--)
        if (dg_analysis_token_is (a, t - 1, "to") || dg_analysis_token_is (a, t - 1, "into")
            || dg_analysis_token_is (a, t - 1, "in") || dg_analysis_token_is (a, t - 1, "for"))
          {
            if (!dg_event_has_participant (e, country))
              dg_event_add_target (e, country);
            return;
          }
    }
}

/* "Kim Jong Un met Donald Trump in Singapore", "talks in Qatar": a
 * meeting in a country (not a place of the gazetteer) that is no
 * participant's own is at a third location (044) too. */
static void
meeting_in_third_country (const Frame *f, DgEvent *e)
{
  if (e->place >= 0 || strcmp (e->cameo, "040") != 0 || e->participants->len < 2)
    return;
  int country = located_country (f->a, f->s, f->from, clause_end (f->a, f->trig_end, f->end));
  const char *where = country >= 0 ? actor_country (f->a, country) : NULL;
  if (!where)
    return;
  for (guint i = 0; i < e->participants->len; i++)
    {
      const char *c = actor_country (f->a, g_array_index (e->participants, int, i));
      if (!c || strcmp (c, where) == 0)
        return;
    }
  g_free (e->cameo);
  e->cameo = g_strdup ("044");
}

/* Where a sentence becomes an event: the frame finds the arguments, the
 * clause gives modality, date and place. */
static void
propose (DgAnalysis *a, guint s, guint first_mention, const DgMention *trig)
{
  if (is_not_an_event (a, first_mention, trig))
    return;
  const DgEvent *host = NULL;
  if (is_subordinate_participle (a, trig) && !(host = main_verb_event (a, first_mention, trig)))
    return;
  const char *frame = trig->entry->extra;
  gboolean symmetric = strcmp (frame, "meet") == 0 || strcmp (frame, "phone") == 0;
  gboolean statement = strcmp (frame, "say") == 0;
  g_autoptr(GArray) agents = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (int));
  Frame f = {
    .a = a, .trig = trig, .entry = trig->entry, .s = s, .first_mention = first_mention,
    .sent_first = dg_analysis_sentence_first (a, s), .end = dg_analysis_sentence_end (a, s),
    .trig_end = trig->tok + trig->n_tok, .agents = agents, .others = others, .targets = targets,
    .object = -1,
  };
  f.from = clause_start (a, f.sent_first, trig->tok);

  if (symmetric)
    symmetric_arguments (&f);
  else if (statement)
    say_arguments (&f);
  else if (is_passive (a, f.from, trig->tok) || is_reduced_passive_by (a, trig))
    passive_arguments (&f);
  else
    directed_arguments (&f);

  if (strcmp (frame, "host") == 0 && !receives_a_person (&f))
    return;

  if (host)
    {
      /* the main verb's doer; a meeting's participants are its agents */
      const GArray *doers = host->agents->len ? host->agents : host->participants;
      g_array_set_size (agents, 0);
      g_array_append_vals (agents, doers->data, doers->len);
      for (guint i = 0; i < agents->len; i++)
        for (guint k = 0; k < others->len; k++)
          if (g_array_index (others, int, k) == g_array_index (agents, int, i))
            g_array_remove_index (others, k--);
    }

  DgEvent *e = dg_event_new (f.entry->key);
  e->event_class = g_strdup (f.entry->event_class);
  code_from_content (&f, e);
  code_from_object (&f, e);
  state_where_it_happened (&f, e);
  own_forces_passive (&f, e);
  welcomed_a_person (&f, e);
  if (symmetric)
    consulted_by_phone (&f, e);
  if (f.reports && strncmp (e->cameo, "14", 2) == 0)
    {
      /* "..., a human rights group protested": a protest in words is a
       * complaint (114), not a demonstration */
      recode (e, "114");
    }
  peacekeepers_deployed (&f, e);
  const char *weapon = NULL;
  if (!symmetric && !statement)
    {
      crowd_violence (&f, e);
      weapon = code_from_weapon (&f, e);
    }
  for (guint i = 0; i < agents->len; i++)
    (symmetric ? dg_event_add_participant : dg_event_add_agent) (e, g_array_index (agents, int, i));
  for (guint i = 0; i < others->len; i++)
    dg_event_add_participant (e, g_array_index (others, int, i));
  for (guint i = 0; i < targets->len; i++)
    if (!dg_event_has_participant (e, g_array_index (targets, int, i)))
      dg_event_add_target (e, g_array_index (targets, int, i));
  if (symmetric && agents->len == 1 && others->len > 0)
    {
      /* "X met with Y": X is the agent, Y the target */
      dg_event_add_agent (e, g_array_index (agents, int, 0));
      for (guint i = 0; i < others->len; i++)
        if (g_array_index (others, int, i) != g_array_index (agents, int, 0))
          dg_event_add_target (e, g_array_index (others, int, i));
    }
  if (symmetric && e->participants->len == 0)
    inherit_meeting_participants (&f, e);

  /* no actors, no event; a meeting needs two; force may lack its doer
   * (when it also happened: "if it is attacked" is no attack) */
  gboolean agentless_ok = !symmetric && !statement && may_lack_agent (&f, e, weapon)
                         && strcmp (modality_of (a, f.from, trig->tok, f.trig_end, f.end),
                                    "asserted") == 0;
  if (symmetric ? e->participants->len < 2 : e->agents->len == 0 && !agentless_ok)
    {
      dg_event_free (e);
      return;
    }

  g_free (e->modality);
  e->modality = g_strdup (statement ? "asserted"
                                    : modality_of (a, f.from, trig->tok, f.trig_end, f.end));
  const char *refusal = strcmp (e->modality, "negated") == 0 && !statement
                        ? refusal_code (a, f.from, trig->tok, e->cameo) : NULL;
  if (refusal)
    {
      recode (e, refusal);
      g_free (e->modality);
      e->modality = g_strdup ("asserted");
    }
  if (statement)
    statement_content (&f, e);
  else if (strcmp (e->modality, "planned") == 0
           || (strcmp (e->modality, "hypothetical") == 0 && is_conditional (a, s)
               && !in_condition (a, f.sent_first, trig->tok)))
    code_intent (e);
  date_and_place (&f, e, statement);
  if (symmetric)
    meeting_in_third_country (&f, e);
  if (e->targets->len == 0 && !symmetric && !statement)
    located_target (a, e, f.entry->key, s, f.from, f.trig_end, clause_end (a, f.trig_end, f.end),
                    strcmp (frame, "visit") == 0);
  if (!symmetric && !statement)
    aid_destination (&f, e);
  if (!symmetric && e->agents->len == 0 && e->targets->len == 0)
    {
      dg_event_free (e);   /* force on no one named, by no one named */
      return;
    }

  dg_event_add_evidence (e, s);
  DgSpan span = { trig->start, trig->end, s };
  g_array_append_val (e->triggers, span);
  g_ptr_array_add (a->facts->events, e);

  if (statement)
    reported_demand (a, s, first_mention, f.trig_end, f.end, e);
}

static void
merge_into (DgEvent *keep, DgEvent *drop)
{
  for (guint i = 0; i < drop->agents->len; i++)
    if (!dg_event_has_participant (keep, g_array_index (drop->agents, int, i)))
      dg_event_add_agent (keep, g_array_index (drop->agents, int, i));
  for (guint i = 0; i < drop->evidence->len; i++)
    dg_event_add_evidence (keep, g_array_index (drop->evidence, guint, i));
  g_array_append_vals (keep->triggers, drop->triggers->data, drop->triggers->len);
  if (keep->place < 0)
    keep->place = drop->place;
  if (!keep->date_text && drop->date_text)
    {
      g_free (keep->date);
      keep->date = g_strdup (drop->date);
      keep->date_text = g_strdup (drop->date_text);
    }
  if (!keep->quote && drop->quote)
    keep->quote = g_strdup (drop->quote);
  keep->confidence = MAX (keep->confidence, drop->confidence) + 0.05;
  if (keep->confidence > 0.95)
    keep->confidence = 0.95;
}

static gint
compare_int (gconstpointer x, gconstpointer y)
{
  int a = *(const int *) x, b = *(const int *) y;
  return (a > b) - (a < b);
}

static void
append_sorted (GString *key, const GArray *actors)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (int), actors->len);
  g_array_append_vals (ids, actors->data, actors->len);
  g_array_sort (ids, compare_int);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (key, "|%d", g_array_index (ids, int, i));
}

/* Events that may be one: same class, CAMEO root, modality and
 * participants - as a set for a consultation ("X met Y" is "Y met X"),
 * with their sides for a directed act ("Poland accused Russia" is not
 * "Russia summoned the Polish ambassador").  The key of their bucket in
 * merge_events. */
static char *
merge_key (const DgEvent *e)
{
  GString *key = g_string_new (event_class_of (e));
  g_string_append_printf (key, "|%.2s|%s", e->cameo, e->modality ? e->modality : "");
  if (strncmp (e->cameo, "04", 2) == 0)
    append_sorted (key, e->participants);
  else
    {
      append_sorted (key, e->agents);
      g_string_append (key, "|>");
      append_sorted (key, e->targets);
    }
  return g_string_free (key, FALSE);
}

/* Places compatible for one event: either unknown, the same, or two
 * places of one country ("the Gaza Strip" and "Khan Younis" - the
 * gazetteer knows no finer containment). */
static gboolean
same_area (const DgAnalysis *a, int p, int q)
{
  if (p < 0 || q < 0 || p == q)
    return TRUE;
  const DgPlace *x = g_ptr_array_index (a->facts->places, p);
  const DgPlace *y = g_ptr_array_index (a->facts->places, q);
  return x->country && y->country && strcmp (x->country, y->country) == 0;
}

/* One node per real event: same class, same participants, compatible date
 * and place.  Statements stay apart (each says something else).  Each event
 * merges into the first earlier one of its bucket it is compatible with;
 * buckets keep this linear in the number of events. */
static void
merge_events (DgAnalysis *a)
{
  GPtrArray *events = a->facts->events;
  g_autoptr(GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  guint n_kept = 0;
  for (guint i = 0; i < events->len; i++)
    {
      DgEvent *f = g_ptr_array_index (events, i);
      DgEvent *into = NULL;
      if (strcmp (event_class_of (f), "Statement") != 0)
        {
          char *key = merge_key (f);
          GPtrArray *bucket = g_hash_table_lookup (buckets, key);
          if (!bucket)
            {
              bucket = g_ptr_array_new ();
              g_hash_table_insert (buckets, key, bucket);
            }
          else
            g_free (key);
          for (guint k = 0; k < bucket->len && !into; k++)
            {
              DgEvent *e = g_ptr_array_index (bucket, k);
              /* a date the text does not give (the document's, as in a
               * headline) is compatible with any */
              if ((!e->date || !f->date || strcmp (e->date, f->date) == 0
                   || !e->date_text || !f->date_text)
                  && same_area (a, e->place, f->place))
                into = e;
            }
          if (!into)
            g_ptr_array_add (bucket, f);
        }
      if (into)
        {
          merge_into (into, f);
          dg_event_free (f);
        }
      else
        events->pdata[n_kept++] = f;
    }
  /* the merged ones are freed already (dg_event_free (NULL) is a no-op) */
  for (guint i = n_kept; i < events->len; i++)
    events->pdata[i] = NULL;
  g_ptr_array_set_size (events, n_kept);
}

void
dg_events_find (DgAnalysis *a)
{
  guint n_sent = a->sent_tok->len - 1;
  guint mi = 0;
  for (guint s = 0; s < n_sent; s++)
    {
      while (mi < a->mentions->len
             && g_array_index (a->mentions, DgMention, mi).sentence < s)
        mi++;
      for (guint k = mi; k < a->mentions->len; k++)
        {
          const DgMention *m = &g_array_index (a->mentions, DgMention, k);
          if (m->sentence != s)
            break;
          if (m->kind == DG_MENTION_TRIGGER)
            propose (a, s, mi, m);
        }
    }
  merge_events (a);
  for (guint i = 0; i < a->facts->events->len; i++)
    {
      DgEvent *e = g_ptr_array_index (a->facts->events, i);
      refine_meeting_code (a, e);
      label_event (a, e);
    }
}
