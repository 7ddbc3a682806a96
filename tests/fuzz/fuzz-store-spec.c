/* fuzz-store-spec.c - libFuzzer harness: the --store spec parser
 * (dg_store_open in read mode, which never creates a store).  Runs in an
 * empty temporary directory; '/' is mapped to '_' and ".." refused so a
 * spec can only name things inside it. */
#include <unistd.h>
#include "fuzz-common.h"
#include "dg-store.h"

static DgRdf *rdf;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup_glib ();
  char *dir = g_dir_make_tmp ("dg-fuzz-spec-XXXXXX", NULL);
  if (!dir || chdir (dir) != 0)
    abort ();
  g_free (dir);
  g_unsetenv ("DIPGRAPH_STORE");
  rdf = dg_rdf_new ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *spec = g_strndup ((const char *) data, size);
  for (char *p = spec; *p; p++)
    if (*p == '/')
      *p = '_';
  /* postgresql: would connect to a server (sparql+http: cannot: no '/') */
  if (strstr (spec, "..") || g_ascii_strncasecmp (spec, "postgresql", 10) == 0)
    {
      g_free (spec);
      return 0;
    }
  GError *error = NULL;
  DgStore *store = dg_store_open (rdf, spec, DG_STORE_READ, &error);
  /* the directory is empty: every spec but memory: fails, with a message */
  if (store)
    {
      if (strcmp (dg_store_get_spec (store), "memory:") != 0)
        abort ();
    }
  else if (!error || !error->message || !*error->message)
    abort ();
  dg_store_free (store);
  g_clear_error (&error);
  g_free (dg_rdf_take_messages (rdf));
  g_free (spec);
  return 0;
}
