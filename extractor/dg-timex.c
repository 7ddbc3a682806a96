/* dg-timex.c - stage 5: date expressions and their calendar dates */
#include <stdlib.h>
#include <string.h>
#include "dg-timex.h"

static const char *const weekday_names[7] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

static const struct { const char *word; int month; } months[] = {
  { "january", 1 }, { "jan.", 1 }, { "jan", 1 }, { "february", 2 }, { "feb.", 2 },
  { "march", 3 }, { "mar.", 3 }, { "april", 4 }, { "apr.", 4 }, { "may", 5 },
  { "june", 6 }, { "july", 7 }, { "august", 8 }, { "aug.", 8 },
  { "september", 9 }, { "sept.", 9 }, { "sep.", 9 }, { "october", 10 },
  { "oct.", 10 }, { "november", 11 }, { "nov.", 11 }, { "december", 12 },
  { "dec.", 12 },
};

static gboolean
parse_date (const char *iso, GDate *date)
{
  if (!iso || strlen (iso) != 10)
    return FALSE;
  int y = atoi (iso), m = atoi (iso + 5), d = atoi (iso + 8);
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

char *
dg_timex_resolve_weekday (const char *doc_date, int weekday, gboolean future)
{
  GDate date;
  if (!parse_date (doc_date, &date) || weekday < 1 || weekday > 7)
    return NULL;
  int today = g_date_get_weekday (&date);  /* 1 = Monday */
  if (future)
    g_date_add_days (&date, (guint) ((weekday - today + 7) % 7));
  else
    g_date_subtract_days (&date, (guint) ((today - weekday + 7) % 7));
  return format_date (&date);
}

gboolean
dg_timex_clause_is_future (const DgAnalysis *a, guint first, guint end)
{
  for (guint t = first; t < end; t++)
    if (dg_analysis_word_is (a, t, DG_W_FUTURE))
      return TRUE;
  return FALSE;
}

static int
token_number (const DgAnalysis *a, guint t)
{
  const DgToken *tok = dg_analysis_token (a, t);
  if (tok->kind != DG_TOKEN_NUMBER || tok->end - tok->start > 4)
    return -1;
  return atoi (a->text + tok->start);
}

static void
add_timex (DgAnalysis *a, guint s, guint t, guint n, char *date)
{
  DgTimex x = { 0 };
  x.sentence = s;
  x.tok = t;
  x.n_tok = n;
  x.start = dg_analysis_token (a, t)->start;
  x.end = dg_analysis_token (a, t + n - 1)->end;
  x.text = g_strndup (a->text + x.start, x.end - x.start);
  x.date = date;
  g_array_append_val (a->timexes, x);
}

static void
scan_sentence (DgAnalysis *a, guint s, const char *doc_date)
{
  guint first = dg_analysis_sentence_first (a, s);
  guint end = dg_analysis_sentence_end (a, s);
  gboolean future = dg_timex_clause_is_future (a, first, end);
  GDate doc;
  gboolean have_doc = parse_date (doc_date, &doc);

  for (guint t = first; t < end; t++)
    {
      /* "in 2001", "since 1979": a year alone */
      if (dg_analysis_token (a, t)->kind == DG_TOKEN_NUMBER && t > first
          && dg_analysis_word_is (a, t - 1, DG_W_PREPOSITION | DG_W_LOCATIVE))
        {
          int year = token_number (a, t);
          if (year >= 1900 && year <= 2100
              && dg_analysis_token (a, t)->end - dg_analysis_token (a, t)->start == 4)
            {
              add_timex (a, s, t, 1, g_strdup_printf ("%04d", year));
              continue;
            }
        }
      /* "30 years ago", "for 30 years": the year that many years back */
      if (have_doc && dg_analysis_token (a, t)->kind == DG_TOKEN_NUMBER && t + 1 < end
          && (dg_analysis_token_is (a, t + 1, "years") || dg_analysis_token_is (a, t + 1, "year")))
        {
          int n = token_number (a, t);
          gboolean ago = t + 2 < end && dg_analysis_token_is (a, t + 2, "ago");
          gboolean span = t > first && dg_analysis_token_is (a, t - 1, "for");
          if (n > 0 && n < 200 && (ago || span))
            {
              add_timex (a, s, span ? t - 1 : t, 3,
                         g_strdup_printf ("%04d", (int) g_date_get_year (&doc) - n));
              t += ago ? 2 : 1;
            }
          continue;
        }
      /* "last year", "last month": the calendar unit before the document's */
      if (have_doc && dg_analysis_token_is (a, t, "last") && t + 1 < end)
        {
          GDate d = doc;
          if (dg_analysis_token_is (a, t + 1, "year"))
            {
              g_date_subtract_years (&d, 1);
              add_timex (a, s, t, 2, g_strdup_printf ("%04u", g_date_get_year (&d)));
            }
          else if (dg_analysis_token_is (a, t + 1, "month"))
            {
              g_date_subtract_months (&d, 1);
              add_timex (a, s, t, 2, g_strdup_printf ("%04u-%02u", g_date_get_year (&d),
                                                      g_date_get_month (&d)));
            }
          else if (dg_analysis_token_is (a, t + 1, "week"))
            add_timex (a, s, t, 2, NULL);   /* kept as dip:dateText only */
          continue;
        }
      if (!dg_analysis_word_is (a, t, DG_W_WEEKDAY | DG_W_MONTH | DG_W_RELDAY))
        continue;
      for (int w = 0; w < 7; w++)
        if (dg_analysis_token_is (a, t, weekday_names[w]))
          {
            add_timex (a, s, t, 1, dg_timex_resolve_weekday (doc_date, w + 1, future));
            goto next;
          }
      for (guint k = 0; k < G_N_ELEMENTS (months); k++)
        if (dg_analysis_token_is (a, t, months[k].word) && t + 1 < end)
          {
            int day = token_number (a, t + 1);
            if (day >= 1000 && day <= 2100)
              {
                /* "March 2009" */
                add_timex (a, s, t, 2, g_strdup_printf ("%04d-%02d", day, months[k].month));
                t += 1;
                goto next;
              }
            if (day < 1 || day > 31)
              break;
            guint n = 2;
            int year = have_doc ? g_date_get_year (&doc) : 0;
            gboolean explicit_year = FALSE;
            if (t + 3 < end && dg_analysis_word_is (a, t + 2, DG_W_COMMA)
                && token_number (a, t + 3) >= 1000)
              {
                year = token_number (a, t + 3);
                n = 4;
                explicit_year = TRUE;
              }
            char *date = NULL;
            if (year > 0 && g_date_valid_dmy (day, months[k].month, year))
              {
                GDate d;
                g_date_clear (&d, 1);
                g_date_set_dmy (&d, day, months[k].month, year);
                /* a past-tense "December 20" in a March article is last year's */
                if (!explicit_year && have_doc && !future && g_date_compare (&d, &doc) > 0)
                  g_date_subtract_years (&d, 1);
                date = format_date (&d);
              }
            add_timex (a, s, t, n, date);
            t += n - 1;
            goto next;
          }
      if (have_doc)
        {
          int offset = dg_analysis_token_is (a, t, "today") ? 0
                       : dg_analysis_token_is (a, t, "yesterday") ? -1
                       : dg_analysis_token_is (a, t, "tomorrow") ? 1 : 99;
          if (offset != 99)
            {
              GDate d = doc;
              if (offset > 0)
                g_date_add_days (&d, 1);
              else if (offset < 0)
                g_date_subtract_days (&d, 1);
              add_timex (a, s, t, 1, format_date (&d));
            }
        }
    next:;
    }
}

void
dg_timex_find (DgAnalysis *a)
{
  guint n_sent = a->sent_tok->len - 1;
  for (guint s = 0; s < n_sent; s++)
    scan_sentence (a, s, a->facts->doc->date);
}
