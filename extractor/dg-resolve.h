/* dg-resolve.h - stage 4: mentions -> actors and places
 *
 * One actor per real-world actor in the document: a surname joins the full
 * name, a bare title ("Iran's deputy foreign minister") joins the person
 * who holds it in the article, a pronoun joins the nearest person before
 * it.  Fills facts->actors and facts->places and DgMention.actor/.place.
 */
#pragma once

#include "dg-mentions.h"

G_BEGIN_DECLS

void dg_resolve (DgAnalysis *a);

G_END_DECLS
