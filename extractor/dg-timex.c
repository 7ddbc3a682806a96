/* dg-timex.c - stage 5: date expressions and their calendar dates */
#include <stdlib.h>
#include <string.h>
#include "dg-timex.h"

/* A word and its length: the length is compared first (every token of
 * every sentence is tried against these lists). */
#define W(s) { s, sizeof s - 1 }
typedef struct {
  const char *word;
  gsize len;
} Word;

static const Word weekday_names[7] = {
  W ("monday"), W ("tuesday"), W ("wednesday"), W ("thursday"), W ("friday"),
  W ("saturday"), W ("sunday")
};

static const struct { Word w; int month; } months[] = {
  { W ("january"), 1 }, { W ("jan."), 1 }, { W ("jan"), 1 }, { W ("february"), 2 },
  { W ("feb."), 2 }, { W ("march"), 3 }, { W ("mar."), 3 }, { W ("april"), 4 },
  { W ("apr."), 4 }, { W ("may"), 5 }, { W ("june"), 6 }, { W ("july"), 7 },
  { W ("august"), 8 }, { W ("aug."), 8 }, { W ("september"), 9 }, { W ("sept."), 9 },
  { W ("sep."), 9 }, { W ("october"), 10 }, { W ("oct."), 10 }, { W ("november"), 11 },
  { W ("nov."), 11 }, { W ("december"), 12 }, { W ("dec."), 12 },
};

/* dg_analysis_token_is() for a word of known length */
static inline gboolean
token_is_n (const DgAnalysis *a, guint t, const char *word, gsize len)
{
  const DgToken *tok = dg_analysis_token (a, t);
  return tok->end - tok->start == len && dg_analysis_token_is (a, t, word);
}

static inline gboolean
token_is_word (const DgAnalysis *a, guint t, const Word *w)
{
  return token_is_n (a, t, w->word, w->len);
}

/* ... and of a string literal */
#define TOKEN_IS(a, t, lit) token_is_n (a, t, lit, sizeof lit - 1)

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

/* "two", "a", "12": a small count before a time unit, or -1. */
static int
count_at (const DgAnalysis *a, guint t)
{
  static const Word words[] = { W ("a"), W ("one"), W ("two"), W ("three"), W ("four"),
                                W ("five"), W ("six"), W ("seven"), W ("eight"), W ("nine"),
                                W ("ten"), W ("eleven"), W ("twelve") };
  int n = token_number (a, t);
  if (n >= 0)
    return n;
  for (int i = 0; i < (int) G_N_ELEMENTS (words); i++)
    if (token_is_word (a, t, &words[i]))
      return i == 0 ? 1 : i;
  if (TOKEN_IS (a, t, "an"))
    return 1;
  return -1;
}

/* The unit of "days", "week", "months", "years": 'd', 'w', 'm', 'y' or 0. */
static char
unit_at (const DgAnalysis *a, guint t)
{
  static const struct { Word w; char unit; } units[] = {
    { W ("day"), 'd' }, { W ("days"), 'd' }, { W ("week"), 'w' }, { W ("weeks"), 'w' },
    { W ("month"), 'm' }, { W ("months"), 'm' }, { W ("year"), 'y' }, { W ("years"), 'y' },
  };
  const DgToken *tok = dg_analysis_token (a, t);
  if (tok->end - tok->start < 3 || tok->end - tok->start > 6)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (token_is_word (a, t, &units[i].w))
      return units[i].unit;
  return 0;
}

/* The date @n units before (@sign < 0) or after @doc, at the precision the
 * unit gives: a day for days and weeks, a month, a year. */
static char *
shift_date (const GDate *doc, char unit, int n, int sign)
{
  GDate d = *doc;
  switch (unit)
    {
    case 'd':
    case 'w':
      {
        guint days = (guint) n * (unit == 'w' ? 7 : 1);
        if (sign < 0)
          g_date_subtract_days (&d, days);
        else
          g_date_add_days (&d, days);
        return format_date (&d);
      }
    case 'm':
      if (sign < 0)
        g_date_subtract_months (&d, (guint) n);
      else
        g_date_add_months (&d, (guint) n);
      return g_strdup_printf ("%04u-%02u", g_date_get_year (&d), g_date_get_month (&d));
    default:
      if (sign < 0)
        g_date_subtract_years (&d, (guint) n);
      else
        g_date_add_years (&d, (guint) n);
      return g_strdup_printf ("%04u", g_date_get_year (&d));
    }
}

static int
month_at (const DgAnalysis *a, guint t)
{
  if (!dg_analysis_word_is (a, t, DG_W_MONTH))
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (months); k++)
    if (token_is_word (a, t, &months[k].w))
      return months[k].month;
  return 0;
}

/* A calendar date @day @month [@year]; without a year, the document's
 * year, or the year before for a past event dated after the document. */
static char *
day_month (const GDate *doc, gboolean have_doc, gboolean future, int day, int month, int year)
{
  gboolean explicit_year = year > 0;
  if (!explicit_year)
    year = have_doc ? g_date_get_year (doc) : 0;
  if (year <= 0 || !g_date_valid_dmy (day, month, year))
    return NULL;
  GDate d;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  /* a past-tense "December 20" in a March article is last year's */
  if (!explicit_year && have_doc && !future && g_date_compare (&d, doc) > 0)
    g_date_subtract_years (&d, 1);
  return format_date (&d);
}

/* Whether the weekday at @t points forward: a future word before it in
 * its clause ("will meet on Monday"); "said on Monday that it would talk"
 * is last Monday.  A weekday that opens the sentence ("On Monday, X will
 * meet Y") goes with the sentence (@sentence_future). */
static gboolean
weekday_is_future (const DgAnalysis *a, guint first, guint t, gboolean sentence_future)
{
  if (t <= first + 1)
    return sentence_future;
  for (guint k = t; k-- > first;)
    {
      if (dg_analysis_word_is (a, k, DG_W_FUTURE))
        return TRUE;
      if (dg_analysis_word_is (a, k, DG_W_CLAUSEMARK))
        break;
    }
  return FALSE;
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
      /* "30 years ago", "two days ago", "a week ago", "for 30 years" */
      /* the unit first: it is rarer than a count ("a", "one", digits) */
      char unit = have_doc && t + 1 < end ? unit_at (a, t + 1) : 0;
      int count = unit ? count_at (a, t) : -1;
      if (unit && count > 0 && count < 200)
        {
          gboolean ago = t + 2 < end && TOKEN_IS (a, t + 2, "ago");
          gboolean span = unit == 'y' && t > first && TOKEN_IS (a, t - 1, "for");
          if (ago || span)
            {
              add_timex (a, s, span ? t - 1 : t, ago && span ? 4 : 3, shift_date (&doc, unit, count, -1));
              t += ago ? 2 : 1;
              continue;
            }
        }
      /* "last year", "next month", "this year", "last Tuesday", "next Tuesday" */
      gboolean last = TOKEN_IS (a, t, "last");
      gboolean next_ = TOKEN_IS (a, t, "next");
      gboolean this_ = TOKEN_IS (a, t, "this");
      if (have_doc && (last || next_ || this_) && t + 1 < end)
        {
          char u = unit_at (a, t + 1);
          int weekday = 0;
          for (int w = 0; w < 7 && !weekday; w++)
            if (token_is_word (a, t + 1, &weekday_names[w]))
              weekday = w + 1;
          if (u == 'w')
            add_timex (a, s, t, 2, NULL);   /* a week is kept as dip:dateText */
          else if (u == 'm' || u == 'y')
            add_timex (a, s, t, 2, shift_date (&doc, u, this_ ? 0 : 1, last ? -1 : 1));
          else if (weekday && !this_)
            {
              /* strictly before or after the document's day */
              GDate d = doc;
              int today = g_date_get_weekday (&doc);
              int delta = last ? (today - weekday + 7) % 7 : (weekday - today + 7) % 7;
              if (delta == 0)
                delta = 7;
              if (last)
                g_date_subtract_days (&d, (guint) delta);
              else
                g_date_add_days (&d, (guint) delta);
              add_timex (a, s, t, 2, format_date (&d));
            }
          else
            continue;
          t += 1;
          continue;
        }
      /* "6 March", "6 March 2009" */
      int m = t + 1 < end && token_number (a, t) >= 1 ? month_at (a, t + 1) : 0;
      if (m && token_number (a, t) <= 31)
        {
          int year = t + 2 < end ? token_number (a, t + 2) : -1;
          gboolean with_year = year >= 1000 && year <= 2100;
          add_timex (a, s, t, with_year ? 3 : 2,
                     day_month (&doc, have_doc, future, token_number (a, t), m, with_year ? year : 0));
          t += with_year ? 2 : 1;
          continue;
        }
      if (!dg_analysis_word_is (a, t, DG_W_WEEKDAY | DG_W_MONTH | DG_W_RELDAY))
        continue;
      for (int w = 0; w < 7; w++)
        if (token_is_word (a, t, &weekday_names[w]))
          {
            add_timex (a, s, t, 1, dg_timex_resolve_weekday (doc_date, w + 1,
                                                             weekday_is_future (a, first, t, future)));
            goto next;
          }
      m = month_at (a, t);
      if (m && t + 1 < end)
        {
          int day = token_number (a, t + 1);
          if (day >= 1000 && day <= 2100)
            {
              /* "March 2009" */
              add_timex (a, s, t, 2, g_strdup_printf ("%04d-%02d", day, m));
              t += 1;
              goto next;
            }
          if (day >= 1 && day <= 31)
            {
              guint n = 2;
              int year = 0;
              if (t + 3 < end && dg_analysis_word_is (a, t + 2, DG_W_COMMA)
                  && token_number (a, t + 3) >= 1000)
                {
                  year = token_number (a, t + 3);
                  n = 4;
                }
              add_timex (a, s, t, n, day_month (&doc, have_doc, future, day, m, year));
              t += n - 1;
              goto next;
            }
        }
      if (m && have_doc && dg_analysis_token (a, t)->capitalized && t > first
          && (TOKEN_IS (a, t - 1, "in") || TOKEN_IS (a, t - 1, "since")
              || TOKEN_IS (a, t - 1, "late") || TOKEN_IS (a, t - 1, "early")
              || TOKEN_IS (a, t - 1, "mid") || TOKEN_IS (a, t - 1, "until")))
        {
          /* "in late February": the month, this year's or (for a past
           * event in a month after the document's) last year's */
          int year = g_date_get_year (&doc);
          if (m > (int) g_date_get_month (&doc) && !future)
            year--;
          gboolean qualified = !TOKEN_IS (a, t - 1, "in")
                               && !TOKEN_IS (a, t - 1, "since")
                               && !TOKEN_IS (a, t - 1, "until");
          add_timex (a, s, qualified ? t - 1 : t, qualified ? 2 : 1,
                     g_strdup_printf ("%04d-%02d", year, m));
          goto next;
        }
      if (have_doc)
        {
          int offset = TOKEN_IS (a, t, "today") ? 0
                       : TOKEN_IS (a, t, "yesterday") ? -1
                       : TOKEN_IS (a, t, "tomorrow") ? 1 : 99;
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
