/* dg-cli.c - option parsing, messages and exit codes shared by commands */
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "dg-cli.h"
#include "dg-reader.h"

void
dg_cli_error (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  fprintf (stderr, "dipgraph: %s\n", msg);
}

void
dg_cli_note (const DgCommonOptions *common, const char *format, ...)
{
  if (common && common->quiet)
    return;
  va_list ap;
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
}

GOptionContext *
dg_cli_context (const char *name, const char *params, const char *summary,
                const GOptionEntry *entries, DgCommonOptions *common)
{
  g_autofree char *title = g_strdup_printf ("%s %s", name, params);
  GOptionContext *context = g_option_context_new (title);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context,
      "Exit status: 0 ok, 1 runtime failure, 2 usage error, 3 bad input or bad query.");
  if (entries)
    g_option_context_add_main_entries (context, entries, NULL);
  if (common)
    {
      const GOptionEntry common_entries[] = {
        { "store", 's', 0, G_OPTION_ARG_STRING, &common->store,
          "Store: PATH, sqlite:PATH, bdb:DIR or memory: (default $DIPGRAPH_STORE or ./dipgraph.store)", "SPEC" },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &common->quiet, "No progress or summary on stderr", NULL },
        { "verbose", 'v', 0, G_OPTION_ARG_NONE, &common->verbose, "More detail on stderr", NULL },
        G_OPTION_ENTRY_NULL
      };
      g_option_context_add_main_entries (context, common_entries, NULL);
    }
  return context;
}

gboolean
dg_cli_parse (GOptionContext *context, int *argc, char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_set_prgname ("dipgraph");
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      dg_cli_error ("%s (try --help)", error->message);
      return FALSE;
    }
  return TRUE;
}

int
dg_cli_exit_for (const GError *error)
{
  if (!error)
    return DG_EXIT_OK;
  if (error->domain == DG_READER_ERROR)
    return DG_EXIT_INPUT;
  if (error->domain == DG_GRAPH_ERROR)
    switch (error->code)
      {
      case DG_GRAPH_ERROR_QUERY_SYNTAX:
        return DG_EXIT_INPUT;
      case DG_GRAPH_ERROR_STORE_SPEC:
      case DG_GRAPH_ERROR_FORMAT:
        return DG_EXIT_USAGE;
      default:
        return DG_EXIT_FAILURE;
      }
  return DG_EXIT_FAILURE;
}

gboolean
dg_cli_output_open (DgOutput *out, const char *path, GError **error)
{
  memset (out, 0, sizeof *out);
  if (!path || strcmp (path, "-") == 0)
    {
      out->fp = stdout;
      return TRUE;
    }
  out->path = g_strdup (path);
  out->tmp = g_strdup_printf ("%s.tmp-%d", path, (int) getpid ());
  out->fp = g_fopen (out->tmp, "wb");
  if (!out->fp)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                   "%s: %s", path, g_strerror (e));
      g_clear_pointer (&out->path, g_free);
      g_clear_pointer (&out->tmp, g_free);
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_cli_output_commit (DgOutput *out, gboolean ok, GError **error)
{
  if (out->fp == stdout)
    {
      if (fflush (stdout) != 0 || ferror (stdout))
        {
          if (ok)
            g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "stdout: write failed");
          return FALSE;
        }
      return ok;
    }
  gboolean write_ok = fflush (out->fp) == 0 && !ferror (out->fp);
  write_ok = (fclose (out->fp) == 0) && write_ok;
  if (ok && !write_ok)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "%s: write failed", out->path);
  ok = ok && write_ok;
  if (ok && g_rename (out->tmp, out->path) != 0)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                   "%s: %s", out->path, g_strerror (e));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (out->tmp);
  g_clear_pointer (&out->path, g_free);
  g_clear_pointer (&out->tmp, g_free);
  return ok;
}
