/* store-bench.c - load/query/re-extract timings of the store backends
 *
 * Not built by make.  Build against a non-sanitizer build of the library:
 *   B=/path/to/build-without-asan
 *   cc -O2 -std=c11 -I$SRC/graph -I$B -o store-bench $SRC/bench/store-bench.c \
 *      $B/.libs/libdipgraph.a $(pkg-config --cflags --libs redland raptor2 \
 *      rasqal glib-2.0 gio-2.0 libxml-2.0 json-glib-1.0)
 *   ./store-bench SPEC [NDOCS]     e.g. sqlite:/tmp/b.store, bdb:/tmp/b, memory:
 * Synthetic documents of 100 event-like triples each (one named graph per
 * document, replaced with dg_store_replace_graph as extract does); results
 * in doc/storage.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "dg-store.h"
#include "dg-query.h"
#include "dg-vocab.h"

#define PERSONS 500

static const char *const event_classes[][3] = {
  { DG_NS_DIP "Meeting", DG_NS_DIP "Consult", DG_DIP_EVENT },
  { DG_NS_DIP "Statement", DG_DIP_EVENT, NULL },
  { DG_NS_DIP "Accuse", DG_DIP_EVENT, NULL },
  { DG_NS_DIP "Visit", DG_NS_DIP "Consult", DG_DIP_EVENT },
};

static void
add (DgRdf *rdf, GPtrArray *a, const char *s, const char *p, librdf_node *o)
{
  g_ptr_array_add (a, librdf_new_statement_from_nodes (dg_rdf_get_world (rdf),
                   dg_rdf_iri (rdf, s), dg_rdf_iri (rdf, p), o));
}

/* 100 statements for document @d. */
static GPtrArray *
make_doc (DgRdf *rdf, guint d, char **graph)
{
  GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  g_autofree char *doc = g_strdup_printf (DG_NS_ID "doc/%u", d);
  char *persons[3];
  guint e, i;

  add (rdf, a, doc, DG_RDF_TYPE, dg_rdf_iri (rdf, DG_DIP_DOCUMENT));
  add (rdf, a, doc, DG_RDFS_LABEL, dg_rdf_literal (rdf, doc + strlen (DG_NS_ID)));
  add (rdf, a, doc, DG_DCTERMS_DATE, dg_rdf_typed (rdf, "2017-02-17", DG_XSD_DATE));
  for (i = 0; i < 3; i++)
    {
      guint n = (d * 7 + i * 131) % PERSONS;
      g_autofree char *label = g_strdup_printf ("Person %u", n);
      persons[i] = g_strdup_printf (DG_NS_ID "person/p%u", n);
      add (rdf, a, persons[i], DG_RDF_TYPE, dg_rdf_iri (rdf, DG_DIP_PERSON));
      add (rdf, a, persons[i], DG_RDF_TYPE, dg_rdf_iri (rdf, DG_DIP_ACTOR));
      add (rdf, a, persons[i], DG_RDFS_LABEL, dg_rdf_literal (rdf, label));
    }
  /* 8 events x 11 = 88; 3 + 9 + 88 = 100 */
  for (e = 0; e < 8; e++)
    {
      g_autofree char *ev = g_strdup_printf (DG_NS_ID "event/%u-%u", d, e);
      g_autofree char *label = g_strdup_printf ("event %u of %u", e, d);
      const char *const *cls = event_classes[(d + e) % G_N_ELEMENTS (event_classes)];
      guint ntypes = cls[2] ? 3 : 2;

      for (i = 0; i < ntypes; i++)
        add (rdf, a, ev, DG_RDF_TYPE, dg_rdf_iri (rdf, cls[i]));
      add (rdf, a, ev, DG_RDFS_LABEL, dg_rdf_literal (rdf, label));
      add (rdf, a, ev, DG_DIP_AGENT, dg_rdf_iri (rdf, persons[e % 3]));
      add (rdf, a, ev, DG_DIP_TARGET, dg_rdf_iri (rdf, persons[(e + 1) % 3]));
      add (rdf, a, ev, DG_DIP_PARTICIPANT, dg_rdf_iri (rdf, persons[e % 3]));
      add (rdf, a, ev, DG_DIP_PARTICIPANT, dg_rdf_iri (rdf, persons[(e + 1) % 3]));
      add (rdf, a, ev, DG_DIP_SOURCE, dg_rdf_iri (rdf, doc));
      if (ntypes == 2)
        add (rdf, a, ev, DG_DIP_CAMEOCODE, dg_rdf_literal (rdf, "010"));
      add (rdf, a, ev, DG_DIP_DATE, dg_rdf_typed (rdf, "2017-02-17", DG_XSD_DATE));
      add (rdf, a, ev, DG_DIP_GOLDSTEIN, dg_rdf_typed (rdf, "2.5", DG_XSD_DECIMAL));
    }
  for (i = 0; i < 3; i++)
    g_free (persons[i]);
  *graph = g_strdup (doc);
  return a;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static void
query (DgStore *store, const char *name, const char *q)
{
  g_autoptr (GError) error = NULL;
  double t = now ();
  g_autofree char *out = dg_query_run_to_string (store, q, "csv", &error);
  guint rows = 0;

  if (out)
    for (const char *p = out; *p; p++)
      rows += *p == '\n';
  printf ("  query %-28s %8.3f s  %u rows%s%s\n", name, now () - t,
          rows ? rows - 1 : 0, error ? "  ERROR " : "", error ? error->message : "");
}

int
main (int argc, char **argv)
{
  g_autoptr (DgRdf) rdf = dg_rdf_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (DgStore) store = NULL;
  guint ndocs = argc > 2 ? atoi (argv[2]) : 2000;
  double t;
  guint d;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s SPEC [NDOCS]\n", argv[0]);
      return 2;
    }
  store = dg_store_open (rdf, argv[1], DG_STORE_WRITE, &error);
  if (!store)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("%s, %u documents x 100 triples\n", dg_store_get_spec (store), ndocs);
  t = now ();
  for (d = 0; d < ndocs; d++)
    {
      g_autofree char *graph = NULL;
      g_autoptr (GPtrArray) a = make_doc (rdf, d, &graph);
      if (!dg_store_replace_graph (store, graph, a, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  t = now () - t;
  printf ("  load                                 %8.3f s  (%.0f quads/s)\n", t,
          ndocs * 100 / t);
  t = now ();
  printf ("  size %" G_GINT64_FORMAT " quads", dg_store_size (store));
  printf (" (counted in %.3f s)\n", now () - t);

  if (!g_getenv ("SKIP_TRAP"))   /* a full scan per event on hashes */
    query (store, "meeting-with-person", "SELECT ?e WHERE { ?e a dip:Meeting ; "
         "dip:participant ?p . ?p rdfs:label \"Person 7\" }");
  query (store, "meeting-with-person-filter", "SELECT ?e WHERE { ?p rdfs:label "
         "\"Person 7\" . ?e dip:participant ?p . ?e a ?t FILTER(?t = dip:Meeting) }");
  query (store, "events-per-type", "SELECT ?t (COUNT(?e) AS ?n) WHERE "
         "{ ?e a dip:Event . ?e a ?t } GROUP BY ?t");
  query (store, "count-all", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");

  /* re-extract: replace 100 documents with the same content */
  t = now ();
  for (d = 0; d < 100 && d < ndocs; d++)
    {
      g_autofree char *graph = NULL;
      g_autoptr (GPtrArray) a = make_doc (rdf, d, &graph);
      if (!dg_store_replace_graph (store, graph, a, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  t = now () - t;
  printf ("  re-extract 100 documents             %8.3f s  (%.1f ms/doc)\n", t, t * 10);
  printf ("  size after %" G_GINT64_FORMAT " quads\n", dg_store_size (store));
  return 0;
}
