#include "dg-iri.h"
