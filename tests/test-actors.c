/* test-actors.c - who is an actor, and for which country
 *
 * The rules of dg-mentions.c and dg-resolve.c that keep wrong actors out
 * of the graph: news media are no persons, states that no longer exist are
 * neither persons nor their successors, an ethnic adjective names a people
 * and not its namesake state, and an official without a country serves
 * the one country his sentence gives.  Each rule has a near miss that
 * must not fire.  The names of persons are invented (not in people.tsv).
 */
#include <string.h>
#include "dg-test.h"
#include "dg-reader.h"
#include "dg-extract.h"

static DgLexicon *lex;

static DgFacts *
run (const char *text)
{
  DgReaderOptions opts = { .format = DG_FORMAT_TEXT, .date = "2001-08-20" };
  g_autoptr(GError) error = NULL;
  DgDocument *doc = dg_reader_read_data (text, strlen (text), "-", &opts, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (doc);
  return dg_extract (lex, doc);
}

static const DgActor *
actor (const DgFacts *f, int i)
{
  return i >= 0 ? g_ptr_array_index (f->actors, i) : NULL;
}

static guint
n_kind (const DgFacts *f, DgActorKind kind)
{
  guint n = 0;
  for (guint i = 0; i < f->actors->len; i++)
    n += actor (f, (int) i)->kind == kind;
  return n;
}

static gboolean
has_country (const DgFacts *f, const char *code)
{
  return dg_facts_find_country (f, code) >= 0;
}

/* The country code of person @name's affiliation, "" when none; NULL when
 * the person is not found. */
static const char *
person_country (const DgFacts *f, const char *name)
{
  const DgActor *p = actor (f, dg_facts_find_actor (f, DG_ACTOR_PERSON, name));
  if (!p)
    return NULL;
  const DgActor *c = actor (f, p->affiliation);
  return c && c->code ? c->code : "";
}

static const DgEvent *
find_event (const DgFacts *f, const char *cameo_prefix)
{
  for (guint i = 0; i < f->events->len; i++)
    {
      const DgEvent *e = g_ptr_array_index (f->events, i);
      if (g_str_has_prefix (e->cameo, cameo_prefix))
        return e;
    }
  return NULL;
}

/* The actor the @nth (from 1) whole-word occurrence of @word in the
 * document stands for: -1 when none, -2 when there is no such word. */
static int
actor_at_word (const DgFacts *f, const char *word, int nth)
{
  const char *text = f->doc->text, *p = text;
  gsize len = strlen (word);
  for (;; p++)
    {
      p = strstr (p, word);
      if (!p)
        return -2;
      gboolean whole = (p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[len]);
      if (whole && --nth == 0)
        break;
    }
  guint off = (guint) (p - text);
  for (guint i = 0; i < f->actors->len; i++)
    {
      const DgActor *x = actor (f, (int) i);
      for (guint k = 0; k < x->mentions->len; k++)
        if (g_array_index (x->mentions, DgSpan, k).start == off)
          return (int) i;
    }
  return -1;
}

/* The label of the actor the @nth (from 1) whole-word occurrence of @word
 * in the document stands for, "" when none. */
static const char *
actor_of_word (const DgFacts *f, const char *word, int nth)
{
  int i = actor_at_word (f, word, nth);
  return i == -2 ? "(no such word)" : i < 0 ? "" : actor (f, i)->label;
}

/* A name next to "news agency", "agency", "newspaper", "daily" is a
 * medium; "official" before a medium is an adjective. */
static void
test_media_no_person (void)
{
  g_autoptr(DgFacts) f = run ("Czechia and China signed an agreement today to increase trade, "
                              "the official Czechoslovak news agency Ceteka said today.");
  CU_ASSERT_EQUAL (n_kind (f, DG_ACTOR_PERSON), 0);
  CU_ASSERT_EQUAL (f->actors->len, 2);
  CU_ASSERT_TRUE (has_country (f, "CZE") && has_country (f, "CHN"));

  g_autoptr(DgFacts) g = run ("A US national was questioned in Italy, Ansa news agency reported. "
                              "The state news agency Petra said Jordan protested. "
                              "The daily Haaretz reported that Israel agreed.");
  CU_ASSERT_EQUAL (n_kind (g, DG_ACTOR_PERSON), 0);

  /* "News Agency" after a country's adjective is no name either */
  g_autoptr(DgFacts) h = run ("The official Iraqi News Agency said Baghdad rejected the plan.");
  CU_ASSERT_EQUAL (n_kind (h, DG_ACTOR_PERSON), 0);
  CU_ASSERT_EQUAL (h->actors->len, 1);
  CU_ASSERT_TRUE (has_country (h, "IRQ"));

  /* near misses: a person who talks to an agency, an official by name */
  g_autoptr(DgFacts) k = run ("Foreign Minister Pavel Orlin told the Interfax news agency that "
                              "Moscow was ready. An Iraqi official, Salim Haddad, told the agency "
                              "that Baghdad agreed.");
  CU_ASSERT_EQUAL (n_kind (k, DG_ACTOR_PERSON), 2);
  CU_ASSERT_STRING_EQUAL (person_country (k, "Salim Haddad"), "IRQ");
  const DgActor *orlin = actor (k, dg_facts_find_actor (k, DG_ACTOR_PERSON, "Pavel Orlin"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (orlin);
  CU_ASSERT_STRING_EQUAL (orlin->role, "Foreign Minister");
  g_autoptr(DgFacts) m = run ("Kadir Ozel said Turkey would join the talks.");
  CU_ASSERT_EQUAL (n_kind (m, DG_ACTOR_PERSON), 1);
  CU_ASSERT_TRUE (dg_facts_find_actor (m, DG_ACTOR_PERSON, "Kadir Ozel") >= 0);
}

/* Czechoslovak, Yugoslav: never a person, never a successor; Soviet is
 * Russia's (its continuator state), "former Soviet" is not. */
static void
test_historic_states (void)
{
  g_autoptr(DgFacts) f = run ("The official Soviet news agency Tass said the talks failed.");
  CU_ASSERT_EQUAL (n_kind (f, DG_ACTOR_PERSON), 0);
  CU_ASSERT_TRUE (dg_facts_find_actor (f, DG_ACTOR_ORGANIZATION, "TASS") >= 0);
  CU_ASSERT_EQUAL (f->actors->len, 2);   /* TASS and Russia */
  CU_ASSERT_TRUE (has_country (f, "RUS"));
  g_autoptr(DgFacts) s = run ("Soviet Foreign Minister Pavel Orlin met Secretary of State "
                              "James Baker in Geneva.");
  CU_ASSERT_STRING_EQUAL (person_country (s, "Pavel Orlin"), "RUS");
  g_autoptr(DgFacts) r = run ("The former Soviet republics and the post-Soviet states agreed.");
  CU_ASSERT_EQUAL (r->actors->len, 0);

  g_autoptr(DgFacts) g = run ("Czechoslovak Foreign Minister Karel Dvorak met Yugoslav envoys "
                              "in Geneva, and Yugoslavia and Czechoslovakia signed a treaty.");
  CU_ASSERT_EQUAL (n_kind (g, DG_ACTOR_PERSON), 1);
  CU_ASSERT_STRING_EQUAL (person_country (g, "Karel Dvorak"), "");
  CU_ASSERT_FALSE (has_country (g, "CZE") || has_country (g, "SVK") || has_country (g, "SRB"));

  /* near miss: today's states */
  g_autoptr(DgFacts) h = run ("Czech Foreign Minister Karel Dvorak met Serbian envoys in Geneva.");
  CU_ASSERT_STRING_EQUAL (person_country (h, "Karel Dvorak"), "CZE");
  CU_ASSERT_TRUE (has_country (h, "SRB"));
}

/* "ethnic Albanian(s)" acts for the country the sentence places it in,
 * otherwise for none. */
static void
test_ethnic_group (void)
{
  g_autoptr(DgFacts) f = run ("The United States is providing intelligence to Macedonia, which is "
                              "preparing an offensive against ethnic Albanian guerrillas.");
  CU_ASSERT_FALSE (has_country (f, "ALB"));
  CU_ASSERT_TRUE (has_country (f, "USA") && has_country (f, "MKD"));

  g_autoptr(DgFacts) g = run ("One third of ethnic Albanian guerrillas operating in Macedonia have "
                              "been demobilized since the accord between Macedonian and ethnic "
                              "Albanian political parties.");
  CU_ASSERT_FALSE (has_country (g, "ALB"));
  CU_ASSERT_TRUE (has_country (g, "MKD"));

  /* placed, also after a direction word: "in south Serbia" */
  g_autoptr(DgFacts) h = run ("Ethnic Albanians in south Serbia demanded a U.N. military presence.");
  CU_ASSERT_FALSE (has_country (h, "ALB"));
  const DgEvent *e = find_event (h, "10");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL_FATAL (e->agents->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (h, g_array_index (e->agents, int, 0))->code, "SRB");

  /* a leader of an unplaced ethnic group gets no state */
  g_autoptr(DgFacts) k = run ("Ethnic Serb leader Goran Vukic rejected the plan.");
  CU_ASSERT_STRING_EQUAL (person_country (k, "Goran Vukic"), "");
  CU_ASSERT_FALSE (has_country (k, "SRB"));

  /* near misses: without "ethnic" the demonym is the state's */
  g_autoptr(DgFacts) m = run ("The United States will prohibit all aid to Albanian rebels in "
                              "Macedonia. Serb leader Goran Vukic rejected the plan.");
  CU_ASSERT_TRUE (has_country (m, "ALB"));
  CU_ASSERT_STRING_EQUAL (person_country (m, "Goran Vukic"), "SRB");
}

/* A people named with the country it lives in acts for that country. */
static void
test_people_of_a_country (void)
{
  g_autoptr(DgFacts) f = run ("Croatian authorities failed to protect Croatian Serb refugees.");
  CU_ASSERT_FALSE (has_country (f, "SRB"));
  CU_ASSERT_TRUE (has_country (f, "HRV"));
  g_autoptr(DgFacts) g = run ("Kosovo Albanian leader Adem Krasniqi met the envoy.");
  CU_ASSERT_STRING_EQUAL (person_country (g, "Adem Krasniqi"), "XKX");
  CU_ASSERT_FALSE (has_country (g, "ALB"));
  /* near miss */
  g_autoptr(DgFacts) h = run ("Croatian authorities arrested Serbian refugees.");
  CU_ASSERT_TRUE (has_country (h, "SRB") && has_country (h, "HRV"));
}

/* In "in southern Lebanon" the place is a place, not the government. */
static void
test_direction_before_place (void)
{
  g_autoptr(DgFacts) f = run ("Street battles raged in central Baghdad on Monday.");
  CU_ASSERT_EQUAL_FATAL (f->places->len, 1);
  CU_ASSERT_STRING_EQUAL (((DgPlace *) g_ptr_array_index (f->places, 0))->label, "Baghdad");
  /* near miss: a capital as the government */
  g_autoptr(DgFacts) g = run ("Central Baghdad was quiet, and Baghdad rejected the plan.");
  CU_ASSERT_EQUAL (g->places->len, 0);
  CU_ASSERT_TRUE (has_country (g, "IRQ"));
}

/* An official with no country serves the one country of his sentence,
 * also when it is the country of rebels or an opposition; not when the
 * country belongs to another person's title, nor when two are named. */
static void
test_official_without_country (void)
{
  g_autoptr(DgFacts) f = run ("Rwandan rebels demanded the removal of President Jean Mugabo "
                              "at the talks.");
  CU_ASSERT_STRING_EQUAL (person_country (f, "Jean Mugabo"), "RWA");
  g_autoptr(DgFacts) g = run ("Pakistan allowed opposition leader Omar Farooq to hold a rally.");
  CU_ASSERT_STRING_EQUAL (person_country (g, "Omar Farooq"), "PAK");

  /* a well-known person's common misspelling is his */
  g_autoptr(DgFacts) w = run ("President Francois Mitterand welcomed the envoy.");
  CU_ASSERT_STRING_EQUAL (person_country (w, "Francois Mitterrand"), "FRA");

  /* near misses */
  g_autoptr(DgFacts) h = run ("President Paul Moreau welcomed South African leader Pieter Botha.");
  CU_ASSERT_STRING_EQUAL (person_country (h, "Paul Moreau"), "");
  CU_ASSERT_STRING_EQUAL (person_country (h, "Pieter Botha"), "ZAF");
  g_autoptr(DgFacts) k = run ("Palestinian protesters denounced Prime Minister Avi Dror.");
  CU_ASSERT_STRING_EQUAL (person_country (k, "Avi Dror"), "");
  g_autoptr(DgFacts) m = run ("Indian Prime Minister Raj Mehta criticized opposition leader "
                              "Omar Farooq.");
  CU_ASSERT_STRING_EQUAL (person_country (m, "Omar Farooq"), "");
  g_autoptr(DgFacts) n = run ("France is ready to contribute 4,000 troops to a force in Liberia, "
                              "Defence Minister Pierre Lacoste said on Monday.");
  CU_ASSERT_STRING_EQUAL (person_country (n, "Pierre Lacoste"), "");
}

static const DgActor *
person (const DgFacts *f, const char *name)
{
  return actor (f, dg_facts_find_actor (f, DG_ACTOR_PERSON, name));
}

/* "Ambassador to the United Nations", "envoy to Sudan": the complement is
 * part of the title when a name follows or a country gives the title. */
static void
test_title_complement (void)
{
  g_autoptr(DgFacts) f = run ("U.S. Ambassador to the United Nations Linda Thomas-Greenfield said "
                              "the resolution was weak. \"We will not accept this,\" she told the "
                              "council.");
  CU_ASSERT_EQUAL (n_kind (f, DG_ACTOR_PERSON), 1);
  const DgActor *p = person (f, "Linda Thomas-Greenfield");
  CU_ASSERT_PTR_NOT_NULL_FATAL (p);
  CU_ASSERT_STRING_EQUAL (p->role, "Ambassador to the United Nations");
  CU_ASSERT_STRING_EQUAL (p->sector, "DIP");
  CU_ASSERT_STRING_EQUAL (person_country (f, "Linda Thomas-Greenfield"), "USA");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "Ambassador", 1), "");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "she", 1), "Linda Thomas-Greenfield");
  CU_ASSERT_FALSE (dg_facts_find_actor (f, DG_ACTOR_ORGANIZATION, "United Nations") >= 0);

  /* appositive; a later bare title is hers */
  g_autoptr(DgFacts) g = run ("The U.S. ambassador to the United Nations, Linda Thomas-Greenfield, "
                              "criticized Russia. The ambassador said talks would go on.");
  CU_ASSERT_EQUAL (n_kind (g, DG_ACTOR_PERSON), 1);
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "ambassador", 2), "Linda Thomas-Greenfield");

  g_autoptr(DgFacts) h = run ("Special Representative for Afghanistan and Pakistan Richard Lowell "
                              "visited Kabul.");
  p = person (h, "Richard Lowell");
  CU_ASSERT_PTR_NOT_NULL_FATAL (p);
  CU_ASSERT_STRING_EQUAL (p->role, "Special Representative for Afghanistan and Pakistan");
  CU_ASSERT_FALSE (has_country (h, "PAK"));
  g_autoptr(DgFacts) k = run ("British Minister for Europe Leo Dunmore met the Polish ambassador.");
  p = person (k, "Leo Dunmore");
  CU_ASSERT_PTR_NOT_NULL_FATAL (p);
  CU_ASSERT_STRING_EQUAL (p->role, "Minister for Europe");
  CU_ASSERT_STRING_EQUAL (person_country (k, "Leo Dunmore"), "GBR");

  /* a country's envoy to another: the role acts for the first only */
  g_autoptr(DgFacts) m = run ("Norway's envoy to Sudan said the talks had stalled.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "envoy", 1), "Norway");
  CU_ASSERT_FALSE (has_country (m, "SDN"));

  /* near misses: where the envoy goes is the target, no complement */
  g_autoptr(DgFacts) n = run ("Washington sent an envoy to Syria to discuss the crisis.");
  CU_ASSERT_TRUE (has_country (n, "SYR"));
  g_autoptr(DgFacts) q = run ("Minister Sara Holm flew to Syria.");
  CU_ASSERT_STRING_EQUAL (person (q, "Sara Holm")->role, "Minister");
  CU_ASSERT_TRUE (has_country (q, "SYR"));
}

/* An abbreviation the lexicon lacks stands for the organization named
 * before whose initials it spells; "Name (ABBR)" defines one. */
static void
test_abbreviations (void)
{
  g_autoptr(DgFacts) f = run ("The paramilitary Rapid Support Forces attacked the town. The army "
                              "accused the RSF of killing civilians. The RSF denied the charge.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "RSF", 1), "Rapid Support Forces");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "RSF", 2), "Rapid Support Forces");
  CU_ASSERT_EQUAL (n_kind (f, DG_ACTOR_ORGANIZATION), 1);
  g_autoptr(DgFacts) d = run ("Fighting between the army and the Rapid Support Forces (RSF) "
                              "spread.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (d, "RSF", 1), "Rapid Support Forces");

  g_autoptr(DgFacts) g = run ("The Sudan Liberation Army (SLA) attacked a convoy. Khartoum accused "
                              "the SLA of breaking the truce.");
  int sla = dg_facts_find_actor (g, DG_ACTOR_ORGANIZATION, "Sudan Liberation Army");
  CU_ASSERT_FATAL (sla >= 0);
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "SLA", 2), "Sudan Liberation Army");
  CU_ASSERT_EQUAL (dg_facts_find_actor (g, DG_ACTOR_ORGANIZATION, "SLA"), sla);
  CU_ASSERT_EQUAL (g->actors->len, 2);     /* the SLA and Sudan (Khartoum) */
  const DgEvent *e = find_event (g, "19");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL_FATAL (e->agents->len, 1);
  CU_ASSERT_EQUAL (g_array_index (e->agents, int, 0), sla);

  /* a role after an organization the article defines gets no country
   * from it (this crashed) */
  g_autoptr(DgFacts) r = run ("The Sudan Liberation Army (SLA) said it was ready. SLA rebels "
                              "attacked the town.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (r, "SLA", 2), "Sudan Liberation Army");
  CU_ASSERT_EQUAL (r->actors->len, 1);

  /* near misses: the lexicon wins; no body's name; no organization before */
  g_autoptr(DgFacts) h = run ("The United Nations Special Commission said the US and the UN "
                              "agreed.");
  CU_ASSERT_TRUE (has_country (h, "USA"));
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "UN", 1), "United Nations");
  g_autoptr(DgFacts) k = run ("The Joint Comprehensive Plan of Action (JCPOA) failed, and Gross "
                              "Domestic Product (GDP) fell.");
  CU_ASSERT_EQUAL (k->actors->len, 0);
  g_autoptr(DgFacts) m = run ("The ABC reported that Iran rejected the plan.");
  CU_ASSERT_EQUAL (m->actors->len, 1);
}

/* The code of the country actor that is the only agent of the first event
 * with a CAMEO code starting @cameo, "" when it has another agent or
 * none; NULL when there is no such event. */
static const char *
agent_code (const DgFacts *f, const char *cameo)
{
  const DgEvent *e = find_event (f, cameo);
  if (!e)
    return NULL;
  if (e->agents->len != 1)
    return "";
  const DgActor *x = actor (f, g_array_index (e->agents, int, 0));
  return x->kind == DG_ACTOR_COUNTRY ? x->code : "";
}

/* A body after a possessive country and a modifier or a party's name acts
 * for the country; "X-led" forces and coalitions act for X. */
static void
test_body_of_a_country (void)
{
  g_autoptr(DgFacts) f = run ("Nicaragua's Sandinista government rejected the plan.");
  CU_ASSERT_STRING_EQUAL (agent_code (f, "12"), "NIC");
  g_autoptr(DgFacts) g = run ("Israel's right-wing cabinet rejected the plan.");
  CU_ASSERT_STRING_EQUAL (agent_code (g, "12"), "ISR");
  g_autoptr(DgFacts) h = run ("Vietnamese-led forces attacked the town.");
  CU_ASSERT_STRING_EQUAL (agent_code (h, "19"), "VNM");
  g_autoptr(DgFacts) k = run ("The U.S.-led coalition bombed the city.");
  CU_ASSERT_STRING_EQUAL (agent_code (k, "19"), "USA");
  g_autoptr(DgFacts) m = run ("A Saudi-led coalition attacked Yemen.");
  CU_ASSERT_STRING_EQUAL (agent_code (m, "19"), "SAU");
  CU_ASSERT_TRUE (has_country (m, "YEM"));
  g_autoptr(DgFacts) o = run ("NATO-led forces attacked the town.");
  const DgEvent *e = find_event (o, "19");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL_FATAL (e->agents->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (o, g_array_index (e->agents, int, 0))->code, "NATO");

  /* near misses: no country before "-led"; a name that is no body's */
  g_autoptr(DgFacts) n = run ("Western-led forces attacked the town.");
  CU_ASSERT_EQUAL (n->actors->len, 0);
  g_autoptr(DgFacts) q = run ("Iran rejected the Sandinista government's plan.");
  CU_ASSERT_STRING_EQUAL (agent_code (q, "12"), "IRN");
  CU_ASSERT_EQUAL (q->actors->len, 1);
}

/* "the Bush administration": a leader's surname that all people.tsv
 * persons bearing it share with one country. */
static void
test_leader_administration (void)
{
  g_autoptr(DgFacts) f = run ("The Bush administration criticized Iran.");
  CU_ASSERT_STRING_EQUAL (agent_code (f, "11"), "USA");
  CU_ASSERT_EQUAL (n_kind (f, DG_ACTOR_PERSON), 0);
  g_autoptr(DgFacts) g = run ("The Clinton administration criticized Iran.");
  CU_ASSERT_STRING_EQUAL (agent_code (g, "11"), "USA");
  g_autoptr(DgFacts) h = run ("The Putin government criticized Iran.");
  CU_ASSERT_STRING_EQUAL (agent_code (h, "11"), "RUS");

  /* near misses: a surname of two countries' leaders; an unknown one */
  g_autoptr(DgFacts) k = run ("The Johnson government criticized Iran.");
  CU_ASSERT_FALSE (has_country (k, "USA") || has_country (k, "GBR"));
  g_autoptr(DgFacts) m = run ("The Castro government criticized Iran.");
  CU_ASSERT_FALSE (has_country (m, "CUB") || has_country (m, "HND"));
  g_autoptr(DgFacts) n = run ("The Halvorsen administration criticized Iran.");
  CU_ASSERT_EQUAL (n->actors->len, 1);
}

/* A sports club named with a city is neither a government nor a place. */
static void
test_sports_clubs (void)
{
  g_autoptr(DgFacts) f = run ("Real Madrid beat Paris Saint-Germain, and Inter Milan met "
                              "Manchester United.");
  CU_ASSERT_EQUAL (f->actors->len, 0);
  CU_ASSERT_EQUAL (f->places->len, 0);
  /* near miss: the cities themselves */
  g_autoptr(DgFacts) g = run ("Madrid and Paris criticized Moscow.");
  CU_ASSERT_TRUE (has_country (g, "ESP") && has_country (g, "FRA") && has_country (g, "RUS"));
}

/* he/she: a person or nothing, never a country or an official acting for
 * one; it/its: a country, an organization or a body acting for a country. */
static void
test_pronouns (void)
{
  g_autoptr(DgFacts) f = run ("A U.S. official criticized the plan. She said talks would go on.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "She", 1), "");
  g_autoptr(DgFacts) g = run ("France rejected the plan. He said talks would go on.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "He", 1), "");
  g_autoptr(DgFacts) h = run ("Iraq's interim government announced that it is prepared to impose "
                              "martial law.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "it", 1), "Iraq");
  g_autoptr(DgFacts) k = run ("The European Union said its monitors would stay.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (k, "its", 1), "European Union");

  /* near misses: a named person; an official is no "it" */
  g_autoptr(DgFacts) m = run ("Foreign Minister Anna Berg criticized the plan. She said talks "
                              "would go on.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "She", 1), "Anna Berg");
  g_autoptr(DgFacts) n = run ("Iraq's foreign minister said it was ready.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (n, "it", 1), "");
}

/* The label of the place of the first event whose code starts with
 * @cameo_prefix, "" when it has none, NULL when there is no such event. */
static const char *
event_place (const DgFacts *f, const char *cameo_prefix)
{
  const DgEvent *e = find_event (f, cameo_prefix);
  if (!e)
    return NULL;
  return e->place >= 0 ? ((const DgPlace *) g_ptr_array_index (f->places, e->place))->label : "";
}

/* A city at the end of a locative noun phrase is the clause's place, as
 * "in Beirut" is: "in a suburb of Damascus", "on the outskirts of Kabul",
 * "near the town of Samarra", "in the Iraqi city of Basra" - not after
 * "from", nor after a noun that names no part of a place. */
static void
test_place_in_noun_phrase (void)
{
  static const struct { const char *text, *place; } cases[] = {
    { "Two people were killed in a car bomb explosion in a residential sector of mostly "
      "Christian eastern Beirut.", "Beirut" },
    { "Gunmen attacked a police station in a suburb of Damascus.", "Damascus" },
    { "Police arrested ten men on the outskirts of Kabul.", "Kabul" },
    { "Militants attacked a checkpoint in the Iraqi city of Basra.", "Basra" },
    { "Insurgents attacked a convoy near the town of Samarra.", "Samarra" },
    { "Troops attacked rebels in the southern district of Kandahar.", "Kandahar" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text);
      CU_ASSERT_EQUAL (f->places->len, 1);
      CU_ASSERT_STRING_EQUAL (event_place (f, "1"), cases[i].place);
    }
  /* the capital is then no actor of its own */
  g_autoptr(DgFacts) g = run ("Gunmen attacked a police station in a suburb of Damascus.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "Damascus", 1), "");

  /* near misses: a capital after "from" or after a body's noun is its
   * government */
  g_autoptr(DgFacts) h = run ("Leaders from the suburbs of Damascus rejected the plan.");
  CU_ASSERT_EQUAL (h->places->len, 0);
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "Damascus", 1), "Syria");
  g_autoptr(DgFacts) k = run ("The talks in the name of Beirut failed, and in the view of "
                              "Damascus the plan was dead.");
  CU_ASSERT_EQUAL (k->places->len, 0);
  CU_ASSERT_STRING_EQUAL (actor_of_word (k, "Beirut", 1), "Lebanon");
  CU_ASSERT_STRING_EQUAL (actor_of_word (k, "Damascus", 1), "Syria");
}

/* A people that lives in one country acts for it, also after "ethnic";
 * peoples spread over several states act for the country the sentence
 * places them in, or for none. */
static void
test_people_of_one_country (void)
{
  g_autoptr(DgFacts) f = run ("A group of Yoruba leaders demanded the release of the president.");
  CU_ASSERT_STRING_EQUAL (agent_code (f, "10"), "NGA");
  g_autoptr(DgFacts) g = run ("Ethnic Igbo separatists attacked a convoy.");
  CU_ASSERT_STRING_EQUAL (agent_code (g, "19"), "NGA");
  g_autoptr(DgFacts) h = run ("Uighur activists criticized the plan.");
  CU_ASSERT_STRING_EQUAL (agent_code (h, "11"), "CHN");
  /* ... and where the sentence places them, when it does */
  g_autoptr(DgFacts) k = run ("Ethnic Hausa traders in Niger protested against the tax.");
  CU_ASSERT_STRING_EQUAL (agent_code (k, "14"), "NER");
  CU_ASSERT_FALSE (has_country (k, "NGA"));

  /* peoples of several states: placed, or nobody's */
  g_autoptr(DgFacts) m = run ("Thousands of Kurds in Turkey protested against the ban.");
  CU_ASSERT_STRING_EQUAL (agent_code (m, "14"), "TUR");
  g_autoptr(DgFacts) n = run ("Kurds protested against the ban.");
  CU_ASSERT_PTR_NULL (find_event (n, "14"));
  CU_ASSERT_EQUAL (n->actors->len, 0);
  g_autoptr(DgFacts) p = run ("Kurds demonstrated in Germany and Tamils marched in Britain.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (p, "Kurds", 1), "Germany");
  CU_ASSERT_STRING_EQUAL (actor_of_word (p, "Tamils", 1), "United Kingdom");
}

/* A crowd with no country of its own acts for the country of the place
 * its clause happens in, also when the sentence names another country
 * (which it does not, alone, give the crowd); not when another country
 * comes first. */
static void
test_crowd_in_a_place (void)
{
  g_autoptr(DgFacts) f = run ("Hundreds of thousands of people blocked streets in Hong Kong in "
                              "defiance of Chinese authorities to demand democratic reforms.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "people", 1), "Hong Kong");
  g_autoptr(DgFacts) g = run ("Protesters burned American flags in Tehran.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "Protesters", 1), "Iran");
  g_autoptr(DgFacts) h = run ("Students protested in Paris against the Iranian government.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "Students", 1), "France");

  /* near misses: another country before the place; officials need their
   * country named; no place */
  g_autoptr(DgFacts) k = run ("Refugees fled Syria to camps in Turkey and Jordan.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (k, "Refugees", 1), "");
  g_autoptr(DgFacts) m = run ("Officials met in Geneva on Monday.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "Officials", 1), "");
  g_autoptr(DgFacts) n = run ("Thousands of people marched through the streets of the capital.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (n, "people", 1), "");
}

/* "anti-X", "pro-X", "X-backed": a stance toward a country is no
 * membership - the actor is the country it is in, or none. */
static void
test_stance_toward_a_country (void)
{
  g_autoptr(DgFacts) f = run ("A prominent anti-Syria journalist was killed in a car bomb "
                              "explosion in Beirut.");
  CU_ASSERT_FALSE (has_country (f, "SYR"));
  g_autoptr(DgFacts) g = run ("Pro-Russian separatists attacked Ukrainian troops in Donetsk.");
  CU_ASSERT_FALSE (has_country (g, "RUS"));
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "separatists", 1), "Ukraine");
  g_autoptr(DgFacts) h = run ("Pro-Syrian Lebanese President Emile Haddad rejected the plan.");
  CU_ASSERT_STRING_EQUAL (person_country (h, "Emile Haddad"), "LBN");
  CU_ASSERT_FALSE (has_country (h, "SYR"));
  g_autoptr(DgFacts) k = run ("Syrian-backed militias attacked the town.");
  CU_ASSERT_FALSE (has_country (k, "SYR"));
  /* near miss: "X-led" forces are X's */
  g_autoptr(DgFacts) m = run ("Saudi-led forces attacked the town.");
  CU_ASSERT_TRUE (has_country (m, "SAU"));
}

/* A body of a capital, a province or a city acts for its country:
 * "Ankara's Cankaya district administration", "the government of Sindh
 * province", "the Sindh government", "the government in Beirut" - not a
 * place of two countries, nor the body of two countries. */
static void
test_body_of_a_place (void)
{
  static const struct { const char *text, *word, *actor; } cases[] = {
    { "Ankara's Cankaya district administration banned the rally.", "district", "Turkey" },
    { "The government of Sindh province imposed a curfew.", "government", "Pakistan" },
    { "The Sindh government imposed a curfew.", "government", "Pakistan" },
    { "The Khartoum government rejected the plan.", "Khartoum", "Sudan" },
    { "The government in Beirut rejected the plan.", "government", "Lebanon" },
    { "Baghdad's municipal council rejected the plan.", "municipal", "Iraq" },
    /* near misses */
    { "The provincial government of Punjab banned the rally.", "provincial", "" },
    { "The foreign ministers of India and China met in Beijing.", "foreign", "" },
    { "The government of Prime Minister Ali Khan rejected the plan.", "government", "" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text);
      CU_ASSERT_STRING_EQUAL (actor_of_word (f, cases[i].word, 1), cases[i].actor);
    }
}

/* The sector of the actor @label of kind @kind, "" when it has none, NULL
 * when there is no such actor. */
static const char *
actor_sector (const DgFacts *f, DgActorKind kind, const char *label)
{
  const DgActor *x = actor (f, dg_facts_find_actor (f, kind, label));
  return x ? (x->sector ? x->sector : "") : NULL;
}

/* The country code of the affiliation of the actor the @nth occurrence of
 * @word stands for, "" when none. */
static const char *
affiliation_of_word (const DgFacts *f, const char *word, int nth)
{
  int i = actor_at_word (f, word, nth);
  const DgActor *c = i >= 0 ? actor (f, actor (f, i)->affiliation) : NULL;
  return c && c->code ? c->code : "";
}

/* An organization named by its kind - "a human rights group", "aid
 * agencies", "a watchdog" - is an actor: a dip:Organization of sector
 * NGO, affiliated with the country of an adjective before it; it can be
 * an event's agent and a statement's speaker.  A name after the kind is
 * the organization.  Not a group of people, not a singular without an
 * article, not "the Group of Seven". */
static void
test_organization_by_kind (void)
{
  g_autoptr(DgFacts) f = run ("Croatian authorities are failing to uphold the rights of "
                              "refugees, a human rights group said Wednesday.");
  int g = dg_facts_find_actor (f, DG_ACTOR_ORGANIZATION, "human rights group");
  CU_ASSERT_FATAL (g >= 0);
  CU_ASSERT_STRING_EQUAL (actor (f, g)->sector, "NGO");
  CU_ASSERT_EQUAL (actor (f, g)->affiliation, -1);
  const DgEvent *say = find_event (f, "01");
  CU_ASSERT_PTR_NOT_NULL_FATAL (say);
  CU_ASSERT_EQUAL_FATAL (say->agents->len, 1);
  CU_ASSERT_EQUAL (g_array_index (say->agents, int, 0), g);

  g_autoptr(DgFacts) r = run ("A Russian human rights group accused the police of torture. "
                              "Rights groups condemned the arrests.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (r, "human", 1), "human rights group");
  CU_ASSERT_STRING_EQUAL (affiliation_of_word (r, "human", 1), "RUS");
  CU_ASSERT_STRING_EQUAL (actor_of_word (r, "Rights", 1), "human rights group");
  CU_ASSERT_STRING_EQUAL (affiliation_of_word (r, "Rights", 1), "");
  const DgEvent *e = find_event (r, "11");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL_FATAL (e->agents->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (r, g_array_index (e->agents, int, 0))->label,
                          "human rights group");

  g_autoptr(DgFacts) k = run ("An aid agency said the convoy was blocked. A watchdog criticized "
                              "Iran. The rights group Memorial denounced Russia.");
  CU_ASSERT_STRING_EQUAL (actor_sector (k, DG_ACTOR_ORGANIZATION, "aid agency"), "NGO");
  CU_ASSERT_STRING_EQUAL (actor_sector (k, DG_ACTOR_ORGANIZATION, "monitoring group"), "NGO");
  CU_ASSERT_STRING_EQUAL (actor_sector (k, DG_ACTOR_ORGANIZATION, "Memorial"), "NGO");
  CU_ASSERT_EQUAL (n_kind (k, DG_ACTOR_PERSON), 0);
  /* a body of an organization is the organization */
  g_autoptr(DgFacts) u = run ("The U.N. aid agency criticized Israel.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (u, "aid", 1), "United Nations");
  CU_ASSERT_EQUAL (n_kind (u, DG_ACTOR_ORGANIZATION), 1);

  /* near misses: people, a named group, a singular with no article, a
   * name the lexicon knows */
  g_autoptr(DgFacts) n = run ("A group of Yoruba leaders met. The Group of Seven criticized "
                              "China. They gave the money to charity. Rebel groups fled.");
  CU_ASSERT_EQUAL (dg_facts_find_actor (n, DG_ACTOR_ORGANIZATION, "aid agency"), -1);
  CU_ASSERT_EQUAL (dg_facts_find_actor (n, DG_ACTOR_ORGANIZATION, "human rights group"), -1);
  CU_ASSERT_EQUAL (dg_facts_find_actor (n, DG_ACTOR_ORGANIZATION, "group"), -1);
  g_autoptr(DgFacts) m = run ("The rights group Amnesty International criticized Egypt.");
  CU_ASSERT_EQUAL (n_kind (m, DG_ACTOR_ORGANIZATION), 1);
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "Amnesty", 1), "Amnesty International");
}

/* A family name written first ("Kim Jong Un", "Wang Tao", "Hun Sen"):
 * a later bare family name is that person, when the person acts for a
 * country whose names news writes that way (China, the Koreas, Taiwan,
 * Vietnam, Cambodia ...); a Western-order name there keeps its last word
 * ("Carrie Lam ... Lam").  Not a Japanese given name, nor an American
 * first name. */
static void
test_family_name_first (void)
{
  g_autoptr(DgFacts) f = run ("North Korean leader Kim Jong Un test-fired a missile. Kim later "
                              "met Chinese Foreign Minister Wang Tao in Beijing. Wang praised "
                              "the talks. Cambodian Prime Minister Hun Sen arrived. Hun "
                              "criticized Thailand.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "Kim", 2), "Kim Jong Un");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "Wang", 2), "Wang Tao");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "Hun", 2), "Hun Sen");
  CU_ASSERT_EQUAL (n_kind (f, DG_ACTOR_PERSON), 3);
  g_autoptr(DgFacts) g = run ("Hong Kong leader Carrie Lam met the students. Lam rejected "
                              "their demands. Vietnamese President Tran Van Minh visited Laos. "
                              "Minh praised Laos.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "Lam", 2), "Carrie Lam");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "Minh", 2), "Tran Van Minh");
  /* of two Kims, the one named first */
  g_autoptr(DgFacts) h = run ("North Korean leader Kim Jong Un and his sister Kim Yo Jong "
                              "visited a factory. Kim praised the workers.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "Kim", 3), "Kim Jong Un");
  /* a leader's unambiguous family name alone, at the start */
  g_autoptr(DgFacts) k = run ("Yoon praised Kishida for the agreement.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (k, "Yoon", 1), "Yoon Suk Yeol");
  CU_ASSERT_STRING_EQUAL (actor_of_word (k, "Kishida", 1), "Fumio Kishida");

  /* near misses: given names first (Japan, the United States) */
  g_autoptr(DgFacts) m = run ("Japanese Prime Minister Taro Sato visited Seoul. Taro praised "
                              "the talks. U.S. Senator Mark Hill met Wang. Mark criticized "
                              "China.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "Taro", 2), "");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "Mark", 2), "");
  CU_ASSERT_EQUAL (n_kind (m, DG_ACTOR_PERSON), 2);
}

/* "its"/"their" before a title: the official acts for the pronoun's
 * antecedent, as after "South Korea's"; "its" is the subject of the last
 * clause before, or the nearest country of the sentence before when it
 * has no subject; two countries joined by "and" are no one's "its". */
static void
test_possessive_pronoun_role (void)
{
  g_autoptr(DgFacts) f = run ("Russia condemned the sanctions. South Korea did not join the "
                              "criticism. Its foreign minister met his Chinese counterpart in "
                              "Seoul.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "Its", 1), "South Korea");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "foreign", 1), "South Korea");
  g_autoptr(DgFacts) g = run ("Russia condemned the sanctions, but South Korea did not join the "
                              "criticism. Its foreign minister met Wang Yi.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "Its", 1), "South Korea");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "foreign", 1), "South Korea");
  g_autoptr(DgFacts) h = run ("Russia condemned the sanctions. The criticism was not joined by "
                              "South Korea. Its foreign minister met Wang Yi.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "foreign", 1), "South Korea");
  g_autoptr(DgFacts) k = run ("Japan criticized the test. Its defense minister, Taro Sato, said "
                              "the missile fell into the sea. The Ukrainians said their "
                              "president would go.");
  CU_ASSERT_STRING_EQUAL (person_country (k, "Taro Sato"), "JPN");
  CU_ASSERT_STRING_EQUAL (actor_of_word (k, "president", 1), "Ukraine");
  g_autoptr(DgFacts) e = run ("The European Union said its foreign ministers would meet.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (e, "foreign", 1), "European Union");
  /* a government body's official is its country's */
  g_autoptr(DgFacts) w = run ("The White House said its envoy would travel to Kyiv. The nuclear "
                              "watchdog criticized Iran.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (w, "envoy", 1), "United States");
  CU_ASSERT_STRING_EQUAL (actor_of_word (w, "nuclear", 1), "International Atomic Energy Agency");

  /* near misses: a pair; "his" */
  g_autoptr(DgFacts) m = run ("Russia condemned the sanctions. Japan and South Korea did not join "
                              "the criticism. Its foreign minister met Wang Yi. Russia and China "
                              "condemned the plan. Their foreign ministers met in Moscow.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "Its", 1), "");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "foreign", 1), "");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "foreign", 2), "");
  g_autoptr(DgFacts) n = run ("France rejected the plan. His foreign minister met Wang Yi.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (n, "foreign", 1), "");
}

/* A title followed by "of COUNTRY" acts for that country, as "Peru's
 * president" does, and the country is part of the phrase: "the leader of
 * Iraq", "the president of Peru, Ana Ruiz,", "the king of Jordan"; not
 * "the leader of the opposition", nor a title of two countries. */
static void
test_title_of_country (void)
{
  g_autoptr(DgFacts) f = run ("The leader of Iraq met the president of Peru. The king of Jordan "
                              "criticized the leader of the opposition.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "leader", 1), "Iraq");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "president", 1), "Peru");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "king", 1), "Jordan");
  const DgEvent *e = find_event (f, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (f, "04"), "IRQ");
  g_autoptr(DgFacts) g = run ("The president of Peru, Ana Ruiz, met the foreign minister of "
                              "India and the king of Jordan.");
  CU_ASSERT_STRING_EQUAL (person_country (g, "Ana Ruiz"), "PER");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "foreign", 1), "India");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "king", 1), "Jordan");

  /* near misses */
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "leader", 2), "");
  g_autoptr(DgFacts) h = run ("The presidents of Peru and Chile met. The president of Russia and "
                              "China's envoy met.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "presidents", 1), "");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "president", 1), "");
}

/* Whose a group without a country of its own is: civilians take the place
 * their clause happens in, or the sentence's place, never the country of
 * the armed group that hits them; a political group takes a place only
 * when it is attached to it ("the opposition in Caracas"), not the venue
 * of its act; an adjective before "X and Y NOUN" is X's and Y's; "rebel
 * groups", "armed groups", "militant groups" are fighters as "rebels"
 * are. */
static void
test_group_country (void)
{
  g_autoptr(DgFacts) f = run ("Russian forces shelled Kharkiv, killing five civilians.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "civilians", 1), "Ukraine");
  g_autoptr(DgFacts) g = run ("Venezuelan government and opposition delegates began negotiations "
                              "in Mexico City. The opposition in Caracas rejected the plan.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "government", 1), "Venezuela");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "opposition", 1), "Venezuela");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "opposition", 2), "Venezuela");
  g_autoptr(DgFacts) h = run ("Rebel groups attacked an army base in Mali. Armed groups in Niger "
                              "attacked a convoy. A militant group attacked a police post near "
                              "Peshawar.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "Rebel", 1), "Mali");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "Armed", 1), "Niger");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "militant", 1), "Pakistan");
  CU_ASSERT_STRING_EQUAL (agent_code (h, "19"), "MLI");

  /* near misses: a venue is not the opposition's; troops' adjective is not
   * the militants' beside them; civilians named with no place */
  g_autoptr(DgFacts) k = run ("Opposition delegates began negotiations in Mexico City.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (k, "Opposition", 1), "");
  g_autoptr(DgFacts) m = run ("Israeli troops and militants clashed in Gaza.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "troops", 1), "Israel");
  CU_ASSERT_STRING_EQUAL (actor_of_word (m, "militants", 1), "");
  g_autoptr(DgFacts) n = run ("Russian troops opened fire, killing five civilians.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (n, "civilians", 1), "");
}

/* An armed force's noun before a noun of what it does or owns is an
 * adjective and names no one ("military intervention", "an army base",
 * "a police post", "21 military and civilian personnel"); "the military
 * said", "army officers", "the army and police" and "Israeli police
 * custody" name the force. */
static void
test_force_adjective (void)
{
  static const struct { const char *text, *word, *actor; } cases[] = {
    { "France threatened a military intervention in Mali.", "military", "" },
    { "The United Nations sent 21 military and civilian personnel to Bosnia.", "military", "" },
    { "Militants attacked an army base in Mali.", "army", "" },
    { "Gunmen attacked a police post in Kenya.", "police", "" },
    { "The United States suspended its military aid to Egypt.", "military", "" },
    { "Russia's military exercises alarmed Poland.", "military", "" },
    /* near misses */
    { "Egypt's military seized power.", "military", "Egypt" },
    { "Army officers seized power in Niger.", "Army", "Niger" },
    { "Israeli police custody was criticized by Amnesty.", "police", "Israel" },
    { "The army and police clashed with protesters in Bangladesh.", "police", "Bangladesh" },
    { "Israeli army bulldozers demolished homes in Gaza.", "army", "Israel" },
    { "Five police were killed in Kenya.", "police", "Kenya" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text);
      CU_ASSERT_STRING_EQUAL (actor_of_word (f, cases[i].word, 1), cases[i].actor);
    }
  g_autoptr(DgFacts) g = run ("The Pakistani military said it killed 20 militants.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "military", 1), "Pakistan");
  g_autoptr(DgFacts) h = run ("Russia's military exercises alarmed Poland.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (h, "Russia", 1), "Russia");
}

/* A one-word name ("Congress") at the end of a longer capitalized name is
 * another body's: the Nigerian Labour Congress is not the United States
 * Congress; nor is "the Philippine Congress".  "Congress passed", "the
 * U.S. Congress", "the Congress" and the Indian and African National
 * Congresses keep their names. */
static void
test_name_tail (void)
{
  static const struct { const char *text, *word, *actor; } cases[] = {
    { "The Nigerian Labour Congress called for a general strike.", "Congress", "" },
    { "The Pan Africanist Congress criticized Israel.", "Congress", "" },
    { "The Philippine Congress condemned China.", "Congress", "" },
    { "The Philippine Congress condemned China.", "Philippine", "Philippines" },
    /* near misses */
    { "Congress passed the bill on Iran.", "Congress", "United States Congress" },
    { "The U.S. Congress condemned Iran.", "U.S.", "United States Congress" },
    { "The Congress condemned Iran.", "Congress", "United States Congress" },
    { "American Congress leaders condemned Iran.", "Congress", "United States Congress" },
    { "The Indian National Congress criticized Pakistan.", "Indian", "Indian National Congress" },
    { "The African National Congress condemned Israel.", "African", "African National Congress" },
    { "Iran-backed Hezbollah fired rockets at Israel.", "Hezbollah", "Hezbollah" },
    { "Lawmakers Slam Congress Over Iran", "Congress", "United States Congress" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text);
      CU_ASSERT_STRING_EQUAL (actor_of_word (f, cases[i].word, 1), cases[i].actor);
    }
}

/* Settlers are not of the place they settle: they take no country from
 * it, nor from the sentence's sole country; a country before them gives
 * theirs.  Villagers there are of the place. */
static void
test_settlers (void)
{
  static const struct { const char *text, *word, *actor; } cases[] = {
    { "Jewish settlers set fire to cars and homes in a village near Ramallah.", "settlers", "" },
    { "Settlers attacked Palestinians in the West Bank.", "Settlers", "" },
    { "The settlers in Hebron attacked a school.", "settlers", "" },
    /* near misses */
    { "Israeli settlers attacked Palestinians in the West Bank.", "settlers", "Israel" },
    { "Villagers in the West Bank protested.", "Villagers", "Palestine" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text);
      CU_ASSERT_STRING_EQUAL (actor_of_word (f, cases[i].word, 1), cases[i].actor);
    }
}

/* An organization the lexicon lacks, named by capitalized words ending in
 * a body's noun ("Kenya's Orange Democratic Movement", "the Pan Africanist
 * Congress") or by a name and a lower-case kind ("Poland's Solidarity
 * union"), is an organization of the country before it, not a person; the
 * kind gives its sector.  "party chief" is a party's head.  One capitalized
 * word ("Party officials") is no organization. */
static void
test_body_organization (void)
{
  g_autoptr(DgFacts) f = run ("Poland's Solidarity union called a nationwide strike.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (f, "Solidarity", 1), "Solidarity");
  CU_ASSERT_STRING_EQUAL (affiliation_of_word (f, "Solidarity", 1), "POL");
  CU_ASSERT_STRING_EQUAL (actor_sector (f, DG_ACTOR_ORGANIZATION, "Solidarity"), "LAB");
  const DgEvent *strike = find_event (f, "14");
  CU_ASSERT_PTR_NOT_NULL_FATAL (strike);
  CU_ASSERT_EQUAL_FATAL (strike->agents->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (strike->agents, int, 0))->label, "Solidarity");

  g_autoptr(DgFacts) g = run ("Kenya's Orange Democratic Movement rejected the election results. "
                              "The Nigerian Labour Congress called for a general strike.");
  CU_ASSERT_EQUAL (n_kind (g, DG_ACTOR_PERSON), 0);
  CU_ASSERT_STRING_EQUAL (actor_of_word (g, "Orange", 1), "Orange Democratic Movement");
  CU_ASSERT_STRING_EQUAL (affiliation_of_word (g, "Orange", 1), "KEN");
  CU_ASSERT_STRING_EQUAL (actor_sector (g, DG_ACTOR_ORGANIZATION, "Labour Congress"), "LAB");
  CU_ASSERT_STRING_EQUAL (affiliation_of_word (g, "Labour", 1), "NGA");

  /* one name, two countries' parties */
  g_autoptr(DgFacts) h = run ("Vietnam's Communist Party and China's Communist Party signed an "
                              "agreement.");
  CU_ASSERT_STRING_EQUAL (affiliation_of_word (h, "Communist", 1), "VNM");
  CU_ASSERT_STRING_EQUAL (affiliation_of_word (h, "Communist", 2), "CHN");
  CU_ASSERT_STRING_EQUAL (actor_sector (h, DG_ACTOR_ORGANIZATION, "Communist Party"), "PTY");

  g_autoptr(DgFacts) k = run ("Vietnam's Communist Party chief Nguyen Van Binh visited Laos.");
  const DgActor *binh = actor (k, dg_facts_find_actor (k, DG_ACTOR_PERSON, "Nguyen Van Binh"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (binh);
  CU_ASSERT_STRING_EQUAL (binh->sector, "PTY");
  CU_ASSERT_STRING_EQUAL (person_country (k, "Nguyen Van Binh"), "VNM");

  /* near misses */
  g_autoptr(DgFacts) m = run ("Party officials in Hanoi criticized China. Ali Demir met "
                              "Union leaders in Ankara.");
  CU_ASSERT_EQUAL (n_kind (m, DG_ACTOR_ORGANIZATION), 0);
  g_autoptr(DgFacts) n = run ("The African National Congress condemned Israel.");
  CU_ASSERT_STRING_EQUAL (actor_of_word (n, "African", 1), "African National Congress");
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  lex = dg_lexicon_new_default (&error);
  if (!lex)
    return 1;
  CU_initialize_registry ();
  DG_TEST_SUITE ("actors", DG_TEST (test_media_no_person), DG_TEST (test_historic_states),
                 DG_TEST (test_ethnic_group), DG_TEST (test_people_of_a_country),
                 DG_TEST (test_direction_before_place), DG_TEST (test_official_without_country),
                 DG_TEST (test_pronouns), DG_TEST (test_title_complement),
                 DG_TEST (test_abbreviations), DG_TEST (test_body_of_a_country),
                 DG_TEST (test_leader_administration), DG_TEST (test_sports_clubs),
                 DG_TEST (test_place_in_noun_phrase),
                 DG_TEST (test_people_of_one_country),
                 DG_TEST (test_crowd_in_a_place), DG_TEST (test_stance_toward_a_country),
                 DG_TEST (test_body_of_a_place), DG_TEST (test_organization_by_kind),
                 DG_TEST (test_family_name_first),
                 DG_TEST (test_possessive_pronoun_role),
                 DG_TEST (test_title_of_country), DG_TEST (test_group_country),
                 DG_TEST (test_force_adjective), DG_TEST (test_name_tail),
                 DG_TEST (test_settlers), DG_TEST (test_body_organization));
  int rc = dg_test_run ();
  dg_lexicon_unref (lex);
  return rc;
}
