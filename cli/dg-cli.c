#include <stdio.h>
#include "dg-cli.h"
gboolean dg_cli_quiet, dg_cli_verbose;
void dg_cli_error (const char *format, ...) {}
