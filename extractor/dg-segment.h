/* dg-segment.h - paragraphs, sentences and tokens with offsets (stage 2)
 *
 * All offsets are byte offsets into the document text, end exclusive.
 */
#pragma once

#include <glib.h>
#include "dg-document.h"

G_BEGIN_DECLS

typedef struct {
  guint start, end;
  DgBlockKind kind;
  guint first_sentence;  /* index into sentences */
  guint n_sentences;
} DgParagraph;

typedef struct {
  guint start, end;      /* trimmed of surrounding white space */
  guint paragraph;       /* index into paragraphs */
} DgSentence;

typedef enum {
  DG_TOKEN_WORD = 0,     /* letters, digits, inner apostrophes/hyphens/periods ("U.S.", "al-Qaida") */
  DG_TOKEN_NUMBER,
  DG_TOKEN_PUNCT,        /* one punctuation character (or "--", "...") */
  DG_TOKEN_QUOTE         /* a quotation mark: " “ ” ' ‘ ’ used as a quote */
} DgTokenKind;

typedef struct {
  guint start, end;
  DgTokenKind kind;
  guint capitalized : 1; /* first character is an upper-case letter */
  guint possessive : 1;  /* ends in 's or ’s ("Iran's"); end excludes the 's */
  guint lex_word : 30;   /* dg_lexicon_index_token(): the word in the
                            lexicon's vocabulary; 0 = not looked up */
} DgToken;

typedef struct {
  const DgDocument *doc; /* borrowed */
  GArray *paragraphs;    /* DgParagraph */
  GArray *sentences;     /* DgSentence */
} DgSegmentation;

DgSegmentation *dg_segment (const DgDocument *doc);
void            dg_segmentation_free (DgSegmentation *seg);

/* Tokens of text[start,end) appended to @tokens (DgToken). */
void dg_tokenize (const char *text, guint start, guint end, GArray *tokens);

/* TRUE when @word (a token, no trailing period) is an abbreviation that does
 * not end a sentence ("Mr", "Gen", "Jan", "U.S" ...). */
gboolean dg_segment_is_abbreviation (const char *word, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgSegmentation, dg_segmentation_free)

G_END_DECLS
