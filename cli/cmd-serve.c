/* cmd-serve.c - dipgraph serve: the SPARQL endpoint and the browser view */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib-unix.h>
#include "dg-cli.h"
#include "dg-serve.h"

static void
access_log (const char *line, gpointer user_data)
{
  const DgCommonOptions *common = user_data;

  if (!common->quiet)
    fprintf (stderr, "%s\n", line);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

int
dg_cmd_serve (int argc, char **argv)
{
  DgCommonOptions common = { 0 };
  char *listen = NULL, *cors = NULL, *token_file = NULL;
  int workers = 2, max_queue = 64, max_rows = 10000, max_request_kb = 1024;
  double timeout = 30.0;
  gboolean allow_update = FALSE, allow_remote_update = FALSE;
  const GOptionEntry entries[] = {
    { "listen", 'l', 0, G_OPTION_ARG_STRING, &listen,
      "Address and port (default 127.0.0.1:8080; port 0 picks a free one)", "ADDR:PORT" },
    { "workers", 0, 0, G_OPTION_ARG_INT, &workers, "Queries run at once (default 2)", "N" },
    { "max-queue", 0, 0, G_OPTION_ARG_INT, &max_queue,
      "Queries waiting for a worker; more get 503 + Retry-After (default 64)", "N" },
    { "timeout", 0, 0, G_OPTION_ARG_DOUBLE, &timeout,
      "Seconds before a query is answered 503 and abandoned (default 30)", "SECONDS" },
    { "max-rows", 0, 0, G_OPTION_ARG_INT, &max_rows,
      "Rows of a SELECT/CONSTRUCT without LIMIT (default 10000)", "N" },
    { "max-request", 0, 0, G_OPTION_ARG_INT, &max_request_kb,
      "Largest request body or URI in KiB (default 1024)", "KIB" },
    { "cors", 0, 0, G_OPTION_ARG_STRING, &cors,
      "Send Access-Control-Allow-Origin: ORIGIN ('*' for any; default none)", "ORIGIN" },
    { "allow-update", 0, 0, G_OPTION_ARG_NONE, &allow_update,
      "Accept SPARQL Update (DROP/CLEAR GRAPH) with the bearer token", NULL },
    { "token-file", 0, 0, G_OPTION_ARG_FILENAME, &token_file,
      "File holding the bearer token for updates", "FILE" },
    { "allow-remote-update", 0, 0, G_OPTION_ARG_NONE, &allow_remote_update,
      "Accept updates from other hosts than loopback too", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (GOptionContext) ctx = dg_cli_context ("serve", "",
      "Serves the store over HTTP: a SPARQL 1.1 Protocol endpoint at /sparql,\n"
      "exports at /export/FORMAT, and a browser view at /.  Read-only unless\n"
      "--allow-update; binds to loopback unless --listen says otherwise.",
      entries, &common);
  int status = DG_EXIT_OK;
  g_autofree char *token = NULL;
  g_autoptr (GError) error = NULL;
  DgServer *server = NULL;
  GMainLoop *loop = NULL;
  DgServeOptions opt = { 0 };

  if (!dg_cli_parse (ctx, &argc, &argv))
    {
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (argc != 1 || workers < 1 || workers > 64 || max_queue < 1 || max_rows < 1
      || max_request_kb < 1 || max_request_kb > 1024 * 1024 || !(timeout > 0))
    {
      dg_cli_error ("serve: bad arguments (try --help)");
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (allow_update && !token_file)
    {
      dg_cli_error ("serve: --allow-update needs --token-file FILE");
      status = DG_EXIT_USAGE;
      goto out;
    }
  if (token_file)
    {
      if (!g_file_get_contents (token_file, &token, NULL, &error))
        {
          dg_cli_error ("%s", error->message);
          status = DG_EXIT_INPUT;
          goto out;
        }
      g_strstrip (token);
      if (strlen (token) < 16)
        {
          dg_cli_error ("serve: the token in %s is shorter than 16 characters", token_file);
          status = DG_EXIT_INPUT;
          goto out;
        }
    }

  opt.store_spec = common.store;
  opt.listen = listen;
  opt.workers = (guint) workers;
  opt.max_queue = (guint) max_queue;
  opt.timeout = timeout;
  opt.max_rows = (guint) max_rows;
  opt.max_request = (gsize) max_request_kb * 1024;
  opt.cors_origin = cors;
  opt.allow_update = allow_update;
  opt.token = token;
  opt.allow_remote_update = allow_remote_update;
  opt.log = access_log;
  opt.log_data = &common;
  server = dg_server_new (&opt, &error);
  if (!server)
    {
      dg_cli_error ("%s", error->message);
      status = error->domain == DG_SERVE_ERROR && error->code == DG_SERVE_ERROR_OPTIONS
               ? DG_EXIT_USAGE : DG_EXIT_FAILURE;
      goto out;
    }
  fprintf (stderr, "dipgraph: serving %s (SPARQL at %ssparql)%s\n",
           dg_server_get_url (server), dg_server_get_url (server),
           allow_update ? ", updates allowed" : ", read-only");
  fflush (stderr);

  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_unix_signal_add (SIGTERM, quit_cb, loop);
  g_main_loop_run (loop);
  if (dg_server_busy (server) > 0)
    {
      /* rasqal cannot be interrupted: do not wait for abandoned queries */
      dg_cli_note (&common, "dipgraph: %u queries still running; exiting without them\n",
                   dg_server_busy (server));
      fflush (stderr);
      _Exit (DG_EXIT_OK);
    }
  dg_cli_note (&common, "dipgraph: stopped\n");

out:
  dg_server_free (server);
  if (loop)
    g_main_loop_unref (loop);
  g_free (common.store);
  g_free (listen);
  g_free (cors);
  g_free (token_file);
  return status;
}
