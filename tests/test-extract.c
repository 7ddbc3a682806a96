/* test-extract.c - the pipeline on sentences written for these tests
 *
 * Each case is a tiny article and the facts it must (or must not) yield.
 */
#include <string.h>
#include "dg-test.h"
#include "dg-reader.h"
#include "dg-extract.h"
#include "dg-timex.h"

static DgLexicon *lex;

static DgFacts *
run (const char *text, const char *date)
{
  DgReaderOptions opts = { .format = DG_FORMAT_TEXT, .date = date };
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

static gboolean
has_participant (const DgFacts *f, const DgEvent *e, const char *label)
{
  for (guint i = 0; i < e->participants->len; i++)
    if (strcmp (actor (f, g_array_index (e->participants, int, i))->label, label) == 0)
      return TRUE;
  return FALSE;
}

static const DgEvent *
find_event (const DgFacts *f, const char *cameo_prefix)
{
  /* meetings are found by their class: a planned one is coded 036 */
  if (strcmp (cameo_prefix, "04") == 0)
    for (guint i = 0; i < f->events->len; i++)
      {
        const DgEvent *e = g_ptr_array_index (f->events, i);
        if (g_strcmp0 (e->event_class, "Meeting") == 0)
          return e;
      }
  for (guint i = 0; i < f->events->len; i++)
    {
      const DgEvent *e = g_ptr_array_index (f->events, i);
      if (g_str_has_prefix (e->cameo, cameo_prefix))
        return e;
    }
  return NULL;
}

static void
test_person_with_title (void)
{
  g_autoptr(DgFacts) f = run ("Russian Foreign Minister Sergei Lavrov arrived on Friday.", "2024-03-01");
  int p = dg_facts_find_actor (f, DG_ACTOR_PERSON, "Sergei Lavrov");
  CU_ASSERT_TRUE_FATAL (p >= 0);
  const DgActor *a = actor (f, p);
  CU_ASSERT_STRING_EQUAL (a->role, "Foreign Minister");   /* as written */
  CU_ASSERT_STRING_EQUAL (a->sector, "GOV");
  CU_ASSERT_STRING_EQUAL (actor (f, a->affiliation)->code, "RUS");
}

/* "X said Y must ..." is a demand on Y. */
static void
test_reported_demand (void)
{
  g_autoptr(DgFacts) f = run ("Russia said on Tuesday that Sudan must return the helicopter.",
                              "2024-02-02");
  const DgEvent *e = find_event (f, "100");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->code, "RUS");
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->targets, int, 0))->code, "SDN");
  CU_ASSERT_PTR_NOT_NULL (find_event (f, "010"));   /* and the statement itself */
  /* "X and his party must": the demand is on X */
  g_autoptr(DgFacts) c = run ("Rebels in Chad announced that Peru and its allies must withdraw.",
                              "2024-02-02");
  e = find_event (c, "100");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (c, g_array_index (e->targets, int, 0))->code, "PER");
  /* ", and" starts another clause: "Chile, and Peru must" is no demand on Chile */
  g_autoptr(DgFacts) d = run ("Iran said it met Chile on Monday, and talks must go on.", "2024-02-02");
  CU_ASSERT_PTR_NULL (find_event (d, "100"));
  /* groups act for their country; an actor after a preposition is no subject */
  g_autoptr(DgFacts) g = run ("Albanians in south Serbia condemned the Serbian police.",
                              "2024-02-02");
  e = find_event (g, "111");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (g, g_array_index (e->agents, int, 0))->code, "ALB");
  CU_ASSERT_STRING_EQUAL (actor (g, g_array_index (e->targets, int, 0))->code, "SRB");
}

/* A name right before an event verb is a person, even with no title;
 * not at a sentence start with one word. */
static void
test_name_before_verb (void)
{
  g_autoptr(DgFacts) f = run ("On Monday, Putin offered to negotiate with Armenia.", "2024-02-02");
  CU_ASSERT_TRUE (dg_facts_find_actor (f, DG_ACTOR_PERSON, "Putin") >= 0);
  g_autoptr(DgFacts) g = run ("Witnesses said the border was quiet.", "2024-02-02");
  CU_ASSERT_EQUAL (g->actors->len, 0);
}

/* A clause without a subject after ", but" shares the one before. */
static void
test_shared_subject (void)
{
  g_autoptr(DgFacts) f = run ("Benin opened its borders to traders, but was still refusing entry to Ghana.",
                              "2024-02-02");
  const DgEvent *e = find_event (f, "12");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->code, "BEN");
}

/* "the two countries" are the last two countries named. */
static void
test_group_of_two (void)
{
  g_autoptr(DgFacts) f = run ("Relations between Cuba and Mexico were tense for years. "
                              "In 2001 the two countries cooperated on migration.", "2024-02-02");
  const DgEvent *e = find_event (f, "06");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->agents->len, 2);
  CU_ASSERT_STRING_EQUAL (e->date, "2001");
  gboolean cub = FALSE, mex = FALSE;
  for (guint i = 0; i < e->agents->len; i++)
    {
      const char *c = actor (f, g_array_index (e->agents, int, i))->code;
      cub |= g_strcmp0 (c, "CUB") == 0;
      mex |= g_strcmp0 (c, "MEX") == 0;
    }
  CU_ASSERT_TRUE (cub && mex);
}

/* What a demand or a threat is about is not an event of its own. */
static void
test_content_of_previous (void)
{
  g_autoptr(DgFacts) f = run ("Serbia demanded a meeting of the Security Council on Croatia.", "2024-02-02");
  CU_ASSERT_PTR_NOT_NULL (find_event (f, "10"));
  CU_ASSERT_PTR_NULL (find_event (f, "04"));
  g_autoptr(DgFacts) g = run ("France cancelled a planned visit to Haiti.", "2024-02-02");
  CU_ASSERT_PTR_NOT_NULL (find_event (g, "16"));
  CU_ASSERT_PTR_NULL (find_event (g, "04"));
}

/* "NAME, TITLE," - the title describes the person before the comma. */
static void
test_appositive_role (void)
{
  g_autoptr(DgFacts) f = run ("The talks between Ali Demir, Turkey's chief negotiator, and Greece "
                              "ended on Monday.", "2024-02-02");
  int p = dg_facts_find_actor (f, DG_ACTOR_PERSON, "Ali Demir");
  CU_ASSERT_TRUE_FATAL (p >= 0);
  CU_ASSERT_STRING_EQUAL (actor (f, p)->role, "chief negotiator");
  CU_ASSERT_STRING_EQUAL (actor (f, actor (f, p)->affiliation)->code, "TUR");
  const DgEvent *e = find_event (f, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->participants->len, 2);   /* not Turkey as a third party */
}

/* An official with no name acts for the country. */
static void
test_unnamed_official (void)
{
  g_autoptr(DgFacts) f = run ("A senior U.S. official criticized Venezuela on Monday.", "2024-02-02");
  const DgEvent *e = find_event (f, "111");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->code, "USA");
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->targets, int, 0))->code, "VEN");
  /* no person is invented for it */
  for (guint i = 0; i < f->actors->len; i++)
    CU_ASSERT_NOT_EQUAL (actor (f, (int) i)->kind, DG_ACTOR_PERSON);
}

/* A title without a name joins the person who holds it in the article;
 * the place comes from the earlier sentence of the same paragraph. */
static void
test_role_coreference_meeting (void)
{
  g_autoptr(DgFacts) f = run (
      "Iran's deputy foreign minister, Mehdi Akhundzadeh, arrived at The Hague on Tuesday. "
      "U.S. envoy Richard Holbrooke held a short meeting with Iran's deputy foreign minister.",
      "2009-03-31");
  const DgEvent *e = find_event (f, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_TRUE (has_participant (f, e, "Richard Holbrooke"));
  CU_ASSERT_TRUE (has_participant (f, e, "Mehdi Akhundzadeh"));
  CU_ASSERT_EQUAL (e->participants->len, 2);
  CU_ASSERT_TRUE_FATAL (e->place >= 0);
  CU_ASSERT_STRING_EQUAL (((DgPlace *) g_ptr_array_index (f->places, e->place))->label, "The Hague");
  CU_ASSERT_STRING_EQUAL (e->date, "2009-03-31");
  /* a meeting of an American and an Iranian in the Netherlands: third location */
  CU_ASSERT_STRING_EQUAL (e->cameo, "044");
  CU_ASSERT_STRING_EQUAL (e->event_class, "Meeting");
}

/* Two mentions of one meeting are one event with two evidence sentences. */
static void
test_same_event_merges (void)
{
  g_autoptr(DgFacts) f = run (
      "German Chancellor Olaf Weber met French President Claire Dubois in Paris on Monday. "
      "The talks between Weber and Dubois lasted two hours.",
      "2024-06-04");
  guint meetings = 0;
  for (guint i = 0; i < f->events->len; i++)
    if (g_str_has_prefix (((DgEvent *) g_ptr_array_index (f->events, i))->cameo, "04"))
      meetings++;
  CU_ASSERT_EQUAL (meetings, 1);
  const DgEvent *e = find_event (f, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->evidence->len, 2);
  CU_ASSERT_STRING_EQUAL (e->date, "2024-06-03");
  /* in the host's country: not a third location */
  CU_ASSERT_STRING_EQUAL (e->cameo, "040");
}

static void
test_statement_with_quote (void)
{
  g_autoptr(DgFacts) f = run (
      "Japanese Foreign Minister Kenji Sato spoke after the vote. "
      "\"We will not accept this,\" Sato said.", "2024-01-10");
  const DgEvent *e = find_event (f, "010");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->agents->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->label, "Kenji Sato");
  CU_ASSERT_STRING_EQUAL (e->quote, "We will not accept this,");
}

/* A quote split around its speaker is one quote; quoted sentences with no
 * speaker of their own go on with the statement before them; a paragraph
 * that leaves its quote open runs on into the next one's statement. */
static void
test_quote_spans (void)
{
  g_autoptr(DgFacts) s = run ("\"We need long-range weapons now,\" Zelenskiy said, \"not in six "
                              "months.\"", "2024-09-11");
  CU_ASSERT_STRING_EQUAL (find_event (s, "010")->quote,
                          "We need long-range weapons now, not in six months.");
  g_autoptr(DgFacts) f = run ("\"We are not going anywhere,\" Blinken told reporters. \"The United "
                              "States stands with Ukraine.\" Russia rejected the offer.",
                              "2024-09-11");
  CU_ASSERT_STRING_EQUAL (find_event (f, "010")->quote,
                          "We are not going anywhere, The United States stands with Ukraine.");
  g_autoptr(DgFacts) p = run ("Lammy said London would send aid. \"This is about Europe.\n\n"
                              "\"If Putin wins here, he will not stop,\" Lammy added.", "2024-09-11");
  gboolean found = FALSE;
  for (guint i = 0; i < p->events->len; i++)
    {
      const DgEvent *e = g_ptr_array_index (p->events, i);
      found = found || g_strcmp0 (e->quote, "This is about Europe. If Putin wins here, he will "
                                            "not stop,") == 0;
    }
  CU_ASSERT_TRUE (found);
}

/* ", saying ...": the speaker is the main clause's subject */
static void
test_saying (void)
{
  g_autoptr(DgFacts) f = run ("Turkish President Ali Demir criticized Greece over the fence, "
                              "saying it would hurt trade.", "2024-02-02");
  const DgEvent *e = find_event (f, "010");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->label, "Ali Demir");
}

static void
test_criticism_with_pronoun (void)
{
  g_autoptr(DgFacts) f = run (
      "Turkish President Ali Demir praised the deal, but he criticized Greece over the border fence.",
      "2024-02-02");
  const DgEvent *e = find_event (f, "111");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->label, "Ali Demir");
  CU_ASSERT_EQUAL (e->targets->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->targets, int, 0))->code, "GRC");
  CU_ASSERT_STRING_EQUAL (e->modality, "asserted");

  g_autoptr(DgFacts) g = run ("Turkey reportedly criticized Greece.", "2024-02-02");
  e = find_event (g, "111");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->modality, "reported");
  g_autoptr(DgFacts) h = run ("Turkey did not criticize Greece.", "2024-02-02");
  for (guint i = 0; i < h->events->len; i++)
    CU_ASSERT_STRING_EQUAL (((DgEvent *) g_ptr_array_index (h->events, i))->modality, "negated");
}

static void
test_planned_meeting (void)
{
  g_autoptr(DgFacts) f = run (
      "Indian Prime Minister Raj Mehta will meet Chinese Premier Li Wen in Geneva on Wednesday.",
      "2009-03-31");
  const DgEvent *e = find_event (f, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->modality, "planned");
  CU_ASSERT_STRING_EQUAL (e->date, "2009-04-01");   /* the coming Wednesday */
  /* CAMEO codes the plan as an intent to meet; the class stays Meeting */
  CU_ASSERT_STRING_EQUAL (e->cameo, "036");
  CU_ASSERT_STRING_EQUAL (e->event_class, "Meeting");
}

static void
test_passive_and_parenthesis (void)
{
  g_autoptr(DgFacts) f = run ("Greece was criticized by Turkey on Monday.", "2024-02-02");
  const DgEvent *e = find_event (f, "111");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->code, "TUR");
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->targets, int, 0))->code, "GRC");

  g_autoptr(DgFacts) g = run ("The North Atlantic Treaty Organization (NATO) condemned Russia.",
                              "2024-02-02");
  e = find_event (g, "111");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (g, g_array_index (e->agents, int, 0))->code, "NATO");
  CU_ASSERT_STRING_EQUAL (actor (g, g_array_index (e->targets, int, 0))->code, "RUS");
}

static void
test_object_after_to (void)
{
  g_autoptr(DgFacts) f = run ("Syria offered troops to Lebanon.", "2024-02-02");
  const DgEvent *e = find_event (f, "03");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->targets, int, 0))->code, "LBN");
  /* so does a comma */
  g_autoptr(DgFacts) h = run ("North Korea test-fired a missile, Japan said.", "2024-02-02");
  for (guint i = 0; i < h->events->len; i++)
    {
      const DgEvent *x = g_ptr_array_index (h->events, i);
      if (!g_str_has_prefix (x->cameo, "01"))
        CU_ASSERT_EQUAL (x->targets->len, 0);
    }
  /* except right after a verb that takes one: the object is inside */
  g_autoptr(DgFacts) k = run ("Iran threatened to invade Azerbaijan.", "2024-02-02");
  e = find_event (k, "13");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (k, g_array_index (e->targets, int, 0))->code, "AZE");
  /* an infinitive "to" ends the object search */
  g_autoptr(DgFacts) g = run ("France urged the parties to settle the dispute through the United Nations.",
                              "2024-02-02");
  e = find_event (g, "02");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->targets->len, 0);
}

/* The actor code of the first agent (or target) of @e, or "". */
static const char *
agent_code (const DgFacts *f, const DgEvent *e)
{
  if (!e || e->agents->len == 0)
    return "";
  const DgActor *x = actor (f, g_array_index (e->agents, int, 0));
  if (!x->code && x->affiliation >= 0)
    x = actor (f, x->affiliation);   /* a person acts for their country */
  return x->code ? x->code : "";
}

static const char *
target_code (const DgFacts *f, const DgEvent *e, guint i)
{
  if (!e || e->targets->len <= i)
    return "";
  const DgActor *x = actor (f, g_array_index (e->targets, int, i));
  if (!x->code && x->affiliation >= 0)
    x = actor (f, x->affiliation);
  return x->code ? x->code : "";
}

static void
test_groups (void)
{
  /* a group placed in a country acts for it */
  g_autoptr(DgFacts) f = run ("Protesters in Caracas blocked the highway on Monday.", "2024-02-02");
  const DgEvent *e = find_event (f, "144");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (f, e), "VEN");
  /* "of" after a quantity names the actors themselves, after a verb not */
  g_autoptr(DgFacts) g = run ("Thousands of Kenyan farmers demonstrated outside parliament.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (agent_code (g, find_event (g, "141")), "KEN");
  g_autoptr(DgFacts) h = run ("Demonstrators gathered in the square and blocked the streets.", "2024-02-02");
  CU_ASSERT_EQUAL (h->events->len, 0);
  /* the body of a well-known leader acts for the leader's country */
  g_autoptr(DgFacts) b = run ("The Obama administration criticized the Cuban regime.", "2024-02-02");
  const DgEvent *be = find_event (b, "11");
  CU_ASSERT_STRING_EQUAL (agent_code (b, be), "USA");
  CU_ASSERT_STRING_EQUAL (target_code (b, be, 0), "CUB");
  /* "inhabitants of the Syrian ..." */
  g_autoptr(DgFacts) d = run ("Inhabitants of the Syrian city of Daraa threatened to strike.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (agent_code (d, find_event (d, "13")), "SYR");
  /* a bare group acts for the one country its sentence names, if one */
  g_autoptr(DgFacts) u = run ("Students blocked the highway to demand the resignation of Peruvian "
                              "President Ana Soto.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (agent_code (u, find_event (u, "144")), "PER");
  g_autoptr(DgFacts) w = run ("Students blocked the highway between Lima and Quito.", "2024-02-02");
  CU_ASSERT_PTR_NULL (find_event (w, "144"));
  /* a bare group with no place is nobody */
  g_autoptr(DgFacts) k = run ("Residents blocked a road near the factory.", "2024-02-02");
  CU_ASSERT_EQUAL (k->events->len, 0);
}

static void
test_objects (void)
{
  /* the clause a demand introduces holds its object */
  g_autoptr(DgFacts) f = run ("Mexican officials demanded on Tuesday that the United States end the raids.",
                              "2024-02-02");
  const DgEvent *e = find_event (f, "10");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (f, e), "MEX");
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), "USA");
  /* an infinitive after the verb with no object in between */
  g_autoptr(DgFacts) g = run ("Japan threatened on Friday to impose tariffs on Chinese steel.",
                              "2024-02-02");
  CU_ASSERT_STRING_EQUAL (target_code (g, find_event (g, "13"), 0), "CHN");
  /* both sides of a mediation */
  g_autoptr(DgFacts) h = run ("Norway mediated between Colombia and Venezuela.", "2024-02-02");
  e = find_event (h, "045");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (h, e), "NOR");
  CU_ASSERT_EQUAL (e->targets->len, 2);
  CU_ASSERT_STRING_EQUAL (target_code (h, e, 1), "VEN");
  /* "X must" after any statement is a demand on X, also through "it" */
  g_autoptr(DgFacts) k = run ("Germany issued a stern reminder to Serbia that it must respect the border.",
                              "2024-02-02");
  e = find_event (k, "100");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (k, e), "DEU");
  CU_ASSERT_STRING_EQUAL (target_code (k, e, 0), "SRB");
  /* a plan to coerce is a threat (13), a plan to cooperate an intent (03) */
  g_autoptr(DgFacts) m = run ("Russia will impose sanctions on Georgia.", "2024-02-02");
  CU_ASSERT_PTR_NOT_NULL (find_event (m, "1312"));
  CU_ASSERT_PTR_NULL (find_event (m, "16"));
}

static void
test_targets (void)
{
  /* coordinated objects are all targets; a verb after "and" is not one */
  g_autoptr(DgFacts) f = run ("Chile closed its northern border with Peru and Bolivia on Monday.",
                              "2024-02-02");
  const DgEvent *e = find_event (f, "191");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->targets->len, 2);
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 1), "BOL");
  g_autoptr(DgFacts) g = run ("Egypt criticized Israel and praised Jordan.", "2024-02-02");
  e = find_event (g, "11");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->targets->len, 1);
  CU_ASSERT_STRING_EQUAL (target_code (g, e, 0), "ISR");
  /* with no other target, force and protest act on the place's country,
   * a visit on another country's place */
  g_autoptr(DgFacts) h = run ("Syrian tanks shelled targets in Hama.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (target_code (h, find_event (h, "19"), 0), "SYR");
  g_autoptr(DgFacts) k = run ("The Iraqi president arrived in Amman on a visit.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (target_code (k, find_event (k, "04"), 0), "JOR");
  g_autoptr(DgFacts) n = run ("The Jordanian king made a visit to Amman.", "2024-02-02");
  e = find_event (n, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->targets->len, 0);
  /* a comma alone makes no list: "..., Defense Secretary X said" */
  g_autoptr(DgFacts) c = run ("Chile closed its border with Peru, Foreign Minister Ana Soto said.",
                              "2024-02-02");
  e = find_event (c, "191");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->targets->len, 1);
  /* "a visit by X": X visits */
  g_autoptr(DgFacts) v = run ("Chile protested on the eve of a visit here by Peruvian President Ana Soto.",
                              "2024-02-02");
  CU_ASSERT_STRING_EQUAL (agent_code (v, find_event (v, "04")), "PER");
  /* "X and the Y" is one subject group; a planned curfew still acts on
   * its place; a name written with "'s" matches whole */
  g_autoptr(DgFacts) cg = run ("Chile and the Palestinians reached a consensus on water.", "2024-02-02");
  e = find_event (cg, "03");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->agents->len, 2);
  g_autoptr(DgFacts) cu = run ("President Ana Soto of Peru will extend the curfew in Lima.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (target_code (cu, find_event (cu, "13"), 0), "PER");
  g_autoptr(DgFacts) kp = run ("Japan criticized the Democratic People's Republic of Korea.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (target_code (kp, find_event (kp, "11"), 0), "PRK");
  /* a gap before a preposition holds no object: "provided ... to X" */
  g_autoptr(DgFacts) q = run ("Japan provided tents and other supplies to Nepal.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (target_code (q, find_event (q, "07"), 0), "NPL");
  /* "calls by X": whose call was rejected */
  g_autoptr(DgFacts) m = run ("Turkey rejected calls by Germany to reopen the talks.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (target_code (m, find_event (m, "12"), 0), "DEU");
  /* an ethnic group acts for the country the sentence places it in */
  g_autoptr(DgFacts) p = run ("Ethnic Hungarians protested in Romania on Sunday.", "2024-02-02");
  CU_ASSERT_STRING_EQUAL (agent_code (p, find_event (p, "14")), "ROU");
}

static gboolean
has_person (const DgFacts *f, const char *label)
{
  for (guint i = 0; i < f->actors->len; i++)
    {
      const DgActor *x = g_ptr_array_index (f->actors, i);
      if (x->kind == DG_ACTOR_PERSON && strcmp (x->label, label) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_names (void)
{
  /* "al-" and "den" continue a name; "Chairman" is a title, not a name */
  g_autoptr(DgFacts) f = run ("Sudanese President Ahmad Salih al-Mahdi met Dutch envoy Pieter van den Berg "
                              "and PLO Chairman Karim Haddad.", "2024-02-02");
  CU_ASSERT_TRUE (has_person (f, "Ahmad Salih al-Mahdi"));
  CU_ASSERT_TRUE (has_person (f, "Pieter van den Berg"));
  CU_ASSERT_TRUE (has_person (f, "Karim Haddad"));
  CU_ASSERT_FALSE (has_person (f, "Chairman Karim Haddad"));
  /* a former holder of a title is an elite, not the government */
  g_autoptr(DgFacts) h = run ("Former President Jorge Ramos criticized Peru.", "2024-02-02");
  const DgEvent *e = find_event (h, "11");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  const DgActor *x = actor (h, g_array_index (e->agents, int, 0));
  CU_ASSERT_STRING_EQUAL (x->sector, "ELI");
  CU_ASSERT_STRING_EQUAL (x->role, "Former President");
  /* "the town of X" before a verb is a place, "Minister for Interior" a title */
  g_autoptr(DgFacts) k = run ("A bomb near the town of Tikrit killed two soldiers. "
                              "The Federal Minister for Interior Omar Khan allowed the rally.", "2024-02-02");
  CU_ASSERT_FALSE (has_person (k, "Tikrit"));
  CU_ASSERT_TRUE (has_person (k, "Omar Khan"));
  /* a well-known person's role in the article replaces the gazetteer's
   * sector (and, under ASan, frees it) */
  g_autoptr(DgFacts) ka = run ("The US rejected calls by Kofi Annan, UN secretary-general, to act.",
                               "2024-02-02");
  int kofi = dg_facts_find_actor (ka, DG_ACTOR_PERSON, "Kofi Annan");
  CU_ASSERT_TRUE_FATAL (kofi >= 0);
  CU_ASSERT_STRING_EQUAL (actor (ka, kofi)->sector, "IGO");
  /* an official with no country serves the one country his sentence names
   * on its own, not one inside another person's title */
  g_autoptr(DgFacts) jx = run ("France is ready to send troops, Defence Minister Paul Roche said. "
                               "President Jean Morel welcomed South African leader Thabo Dube.",
                               "2024-02-02");
  const DgActor *roche = actor (jx, dg_facts_find_actor (jx, DG_ACTOR_PERSON, "Paul Roche"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (roche);
  CU_ASSERT_STRING_EQUAL (actor (jx, roche->affiliation)->code, "FRA");
  const DgActor *morel = actor (jx, dg_facts_find_actor (jx, DG_ACTOR_PERSON, "Jean Morel"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (morel);
  CU_ASSERT_EQUAL (morel->affiliation, -1);
  /* a lower-case "al-" word alone starts no name */
  g_autoptr(DgFacts) g = run ("The al-mighty dollar fell.", "2024-02-02");
  CU_ASSERT_EQUAL (g->actors->len, 0);
}

static void
test_speakers_and_intents (void)
{
  /* the speaker before a parenthetical participle phrase, and "he" in the
   * next sentence is that speaker, not the last person named */
  g_autoptr(DgFacts) f = run ("Olaf Scholz, speaking with Spanish Prime Minister Pedro Sanchez, said "
                              "talks must go on. \"We are ready,\" he said.", "2022-01-24");
  guint statements = 0;
  for (guint i = 0; i < f->events->len; i++)
    {
      const DgEvent *e = g_ptr_array_index (f->events, i);
      if (!g_str_has_prefix (e->cameo, "01"))
        continue;
      statements++;
      CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->label, "Olaf Scholz");
    }
  CU_ASSERT_EQUAL (statements, 2);
  /* being ready to coerce is a threat of it, a planned visit stays a visit */
  g_autoptr(DgFacts) g = run ("Germany was ready to impose sanctions on Russia.", "2022-01-24");
  CU_ASSERT_PTR_NOT_NULL (find_event (g, "1312"));
  CU_ASSERT_PTR_NULL (find_event (g, "03"));
  g_autoptr(DgFacts) h = run ("The Chilean president will visit Peru next month.", "2022-01-24");
  const DgEvent *v = find_event (h, "036");
  CU_ASSERT_PTR_NOT_NULL_FATAL (v);
  CU_ASSERT_STRING_EQUAL (v->event_class, "Visit");
  CU_ASSERT_STRING_EQUAL (v->date, "2022-02");
  /* ", accusing X": the main clause's subject accuses; a ministry acts
   * for its country and is no one's apposition */
  g_autoptr(DgFacts) m = run ("Cuba's foreign ministry rejected the report, accusing Washington of lies. "
                              "Fidel Rojas will meet his Peruvian counterpart Ana Soto, the ministry said.",
                              "2022-01-24");
  const DgEvent *acc = find_event (m, "112");
  CU_ASSERT_STRING_EQUAL (agent_code (m, acc), "CUB");
  CU_ASSERT_STRING_EQUAL (target_code (m, acc, 0), "USA");
  CU_ASSERT_STRING_EQUAL (agent_code (m, find_event (m, "12")), "CUB");
  for (guint i = 0; i < m->actors->len; i++)
    {
      const DgActor *x = actor (m, (int) i);
      if (x->kind == DG_ACTOR_PERSON && x->role)
        CU_ASSERT_STRING_NOT_EQUAL (x->role, "ministry");
    }
  /* "X received Y and urged": X urges; "X condemned ... and said Y would":
   * X speaks, Y is spoken of */
  g_autoptr(DgFacts) r = run ("Egyptian President Omar Nabil received a Hamas delegation in Cairo and "
                              "urged restraint. Iran condemned the strikes and said Israel would pay.",
                              "2022-01-24");
  CU_ASSERT_STRING_EQUAL (agent_code (r, find_event (r, "02")), "EGY");
  CU_ASSERT_STRING_EQUAL (agent_code (r, find_event (r, "01")), "IRN");
  /* agreeing to coerce is the act; a participle after a noun is passive;
   * an actor before ", diplomats said" is not the speaker */
  g_autoptr(DgFacts) d = run ("EU ministers agreed to impose sanctions on a firm accused of selling "
                              "drones to Russia, diplomats said.", "2022-01-24");
  CU_ASSERT_PTR_NOT_NULL (find_event (d, "163"));
  CU_ASSERT_PTR_NULL (find_event (d, "112"));
  CU_ASSERT_PTR_NULL (find_event (d, "01"));
  /* ", who hosted the summit, announced": the antecedent hosts and speaks;
   * "at the BRICS summit" is a venue, not a target */
  g_autoptr(DgFacts) rc = run ("Chilean President Ana Soto, who hosted the summit, announced new talks. "
                               "Peru and Bolivia agreed to cooperate at the ASEAN summit.", "2022-01-24");
  CU_ASSERT_STRING_EQUAL (agent_code (rc, find_event (rc, "01")), "CHL");
  CU_ASSERT_STRING_EQUAL (agent_code (rc, find_event (rc, "043")), "CHL");
  const DgEvent *ag = find_event (rc, "03");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ag);
  CU_ASSERT_EQUAL (ag->targets->len, 0);
  /* a meeting names whom it is between only right after it */
  g_autoptr(DgFacts) k = run ("The talks follow a call between Chile and Peru.", "2022-01-24");
  CU_ASSERT_PTR_NULL (find_event (k, "040"));
  CU_ASSERT_PTR_NOT_NULL (find_event (k, "041"));
}

/* The negative corpus (tests/data/negative.txt): sentences that must yield
 * no event - weather, sport, business, page chrome, captions, and
 * diplomatic-sounding sentences without a nameable actor. */
/* A passive arrest or investigation with no doer is the act of the state
 * where it happened; a killing is not. */
static void
test_state_where_it_happened (void)
{
  g_autoptr(DgFacts) f = run ("A US national was arrested in Italy on Monday.", "2023-05-11");
  const DgEvent *e = find_event (f, "17");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (f, e), "ITA");
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), "USA");
  g_autoptr(DgFacts) b = run ("A British man was arrested by Iranian police in Tehran.", "2023-05-11");
  CU_ASSERT_STRING_EQUAL (agent_code (b, find_event (b, "17")), "IRN");
  g_autoptr(DgFacts) k = run ("Two French soldiers were killed in Mali.", "2023-05-11");
  CU_ASSERT_EQUAL (k->events->len, 0);
  /* active: the subject acts, the place does not */
  g_autoptr(DgFacts) a = run ("Peru arrested two Chilean fishermen in Ecuador.", "2023-05-11");
  CU_ASSERT_STRING_EQUAL (agent_code (a, find_event (a, "17")), "PER");
}

/* A relative clause between an actor and its verb: "X, which ..., said",
 * "X, who met Y, ...". */
static void
test_relative_clause_subject (void)
{
  g_autoptr(DgFacts) f = run ("Hungary, which has also delayed ratification, said it would follow Turkey.",
                              "2023-07-10");
  CU_ASSERT_STRING_EQUAL (agent_code (f, find_event (f, "010")), "HUN");
  g_autoptr(DgFacts) m = run ("Peru, which met Chile in Lima last week, said the talks went well.",
                              "2023-07-10");
  const DgEvent *e = find_event (m, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->participants->len, 2);
  CU_ASSERT_STRING_EQUAL (agent_code (m, find_event (m, "010")), "PER");
}

/* "X said after meeting Y": the participle shares the subject of the
 * event verb before it; with no such verb it has none. */
static void
test_participle_after_verb (void)
{
  g_autoptr(DgFacts) f = run ("Iran and Peru agreed on a roadmap, Chilean President Ana Soto said "
                              "after meeting Iranian President Ali Rezaei in Tehran.", "2023-03-04");
  const DgEvent *e = find_event (f, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_TRUE (has_participant (f, e, "Ana Soto"));
  CU_ASSERT_TRUE (has_participant (f, e, "Ali Rezaei"));
  CU_ASSERT_EQUAL (e->participants->len, 2);
  g_autoptr(DgFacts) g = run ("Peru condemned the attack after meeting Chile.", "2023-03-04");
  CU_ASSERT_STRING_EQUAL (agent_code (g, find_event (g, "04")), "PER");
  g_autoptr(DgFacts) n = run ("A reporter missing since traveling to Syria was found.", "2023-03-04");
  CU_ASSERT_EQUAL (n->events->len, 0);
}

/* Peacekeepers arriving are deployed, not visiting. */
static void
test_peacekeepers_deployed (void)
{
  g_autoptr(DgFacts) f = run ("UN peacekeepers arrived in Goma on Monday.", "2023-05-11");
  CU_ASSERT_PTR_NOT_NULL (find_event (f, "074"));
  CU_ASSERT_PTR_NULL (find_event (f, "04"));
  g_autoptr(DgFacts) v = run ("The French president arrived in Bamako on Monday.", "2023-05-11");
  CU_ASSERT_PTR_NOT_NULL (find_event (v, "042"));
}

/* Whom an expulsion sends away decides its code. */
static void
test_expulsion_code (void)
{
  static const struct { const char *text, *cameo; } cases[] = {
    { "Saudi Arabia expelled the Canadian ambassador on Monday.", "161" },
    { "Chad expelled the French ambassador Jean Dupont.", "161" },
    { "Russia expelled two American journalists.", "174" },
    { "Sudan expelled the UN refugee agency.", "166" },
    { "Israel deported 12 Palestinian activists.", "174" },
    { "Ethiopia expelled Eritrea from the talks.", "166" },    /* a country: as coded */
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2023-05-11");
      CU_ASSERT_EQUAL_FATAL (f->events->len, 1);
      const DgEvent *e = g_ptr_array_index (f->events, 0);
      if (strcmp (e->cameo, cases[i].cameo) != 0)
        fprintf (stderr, "\"%s\": got %s, want %s\n", cases[i].text, e->cameo, cases[i].cameo);
      CU_ASSERT_STRING_EQUAL (e->cameo, cases[i].cameo);
    }
}

/* Lists, speakers and parentheticals: ", he said" closes a list and is no
 * list member; mediators are no participants; "X, who met Y, warned" is X's. */
static void
test_lists_and_parentheticals (void)
{
  g_autoptr(DgFacts) f = run ("Peru's spokesman Jorge Ruiz said the talks were on. "
                              "The deal was reached after talks mediated by Qatar and Egypt, he said.",
                              "2023-11-27");
  const DgEvent *m = find_event (f, "045");
  CU_ASSERT_PTR_NOT_NULL_FATAL (m);
  CU_ASSERT_EQUAL (m->agents->len, 2);   /* Qatar and Egypt, not the speaker */
  for (guint i = 0; i < f->events->len; i++)
    {
      const DgEvent *e = g_ptr_array_index (f->events, i);
      if (g_str_has_prefix (e->cameo, "01"))
        CU_ASSERT_EQUAL (e->agents->len, 1);   /* "Egypt, he said": he alone */
      if (g_strcmp0 (e->event_class, "Meeting") == 0)
        CU_ASSERT_FALSE (e->participants->len > 0 && has_participant (f, e, "Qatar"));
    }
  g_autoptr(DgFacts) p = run ("Iran's foreign minister Ali Rezaei, who met Hamas leader Omar Saad in "
                              "Doha last week, warned Israel on Monday.", "2023-11-27");
  const DgEvent *w = find_event (p, "13");
  CU_ASSERT_PTR_NOT_NULL_FATAL (w);
  CU_ASSERT_STRING_EQUAL (agent_code (p, w), "IRN");
  /* a real list still joins: "Peru, Chile and Bolivia condemned Iran" */
  g_autoptr(DgFacts) l = run ("Peru, Chile and Bolivia condemned Iran.", "2023-11-27");
  CU_ASSERT_EQUAL (find_event (l, "111")->agents->len, 3);
}

/* The speaker is not the subject of what is said, unless a pronoun stands
 * for the speaker there; a comma joins a headline's verbs. */
static void
test_speaker_and_reported_subject (void)
{
  g_autoptr(DgFacts) f = run ("Peru's spokeswoman Ana Soto said the sale seriously violates the treaty "
                              "and demanded that Chile stop arming the rebels.", "2022-09-16");
  for (guint i = 0; i < f->events->len; i++)
    CU_ASSERT_TRUE (g_str_has_prefix (((DgEvent *) g_ptr_array_index (f->events, i))->cameo, "01")
                    || g_str_has_prefix (((DgEvent *) g_ptr_array_index (f->events, i))->cameo, "10"));
  CU_ASSERT_STRING_EQUAL (target_code (f, find_event (f, "10"), 0), "CHL");
  CU_ASSERT_STRING_EQUAL (agent_code (f, find_event (f, "10")), "PER");
  g_autoptr(DgFacts) p = run ("Bolivian rebel leaders said on Wednesday they would meet Chile.", "2022-09-16");
  CU_ASSERT_STRING_EQUAL (agent_code (p, find_event (p, "03")), "BOL");
  g_autoptr(DgFacts) h = run ("China warns U.S. over Taiwan arms sale, imposes sanctions on defense firms",
                              "2022-09-16");
  CU_ASSERT_STRING_EQUAL (agent_code (h, find_event (h, "163")), "CHN");
}

/* Honorifics are no part of a name: "Mr Sunak" is Rishi Sunak. */
static void
test_honorifics (void)
{
  g_autoptr(DgFacts) f = run ("Prime Minister Ana Soto met President Luis Vega. "
                              "Mr Vega praised Ms. Soto. Dr Vega left.", "2023-01-01");
  guint persons = 0;
  for (guint i = 0; i < f->actors->len; i++)
    persons += actor (f, (int) i)->kind == DG_ACTOR_PERSON;
  CU_ASSERT_EQUAL (persons, 2);
  const DgEvent *e = find_event (f, "051");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->label, "Luis Vega");
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->targets, int, 0))->label, "Ana Soto");
}

/* Borders, denials, crowds, aid destinations, officials "of" countries,
 * "a" in a coordinated passive subject. */
static void
test_places_denials_crowds (void)
{
  g_autoptr(DgFacts) b = run ("French and Malian troops carried out joint operations against militants "
                              "near the border with Niger.", "2023-01-01");
  const DgEvent *e = find_event (b, "06");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_FALSE (has_participant (b, e, "Niger"));
  g_autoptr(DgFacts) m = run ("Russia massed troops near Ukraine's border.", "2023-01-01");
  CU_ASSERT_STRING_EQUAL (target_code (m, find_event (m, "15"), 0), "UKR");
  g_autoptr(DgFacts) d = run ("Egypt denied reports that it had sent troops to Libya.", "2023-01-01");
  CU_ASSERT_PTR_NULL (find_event (d, "15"));
  g_autoptr(DgFacts) s2 = run ("Egypt said it had sent troops to Libya.", "2023-01-01");
  CU_ASSERT_PTR_NOT_NULL (find_event (s2, "15"));
  g_autoptr(DgFacts) c = run ("Hundreds of demonstrators stormed the Swedish embassy in Baghdad.", "2023-01-01");
  CU_ASSERT_PTR_NOT_NULL_FATAL (find_event (c, "145"));
  CU_ASSERT_STRING_EQUAL (target_code (c, find_event (c, "145"), 0), "SWE");
  g_autoptr(DgFacts) t = run ("Israeli troops stormed the Jenin camp.", "2023-01-01");
  CU_ASSERT_PTR_NULL (find_event (t, "145"));
  g_autoptr(DgFacts) a = run ("The Red Cross provided medical supplies to hospitals in Gaza.", "2023-01-01");
  CU_ASSERT_STRING_EQUAL (target_code (a, find_event (a, "07"), 0), "PSE");
  g_autoptr(DgFacts) o = run ("The foreign ministers of India and China met in Moscow.", "2023-01-01");
  CU_ASSERT_EQUAL (find_event (o, "04")->participants->len, 2);
  g_autoptr(DgFacts) dr = run ("Turkish and Azerbaijani forces held joint military drills near the "
                               "Armenian border.", "2023-01-01");
  CU_ASSERT_FALSE (has_participant (dr, find_event (dr, "06"), "Armenia"));
  g_autoptr(DgFacts) iv = run ("Israel said it was investigating the killing of an American journalist.",
                               "2023-01-01");
  CU_ASSERT_EQUAL (find_event (iv, "09")->targets->len, 0);
  /* "and" between common nouns goes on with the object, before a name it ends it */
  g_autoptr(DgFacts) w = run ("China deployed warships and aircraft around Taiwan.", "2023-01-01");
  CU_ASSERT_STRING_EQUAL (target_code (w, find_event (w, "15"), 0), "TWN");
  g_autoptr(DgFacts) j = run ("Egypt criticized the plan and Jordan rejected it.", "2023-01-01");
  CU_ASSERT_EQUAL (find_event (j, "111")->targets->len, 0);
  g_autoptr(DgFacts) p = run ("Three Russians and a Ukrainian were convicted by a Dutch court.", "2023-01-01");
  CU_ASSERT_EQUAL (find_event (p, "11")->targets->len, 2);
}

/* ", according to X": X is the source, not the main clause's subject. */
static void
test_according_to (void)
{
  g_autoptr(DgFacts) f = run ("Fighting between Peru and Chile has killed 700 people since April, "
                              "according to the World Health Organization.", "2023-05-20");
  const DgEvent *e = find_event (f, "010");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->agents->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (e->agents, int, 0))->label,
                          "World Health Organization");
  /* ", saying ..." still shares the main clause's speaker */
  g_autoptr(DgFacts) g = run ("Peru condemned Chile, saying the raid was illegal.", "2023-05-20");
  CU_ASSERT_STRING_EQUAL (agent_code (g, find_event (g, "010")), "PER");
}

/* Two triggers of the same length: the table's first, the more specific
 * one ("fired tear gas at" before "fired ... at"). */
static void
test_trigger_tie (void)
{
  static const struct { const char *text, *cameo; } cases[] = {
    { "Israeli police fired tear gas at Palestinian protesters.", "175" },
    { "The United States sent military aid to Ukraine.", "072" },
    { "Iraq launched an invasion of Kuwait.", "192" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2023-05-11");
      CU_ASSERT_EQUAL_FATAL (f->events->len, 1);
      CU_ASSERT_STRING_EQUAL (((DgEvent *) g_ptr_array_index (f->events, 0))->cameo, cases[i].cameo);
    }
}

/* "..., a human rights group protested here Wednesday": the verb reports
 * what comes before; its subject is after the comma. */
static void
test_inverted_report (void)
{
  g_autoptr(DgFacts) f = run ("Croatian authorities are failing to uphold the rights of refugees, "
                              "a human rights group protested here Wednesday.", "2023-05-11");
  /* the group, not Croatia, complains about Croatia */
  const DgEvent *c = find_event (f, "114");
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  CU_ASSERT_EQUAL (c->agents->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (f, g_array_index (c->agents, int, 0))->label, "human rights group");
  CU_ASSERT_STRING_EQUAL (target_code (f, c, 0), "HRV");
  g_autoptr(DgFacts) g = run ("Croatian authorities are failing to uphold the rights of refugees, "
                              "Serbia protested on Wednesday.", "2023-05-11");
  CU_ASSERT_STRING_EQUAL (agent_code (g, find_event (g, "114")), "SRB");
  CU_ASSERT_STRING_EQUAL (target_code (g, find_event (g, "114"), 0), "HRV");
  g_autoptr(DgFacts) m = run ("Iran, meanwhile, protested.", "2023-05-11");
  CU_ASSERT_STRING_EQUAL (agent_code (m, find_event (m, "14")), "IRN");
}

/* What one is accused of holds no one accused. */
static void
test_accused_of (void)
{
  g_autoptr(DgFacts) f = run ("Peru accused Western countries of trying to provoke Chile.", "2023-05-11");
  const DgEvent *e = find_event (f, "112");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_EQUAL (e->targets->len, 0);
  g_autoptr(DgFacts) g = run ("Iran accused the United States of backing rebels in Syria.", "2023-05-11");
  CU_ASSERT_STRING_EQUAL (target_code (g, find_event (g, "112"), 0), "USA");
  CU_ASSERT_EQUAL (find_event (g, "112")->targets->len, 1);
}

/* A complaint addressed to someone targets whom it is about. */
static void
test_complaint_target (void)
{
  static const struct { const char *text, *target; } cases[] = {
    { "Lebanon complained to the United Nations on Tuesday over two Israeli air raids.", "ISR" },
    { "Japan protested to China over the incursion of coast guard ships.", "CHN" },
    { "Iran complained to the IAEA about the inspectors' report.", "IAEA" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2023-05-11");
      const DgEvent *e = find_event (f, "11");
      CU_ASSERT_PTR_NOT_NULL_FATAL (e);
      CU_ASSERT_EQUAL (e->targets->len, 1);
      const DgActor *t = actor (f, g_array_index (e->targets, int, 0));
      CU_ASSERT_TRUE (g_strcmp0 (t->code, cases[i].target) == 0
                      || (t->code == NULL && strstr (t->label, "Atomic") != NULL));
    }
}

/* "a ceasefire brokered by Saudi Arabia": the by-phrase mediates between
 * the clause's subjects; "Egypt brokered" is active. */
static void
test_reduced_passive (void)
{
  g_autoptr(DgFacts) f = run ("Sudan's army and the rebels agreed to a truce brokered by Saudi Arabia.",
                              "2023-05-11");
  const DgEvent *e = find_event (f, "045");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (f, e), "SAU");
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), "SDN");
  g_autoptr(DgFacts) g = run ("Egypt brokered a truce between Israel and Hamas.", "2023-05-11");
  CU_ASSERT_STRING_EQUAL (agent_code (g, find_event (g, "045")), "EGY");
}

/* An intent takes the intent code of what it is about. */
static void
test_intent_codes (void)
{
  static const struct { const char *text, *cameo; } cases[] = {
    { "Iran is ready to resume talks with the European Union.", "036" },
    { "The Kyrgyz president has agreed to resign.", "0341" },
    { "Syria is willing to withdraw its troops from Lebanon.", "0356" },
    { "Peru will mediate between Chile and Bolivia.", "039" },
    { "Iran is ready to impose sanctions on Iraq.", "1312" },
    /* agreeing to a ceasefire is the intent to hold it; declaring one is
     * the truce itself */
    { "Armenia and Azerbaijan agreed to a ceasefire on Sunday.", "0356" },
    { "Armenia declared a ceasefire on Sunday.", "0871" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2020-01-01");
      const DgEvent *e = find_event (f, cases[i].cameo);
      if (!e)
        for (guint k = 0; k < f->events->len; k++)
          fprintf (stderr, "\"%s\": got %s\n", cases[i].text,
                   ((DgEvent *) g_ptr_array_index (f->events, k))->cameo);
      CU_ASSERT_PTR_NOT_NULL (e);
    }
}

/* What an actor may do on a condition is a threat or an intent. */
static void
test_conditional (void)
{
  static const struct { const char *text, *cameo; } cases[] = {
    { "Iran could impose sanctions on Iraq unless it withdraws.", "1312" },
    { "If the fighting goes on, Iran may expel the Iraqi ambassador.", "1313" },
    { "Peru may meet Chile if the talks go well.", "036" },
    { "Iran could impose sanctions on Iraq.", "163" },              /* no condition */
    { "Reporters asked if Iran could impose sanctions on Iraq.", "163" },   /* a question */
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2020-01-01");
      CU_ASSERT_EQUAL_FATAL (f->events->len, 1);
      const DgEvent *e = g_ptr_array_index (f->events, 0);
      if (strcmp (e->cameo, cases[i].cameo) != 0)
        fprintf (stderr, "\"%s\": got %s, want %s\n", cases[i].text, e->cameo, cases[i].cameo);
      CU_ASSERT_STRING_EQUAL (e->cameo, cases[i].cameo);
      CU_ASSERT_STRING_EQUAL (e->modality, "hypothetical");
    }
  /* "looked forward to meeting": a plan */
  g_autoptr(DgFacts) lf = run ("Peru said it looked forward to meeting Chile in Lima.", "2023-06-01");
  CU_ASSERT_STRING_EQUAL (find_event (lf, "03")->cameo, "036");
  CU_ASSERT_STRING_EQUAL (find_event (lf, "03")->modality, "planned");
  /* a refusal is asserted; a negated meeting is negated */
  g_autoptr(DgFacts) rf = run ("Iran refused to meet Iraq. Peru did not meet Chile.", "2023-06-01");
  CU_ASSERT_STRING_EQUAL (find_event (rf, "12")->modality, "asserted");
  CU_ASSERT_STRING_EQUAL (find_event (rf, "04")->modality, "negated");
  /* the month is no modal */
  g_autoptr(DgFacts) m = run ("On May 20, Sudan criticized Chad.", "2023-06-01");
  CU_ASSERT_STRING_EQUAL (find_event (m, "111")->modality, "asserted");
  CU_ASSERT_STRING_EQUAL (find_event (m, "111")->date, "2023-05-20");
  g_autoptr(DgFacts) h = run ("Sudan may criticize Chad.", "2023-06-01");
  CU_ASSERT_STRING_EQUAL (find_event (h, "111")->modality, "hypothetical");
  /* the condition itself is hypothetical but no one's intent */
  g_autoptr(DgFacts) c = run ("Hamas said it would free hostages if Israel withdrew its forces.",
                              "2023-06-01");
  const DgEvent *w = find_event (c, "087");
  CU_ASSERT_PTR_NOT_NULL_FATAL (w);
  CU_ASSERT_STRING_EQUAL (w->cameo, "0874");
  CU_ASSERT_STRING_EQUAL (w->modality, "hypothetical");
  CU_ASSERT_PTR_NULL (find_event (c, "035"));
  /* aid pledged for a place goes to its country */
  g_autoptr(DgFacts) g = run ("The European Union pledged humanitarian aid for Gaza.", "2023-06-01");
  CU_ASSERT_STRING_EQUAL (target_code (g, find_event (g, "033"), 0), "PSE");
}

/* A refusal to yield is a rejection that happened (CAMEO 124x), coded by
 * what is not given up; "did not release" stays a negated release. */
static void
test_refusal_to_yield (void)
{
  static const struct { const char *text, *cameo; } cases[] = {
    { "Russia will not lift sanctions against Georgia, the Kremlin said.", "1244" },
    { "The U.S. said it would not meet their demands.", "123" },
    { "Iran refused to release the hostages held in Tehran.", "1243" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2020-01-01");
      const DgEvent *e = find_event (f, "12");
      CU_ASSERT_PTR_NOT_NULL_FATAL (e);
      if (strcmp (e->cameo, cases[i].cameo) != 0)
        fprintf (stderr, "\"%s\": got %s, want %s\n", cases[i].text, e->cameo, cases[i].cameo);
      CU_ASSERT_STRING_EQUAL (e->cameo, cases[i].cameo);
      CU_ASSERT_STRING_EQUAL (e->modality, "asserted");
      CU_ASSERT_PTR_NULL (find_event (f, "08"));
    }
  g_autoptr(DgFacts) d = run ("Syria did not release the prisoners, Amnesty International said.",
                              "2020-01-01");
  CU_ASSERT_PTR_NULL (find_event (d, "12"));
  CU_ASSERT_STRING_EQUAL (find_event (d, "0841")->modality, "negated");
  /* the release the kidnappers demand has not happened */
  g_autoptr(DgFacts) c = run ("Iran ignored the kidnappers' demands to release prisoners.",
                              "2020-01-01");
  CU_ASSERT_PTR_NULL (find_event (c, "084"));
  CU_ASSERT_PTR_NULL (find_event (c, "035"));
  g_autoptr(DgFacts) w = run ("Israel will release the prisoners next week.", "2020-01-01");
  CU_ASSERT_STRING_EQUAL (find_event (w, "03")->cameo, "0353");
}

/* Forces demobilized or pulled back with no doer named are the agent of
 * their own de-escalation; a partitive with an adjective ("one third of
 * armed Colombian rebels") names the subject. */
static void
test_own_forces_passive (void)
{
  g_autoptr(DgFacts) f = run ("One third of armed Colombian rebels have been demobilized since the "
                              "accord, officials said.", "2020-01-01");
  const DgEvent *e = find_event (f, "0873");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (f, e), "COL");
  CU_ASSERT_EQUAL (e->targets->len, 0);
  /* a criticism in the passive keeps its target */
  g_autoptr(DgFacts) c = run ("Colombian rebels were criticized by Peru.", "2020-01-01");
  CU_ASSERT_STRING_EQUAL (agent_code (c, find_event (c, "11")), "PER");
}

/* A protest that reports the clause before it is a complaint (114) about
 * that clause's subject; a phrase before the comma is no clause. */
static void
test_reported_protest (void)
{
  g_autoptr(DgFacts) f = run ("China is violating the treaty, Japan protested.", "2020-01-01");
  const DgEvent *e = find_event (f, "114");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (f, e), "JPN");
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), "CHN");
  CU_ASSERT_PTR_NULL (find_event (f, "14"));
  g_autoptr(DgFacts) p = run ("After the vote in Lima, Japan protested.", "2020-01-01");
  CU_ASSERT_PTR_NULL (find_event (p, "114"));
  CU_ASSERT_PTR_NOT_NULL (find_event (p, "140"));
  /* agreeing is no report: Iran is not the target of a headline's list */
  g_autoptr(DgFacts) h = run ("Iran, IAEA agree on inspections roadmap\n\nThe talks went on.",
                              "2020-01-01");
  const DgEvent *e3 = find_event (h, "03");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e3);
  CU_ASSERT_EQUAL (e3->targets->len, 0);
  /* demonstrators protesting are the protest's agent; a participle after
   * a comma belongs to the main clause's subject, not to its object */
  g_autoptr(DgFacts) d = run ("Kenyan police fired tear gas at students protesting election results "
                              "in Nairobi.", "2020-01-01");
  CU_ASSERT_STRING_EQUAL (agent_code (d, find_event (d, "14")), "KEN");
  g_autoptr(DgFacts) c = run ("Iran summoned the Swiss envoy on Monday, protesting the raid.",
                              "2020-01-01");
  CU_ASSERT_STRING_EQUAL (agent_code (c, find_event (c, "14")), "IRN");
}

/* A participle between a determiner or a number and its noun is an
 * adjective: "the detained sailors" were detained before, by no one named
 * here; "Iran detained two sailors" is the act. */
static void
test_attributive_participle (void)
{
  static const char *const none[] = {
    "Iran said it would not free the detained sailors.",
    "Colombia said it would free 30 jailed guerrillas.",
    "The arrested men were Iranian nationals, Turkey said.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      g_autoptr(DgFacts) n = run (none[i], "2020-01-01");
      CU_ASSERT_PTR_NULL (find_event (n, "17"));
      CU_ASSERT_PTR_NULL (find_event (n, "13"));
    }
  g_autoptr(DgFacts) f = run ("Israel has detained 30 Palestinians.", "2020-01-01");
  CU_ASSERT_STRING_EQUAL (target_code (f, find_event (f, "173"), 0), "PSE");
  /* the victim of an act whose doer the clause does not name is no target */
  g_autoptr(DgFacts) v = run ("Thousands of Iranians rallied to protest against the killing of "
                              "Iraqi President Saddam Hussein.", "2020-01-01");
  const DgEvent *e = find_event (v, "141");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (v, e), "IRN");
  CU_ASSERT_EQUAL (e->targets->len, 0);
}

/* Force on a place that is the verb's object targets the place's country. */
static void
test_object_place (void)
{
  static const struct { const char *text, *cameo, *target; } cases[] = {
    { "Russian forces shelled the city of Kharkiv on Monday.", "194", "UKR" },
    { "Israel imposed a blockade on the Gaza Strip in 2007.", "191", "PSE" },
    { "The United States dropped an atomic bomb on Hiroshima in August 1945.", "2042", "JPN" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2020-01-01");
      const DgEvent *e = find_event (f, cases[i].cameo);
      CU_ASSERT_PTR_NOT_NULL_FATAL (e);
      CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), cases[i].target);
    }
  /* only force, coercion and protest act on a place: praise is for people */
  g_autoptr(DgFacts) n = run ("Russia praised the city of Kharkiv.", "2020-01-01");
  CU_ASSERT_EQUAL (find_event (n, "05")->targets->len, 0);
}

/* An appeal or a demand takes the subcode of what it asks for (CAMEO
 * numbers them as the intents: 036 -> 026, 0356 -> 1056); what it asks for
 * is no event of its own. */
static void
test_appeal_content (void)
{
  static const struct { const char *text, *cameo; } cases[] = {
    { "Germany urged Moscow and Kyiv to return to the negotiating table.", "026" },
    { "Kyiv demanded that Moscow withdraw its troops from Crimea.", "1056" },
    { "France urged Iran to meet the IAEA chief.", "026" },
    { "Peru urged Chile to impose sanctions on Bolivia.", "020" },   /* no such subcode */
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2020-01-01");
      CU_ASSERT_EQUAL (f->events->len, 1);
      const DgEvent *e = find_event (f, cases[i].cameo);
      if (!e)
        for (guint k = 0; k < f->events->len; k++)
          fprintf (stderr, "\"%s\": got %s\n", cases[i].text,
                   ((DgEvent *) g_ptr_array_index (f->events, k))->cameo);
      CU_ASSERT_PTR_NOT_NULL (e);
    }
}

/* What is criticized is no act of the critic; a text that condemns is no
 * act of whoever votes on it; a criticized plan with a doer of its own
 * stays that doer's. */
static void
test_criticized_content (void)
{
  g_autoptr(DgFacts) v = run ("Ukrainian President Volodymyr Zelensky criticized the visit.",
                              "2024-07-09");
  CU_ASSERT_PTR_NOT_NULL (find_event (v, "111"));
  CU_ASSERT_PTR_NULL (find_event (v, "04"));
  g_autoptr(DgFacts) t = run ("India abstained from a U.N. General Assembly vote condemning "
                              "Russia's invasion.", "2024-07-09");
  CU_ASSERT_PTR_NULL (find_event (t, "11"));
  g_autoptr(DgFacts) p = run ("Iran criticized U.S. plans to send more troops into Afghanistan.",
                              "2024-07-09");
  const DgEvent *e = find_event (p, "154");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (p, e), "USA");
  CU_ASSERT_STRING_EQUAL (agent_code (p, find_event (p, "111")), "IRN");
}

/* "received" hosts a person named right after it, nothing else; a
 * consultation by telephone is a call. */
static void
test_received_and_called (void)
{
  g_autoptr(DgFacts) f = run ("Hungary's Viktor Orban received Chinese President Xi Jinping in "
                              "Budapest.", "2024-05-09");
  const DgEvent *e = find_event (f, "043");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (agent_code (f, e), "HUN");
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), "CHN");
  static const char *const none[] = {
    "Ukraine received military aid from Germany.",
    "Iran received a letter from Obama on Monday.",
    "The minister received a letter.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      g_autoptr(DgFacts) n = run (none[i], "2024-05-09");
      CU_ASSERT_PTR_NULL (find_event (n, "04"));
    }
  /* welcoming a person is hosting; welcoming a decision is praise */
  g_autoptr(DgFacts) w = run ("Kishida welcomed South Korean President Yoon Suk Yeol in Tokyo.",
                              "2024-05-09");
  CU_ASSERT_STRING_EQUAL (target_code (w, find_event (w, "043"), 0), "KOR");
  g_autoptr(DgFacts) d = run ("Japan welcomed Iran's decision to free the sailors.", "2024-05-09");
  CU_ASSERT_PTR_NOT_NULL (find_event (d, "051"));
  CU_ASSERT_PTR_NULL (find_event (d, "043"));
  /* a meeting in a country no participant belongs to is at a third location */
  g_autoptr(DgFacts) k = run ("In 2018, Kim Jong Un met Donald Trump in Singapore.", "2024-05-09");
  CU_ASSERT_PTR_NOT_NULL (find_event (k, "044"));
  g_autoptr(DgFacts) q = run ("Qatar's emir met Iran's president in Qatar.", "2024-05-09");
  CU_ASSERT_PTR_NOT_NULL (find_event (q, "040"));
  g_autoptr(DgFacts) p = run ("Erdogan and Putin discussed the grain deal in a phone call on "
                              "Wednesday.", "2024-05-09");
  CU_ASSERT_PTR_NOT_NULL (find_event (p, "041"));
  CU_ASSERT_PTR_NULL (find_event (p, "040"));
}

/* A protest targets whom it defies, before the place it is in; the
 * agent's own country as the possessor of what it gives is no target. */
static void
test_protest_and_possessive_targets (void)
{
  g_autoptr(DgFacts) f = run ("Thousands of people blocked streets in Hong Kong in defiance of "
                              "Chinese authorities.", "2024-06-04");
  const DgEvent *e = find_event (f, "14");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), "CHN");
  g_autoptr(DgFacts) p = run ("Turkish Foreign Minister Hakan Fidan pledged Turkey's support for "
                              "Ukraine's territorial integrity.", "2024-06-04");
  CU_ASSERT_STRING_EQUAL (target_code (p, find_event (p, "03"), 0), "UKR");
  g_autoptr(DgFacts) c = run ("Russia condemned Ukraine's attack on Kursk.", "2024-06-04");
  CU_ASSERT_STRING_EQUAL (target_code (c, find_event (c, "111"), 0), "UKR");
  g_autoptr(DgFacts) o = run ("Syria offered its troops to Lebanon's new President Elias Hrawi.",
                              "2024-06-04");
  CU_ASSERT_STRING_EQUAL (target_code (o, find_event (o, "03"), 0), "LBN");
  /* a participle after a comma has every subject of the main clause */
  g_autoptr(DgFacts) l = run ("Niger, Mali and Burkina Faso announced their withdrawal from the "
                              "bloc, accusing France of meddling.", "2024-06-04");
  CU_ASSERT_EQUAL (find_event (l, "112")->agents->len, 3);
  /* "remains detained": passive, the detained is the target and the state
   * where it happens the agent */
  g_autoptr(DgFacts) r = run ("Bazoum remains detained in Niamey.", "2024-06-04");
  const DgEvent *d = find_event (r, "173");
  CU_ASSERT_PTR_NOT_NULL_FATAL (d);
  CU_ASSERT_EQUAL (d->targets->len, 1);
  CU_ASSERT_STRING_EQUAL (actor (r, g_array_index (d->targets, int, 0))->label, "Mohamed Bazoum");
}

/* Who did what is investigated is the investigation's target; a victim
 * is not. */
static void
test_investigated_perpetrator (void)
{
  g_autoptr(DgFacts) f = run ("The ICC is investigating war crimes carried out by Russian forces "
                              "in Ukraine.", "2024-06-04");
  CU_ASSERT_STRING_EQUAL (target_code (f, find_event (f, "09"), 0), "RUS");
  g_autoptr(DgFacts) v = run ("Israel's military said it was investigating the killing of an "
                              "American journalist in the West Bank.", "2024-06-04");
  CU_ASSERT_EQUAL (find_event (v, "09")->targets->len, 0);
}

/* A visit named by a noun is its possessor's, its by-phrase's, or - after
 * a light verb or a preposition - the subject's; the object of another
 * verb is no visit of that verb's subject. */
static void
test_nominal_visit (void)
{
  static const char *const none[] = { "Beijing welcomed the visit.",
                                      "The Kremlin dismissed the visit." };
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      g_autoptr(DgFacts) n = run (none[i], "2024-06-04");
      CU_ASSERT_PTR_NULL (find_event (n, "04"));
    }
  static const struct { const char *text, *visitor; } cases[] = {
    { "Modi's three-day visit to Moscow ended on Wednesday.", "IND" },
    { "The Jordanian king made a visit to Amman.", "JOR" },
    { "Blinken said during a visit to Cairo that talks would resume.", "USA" },
    { "The visit by Chinese President Xi Jinping to Serbia ended on Friday.", "CHN" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DgFacts) f = run (cases[i].text, "2024-06-04");
      const DgEvent *e = find_event (f, "042");
      CU_ASSERT_PTR_NOT_NULL_FATAL (e);
      if (strcmp (agent_code (f, e), cases[i].visitor) != 0)
        fprintf (stderr, "\"%s\": visitor %s\n", cases[i].text, agent_code (f, e));
      CU_ASSERT_STRING_EQUAL (agent_code (f, e), cases[i].visitor);
    }
}

/* What a meeting, a call or an agreement is for is no event of its own. */
static void
test_purpose_of_meeting (void)
{
  g_autoptr(DgFacts) f = run ("West German Chancellor Helmut Kohl telephoned Soviet leader Mikhail "
                              "Gorbachev on Sunday to discuss German unification.", "1990-01-01");
  CU_ASSERT_EQUAL (f->events->len, 1);
  CU_ASSERT_PTR_NOT_NULL (find_event (f, "041"));
  g_autoptr(DgFacts) g = run ("The United States and Mexico signed an agreement to cooperate in "
                              "fighting drug trafficking.", "1990-01-01");
  CU_ASSERT_PTR_NOT_NULL (find_event (g, "057"));
  CU_ASSERT_PTR_NULL (find_event (g, "06"));
}

/* Rejecting a proposal to meet is 125; the talks proposed did not happen. */
static void
test_rejected_proposal_to_meet (void)
{
  g_autoptr(DgFacts) f = run ("Pakistan rejected an offer from Afghanistan for direct talks between "
                              "the two neighbors.", "1990-01-01");
  const DgEvent *e = find_event (f, "125");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), "AFG");
  CU_ASSERT_PTR_NULL (find_event (f, "04"));
  g_autoptr(DgFacts) r = run ("Iran and Oman held a round of talks in Muscat.", "1990-01-01");
  CU_ASSERT_PTR_NOT_NULL (find_event (r, "04"));
  /* force by a crowd in a passive's by-phrase is a violent protest */
  g_autoptr(DgFacts) c = run ("The French embassy in Tehran was attacked by demonstrators.",
                              "1990-01-01");
  CU_ASSERT_PTR_NOT_NULL (find_event (c, "145"));
  CU_ASSERT_PTR_NULL (find_event (c, "19"));
}

/* Directed acts of one root merge only with the same sides. */
static void
test_merge_keeps_sides (void)
{
  /* directed acts of one root merge only with the same sides */
  g_autoptr(DgFacts) d = run ("Poland accused Russia of sabotage. Russia summoned the Polish "
                              "ambassador.", "2024-06-04");
  const DgEvent *acc = find_event (d, "112"), *sum = find_event (d, "114");
  CU_ASSERT_PTR_NOT_NULL_FATAL (acc);
  CU_ASSERT_PTR_NOT_NULL_FATAL (sum);
  CU_ASSERT_STRING_EQUAL (agent_code (d, acc), "POL");
  CU_ASSERT_STRING_EQUAL (agent_code (d, sum), "RUS");
  CU_ASSERT_EQUAL (acc->evidence->len, 1);
  /* two places of one country are compatible: one strike campaign */
  g_autoptr(DgFacts) g = run ("Israeli air strikes killed 30 Palestinians in the Gaza Strip on Sunday. "
                              "Israeli aircraft struck Palestinian targets in Khan Younis on Sunday.",
                              "2024-07-14");
  guint n = 0;
  for (guint i = 0; i < g->events->len; i++)
    n += g_str_has_prefix (((DgEvent *) g_ptr_array_index (g->events, i))->cameo, "19");
  CU_ASSERT_EQUAL (n, 1);
  /* "charged X with": X, in the gap, is the one charged */
  g_autoptr(DgFacts) c = run ("Polish prosecutors charged three Belarusian nationals with spying for "
                              "Russia.", "2024-06-04");
  const DgEvent *ch = find_event (c, "173");
  CU_ASSERT_PTR_NOT_NULL_FATAL (ch);
  CU_ASSERT_STRING_EQUAL (target_code (c, ch, 0), "BLR");
  CU_ASSERT_EQUAL (ch->targets->len, 1);
}

/* Calling for sanctions against a country rallies opposition against it
 * (113): the country is the target, not the one appealed to. */
static void
test_rally_opposition (void)
{
  g_autoptr(DgFacts) f = run ("Archbishop Desmond Tutu called for sanctions against Nigeria.",
                              "2020-01-01");
  const DgEvent *e = find_event (f, "113");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (target_code (f, e, 0), "NGA");
  CU_ASSERT_PTR_NULL (find_event (f, "02"));
  /* an appeal to the country itself stays an appeal */
  g_autoptr(DgFacts) a = run ("Tutu called on Nigeria to free political prisoners.", "2020-01-01");
  CU_ASSERT_PTR_NULL (find_event (a, "113"));
}

/* Force whose doer the text does not name keeps its target when a weapon
 * or an attack makes it violence; a bombing's weapon gives its code. */
static void
test_force_without_agent (void)
{
  g_autoptr(DgFacts) r = run ("Two Turkish soldiers were killed by a roadside bomb near Kirkuk.",
                              "2021-05-05");
  const DgEvent *e = find_event (r, "18");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->cameo, "1833");
  CU_ASSERT_EQUAL (e->agents->len, 0);
  CU_ASSERT_STRING_EQUAL (target_code (r, e, 0), "TUR");
  g_autoptr(DgFacts) c = run ("A car bomb killed four Lebanese soldiers on Monday.", "2021-05-05");
  CU_ASSERT_STRING_EQUAL (find_event (c, "18")->cameo, "1832");
  CU_ASSERT_STRING_EQUAL (target_code (c, find_event (c, "18"), 0), "LBN");
  g_autoptr(DgFacts) m = run ("A minefield explosion killed two Iraqi shepherds on Sunday.",
                              "2021-05-05");
  CU_ASSERT_STRING_EQUAL (find_event (m, "19")->cameo, "190");
  CU_ASSERT_STRING_EQUAL (target_code (m, find_event (m, "19"), 0), "IRQ");
  /* the weapon refines generic force: aircraft 195, artillery and tanks 194,
   * small arms 193 */
  g_autoptr(DgFacts) w = run ("Israeli warplanes struck targets in Gaza.", "2021-05-05");
  CU_ASSERT_PTR_NOT_NULL (find_event (w, "195"));
  g_autoptr(DgFacts) g = run ("Gunmen attacked a checkpoint in Kirkuk.", "2021-05-05");
  CU_ASSERT_PTR_NOT_NULL (find_event (g, "193"));
  /* an agent keeps the event his: tanks firing "shell bombs" are no bombing */
  g_autoptr(DgFacts) t = run ("Israeli tanks fired shell bombs at targets in Jericho.", "2021-05-05");
  CU_ASSERT_STRING_EQUAL (agent_code (t, find_event (t, "19")), "ISR");
  CU_ASSERT_PTR_NULL (find_event (t, "18"));
  /* no weapon, no attack: accidents; a condition is no attack */
  static const char *const none[] = {
    "Two Peruvian miners were killed in a mine collapse.",
    "A gas explosion killed three Chinese workers in Tianjin.",
    "Norway is willing to send material to help defend Saudi Arabia if it is attacked.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      g_autoptr(DgFacts) n = run (none[i], "2021-05-05");
      CU_ASSERT_PTR_NULL (find_event (n, "18"));
      CU_ASSERT_PTR_NULL (find_event (n, "19"));
    }
}

static void
test_no_event (void)
{
  g_autofree char *path = dg_test_srcpath ("tests/data/negative.txt");
  g_autofree char *data = NULL;
  CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &data, NULL, NULL));
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);
  guint n = 0;
  for (guint i = 0; lines[i]; i++)
    {
      if (!*lines[i] || lines[i][0] == '#')
        continue;
      n++;
      g_autoptr(DgFacts) f = run (lines[i], "2024-01-01");
      for (guint k = 0; k < f->events->len; k++)
        fprintf (stderr, "unexpected event %s in: %s\n",
                 ((DgEvent *) g_ptr_array_index (f->events, k))->cameo, lines[i]);
      CU_ASSERT_EQUAL (f->events->len, 0);
    }
  CU_ASSERT_TRUE (n >= 50);
}

static void
test_timex (void)
{
  g_autofree char *past = dg_timex_resolve_weekday ("2009-03-31", 2, FALSE);   /* Tuesday */
  g_autofree char *mon = dg_timex_resolve_weekday ("2009-03-31", 1, FALSE);
  g_autofree char *wed = dg_timex_resolve_weekday ("2009-03-31", 3, TRUE);
  g_autofree char *none = dg_timex_resolve_weekday (NULL, 3, TRUE);
  CU_ASSERT_STRING_EQUAL (past, "2009-03-31");
  CU_ASSERT_STRING_EQUAL (mon, "2009-03-30");
  CU_ASSERT_STRING_EQUAL (wed, "2009-04-01");
  CU_ASSERT_PTR_NULL (none);

  g_autoptr(DgFacts) g = run ("Swedish Foreign Minister Eva Lund met Polish Foreign Minister Jan Nowak on March 6 in Geneva.", "2009-03-31");
  const DgEvent *e = find_event (g, "04");
  CU_ASSERT_PTR_NOT_NULL_FATAL (e);
  CU_ASSERT_STRING_EQUAL (e->date, "2009-03-06");
  CU_ASSERT_STRING_EQUAL (e->date_text, "March 6");

  /* relative and partial dates, against a Tuesday, 2009-03-31 */
  static const struct { const char *when; const char *date; } cases[] = {
    { "two days ago", "2009-03-29" }, { "a week ago", "2009-03-24" },
    { "three months ago", "2008-12" }, { "in late February", "2009-02" },
    { "in December", "2008-12" }, { "this year", "2009" }, { "last Tuesday", "2009-03-24" },
    { "last Friday", "2009-03-27" }, { "on 6 March", "2009-03-06" },
    { "on 6 March 2007", "2007-03-06" }, { "last month", "2009-02" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Iran criticized Israel %s.", cases[i].when);
      g_autoptr(DgFacts) f = run (text, "2009-03-31");
      e = find_event (f, "11");
      CU_ASSERT_PTR_NOT_NULL_FATAL (e);
      if (g_strcmp0 (e->date, cases[i].date) != 0)
        fprintf (stderr, "\"%s\": got %s, want %s\n", text, e->date, cases[i].date);
      CU_ASSERT_STRING_EQUAL (e->date, cases[i].date);
    }
  g_autoptr(DgFacts) n = run ("Iran will meet Israel next Tuesday.", "2009-03-31");
  CU_ASSERT_STRING_EQUAL (find_event (n, "03")->date, "2009-04-07");
  /* a statement is dated by its verb, not by what it reports; a weekday
   * after a past verb is past even when the reported clause says "would" */
  g_autoptr(DgFacts) st = run ("Iran said in a statement on Monday that it would talk. "
                               "Peru told reporters the talks would resume next year.", "2023-05-11");
  for (guint i = 0; i < st->events->len; i++)
    {
      const DgEvent *x = g_ptr_array_index (st->events, i);
      if (g_str_has_prefix (x->cameo, "01"))
        CU_ASSERT_TRUE (g_strcmp0 (x->date, "2023-05-08") == 0 || g_strcmp0 (x->date, "2023-05-11") == 0);
    }
  CU_ASSERT_STRING_EQUAL (find_event (st, "01")->date, "2023-05-08");
  /* a headline's event (dated by the document only) is the body's event */
  g_autoptr(DgFacts) hl = run ("Peru condemns Chile\n\nPeru condemned Chile on Friday.", "2023-05-11");
  guint n11 = 0;
  for (guint i = 0; i < hl->events->len; i++)
    n11 += g_str_has_prefix (((DgEvent *) g_ptr_array_index (hl->events, i))->cameo, "11");
  CU_ASSERT_EQUAL (n11, 1);
  CU_ASSERT_STRING_EQUAL (find_event (hl, "11")->date, "2023-05-05");
  /* "this week" is kept as text */
  g_autoptr(DgFacts) w = run ("Iran criticized Israel earlier this week.", "2009-03-31");
  CU_ASSERT_STRING_EQUAL (find_event (w, "11")->date_text, "this week");
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  lex = dg_lexicon_new_default (&error);
  if (!lex)
    return 1;
  CU_initialize_registry ();
  DG_TEST_SUITE ("extract", DG_TEST (test_person_with_title), DG_TEST (test_unnamed_official),
                 DG_TEST (test_reported_demand), DG_TEST (test_name_before_verb),
                 DG_TEST (test_shared_subject), DG_TEST (test_group_of_two),
                 DG_TEST (test_content_of_previous), DG_TEST (test_appositive_role),
                 DG_TEST (test_saying),
                 DG_TEST (test_role_coreference_meeting), DG_TEST (test_same_event_merges),
                 DG_TEST (test_statement_with_quote), DG_TEST (test_quote_spans), DG_TEST (test_criticism_with_pronoun),
                 DG_TEST (test_planned_meeting), DG_TEST (test_passive_and_parenthesis),
                 DG_TEST (test_object_after_to), DG_TEST (test_groups), DG_TEST (test_objects),
                 DG_TEST (test_targets), DG_TEST (test_names),
                 DG_TEST (test_speakers_and_intents),
                 DG_TEST (test_state_where_it_happened), DG_TEST (test_relative_clause_subject), DG_TEST (test_participle_after_verb), DG_TEST (test_peacekeepers_deployed), DG_TEST (test_expulsion_code), DG_TEST (test_lists_and_parentheticals), DG_TEST (test_speaker_and_reported_subject), DG_TEST (test_honorifics), DG_TEST (test_places_denials_crowds), DG_TEST (test_according_to), DG_TEST (test_trigger_tie), DG_TEST (test_inverted_report), DG_TEST (test_accused_of), DG_TEST (test_complaint_target), DG_TEST (test_reduced_passive), DG_TEST (test_intent_codes), DG_TEST (test_conditional), DG_TEST (test_force_without_agent), DG_TEST (test_refusal_to_yield), DG_TEST (test_rally_opposition), DG_TEST (test_own_forces_passive), DG_TEST (test_merge_keeps_sides), DG_TEST (test_purpose_of_meeting), DG_TEST (test_rejected_proposal_to_meet), DG_TEST (test_nominal_visit), DG_TEST (test_investigated_perpetrator), DG_TEST (test_protest_and_possessive_targets), DG_TEST (test_received_and_called), DG_TEST (test_criticized_content), DG_TEST (test_appeal_content), DG_TEST (test_object_place), DG_TEST (test_attributive_participle), DG_TEST (test_reported_protest), DG_TEST (test_no_event),
                 DG_TEST (test_timex));
  int rc = dg_test_run ();
  dg_lexicon_unref (lex);
  return rc;
}
