/* cmd-query.c - dipgraph query: SPARQL over the store */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "dg-cli.h"
#include "dg-query.h"

/* --timeout: rasqal cannot be interrupted, so the alarm ends the process
 * (exit 3) with one line on stderr; results already written to stdout
 * stay there.  The store is opened read-only, so nothing is lost. */
#define DG_QUERY_DEFAULT_TIMEOUT 300

static void
on_alarm (int sig)
{
  static const char msg[] = "dipgraph: query: timed out (use --timeout)\n";
  ssize_t n = write (2, msg, sizeof msg - 1);
  (void) n;
  _exit (DG_EXIT_INPUT);
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* --repeat: runs the query @n times in this process and prints the
 * times (the first result goes to stdout). */
static gboolean
run_repeated (DgStore *store, const char *sparql, const char *format, gint n,
              double open_ms, GError **error)
{
  g_autoptr (GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (gint i = 0; i < n; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autofree char *text = dg_query_run_to_string (store, sparql, format, error);
      double t = (double) (g_get_monotonic_time () - t0) / 1000.0;
      if (!text)
        return FALSE;
      g_array_append_val (ms, t);
      if (i == 0 && fputs (text, stdout) < 0)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "writing the results failed");
          return FALSE;
        }
    }
  g_array_sort (ms, compare_doubles);
  fprintf (stderr, "query: %d runs in this process: best %.2f ms, median %.2f ms "
           "(store open %.2f ms)\n", n, g_array_index (ms, double, 0),
           g_array_index (ms, double, (guint) n / 2), open_ms);
  return TRUE;
}

int
dg_cmd_query (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  gint timeout = DG_QUERY_DEFAULT_TIMEOUT;
  gint64 max_rows = 1000000;
  gint repeat = 0;
  gint64 t_open;
  char *format = NULL, *file = NULL;
  const GOptionEntry entries[] = {
    { "format", 'F', 0, G_OPTION_ARG_STRING, &format,
      "table, json, csv, tsv, xml; for CONSTRUCT: turtle, ntriples, rdfxml", "FORMAT" },
    { "file", 'f', 0, G_OPTION_ARG_FILENAME, &file, "Read the query from FILE ('-' = stdin)", "FILE" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout,
      "Seconds the query may run, then exit 3 (default 300; 0 = none)", "S" },
    { "max-rows", 0, 0, G_OPTION_ARG_INT64, &max_rows,
      "Most results a SELECT/CONSTRUCT without LIMIT returns (default 1000000; 0 = no cap)", "N" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat,
      "Run the query N times in this process and print the times to stderr "
      "(benchmarks: without process start-up)", "N" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("query", "[QUERY]",
      "Runs a SPARQL query (SELECT, ASK, CONSTRUCT) over the store.\n"
      "The prefixes dip: rdf: rdfs: xsd: owl: skos: dcterms: schema: foaf:\n"
      "prov: sem: nif: cameo: id: are declared for you.", entries, &common);
  int status = DG_EXIT_OK;
  g_autofree char *sparql = NULL;
  g_autofree char *capped_sparql = NULL;
  gboolean capped = FALSE;
  DgRdf *rdf = NULL;
  DgStore *store = NULL;
  g_autoptr(GError) error = NULL;

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (file && argc == 1)
    {
      gboolean ok;
      if (strcmp (file, "-") == 0)
        {
          GString *s = g_string_new (NULL);
          char buf[4096];
          size_t n;
          while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
            g_string_append_len (s, buf, (gssize) n);
          sparql = g_string_free (s, FALSE);
          ok = TRUE;
        }
      else
        ok = g_file_get_contents (file, &sparql, NULL, &error);
      if (!ok)
        {
          dg_cli_error ("%s", error->message);
          status = DG_EXIT_INPUT;
          goto out;
        }
    }
  else if (!file && argc == 2)
    sparql = g_strdup (argv[1]);
  else
    {
      dg_cli_error ("query: give one QUERY or -f FILE (try --help)");
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (!format)
    format = g_strdup ("table");
  if (!dg_query_is_format (format))
    {
      dg_cli_error ("--format %s: expected table, json, csv, tsv, xml, turtle, ntriples or rdfxml", format);
      status = DG_EXIT_USAGE;
      goto out;
    }

  if (timeout < 0)
    {
      dg_cli_error ("--timeout %d: give seconds >= 0", timeout);
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (timeout > 0)
    {
      signal (SIGALRM, on_alarm);
      alarm ((unsigned) timeout);
    }
  if (max_rows < 0 || max_rows > G_MAXINT / 2)
    {
      dg_cli_error ("--max-rows %" G_GINT64_FORMAT ": give 0 to %d", max_rows, G_MAXINT / 2);
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (repeat < 0)
    {
      dg_cli_error ("--repeat %d: give a count >= 1", repeat);
      status = DG_EXIT_USAGE;
      goto out;
    }
  t_open = g_get_monotonic_time ();
  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, common.store, DG_STORE_READ, &error);
  if (store)
    capped_sparql = dg_query_cap_rows (rdf, sparql, (guint) max_rows, &capped, &error);
  if (!store || !capped_sparql
      || !(repeat > 0
           ? run_repeated (store, capped_sparql, format, repeat,
                           (double) (g_get_monotonic_time () - t_open) / 1000.0, &error)
           : dg_query_run (store, capped_sparql, format, stdout, &error)))
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto out;
    }
  if (capped && common.verbose)
    dg_cli_note (&common, "dipgraph: query: at most %" G_GINT64_FORMAT
                 " results (add a LIMIT or use --max-rows)\n", max_rows);
  if (fflush (stdout) != 0)
    status = DG_EXIT_FAILURE;

out:
  dg_store_free (store);
  dg_rdf_free (rdf);
  g_free (common.store);
  g_free (format);
  g_free (file);
  return status;
}
