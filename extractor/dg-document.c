#include "dg-document.h"
