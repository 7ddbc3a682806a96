/* dg-nqparse.h - a streaming N-Quads / N-Triples parser that hands out
 * terms as bytes in dipgraph's store encoding (dg-lmdb.h), no librdf or
 * raptor objects: the load path of `dipgraph load FILE.nq` into lmdb.
 *
 * It accepts what raptor's N-Quads parser accepts from well-formed files
 * and gives the same terms (language tags lowercased, \u escapes decoded,
 * blank node labels kept); unlike raptor through librdf, a malformed line
 * is an error (PATH:LINE: reason) instead of being skipped silently.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Called per statement: @term[0..3] = S P O G bytes ('U' IRI, 'B' blank,
 * 'L' / '@' / '^' literals), @len[3] == 0 when the line had no graph.
 * The bytes are valid during the call only.  Return FALSE (with @error
 * set) to stop. */
typedef gboolean (*DgNqQuadFunc) (gpointer user_data, const guint8 *const term[4],
                                  const gsize len[4], GError **error);

/* Parses the file at @path in blocks (memory does not grow with it).
 * @quads: FALSE for N-Triples (a fourth term is an error).  @n_read
 * receives the number of statements handed to @func.  Syntax errors are
 * DG_GRAPH_ERROR_FORMAT; errors of @func are passed through. */
gboolean dg_nq_parse_file (const char *path, gboolean quads, DgNqQuadFunc func,
                           gpointer user_data, gint64 *n_read, GError **error);

/* The same on the @len bytes at @data (which it may modify in place). */
gboolean dg_nq_parse_data (char *data, gsize len, gboolean quads, DgNqQuadFunc func,
                           gpointer user_data, gint64 *n_read, GError **error);

G_END_DECLS
