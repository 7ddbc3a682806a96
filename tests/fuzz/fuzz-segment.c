/* fuzz-segment.c - libFuzzer harness: the segmenter and tokenizer on any
 * valid UTF-8 text (invalid bytes are replaced first, as the reader does),
 * checking the offsets every later stage relies on. */
#include "fuzz-common.h"
#include "dg-document.h"
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
  DgDocument *doc = dg_document_new ();
  /* the reader never hands NULs on */
  char *raw = g_strndup ((const char *) data, size);
  doc->text = g_utf8_make_valid (raw, -1);
  g_free (raw);
  doc->text_len = strlen (doc->text);
  doc->path = g_strdup ("fuzz");
  doc->id = g_strdup ("fuzz");

  DgSegmentation *seg = dg_segment (doc);
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (DgToken));
  guint prev_end = 0;
  for (guint s = 0; s < seg->sentences->len; s++)
    {
      const DgSentence *sent = &g_array_index (seg->sentences, DgSentence, s);
      if (sent->start > sent->end || sent->end > doc->text_len || sent->start < prev_end
          || sent->paragraph >= seg->paragraphs->len)
        abort ();
      prev_end = sent->end;
      g_array_set_size (tokens, 0);
      dg_tokenize (doc->text, sent->start, sent->end, tokens);
      for (guint t = 0; t < tokens->len; t++)
        {
          const DgToken *tok = &g_array_index (tokens, DgToken, t);
          if (tok->start > tok->end || tok->start < sent->start || tok->end > sent->end)
            abort ();
        }
    }
  g_array_unref (tokens);
  dg_segmentation_free (seg);
  dg_document_free (doc);
  return 0;
}
