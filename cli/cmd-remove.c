#include "dg-cli.h"

int
dg_cmd_remove (int argc, char **argv)
{
  return DG_EXIT_FAILURE;
}
