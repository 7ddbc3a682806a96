#include "dg-query.h"
