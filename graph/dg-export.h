/* dg-export.h - the store as RDF files
 *
 * turtle (prefixes declared, readable), ntriples, nquads (named graphs kept),
 * rdfxml.  Later: jsonld, graphml, gexf, dot, svg, csv behind the same table.
 */
#pragma once

#include <stdio.h>
#include <glib.h>
#include "dg-rdf.h"
#include "dg-store.h"

G_BEGIN_DECLS

gboolean dg_export_is_format (const char *format);
/* Comma-separated list of the format names, for --help. */
const char *dg_export_formats (void);

gboolean dg_export_store (DgStore *store, const char *format, FILE *out, GError **error);

/* Serializes @statements (librdf_statement*) in @format; used by
 * "extract --dry-run" to write N-Quads without a store.  A librdf_statement
 * carries no context, so for nquads the graph is @graph_iri (NULL: the
 * statements' own graph term if set, else triples are written).  Duplicate
 * triples are written once in the triple formats. */
gboolean dg_export_statements (DgRdf *rdf, GPtrArray *statements,
                               const char *graph_iri, const char *format,
                               FILE *out, GError **error);

G_END_DECLS
