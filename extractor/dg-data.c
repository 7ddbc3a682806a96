/* dg-data.c - access to the embedded data files */
#include <string.h>
#include <gio/gio.h>
#include "dg-data.h"
#include "dg-resources.h"

#define DG_RESOURCE_PREFIX "/org/dipgraph/"

GBytes *
dg_data_get (const char *path)
{
  g_autofree char *full = g_strconcat (DG_RESOURCE_PREFIX, path, NULL);
  /* dg_get_resource() is referenced explicitly so that the static linker
   * keeps the generated resource object. */
  return g_resource_lookup_data (dg_get_resource (), full,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

gboolean
dg_data_foreach_row (const char *path, DgDataRowFunc row, gpointer user_data,
                     GError **error)
{
  g_autoptr(GBytes) bytes = dg_data_get (path);
  if (!bytes)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "%s: not compiled into this binary", path);
      return FALSE;
    }
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *p = data, *end = data + len;
  guint lineno = 0;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      const char *line_end = nl ? nl : end;
      lineno++;
      if (line_end > p && *p != '#')
        {
          g_autofree char *line = g_strndup (p, (gsize) (line_end - p));
          g_strchomp (line);  /* also drops a CR */
          if (*line)
            {
              g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
              if (!row (fields, g_strv_length (fields), user_data))
                {
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               "%s:%u: malformed line", path, lineno);
                  return FALSE;
                }
            }
        }
      p = line_end + 1;
    }
  return TRUE;
}
