/* dg-timex.h - stage 5: dates in the text, resolved against the document date
 *
 * "Tuesday" (the latest such day on or before the document date; the next
 * one when the clause speaks of the future), "March 6" (that year, or the
 * year before when it would lie ahead of a past-tense document date),
 * "March 31, 2009", "2009-03-31", "today", "yesterday", "tomorrow".
 */
#pragma once

#include <glib.h>
#include "dg-analysis.h"

G_BEGIN_DECLS

void dg_timex_find (DgAnalysis *a);

/* The date of @weekday (1 = Monday .. 7 = Sunday) relative to @doc_date:
 * on or before it, or after it when @future.  NULL when doc_date is NULL. */
char *dg_timex_resolve_weekday (const char *doc_date, int weekday, gboolean future);

/* TRUE when sentence tokens [first, end) speak of the future
 * ("will", "would", "is expected to", "plans to", "tomorrow"). */
gboolean dg_timex_clause_is_future (const DgAnalysis *a, guint first, guint end);

G_END_DECLS
