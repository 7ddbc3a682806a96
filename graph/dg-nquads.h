/* dg-nquads.h - a fast N-Triples/N-Quads writer for librdf statements
 *
 * raptor's serializer writes byte by byte through an iostream; for the
 * extract --dry-run path that was half of the run time.  This writer
 * formats whole lines into one buffer.  Output is N-Triples 1.1: UTF-8
 * kept as is, only the characters the grammar requires are escaped.
 */
#pragma once

#include <stdio.h>
#include <glib.h>
#include <redland.h>

G_BEGIN_DECLS

/* Appends "<iri>" with the characters IRIREF forbids escaped. */
void dg_nquads_append_iri (GString *buf, const char *iri);
/* Appends a literal: "text", "text"@lang or "text"^^<datatype>. */
void dg_nquads_append_literal (GString *buf, const char *text, gsize len,
                               const char *lang, const char *datatype);

/* Appends @node in N-Triples syntax. */
void dg_nquads_append_node (GString *buf, librdf_node *node);

/* Appends one line per statement; @graph_iri NULL writes triples. */
void dg_nquads_append_statements (GString *buf, GPtrArray *statements,
                                  const char *graph_iri);

G_END_DECLS
