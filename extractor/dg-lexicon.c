#include "dg-lexicon.h"
