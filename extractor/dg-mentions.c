#include "dg-mentions.h"
