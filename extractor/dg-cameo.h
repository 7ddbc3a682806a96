/* dg-cameo.h - the CAMEO code table (ontology/cameo.tsv)
 *
 * One row per CAMEO code with its PLOVER event type, mode and context, the
 * Goldstein score, the quad class and the dip: event class.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code;          /* "044" */
  const char *name;          /* "Meet at a 'third' location" */
  const char *plover_type;   /* "CONSULT", "" for CAMEO 01 */
  const char *plover_mode;   /* "third-party" or "" */
  const char *plover_context;
  double goldstein;
  int quad_class;
  const char *dip_class;     /* local name of the dip: class: "Meeting" */
} DgCameo;

/* The row for @code, or NULL.  Loaded once from the embedded table. */
const DgCameo *dg_cameo_lookup (const char *code);
/* All rows, in table order; @n receives the count. */
const DgCameo *dg_cameo_all (guint *n);
/* A dip: class and all its ancestors (ontology/classes.tsv), self first,
 * NULL-terminated: "Meeting" -> {"Meeting", "Consult", "Event", NULL};
 * "Country" -> {"Country", "Actor", "Place", NULL}.  NULL for an unknown
 * class. */
const char *const *dg_cameo_class_chain (const char *dip_class);

G_END_DECLS
