#include "dg-store.h"
