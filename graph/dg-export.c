#include "dg-export.h"
