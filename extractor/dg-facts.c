#include "dg-facts.h"
