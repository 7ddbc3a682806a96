#include "dg-events.h"
