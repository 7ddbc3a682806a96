/* dg-cli.h - what the subcommands share */
#pragma once
#include <glib.h>

/* Exit codes (documented in --help and dipgraph.1). */
enum {
  DG_EXIT_OK = 0,
  DG_EXIT_FAILURE = 1,  /* runtime failure: store, I/O */
  DG_EXIT_USAGE = 2,    /* bad command line */
  DG_EXIT_INPUT = 3     /* bad input file or bad query */
};

typedef struct {
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
  gboolean writes_store;
} DgCommand;

int dg_cmd_extract (int argc, char **argv);
int dg_cmd_query (int argc, char **argv);
int dg_cmd_export (int argc, char **argv);
int dg_cmd_stats (int argc, char **argv);
int dg_cmd_ontology (int argc, char **argv);
int dg_cmd_remove (int argc, char **argv);

/* Prints "dipgraph: MESSAGE" on stderr. */
void dg_cli_error (const char *format, ...) G_GNUC_PRINTF (1, 2);
/* Parses @argc/@argv with @entries; on error prints it and returns FALSE
 * with *exit_code = DG_EXIT_USAGE.  --help exits 0 via GOption. */
gboolean dg_cli_parse (GOptionContext *context, int *argc, char ***argv, int *exit_code);
extern gboolean dg_cli_quiet;
extern gboolean dg_cli_verbose;
