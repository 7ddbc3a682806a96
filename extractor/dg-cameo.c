#include "dg-cameo.h"
