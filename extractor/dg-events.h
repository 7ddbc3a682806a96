/* dg-events.h - stage 6: sentences -> CAMEO-coded events
 *
 * Trigger words from the lexicon mark candidate events; arguments come from
 * the mentions around the trigger (the subject before it is the agent, the
 * object after "with"/"between" is the target or co-participant), the
 * sentence's locative place and date.  Events with the same class and the
 * same participants and compatible date/place merge into one node.
 */
#pragma once

#include "dg-mentions.h"

G_BEGIN_DECLS

void dg_events_find (const DgLexicon *lex, DgFacts *facts, GArray *mentions);

G_END_DECLS
