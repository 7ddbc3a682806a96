#include "dg-cli.h"

int
dg_cmd_extract (int argc, char **argv)
{
  return DG_EXIT_FAILURE;
}
