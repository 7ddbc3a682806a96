#include "dg-segment.h"
