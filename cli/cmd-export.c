/* cmd-export.c - dipgraph export: the whole graph as an RDF file */
#include "dg-cli.h"
#include "dg-export.h"

int
dg_cmd_export (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  char *format = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "format", 'F', 0, G_OPTION_ARG_STRING, &format, "turtle (default), ntriples, nquads or rdfxml", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE (atomically) instead of stdout", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = dg_cli_context ("export", "",
      "Writes the graph in the store as RDF.  N-Quads keeps the named graph\n"
      "of every document; the other formats merge them.", entries, &common);
  int status = DG_EXIT_OK;
  DgRdf *rdf = NULL;
  DgStore *store = NULL;
  g_autoptr(GError) error = NULL;
  DgOutput out;

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (argc > 1)
    {
      dg_cli_error ("export: unexpected argument '%s'", argv[1]);
      status = DG_EXIT_USAGE;
      goto done;
    }
  if (!format)
    format = g_strdup ("turtle");
  if (!dg_export_is_format (format))
    {
      dg_cli_error ("--format %s: expected one of %s", format, dg_export_formats ());
      status = DG_EXIT_USAGE;
      goto done;
    }
  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, common.store, DG_STORE_READ, &error);
  if (!store)
    {
      dg_cli_error ("%s", error->message);
      status = dg_cli_exit_for (error);
      goto done;
    }
  if (!dg_cli_output_open (&out, output, &error))
    {
      dg_cli_error ("%s", error->message);
      status = DG_EXIT_FAILURE;
      goto done;
    }
  gboolean ok = dg_export_store (store, format, out.fp, &error);
  if (!dg_cli_output_commit (&out, ok, ok ? &error : NULL) || !ok)
    {
      dg_cli_error ("%s", error ? error->message : "export failed");
      status = DG_EXIT_FAILURE;
    }

done:
  dg_store_free (store);
  dg_rdf_free (rdf);
  g_free (common.store);
  g_free (format);
  g_free (output);
  return status;
}
