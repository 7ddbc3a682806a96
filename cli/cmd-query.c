#include "dg-cli.h"

int
dg_cmd_query (int argc, char **argv)
{
  return DG_EXIT_FAILURE;
}
