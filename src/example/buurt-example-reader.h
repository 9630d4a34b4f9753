/* buurt-example-reader.h: checked reading of the example community's JSON
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the example library. Each function reads one member of a JSON
 * object, checks its type and range, and on a problem sets an error that
 * names the file and the member's path ("series[3].slots"), then returns
 * FALSE or NULL. A missing or null member that is not required leaves the
 * output as it was, so callers set the default first.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char    *file;
  GStringChunk  *strings;   /* where strings read are kept */
  GString       *path;      /* of the object being read */
  GError       **error;
} BuurtExampleReader;

/* A word of a list that stands for bits of a mask ("weekdays", "evening"). */
typedef struct
{
  const char *word;
  guint       mask;
} BuurtExampleWord;

gsize       buurt_example_reader_enter    (BuurtExampleReader     *reader,
                                           const char             *member,
                                           int                     index);
void        buurt_example_reader_leave    (BuurtExampleReader     *reader,
                                           gsize                   mark);
gboolean    buurt_example_reader_unknown  (BuurtExampleReader     *reader,
                                           const char             *member,
                                           const char             *value);
gboolean    buurt_example_reader_invalid  (BuurtExampleReader     *reader,
                                           const char             *member,
                                           const char             *message_format);

JsonObject *buurt_example_reader_object   (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member);
JsonArray  *buurt_example_reader_array    (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           gboolean                required,
                                           gboolean                non_empty);
JsonObject *buurt_example_reader_element  (BuurtExampleReader     *reader,
                                           JsonArray              *array,
                                           const char             *member,
                                           guint                   index);
gboolean    buurt_example_reader_string   (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           gboolean                required,
                                           const char            **out);
gboolean    buurt_example_reader_uint     (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           gboolean                required,
                                           guint                   minimum,
                                           guint                   maximum,
                                           guint                  *out);
gboolean    buurt_example_reader_int      (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           int                     minimum,
                                           int                     maximum,
                                           int                    *out);
gboolean    buurt_example_reader_boolean  (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           gboolean               *out);
gboolean    buurt_example_reader_pair     (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           guint                   minimum,
                                           guint                   maximum,
                                           guint                  *low,
                                           guint                  *high);
gboolean    buurt_example_reader_time     (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           guint                  *minutes);
gboolean    buurt_example_reader_enum     (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           GType                   enum_type,
                                           gboolean                required,
                                           int                    *out);
gboolean    buurt_example_reader_flags    (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           GType                   flags_type,
                                           guint                  *out);
gboolean    buurt_example_reader_mask     (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           const BuurtExampleWord *words,
                                           guint                  *out);
gboolean    buurt_example_reader_strings  (BuurtExampleReader     *reader,
                                           JsonObject             *object,
                                           const char             *member,
                                           gboolean                non_empty,
                                           GPtrArray             **out);

G_END_DECLS
