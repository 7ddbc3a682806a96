/* dg-export-private.h - what the format writers of graph/ share
 *
 * Each writer lives in its own file (dg-export-graphml.c, ...) and is
 * reached through the exporter table of dg-export.c.  Never included
 * outside graph/.
 */
#pragma once

#include <stdio.h>
#include <glib.h>
#include "dg-store.h"
#include "dg-view.h"

G_BEGIN_DECLS

/* The writers.  A view writer writes @view; a store writer reads the store. */
typedef gboolean (*DgExportViewFunc) (const DgView *view, FILE *out, GError **error);
typedef gboolean (*DgExportStoreFunc) (DgStore *store, FILE *out, GError **error);

gboolean dg_export_graphml (const DgView *view, FILE *out, GError **error);
gboolean dg_export_gexf (const DgView *view, FILE *out, GError **error);
gboolean dg_export_dot (const DgView *view, FILE *out, GError **error);
gboolean dg_export_svg (const DgView *view, FILE *out, GError **error);
gboolean dg_export_png (const DgView *view, FILE *out, GError **error);
gboolean dg_export_csv_events (const DgView *view, FILE *out, GError **error);
gboolean dg_export_csv_nodes (const DgView *view, FILE *out, GError **error);
gboolean dg_export_csv_edges (const DgView *view, FILE *out, GError **error);
gboolean dg_export_cytoscape (const DgView *view, FILE *out, GError **error);
gboolean dg_export_jsonld (DgStore *store, FILE *out, GError **error);

/* The attributes every view format writes, in one table (dg-export-attrs.c)
 * so that GraphML keys, GEXF attributes, CSV columns and cytoscape data
 * agree. */
typedef enum {
  DG_ATTR_STRING,
  DG_ATTR_INT,
  DG_ATTR_DOUBLE
} DgAttrType;

typedef struct {
  const char *name;
  DgAttrType type;
} DgAttr;

extern const DgAttr dg_export_node_attrs[];   /* terminated by { NULL } */
extern const DgAttr dg_export_edge_attrs[];
/* Index of "label" in both tables: writers with a label of their own skip it. */
#define DG_ATTR_LABEL 0

/* The value of attribute @i of @node/@edge as text, NULL when it has none. */
char *dg_export_node_attr (const DgView *view, const DgViewNode *node, guint i);
char *dg_export_edge_attr (const DgView *view, const DgViewEdge *edge, guint i);

/* @text as valid UTF-8 with only the characters XML 1.0 allows (other
 * control characters and U+FFFE/U+FFFF become U+FFFD). */
char *dg_export_xml_text (const char *text);

/* Reports a failed write to @out (disk full...) as DG_GRAPH_ERROR_SERIALIZE. */
gboolean dg_export_check_file (FILE *out, const char *format, GError **error);

G_END_DECLS
