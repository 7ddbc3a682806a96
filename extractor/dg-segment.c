/* dg-segment.c - paragraphs, sentences and tokens (stage 2 of extractor/)
 *
 * One pass over the bytes of the document text, no regular expressions and
 * no allocation per character: ASCII is classified through a table, only
 * non-ASCII characters are decoded.  Sentence boundaries are decided by a
 * few rules around . ! ? and a table of abbreviations (titles, months,
 * company suffixes) plus a table of words that typically open a sentence
 * (used after "U.S." and other abbreviations that may end one).
 */
#include <string.h>
#include "dg-segment.h"

/* ---------------------------------------------------------------------- */
/* Character classes                                                      */

enum {
  C_SPACE = 1 << 0,
  C_UPPER = 1 << 1,
  C_LOWER = 1 << 2,
  C_DIGIT = 1 << 3,
  C_ALNUM = C_UPPER | C_LOWER | C_DIGIT
};

static const guint8 ascii_class[128] = {
  ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE,
  ['\r'] = C_SPACE, [' '] = C_SPACE,
  ['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
  ['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
  ['8'] = C_DIGIT, ['9'] = C_DIGIT,
  ['A'] = C_UPPER, ['B'] = C_UPPER, ['C'] = C_UPPER, ['D'] = C_UPPER,
  ['E'] = C_UPPER, ['F'] = C_UPPER, ['G'] = C_UPPER, ['H'] = C_UPPER,
  ['I'] = C_UPPER, ['J'] = C_UPPER, ['K'] = C_UPPER, ['L'] = C_UPPER,
  ['M'] = C_UPPER, ['N'] = C_UPPER, ['O'] = C_UPPER, ['P'] = C_UPPER,
  ['Q'] = C_UPPER, ['R'] = C_UPPER, ['S'] = C_UPPER, ['T'] = C_UPPER,
  ['U'] = C_UPPER, ['V'] = C_UPPER, ['W'] = C_UPPER, ['X'] = C_UPPER,
  ['Y'] = C_UPPER, ['Z'] = C_UPPER,
  ['a'] = C_LOWER, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER,
  ['e'] = C_LOWER, ['f'] = C_LOWER, ['g'] = C_LOWER, ['h'] = C_LOWER,
  ['i'] = C_LOWER, ['j'] = C_LOWER, ['k'] = C_LOWER, ['l'] = C_LOWER,
  ['m'] = C_LOWER, ['n'] = C_LOWER, ['o'] = C_LOWER, ['p'] = C_LOWER,
  ['q'] = C_LOWER, ['r'] = C_LOWER, ['s'] = C_LOWER, ['t'] = C_LOWER,
  ['u'] = C_LOWER, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER,
  ['y'] = C_LOWER, ['z'] = C_LOWER,
};

/* The character at text[i] (i < end); *len gets its length in bytes.
 * Invalid UTF-8 counts as one byte U+FFFD. */
static inline gunichar
char_at (const char *text, guint i, guint end, guint *len)
{
  guchar c = (guchar) text[i];
  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
  gunichar u = g_utf8_get_char_validated (text + i, (gssize) (end - i));
  if (u == (gunichar) -1 || u == (gunichar) -2)
    {
      *len = 1;
      return 0xFFFD;
    }
  *len = (guint) g_utf8_skip[c];
  return u;
}

/* Start of the character before text[i] (i > floor). */
static inline guint
prev_char_start (const char *text, guint floor, guint i)
{
  guint p = i - 1;
  while (p > floor && ((guchar) text[p] & 0xC0) == 0x80 && i - p < 4)
    p--;
  return p;
}

static inline gboolean
uni_is_word (gunichar u)
{
  if (u < 0x80)
    return (ascii_class[u] & C_ALNUM) != 0;
  return g_unichar_isalnum (u) || g_unichar_ismark (u);
}

static inline gboolean
uni_is_space (gunichar u)
{
  if (u < 0x80)
    return (ascii_class[u] & C_SPACE) != 0;
  /* NBSP, the typographic spaces, narrow NBSP, ideographic space, BOM,
   * zero-width space: all separate words in news text. */
  return u == 0x00A0 || (u >= 0x2000 && u <= 0x200B) || u == 0x202F
         || u == 0x205F || u == 0x3000 || u == 0xFEFF
         || g_unichar_isspace (u);
}

static inline gboolean
uni_is_upper (gunichar u)
{
  if (u < 0x80)
    return (ascii_class[u] & C_UPPER) != 0;
  return g_unichar_isupper (u) || g_unichar_istitle (u);
}

static inline gboolean
word_at (const char *text, guint i, guint end)
{
  guint len;
  return i < end && uni_is_word (char_at (text, i, end, &len));
}

static inline gboolean
space_at (const char *text, guint i, guint end, guint *len)
{
  if (i >= end)
    return FALSE;
  guchar c = (guchar) text[i];
  if (c < 0x80)
    {
      *len = 1;
      return (ascii_class[c] & C_SPACE) != 0;
    }
  return uni_is_space (char_at (text, i, end, len));
}

/* Quotation marks (the tokenizer's DG_TOKEN_QUOTE). */
static inline gboolean
uni_is_quote (gunichar u)
{
  switch (u)
    {
    case '"': case '\'': case '`':
    case 0x00AB: case 0x00BB:                        /* « » */
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:  /* ‘ ’ ‚ ‛ */
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:  /* “ ” „ ‟ */
    case 0x2039: case 0x203A:                        /* ‹ › */
      return TRUE;
    default:
      return FALSE;
    }
}

/* What may follow a sentence terminator before the white space. */
static inline gboolean
uni_is_closer (gunichar u)
{
  switch (u)
    {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x00BB: case 0x2019: case 0x201D: case 0x203A:
      return TRUE;
    default:
      return FALSE;
    }
}

/* What may open a sentence. */
static inline gboolean
uni_is_opener (gunichar u)
{
  switch (u)
    {
    case '"': case '\'': case '(': case '[': case '{': case '`':
    case 0x00AB: case 0x2018: case 0x201C: case 0x201E: case 0x2039:
      return TRUE;
    default:
      return FALSE;
    }
}

/* ---------------------------------------------------------------------- */
/* Word tables                                                            */

typedef enum {
  ABBR_NONE = 0,
  ABBR_TITLE,  /* never ends a sentence: "Gen. David Petraeus" */
  ABBR_WEAK,   /* ends one only before a sentence opener: "the U.S. The" */
  ABBR_NUM,    /* an abbreviation before a number: "No. 1" */
  ABBR_LOWER   /* an abbreviation before lower case only: "etc." */
} AbbrClass;

typedef struct {
  const char *word;
  guint8 len;
  guint8 cls;
} WordEntry;

#define W(s, c) { s, sizeof (s) - 1, c }

static const WordEntry abbreviations[] = {
  /* titles and ranks */
  W ("Mr", ABBR_TITLE), W ("Mrs", ABBR_TITLE), W ("Ms", ABBR_TITLE),
  W ("Messrs", ABBR_TITLE), W ("Mmes", ABBR_TITLE), W ("Dr", ABBR_TITLE),
  W ("Prof", ABBR_TITLE), W ("Gen", ABBR_TITLE), W ("Gens", ABBR_TITLE),
  W ("Lt", ABBR_TITLE), W ("Col", ABBR_TITLE), W ("Maj", ABBR_TITLE),
  W ("Capt", ABBR_TITLE), W ("Cmdr", ABBR_TITLE), W ("Sgt", ABBR_TITLE),
  W ("Cpl", ABBR_TITLE), W ("Pvt", ABBR_TITLE), W ("Adm", ABBR_TITLE),
  W ("Brig", ABBR_TITLE), W ("Gov", ABBR_TITLE), W ("Govs", ABBR_TITLE),
  W ("Sen", ABBR_TITLE), W ("Sens", ABBR_TITLE), W ("Rep", ABBR_TITLE),
  W ("Reps", ABBR_TITLE), W ("Rev", ABBR_TITLE), W ("Hon", ABBR_TITLE),
  W ("Amb", ABBR_TITLE), W ("Pres", ABBR_TITLE), W ("Supt", ABBR_TITLE),
  W ("Insp", ABBR_TITLE), W ("Det", ABBR_TITLE), W ("Atty", ABBR_TITLE),
  W ("St", ABBR_TITLE), W ("Mt", ABBR_TITLE), W ("Ft", ABBR_TITLE),
  W ("vs", ABBR_TITLE), W ("v", ABBR_TITLE), W ("cf", ABBR_TITLE),
  /* name suffixes and company forms: may end a sentence */
  W ("Sr", ABBR_WEAK), W ("Jr", ABBR_WEAK), W ("Inc", ABBR_WEAK),
  W ("Corp", ABBR_WEAK), W ("Co", ABBR_WEAK), W ("Ltd", ABBR_WEAK),
  W ("Bros", ABBR_WEAK), W ("Dept", ABBR_WEAK), W ("Univ", ABBR_WEAK),
  W ("Ave", ABBR_WEAK), W ("Blvd", ABBR_WEAK),
  /* months (AP style leaves March through July whole) */
  W ("Jan", ABBR_WEAK), W ("Feb", ABBR_WEAK), W ("Mar", ABBR_WEAK),
  W ("Apr", ABBR_WEAK), W ("Jun", ABBR_WEAK), W ("Jul", ABBR_WEAK),
  W ("Aug", ABBR_WEAK), W ("Sep", ABBR_WEAK), W ("Sept", ABBR_WEAK),
  W ("Oct", ABBR_WEAK), W ("Nov", ABBR_WEAK), W ("Dec", ABBR_WEAK),
  /* before numbers */
  W ("No", ABBR_NUM), W ("Nos", ABBR_NUM), W ("Art", ABBR_NUM),
  W ("Vol", ABBR_NUM), W ("Fig", ABBR_NUM), W ("pp", ABBR_NUM),
  W ("p", ABBR_NUM), W ("ch", ABBR_NUM),
  /* before lower case */
  W ("etc", ABBR_LOWER), W ("al", ABBR_LOWER), W ("approx", ABBR_LOWER),
  W ("est", ABBR_LOWER), W ("incl", ABBR_LOWER),
};

/* Words that open a sentence; after an abbreviation that may end one
 * ("U.S.", "Jan.", "Inc.") the sentence ends only before one of these. */
static const WordEntry sentence_openers[] = {
  W ("The", 0), W ("A", 0), W ("An", 0), W ("He", 0), W ("She", 0),
  W ("It", 0), W ("They", 0), W ("We", 0), W ("I", 0), W ("You", 0),
  W ("But", 0), W ("And", 0), W ("Or", 0), W ("So", 0), W ("Yet", 0),
  W ("In", 0), W ("On", 0), W ("At", 0), W ("For", 0), W ("With", 0),
  W ("This", 0), W ("That", 0), W ("These", 0), W ("Those", 0),
  W ("There", 0), W ("Here", 0), W ("His", 0), W ("Her", 0), W ("Its", 0),
  W ("Their", 0), W ("Our", 0), W ("My", 0), W ("After", 0),
  W ("Before", 0), W ("When", 0), W ("While", 0), W ("However", 0),
  W ("Meanwhile", 0), W ("Officials", 0), W ("Still", 0), W ("Then", 0),
  W ("Now", 0), W ("Since", 0), W ("Although", 0), W ("Though", 0),
  W ("As", 0), W ("If", 0), W ("Some", 0), W ("Many", 0), W ("Most", 0),
  W ("Both", 0), W ("Each", 0), W ("Also", 0), W ("Earlier", 0),
  W ("Later", 0), W ("Last", 0), W ("During", 0), W ("Despite", 0),
  W ("According", 0), W ("What", 0), W ("Who", 0), W ("Why", 0),
  W ("How", 0), W ("Where", 0), W ("Other", 0), W ("Such", 0),
  W ("No", 0), W ("Not", 0), W ("One", 0), W ("Under", 0), W ("Without", 0),
  W ("Instead", 0), W ("Yesterday", 0), W ("Today", 0), W ("Asked", 0),
  W ("Speaking", 0),
};

/* Verbs of an attribution after a quoted question: '"Why?" Clinton asked.' */
static const WordEntry attribution_verbs[] = {
  W ("said", 0), W ("says", 0), W ("asked", 0), W ("asks", 0),
  W ("added", 0), W ("adds", 0), W ("told", 0), W ("tells", 0),
  W ("replied", 0), W ("replies", 0), W ("wrote", 0), W ("writes", 0),
  W ("shouted", 0), W ("insisted", 0), W ("explained", 0),
  W ("continued", 0), W ("declared", 0), W ("noted", 0), W ("warned", 0),
  W ("wondered", 0), W ("demanded", 0), W ("recalled", 0),
};

/* Words before "'s" that make a contraction, not a possessive. */
static const WordEntry contraction_hosts[] = {
  W ("it", 0), W ("he", 0), W ("she", 0), W ("that", 0), W ("there", 0),
  W ("what", 0), W ("who", 0), W ("here", 0), W ("where", 0), W ("let", 0),
  W ("how", 0), W ("when", 0), W ("why", 0), W ("everyone", 0),
  W ("nobody", 0), W ("somebody", 0),
};

#undef W

static const WordEntry *
table_find (const WordEntry *table, gsize n, const char *word, gsize len)
{
  for (gsize i = 0; i < n; i++)
    if (table[i].len == len && memcmp (table[i].word, word, len) == 0)
      return &table[i];
  return NULL;
}

static gboolean
table_find_ascii_nocase (const WordEntry *table, gsize n, const char *word,
                         gsize len)
{
  for (gsize i = 0; i < n; i++)
    if (table[i].len == len && g_ascii_strncasecmp (table[i].word, word, len) == 0)
      return TRUE;
  return FALSE;
}

/* "U.S", "a.m", "Ph.D": pieces of one to three letters joined by periods. */
static gboolean
is_dotted_acronym (const char *word, gsize len)
{
  gsize piece = 0, dots = 0;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) word[i];
      if (c == '.')
        {
          if (piece == 0)
            return FALSE;
          piece = 0;
          dots++;
        }
      else if (c < 0x80 && (ascii_class[c] & (C_UPPER | C_LOWER)))
        {
          if (++piece > 3)
            return FALSE;
        }
      else
        return FALSE;
    }
  return dots > 0 && piece > 0;
}

static AbbrClass
abbr_class (const char *word, gsize len)
{
  if (len == 0)
    return ABBR_NONE;
  const WordEntry *e = table_find (abbreviations, G_N_ELEMENTS (abbreviations),
                                   word, len);
  if (e)
    return (AbbrClass) e->cls;
  /* a single capital initial: "George W. Bush", "J. Smith" */
  guint clen;
  gunichar u = char_at (word, 0, (guint) len, &clen);
  if (clen == len && uni_is_upper (u))
    return ABBR_WEAK;
  if (memchr (word, '.', len) && is_dotted_acronym (word, len))
    return ABBR_WEAK;
  return ABBR_NONE;
}

gboolean
dg_segment_is_abbreviation (const char *word, gsize len)
{
  g_return_val_if_fail (word != NULL || len == 0, FALSE);
  if (len > 0 && word[len - 1] == '.')
    len--;
  return abbr_class (word, len) != ABBR_NONE;
}

/* ---------------------------------------------------------------------- */
/* Sentences                                                              */

static inline gboolean
is_terminator (const char *text, guint i, guint end, guint *len)
{
  guchar c = (guchar) text[i];
  if (c == '.' || c == '!' || c == '?')
    {
      *len = 1;
      return TRUE;
    }
  if (c == 0xE2 && i + 2 < end && (guchar) text[i + 1] == 0x80
      && (guchar) text[i + 2] == 0xA6)  /* … */
    {
      *len = 3;
      return TRUE;
    }
  return FALSE;
}

/* The run of ASCII letters at text[i]; returns its end. */
static inline guint
ascii_letters_end (const char *text, guint i, guint end)
{
  while (i < end && (guchar) text[i] < 0x80
         && (ascii_class[(guchar) text[i]] & (C_UPPER | C_LOWER)))
    i++;
  return i;
}

static gboolean
opens_sentence (const char *text, guint k, guint end)
{
  guint len;
  gunichar u = char_at (text, k, end, &len);
  if (uni_is_opener (u))
    return TRUE;
  guint e = ascii_letters_end (text, k, end);
  if (e == k || word_at (text, e, end))
    return FALSE;
  return table_find (sentence_openers, G_N_ELEMENTS (sentence_openers),
                     text + k, e - k) != NULL;
}

/* After '?"' or '!"': is this an attribution ('"Why?" Clinton asked')?
 * Looks at the next four words for a speech verb. */
static gboolean
attribution_follows (const char *text, guint k, guint end)
{
  for (int n = 0; n < 4 && k < end; n++)
    {
      guint e = ascii_letters_end (text, k, end);
      if (e == k)
        return FALSE;
      if (table_find (attribution_verbs, G_N_ELEMENTS (attribution_verbs),
                      text + k, e - k))
        return TRUE;
      if (e < end && text[e] == '.')
        {
          if (abbr_class (text + k, e - k) != ABBR_TITLE)
            return FALSE;
          e++;
        }
      guint sl;
      if (!space_at (text, e, end, &sl))
        return FALSE;
      k = e;
      while (space_at (text, k, end, &sl))
        k += sl;
    }
  return FALSE;
}

/* Decides whether the terminator run text[t, after_term), followed by
 * closers up to @close_end and white space up to @next, ends a sentence. */
static gboolean
ends_sentence (const char *text, guint para_start, guint t, guint after_term,
               guint close_end, guint next, guint end)
{
  guint len;
  gunichar u = char_at (text, next, end, &len);

  /* the next sentence starts with a capital, a digit or an opening quote */
  if (!(uni_is_upper (u) || (u < 0x80 && (ascii_class[u] & C_DIGIT))
        || uni_is_opener (u)))
    return FALSE;

  gboolean single_period = (after_term == t + 1 && text[t] == '.');
  if (!single_period)
    {
      /* ? ! … or a run: a quoted question before its attribution goes on */
      gboolean quoted = FALSE;
      for (guint i = after_term; i < close_end; i++)
        if (text[i] == '"' || text[i] == '\'' || (guchar) text[i] == 0xE2)
          quoted = TRUE;
      if (quoted && attribution_follows (text, next, end))
        return FALSE;
      return TRUE;
    }

  /* the word before the period, inner periods included ("U.S") */
  guint ws = t;
  while (ws > para_start)
    {
      guint p = prev_char_start (text, para_start, ws);
      guint cl;
      gunichar c = char_at (text, p, end, &cl);
      if (c == '.' || uni_is_word (c))
        ws = p;
      else
        break;
    }
  while (ws < t && text[ws] == '.')
    ws++;

  switch (abbr_class (text + ws, t - ws))
    {
    case ABBR_TITLE:
      return FALSE;
    case ABBR_WEAK:
      return opens_sentence (text, next, end);
    case ABBR_NUM:
      return !(u < 0x80 && (ascii_class[u] & C_DIGIT));
    case ABBR_LOWER:
    case ABBR_NONE:
    default:
      return TRUE;
    }
}

static void
add_sentence (const char *text, guint s, guint e, guint para,
              GArray *sentences)
{
  guint sl;
  while (s < e && space_at (text, s, e, &sl))
    s += sl;
  while (e > s)
    {
      guint p = prev_char_start (text, s, e);
      if (space_at (text, p, e, &sl))
        e = p;
      else
        break;
    }
  if (e > s)
    {
      DgSentence sent = { s, e, para };
      g_array_append_val (sentences, sent);
    }
}

static void
split_sentences (const char *text, guint start, guint end, guint para,
                 GArray *sentences)
{
  guint s = start, i = start;

  while (i < end)
    {
      guint tl;
      guchar c = (guchar) text[i];
      if (!((c == '.' || c == '!' || c == '?' || c == 0xE2)
            && is_terminator (text, i, end, &tl)))
        {
          i++;
          continue;
        }
      guint t = i, j = i + tl;
      while (j < end && is_terminator (text, j, end, &tl))
        j += tl;
      guint after_term = j;
      while (j < end)
        {
          guint cl;
          gunichar u = char_at (text, j, end, &cl);
          if (!uni_is_closer (u))
            break;
          j += cl;
        }
      guint close_end = j, sl;
      if (!space_at (text, j, end, &sl))
        {
          i = j;
          continue;
        }
      guint k = j;
      while (space_at (text, k, end, &sl))
        k += sl;
      if (k >= end)
        break;
      if (ends_sentence (text, start, t, after_term, close_end, k, end))
        {
          add_sentence (text, s, close_end, para, sentences);
          s = k;
        }
      i = k;
    }
  add_sentence (text, s, end, para, sentences);
}

/* The class of a byte: ASCII classes, none for UTF-8 bytes. */
static guint8
ascii_cls (char c)
{
  return (guchar) c < 128 ? ascii_class[(guchar) c] : 0;
}

/* A wire dateline at the start of a paragraph: "KHARTOUM, May 20
 * (Reuters) - ", "WASHINGTON (AP) — ", "THE HAGUE, Netherlands - ".  It
 * names where the story was filed and by which agency, and is no part of
 * the first sentence: the agency is no actor of its events.  Returns the
 * offset after the dateline's dash, or @s when the paragraph opens with
 * none.  The city is one to four words in capitals; then, at most 60 bytes
 * of region, date or "(Agency)" in capitalized words, a dash between spaces
 * and a capital ("NATO - the alliance - met" has no dateline). */
static guint
skip_dateline (const char *text, guint s, guint e)
{
  guint i = s, words = 0, caps = 0;
  while (i < e && words < 4)
    {
      guint w = i;
      while (i < e && (ascii_cls (text[i]) & C_UPPER || text[i] == '.'
                       || text[i] == '\'' || (text[i] == '-' && i > w)))
        caps += (ascii_cls (text[i]) & C_UPPER) != 0, i++;
      if (i == w || (i < e && ascii_cls (text[i]) & C_LOWER))
        return s;
      words++;
      if (i < e && text[i] == ' ' && i + 1 < e && ascii_cls (text[i + 1]) & C_UPPER
          && !(i + 2 < e && ascii_cls (text[i + 2]) & C_LOWER))
        i++;
      else
        break;
    }
  if (caps < 3)
    return s;
  /* region, date, agency - capitalized words, numbers and punctuation
   * only - then the dash, then a capital that opens the sentence */
  for (guint k = i; k < e && k < i + 60; k++)
    {
      guchar c = (guchar) text[k];
      if (c != ' ' || k + 2 >= e)
        continue;
      if (ascii_cls (text[k + 1]) & C_LOWER)
        return s;   /* "IAEA chief Grossi met Raisi - ..." */
      guint dash = 0;
      if (text[k + 1] == '-' && text[k + 2] == ' ')
        dash = 1;
      else if (text[k + 1] == '-' && text[k + 2] == '-' && k + 3 < e && text[k + 3] == ' ')
        dash = 2;
      else if (k + 4 < e && (guchar) text[k + 1] == 0xE2 && (guchar) text[k + 2] == 0x80
               && ((guchar) text[k + 3] == 0x93 || (guchar) text[k + 3] == 0x94)
               && text[k + 4] == ' ')
        dash = 3;
      if (dash)
        {
          guint after = k + 1 + dash;
          while (after < e && text[after] == ' ')
            after++;
          gboolean opens = after < e && (ascii_cls (text[after]) & (C_UPPER | C_DIGIT)
                                         || (guchar) text[after] >= 0x80 || text[after] == '"');
          return opens ? after : s;
        }
    }
  return s;
}

DgSegmentation *
dg_segment (const DgDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  DgSegmentation *seg = g_new0 (DgSegmentation, 1);
  seg->doc = doc;
  seg->paragraphs = g_array_new (FALSE, FALSE, sizeof (DgParagraph));
  seg->sentences = g_array_new (FALSE, FALSE, sizeof (DgSentence));
  if (doc->text == NULL)
    return seg;

  const char *text = doc->text;
  gsize len = doc->text_len ? doc->text_len : strlen (text);
  g_return_val_if_fail (len <= G_MAXUINT, seg);
  guint n = (guint) len, pos = 0;

  while (pos < n)
    {
      const char *nl = memchr (text + pos, '\n', n - pos);
      guint line_end = nl ? (guint) (nl - text) : n;
      guint s = pos, e = line_end, sl;

      while (s < e && space_at (text, s, e, &sl))
        s += sl;
      while (e > s)
        {
          guint p = prev_char_start (text, s, e);
          if (space_at (text, p, e, &sl))
            e = p;
          else
            break;
        }
      if (e > s)
        {
          DgParagraph para = { 0 };
          para.start = s;
          para.end = e;
          para.kind = dg_document_block_kind_at (doc, s);
          para.first_sentence = seg->sentences->len;
          split_sentences (text, skip_dateline (text, s, e), e, seg->paragraphs->len,
                           seg->sentences);
          para.n_sentences = seg->sentences->len - para.first_sentence;
          g_array_append_val (seg->paragraphs, para);
        }
      pos = line_end + 1;
    }
  return seg;
}

void
dg_segmentation_free (DgSegmentation *seg)
{
  if (seg == NULL)
    return;
  if (seg->paragraphs)
    g_array_unref (seg->paragraphs);
  if (seg->sentences)
    g_array_unref (seg->sentences);
  g_free (seg);
}

/* ---------------------------------------------------------------------- */
/* Tokens                                                                 */

static inline void
push_token (GArray *tokens, guint s, guint e, DgTokenKind kind,
            gboolean capitalized, gboolean possessive)
{
  DgToken tok = { 0 };
  tok.start = s;
  tok.end = e;
  tok.kind = kind;
  tok.capitalized = capitalized ? 1 : 0;
  tok.possessive = possessive ? 1 : 0;
  g_array_append_val (tokens, tok);
}

/* A word from @s; scanning resumes at @j (past a leading number, if any).
 * Returns where the next token may start. */
static guint
scan_word (const char *text, guint s, guint j, guint end, DgTokenKind kind,
           GArray *tokens)
{
  guint len;
  gboolean cap = uni_is_upper (char_at (text, s, end, &len));

  while (j < end)
    {
      guchar c = (guchar) text[j];
      if (c < 0x80)
        {
          if (ascii_class[c] & C_ALNUM)
            {
              j++;
              continue;
            }
          if (c == '.' && word_at (text, j + 1, end))
            {
              j++;
              continue;
            }
          if (c == '.' && j + 1 < end && text[j + 1] == '-'
              && word_at (text, j + 2, end))
            {
              j += 2;
              continue;
            }
          if (c == '-' && word_at (text, j + 1, end))
            {
              j++;
              continue;
            }
          if (c != '\'')
            break;
          len = 1;
        }
      else
        {
          gunichar u = char_at (text, j, end, &len);
          if (uni_is_word (u))
            {
              j += len;
              continue;
            }
          if (u != 0x2019)
            break;
        }
      /* an apostrophe: possessive 's, or inside the word (O'Brien, don't) */
      guint a = j + len;
      if (!word_at (text, a, end))
        break;
      if ((text[a] == 's' || text[a] == 'S') && !word_at (text, a + 1, end)
          && !table_find_ascii_nocase (contraction_hosts,
                                       G_N_ELEMENTS (contraction_hosts),
                                       text + s, j - s))
        {
          push_token (tokens, s, j, DG_TOKEN_WORD, cap, TRUE);
          return a + 1;
        }
      j = a;
    }

  guint e = j;
  if (kind == DG_TOKEN_WORD && e < end && text[e] == '.'
      && !(e + 1 < end && text[e + 1] == '.'))
    {
      switch (abbr_class (text + s, e - s))
        {
        case ABBR_TITLE:
        case ABBR_WEAK:
        case ABBR_LOWER:
          e++;
          break;
        case ABBR_NUM:
          {
            guint k = e + 1, sl;
            while (space_at (text, k, end, &sl))
              k += sl;
            if (k > e + 1 && k < end && (guchar) text[k] < 0x80
                && (ascii_class[(guchar) text[k]] & C_DIGIT))
              e++;
          }
          break;
        case ABBR_NONE:
        default:
          break;
        }
    }
  push_token (tokens, s, e, kind, cap, FALSE);
  return e;
}

static guint
scan_number (const char *text, guint s, guint end, GArray *tokens)
{
  guint j = s;
  while (j < end)
    {
      guchar c = (guchar) text[j];
      if (c < 0x80 && (ascii_class[c] & C_DIGIT))
        j++;
      else if ((c == ',' || c == '.') && j + 1 < end
               && (guchar) text[j + 1] < 0x80
               && (ascii_class[(guchar) text[j + 1]] & C_DIGIT))
        j++;
      else
        break;
    }
  /* "10th", "1990s", "30-year-old" are words */
  if (word_at (text, j, end)
      || (j < end && text[j] == '-' && word_at (text, j + 1, end)))
    return scan_word (text, s, j, end, DG_TOKEN_WORD, tokens);
  push_token (tokens, s, j, DG_TOKEN_NUMBER, FALSE, FALSE);
  return j;
}

void
dg_tokenize (const char *text, guint start, guint end, GArray *tokens)
{
  g_return_if_fail (text != NULL && tokens != NULL);

  guint i = start;
  while (i < end)
    {
      guchar c = (guchar) text[i];
      if (c < 0x80)
        {
          guint8 cls = ascii_class[c];
          if (cls & C_SPACE)
            i++;
          else if (cls & C_DIGIT)
            i = scan_number (text, i, end, tokens);
          else if (cls & (C_UPPER | C_LOWER))
            i = scan_word (text, i, i, end, DG_TOKEN_WORD, tokens);
          else if (c == '"' || c == '\'' || c == '`')
            {
              push_token (tokens, i, i + 1, DG_TOKEN_QUOTE, FALSE, FALSE);
              i++;
            }
          else if ((c == '.' || c == '-') && i + 1 < end && text[i + 1] == (char) c)
            {
              guint j = i;
              while (j < end && text[j] == (char) c)
                j++;
              push_token (tokens, i, j, DG_TOKEN_PUNCT, FALSE, FALSE);
              i = j;
            }
          else
            {
              push_token (tokens, i, i + 1, DG_TOKEN_PUNCT, FALSE, FALSE);
              i++;
            }
          continue;
        }

      guint len;
      gunichar u = char_at (text, i, end, &len);
      if (uni_is_space (u))
        i += len;
      else if (uni_is_word (u))
        {
          if (g_unichar_isdigit (u))
            {
              push_token (tokens, i, i + len, DG_TOKEN_NUMBER, FALSE, FALSE);
              i += len;
            }
          else
            i = scan_word (text, i, i + len, end, DG_TOKEN_WORD, tokens);
        }
      else
        {
          push_token (tokens, i, i + len,
                      uni_is_quote (u) ? DG_TOKEN_QUOTE : DG_TOKEN_PUNCT,
                      FALSE, FALSE);
          i += len;
        }
    }
}
