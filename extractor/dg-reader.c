#include "dg-reader.h"
