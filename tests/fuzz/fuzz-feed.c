/* fuzz-feed.c - libFuzzer harness: arbitrary bytes through the RSS/Atom
 * feed reader (libxml2's XML parser, no network, no entity expansion),
 * checking that every item is a valid document. */
#include "fuzz-common.h"
#include "dg-feed.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  DgReaderOptions opt = { .max_bytes = 1024 * 1024, .date = "2024-05-14" };
  GError *error = NULL;
  (void) dg_feed_sniff ((const char *) data, size);
  GPtrArray *docs = dg_feed_read_data ((const char *) data, size, "fuzz.xml", &opt, 1000, &error);
  if (docs)
    {
      if (docs->len == 0)
        abort ();
      for (guint i = 0; i < docs->len; i++)
        {
          const DgDocument *doc = g_ptr_array_index (docs, i);
          if (!doc->id || !doc->text || strlen (doc->text) != doc->text_len
              || !g_utf8_validate (doc->text, doc->text_len, NULL)
              || (doc->date && strlen (doc->date) != 10))
            abort ();
        }
      g_ptr_array_unref (docs);
    }
  else if (!error || error->domain != DG_READER_ERROR)
    abort ();
  g_clear_error (&error);
  return 0;
}
