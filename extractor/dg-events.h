/* dg-events.h - stage 6: sentences -> CAMEO-coded events
 *
 * Each trigger mention proposes an event; its frame (triggers.tsv) says
 * where the arguments are: the actors of the clause before the trigger,
 * the "with X" / "between X and Y" list after it, the object.  Place and
 * date come from the sentence, else from the paragraph before it.  Events
 * of the same class with the same participants and compatible date and
 * place are one event.  No actors, no event.
 */
#pragma once

#include "dg-mentions.h"

G_BEGIN_DECLS

void dg_events_find (DgAnalysis *a);

G_END_DECLS
