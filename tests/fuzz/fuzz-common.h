/* fuzz-common.h - what the libFuzzer harnesses in tests/fuzz/ share:
 * GLib's log handler silenced (criticals from bad input are findings, so
 * they abort), and a NUL-terminated copy of the input. */
#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

static inline void
fuzz_quiet_log (const char *domain, GLogLevelFlags level, const char *message,
                gpointer data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      fprintf (stderr, "%s: %s\n", domain ? domain : "glib", message);
      abort ();
    }
}

static inline void
fuzz_setup_glib (void)
{
  g_log_set_default_handler (fuzz_quiet_log, NULL);
}
