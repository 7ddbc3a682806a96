/* dg-export.h - the store as RDF files, and views of it for visualization
 *
 * One table of formats (dg-export.c), one file per format:
 *  - RDF of the whole store: turtle (prefixes declared, readable), ntriples,
 *    nquads (named graphs kept), rdfxml, jsonld (compact @context, one
 *    named graph per document);
 *  - a DgView (dg-view.h: actors or events projection): graphml, gexf
 *    (1.3, dynamic), dot, svg and png (rendered by libgvc), csv (the events
 *    table; nodes.csv/edges.csv/events.csv into a directory), cytoscape
 *    (cytoscape.js elements JSON).
 */
#pragma once

#include <stdio.h>
#include <glib.h>
#include "dg-rdf.h"
#include "dg-store.h"
#include "dg-view.h"

G_BEGIN_DECLS

gboolean dg_export_is_format (const char *format);
/* Comma-separated list of the format names, for --help. */
const char *dg_export_formats (void);

typedef enum {
  DG_EXPORT_KIND_RDF,     /* the statements of the store */
  DG_EXPORT_KIND_VIEW     /* a DgView */
} DgExportKind;

/* The kind and media type of @format; FALSE when it is not a format. */
gboolean dg_export_format_info (const char *format, DgExportKind *kind,
                                const char **mime);

/* Writes the store in @format.  A view format writes the default view
 * (actors, no filters). */
gboolean dg_export_store (DgStore *store, const char *format, FILE *out, GError **error);

/* Writes @view in the view format @format. */
gboolean dg_export_view (const DgView *view, const char *format, FILE *out,
                         GError **error);

/* csv into the directory @dir (created when missing): nodes.csv,
 * edges.csv and events.csv, each replaced atomically. */
gboolean dg_export_view_csv_dir (const DgView *view, const char *dir, GError **error);

/* Serializes @statements (librdf_statement*) in @format; used by
 * "extract --dry-run" to write N-Quads without a store.  A librdf_statement
 * carries no context, so for nquads the graph is @graph_iri (NULL: the
 * statements' own graph term if set, else triples are written).  Duplicate
 * triples are written once in the triple formats. */
gboolean dg_export_statements (DgRdf *rdf, GPtrArray *statements,
                               const char *graph_iri, const char *format,
                               FILE *out, GError **error);

G_END_DECLS
