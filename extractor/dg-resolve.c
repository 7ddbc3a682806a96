#include "dg-resolve.h"
