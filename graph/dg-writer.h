/* dg-writer.h - facts -> RDF triples in the document's named graph
 *
 * Deterministic IRIs (dg-iri), types materialized up the dip: hierarchy,
 * provenance (dip:source, dip:evidence, NIF offsets in characters).
 *
 * The writer produces plain strings through a DgTripleSink, so the same
 * code feeds a Redland store (librdf statements) and the N-Quads text of
 * "extract --dry-run" (no Redland objects at all, twice as fast).
 */
#pragma once

#include <glib.h>
#include "dg-rdf.h"
#include "dg-facts.h"

G_BEGIN_DECLS

/* An object: an IRI, or a literal with an optional datatype IRI. */
typedef struct {
  gboolean is_iri;
  const char *value;     /* IRI or lexical form */
  gsize len;             /* bytes in value (literals; 0 = strlen) */
  const char *datatype;  /* literals: datatype IRI or NULL */
} DgObject;

typedef struct DgTripleSink DgTripleSink;
struct DgTripleSink {
  /* Called once per triple.  The strings stay valid and unchanged until
   * dg_writer_write() returns (so a sink may remember them by address). */
  void (*triple) (DgTripleSink *sink, const char *subject, const char *predicate,
                  const DgObject *object);
};

/* Writes @facts to @sink and returns the graph IRI (the document's IRI,
 * newly allocated).  @base NULL = DG_NS_ID. */
char *dg_writer_write (const DgFacts *facts, const char *base, DgTripleSink *sink);

/* Appends the statements to @out (librdf_statement*, caller frees with
 * librdf_free_statement) and returns the graph IRI. */
char *dg_writer_build (DgRdf *rdf, const DgFacts *facts, const char *base,
                       GPtrArray *out);

/* Appends the triples in the store's term bytes (dg_lmdb_append_term(),
 * three per triple) to @out for dg_lmdb_replace_graph() and returns the
 * graph IRI; @n_triples receives the number of triples. */
char *dg_writer_terms (const DgFacts *facts, const char *base, GByteArray *out,
                       guint *n_triples);
/* Appends the N-Quads lines (graph = the document's IRI) to @out and
 * returns the graph IRI; @n_triples receives the number of lines. */
char *dg_writer_nquads (const DgFacts *facts, const char *base, GString *out,
                        guint *n_triples);

G_END_DECLS
