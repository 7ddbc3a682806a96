/* fuzz-serve.c - libFuzzer harness: the HTTP request handling of
 * "dipgraph serve".  LLVMFuzzerInitialize extracts examples/hague-talks.txt
 * into a temporary lmdb store and starts the real server (dg_server_new) on
 * 127.0.0.1, port 0, its GMainContext iterated by a background thread.  Each
 * input is sent as raw bytes over a fresh TCP connection (then SHUT_WR);
 * the answer must be a well-formed status line ("HTTP/1.x NNN ") or the
 * connection closed without one - never a crash, hang or sanitizer report.
 * Every access-log line must be one printable ASCII line. */
#include <errno.h>
#include <poll.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <glib/gstdio.h>
#include "fuzz-common.h"
#include "dg-reader.h"
#include "dg-extract.h"
#include "dg-writer.h"
#include "dg-store.h"
#include "dg-serve.h"

/* rasqal leaks on some queries (as in tests/test-serve.sh); raptor and
 * rasqal keep one-time tables; libsoup 3.2 leaks the method of a request
 * line it then rejects (soup_headers_parse_request).  Only these frames are
 * suppressed; the full stack (slow unwind) is needed to see them. */
const char *__asan_default_options (void);
const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}
const char *__lsan_default_suppressions (void);
const char *
__lsan_default_suppressions (void)
{
  return "leak:raptor_concepts_init\nleak:rasqal_xsd_init\nleak:librasqal.so\n"
         "leak:libraptor2.so\nleak:soup_headers_parse_request\n";
}

#define ANSWER_TIMEOUT_MS 8000   /* > the server's query timeout (3 s) */

static char *store_dir;
static guint16 port;
static GMutex lock;
static GCond started;
static gboolean ready;

/* libsoup 3.2 (Debian 12) warns, then ignores the header, when a request
 * has a negative Content-Length: a libsoup bug before our handlers run,
 * answered 413 by the early handler.  Every other warning aborts. */
static void
serve_log (const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  if (domain && strcmp (domain, "GLib-GObject") == 0 && message
      && strstr (message, "for property 'content-length' of type 'gint64'"))
    return;
  fuzz_quiet_log (domain, level, message, data);
}

static void
access_log (const char *line, gpointer data)
{
  for (const unsigned char *p = (const unsigned char *) line; *p; p++)
    if (*p < 0x20 || *p >= 0x7f)
      {
        fprintf (stderr, "fuzz-serve: access log line with byte 0x%02X: %s\n", *p, line);
        abort ();
      }
}

static gpointer
serve_thread (gpointer data)
{
  GMainContext *ctx = g_main_context_new ();
  g_autofree char *spec = g_strconcat ("lmdb:", store_dir, NULL);
  DgServeOptions opt = {
    .store_spec = spec, .listen = "127.0.0.1:0", .workers = 2, .max_queue = 16,
    .timeout = 3.0, .max_rows = 200, .max_request = 64 * 1024,
    .log = access_log,
  };
  GError *error = NULL;
  DgServer *server;
  GUri *uri;

  g_main_context_push_thread_default (ctx);
  server = dg_server_new (&opt, &error);
  if (!server)
    {
      fprintf (stderr, "fuzz-serve: %s\n", error->message);
      abort ();
    }
  uri = g_uri_parse (dg_server_get_url (server), G_URI_FLAGS_NONE, NULL);
  if (!uri || g_uri_get_port (uri) <= 0)
    abort ();
  g_mutex_lock (&lock);
  port = (guint16) g_uri_get_port (uri);
  ready = TRUE;
  g_cond_signal (&started);
  g_mutex_unlock (&lock);
  g_uri_unref (uri);
  for (;;)
    g_main_context_iteration (ctx, TRUE);
  return NULL;
}

static void
remove_store (void)
{
  const char *name;
  GDir *dir = g_dir_open (store_dir, 0, NULL);

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (store_dir, name, NULL);
      g_unlink (path);
    }
  if (dir)
    g_dir_close (dir);
  g_rmdir (store_dir);
}

/* The example article (or, without a source tree, one sentence) as a store. */
static void
build_store (void)
{
  const char *top = g_getenv ("top_srcdir");
  g_autofree char *path = g_build_filename (top ? top : DG_SRCDIR, "examples",
                                            "hague-talks.txt", NULL);
  static const char fallback[] = "Iranian Foreign Minister Abbas Araghchi met "
    "Russian Foreign Minister Sergei Lavrov in Moscow on Monday.\n";
  DgReaderOptions ropt = { .date = "2024-05-14" };
  g_autofree char *spec = NULL;
  GError *error = NULL;
  DgLexicon *lex = dg_lexicon_new_default (&error);
  DgDocument *doc;
  DgFacts *facts;
  DgRdf *rdf;
  DgStore *store;
  GPtrArray *st;
  char *graph;

  if (!lex)
    abort ();
  doc = dg_reader_read_file (path, &ropt, NULL);
  if (!doc)
    doc = dg_reader_read_data (fallback, sizeof fallback - 1, "fallback.txt", &ropt, &error);
  if (!doc)
    abort ();
  facts = dg_extract (lex, doc);
  store_dir = g_dir_make_tmp ("dg-fuzz-serve-XXXXXX", &error);
  if (!store_dir)
    abort ();
  atexit (remove_store);
  spec = g_strconcat ("lmdb:", store_dir, NULL);
  rdf = dg_rdf_new ();
  store = dg_store_open (rdf, spec, DG_STORE_WRITE | DG_STORE_MODEL, &error);
  if (!store)
    {
      fprintf (stderr, "fuzz-serve: %s\n", error->message);
      abort ();
    }
  st = g_ptr_array_new_with_free_func ((GDestroyNotify) librdf_free_statement);
  graph = dg_writer_build (rdf, facts, NULL, st);
  if (!graph || st->len == 0 || !dg_store_replace_graph (store, graph, st, &error))
    {
      fprintf (stderr, "fuzz-serve: cannot build the store: %s\n",
               error ? error->message : "no statements");
      abort ();
    }
  g_free (graph);
  g_ptr_array_unref (st);
  dg_store_free (store);
  dg_rdf_free (rdf);
  dg_facts_free (facts);
  dg_lexicon_unref (lex);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_log_set_default_handler (serve_log, NULL);
  g_unsetenv ("DIPGRAPH_STORE");
  build_store ();
  g_thread_unref (g_thread_new ("fuzz-serve", serve_thread, NULL));
  g_mutex_lock (&lock);
  while (!ready)
    g_cond_wait (&started, &lock);
  g_mutex_unlock (&lock);
  return 0;
}

/* TRUE when @a holds the first final response completely: its header
 * block, then Content-Length bytes (none after HEAD, 204 or 304), or a
 * chunked body up to its last chunk.  1xx interim answers are skipped.
 * libsoup keeps a connection open after the client's SHUT_WR, so the end
 * of the answer has to be found in the bytes. */
static gboolean
answer_complete (const GString *a, gboolean head)
{
  const char *s = a->str, *end, *cl, *te;
  gsize hlen;

  for (;;)
    {
      end = g_strstr_len (s, a->len - (s - a->str), "\r\n\r\n");
      if (!end)
        return FALSE;
      hlen = end + 4 - s;
      if (hlen > 12 && s[9] == '1')      /* 100 Continue */
        {
          s = end + 4;
          continue;
        }
      break;
    }
  {
    g_autofree char *h = g_ascii_strdown (s, hlen);
    gsize body = a->len - (end + 4 - a->str);

    if (head || g_str_has_prefix (h + 8, " 204") || g_str_has_prefix (h + 8, " 304"))
      return TRUE;
    if ((te = strstr (h, "\r\ntransfer-encoding: chunked")))
      return body >= 5 && memcmp (a->str + a->len - 5, "0\r\n\r\n", 5) == 0;
    if ((cl = strstr (h, "\r\ncontent-length:")))
      return body >= g_ascii_strtoull (cl + 17, NULL, 10);
    return FALSE;   /* read to EOF */
  }
}

/* Reads until EOF or a complete first answer; FALSE after
 * ANSWER_TIMEOUT_MS without either. */
static gboolean
read_answer (int fd, GString *answer, gboolean head)
{
  gint64 deadline = g_get_monotonic_time () + ANSWER_TIMEOUT_MS * 1000;
  char buf[16384];

  for (;;)
    {
      gint64 left = (deadline - g_get_monotonic_time ()) / 1000;
      struct pollfd p = { .fd = fd, .events = POLLIN };
      ssize_t n;
      int r;

      if (left <= 0)
        return FALSE;
      r = poll (&p, 1, (int) left);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        return FALSE;
      n = recv (fd, buf, sizeof buf, 0);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)      /* EOF, or a reset after an early answer */
        return TRUE;
      if (answer->len < 4 * 1024 * 1024)
        g_string_append_len (answer, buf, n);
      if (answer_complete (answer, head))
        return TRUE;
    }
}

/* connect(), finished when libFuzzer's timer signal interrupts it */
static gboolean
connect_loopback (int fd, const struct sockaddr_in *sa)
{
  struct pollfd p = { .fd = fd, .events = POLLOUT };
  int err = 0;
  socklen_t len = sizeof err;

  if (connect (fd, (const struct sockaddr *) sa, sizeof *sa) == 0)
    return TRUE;
  if (errno != EINTR && errno != EINPROGRESS)
    return FALSE;
  while (poll (&p, 1, ANSWER_TIMEOUT_MS) < 0 && errno == EINTR)
    ;
  return getsockopt (fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0
         && (p.revents & POLLOUT);
}

static gboolean
status_line_ok (const char *s, gsize len)
{
  /* "HTTP/1.1 404 Not Found\r\n" (HTTP/1.0 answered in kind) */
  return len >= 13 && memcmp (s, "HTTP/1.", 7) == 0 && (s[7] == '0' || s[7] == '1')
         && s[8] == ' ' && g_ascii_isdigit (s[9]) && g_ascii_isdigit (s[10])
         && g_ascii_isdigit (s[11]) && s[9] >= '1' && s[9] <= '5' && s[12] == ' ';
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons (port) };
  GString *answer = g_string_new (NULL);
  size_t sent = 0, skip = 0;
  gboolean head;
  int fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

  sa.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  if (fd < 0 || !connect_loopback (fd, &sa))
    {
      perror ("fuzz-serve: connect");
      abort ();
    }
  while (sent < size)
    {
      ssize_t n = send (fd, data + sent, size - sent, MSG_NOSIGNAL);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)     /* the server answered early and closed: fine */
        break;
      sent += (size_t) n;
    }
  shutdown (fd, SHUT_WR);
  while (skip < size && strchr ("\r\n \t", data[skip]))
    skip++;
  head = size - skip >= 5 && memcmp (data + skip, "HEAD ", 5) == 0;
  if (!read_answer (fd, answer, head))
    {
      fprintf (stderr, "fuzz-serve: no answer and no close within %d ms "
               "(%zu bytes sent, %zu received)\n", ANSWER_TIMEOUT_MS, sent, answer->len);
      abort ();
    }
  if (answer->len > 0 && !status_line_ok (answer->str, answer->len))
    {
      fprintf (stderr, "fuzz-serve: malformed status line: %.80s\n", answer->str);
      abort ();
    }
  close (fd);
  g_string_free (answer, TRUE);
  return 0;
}
