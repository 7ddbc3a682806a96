/* fuzz-reader-html.c - libFuzzer harness: arbitrary bytes through the HTML
 * reader (libxml2's HTML parser, charset handling, boilerplate removal). */
#include "fuzz-common.h"
#include "dg-reader.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  DgReaderOptions opt = { .format = DG_FORMAT_HTML, .max_bytes = 1024 * 1024 };
  GError *error = NULL;
  DgDocument *doc = dg_reader_read_data ((const char *) data, size, "fuzz.html", &opt, &error);
  if (doc)
    {
      /* what the reader promises: valid UTF-8 text of text_len bytes */
      if (strlen (doc->text) != doc->text_len
          || !g_utf8_validate (doc->text, doc->text_len, NULL))
        abort ();
      for (guint i = 0; doc->blocks && i < doc->blocks->len; i++)
        {
          const DgBlock *b = &g_array_index (doc->blocks, DgBlock, i);
          if (b->start > b->end || b->end > doc->text_len)
            abort ();
        }
    }
  else if (!error || error->domain != DG_READER_ERROR)
    abort ();
  dg_document_free (doc);
  g_clear_error (&error);
  return 0;
}
