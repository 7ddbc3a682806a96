/* dg-lexicon.c - loading and phrase lookup of the gazetteers
 *
 * Every entry's surface is tokenized with the same tokenizer as the text,
 * so "U.S.", "al-Qaida" and "deputy foreign minister" match exactly the
 * tokens an article produces.  Every case-folded word of an entry or of
 * words.tsv is numbered (the vocabulary); entries are indexed by their
 * first word and kept longest first.  A token is looked up in the
 * vocabulary once (dg_lexicon_index_token() keeps its number in the
 * token), then matching compares numbers.
 */
#include <string.h>
#include <json-glib/json-glib.h>
#include "dg-lexicon.h"
#include "dg-data.h"

/* Every byte of @s (@len bytes) is an ASCII capital letter. */
static gboolean
all_capitals (const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isupper (s[i]))
      return FALSE;
  return len > 0;
}

G_DEFINE_QUARK (dg-lexicon-error-quark, dg_lexicon_error)

/* A word of the vocabulary. */
typedef struct {
  guint32 classes;          /* DgWordClass bits (words.tsv) */
  GPtrArray *bucket;        /* entries whose first word it is, longest first, or NULL */
} VocabWord;

/* DgToken.lex_word: 0 = not indexed, TOKEN_UNKNOWN = not in the
 * vocabulary, else TOKEN_FIRST + the word's index in lex->vocab_words. */
#define TOKEN_UNKNOWN 1u
#define TOKEN_FIRST 2u

struct DgLexicon {
  gint ref_count;
  GPtrArray *entries;       /* DgLexEntry*, owned */
  GHashTable *vocab;        /* case-folded word -> index + 1 in vocab_words */
  GArray *vocab_words;      /* VocabWord */
  GHashTable *countries;    /* alpha-3 -> DgLexEntry* (kind COUNTRY, the label entry) */
  GHashTable *ambiguous;    /* surfaces that name no single country */
  GHashTable *people;       /* name or alias as written -> DgLexEntry* (DG_LEX_PERSON) */
  GHashTable *orgs;         /* organization id -> its first DgLexEntry */
};

static void
entry_free (gpointer p)
{
  DgLexEntry *e = p;
  g_free (e->surface);
  g_free (e->key);
  g_free (e->label);
  g_free (e->country);
  g_free (e->sector);
  g_free (e->extra);
  g_free (e->event_class);
  g_strfreev (e->words);
  g_free (e->word_ids);
  g_free (e);
}

/* Case-folds one token into @buf (or a new string when it does not fit). */
static const char *
fold_token (const char *text, const DgToken *t, char *buf, gsize size, char **heap)
{
  gsize len = t->end - t->start;
  const char *s = text + t->start;
  gboolean ascii = TRUE;
  for (gsize i = 0; i < len; i++)
    if ((guchar) s[i] >= 0x80)
      {
        ascii = FALSE;
        break;
      }
  if (ascii && len < size)
    {
      for (gsize i = 0; i < len; i++)
        {
          char c = s[i];
          buf[i] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
      buf[len] = '\0';
      return buf;
    }
  *heap = g_utf8_casefold (s, (gssize) len);
  return *heap;
}

/* The vocabulary index of @folded, added when new. */
static guint
vocab_add (DgLexicon *lex, const char *folded)
{
  gpointer v;
  if (g_hash_table_lookup_extended (lex->vocab, folded, NULL, &v))
    return GPOINTER_TO_UINT (v) - 1;
  VocabWord w = { 0, NULL };
  g_array_append_val (lex->vocab_words, w);
  g_hash_table_insert (lex->vocab, g_strdup (folded), GUINT_TO_POINTER (lex->vocab_words->len));
  return lex->vocab_words->len - 1;
}

static inline VocabWord *
vocab_word (const DgLexicon *lex, guint index)
{
  return &g_array_index (lex->vocab_words, VocabWord, index);
}

/* TOKEN_UNKNOWN or TOKEN_FIRST + the vocabulary index of @t's text. */
static guint
token_word_lookup (const DgLexicon *lex, const char *text, const DgToken *t)
{
  char buf[128];
  char *heap = NULL;
  const char *w = fold_token (text, t, buf, sizeof buf, &heap);
  guint v = GPOINTER_TO_UINT (g_hash_table_lookup (lex->vocab, w));
  g_free (heap);
  return v ? v - 1 + TOKEN_FIRST : TOKEN_UNKNOWN;
}

static inline guint
token_word (const DgLexicon *lex, const char *text, const DgToken *t)
{
  return t->lex_word ? t->lex_word : token_word_lookup (lex, text, t);
}

static gint
longest_first (gconstpointer a, gconstpointer b)
{
  const DgLexEntry *x = *(DgLexEntry *const *) a;
  const DgLexEntry *y = *(DgLexEntry *const *) b;
  return (int) y->n_words - (int) x->n_words;
}

static DgLexEntry *
lexicon_add (DgLexicon *lex, DgLexKind kind, const char *surface, const char *key,
             const char *label)
{
  g_autoptr(GArray) toks = g_array_new (FALSE, FALSE, sizeof (DgToken));
  dg_tokenize (surface, 0, (guint) strlen (surface), toks);
  if (toks->len == 0)
    return NULL;

  DgLexEntry *e = g_new0 (DgLexEntry, 1);
  e->kind = kind;
  e->surface = g_strdup (surface);
  e->key = g_strdup (key);
  e->label = g_strdup (label ? label : surface);
  e->n_words = toks->len;
  e->words = g_new0 (char *, toks->len + 1);
  e->word_ids = g_new (guint, toks->len);
  for (guint i = 0; i < toks->len; i++)
    {
      char buf[128];
      char *heap = NULL;
      const DgToken *t = &g_array_index (toks, DgToken, i);
      e->words[i] = g_strdup (fold_token (surface, t, buf, sizeof buf, &heap));
      e->word_ids[i] = TOKEN_FIRST + vocab_add (lex, e->words[i]);
      if (t->possessive && i < 32)
        e->possessive |= 1u << i;
      g_free (heap);
    }
  e->caps = g_array_index (toks, DgToken, 0).capitalized;
  if (toks->len == 1)
    {
      const DgToken *t = &g_array_index (toks, DgToken, 0);
      e->acronym = t->end - t->start >= 2 && t->end - t->start <= 3
                   && all_capitals (surface + t->start, t->end - t->start);
    }
  for (guint i = 1; i < toks->len; i++)
    if (strcmp (e->words[i], "...") == 0 || strcmp (e->words[i], "~") == 0)
      {
        e->gap_at = i;
        e->narrow_gap = e->words[i][0] == '~';
      }
  g_ptr_array_add (lex->entries, e);

  VocabWord *first = vocab_word (lex, e->word_ids[0] - TOKEN_FIRST);
  if (!first->bucket)
    first->bucket = g_ptr_array_new ();
  g_ptr_array_add (first->bucket, e);
  return e;
}

static char *
nonempty (const char *s)
{
  return (s && *s) ? g_strdup (s) : NULL;
}

/* ---- ISO 3166-1 from iso-codes --------------------------------------- */

static gboolean
is_clean_name (const char *name)
{
  return name && !strchr (name, ',') && !strchr (name, '(');
}

static gboolean
load_iso (DgLexicon *lex, GError **error)
{
  g_autoptr(GBytes) bytes = dg_data_get ("iso/iso_3166-1.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize len;
  const char *data = bytes ? g_bytes_get_data (bytes, &len) : NULL;
  if (!data || !json_parser_load_from_data (parser, data, (gssize) len, NULL))
    {
      g_set_error (error, DG_LEXICON_ERROR, DG_LEXICON_ERROR_DATA,
                   "iso_3166-1.json: missing or not JSON");
      return FALSE;
    }
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *list = root ? json_object_get_array_member (root, "3166-1") : NULL;
  if (!list)
    {
      g_set_error (error, DG_LEXICON_ERROR, DG_LEXICON_ERROR_DATA,
                   "iso_3166-1.json: no \"3166-1\" list");
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *c = json_array_get_object_element (list, i);
      const char *a3 = json_object_get_string_member_with_default (c, "alpha_3", NULL);
      const char *name = json_object_get_string_member_with_default (c, "name", NULL);
      const char *common = json_object_get_string_member_with_default (c, "common_name", NULL);
      const char *official = json_object_get_string_member_with_default (c, "official_name", NULL);
      if (!a3 || !name)
        continue;
      const char *label = common ? common : name;
      const char *names[] = { name, common, official };
      for (guint k = 0; k < G_N_ELEMENTS (names); k++)
        {
          if (!is_clean_name (names[k]))
            continue;
          DgLexEntry *e = lexicon_add (lex, DG_LEX_COUNTRY, names[k], a3, label);
          if (e)
            e->country = g_strdup (a3);
        }
      /* The entry that names the country canonically; countries.tsv may
       * replace its label ("label" rows). */
      DgLexEntry *canon = g_new0 (DgLexEntry, 1);
      canon->kind = DG_LEX_COUNTRY;
      canon->surface = g_strdup (name);
      canon->key = g_strdup (a3);
      canon->label = g_strdup (label);
      canon->country = g_strdup (a3);
      canon->words = g_new0 (char *, 1);
      g_ptr_array_add (lex->entries, canon);
      g_hash_table_insert (lex->countries, canon->key, canon);
    }
  return TRUE;
}

/* ---- the project's own tables ---------------------------------------- */

static gboolean
country_row (char **f, guint n, gpointer user_data)
{
  DgLexicon *lex = user_data;
  if (n < 3)
    return FALSE;
  DgLexEntry *canon = g_hash_table_lookup (lex->countries, f[0]);
  if (!canon && strcmp (f[0], "XKX") != 0)
    return FALSE;  /* not an ISO code */
  if (!canon)
    {
      canon = g_new0 (DgLexEntry, 1);
      canon->kind = DG_LEX_COUNTRY;
      canon->surface = g_strdup (f[2]);
      canon->key = g_strdup (f[0]);
      canon->label = g_strdup (f[2]);
      canon->country = g_strdup (f[0]);
      canon->words = g_new0 (char *, 1);
      g_ptr_array_add (lex->entries, canon);
      g_hash_table_insert (lex->countries, canon->key, canon);
    }
  DgLexKind kind;
  if (strcmp (f[1], "label") == 0)
    {
      g_free (canon->label);
      canon->label = g_strdup (f[2]);
      kind = DG_LEX_COUNTRY;
    }
  else if (strcmp (f[1], "short") == 0)
    kind = DG_LEX_COUNTRY;
  else if (strcmp (f[1], "demonym") == 0 || strcmp (f[1], "people") == 0)
    kind = DG_LEX_DEMONYM;
  else if (strcmp (f[1], "capital") == 0)
    kind = DG_LEX_CAPITAL;
  else if (strcmp (f[1], "dbpedia") == 0)
    {
      g_free (canon->extra);
      canon->extra = g_strdup (f[2]);   /* the canonical entry's DBpedia name */
      return TRUE;
    }
  else if (strcmp (f[1], "ambiguous") == 0 || strcmp (f[1], "not") == 0)
    {
      if (strcmp (f[1], "ambiguous") == 0)
        g_hash_table_add (lex->ambiguous, g_strdup (f[2]));
      lexicon_add (lex, DG_LEX_STOP, f[2], f[0], NULL);
      return TRUE;
    }
  else
    return FALSE;
  DgLexEntry *e = lexicon_add (lex, kind, f[2], f[0], NULL);
  if (e)
    {
      e->country = g_strdup (f[0]);
      /* "Yoruba": a people of this country, also when "ethnic" */
      e->extra = strcmp (f[1], "people") == 0 ? g_strdup ("people") : NULL;
    }
  return TRUE;
}

/* The entries for @name and each '|'-separated alias in @aliases, all
 * with @key and @label; the caller fills in the rest. */
static GPtrArray *
add_named (DgLexicon *lex, DgLexKind kind, const char *name, const char *aliases,
           const char *key, const char *label)
{
  GPtrArray *out = g_ptr_array_new ();
  g_auto(GStrv) alias = g_strsplit (aliases ? aliases : "", "|", -1);
  for (int k = -1; k < 0 || alias[k]; k++)
    {
      const char *surface = k < 0 ? name : alias[k];
      DgLexEntry *e = *surface ? lexicon_add (lex, kind, surface, key, label) : NULL;
      if (e)
        g_ptr_array_add (out, e);
    }
  return out;
}

static gboolean
place_row (char **f, guint n, gpointer user_data)
{
  DgLexicon *lex = user_data;
  if (n < 3)
    return FALSE;
  g_autoptr(GPtrArray) es = add_named (lex, DG_LEX_PLACE, f[0], n > 3 ? f[3] : NULL, f[0], f[0]);
  for (guint i = 0; i < es->len; i++)
    {
      DgLexEntry *e = g_ptr_array_index (es, i);
      e->country = nonempty (f[1]);
      e->extra = g_strdup (f[2]);
    }
  return TRUE;
}

static gboolean
organization_row (char **f, guint n, gpointer user_data)
{
  DgLexicon *lex = user_data;
  if (n < 4)
    return FALSE;
  g_autoptr(GPtrArray) es = add_named (lex, DG_LEX_ORGANIZATION, f[1], n > 5 ? f[5] : NULL,
                                       f[0], f[1]);
  for (guint i = 0; i < es->len; i++)
    {
      DgLexEntry *e = g_ptr_array_index (es, i);
      e->extra = g_strdup (f[2]);
      e->sector = nonempty (f[3]);
      e->country = n > 4 ? nonempty (f[4]) : NULL;
      if (!g_hash_table_contains (lex->orgs, e->key))
        g_hash_table_insert (lex->orgs, e->key, e);
    }
  return TRUE;
}

static gboolean
title_row (char **f, guint n, gpointer user_data)
{
  DgLexicon *lex = user_data;
  if (n < 2)
    return FALSE;
  /* an org row's label names its kind: "rights groups" -> "human rights group" */
  DgLexEntry *e = lexicon_add (lex, DG_LEX_TITLE, f[0], f[0], n > 3 && *f[3] ? f[3] : f[0]);
  if (e)
    {
      e->sector = nonempty (f[1]);
      e->extra = n > 2 ? nonempty (f[2]) : NULL;
      e->caps = FALSE;  /* "President Obama" and "the president" alike */
    }
  return TRUE;
}

static gboolean
person_row (char **f, guint n, gpointer user_data)
{
  DgLexicon *lex = user_data;
  if (n < 3)
    return FALSE;
  g_autoptr(GPtrArray) es = add_named (lex, DG_LEX_PERSON, f[0], n > 3 ? f[3] : NULL, f[0], f[0]);
  for (guint i = 0; i < es->len; i++)
    {
      DgLexEntry *e = g_ptr_array_index (es, i);
      e->country = nonempty (f[1]);
      e->sector = nonempty (f[2]);
      g_hash_table_insert (lex->people, e->surface, e);
    }
  return TRUE;
}

static gboolean
trigger_row (char **f, guint n, gpointer user_data)
{
  DgLexicon *lex = user_data;
  if (n < 3)
    return FALSE;
  DgLexEntry *e = lexicon_add (lex, DG_LEX_TRIGGER, f[0], f[1], f[0]);
  if (e)
    {
      e->extra = g_strdup (f[2]);
      e->event_class = n > 3 ? nonempty (f[3]) : NULL;
      e->caps = FALSE;
    }
  return TRUE;
}

static const char *const word_class_names[] = {
  "notname", "particle", "locative", "modifier", "determiner", "preposition",
  "clausemark", "clauseconj", "objectbreak", "negation", "hypothetical",
  "future", "pronoun", "weekday", "month", "relday", "and", "comma", "reported", "neuter", "groupnoun", "persongroup", NULL
};

static gboolean
word_row (char **f, guint n, gpointer user_data)
{
  DgLexicon *lex = user_data;
  if (n < 2)
    return FALSE;
  guint32 bits = 0;
  g_auto(GStrv) classes = g_strsplit (f[1], ",", -1);
  for (guint i = 0; classes[i]; i++)
    {
      guint k = 0;
      while (word_class_names[k] && strcmp (word_class_names[k], classes[i]) != 0)
        k++;
      if (!word_class_names[k])
        return FALSE;   /* unknown class */
      bits |= 1u << k;
    }
  g_autofree char *key = g_utf8_casefold (f[0], -1);
  vocab_word (lex, vocab_add (lex, key))->classes |= bits;
  return TRUE;
}

const DgLexEntry *
dg_lexicon_organization (const DgLexicon *lex, const char *id)
{
  return id ? g_hash_table_lookup (lex->orgs, id) : NULL;
}

const DgLexEntry *
dg_lexicon_person (const DgLexicon *lex, const char *name)
{
  return name ? g_hash_table_lookup (lex->people, name) : NULL;
}

guint32
dg_lexicon_word_classes (const DgLexicon *lex, const char *text, const DgToken *token)
{
  guint v = token_word (lex, text, token);
  return v == TOKEN_UNKNOWN ? 0 : vocab_word (lex, v - TOKEN_FIRST)->classes;
}

guint32
dg_lexicon_index_token (const DgLexicon *lex, const char *text, DgToken *token)
{
  token->lex_word = token_word_lookup (lex, text, token);
  return dg_lexicon_word_classes (lex, text, token);
}

DgLexicon *
dg_lexicon_new_default (GError **error)
{
  g_autoptr(DgLexicon) lex = g_new0 (DgLexicon, 1);
  lex->ref_count = 1;
  lex->entries = g_ptr_array_new_with_free_func (entry_free);
  lex->vocab = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->vocab_words = g_array_new (FALSE, FALSE, sizeof (VocabWord));
  lex->countries = g_hash_table_new (g_str_hash, g_str_equal);
  lex->ambiguous = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->people = g_hash_table_new (g_str_hash, g_str_equal);
  lex->orgs = g_hash_table_new (g_str_hash, g_str_equal);

  if (!load_iso (lex, error)
      || !dg_data_foreach_row ("extractor/lexicon/countries.tsv", country_row, lex, error)
      || !dg_data_foreach_row ("extractor/lexicon/places.tsv", place_row, lex, error)
      || !dg_data_foreach_row ("extractor/lexicon/organizations.tsv", organization_row, lex, error)
      || !dg_data_foreach_row ("extractor/lexicon/titles.tsv", title_row, lex, error)
      || !dg_data_foreach_row ("extractor/lexicon/triggers.tsv", trigger_row, lex, error)
      || !dg_data_foreach_row ("extractor/lexicon/words.tsv", word_row, lex, error)
      || !dg_data_foreach_row ("extractor/lexicon/people.tsv", person_row, lex, error))
    return NULL;

  /* Country entries from iso-codes were labelled before countries.tsv could
   * rename them; carry the final label to every name of the country. */
  for (guint i = 0; i < lex->entries->len; i++)
    {
      DgLexEntry *e = g_ptr_array_index (lex->entries, i);
      DgLexEntry *canon = e->country ? g_hash_table_lookup (lex->countries, e->country) : NULL;
      if (canon && e != canon && (e->kind == DG_LEX_COUNTRY || e->kind == DG_LEX_DEMONYM))
        {
          g_free (e->label);
          e->label = g_strdup (canon->label);
        }
    }

  for (guint v = 0; v < lex->vocab_words->len; v++)
    {
      GPtrArray *bucket = vocab_word (lex, v)->bucket;
      if (!bucket)
        continue;
      /* ambiguous names stay only as stop entries */
      for (guint k = bucket->len; k-- > 0;)
        {
          const DgLexEntry *e = g_ptr_array_index (bucket, k);
          if (e->kind == DG_LEX_COUNTRY && g_hash_table_contains (lex->ambiguous, e->surface))
            g_ptr_array_remove_index (bucket, k);
        }
      g_ptr_array_sort (bucket, longest_first);
    }
  return g_steal_pointer (&lex);
}

DgLexicon *
dg_lexicon_ref (DgLexicon *lex)
{
  g_atomic_int_inc (&lex->ref_count);
  return lex;
}

void
dg_lexicon_unref (DgLexicon *lex)
{
  if (!lex || !g_atomic_int_dec_and_test (&lex->ref_count))
    return;
  for (guint v = 0; v < lex->vocab_words->len; v++)
    if (vocab_word (lex, v)->bucket)
      g_ptr_array_unref (vocab_word (lex, v)->bucket);
  g_array_unref (lex->vocab_words);
  g_hash_table_unref (lex->vocab);
  g_hash_table_unref (lex->countries);
  g_hash_table_unref (lex->ambiguous);
  g_hash_table_unref (lex->people);
  g_hash_table_unref (lex->orgs);
  g_ptr_array_unref (lex->entries);
  g_free (lex);
}

/* A token a narrow gap ("~") may hold: a number, a name, a content word
 * or one of the few function words of a quantity ("more than 50", "up to
 * 16", "at least 30"). */
static gboolean
narrow_gap_token (const DgLexicon *lex, const char *text, const DgToken *tok)
{
  static const char *const quantity[] = { "than", "up", "to", "at", "least", "about", "over",
                                          "some", "more", "nearly", "almost", NULL };
  const guint32 function = DG_W_DETERMINER | DG_W_PREPOSITION | DG_W_CLAUSEMARK | DG_W_CLAUSECONJ
                           | DG_W_AND | DG_W_COMMA | DG_W_PRONOUN | DG_W_NEUTER | DG_W_NOTNAME;
  gsize len = tok->end - tok->start;
  if (tok->kind == DG_TOKEN_NUMBER)
    return TRUE;
  if (tok->kind != DG_TOKEN_WORD)
    return len == 1 && text[tok->start] == '~';   /* the surface itself, in tests */
  if (!(dg_lexicon_word_classes (lex, text, tok) & function))
    return TRUE;
  for (const char *const *w = quantity; *w; w++)
    if (strlen (*w) == len && g_ascii_strncasecmp (text + tok->start, *w, len) == 0)
      return TRUE;
  return FALSE;
}

/* Tokens matched by words[w..] of @e starting at token @t, or 0. */
static guint
match_rest (const DgLexicon *lex, const DgLexEntry *e, guint w, const char *text,
            const DgToken *tokens, guint n_tokens, guint t)
{
  guint start = t;
  for (; w < e->n_words; w++, t++)
    {
      if (w == e->gap_at && e->gap_at)
        {
          /* the shortest gap after which the rest matches */
          for (guint gap = 1; gap <= (e->narrow_gap ? 4 : 8) && t + gap < n_tokens; gap++)
            {
              if (e->narrow_gap && !narrow_gap_token (lex, text, &tokens[t + gap - 1]))
                return 0;
              guint rest = match_rest (lex, e, w + 1, text, tokens, n_tokens, t + gap);
              if (rest)
                return t + gap + rest - start;
            }
          return 0;
        }
      /* a possessive ends the phrase unless the entry has it there */
      if (t >= n_tokens
          || (tokens[t - 1].possessive && !(w - 1 < 32 && (e->possessive >> (w - 1)) & 1u))
          || token_word (lex, text, &tokens[t]) != e->word_ids[w])
        return 0;
    }
  return t - start;
}

guint
dg_lexicon_match (const DgLexicon *lex, guint kinds, const char *text,
                  const DgToken *tokens, guint n_tokens, guint i,
                  const DgLexEntry **out, guint max, guint *n_out)
{
  *n_out = 0;
  if (i >= n_tokens)
    return 0;
  guint v = token_word (lex, text, &tokens[i]);
  GPtrArray *bucket = v == TOKEN_UNKNOWN ? NULL : vocab_word (lex, v - TOKEN_FIRST)->bucket;
  if (!bucket)
    return 0;

  /* the longest match wins, but between a gapped and a literal phrase the
   * one with more words of its own: "fired tear gas and water cannon at" is
   * "fired tear gas" (175), not "fired ... at" (190); "called on Iran to
   * release" is "called on ... to release", not "called on" */
  guint best = 0, best_words = 0;
  gboolean best_gapped = FALSE;
  for (guint k = 0; k < bucket->len; k++)
    {
      const DgLexEntry *e = g_ptr_array_index (bucket, k);
      if (!e->gap_at && e->n_words < best && !best_gapped)
        continue;  /* sorted longest first; gapped entries span more */
      if (!(kinds & (1u << e->kind)) || i + e->n_words > n_tokens)
        continue;
      if (e->caps && !tokens[i].capitalized)
        continue;
      if (e->acronym && !all_capitals (text + tokens[i].start, tokens[i].end - tokens[i].start))
        continue;
      /* a possessive ends the phrase: "Iran's foreign minister" is not the
       * title "Iran foreign minister" */
      guint len = e->n_words == 1 ? 1 : match_rest (lex, e, 1, text, tokens, n_tokens, i + 1) + 1;
      if (len <= 1 && e->n_words > 1)
        continue;
      /* a gapped entry against a literal one: more words of its own wins */
      gboolean gapped = e->gap_at != 0;
      guint words = gapped ? e->n_words - 1 : e->n_words;
      if (best && best_gapped != gapped && words != best_words)
        {
          if (words < best_words)
            continue;
          *n_out = 0;
        }
      else if (len < best)
        continue;
      else if (len > best)
        *n_out = 0;
      best = len;
      best_gapped = gapped;
      best_words = words;
      if (*n_out < max)
        out[(*n_out)++] = e;
    }
  return best;
}

const DgLexEntry *
dg_lexicon_country (const DgLexicon *lex, const char *alpha3)
{
  return alpha3 ? g_hash_table_lookup (lex->countries, alpha3) : NULL;
}

guint
dg_lexicon_n_countries (const DgLexicon *lex)
{
  return g_hash_table_size (lex->countries);
}
