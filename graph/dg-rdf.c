/* dg-rdf.c - the Redland context: one librdf_world, captured log messages
 *
 * librdf routes its own messages and, in librdf 1.0.17, those of raptor
 * (parsers, serializers) and rasqal (query parser) through the logger set
 * with librdf_world_set_logger(); tests/test-query.c checks that a SPARQL
 * syntax error ends up here.  Messages at level >= warning are joined by
 * "; " (bounded) and handed out by dg_rdf_take_messages()/dg_rdf_set_error().
 */
#include "config.h"

#include <string.h>

#include "dg-rdf.h"
#include "dg-vocab.h"

/* Bound on the captured text: a broken file can log thousands of errors. */
#define DG_RDF_MESSAGES_MAX 2048

struct DgRdf {
  librdf_world *world;
  GString *messages;   /* NULL when nothing was logged */
  gboolean truncated;
};

G_DEFINE_QUARK (dg-graph-error-quark, dg_graph_error)

static void
dg_rdf_capture (DgRdf *rdf, const char *text, raptor_locator *locator)
{
  if (!text || !*text)
    return;
  if (!rdf->messages)
    rdf->messages = g_string_new (NULL);
  if (rdf->truncated)
    return;
  if (rdf->messages->len > DG_RDF_MESSAGES_MAX)
    {
      g_string_append (rdf->messages, "; ...");
      rdf->truncated = TRUE;
      return;
    }
  if (rdf->messages->len)
    g_string_append (rdf->messages, "; ");
  g_string_append (rdf->messages, text);
  /* drop a trailing newline some raptor messages carry */
  while (rdf->messages->len && rdf->messages->str[rdf->messages->len - 1] == '\n')
    g_string_truncate (rdf->messages, rdf->messages->len - 1);
  if (locator && raptor_locator_line (locator) > 0)
    g_string_append_printf (rdf->messages, " (line %d)",
                            raptor_locator_line (locator));
}

static int
dg_rdf_log (void *user_data, librdf_log_message *message)
{
  if (librdf_log_message_level (message) >= LIBRDF_LOG_WARN)
    dg_rdf_capture (user_data, librdf_log_message_message (message),
                    librdf_log_message_locator (message));
  return 1;                       /* handled: never printed */
}

/* rasqal's own handler: librdf installs its forwarder only when it creates
 * its first query, so a query parsed with rasqal before that would print. */
static void
dg_rdf_rasqal_log (void *user_data, raptor_log_message *message)
{
  if (message->level >= RAPTOR_LOG_LEVEL_WARN)
    dg_rdf_capture (user_data, message->text, message->locator);
}

DgRdf *
dg_rdf_new (void)
{
  DgRdf *rdf = g_new0 (DgRdf, 1);

  rdf->world = librdf_new_world ();
  if (!rdf->world)
    {
      g_free (rdf);
      return NULL;
    }
  /* Before opening, so that messages from initialization are captured. */
  librdf_world_set_logger (rdf->world, rdf, dg_rdf_log);
  librdf_world_open (rdf->world);
  rasqal_world_set_log_handler (librdf_world_get_rasqal (rdf->world), rdf,
                                dg_rdf_rasqal_log);
  return rdf;
}

void
dg_rdf_free (DgRdf *rdf)
{
  if (!rdf)
    return;
  if (rdf->world)
    librdf_free_world (rdf->world);
  if (rdf->messages)
    g_string_free (rdf->messages, TRUE);
  g_free (rdf);
}

librdf_world *
dg_rdf_get_world (DgRdf *rdf)
{
  g_return_val_if_fail (rdf != NULL, NULL);
  return rdf->world;
}

char *
dg_rdf_take_messages (DgRdf *rdf)
{
  char *text = NULL;

  g_return_val_if_fail (rdf != NULL, NULL);
  if (rdf->messages && rdf->messages->len)
    text = g_string_free (rdf->messages, FALSE);
  else if (rdf->messages)
    g_string_free (rdf->messages, TRUE);
  rdf->messages = NULL;
  rdf->truncated = FALSE;
  return text;
}

void
dg_rdf_set_error (DgRdf *rdf, GError **error, DgGraphError code,
                  const char *what)
{
  g_autofree char *messages = rdf ? dg_rdf_take_messages (rdf) : NULL;

  if (messages)
    g_set_error (error, DG_GRAPH_ERROR, code, "%s: %s", what, messages);
  else
    g_set_error_literal (error, DG_GRAPH_ERROR, code, what);
}

librdf_node *
dg_rdf_iri (DgRdf *rdf, const char *iri)
{
  g_return_val_if_fail (rdf != NULL && iri != NULL, NULL);
  return librdf_new_node_from_uri_string (rdf->world,
                                          (const unsigned char *) iri);
}

librdf_node *
dg_rdf_literal (DgRdf *rdf, const char *text)
{
  g_return_val_if_fail (rdf != NULL && text != NULL, NULL);
  return librdf_new_node_from_typed_counted_literal (rdf->world,
                                                     (const unsigned char *) text,
                                                     strlen (text), NULL, 0,
                                                     NULL);
}

librdf_node *
dg_rdf_typed (DgRdf *rdf, const char *text, const char *datatype_iri)
{
  librdf_uri *datatype;
  librdf_node *node;

  g_return_val_if_fail (rdf != NULL && text != NULL, NULL);
  if (!datatype_iri)
    return dg_rdf_literal (rdf, text);
  datatype = librdf_new_uri (rdf->world, (const unsigned char *) datatype_iri);
  if (!datatype)
    return NULL;
  node = librdf_new_node_from_typed_counted_literal (rdf->world,
                                                     (const unsigned char *) text,
                                                     strlen (text), NULL, 0,
                                                     datatype);
  librdf_free_uri (datatype);
  return node;
}

static const DgPrefix dg_prefixes[] = {
  { "dip", DG_NS_DIP },
  { "id", DG_NS_ID },
  { "rdf", DG_NS_RDF },
  { "rdfs", DG_NS_RDFS },
  { "xsd", DG_NS_XSD },
  { "owl", DG_NS_OWL },
  { "skos", DG_NS_SKOS },
  { "dcterms", DG_NS_DCTERMS },
  { "schema", DG_NS_SCHEMA },
  { "foaf", DG_NS_FOAF },
  { "prov", DG_NS_PROV },
  { "sem", DG_NS_SEM },
  { "nif", DG_NS_NIF },
  { "cameo", DG_NS_CAMEO },
  { NULL, NULL }
};

const DgPrefix *
dg_rdf_prefixes (void)
{
  return dg_prefixes;
}
