/* dg-test.h - the few lines every CUnit test binary shares */
#pragma once

#include <stdlib.h>
#include <CUnit/Basic.h>
#include <glib.h>

/* Under ASan, leaks inside the libraries themselves are not ours: raptor and
 * rasqal keep one-time tables (raptor_concepts_init, rasqal_xsd_init) and
 * rasqal leaks triple matches; raptor's N-Triples parser leaks the datatype
 * URI of a literal whose datatype IRI has a \u escape (test-lmdb's raptor
 * reference load); Graphviz and fontconfig keep caches.  Only
 * these frames are suppressed; the full stack is needed to see them. */
const char *__asan_default_options (void);
const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}
/* A test may add its own suppressions (tests/test-virtuoso.c) by
 * defining DG_TEST_LSAN_EXTRA before including this file. */
#ifndef DG_TEST_LSAN_EXTRA
#define DG_TEST_LSAN_EXTRA ""
#endif
const char *__lsan_default_suppressions (void);
const char *
__lsan_default_suppressions (void)
{
  return "leak:raptor_concepts_init\nleak:rasqal_xsd_init\n"
         "leak:rasqal_new_triples_match\nleak:raptor_ntriples_parse_term\n"
         "leak:libfontconfig.so\nleak:libgvc.so\n" DG_TEST_LSAN_EXTRA;
}

/* Path of a file in the source tree (tests run from the build tree). */
static inline char *
dg_test_srcpath (const char *relative)
{
  const char *top = g_getenv ("top_srcdir");
  return g_build_filename (top ? top : DG_SRCDIR, relative, NULL);
}

/* Runs the registered suites; the exit code counts failures (CUnit's own
 * return value only reports framework errors). */
static inline int
dg_test_run (void)
{
  CU_basic_set_mode (CU_BRM_VERBOSE);
  CU_basic_run_tests ();
  unsigned failed = CU_get_number_of_tests_failed ();
  unsigned errors = CU_get_error ();
  CU_cleanup_registry ();
  return (failed || errors) ? 1 : 0;
}

#define DG_TEST_SUITE(name, ...)                                              \
  do {                                                                        \
    CU_pSuite s_ = CU_add_suite (name, NULL, NULL);                           \
    CU_TestInfo t_[] = { __VA_ARGS__, CU_TEST_INFO_NULL };                    \
    for (CU_TestInfo *ti_ = t_; ti_->pName; ti_++)                            \
      CU_add_test (s_, ti_->pName, ti_->pTestFunc);                           \
  } while (0)
#define DG_TEST(fn) { #fn, fn }
