#include "dg-writer.h"
