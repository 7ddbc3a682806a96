#include "dg-timex.h"
