/* buurt-example-reader.c: checked reading of the example community's JSON
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "buurt-example-data.h"
#include "buurt-example-reader.h"

/**
 * buurt_example_reader_enter:
 * @member: (nullable): a member of the object being read
 * @index: an element of that member (or of the array being read), or -1
 *
 * Makes @member (and @index) part of the path that errors name.
 *
 * Returns: what to give buurt_example_reader_leave() when done
 */
gsize
buurt_example_reader_enter (BuurtExampleReader *reader,
                            const char         *member,
                            int                 index)
{
  gsize mark = reader->path->len;

  if (member != NULL)
    g_string_append_printf (reader->path, "%s%s", reader->path->len > 0 ? "." : "", member);
  if (index >= 0)
    g_string_append_printf (reader->path, "[%d]", index);

  return mark;
}

void
buurt_example_reader_leave (BuurtExampleReader *reader,
                            gsize               mark)
{
  g_string_truncate (reader->path, mark);
}

/* Sets the error, with the member's path as the format's second %s (the
 * file is the first). */
static gboolean
fail (BuurtExampleReader *reader,
      const char         *member,
      const char         *message_format,
      const char         *value)
{
  gsize mark = buurt_example_reader_enter (reader, member, -1);

  /* The formats are translated messages with "%s" for the file, the path
   * and, where there is one, the value. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (reader->error, BUURT_EXAMPLE_ERROR, BUURT_EXAMPLE_ERROR_INVALID_COMMUNITY,
               message_format, reader->file, reader->path->str, value);
#pragma GCC diagnostic pop
  buurt_example_reader_leave (reader, mark);

  return FALSE;
}

/* Says what a member should have been. @what is untranslated (N_). */
static gboolean
fail_type (BuurtExampleReader *reader,
           const char         *member,
           const char         *what)
{
  /* Translators: the first %s is a file, the second a place in it such as
   * series[3].slots, the third what it should be, such as "a text" */
  return fail (reader, member, _("%s: “%s” must be %s."), _(what));
}

gboolean
buurt_example_reader_unknown (BuurtExampleReader *reader,
                              const char         *member,
                              const char         *value)
{
  /* Translators: the first %s is a file, the second a place in it such as
   * series[3].organiser, the third the word found there */
  return fail (reader, member, _("%s: “%s” has a value that is not known: “%s”."), value);
}

/**
 * buurt_example_reader_invalid:
 * @message_format: a translated message with "%s" for the file and "%s"
 *   for the member's path
 *
 * Returns: %FALSE, with the error set
 */
gboolean
buurt_example_reader_invalid (BuurtExampleReader *reader,
                              const char         *member,
                              const char         *message_format)
{
  return fail (reader, member, message_format, NULL);
}

/* The member's node; NULL when it is missing or null, with an error when
 * it is @required. */
static JsonNode *
member_node (BuurtExampleReader *reader,
             JsonObject         *object,
             const char         *member,
             gboolean            required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return node;

  if (required)
    /* Translators: the first %s is a file, the second a place in it such as
     * towns[0].name */
    fail (reader, member, _("%s: “%s” is missing."), NULL);

  return NULL;
}

static gboolean
is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

JsonObject *
buurt_example_reader_object (BuurtExampleReader *reader,
                             JsonObject         *object,
                             const char         *member)
{
  JsonNode *node = member_node (reader, object, member, TRUE);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail_type (reader, member, N_("an object in braces"));
      return NULL;
    }

  return json_node_get_object (node);
}

/**
 * buurt_example_reader_array:
 *
 * Returns: (nullable): the array; %NULL with an error when it is wrong,
 *   %NULL without one when it is missing and not @required
 */
JsonArray *
buurt_example_reader_array (BuurtExampleReader *reader,
                            JsonObject         *object,
                            const char         *member,
                            gboolean            required,
                            gboolean            non_empty)
{
  JsonNode *node = member_node (reader, object, member, required);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail_type (reader, member, N_("a list in brackets"));
      return NULL;
    }
  if (non_empty && json_array_get_length (json_node_get_array (node)) == 0)
    {
      /* Translators: the first %s is a file, the second a list in it */
      fail (reader, member, _("%s: “%s” must not be empty."), NULL);
      return NULL;
    }

  return json_node_get_array (node);
}

/* Element @index of @array, the value of @member, which must be an object. */
JsonObject *
buurt_example_reader_element (BuurtExampleReader *reader,
                              JsonArray          *array,
                              const char         *member,
                              guint               index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  {
    gsize mark = buurt_example_reader_enter (reader, member, (int) index);

    fail_type (reader, NULL, N_("an object in braces"));
    buurt_example_reader_leave (reader, mark);
  }

  return NULL;
}

gboolean
buurt_example_reader_string (BuurtExampleReader  *reader,
                             JsonObject          *object,
                             const char          *member,
                             gboolean             required,
                             const char         **out)
{
  JsonNode *node = member_node (reader, object, member, required);

  if (node == NULL)
    return !required;
  if (!is_string (node))
    return fail_type (reader, member, N_("a text in quotes"));

  *out = g_string_chunk_insert_const (reader->strings, json_node_get_string (node));
  return TRUE;
}

static gboolean
fail_range (BuurtExampleReader *reader,
            const char         *member,
            gint64              minimum,
            gint64              maximum)
{
  g_autofree char *range = g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, minimum, maximum);

  /* Translators: the first %s is a file, the second a place in it such as
   * events[2].minutes, the third a range such as 1–1440 */
  return fail (reader, member, _("%s: “%s” must be a whole number in the range %s."), range);
}

static gboolean
read_integer (BuurtExampleReader *reader,
              JsonObject         *object,
              const char         *member,
              gboolean            required,
              gint64              minimum,
              gint64              maximum,
              gint64             *out)
{
  JsonNode *node = member_node (reader, object, member, required);
  gint64 value;

  if (node == NULL)
    return !required;
  if (!is_integer (node))
    return fail_range (reader, member, minimum, maximum);

  value = json_node_get_int (node);
  if (value < minimum || value > maximum)
    return fail_range (reader, member, minimum, maximum);

  *out = value;
  return TRUE;
}

gboolean
buurt_example_reader_uint (BuurtExampleReader *reader,
                           JsonObject         *object,
                           const char         *member,
                           gboolean            required,
                           guint               minimum,
                           guint               maximum,
                           guint              *out)
{
  gint64 value = *out;

  if (!read_integer (reader, object, member, required, minimum, maximum, &value))
    return FALSE;

  *out = (guint) value;
  return TRUE;
}

gboolean
buurt_example_reader_int (BuurtExampleReader *reader,
                          JsonObject         *object,
                          const char         *member,
                          int                 minimum,
                          int                 maximum,
                          int                *out)
{
  gint64 value = *out;

  if (!read_integer (reader, object, member, TRUE, minimum, maximum, &value))
    return FALSE;

  *out = (int) value;
  return TRUE;
}

gboolean
buurt_example_reader_boolean (BuurtExampleReader *reader,
                              JsonObject         *object,
                              const char         *member,
                              gboolean           *out)
{
  JsonNode *node = member_node (reader, object, member, FALSE);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail_type (reader, member, N_("true or false"));

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* A range written as [low, high]. */
gboolean
buurt_example_reader_pair (BuurtExampleReader *reader,
                           JsonObject         *object,
                           const char         *member,
                           guint               minimum,
                           guint               maximum,
                           guint              *low,
                           guint              *high)
{
  JsonArray *array = buurt_example_reader_array (reader, object, member, TRUE, FALSE);
  JsonNode *first, *second;

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) != 2 ||
      !is_integer (first = json_array_get_element (array, 0)) ||
      !is_integer (second = json_array_get_element (array, 1)) ||
      json_node_get_int (first) < minimum || json_node_get_int (second) > maximum ||
      json_node_get_int (first) > json_node_get_int (second))
    return fail_type (reader, member, N_("two whole numbers in brackets, the smaller first"));

  *low = (guint) json_node_get_int (first);
  *high = (guint) json_node_get_int (second);
  return TRUE;
}

/* A time of day, "19:30", as minutes after midnight. */
gboolean
buurt_example_reader_time (BuurtExampleReader *reader,
                           JsonObject         *object,
                           const char         *member,
                           guint              *minutes)
{
  const char *text = NULL;
  guint hours, mins;
  char end;

  if (!buurt_example_reader_string (reader, object, member, FALSE, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  if (sscanf (text, "%2u:%2u%c", &hours, &mins, &end) != 2 || hours > 23 || mins > 59)
    return fail_type (reader, member, N_("a time of day such as “19:30”"));

  *minutes = hours * 60 + mins;
  return TRUE;
}

/* The enum value a stored word ("community_centre") stands for. */
static gboolean
word_value (GType       type,
            const char *word,
            guint      *value)
{
  g_autofree char *nick = g_strdelimit (g_strdup (word), "_", '-');

  if (G_TYPE_IS_FLAGS (type))
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
      GFlagsValue *found = g_flags_get_value_by_nick (klass, nick);

      if (found != NULL)
        *value = found->value;
      return found != NULL && found->value != 0;
    }
  else
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *found = g_enum_get_value_by_nick (klass, nick);

      if (found != NULL)
        *value = (guint) found->value;
      return found != NULL;
    }
}

gboolean
buurt_example_reader_enum (BuurtExampleReader *reader,
                           JsonObject         *object,
                           const char         *member,
                           GType               enum_type,
                           gboolean            required,
                           int                *out)
{
  const char *word = NULL;
  guint value;

  if (!buurt_example_reader_string (reader, object, member, required, &word))
    return FALSE;
  if (word == NULL)
    return TRUE;
  if (!word_value (enum_type, word, &value))
    return buurt_example_reader_unknown (reader, member, word);

  *out = (int) value;
  return TRUE;
}

/* A list of words, each the nick of a flag or enum value, or one of @words;
 * the bits of all of them. */
static gboolean
read_words (BuurtExampleReader     *reader,
            JsonObject             *object,
            const char             *member,
            GType                   flags_type,
            const BuurtExampleWord *words,
            gboolean                non_empty,
            guint                  *out)
{
  JsonArray *array = buurt_example_reader_array (reader, object, member, non_empty, non_empty);
  guint mask = 0;

  if (array == NULL)
    return reader->error == NULL || *reader->error == NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *word = is_string (node) ? json_node_get_string (node) : "";
      gboolean known = FALSE;
      guint value = 0;

      /* An enum's words stand for the bits of their values. */
      if (flags_type != G_TYPE_NONE)
        known = word_value (flags_type, word, &value);
      if (known && G_TYPE_IS_ENUM (flags_type))
        value = 1u << value;
      for (guint w = 0; words != NULL && words[w].word != NULL && !known; w++)
        if (g_str_equal (words[w].word, word))
          {
            known = TRUE;
            value = words[w].mask;
          }

      if (!known)
        {
          gsize mark = buurt_example_reader_enter (reader, member, (int) i);
          g_autofree char *text = is_string (node) ? g_strdup (word) : json_to_string (node, FALSE);

          buurt_example_reader_unknown (reader, NULL, text);
          buurt_example_reader_leave (reader, mark);
          return FALSE;
        }
      mask |= value;
    }

  *out = mask;
  return TRUE;
}

gboolean
buurt_example_reader_flags (BuurtExampleReader *reader,
                            JsonObject         *object,
                            const char         *member,
                            GType               flags_type,
                            guint              *out)
{
  return read_words (reader, object, member, flags_type, NULL, FALSE, out);
}

gboolean
buurt_example_reader_mask (BuurtExampleReader     *reader,
                           JsonObject             *object,
                           const char             *member,
                           const BuurtExampleWord *words,
                           guint                  *out)
{
  return read_words (reader, object, member, G_TYPE_NONE, words, TRUE, out);
}

/* A list of texts, kept as a GPtrArray of strings in the reader's chunk. */
gboolean
buurt_example_reader_strings (BuurtExampleReader  *reader,
                              JsonObject          *object,
                              const char          *member,
                              gboolean             non_empty,
                              GPtrArray          **out)
{
  JsonArray *array = buurt_example_reader_array (reader, object, member, non_empty, non_empty);
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();

  if (array == NULL && reader->error != NULL && *reader->error != NULL)
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!is_string (node) || *json_node_get_string (node) == '\0')
        {
          gsize mark = buurt_example_reader_enter (reader, member, (int) i);

          fail_type (reader, NULL, N_("a text in quotes"));
          buurt_example_reader_leave (reader, mark);
          return FALSE;
        }
      g_ptr_array_add (strings, g_string_chunk_insert_const (reader->strings, json_node_get_string (node)));
    }

  g_clear_pointer (out, g_ptr_array_unref);
  *out = g_steal_pointer (&strings);
  return TRUE;
}
