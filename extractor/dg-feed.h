/* dg-feed.h - RSS 2.0, RSS 1.0 (RDF) and Atom feeds in, one DgDocument per
 * item out (the feed side of stage 1, beside dg-reader.h)
 *
 * Feeds are parsed with libxml2's XML parser with the network off, no DTD
 * loading and no entity substitution: entity references in a feed are
 * dropped, never expanded, so "billion laughs" and external entities
 * (file:, http:) do nothing.  An item's text is its title (a headline
 * block) and its description/summary/content, which may be escaped HTML
 * and goes through the HTML reader.  Errors use DG_READER_ERROR.
 */
#pragma once

#include <glib.h>
#include "dg-document.h"
#include "dg-reader.h"

G_BEGIN_DECLS

/* Default maximum number of items in one feed (more: rejected). */
#define DG_FEED_DEFAULT_MAX_ITEMS 10000

/* TRUE when @data starts (after a BOM, white space, an XML declaration,
 * comments and processing instructions) with <rss, <feed or <rdf:RDF. */
gboolean dg_feed_sniff (const char *data, gsize len);

/* The items of the feed in @data (DgDocument*, owned by the array; none
 * is NULL), in feed order.  @name is used in messages and as path.  An
 * item's id is its link, else its guid/id, else "@name#item-N".  Options:
 * max_bytes as for the reader, date for items without one; format and id
 * are ignored.  @max_items 0 = DG_FEED_DEFAULT_MAX_ITEMS.  A feed without
 * items is DG_READER_ERROR_EMPTY; items without any text are skipped. */
GPtrArray *dg_feed_read_data (const char *data, gsize len, const char *name,
                              const DgReaderOptions *options, guint max_items,
                              GError **error);
/* Reads @path ("-" = stdin) and calls dg_feed_read_data(). */
GPtrArray *dg_feed_read_file (const char *path, const DgReaderOptions *options,
                              guint max_items, GError **error);

G_END_DECLS
