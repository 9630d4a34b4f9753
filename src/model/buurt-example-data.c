/* placeholder: being written */
#include "config.h"
#include "buurt-example-data.h"
gboolean
buurt_example_data_generate (BuurtStore    *store,
                             guint          n_occurrences,
                             guint32        seed,
                             GCancellable  *cancellable,
                             GError       **error)
{
  return TRUE;
}
