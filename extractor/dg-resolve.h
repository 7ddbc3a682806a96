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

/* TRUE when news writes the names of persons who act for @country (alpha-3)
 * family name first ("Kim Jong Un", "Xi Jinping", "Hun Sen"): China, Hong
 * Kong, Macao, Taiwan, the two Koreas, Vietnam, Cambodia, Singapore.  A
 * later bare name of such a person may be the first word ("Kim") or, as
 * with Western-order names there ("Carrie Lam") and Vietnamese given names
 * ("Trong"), the last. */
gboolean dg_resolve_family_name_first (const char *country);

G_END_DECLS
