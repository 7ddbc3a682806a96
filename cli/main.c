/* main.c - dipgraph: diplomatic news in, RDF knowledge graph out
 *
 * A table of subcommands (as in Redland's rdfproc); each one lives in
 * cli/cmd-NAME.c and parses its own options with GOptionContext.
 */
#include <stdio.h>
#include <string.h>
#include <locale.h>
#include "config.h"
#include "dg-cli.h"

static const DgCommand commands[] = {
  { "extract",  "read articles, extract actors and events, store them", dg_cmd_extract, TRUE },
  { "query",    "run a SPARQL query over the store",                    dg_cmd_query, FALSE },
  { "export",   "write the whole graph as Turtle, N-Triples, N-Quads or RDF/XML", dg_cmd_export, FALSE },
  { "stats",    "count documents, actors and events in the store",      dg_cmd_stats, FALSE },
  { "ontology", "print the dipgraph ontology and CAMEO scheme (Turtle)", dg_cmd_ontology, FALSE },
  { "remove",   "remove one document's graph from the store",           dg_cmd_remove, TRUE },
  { "load",     "load RDF files (N-Quads, Turtle...) in large transactions", dg_cmd_load, TRUE },
  { "check",    "verify the store's indexes and counts",                dg_cmd_check, FALSE },
  { "serve",    "serve the store: SPARQL endpoint and browser view (HTTP)", dg_cmd_serve, FALSE },
};

static void
usage (FILE *out)
{
  fprintf (out,
           "Usage: dipgraph COMMAND [OPTION...] [ARG...]\n\n"
           "Turns news articles about diplomacy into an RDF knowledge graph.\n\n"
           "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fprintf (out,
           "\n'dipgraph COMMAND --help' shows the options of a command.\n\n"
           "Store: --store SPEC or $DIPGRAPH_STORE; default ./%s (lmdb).\n"
           "  SPEC is PATH or lmdb:DIR, sqlite:PATH, bdb:DIR, or memory:\n\n"
           "Exit status: 0 ok, 1 runtime failure, 2 usage error,\n"
           "             3 bad input or bad query.\n", "dipgraph.store");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      usage (stderr);
      return DG_EXIT_USAGE;
    }
  const char *name = argv[1];
  if (strcmp (name, "-h") == 0 || strcmp (name, "--help") == 0 || strcmp (name, "help") == 0)
    {
      usage (stdout);
      return DG_EXIT_OK;
    }
  if (strcmp (name, "--version") == 0 || strcmp (name, "-V") == 0)
    {
      printf ("dipgraph %s\n", PACKAGE_VERSION);
      return DG_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (name, commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);
  dg_cli_error ("unknown command '%s' (try 'dipgraph --help')", name);
  return DG_EXIT_USAGE;
}
