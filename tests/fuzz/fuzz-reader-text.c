/* fuzz-reader-text.c - libFuzzer harness: arbitrary bytes through the
 * plain-text reader and format sniffing (DG_FORMAT_AUTO), then the
 * segmenter on whatever text comes out. */
#include "fuzz-common.h"
#include "dg-reader.h"
#include "dg-segment.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_setup_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* first byte picks the format, so one corpus covers text and sniffing */
  DgReaderOptions opt = { .max_bytes = 1024 * 1024 };
  if (size > 0)
    {
      opt.format = (data[0] & 1) ? DG_FORMAT_TEXT : DG_FORMAT_AUTO;
      data++, size--;
    }
  GError *error = NULL;
  DgDocument *doc = dg_reader_read_data ((const char *) data, size, "fuzz.txt", &opt, &error);
  if (doc)
    {
      if (strlen (doc->text) != doc->text_len
          || !g_utf8_validate (doc->text, doc->text_len, NULL))
        abort ();
      DgSegmentation *seg = dg_segment (doc);
      dg_segmentation_free (seg);
    }
  else if (!error || error->domain != DG_READER_ERROR)
    abort ();
  dg_document_free (doc);
  g_clear_error (&error);
  return 0;
}
