/* dg-resolve.h - stage 4: mentions -> actors and places
 *
 * One actor per real-world actor in the document: surnames join full
 * names, a bare title ("Iran's deputy foreign minister") joins the person
 * who holds it in the article, pronouns join the nearest compatible person.
 * Fills facts->actors and facts->places, sets DgMention.actor.
 */
#pragma once

#include "dg-mentions.h"

G_BEGIN_DECLS

void dg_resolve (const DgLexicon *lex, DgFacts *facts, GArray *mentions);

G_END_DECLS
