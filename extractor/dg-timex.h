/* dg-timex.h - stage 5: dates in the text, resolved against the document date
 *
 * "Tuesday" (the most recent such day on or before the document date, or
 * the next one for future tense), "March 6" (that year), "2009-03-31",
 * "March 31, 2009", "yesterday", "today", "tomorrow".
 */
#pragma once

#include <glib.h>
#include "dg-segment.h"

G_BEGIN_DECLS

typedef struct {
  guint start, end;  /* bytes */
  char *date;        /* "YYYY-MM-DD", or NULL when it cannot be resolved */
  char *text;        /* as written */
} DgTimex;

/* Date expressions in text[start,end) (DgTimex), resolved against @doc_date
 * ("YYYY-MM-DD" or NULL). */
GArray *dg_timex_find (const char *text, guint start, guint end,
                       const char *doc_date, gboolean future);
void    dg_timex_free (GArray *timexes);

/* The weekday before or on @doc_date (or after, when @future). */
char *dg_timex_resolve_weekday (const char *doc_date, int weekday, gboolean future);

G_END_DECLS
