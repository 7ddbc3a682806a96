/* cmd-stats.c - dipgraph stats: what the store holds */
#include <string.h>
#include "dg-cli.h"
#include "dg-query.h"
#include "dg-vocab.h"

/* Counts by class over the materialized types.  The distinct pairs are
 * counted here, not with COUNT(DISTINCT): rasqal 0.9.33 miscounts it
 * (7 for 6 distinct participants on the example article). */
static const struct { const char *title; const char *column; const char *sparql; } reports[] = {
  { "Documents", "documents",
    "SELECT DISTINCT ?class ?d WHERE { ?d a dip:Document . BIND (dip:Document AS ?class) }" },
  { "Actors by class", "actors",
    "SELECT DISTINCT ?class ?a WHERE { ?a a dip:Actor . ?a a ?class . "
    "FILTER (?class != dip:Actor && ?class != dip:Place) }" },
  { "Events by class", "events",
    "SELECT DISTINCT ?class ?e WHERE { ?e a dip:Event . ?e a ?class . "
    "FILTER (?class != dip:Event) }" },
};

typedef struct {
  char *name;
  guint n;
} ClassCount;

static gint
by_count (gconstpointer x, gconstpointer y)
{
  const ClassCount *a = *(ClassCount *const *) x, *b = *(ClassCount *const *) y;
  return a->n != b->n ? (a->n < b->n ? 1 : -1) : g_strcmp0 (a->name, b->name);
}

/* Prints "| class | N |" rows for the distinct (class, resource) pairs of
 * @sparql, most frequent first. */
static gboolean
print_counts (DgStore *store, const char *sparql, const char *column, GError **error)
{
  g_autofree char *tsv = dg_query_run_to_string (store, sparql, "tsv", error);
  if (!tsv)
    return FALSE;
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);
  for (guint i = 1; lines[i]; i++)            /* line 0 is the header */
    {
      char *tab = strchr (lines[i], '\t');
      if (!tab)
        continue;
      *tab = '\0';
      char *cls = lines[i];
      if (g_str_has_prefix (cls, "<" DG_NS_DIP))
        {
          cls += strlen ("<" DG_NS_DIP) - 4;
          memcpy (cls, "dip:", 4);
          cls[strlen (cls) - 1] = '\0';     /* the closing '>' */
        }
      ClassCount *c = g_hash_table_lookup (counts, cls);
      if (!c)
        {
          c = g_new0 (ClassCount, 1);
          c->name = cls;
          g_hash_table_insert (counts, cls, c);
        }
      c->n++;
    }
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, NULL, &value))
    g_ptr_array_add (rows, value);
  g_ptr_array_sort (rows, by_count);
  int width = 5;
  for (guint i = 0; i < rows->len; i++)
    width = MAX (width, (int) strlen (((ClassCount *) g_ptr_array_index (rows, i))->name));
  printf ("| %-*s | %s |\n", width, "class", column);
  for (guint i = 0; i < rows->len; i++)
    {
      const ClassCount *c = g_ptr_array_index (rows, i);
      printf ("| %-*s | %*u |\n", width, c->name, (int) strlen (column), c->n);
    }
  printf ("(%u rows)\n", rows->len);
  return TRUE;
}

int
dg_cmd_stats (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("stats", "",
      "Counts quads, named graphs, documents, actors and events in the store.", NULL, &common);
  int status = DG_EXIT_OK;
  DgRdf *rdf = NULL;
  DgStore *store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) graphs = NULL;

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto out;
    }
  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, common.store, DG_STORE_READ, &error);
  if (!store)
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto out;
    }
  graphs = dg_store_list_graphs (store, &error);
  printf ("Store:  %s\nQuads:  %" G_GINT64_FORMAT "\nGraphs: %u\n", dg_store_get_spec (store),
          dg_store_size (store), graphs ? graphs->len : 0);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      printf ("\n%s:\n", reports[i].title);
      fflush (stdout);
      if (!print_counts (store, reports[i].sparql, reports[i].column, &error))
        {
          dg_cli_error ("%s", error->message);
          status = DG_EXIT_FAILURE;
          goto out;
        }
    }

out:
  dg_store_free (store);
  dg_rdf_free (rdf);
  g_free (common.store);
  return status;
}
