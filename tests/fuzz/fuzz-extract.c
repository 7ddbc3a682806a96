/* fuzz-extract.c - libFuzzer harness: the whole extractor on arbitrary
 * bytes: reader (format sniffed), every stage, and the N-Quads writer of
 * extract --dry-run.  The lexicon is loaded once. */
#include "fuzz-common.h"
#include "dg-reader.h"
#include "dg-extract.h"
#include "dg-writer.h"

static DgLexicon *lex;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup_glib ();
  lex = dg_lexicon_new_default (NULL);
  if (!lex)
    abort ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  DgReaderOptions opt = { .max_bytes = 256 * 1024, .date = "2024-05-14" };
  GError *error = NULL;
  DgDocument *doc = dg_reader_read_data ((const char *) data, size, "fuzz", &opt, &error);
  if (!doc)
    {
      g_clear_error (&error);
      return 0;
    }
  DgFacts *facts = dg_extract (lex, doc);
  GString *out = g_string_new (NULL);
  guint n = 0;
  char *graph = dg_writer_nquads (facts, NULL, out, &n);
  if (!graph || !g_utf8_validate (out->str, out->len, NULL))
    abort ();
  g_free (graph);
  g_string_free (out, TRUE);
  dg_facts_free (facts);
  return 0;
}
