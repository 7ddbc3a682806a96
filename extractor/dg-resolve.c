/* dg-resolve.c - stage 4: one actor per real-world actor in the document */
#include <string.h>
#include "dg-resolve.h"

static int
country_actor (DgAnalysis *a, const char *code)
{
  if (!code)
    return -1;
  int i = dg_facts_find_country (a->facts, code);
  if (i >= 0)
    return i;
  const DgLexEntry *c = dg_lexicon_country (a->lex, code);
  DgActor *actor = dg_actor_new (DG_ACTOR_COUNTRY, c ? c->label : code);
  actor->code = g_strdup (code);
  if (c)
    {
      g_autofree char *name = c->extra ? g_strdup (c->extra) : g_strdelimit (g_strdup (c->label), " ", '_');
      actor->same_as = g_strconcat ("http://dbpedia.org/resource/", name, NULL);
    }
  g_ptr_array_add (a->facts->actors, actor);
  return (int) a->facts->actors->len - 1;
}

static int
organization_actor (DgAnalysis *a, const DgLexEntry *e)
{
  for (guint i = 0; i < a->facts->actors->len; i++)
    {
      DgActor *x = g_ptr_array_index (a->facts->actors, i);
      if (x->kind == DG_ACTOR_ORGANIZATION && g_strcmp0 (x->code, e->key) == 0)
        return (int) i;
    }
  int affiliation = country_actor (a, e->country);
  DgActor *actor = dg_actor_new (DG_ACTOR_ORGANIZATION, e->label);
  actor->code = g_strdup (e->key);
  actor->sector = g_strdup (e->sector);
  actor->org_class = g_strdup (e->extra);
  actor->affiliation = affiliation;
  g_ptr_array_add (a->facts->actors, actor);
  return (int) a->facts->actors->len - 1;
}

static int affiliation_actor (DgAnalysis *a, const char *id);

/* The sector a body's noun gives an organization the lexicon does not
 * know: a party ("Vietnam's Communist Party", "the Likud party") PTY, a
 * union of workers ("the Solidarity union", "the Nigerian Labour
 * Congress") LAB; NULL for others ("the Orange Democratic Movement"). */
static const char *
body_sector (const DgAnalysis *a, const DgMention *m)
{
  guint last = m->tok + m->n_tok - 1, after = m->tok + m->n_tok;
  gboolean kind = after < a->tokens->len && !dg_analysis_token (a, after)->capitalized;
  if (dg_analysis_token_is (a, last, "Party") || (kind && dg_analysis_token_is (a, after, "party")))
    return "PTY";
  if (kind && dg_analysis_token_is (a, after, "union"))
    return "LAB";
  static const char *const labour[] = { "Labour", "Labor", "Trade", "Trades", "Workers",
                                        "Workers'", NULL };
  for (guint t = m->tok; t < last; t++)
    for (const char *const *w = labour; *w; w++)
      if (dg_analysis_token_is (a, t, *w)
          && (dg_analysis_token_is (a, last, "Union") || dg_analysis_token_is (a, last, "Congress")
              || dg_analysis_token_is (a, last, "Federation")))
        return "LAB";
  return NULL;
}

/* An organization the lexicon does not know, by the name the article
 * defines it with ("Sudan Liberation Army (SLA)"); its abbreviation joins
 * the actor of the mention it abbreviates.  @defined maps 1 + the start
 * of each such name mention to 1 + its actor. */
static int
named_organization (DgAnalysis *a, const DgMention *m, GHashTable *defined)
{
  if (m->short_for)
    {
      int i = GPOINTER_TO_INT (g_hash_table_lookup (defined, GUINT_TO_POINTER (m->short_for))) - 1;
      if (i >= 0)
        {
          g_autofree char *abbr = g_strndup (a->text + m->start, m->end - m->start);
          dg_actor_add_alt_label (g_ptr_array_index (a->facts->actors, i), abbr);
        }
      return i;
    }
  g_autofree char *name = g_strndup (a->text + m->start, m->end - m->start);
  /* "Poland's Solidarity union", "Kenya's Orange Democratic Movement": of
   * a country; Vietnam's and China's Communist Party are two */
  int aff = affiliation_actor (a, m->affiliation);
  int i = -1;
  for (guint k = 0; k < a->facts->actors->len && i < 0; k++)
    {
      const DgActor *x = g_ptr_array_index (a->facts->actors, k);
      if (x->kind == DG_ACTOR_ORGANIZATION && g_strcmp0 (x->label, name) == 0
          && x->affiliation == aff)
        i = (int) k;
    }
  if (i < 0)
    {
      DgActor *actor = dg_actor_new (DG_ACTOR_ORGANIZATION, name);
      /* its IRI: org/sudan-liberation-army, org/vnm-communist-party */
      actor->code = m->affiliation ? g_strdup_printf ("%s %s", m->affiliation, name)
                                   : g_strdup (name);
      actor->org_class = g_strdup ("Organization");
      /* "the rights group Memorial": the kind gives the sector */
      actor->sector = m->title ? g_strdup (m->title->sector) : g_strdup (body_sector (a, m));
      actor->affiliation = aff;
      g_ptr_array_add (a->facts->actors, actor);
      i = (int) a->facts->actors->len - 1;
    }
  g_hash_table_insert (defined, GUINT_TO_POINTER (m->start + 1), GINT_TO_POINTER (i + 1));
  return i;
}

/* Affiliation id from a role phrase: a country code or an org id. */
static int
affiliation_actor (DgAnalysis *a, const char *id)
{
  if (!id)
    return -1;
  if (dg_lexicon_country (a->lex, id))
    return country_actor (a, id);
  for (guint i = 0; i < a->facts->actors->len; i++)
    {
      DgActor *x = g_ptr_array_index (a->facts->actors, i);
      if (x->kind == DG_ACTOR_ORGANIZATION && g_strcmp0 (x->code, id) == 0)
        return (int) i;
    }
  return -1;
}

static int possessive_owner (const DgAnalysis *a, guint mi);

static void
add_role (DgAnalysis *a, DgActor *person, guint mi)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
  if (!m->title)
    return;
  /* the role as the article writes it: "Secretary of State"; a former
   * holder ("ousted President Akayev") is an elite (CAMEO ELI), not the
   * government */
  static const char *const former[] = { "former", "ousted", "deposed", "exiled", "ex", NULL };
  gboolean was = FALSE;
  guint sent_first = dg_analysis_sentence_first (a, m->sentence);
  for (const char *const *w = former; *w && !was && m->title_tok > sent_first; w++)
    was = dg_analysis_token_is (a, m->title_tok - 1, *w);
  const DgToken *first = dg_analysis_token (a, m->title_tok - (was ? 1 : 0));
  const DgToken *last = dg_analysis_token (a, m->title_tok + m->title_n - 1);
  g_autofree char *role = g_strndup (a->text + first->start, last->end - first->start);
  gboolean seen = FALSE;
  for (guint i = 0; i < person->roles->len && !seen; i++)
    seen = g_ascii_strcasecmp (g_ptr_array_index (person->roles, i), role) == 0;
  if (!seen)
    g_ptr_array_add (person->roles, g_strdup (role));
  if (!person->role)
    {
      person->role = g_strdup (role);
      /* the role the article gives beats the gazetteer's sector */
      g_free (person->sector);
      person->sector = g_strdup (was ? "ELI" : m->title->sector);
    }
  if (person->affiliation < 0)
    person->affiliation = affiliation_actor (a, m->affiliation);
  if (person->affiliation < 0)
    person->affiliation = possessive_owner (a, mi);
}

static const char *
last_word (const char *name)
{
  const char *sp = strrchr (name, ' ');
  return sp ? sp + 1 : name;
}

gboolean
dg_resolve_family_name_first (const char *country)
{
  /* Japanese names come given name first in English news ("Fumio
   * Kishida"); Burmese and Mongolian names have no family name */
  static const char *const codes[] = { "CHN", "HKG", "MAC", "TWN", "KOR", "PRK", "VNM", "KHM",
                                       "SGP", NULL };
  return country && g_strv_contains (codes, country);
}

/* The country @p acts for, as far as known while persons are resolved:
 * the gazetteer's, else the affiliation of a role in the article. */
static const char *
person_country (const DgAnalysis *a, const DgActor *p)
{
  const DgLexEntry *known = p->lexicon;
  if (known && known->country)
    return known->country;
  if (p->affiliation < 0)
    return NULL;
  const DgActor *c = g_ptr_array_index (a->facts->actors, p->affiliation);
  return c->kind == DG_ACTOR_COUNTRY ? c->code : NULL;
}

/* TRUE when the bare name @name is the family name of @p, whose name is
 * written family name first: "Kim" of "Kim Jong Un". */
static gboolean
family_name_of (const DgAnalysis *a, const DgActor *p, const char *name)
{
  gsize len = strcspn (p->label, " ");
  return p->kind == DG_ACTOR_PERSON && p->label[len] == ' ' && strlen (name) == len
         && strncmp (p->label, name, len) == 0
         && dg_resolve_family_name_first (person_country (a, p));
}

/* TRUE when @p holds @role, also with a complement: "ambassador" is
 * "Ambassador to the United Nations". */
static gboolean
person_has_role (const DgActor *p, const char *role)
{
  gsize len = strlen (role);
  for (guint i = 0; i < p->roles->len; i++)
    {
      const char *r = g_ptr_array_index (p->roles, i);
      if (g_ascii_strncasecmp (r, role, len) == 0 && (r[len] == '\0' || r[len] == ' '))
        return TRUE;
    }
  return FALSE;
}

static void
mention_to_actor (DgAnalysis *a, DgMention *m, int actor)
{
  m->actor = actor;
  if (actor >= 0)
    dg_actor_add_mention (g_ptr_array_index (a->facts->actors, actor), m->start, m->end,
                          m->sentence);
}

static void
resolve_persons (DgAnalysis *a)
{
  GPtrArray *actors = a->facts->actors;
  /* full names first, so that surnames anywhere can join them */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < a->mentions->len; i++)
      {
        DgMention *m = &g_array_index (a->mentions, DgMention, i);
        if (m->kind != DG_MENTION_PERSON || (pass == 0) != (m->n_tok > 1))
          continue;
        g_autofree char *written = g_strndup (a->text + m->start, m->end - m->start);
        /* a well-known person is named by their full name (people.tsv) */
        const DgLexEntry *known = m->entry ? m->entry : dg_lexicon_person (a->lex, written);
        const char *name = known ? known->label : written;
        int idx = dg_facts_find_actor (a->facts, DG_ACTOR_PERSON, name);
        if (idx < 0 && known)
          idx = dg_facts_find_actor (a->facts, DG_ACTOR_PERSON, written);
        if (idx < 0 && pass == 1)
          for (guint k = 0; k < actors->len && idx < 0; k++)
            {
              DgActor *p = g_ptr_array_index (actors, k);
              if (p->kind == DG_ACTOR_PERSON && strcmp (last_word (p->label), name) == 0)
                idx = (int) k;
            }
        if (idx < 0 && pass == 1)
          /* "North Korean leader Kim Jong Un ... Kim": a family name
           * written first; of two such persons ("Kim Jong Un and his
           * sister Kim Yo Jong"), the one named first, as with surnames */
          for (guint k = 0; k < actors->len && idx < 0; k++)
            if (family_name_of (a, g_ptr_array_index (actors, k), name))
              idx = (int) k;
        if (idx < 0 && pass == 0)
          /* "Hillary Rodham Clinton" and "Hillary Clinton": same surname and first name */
          for (guint k = 0; k < actors->len && idx < 0; k++)
            {
              DgActor *p = g_ptr_array_index (actors, k);
              if (p->kind == DG_ACTOR_PERSON
                  && strcmp (last_word (p->label), last_word (name)) == 0
                  && strncmp (p->label, name, strcspn (name, " ")) == 0)
                idx = (int) k;
            }
        if (idx < 0)
          {
            g_ptr_array_add (actors, dg_actor_new (DG_ACTOR_PERSON, name));
            idx = (int) actors->len - 1;
          }
        DgActor *p = g_ptr_array_index (actors, idx);
        dg_actor_add_alt_label (p, written);
        add_role (a, p, i);
        if (known && !p->lexicon)
          p->lexicon = known;
        mention_to_actor (a, m, idx);
      }
}

/* The person a role phrase stands in apposition to: "NAME, [words] TITLE"
 * with only the phrase's own words between the comma and the title.
 * Returns the person's actor, or -1. */
static int
appositive_person (const DgAnalysis *a, guint role_index)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, role_index);
  guint first = dg_analysis_sentence_first (a, m->sentence);
  for (guint t = m->role_tok, steps = 0; t > first + 1 && steps < 8; t--, steps++)
    {
      if (dg_analysis_word_is (a, t - 1, DG_W_CLAUSEMARK | DG_W_AND))
        return -1;
      if (!dg_analysis_word_is (a, t - 1, DG_W_COMMA))
        continue;
      /* the mention that ends right before the comma; not across a verb
       * ("Ana Ruiz, met the foreign minister of India") */
      for (guint k = role_index; k-- > 0;)
        {
          const DgMention *p = &g_array_index (a->mentions, DgMention, k);
          if (p->sentence != m->sentence || p->tok + p->n_tok < t - 1)
            break;
          if (p->kind == DG_MENTION_TRIGGER && p->tok >= t)
            return -1;
          if (p->tok + p->n_tok == t - 1)
            return p->kind == DG_MENTION_PERSON && !p->possessive ? p->actor : -1;
        }
      return -1;
    }
  return -1;
}

/* he/she stand for persons only: a named one, or a role the article gives
 * a name ("the minister" of "Minister X"), never a country, an
 * organization or an official acting for a country ("a U.S. official ...
 * she"); it/its stand for a country, an organization or a body acting for
 * one ("Iraq's interim government announced that it ..."). */
static gboolean
pronoun_fits (const DgAnalysis *a, gboolean neuter, const DgMention *p)
{
  const DgActor *x = g_ptr_array_index (a->facts->actors, p->actor);
  if (!neuter)
    return (p->kind == DG_MENTION_PERSON || p->kind == DG_MENTION_ROLE)
           && x->kind == DG_ACTOR_PERSON;
  if (p->kind == DG_MENTION_COUNTRY || p->kind == DG_MENTION_ORGANIZATION)
    return !p->in_role;
  return p->kind == DG_MENTION_ROLE && x->kind != DG_ACTOR_PERSON && p->title
         && (g_strcmp0 (p->title->extra, "group") == 0 || g_strcmp0 (p->title->extra, "org") == 0);
}

/* TRUE when a clause of its own starts between tokens @from and @to:
 * "Russia condemned the sanctions, but South Korea ...", "...; Japan". */
static gboolean
clause_between (const DgAnalysis *a, guint from, guint to)
{
  for (guint t = from; t < to; t++)
    if (dg_analysis_word_is (a, t, DG_W_CLAUSEMARK)
        || (t > from && dg_analysis_word_is (a, t, DG_W_CLAUSECONJ)
            && dg_analysis_word_is (a, t - 1, DG_W_COMMA)))
      return TRUE;
  return FALSE;
}

/* The actor a pronoun at mention @mi stands for (he/she, or with @neuter
 * it/its/their), or -1: the nearest person mentioned before in the
 * sentence, else the subject of an earlier one ("Scholz, speaking with
 * Sanchez, said ... . 'We are ready,' he said": Scholz) - the first such
 * mention of its last clause ("Russia condemned it, but South Korea did
 * not join. Its ...": South Korea) - else the nearest mention of the
 * nearest sentence that has one ("... was not joined by South Korea. Its
 * ...") - at most two sentences back.  Two actors joined by "and" ("Japan
 * and South Korea did not join. Its ...") are nobody's "its". */
static int
antecedent (const DgAnalysis *a, guint mi, gboolean neuter)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
  int subject = -1, nearest = -1;
  guint subject_sentence = G_MAXUINT, subject_head = 0, subject_index = 0;
  for (guint k = mi; k-- > 0;)
    {
      const DgMention *p = &g_array_index (a->mentions, DgMention, k);
      if (p->sentence + 2 < m->sentence)
        break;
      if (subject >= 0 && p->sentence != subject_sentence)
        break;
      if (subject < 0 && nearest >= 0 && p->sentence != subject_sentence)
        return nearest;
      /* "Obama's plan ... he": a possessive is rarely the antecedent */
      if (p->actor < 0 || p->possessive || !pronoun_fits (a, neuter, p))
        continue;
      guint head = p->role_tok < p->tok ? p->role_tok : p->tok;
      if (subject >= 0 && clause_between (a, head, subject_head))
        break;
      if (p->sentence == m->sentence)
        {
          subject = p->actor;
          subject_index = k;
          break;
        }
      if (nearest < 0)
        {
          nearest = p->actor;
          subject_sentence = p->sentence;
        }
      if (head == 0 || !dg_analysis_word_is (a, head - 1, DG_W_PREPOSITION))
        {
          /* keep going left: the first such mention of the clause */
          subject = p->actor;
          subject_sentence = p->sentence;
          subject_head = head;
          subject_index = k;
        }
    }
  if (subject < 0)
    return nearest;
  if (neuter)
    {
      /* "Japan and South Korea": a pair */
      const DgMention *s = &g_array_index (a->mentions, DgMention, subject_index);
      for (guint k = subject_index + 1; k < mi; k++)
        {
          const DgMention *p = &g_array_index (a->mentions, DgMention, k);
          if (p->kind == DG_MENTION_TRIGGER || p->tok > s->tok + s->n_tok + 1)
            break;
          if (p->tok == s->tok + s->n_tok + 1 && p->actor >= 0 && p->actor != subject
              && dg_analysis_word_is (a, p->tok - 1, DG_W_AND | DG_W_COMMA))
            return -1;
        }
      if (s->tok > 1 && dg_analysis_word_is (a, s->tok - 1, DG_W_AND))
        for (guint k = subject_index; k-- > 0;)
          {
            const DgMention *p = &g_array_index (a->mentions, DgMention, k);
            if (p->tok + p->n_tok < s->tok - 1)
              break;
            if (p->tok + p->n_tok == s->tok - 1 && p->actor >= 0 && p->actor != subject)
              return -1;
          }
    }
  return subject;
}

/* The country or organization that "its" or "their" before a title
 * stands for: "South Korea did not join. Its foreign minister ...", as
 * "South Korea's foreign minister" would; -1 when none. */
static int
possessive_owner (const DgAnalysis *a, guint mi)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
  if (!m->title || m->affiliation)
    return -1;
  guint first = dg_analysis_sentence_first (a, m->sentence);
  guint t = m->title_tok;
  while (t > first && dg_analysis_word_is (a, t - 1, DG_W_MODIFIER))
    t--;
  if (t == first || !(dg_analysis_token_is (a, t - 1, "its")
                      || dg_analysis_token_is (a, t - 1, "their")))
    return -1;
  int x = antecedent (a, mi, TRUE);
  const DgActor *owner = x >= 0 ? g_ptr_array_index (a->facts->actors, x) : NULL;
  /* "The White House said its envoy ...": an envoy of the United States */
  if (owner && owner->kind == DG_ACTOR_ORGANIZATION && owner->affiliation >= 0
      && g_strcmp0 (owner->org_class, "GovernmentBody") == 0)
    return owner->affiliation;
  return owner && (owner->kind == DG_ACTOR_COUNTRY || owner->kind == DG_ACTOR_ORGANIZATION)
         ? x : -1;
}

/* "a human rights group", "a Russian rights group": an organization the
 * article names by its kind (a title of rank "org") is an actor of its
 * own, one per kind and affiliation in the document (IRI
 * org/human-rights-group/DOC, org/rus-human-rights-group/DOC: two articles'
 * "a human rights group" need not be one group); a body of an
 * organization ("the U.N. aid agency") is the organization. */
static int
kind_organization (DgAnalysis *a, const DgMention *m)
{
  int aff = affiliation_actor (a, m->affiliation);
  const DgActor *owner = aff >= 0 ? g_ptr_array_index (a->facts->actors, aff) : NULL;
  if (owner && owner->kind == DG_ACTOR_ORGANIZATION)
    return aff;
  const char *label = m->title->label;
  g_autofree char *code = owner && owner->code ? g_strconcat (owner->code, " ", label, NULL)
                                               : g_strdup (label);
  for (guint i = 0; i < a->facts->actors->len; i++)
    {
      const DgActor *x = g_ptr_array_index (a->facts->actors, i);
      if (x->kind == DG_ACTOR_ORGANIZATION && x->affiliation == aff && x->sector
          && strcmp (x->code, code) == 0)
        return (int) i;
    }
  DgActor *actor = dg_actor_new (DG_ACTOR_ORGANIZATION, label);
  actor->code = g_steal_pointer (&code);
  actor->sector = g_strdup (m->title->sector);
  actor->org_class = g_strdup ("Organization");
  actor->affiliation = aff;
  actor->described = TRUE;
  g_ptr_array_add (a->facts->actors, actor);
  return (int) a->facts->actors->len - 1;
}

static void
resolve_roles_and_pronouns (DgAnalysis *a)
{
  GPtrArray *actors = a->facts->actors;
  for (guint i = 0; i < a->mentions->len; i++)
    {
      DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->kind == DG_MENTION_ROLE && m->title && g_strcmp0 (m->title->extra, "org") == 0)
        mention_to_actor (a, m, kind_organization (a, m));
      else if (m->kind == DG_MENTION_ROLE && m->title)
        {
          /* the one person in the article who holds this title (with the
           * same affiliation when the phrase names one) */
          int found = -1, n_found = 0;
          int aff = affiliation_actor (a, m->affiliation);
          if (aff < 0)
            aff = possessive_owner (a, i);
          for (guint k = 0; k < actors->len; k++)
            {
              DgActor *p = g_ptr_array_index (actors, k);
              if (p->kind != DG_ACTOR_PERSON || !person_has_role (p, m->title->key))
                continue;
              if (aff >= 0 && p->affiliation != aff)
                continue;
              found = (int) k;
              n_found++;
            }
          /* "Lavrov, the ministry announced": a body is nobody's apposition */
          gboolean group = g_strcmp0 (m->title->extra, "group") == 0;
          int apposed = n_found == 0 && !group ? appositive_person (a, i) : -1;
          if (n_found == 1)
            mention_to_actor (a, m, found);
          else if (apposed >= 0)
            {
              /* "Holbrooke, Obama's hand-picked Afghanistan envoy,": the
               * title describes the person before the comma */
              DgActor *p = g_ptr_array_index (actors, apposed);
              add_role (a, p, i);
              mention_to_actor (a, m, apposed);
            }
          else if (n_found == 0 && aff >= 0)
            /* "a U.S. official", "Norway's foreign minister" with no name
             * in the article: the official acts for the country (CAMEO
             * codes such an actor as the country with a sector) */
            mention_to_actor (a, m, aff);
        }
      else if (m->kind == DG_MENTION_GROUP)
        {
          /* the two most recent distinct actors of the right kind, at most
           * five sentences back */
          gboolean persons = dg_analysis_word_is (a, m->tok + 1, DG_W_PERSONGROUP);
          int found[2] = { -1, -1 };
          for (guint k = i; k-- > 0 && found[1] < 0;)
            {
              DgMention *p = &g_array_index (a->mentions, DgMention, k);
              if (p->sentence + 5 < m->sentence)
                break;
              gboolean fits = persons ? p->kind == DG_MENTION_PERSON
                                      : p->kind == DG_MENTION_COUNTRY
                                        || p->kind == DG_MENTION_ORGANIZATION;
              if (!fits || p->actor < 0 || p->actor == found[0])
                continue;
              if (found[0] < 0)
                found[0] = p->actor;
              else
                found[1] = p->actor;
            }
          if (found[1] >= 0)
            {
              mention_to_actor (a, m, found[1]);
              m->actor2 = found[0];
            }
        }
      else if (m->kind == DG_MENTION_PRONOUN)
        mention_to_actor (a, m, antecedent (a, i, m->neuter));
    }
}

/* "ethnic Albanians in Serbia", "ethnic Albanian guerrillas operating in
 * Macedonia": an ethnic group acts for the country it lives in (as CAMEO
 * codes it) when the sentence places it; otherwise for no country: the
 * adjective names a people, not its namesake state ("the accord between
 * Macedonian and ethnic Albanian political parties" is no act of
 * Albania's) - except a people that lives in one country ("ethnic Yoruba
 * leaders", countries.tsv kind "people"). */
static const char *
ethnic_country (const DgAnalysis *a, guint mi)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
  if (!m->ethnic)
    return m->entry->country;
  for (guint k = mi + 1; k < a->mentions->len; k++)
    {
      const DgMention *p = &g_array_index (a->mentions, DgMention, k);
      if (p->sentence != m->sentence || p->tok > m->tok + 12)
        break;
      if (p->locative && p->entry && p->entry->country
          && (p->kind == DG_MENTION_PLACE || p->kind == DG_MENTION_COUNTRY))
        return p->entry->country;
    }
  /* "ethnic Yoruba": a people that lives in one country */
  return g_strcmp0 (m->entry->extra, "people") == 0 ? m->entry->country : NULL;
}

/* The ethnic group in a role phrase ("ethnic Albanian leader X", "ethnic
 * Serb rebels") gives the role the country it lives in, or none. */
static void
ethnic_role (DgAnalysis *a, guint mi, const char *country)
{
  const DgMention *m = &g_array_index (a->mentions, DgMention, mi);
  for (guint k = mi + 1; k < a->mentions->len; k++)
    {
      DgMention *p = &g_array_index (a->mentions, DgMention, k);
      if (p->sentence != m->sentence)
        break;
      if ((p->kind == DG_MENTION_PERSON || p->kind == DG_MENTION_ROLE) && p->role_tok == m->tok)
        {
          p->affiliation = country;
          return;
        }
    }
}

/* "Rwandan rebels demanded the removal of President Juvenal Habyarimana":
 * an official (or an opposition or party figure) whose country the article
 * never gives serves the one country his sentence names on its own, or as
 * the country of rebels or an opposition, who act against their own
 * government - not inside another person's title: in "President
 * Mitterrand welcomed South African leader de Klerk" South Africa is de
 * Klerk's, so Mitterrand stays without one.  With two countries the
 * sentence does not say which is his: "France is ready to send troops to
 * Liberia, Defence Minister Pierre Joxe said" could as well be a foreign
 * minister's comment on France (a wire names its own country's officials
 * without their country), so Joxe stays without one too. */
static void
affiliate_officials (DgAnalysis *a)
{
  static const char *const official[] = { "GOV", "MIL", "DIP", "LEG", "JUD", "COP", "OPP",
                                           "PTY", NULL };
  for (guint i = 0; i < a->mentions->len; i++)
    {
      const DgMention *m = &g_array_index (a->mentions, DgMention, i);
      if (m->kind != DG_MENTION_PERSON || m->actor < 0)
        continue;
      DgActor *p = g_ptr_array_index (a->facts->actors, m->actor);
      if (p->affiliation >= 0 || !p->sector || !g_strv_contains (official, p->sector))
        continue;
      /* the sentence's mentions only: they are sorted, so walk from its first */
      guint k = i;
      while (k > 0 && g_array_index (a->mentions, DgMention, k - 1).sentence == m->sentence)
        k--;
      int country = -1;
      gboolean several = FALSE;
      for (; k < a->mentions->len && !several; k++)
        {
          const DgMention *c = &g_array_index (a->mentions, DgMention, k);
          if (c->sentence != m->sentence)
            break;
          if (c->kind != DG_MENTION_COUNTRY || (c->in_role && !c->in_group) || c->actor < 0)
            continue;
          if (country >= 0 && country != c->actor)
            several = TRUE;
          country = c->actor;
        }
      if (country >= 0 && !several)
        p->affiliation = country;
    }
}

void
dg_resolve (DgAnalysis *a)
{
  g_autoptr(GHashTable) defined = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < a->mentions->len; i++)
    {
      DgMention *m = &g_array_index (a->mentions, DgMention, i);
      switch (m->kind)
        {
        case DG_MENTION_COUNTRY:
          {
            const char *country = ethnic_country (a, i);
            if (m->ethnic && m->in_role)
              ethnic_role (a, i, country);
            mention_to_actor (a, m, country_actor (a, country));
          }
          break;
        case DG_MENTION_ORGANIZATION:
          mention_to_actor (a, m, m->entry ? organization_actor (a, m->entry)
                                           : named_organization (a, m, defined));
          break;
        case DG_MENTION_PLACE:
          {
            int p = dg_facts_find_place (a->facts, m->entry->label);
            if (p < 0)
              {
                DgPlace *place = dg_place_new (m->entry->label, m->entry->country);
                /* the country a place lies in is part of the graph too */
                place->country_actor = country_actor (a, m->entry->country);
                g_ptr_array_add (a->facts->places, place);
                p = (int) a->facts->places->len - 1;
              }
            m->place = p;
            DgSpan span = { m->start, m->end, m->sentence };
            g_array_append_val (((DgPlace *) g_ptr_array_index (a->facts->places, p))->mentions, span);
          }
          break;
        default:
          break;
        }
    }
  resolve_persons (a);
  /* what the article does not say about a well-known person, the people
   * gazetteer does: affiliation and sector */
  for (guint i = 0; i < a->facts->actors->len; i++)
    {
      DgActor *p = g_ptr_array_index (a->facts->actors, i);
      const DgLexEntry *known = p->lexicon;
      if (p->kind != DG_ACTOR_PERSON || !known)
        continue;
      if (p->affiliation < 0 && known->country)
        {
          const DgLexEntry *org = dg_lexicon_organization (a->lex, known->country);
          p->affiliation = org ? organization_actor (a, org)
                               : affiliation_actor (a, known->country);
        }
      if (!p->sector && known->sector)
        p->sector = g_strdup (known->sector);
    }
  resolve_roles_and_pronouns (a);
  affiliate_officials (a);
}
