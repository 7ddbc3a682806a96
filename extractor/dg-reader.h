/* dg-reader.h - files in, DgDocument out (stage 1 of extractor/)
 *
 * Plain text and HTML.  HTML goes through libxml2's HTML parser with the
 * network and external entities off; the reader keeps the main text
 * (no scripts, styles, navigation or page chrome), the title, publication
 * date, publisher and canonical URL, and marks captions and headings.
 */
#pragma once

#include <glib.h>
#include "dg-document.h"

G_BEGIN_DECLS

#define DG_READER_ERROR (dg_reader_error_quark ())
GQuark dg_reader_error_quark (void);

typedef enum {
  DG_READER_ERROR_IO,        /* cannot open or read */
  DG_READER_ERROR_TOO_LARGE, /* over the size limit */
  DG_READER_ERROR_BINARY,    /* NUL bytes or a known binary signature */
  DG_READER_ERROR_ENCODING,  /* not valid UTF-8 (after charset handling) */
  DG_READER_ERROR_PARSE,     /* the HTML/XML could not be parsed at all */
  DG_READER_ERROR_EMPTY      /* no text found */
} DgReaderError;

typedef enum {
  DG_FORMAT_AUTO = 0,
  DG_FORMAT_TEXT,
  DG_FORMAT_HTML
} DgFormat;

/* Default maximum input size in bytes. */
#define DG_READER_DEFAULT_MAX_BYTES (64u * 1024u * 1024u)

typedef struct {
  DgFormat format;        /* DG_FORMAT_AUTO sniffs the content */
  gsize max_bytes;        /* 0 = DG_READER_DEFAULT_MAX_BYTES */
  const char *date;       /* used when the article gives no date; "YYYY-MM-DD" or NULL */
  const char *id;         /* overrides the document id, or NULL */
} DgReaderOptions;

/* Reads @path ("-" = stdin).  The id is the canonical URL when the page has
 * one, else "file://" + absolute path, else (stdin) a hash of the bytes. */
DgDocument *dg_reader_read_file (const char *path, const DgReaderOptions *options,
                                 GError **error);
/* Reads a buffer; @name is used in messages and as path. */
DgDocument *dg_reader_read_data (const char *data, gsize len, const char *name,
                                 const DgReaderOptions *options, GError **error);

/* "2009-03-31T12:00:00Z", "2009-03-31", "March 31, 2009" -> "2009-03-31"
 * (newly allocated), NULL when not a date. */
char *dg_reader_normalize_date (const char *text);

G_END_DECLS
