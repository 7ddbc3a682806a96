#include "dg-rdf.h"
