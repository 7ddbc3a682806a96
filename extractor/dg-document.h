/* dg-document.h - an article as the reader hands it to the pipeline
 *
 * The reader turns a file (HTML, plain text) into one UTF-8 text plus the
 * metadata a news page carries.  Every later stage addresses the text by
 * byte offsets into DgDocument.text; the graph converts them to the
 * character offsets NIF wants.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What kind of block a paragraph of the text is. */
typedef enum {
  DG_BLOCK_BODY = 0,
  DG_BLOCK_HEADLINE,  /* the title or a heading inside the article */
  DG_BLOCK_CAPTION    /* a photo caption (<figcaption>, class="caption") */
} DgBlockKind;

/* A marked region of DgDocument.text, in bytes, end exclusive. */
typedef struct {
  guint start;
  guint end;
  DgBlockKind kind;
} DgBlock;

typedef struct {
  char *id;          /* stable document identifier (URL, file URI or hash) */
  char *path;        /* file name as given on the command line, "-" for stdin */
  char *text;        /* main text, UTF-8, NUL-terminated; blocks separated by "\n\n" */
  gsize text_len;    /* bytes in text, without the NUL */
  char *title;       /* headline, or NULL */
  char *date;        /* publication date "YYYY-MM-DD", or NULL */
  char *publisher;   /* or NULL */
  char *url;         /* canonical URL, or NULL */
  GArray *blocks;    /* DgBlock: headlines and captions (body is the rest) */
} DgDocument;

DgDocument *dg_document_new (void);
void        dg_document_free (DgDocument *doc);
/* The kind of block that covers byte offset @pos (DG_BLOCK_BODY if none). */
DgBlockKind dg_document_block_kind_at (const DgDocument *doc, guint pos);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgDocument, dg_document_free)

G_END_DECLS
