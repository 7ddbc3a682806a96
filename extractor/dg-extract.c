#include "dg-extract.h"
