/* dg-writer.h - facts -> RDF statements in the document's named graph
 *
 * Deterministic IRIs (dg-iri), types materialized up the dip: hierarchy,
 * provenance (dip:source, dip:evidence, NIF offsets in characters).
 */
#pragma once

#include <glib.h>
#include "dg-rdf.h"
#include "dg-facts.h"

G_BEGIN_DECLS

/* Appends the statements for @facts to @out (librdf_statement*, caller
 * frees with librdf_free_statement) and returns the graph IRI (newly
 * allocated) - the document's IRI.  @base NULL = DG_NS_ID. */
char *dg_writer_build (DgRdf *rdf, const DgFacts *facts, const char *base,
                       GPtrArray *out);

G_END_DECLS
