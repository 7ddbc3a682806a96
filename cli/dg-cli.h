/* dg-cli.h - what the subcommands share */
#pragma once
#include <stdio.h>
#include <glib.h>
#include "dg-rdf.h"
#include "dg-store.h"

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
int dg_cmd_load (int argc, char **argv);
int dg_cmd_check (int argc, char **argv);
int dg_cmd_serve (int argc, char **argv);

/* Options every command takes: --store, --quiet, --verbose. */
typedef struct {
  char *store;
  gboolean quiet;
  gboolean verbose;
} DgCommonOptions;

/* A GOptionContext for "dipgraph NAME" with @entries plus the common ones. */
GOptionContext *dg_cli_context (const char *name, const char *params, const char *summary,
                                const GOptionEntry *entries, DgCommonOptions *common);
/* Parses; on error prints it and returns FALSE (exit DG_EXIT_USAGE). */
gboolean dg_cli_parse (GOptionContext *context, int *argc, char ***argv);

/* Prints "dipgraph: MESSAGE" on stderr. */
void dg_cli_error (const char *format, ...) G_GNUC_PRINTF (1, 2);
/* Prints to stderr unless quiet. */
void dg_cli_note (const DgCommonOptions *common, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Maps a graph-layer error to an exit code. */
int dg_cli_exit_for (const GError *error);

/* Opens @path for writing atomically: returns a FILE on a temporary file
 * next to it; dg_cli_output_commit renames it into place. "-" or NULL is
 * stdout. */
typedef struct {
  FILE *fp;
  char *path;
  char *tmp;
} DgOutput;
gboolean dg_cli_output_open (DgOutput *out, const char *path, GError **error);
gboolean dg_cli_output_commit (DgOutput *out, gboolean ok, GError **error);
