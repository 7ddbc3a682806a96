/* test-ontology.c - the ontology files agree with each other and the code
 *
 * ontology/dipgraph.ttl is parsed with raptor2 and checked against
 * graph/dg-vocab.h (every DG_DIP_* term declared, labelled, commented),
 * against ontology/classes.tsv (the same class hierarchy), against
 * ontology/cameo.tsv (every dip_class is a class), and the CAMEO SKOS scheme
 * that ontology/cameo-skos.awk generates is checked concept by concept.
 */
#include <string.h>
#include <glib/gstdio.h>
#include <raptor2.h>

#include "dg-test.h"
#include "dg-vocab.h"

#define OWL_CLASS     DG_NS_OWL "Class"
#define OWL_OBJPROP   DG_NS_OWL "ObjectProperty"
#define OWL_DATAPROP  DG_NS_OWL "DatatypeProperty"
#define RDFS_SUBCLASS DG_NS_RDFS "subClassOf"
#define RDFS_SUBPROP  DG_NS_RDFS "subPropertyOf"
#define RDFS_DOMAIN   DG_NS_RDFS "domain"
#define RDFS_RANGE    DG_NS_RDFS "range"
#define SKOS_CONCEPT  DG_NS_SKOS "Concept"
#define SKOS_SCHEME   DG_NS_SKOS "ConceptScheme"
#define SKOS_NOTATION DG_NS_SKOS "notation"
#define SKOS_PREFLABEL DG_NS_SKOS "prefLabel"
#define SKOS_BROADER  DG_NS_SKOS "broader"
#define SKOS_INSCHEME DG_NS_SKOS "inScheme"
#define SKOS_TOPCONCEPTOF DG_NS_SKOS "topConceptOf"
#define DIP_EVENTCLASS  DG_NS_DIP "eventClass"
#define DIP_PLOVERCONTEXT DG_NS_DIP "ploverContext"
#define CAMEO_SCHEME  DG_NS_CAMEO "scheme"

/* ------------------------------------------------------------------------ */
/* A parsed graph: the triples, and a set of "s p o" keys for lookups. */

typedef struct {
  char *s, *p, *o;     /* o: IRI, blank node id or literal lexical form */
  gboolean literal;
  char *datatype;      /* literals: datatype IRI or NULL */
  char *lang;          /* literals: language tag or NULL */
} Triple;

typedef struct {
  GPtrArray *triples;  /* Triple* */
  GHashTable *keys;    /* "s\037p\037o" (literals: o prefixed with '"') */
  GHashTable *sp;      /* "s\037p" */
  guint errors;
  char *first_error;
} Graph;

static void
triple_free (gpointer data)
{
  Triple *t = data;
  g_free (t->s);
  g_free (t->p);
  g_free (t->o);
  g_free (t->datatype);
  g_free (t->lang);
  g_free (t);
}

static void
graph_free (Graph *g)
{
  if (!g)
    return;
  g_ptr_array_unref (g->triples);
  g_hash_table_unref (g->keys);
  g_hash_table_unref (g->sp);
  g_free (g->first_error);
  g_free (g);
}

static char *
key3 (const char *s, const char *p, const char *o, gboolean literal)
{
  return g_strconcat (s, "\037", p, "\037", literal ? "\"" : "", o, NULL);
}

static char *
term_string (raptor_term *term)
{
  switch (term->type)
    {
    case RAPTOR_TERM_TYPE_URI:
      return g_strdup ((const char *) raptor_uri_as_string (term->value.uri));
    case RAPTOR_TERM_TYPE_BLANK:
      return g_strconcat ("_:", (const char *) term->value.blank.string, NULL);
    case RAPTOR_TERM_TYPE_LITERAL:
      return g_strdup ((const char *) term->value.literal.string);
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      return g_strdup ("");
    }
}

static void
on_statement (void *user_data, raptor_statement *st)
{
  Graph *g = user_data;
  Triple *t = g_new0 (Triple, 1);

  t->s = term_string (st->subject);
  t->p = term_string (st->predicate);
  t->o = term_string (st->object);
  t->literal = st->object->type == RAPTOR_TERM_TYPE_LITERAL;
  if (t->literal && st->object->value.literal.datatype)
    t->datatype = g_strdup ((const char *) raptor_uri_as_string
                            (st->object->value.literal.datatype));
  if (t->literal && st->object->value.literal.language)
    t->lang = g_strdup ((const char *) st->object->value.literal.language);
  g_hash_table_add (g->keys, key3 (t->s, t->p, t->o, t->literal));
  g_hash_table_add (g->sp, g_strconcat (t->s, "\037", t->p, NULL));
  g_ptr_array_add (g->triples, t);
}

static void
on_log (void *user_data, raptor_log_message *message)
{
  Graph *g = user_data;

  if (message->level < RAPTOR_LOG_LEVEL_ERROR)
    return;
  g->errors++;
  if (!g->first_error)
    g->first_error = g_strdup_printf ("line %d: %s",
                                      message->locator ? message->locator->line : -1,
                                      message->text);
}

/* Parses Turtle @text; NULL when raptor could not be set up.  Syntax
 * errors are counted in ->errors. */
static Graph *
graph_parse (const char *text, gsize len, const char *base)
{
  Graph *g = g_new0 (Graph, 1);
  raptor_world *world = NULL;
  raptor_parser *parser = NULL;
  raptor_uri *base_uri = NULL;

  g->triples = g_ptr_array_new_with_free_func (triple_free);
  g->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g->sp = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  world = raptor_new_world ();
  if (!world || raptor_world_open (world))
    goto fail;
  raptor_world_set_log_handler (world, g, on_log);
  parser = raptor_new_parser (world, "turtle");
  base_uri = raptor_new_uri (world, (const unsigned char *) base);
  if (!parser || !base_uri)
    goto fail;
  raptor_parser_set_statement_handler (parser, g, on_statement);
  if (raptor_parser_parse_start (parser, base_uri)
      || raptor_parser_parse_chunk (parser, (const unsigned char *) text, len, 1))
    g->errors++;
  raptor_free_uri (base_uri);
  raptor_free_parser (parser);
  raptor_free_world (world);
  return g;

fail:
  if (base_uri)
    raptor_free_uri (base_uri);
  if (parser)
    raptor_free_parser (parser);
  if (world)
    raptor_free_world (world);
  graph_free (g);
  return NULL;
}

static gboolean
has (const Graph *g, const char *s, const char *p, const char *o)
{
  g_autofree char *k = key3 (s, p, o, FALSE);
  return g_hash_table_contains (g->keys, k);
}

static gboolean
has_literal (const Graph *g, const char *s, const char *p, const char *o)
{
  g_autofree char *k = key3 (s, p, o, TRUE);
  return g_hash_table_contains (g->keys, k);
}

static gboolean
has_pred (const Graph *g, const char *s, const char *p)
{
  g_autofree char *k = g_strconcat (s, "\037", p, NULL);
  return g_hash_table_contains (g->sp, k);
}

/* The first literal value of @s @p, or NULL. */
static const Triple *
find_literal (const Graph *g, const char *s, const char *p)
{
  for (guint i = 0; i < g->triples->len; i++)
    {
      const Triple *t = g_ptr_array_index (g->triples, i);
      if (t->literal && strcmp (t->s, s) == 0 && strcmp (t->p, p) == 0)
        return t;
    }
  return NULL;
}

static guint
count_typed (const Graph *g, const char *type)
{
  guint n = 0;
  for (guint i = 0; i < g->triples->len; i++)
    {
      const Triple *t = g_ptr_array_index (g->triples, i);
      if (!t->literal && strcmp (t->p, DG_RDF_TYPE) == 0 && strcmp (t->o, type) == 0)
        n++;
    }
  return n;
}

/* Has an English label and a comment, both non-empty. */
static gboolean
is_documented (const Graph *g, const char *iri)
{
  const Triple *label = find_literal (g, iri, DG_RDFS_LABEL);
  const Triple *comment = find_literal (g, iri, DG_RDFS_COMMENT);
  return label && comment && *label->o && strlen (comment->o) >= 20
    && label->lang && strcmp (label->lang, "en") == 0;
}

static gboolean
is_dip (const char *iri)
{
  return g_str_has_prefix (iri, DG_NS_DIP) && iri[strlen (DG_NS_DIP)] != '\0';
}

static char *
dip (const char *local)
{
  return g_strconcat (DG_NS_DIP, local, NULL);
}

/* ------------------------------------------------------------------------ */
/* Fixtures: the ontology, parsed once. */

static Graph *onto;

static Graph *
load_file (const char *relative)
{
  g_autofree char *path = dg_test_srcpath (relative);
  g_autofree char *text = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &text, &len, NULL))
    return NULL;
  return graph_parse (text, len, "https://w3id.org/dipgraph/ontology");
}

static Graph *
ontology (void)
{
  if (!onto)
    onto = load_file ("ontology/dipgraph.ttl");
  return onto;
}

/* Lines of a source file, without the trailing newline. */
static char **
read_lines (const char *relative)
{
  g_autofree char *path = dg_test_srcpath (relative);
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  g_strdelimit (text, "\r", '\n');
  return g_strsplit (text, "\n", -1);
}

/* ------------------------------------------------------------------------ */
/* (1) dg-vocab.h */

static const char *const vocab_terms[] = {
  DG_DIP_ACTOR, DG_DIP_PERSON, DG_DIP_COUNTRY, DG_DIP_ORGANIZATION,
  DG_DIP_INTERNATIONAL_ORGANIZATION, DG_DIP_PLACE, DG_DIP_DOCUMENT,
  DG_DIP_MENTION, DG_DIP_EVENT,
  DG_DIP_AGENT, DG_DIP_TARGET, DG_DIP_PARTICIPANT, DG_DIP_PLACE_P,
  DG_DIP_DATE, DG_DIP_DATETEXT, DG_DIP_CAMEOCODE, DG_DIP_CAMEO,
  DG_DIP_PLOVERTYPE, DG_DIP_PLOVERMODE, DG_DIP_GOLDSTEIN, DG_DIP_QUADCLASS,
  DG_DIP_MODALITY, DG_DIP_QUOTE, DG_DIP_ABOUT, DG_DIP_SOURCE, DG_DIP_EVIDENCE,
  DG_DIP_CONFIDENCE, DG_DIP_ROLE, DG_DIP_AFFILIATION, DG_DIP_SECTOR,
  DG_DIP_COUNTRYCODE, DG_DIP_LOCATEDIN, DG_DIP_MENTIONS, DG_DIP_MENTIONOF,
  DG_DIP_EVIDENCESPAN,
};

/* Class names start upper case, property names lower case. */
static void
check_term (const Graph *g, const char *iri)
{
  const char *local = iri + strlen (DG_NS_DIP);
  gboolean is_class = g_ascii_isupper (local[0]);
  gboolean ok;

  if (is_class)
    ok = has (g, iri, DG_RDF_TYPE, OWL_CLASS);
  else
    ok = has (g, iri, DG_RDF_TYPE, OWL_OBJPROP) || has (g, iri, DG_RDF_TYPE, OWL_DATAPROP);
  if (!ok)
    g_printerr ("\n  %s: not declared as %s", iri, is_class ? "owl:Class" : "a property");
  CU_ASSERT_TRUE (ok);
  ok = is_documented (g, iri);
  if (!ok)
    g_printerr ("\n  %s: no rdfs:label@en or rdfs:comment", iri);
  CU_ASSERT_TRUE (ok);
  if (!is_class)
    {
      ok = has_pred (g, iri, RDFS_DOMAIN) && has_pred (g, iri, RDFS_RANGE);
      if (!ok)
        g_printerr ("\n  %s: no rdfs:domain or rdfs:range", iri);
      CU_ASSERT_TRUE (ok);
    }
}

static void
test_vocab_static (void)
{
  Graph *g = ontology ();
  CU_ASSERT_PTR_NOT_NULL_FATAL (g);
  CU_ASSERT_EQUAL (g->errors, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (vocab_terms); i++)
    check_term (g, vocab_terms[i]);
}

/* Every '#define DG_DIP_X DG_NS_DIP "local"' of the header as it is now. */
static void
test_vocab_header (void)
{
  Graph *g = ontology ();
  g_auto (GStrv) lines = read_lines ("graph/dg-vocab.h");
  g_autoptr (GRegex) re = g_regex_new
    ("^\\s*#\\s*define\\s+(DG_DIP_\\w+)\\s+DG_NS_DIP\\s+\"([^\"]+)\"", 0, 0, NULL);
  guint found = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (g);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lines);
  CU_ASSERT_PTR_NOT_NULL_FATAL (re);
  for (char **l = lines; *l; l++)
    {
      g_autoptr (GMatchInfo) mi = NULL;
      g_autofree char *local = NULL;
      g_autofree char *iri = NULL;
      gboolean in_static = FALSE;

      if (!g_regex_match (re, *l, 0, &mi))
        continue;
      local = g_match_info_fetch (mi, 2);
      iri = dip (local);
      check_term (g, iri);
      for (gsize i = 0; i < G_N_ELEMENTS (vocab_terms); i++)
        in_static |= strcmp (vocab_terms[i], iri) == 0;
      CU_ASSERT_TRUE (in_static);  /* keep vocab_terms[] complete */
      found++;
    }
  CU_ASSERT_EQUAL (found, G_N_ELEMENTS (vocab_terms));
}

/* ------------------------------------------------------------------------ */
/* (2) every dip: term is documented; the design's classes exist */

static const char *const contract_classes[] = {
  "Actor", "Person", "Country", "Organization", "InternationalOrganization",
  "ArmedGroup", "GovernmentBody", "Place", "Document", "Mention", "Event",
  "Statement", "Consult", "Meeting", "Visit", "PhoneCall", "Negotiation",
  "Mediation", "Agree", "Support", "Cooperate", "Aid", "Concede", "Retreat",
  "Request", "Accuse", "Reject", "Threaten", "Protest", "Mobilize",
  "Sanction", "Coerce", "Assault",
};

static void
test_terms_documented (void)
{
  Graph *g = ontology ();
  guint classes = 0, properties = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (g);
  for (guint i = 0; i < g->triples->len; i++)
    {
      const Triple *t = g_ptr_array_index (g->triples, i);
      if (!is_dip (t->s) || strcmp (t->p, DG_RDF_TYPE) != 0)
        continue;
      if (strcmp (t->o, OWL_CLASS) == 0)
        classes++;
      else if (strcmp (t->o, OWL_OBJPROP) == 0 || strcmp (t->o, OWL_DATAPROP) == 0)
        properties++;
      else
        continue;
      if (!is_documented (g, t->s))
        g_printerr ("\n  %s: no rdfs:label@en or rdfs:comment", t->s);
      CU_ASSERT_TRUE (is_documented (g, t->s));
    }
  CU_ASSERT_EQUAL (classes, G_N_ELEMENTS (contract_classes));
  CU_ASSERT_TRUE (properties >= 27);

  for (gsize i = 0; i < G_N_ELEMENTS (contract_classes); i++)
    {
      g_autofree char *iri = dip (contract_classes[i]);
      if (!has (g, iri, DG_RDF_TYPE, OWL_CLASS))
        g_printerr ("\n  %s: not declared", iri);
      CU_ASSERT_TRUE (has (g, iri, DG_RDF_TYPE, OWL_CLASS));
    }
  /* terms the CAMEO scheme uses */
  CU_ASSERT_TRUE (has (g, DIP_EVENTCLASS, DG_RDF_TYPE, OWL_OBJPROP));
  CU_ASSERT_TRUE (has (g, DIP_PLOVERCONTEXT, DG_RDF_TYPE, OWL_DATAPROP));
  CU_ASSERT_TRUE (has (g, "https://w3id.org/dipgraph/ontology", DG_RDF_TYPE,
                       DG_NS_OWL "Ontology"));
  CU_ASSERT_TRUE (has_literal (g, "https://w3id.org/dipgraph/ontology",
                               DG_NS_OWL "versionInfo", "0.1.0"));
}

/* ------------------------------------------------------------------------ */
/* (3) classes.tsv == the rdfs:subClassOf links between dip: classes */

static void
test_classes_tsv (void)
{
  Graph *g = ontology ();
  g_auto (GStrv) lines = read_lines ("ontology/classes.tsv");
  g_autoptr (GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint links = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (g);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lines);
  CU_ASSERT_STRING_EQUAL (lines[0], "class\tparent");
  for (char **l = lines + 1; *l; l++)
    {
      g_auto (GStrv) f = NULL;
      g_autofree char *c = NULL;
      g_autofree char *p = NULL;

      if (!**l)
        continue;
      f = g_strsplit (*l, "\t", -1);
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 2);
      c = dip (f[0]);
      CU_ASSERT_TRUE (has (g, c, DG_RDF_TYPE, OWL_CLASS));
      g_hash_table_add (named, g_strdup (f[0]));
      if (!*f[1])
        continue;
      p = dip (f[1]);
      if (!has (g, c, RDFS_SUBCLASS, p))
        g_printerr ("\n  classes.tsv: %s %s is not in dipgraph.ttl", f[0], f[1]);
      CU_ASSERT_TRUE (has (g, c, RDFS_SUBCLASS, p));
      CU_ASSERT_FALSE (g_hash_table_contains (rows, *l));   /* no duplicates */
      g_hash_table_add (rows, g_strdup (*l));
    }

  for (guint i = 0; i < g->triples->len; i++)
    {
      const Triple *t = g_ptr_array_index (g->triples, i);
      g_autofree char *row = NULL;

      if (strcmp (t->p, DG_RDF_TYPE) == 0 && strcmp (t->o, OWL_CLASS) == 0
          && is_dip (t->s))
        {
          /* every dip: class has a row (roots with an empty parent) */
          gboolean ok = g_hash_table_contains (named, t->s + strlen (DG_NS_DIP));
          if (!ok)
            g_printerr ("\n  %s: no row in classes.tsv", t->s);
          CU_ASSERT_TRUE (ok);
        }
      if (strcmp (t->p, RDFS_SUBCLASS) != 0 || !is_dip (t->s) || !is_dip (t->o))
        continue;
      row = g_strconcat (t->s + strlen (DG_NS_DIP), "\t",
                         t->o + strlen (DG_NS_DIP), NULL);
      if (!g_hash_table_contains (rows, row))
        g_printerr ("\n  dipgraph.ttl: %s subClassOf %s has no row in classes.tsv",
                    t->s, t->o);
      CU_ASSERT_TRUE (g_hash_table_contains (rows, row));
      links++;
    }
  CU_ASSERT_EQUAL (links, g_hash_table_size (rows));
  CU_ASSERT_EQUAL (links, 29);
  CU_ASSERT_EQUAL (g_hash_table_size (named), G_N_ELEMENTS (contract_classes));
}

/* ------------------------------------------------------------------------ */
/* (4) cameo.tsv's dip_class values are event classes */

/* @iri reaches dip:Event through dip: rdfs:subClassOf links. */
static gboolean
is_event_class (const Graph *g, const char *iri, int depth)
{
  if (strcmp (iri, DG_DIP_EVENT) == 0)
    return TRUE;
  if (depth > 10)
    return FALSE;
  for (guint i = 0; i < g->triples->len; i++)
    {
      const Triple *t = g_ptr_array_index (g->triples, i);
      if (strcmp (t->s, iri) == 0 && strcmp (t->p, RDFS_SUBCLASS) == 0
          && is_dip (t->o) && is_event_class (g, t->o, depth + 1))
        return TRUE;
    }
  return FALSE;
}

static void
test_cameo_classes (void)
{
  Graph *g = ontology ();
  g_auto (GStrv) lines = read_lines ("ontology/cameo.tsv");
  guint rows = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (g);
  CU_ASSERT_PTR_NOT_NULL_FATAL (lines);
  CU_ASSERT_TRUE (g_str_has_prefix (lines[0], "cameo_code\t"));
  for (char **l = lines + 1; *l; l++)
    {
      g_auto (GStrv) f = NULL;
      g_autofree char *c = NULL;
      gboolean ok;

      if (!**l)
        continue;
      f = g_strsplit (*l, "\t", -1);
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 8);
      c = dip (f[7]);
      ok = has (g, c, DG_RDF_TYPE, OWL_CLASS) && is_event_class (g, c, 0);
      if (!ok)
        g_printerr ("\n  cameo.tsv %s: %s is not a dip: event class", f[0], f[7]);
      CU_ASSERT_TRUE (ok);
      rows++;
    }
  CU_ASSERT_TRUE (rows >= 300);
}

/* ------------------------------------------------------------------------ */
/* (5) facts the code relies on */

static void
test_facts (void)
{
  Graph *g = ontology ();

  CU_ASSERT_PTR_NOT_NULL_FATAL (g);
  CU_ASSERT_TRUE (has (g, DG_NS_DIP "Meeting", RDFS_SUBCLASS, DG_NS_DIP "Consult"));
  CU_ASSERT_TRUE (has (g, DG_NS_DIP "Consult", RDFS_SUBCLASS, DG_DIP_EVENT));
  CU_ASSERT_TRUE (has (g, DG_DIP_COUNTRY, RDFS_SUBCLASS, DG_DIP_PLACE));
  CU_ASSERT_TRUE (has (g, DG_DIP_COUNTRY, RDFS_SUBCLASS, DG_DIP_ACTOR));
  CU_ASSERT_TRUE (has (g, DG_DIP_INTERNATIONAL_ORGANIZATION, RDFS_SUBCLASS,
                       DG_DIP_ORGANIZATION));
  CU_ASSERT_TRUE (has (g, DG_DIP_AGENT, RDFS_SUBPROP, DG_DIP_PARTICIPANT));
  CU_ASSERT_TRUE (has (g, DG_DIP_TARGET, RDFS_SUBPROP, DG_DIP_PARTICIPANT));
  CU_ASSERT_TRUE (has (g, DG_DIP_AGENT, RDFS_SUBPROP, DG_NS_SEM "hasActor"));
  CU_ASSERT_TRUE (has (g, DG_DIP_PLACE_P, RDFS_SUBPROP, DG_NS_SEM "hasPlace"));
  CU_ASSERT_TRUE (has (g, DG_DIP_SOURCE, RDFS_SUBPROP, DG_NS_PROV "wasDerivedFrom"));
  CU_ASSERT_TRUE (has (g, DG_DIP_EVENT, RDFS_SUBCLASS, DG_NS_SEM "Event"));
  CU_ASSERT_TRUE (has (g, DG_DIP_EVENT, RDFS_SUBCLASS, DG_NS_SCHEMA "Event"));
  CU_ASSERT_TRUE (has (g, DG_DIP_PERSON, RDFS_SUBCLASS, DG_NS_FOAF "Person"));
  CU_ASSERT_TRUE (has (g, DG_DIP_PERSON, RDFS_SUBCLASS, DG_NS_SCHEMA "Person"));
  CU_ASSERT_TRUE (has (g, DG_DIP_DOCUMENT, RDFS_SUBCLASS, DG_NS_SCHEMA "NewsArticle"));
  CU_ASSERT_TRUE (has (g, DG_DIP_MENTION, RDFS_SUBCLASS, DG_NS_NIF "String"));
  CU_ASSERT_TRUE (has (g, DG_DIP_DATE, RDFS_RANGE, DG_XSD_DATE));
  CU_ASSERT_TRUE (has (g, DG_DIP_GOLDSTEIN, RDFS_RANGE, DG_XSD_DECIMAL));
  CU_ASSERT_TRUE (has (g, DG_DIP_QUADCLASS, RDFS_RANGE, DG_XSD_INTEGER));
  CU_ASSERT_TRUE (has (g, DG_DIP_CAMEO, RDFS_RANGE, SKOS_CONCEPT));
  CU_ASSERT_TRUE (has (g, DG_DIP_CAMEO, DG_RDF_TYPE, OWL_OBJPROP));
  CU_ASSERT_TRUE (has (g, DG_DIP_DATE, DG_RDF_TYPE, OWL_DATAPROP));
  CU_ASSERT_TRUE (has (g, DG_DIP_SOURCE, RDFS_RANGE, DG_DIP_DOCUMENT));
}

/* ------------------------------------------------------------------------ */
/* (6) the generated CAMEO SKOS scheme */

static void
test_cameo_skos (void)
{
  g_autofree char *script = dg_test_srcpath ("ontology/cameo-skos.awk");
  g_autofree char *tsv = dg_test_srcpath ("ontology/cameo.tsv");
  const char *argv[] = { "awk", "-f", script, tsv, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = read_lines ("ontology/cameo.tsv");
  int status = 0;
  guint rows = 0, roots = 0;
  Graph *g;

  CU_ASSERT_PTR_NOT_NULL_FATAL (lines);
  CU_ASSERT_TRUE_FATAL (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH,
                                      NULL, NULL, &out, &err, &status, &error));
  if (!g_spawn_check_wait_status (status, NULL))
    g_printerr ("\n  cameo-skos.awk: %s", err);
  CU_ASSERT_TRUE_FATAL (g_spawn_check_wait_status (status, NULL));
  CU_ASSERT_STRING_EQUAL (err, "");

  g = graph_parse (out, strlen (out), DG_NS_CAMEO);
  CU_ASSERT_PTR_NOT_NULL_FATAL (g);
  if (g->errors)
    g_printerr ("\n  cameo-skos.awk output: %s", g->first_error);
  CU_ASSERT_EQUAL (g->errors, 0);

  CU_ASSERT_EQUAL (count_typed (g, SKOS_SCHEME), 1);
  CU_ASSERT_TRUE (has (g, CAMEO_SCHEME, DG_RDF_TYPE, SKOS_SCHEME));
  CU_ASSERT_TRUE (has_pred (g, CAMEO_SCHEME, DG_NS_DCTERMS "source"));

  /* every row: one concept with its notation, name, scheme and class */
  for (char **l = lines + 1; *l; l++)
    {
      g_auto (GStrv) f = NULL;
      g_autofree char *c = NULL;
      g_autofree char *cls = NULL;
      g_autofree char *parent = NULL;

      if (!**l)
        continue;
      f = g_strsplit (*l, "\t", -1);
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 8);
      c = g_strconcat (DG_NS_CAMEO, f[0], NULL);
      cls = dip (f[7]);
      rows++;
      CU_ASSERT_TRUE (has (g, c, DG_RDF_TYPE, SKOS_CONCEPT));
      CU_ASSERT_TRUE (has_literal (g, c, SKOS_NOTATION, f[0]));
      if (!has_literal (g, c, SKOS_PREFLABEL, f[1]))
        g_printerr ("\n  %s: prefLabel is not \"%s\"", c, f[1]);
      CU_ASSERT_TRUE (has_literal (g, c, SKOS_PREFLABEL, f[1]));
      CU_ASSERT_TRUE (has (g, c, SKOS_INSCHEME, CAMEO_SCHEME));
      CU_ASSERT_TRUE (has (g, c, DIP_EVENTCLASS, cls));
      if (strlen (f[0]) == 2)
        {
          CU_ASSERT_TRUE (has (g, c, SKOS_TOPCONCEPTOF, CAMEO_SCHEME));
          CU_ASSERT_FALSE (has_pred (g, c, SKOS_BROADER));
          roots++;
        }
      else
        {
          parent = g_strndup (c, strlen (c) - 1);
          CU_ASSERT_TRUE (has (g, c, SKOS_BROADER, parent));
        }
      if (*f[2] && !strchr (f[2], '|'))
        CU_ASSERT_TRUE (has_literal (g, c, DG_DIP_PLOVERTYPE, f[2]));
    }
  CU_ASSERT_EQUAL (count_typed (g, SKOS_CONCEPT), rows);
  CU_ASSERT_EQUAL (rows, 313);
  CU_ASSERT_EQUAL (roots, 20);

  /* one concept in full */
  const char *c044 = DG_NS_CAMEO "044";
  const Triple *t;
  CU_ASSERT_TRUE (has_literal (g, c044, SKOS_NOTATION, "044"));
  CU_ASSERT_TRUE (has (g, c044, SKOS_BROADER, DG_NS_CAMEO "04"));
  CU_ASSERT_TRUE (has_literal (g, c044, SKOS_PREFLABEL, "Meet at a 'third' location"));
  CU_ASSERT_TRUE (has_literal (g, c044, DG_DIP_PLOVERTYPE, "CONSULT"));
  CU_ASSERT_TRUE (has_literal (g, c044, DG_DIP_PLOVERMODE, "third-party"));
  CU_ASSERT_TRUE (has (g, c044, DIP_EVENTCLASS, DG_NS_DIP "Meeting"));
  t = find_literal (g, c044, DG_DIP_GOLDSTEIN);
  CU_ASSERT_PTR_NOT_NULL_FATAL (t);
  CU_ASSERT_STRING_EQUAL (t->o, "2.5");
  CU_ASSERT_STRING_EQUAL (t->datatype, DG_XSD_DECIMAL);
  t = find_literal (g, c044, DG_DIP_QUADCLASS);
  CU_ASSERT_PTR_NOT_NULL_FATAL (t);
  CU_ASSERT_STRING_EQUAL (t->o, "1");
  CU_ASSERT_STRING_EQUAL (t->datatype, DG_XSD_INTEGER);
  /* four digits -> three; a split PLOVER type; an escaped quote */
  CU_ASSERT_TRUE (has (g, DG_NS_CAMEO "1121", SKOS_BROADER, DG_NS_CAMEO "112"));
  CU_ASSERT_TRUE (has_literal (g, DG_NS_CAMEO "08", DG_DIP_PLOVERTYPE, "CONCEDE"));
  CU_ASSERT_TRUE (has_literal (g, DG_NS_CAMEO "08", DG_DIP_PLOVERTYPE, "RETREAT"));
  CU_ASSERT_FALSE (has_pred (g, DG_NS_CAMEO "01", DG_DIP_PLOVERTYPE));

  graph_free (g);
}

/* Quotes, backslashes, CRLF, list-valued columns, a missing parent code. */
static void
test_cameo_skos_escaping (void)
{
  static const char tsv[] =
    "cameo_code\tcameo_name\tplover_event\tplover_mode\tplover_context\t"
    "goldstein\tquad_class\tdip_class\r\n"
    "01\tSay \"no\" \\ twice\\\t\t\tlegal; military\t-0.5\t0\tStatement\r\n"
    "0111\tDeep\tCONCEDE|RETREAT\tease\t\t10\t2\tConcede\r\n";
  g_autofree char *script = dg_test_srcpath ("ontology/cameo-skos.awk");
  g_autofree char *dir = g_dir_make_tmp ("test-ontology-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "awk", "-f", script, NULL, NULL };
  int status = 0;
  const Triple *t;
  Graph *g;

  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  path = g_build_filename (dir, "cameo.tsv", NULL);
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (path, tsv, -1, NULL));
  argv[3] = path;
  CU_ASSERT_TRUE_FATAL (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH,
                                      NULL, NULL, &out, &err, &status, NULL));
  g_unlink (path);
  g_rmdir (dir);
  CU_ASSERT_TRUE_FATAL (g_spawn_check_wait_status (status, NULL));

  g = graph_parse (out, strlen (out), DG_NS_CAMEO);
  CU_ASSERT_PTR_NOT_NULL_FATAL (g);
  CU_ASSERT_EQUAL (g->errors, 0);
  CU_ASSERT_EQUAL (count_typed (g, SKOS_CONCEPT), 2);
  CU_ASSERT_TRUE (has_literal (g, DG_NS_CAMEO "01", SKOS_PREFLABEL,
                               "Say \"no\" \\ twice\\"));
  CU_ASSERT_TRUE (has_literal (g, DG_NS_CAMEO "01", DIP_PLOVERCONTEXT, "legal"));
  CU_ASSERT_TRUE (has_literal (g, DG_NS_CAMEO "01", DIP_PLOVERCONTEXT, "military"));
  CU_ASSERT_FALSE (has_pred (g, DG_NS_CAMEO "01", DG_DIP_PLOVERTYPE));
  CU_ASSERT_FALSE (has_pred (g, DG_NS_CAMEO "01", DG_DIP_PLOVERMODE));
  CU_ASSERT_TRUE (has (g, DG_NS_CAMEO "01", SKOS_TOPCONCEPTOF, CAMEO_SCHEME));
  /* no 011: the nearest ancestor present */
  CU_ASSERT_TRUE (has (g, DG_NS_CAMEO "0111", SKOS_BROADER, DG_NS_CAMEO "01"));
  CU_ASSERT_TRUE (has_literal (g, DG_NS_CAMEO "0111", DG_DIP_PLOVERTYPE, "CONCEDE"));
  CU_ASSERT_TRUE (has_literal (g, DG_NS_CAMEO "0111", DG_DIP_PLOVERTYPE, "RETREAT"));
  CU_ASSERT_TRUE (has_literal (g, DG_NS_CAMEO "0111", DG_DIP_PLOVERMODE, "ease"));
  CU_ASSERT_TRUE (has (g, DG_NS_CAMEO "0111", DIP_EVENTCLASS, DG_NS_DIP "Concede"));
  t = find_literal (g, DG_NS_CAMEO "0111", DG_DIP_GOLDSTEIN);
  CU_ASSERT_PTR_NOT_NULL_FATAL (t);
  CU_ASSERT_STRING_EQUAL (t->o, "10");
  CU_ASSERT_STRING_EQUAL (t->datatype, DG_XSD_DECIMAL);
  graph_free (g);
}

int
main (void)
{
  int status;

  CU_initialize_registry ();
  DG_TEST_SUITE ("ontology",
                 DG_TEST (test_vocab_static),
                 DG_TEST (test_vocab_header),
                 DG_TEST (test_terms_documented),
                 DG_TEST (test_classes_tsv),
                 DG_TEST (test_cameo_classes),
                 DG_TEST (test_facts),
                 DG_TEST (test_cameo_skos),
                 DG_TEST (test_cameo_skos_escaping));
  status = dg_test_run ();
  graph_free (onto);
  return status;
}
