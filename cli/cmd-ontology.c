/* cmd-ontology.c - dipgraph ontology: the vocabulary as Turtle */
#include "dg-cli.h"
#include "dg-data.h"

int
dg_cmd_ontology (int argc, char **argv)
{
  g_autoptr(GOptionContext) ctx = dg_cli_context ("ontology", "",
      "Prints the dipgraph OWL ontology followed by the CAMEO codes as a\n"
      "SKOS concept scheme, as one Turtle document.", NULL, NULL);
  if (!dg_cli_parse (ctx, &argc, &argv))
    return DG_EXIT_USAGE;
  const char *parts[] = { "ontology/dipgraph.ttl", "ontology/cameo.ttl" };
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GBytes) bytes = dg_data_get (parts[i]);
      if (!bytes)
        {
          dg_cli_error ("%s: not compiled into this binary", parts[i]);
          return DG_EXIT_FAILURE;
        }
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      if (fwrite (data, 1, len, stdout) != len)
        return DG_EXIT_FAILURE;
      if (i == 0)
        fputc ('\n', stdout);
    }
  return fflush (stdout) == 0 ? DG_EXIT_OK : DG_EXIT_FAILURE;
}
