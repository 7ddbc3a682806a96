/* dg-rdf.h - the Redland context every graph/ function works in
 *
 * One DgRdf owns one librdf_world.  librdf/raptor/rasqal log messages are
 * captured here (never printed) so that callers can turn them into GError
 * messages: dg_rdf_set_error() moves the captured text into a GError.
 */
#pragma once

#include <glib.h>
#include <redland.h>

G_BEGIN_DECLS

#define DG_GRAPH_ERROR (dg_graph_error_quark ())
GQuark dg_graph_error_quark (void);

typedef enum {
  DG_GRAPH_ERROR_STORE_SPEC,    /* --store value not understood */
  DG_GRAPH_ERROR_STORE_OPEN,    /* storage could not be opened/created */
  DG_GRAPH_ERROR_WRITE,         /* adding/removing statements failed */
  DG_GRAPH_ERROR_QUERY_SYNTAX,  /* SPARQL did not parse */
  DG_GRAPH_ERROR_QUERY_EXEC,    /* SPARQL failed while running */
  DG_GRAPH_ERROR_FORMAT,        /* unknown output format */
  DG_GRAPH_ERROR_SERIALIZE      /* writing RDF or results failed */
} DgGraphError;

typedef struct DgRdf DgRdf;

DgRdf        *dg_rdf_new (void);
void          dg_rdf_free (DgRdf *rdf);
librdf_world *dg_rdf_get_world (DgRdf *rdf);

/* Messages Redland logged since the last call (joined by "; "), or NULL.
 * The caller frees the string. */
char *dg_rdf_take_messages (DgRdf *rdf);
/* Sets @error with @code and "@what: <captured messages>" (or just @what). */
void  dg_rdf_set_error (DgRdf *rdf, GError **error, DgGraphError code,
                        const char *what);

/* Node constructors that never return NULL for valid input. */
librdf_node *dg_rdf_iri (DgRdf *rdf, const char *iri);
librdf_node *dg_rdf_literal (DgRdf *rdf, const char *text);
librdf_node *dg_rdf_typed (DgRdf *rdf, const char *text, const char *datatype_iri);

/* The prefixes dipgraph declares in Turtle output and in queries. */
typedef struct {
  const char *prefix;
  const char *iri;
} DgPrefix;
const DgPrefix *dg_rdf_prefixes (void);  /* NULL-terminated */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgRdf, dg_rdf_free)

G_END_DECLS
