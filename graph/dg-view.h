/* dg-view.h - the graph seen as a network, for the visualization exports
 *
 * Two projections of the events in the store:
 *  - actors: one node per actor; one edge per directed actor pair and CAMEO
 *    root (the first two digits of dip:cameoCode), weighted by the number of
 *    events, with the mean Goldstein score, the quad class, the first and
 *    last date and the IRIs of the events it summarizes.  An event gives the
 *    pairs agent -> target; with agents but no target, agent -> every other
 *    participant; with no agent, every pair of participants (smaller IRI
 *    first).  Events of one actor give no edge (they count on the node).
 *  - events: a bipartite graph of actor and event nodes, one edge from each
 *    event to each actor involved, labelled with its role (agent, else
 *    target, else participant).
 * Actor nodes are the actors involved in at least one selected event.
 *
 * The view is computed in one pass over the store's statements (only the
 * predicates it needs are kept), so its memory is bounded by the number of
 * events, actors and edges, never by the number of triples.  The records
 * are owned by the DgView; every string in them is borrowed from it.
 */
#pragma once

#include <glib.h>
#include "dg-rdf.h"
#include "dg-store.h"

G_BEGIN_DECLS

typedef enum {
  DG_VIEW_ACTORS,
  DG_VIEW_EVENTS
} DgViewKind;

/* What to select; every member may be left 0/NULL. */
typedef struct {
  DgViewKind kind;
  const char *from;        /* YYYY-MM-DD, inclusive; events without date drop */
  const char *to;          /* YYYY-MM-DD, inclusive */
  const char *actor;       /* IRI or label (case-insensitive): its events */
  const char *country;     /* ISO 3166-1 alpha-3: events with an actor of it */
  const char *type;        /* event class: "Meeting", "dip:Meeting" or an IRI */
  guint min_events;        /* drop actors in fewer events, edges of less weight */
  const char *query;       /* SPARQL source: SELECT ?event ... (the events to
                              keep: variable "event", else the first one) or
                              CONSTRUCT (the graph the view is built from) */
} DgViewOptions;

typedef struct {
  const char *iri;
  const char *label;
  const char *klass;       /* most specific dip: class: "Person", "Country"... */
  const char *country;     /* ISO3 of the country, or of its affiliation */
  const char *sector;
  const char *role;
  guint n_events;          /* selected events it is involved in */
  const char *first;       /* first and last date of them, or NULL */
  const char *last;
} DgViewActor;

typedef struct {
  const char *iri;
  const char *label;
  const char *klass;       /* most specific dip: class: "Meeting" */
  const char *date;        /* YYYY-MM-DD or NULL */
  const char *cameo;       /* "044" */
  const char *cameo_root;  /* "04", or NULL */
  const char *plover_type;
  const char *plover_mode;
  const char *modality;
  const char *confidence;  /* lexical form, "0.80" */
  const char *goldstein_text;
  double goldstein;
  gboolean has_goldstein;
  int quad_class;          /* -1 when absent */
  const char *quote;
  const char *evidence;    /* the sentence */
  const char *place;       /* IRI */
  const char *place_label;
  GPtrArray *agents;       /* DgViewActor*, sorted by IRI */
  GPtrArray *targets;
  GPtrArray *participants; /* every actor involved, agents and targets too */
  GPtrArray *sources;      /* const char*: schema:url of the documents, else their IRI */
} DgViewEvent;

typedef enum {
  DG_VIEW_NODE_ACTOR,
  DG_VIEW_NODE_EVENT
} DgViewNodeKind;

typedef struct {
  DgViewNodeKind kind;
  const DgViewActor *actor;   /* set for DG_VIEW_NODE_ACTOR */
  const DgViewEvent *event;   /* set for DG_VIEW_NODE_EVENT */
} DgViewNode;

typedef struct {
  guint source;            /* index in DgView.nodes */
  guint target;
  const char *label;       /* actors: CAMEO root "04"; events: the role */
  guint weight;            /* number of events */
  double goldstein;        /* mean over the events that have one */
  gboolean has_goldstein;
  guint n_goldstein;       /* events that have one */
  int quad_class;          /* of the first event that has one, -1 none */
  const char *first;       /* dates, or NULL */
  const char *last;
  GPtrArray *events;       /* const char* event IRIs, by date then IRI */
} DgViewEdge;

typedef struct DgViewPrivate DgViewPrivate;

typedef struct {
  DgViewKind kind;
  GPtrArray *nodes;        /* DgViewNode*: actors by IRI, then events */
  GPtrArray *edges;        /* DgViewEdge* */
  GPtrArray *events;       /* DgViewEvent*: the selected events by date, IRI */
  DgViewPrivate *priv;
} DgView;

/* "actors" or "events"; FALSE for anything else. */
gboolean dg_view_kind_from_string (const char *name, DgViewKind *kind);

/* Builds the view of @store.  Errors: DG_GRAPH_ERROR_QUERY_SYNTAX or
 * DG_GRAPH_ERROR_QUERY_EXEC for a bad options->query, DG_GRAPH_ERROR_FORMAT
 * for a query that is neither SELECT nor CONSTRUCT. */
DgView *dg_view_build (DgStore *store, const DgViewOptions *options, GError **error);
/* Same over any model (the statements are read once). */
DgView *dg_view_build_from_model (DgRdf *rdf, librdf_model *model,
                                  const DgViewOptions *options, GError **error);
void    dg_view_free (DgView *view);

/* The node's IRI and label (the IRI when it has no label). */
const char *dg_view_node_iri (const DgViewNode *node);
const char *dg_view_node_label (const DgViewNode *node);
/* The CAMEO root of an event ("04"), or "" (borrowed from the view). */
const char *dg_view_event_root (const DgViewEvent *event);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgView, dg_view_free)

G_END_DECLS
