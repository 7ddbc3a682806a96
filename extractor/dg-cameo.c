/* dg-cameo.c - the CAMEO table and the dip: class hierarchy, from data
 *
 * ontology/cameo.tsv: code, name, PLOVER type/mode/context, Goldstein,
 * quad class, dip: class.  ontology/classes.tsv: class, parent.
 * Both are loaded once, on first use, and never freed.
 */
#include <stdlib.h>
#include <string.h>
#include "dg-cameo.h"
#include "dg-data.h"

/* Codes are 2 to 4 digits: "04", "044", "0331"; a code's number with a
 * leading 1 ("1044") tells "044" from "44" and indexes by_number. */
#define CODE_NUMBERS 20000

typedef struct {
  GArray *rows;          /* DgCameo */
  GHashTable *by_code;   /* code -> index+1 */
  guint32 *by_number;    /* code_number() -> index+1 (0 = none) */
  GHashTable *parents;   /* class -> GPtrArray of parent names */
  GHashTable *chains;    /* class -> const char ** (all ancestors, self first) */
} CameoTables;

/* 1 followed by the code's digits, or 0 when it is not 2-4 digits. */
static inline guint
code_number (const char *code)
{
  guint v = 1, i = 0;
  for (; code[i]; i++)
    {
      if (i == 4 || code[i] < '0' || code[i] > '9')
        return 0;
      v = v * 10 + (guint) (code[i] - '0');
    }
  return i >= 2 ? v : 0;
}

static gboolean
cameo_row (char **f, guint n, gpointer user_data)
{
  CameoTables *t = user_data;
  if (n < 8)
    return FALSE;
  if (strcmp (f[0], "cameo_code") == 0)
    return TRUE;  /* header */
  DgCameo row = {
    .code = g_intern_string (f[0]),
    .name = g_intern_string (f[1]),
    .plover_type = g_intern_string (f[2]),
    .plover_mode = g_intern_string (f[3]),
    .plover_context = g_intern_string (f[4]),
    .goldstein = g_ascii_strtod (f[5], NULL),
    .quad_class = atoi (f[6]),
    .dip_class = g_intern_string (f[7]),
  };
  g_array_append_val (t->rows, row);
  g_hash_table_insert (t->by_code, (gpointer) row.code, GUINT_TO_POINTER (t->rows->len));
  guint k = code_number (row.code);
  if (k)
    t->by_number[k] = t->rows->len;   /* the last row of a code, as by_code */
  return TRUE;
}

static gboolean
class_row (char **f, guint n, gpointer user_data)
{
  CameoTables *t = user_data;
  if (n < 1)
    return FALSE;
  if (strcmp (f[0], "class") == 0)
    return TRUE;
  const char *cls = g_intern_string (f[0]);
  GPtrArray *parents = g_hash_table_lookup (t->parents, cls);
  if (!parents)
    {
      parents = g_ptr_array_new ();
      g_hash_table_insert (t->parents, (gpointer) cls, parents);
    }
  if (n > 1 && *f[1])
    g_ptr_array_add (parents, (gpointer) g_intern_string (f[1]));
  return TRUE;
}

static gpointer
load_tables (gpointer unused)
{
  CameoTables *t = g_new0 (CameoTables, 1);
  t->rows = g_array_new (FALSE, FALSE, sizeof (DgCameo));
  t->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  t->by_number = g_new0 (guint32, CODE_NUMBERS);
  t->parents = g_hash_table_new (g_str_hash, g_str_equal);
  t->chains = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  /* The tables are part of the binary; failing to read them is a build bug. */
  if (!dg_data_foreach_row ("ontology/cameo.tsv", cameo_row, t, &error)
      || !dg_data_foreach_row ("ontology/classes.tsv", class_row, t, &error))
    g_error ("%s", error->message);

  /* Ancestors of every class, breadth first, self first. */
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, t->parents);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      GPtrArray *chain = g_ptr_array_new ();
      g_ptr_array_add (chain, key);
      for (guint i = 0; i < chain->len; i++)
        {
          GPtrArray *ps = g_hash_table_lookup (t->parents, g_ptr_array_index (chain, i));
          for (guint j = 0; ps && j < ps->len; j++)
            {
              gpointer p = g_ptr_array_index (ps, j);
              guint k;
              if (!g_ptr_array_find (chain, p, &k))
                g_ptr_array_add (chain, p);
            }
        }
      g_ptr_array_add (chain, NULL);
      g_hash_table_insert (t->chains, key, g_ptr_array_free (chain, FALSE));
    }
  return t;
}

static CameoTables *
tables (void)
{
  static GOnce once = G_ONCE_INIT;
  return g_once (&once, load_tables, NULL);
}

const DgCameo *
dg_cameo_lookup (const char *code)
{
  CameoTables *t = tables ();
  if (!code)
    return NULL;
  guint k = code_number (code);
  guint idx = k ? t->by_number[k] : GPOINTER_TO_UINT (g_hash_table_lookup (t->by_code, code));
  return idx ? &g_array_index (t->rows, DgCameo, idx - 1) : NULL;
}

const DgCameo *
dg_cameo_all (guint *n)
{
  CameoTables *t = tables ();
  *n = t->rows->len;
  return (const DgCameo *) t->rows->data;
}

const char *const *
dg_cameo_class_chain (const char *dip_class)
{
  CameoTables *t = tables ();
  if (!dip_class)
    return NULL;
  /* keyed by string (no g_intern_string: its global lock, on every type) */
  return g_hash_table_lookup (t->chains, dip_class);
}
