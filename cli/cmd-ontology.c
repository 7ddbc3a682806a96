#include "dg-cli.h"

int
dg_cmd_ontology (int argc, char **argv)
{
  return DG_EXIT_FAILURE;
}
