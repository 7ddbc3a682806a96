/* dg-document.c - the article record shared by every pipeline stage
 *
 * A DgDocument owns its strings and its block array.  Blocks are kept in
 * text order (the reader appends them that way), so the block covering an
 * offset is found by binary search.
 */
#include "dg-document.h"

DgDocument *
dg_document_new (void)
{
  DgDocument *doc = g_new0 (DgDocument, 1);
  doc->blocks = g_array_new (FALSE, FALSE, sizeof (DgBlock));
  return doc;
}

void
dg_document_free (DgDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->id);
  g_free (doc->path);
  g_free (doc->text);
  g_free (doc->title);
  g_free (doc->date);
  g_free (doc->publisher);
  g_free (doc->url);
  if (doc->blocks)
    g_array_unref (doc->blocks);
  g_free (doc);
}

DgBlockKind
dg_document_block_kind_at (const DgDocument *doc, guint pos)
{
  g_return_val_if_fail (doc != NULL, DG_BLOCK_BODY);
  if (doc->blocks == NULL || doc->blocks->len == 0)
    return DG_BLOCK_BODY;

  const DgBlock *b = (const DgBlock *) doc->blocks->data;
  guint lo = 0, hi = doc->blocks->len;

  /* Find the last block whose start is <= pos. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (b[mid].start <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return DG_BLOCK_BODY;
  if (pos < b[lo - 1].end)
    return b[lo - 1].kind;
  return DG_BLOCK_BODY;
}
