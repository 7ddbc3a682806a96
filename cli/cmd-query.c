/* cmd-query.c - dipgraph query: SPARQL over the store */
#include <string.h>
#include "dg-cli.h"
#include "dg-query.h"

int
dg_cmd_query (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  char *format = NULL, *file = NULL;
  const GOptionEntry entries[] = {
    { "format", 'F', 0, G_OPTION_ARG_STRING, &format,
      "table, json, csv, tsv, xml; for CONSTRUCT: turtle, ntriples, rdfxml", "FORMAT" },
    { "file", 'f', 0, G_OPTION_ARG_FILENAME, &file, "Read the query from FILE ('-' = stdin)", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("query", "[QUERY]",
      "Runs a SPARQL query (SELECT, ASK, CONSTRUCT) over the store.\n"
      "The prefixes dip: rdf: rdfs: xsd: owl: skos: dcterms: schema: foaf:\n"
      "prov: sem: nif: cameo: id: are declared for you.", entries, &common);
  int status = DG_EXIT_OK;
  g_autofree char *sparql = NULL;
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

  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, common.store, DG_STORE_READ, &error);
  if (!store || !dg_query_run (store, sparql, format, stdout, &error))
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto out;
    }
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
