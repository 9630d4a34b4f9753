/* buurt-test-store.h: the fixture and helpers the store tests share
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "buurt-entities.h"
#include "buurt-store-private.h"

G_BEGIN_DECLS

/* Every test gets its own folder (G_TEST_OPTION_ISOLATE_DIRS), so a fresh
 * database: the fixture opens one there. */
typedef struct
{
  char       *path;
  BuurtStore *store;
} Fixture;

/* Makes a valid entity, with every column filled in: it saves what the
 * entity refers to and returns the entity itself unsaved. */
typedef gpointer (*BuurtTestMakeFunc) (Fixture *f);

/* The tables of the design, each of which a new file has. */
extern const char  *buurt_test_design_tables[];
extern const guint  buurt_test_n_design_tables;

char        *buurt_test_folder                    (void);
void         buurt_test_store_set_up              (Fixture       *f,
                                                   gconstpointer  data);
void         buurt_test_store_tear_down           (Fixture       *f,
                                                   gconstpointer  data);
gboolean     buurt_test_store_is_empty            (BuurtStore    *store);
void         buurt_test_count_changed_cb          (BuurtStore    *store,
                                                   const char    *table,
                                                   guint         *n_changed);

/* Raw SQLite, to look at the file behind the store's back */
sqlite3     *buurt_test_raw_open                  (const char    *path);
void         buurt_test_raw_exec                  (sqlite3       *db,
                                                   const char    *sql);
gint64       buurt_test_raw_int                   (sqlite3       *db,
                                                   const char    *sql);
char        *buurt_test_raw_text                  (sqlite3       *db,
                                                   const char    *sql);

/* Files and messages */
GBytes      *buurt_test_read_file                 (const char    *path);
void         buurt_test_assert_file_unchanged     (const char    *path,
                                                   GBytes        *before);
void         buurt_test_assert_no_companion_files (const char    *path);
void         buurt_test_assert_contains           (const char    *haystack,
                                                   const char    *needle);

/* Entities */
char        *buurt_test_entity_to_text            (BuurtEntity   *entity);
void         buurt_test_assert_entities_equal     (BuurtEntity   *a,
                                                   BuurtEntity   *b);
gpointer     buurt_test_copy_as_new               (BuurtEntity   *source);
gpointer     buurt_test_load                      (Fixture       *f,
                                                   GType          type,
                                                   gint64         id);
gint64       buurt_test_save_new                  (Fixture       *f,
                                                   gpointer       entity);
void         buurt_test_save_ok                   (Fixture       *f,
                                                   gpointer       entity);
gboolean     buurt_test_list_has                  (Fixture       *f,
                                                   GType          type,
                                                   gint64         id);
GDateTime   *buurt_test_utc                       (const char    *text);

gpointer     buurt_test_make_kern                 (Fixture       *f);
gpointer     buurt_test_make_neighbourhood        (Fixture       *f);
gpointer     buurt_test_make_venue                (Fixture       *f);
gpointer     buurt_test_make_room                 (Fixture       *f);
gpointer     buurt_test_make_contact              (Fixture       *f);
gpointer     buurt_test_make_initiative           (Fixture       *f);
gpointer     buurt_test_make_initiative_partner   (Fixture       *f);
gpointer     buurt_test_make_funding_request      (Fixture       *f);
gpointer     buurt_test_make_expense              (Fixture       *f);
gpointer     buurt_test_make_journal_entry        (Fixture       *f);
gpointer     buurt_test_make_activity             (Fixture       *f);
gpointer     buurt_test_make_saved                (Fixture       *f,
                                                   BuurtTestMakeFunc make);

/* The agenda, without filters: everything from @from_day on */
BuurtAgendaQuery buurt_test_agenda_query          (const char    *from_day,
                                                   const char    *search,
                                                   gboolean       show_cancelled);
gint64       buurt_test_agenda_count              (Fixture       *f,
                                                   const char    *from_day,
                                                   const char    *search,
                                                   gboolean       show_cancelled);
GPtrArray   *buurt_test_agenda_fetch              (Fixture       *f,
                                                   const char    *from_day,
                                                   const char    *search,
                                                   gboolean       show_cancelled);

G_END_DECLS
