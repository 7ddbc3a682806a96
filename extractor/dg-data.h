/* dg-data.h - the data files compiled into the binary (GResource)
 *
 * Lexicons, code tables and the ontology are looked up by their path in the
 * source tree ("extractor/lexicon/titles.tsv", "ontology/dipgraph.ttl").
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The file's bytes, or NULL when there is no such resource. */
GBytes *dg_data_get (const char *path);

/* Calls @row for every non-empty, non-comment ('#') line of a TSV resource,
 * split at TABs (trailing empty fields kept).  @row returns FALSE to report
 * a bad line; dg_data_foreach_row then fails with a message naming the file
 * and line. */
typedef gboolean (*DgDataRowFunc) (char **fields, guint n_fields, gpointer user_data);
gboolean dg_data_foreach_row (const char *path, DgDataRowFunc row, gpointer user_data,
                              GError **error);

G_END_DECLS
