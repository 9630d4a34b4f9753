/* test-initiatives-ui.c: the Initiatives view, its editor, stage moves and the address book
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "buurt-activity-editor.h"
#include "buurt-contact-editor.h"
#include "buurt-contacts-window.h"
#include "buurt-database-funders.h"
#include "buurt-database-initiatives.h"
#include "buurt-entities.h"
#include "buurt-funders-window.h"
#include "buurt-initiative-detail.h"
#include "buurt-initiative-editor.h"
#include "buurt-initiatives-view.h"
#include "buurt-record-dialog.h"
#include "buurt-stage-dialog.h"
#include "buurt-test-utils.h"

/*
 * A small community: Dronten (De Gilden) and Biddinghuizen (Centrum); the
 * Moestuin is a pilot whose evaluation is long overdue, the Repair Café an
 * idea, the Buurtbieb running; Anna and "A. de Vries" are the same person.
 */
typedef struct
{
  BuurtDatabase        *database;
  BuurtWindow          *window;
  BuurtInitiativesView *view;
  gint64 dronten, biddinghuizen, gilden, centrum;
  gint64 anna, duplicate, municipality;
  gint64 moestuin, repair, bieb;
} Fixture;

static gint64
add (Fixture    *f,
     GType       type,
     const char *first_property,
     ...)
{
  g_autoptr(GObject) entity = NULL;
  va_list args;

  va_start (args, first_property);
  entity = g_object_new_valist (type, first_property, args);
  va_end (args);

  buurt_test_save (f->database, entity);
  return buurt_entity_get_id (BUURT_ENTITY (entity));
}

static void
set_people (Fixture *f,
            gint64   initiative_id,
            gint64   contact_id,
            BuurtPartnerRole role,
            gint64   contact2_id,
            BuurtPartnerRole role2)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) buurt_initiative_person_free);
  g_autoptr(BuurtInitiative) initiative = buurt_database_load (f->database, BUURT_TYPE_INITIATIVE,
                                                               initiative_id, NULL);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (people, buurt_initiative_person_new (contact_id, NULL, 0, role));
  if (contact2_id != 0)
    g_ptr_array_add (people, buurt_initiative_person_new (contact2_id, NULL, 0, role2));
  g_assert_true (buurt_database_save_initiative (f->database, initiative, people, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) starts = g_date_time_add_days (now, 10);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
  g_autoptr(BuurtFundingRequest) grant = buurt_funding_request_new ();

  f->database = buurt_test_open_database (BUURT_TEST_EMPTY);

  f->dronten = add (f, BUURT_TYPE_KERN, "name", "Dronten", NULL);
  f->biddinghuizen = add (f, BUURT_TYPE_KERN, "name", "Biddinghuizen", NULL);
  f->gilden = add (f, BUURT_TYPE_NEIGHBOURHOOD, "name", "De Gilden", "kern-id", f->dronten, NULL);
  f->centrum = add (f, BUURT_TYPE_NEIGHBOURHOOD, "name", "Centrum", "kern-id", f->biddinghuizen, NULL);
  f->anna = add (f, BUURT_TYPE_CONTACT, "name", "Anna de Vries", "kind", BUURT_CONTACT_KIND_RESIDENT,
                 "email", "anna@example.nl", NULL);
  f->duplicate = add (f, BUURT_TYPE_CONTACT, "name", "A. de Vries", "kind", BUURT_CONTACT_KIND_RESIDENT,
                      "phone", "0321 123456", NULL);
  f->municipality = add (f, BUURT_TYPE_CONTACT, "name", "Gemeente Dronten",
                         "kind", BUURT_CONTACT_KIND_MUNICIPALITY, NULL);
  add (f, BUURT_TYPE_CONTACT, "name", "Woonstichting De Meerpaal", "kind", BUURT_CONTACT_KIND_HOUSING_CORPORATION, NULL);

  f->moestuin = add (f, BUURT_TYPE_INITIATIVE, "title", "Moestuin Zonnehof",
                     "summary", "Samen groente kweken achter de flat, met de kinderen van de school ernaast.",
                     "neighbourhood-id", f->gilden, "stage", BUURT_STAGE_PILOT,
                     "start-date", "2020-01-01", "next-evaluation", "2020-04-01",
                     "volunteers", (gint64) 6, "participants", (gint64) 40,
                     "support-evidence", "32 handtekeningen van bewoners",
                     "target-groups", BUURT_TARGET_GROUP_SENIORS | BUURT_TARGET_GROUP_CHILDREN, NULL);
  f->repair = add (f, BUURT_TYPE_INITIATIVE, "title", "Repair Café", "summary", "Samen spullen repareren.",
                   "neighbourhood-id", f->centrum, "stage", BUURT_STAGE_IDEA,
                   "target-groups", BUURT_TARGET_GROUP_ADULTS, NULL);
  f->bieb = add (f, BUURT_TYPE_INITIATIVE, "title", "Buurtbieb", "summary", "Boekenkastjes in de wijk.",
                 "neighbourhood-id", f->gilden, "stage", BUURT_STAGE_RUNNING,
                 "next-evaluation", "2099-06-01", "target-groups", BUURT_TARGET_GROUP_EVERYONE, NULL);
  set_people (f, f->moestuin, f->anna, BUURT_PARTNER_ROLE_LEAD, f->municipality, BUURT_PARTNER_ROLE_PARTNER);
  set_people (f, f->repair, f->duplicate, BUURT_PARTNER_ROLE_LEAD, 0, 0);

  g_object_set (grant, "initiative-id", f->moestuin, "funder-id", f->municipality,
                "amount-requested-cents", (gint64) 45000, "amount-granted-cents", (gint64) 45000,
                "status", BUURT_FUNDING_STATUS_GRANTED, NULL);
  buurt_test_save (f->database, grant);

  add (f, BUURT_TYPE_ACTIVITY, "title", "Zaaien met de buurt", "category", BUURT_CATEGORY_NATURE,
       "location", "Zonnehof", "starts-at", starts, "ends-at", ends,
       "status", BUURT_ACTIVITY_STATUS_PUBLISHED, "organiser-id", f->duplicate,
       "initiative-id", f->moestuin, NULL);

  f->window = buurt_test_open_window (f->database, 1100, 760);
  f->view = BUURT_INITIATIVES_VIEW (buurt_window_get_view (f->window, "initiatives"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "initiatives");
  buurt_test_wait_ms (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *contacts = buurt_test_find_window (BUURT_TYPE_CONTACTS_WINDOW);

  GtkWindow *funders = buurt_test_find_window (BUURT_TYPE_FUNDERS_WINDOW);

  if (contacts != NULL)
    gtk_window_destroy (contacts);
  if (funders != NULL)
    gtk_window_destroy (funders);
  buurt_test_close (f->window, &f->database);
}

static BuurtInitiativeDetail *
detail (Fixture *f)
{
  return BUURT_INITIATIVE_DETAIL (buurt_initiatives_view_get_detail (f->view));
}

static BuurtStage
stage_of (Fixture *f,
          gint64   id)
{
  g_autoptr(BuurtEntity) initiative = buurt_database_load (f->database, BUURT_TYPE_INITIATIVE, id, NULL);

  return buurt_entity_get_enum (initiative, "stage");
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_assert_cmpstr (buurt_initiatives_view_get_page (f->view), ==, "list");
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 3);
  /* The Moestuin's evaluation is overdue; the Buurtbieb's is far ahead. */
  g_assert_cmpuint (buurt_initiatives_view_count_overdue (f->view), ==, 1);

  g_assert_true (buurt_initiatives_view_select (f->view, f->moestuin));
  buurt_test_wait_ms (50);
  buurt_test_screenshot (GTK_WIDGET (f->window), "initiatives-list");

  buurt_initiatives_view_set_filters (f->view, f->biddinghuizen, 0, 0);
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 1);
  buurt_initiatives_view_set_filters (f->view, 0, f->gilden, 0);
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 2);
  buurt_initiatives_view_set_filters (f->view, 0, f->gilden, BUURT_TARGET_GROUP_SENIORS);
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 1);
  buurt_initiatives_view_set_filters (f->view, 0, 0, 0);
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 3);

  buurt_initiatives_view_set_search (f->view, "repair cafe");
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 1);
  buurt_initiatives_view_set_search (f->view, "");
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 3);
}

static void
test_detail (Fixture       *f,
             gconstpointer  data)
{
  BuurtActivityEditor *editor;

  g_assert_true (buurt_initiatives_view_select (f->view, f->moestuin));
  g_assert_nonnull (buurt_initiative_detail_get_initiative (detail (f)));
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "people"), ==, 2);
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "activities"), ==, 1);
  /* Neighbourhood, groups, start, next evaluation, volunteers, participants, support. */
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "facts"), ==, 7);
  buurt_test_screenshot (GTK_WIDGET (f->window), "initiative-detail");

  /* "Add Activity" opens the agenda's editor with the initiative chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.add-activity", NULL));
  editor = BUURT_ACTIVITY_EDITOR (buurt_test_wait_for_window (BUURT_TYPE_ACTIVITY_EDITOR));
  g_assert_nonnull (editor);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Delete, and Undo (Ctrl+Z). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.delete", NULL));
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 2);
  g_assert_null (buurt_initiative_detail_get_initiative (detail (f)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.undo", NULL));
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 3);
  g_assert_cmpint (buurt_initiatives_view_get_selected (f->view), ==, f->moestuin);
}

static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  BuurtInitiativeEditor *editor;
  GtkWidget *title_row;
  gint64 before = buurt_database_count (f->database, BUURT_TYPE_INITIATIVE, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL));
  editor = BUURT_INITIATIVE_EDITOR (buurt_test_wait_for_window (BUURT_TYPE_INITIATIVE_EDITOR));
  title_row = buurt_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, 0);

  /* No title: said at the field, nothing saved. */
  g_assert_false (buurt_initiative_editor_save (editor));
  g_assert_nonnull (buurt_initiative_editor_get_error (editor));
  g_assert_true (g_str_has_prefix (buurt_initiative_editor_get_error (editor),
                                   buurt_test_is_dutch () ? "Titel" : "Title"));
  g_assert_true (gtk_widget_has_css_class (title_row, "error"));
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_INITIATIVE, NULL), ==, before);

  /* A date that is no date. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Kookclub voor nieuwkomers");
  gtk_editable_set_text (GTK_EDITABLE (buurt_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, 1)),
                         "31-02-2027");
  g_assert_false (buurt_initiative_editor_save (editor));
  g_assert_true (g_str_has_prefix (buurt_initiative_editor_get_error (editor),
                                   buurt_test_is_dutch () ? "Startdatum" : "Start date"));
  buurt_test_screenshot (GTK_WIDGET (editor), "initiative-editor-error");
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_INITIATIVE, NULL), ==, before);

  gtk_editable_set_text (GTK_EDITABLE (buurt_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, 1)),
                         "1-2-2027");
  buurt_initiative_editor_add_person (editor, f->anna, BUURT_PARTNER_ROLE_LEAD);
  buurt_initiative_editor_add_person (editor, f->anna, BUURT_PARTNER_ROLE_LEAD);
  buurt_initiative_editor_add_person (editor, f->municipality, BUURT_PARTNER_ROLE_FUNDER);
  g_assert_cmpuint (buurt_initiative_editor_get_n_people (editor), ==, 2);
  buurt_test_screenshot (GTK_WIDGET (editor), "initiative-editor");

  g_assert_true (buurt_initiative_editor_save (editor));
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_INITIATIVE, NULL), ==, before + 1);
  g_assert_cmpuint (buurt_initiatives_view_get_n_rows (f->view), ==, 4);
  /* The new one is shown, with its lead and funder. */
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "people"), ==, 2);
  g_assert_cmpstr (buurt_entity_get_string (BUURT_ENTITY (buurt_initiative_detail_get_initiative (detail (f))),
                                            "start-date"), ==, "2027-02-01");
}

static BuurtStageDialog *
open_stage_dialog (Fixture    *f,
                   const char *stage)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.move", "s", stage));
  return BUURT_STAGE_DIALOG (buurt_test_wait_for_window (BUURT_TYPE_STAGE_DIALOG));
}

static void
test_stage_moves (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *today = buurt_today ();
  g_autofree char *three_months = buurt_stage_default_next_evaluation (today);
  g_autofree char *next = NULL;
  g_autoptr(BuurtEntity) repair = NULL;
  BuurtStageDialog *dialog;

  g_assert_true (buurt_initiatives_view_select (f->view, f->repair));
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "journal"), ==, 1); /* "nothing yet" */

  /* Exploring asks nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.move", "s", "exploring"));
  g_assert_cmpint (stage_of (f, f->repair), ==, BUURT_STAGE_EXPLORING);

  /* A pilot asks its next evaluation, three months on. */
  dialog = open_stage_dialog (f, "pilot");
  next = buurt_stage_dialog_get_next_evaluation (dialog);
  g_assert_cmpstr (next, ==, three_months);
  buurt_stage_dialog_set_next_evaluation (dialog, "morgen");
  g_assert_false (buurt_stage_dialog_can_move (dialog));
  buurt_test_screenshot (GTK_WIDGET (dialog), "initiative-stage-pilot-error");
  buurt_stage_dialog_set_next_evaluation (dialog, three_months);
  g_assert_true (buurt_stage_dialog_can_move (dialog));
  buurt_test_screenshot (GTK_WIDGET (dialog), "initiative-stage-pilot");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "move");
  gtk_window_destroy (GTK_WINDOW (dialog));
  repair = buurt_database_load (f->database, BUURT_TYPE_INITIATIVE, f->repair, NULL);
  g_assert_cmpint (buurt_entity_get_enum (repair, "stage"), ==, BUURT_STAGE_PILOT);
  g_assert_cmpstr (buurt_entity_get_string (repair, "next-evaluation"), ==, three_months);

  /* Evaluating asks for a note; without one, Move is off. */
  dialog = open_stage_dialog (f, "evaluating");
  g_assert_false (buurt_stage_dialog_can_move (dialog));
  g_assert_nonnull (buurt_stage_dialog_get_problem (dialog));
  buurt_stage_dialog_set_note (dialog, "Veel aanloop, maar te weinig gereedschap.");
  g_assert_true (buurt_stage_dialog_can_move (dialog));
  buurt_test_screenshot (GTK_WIDGET (dialog), "initiative-stage");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "move");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (stage_of (f, f->repair), ==, BUURT_STAGE_EVALUATING);
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "journal"), ==, 1);

  /* Cancelled: nothing changes. */
  dialog = open_stage_dialog (f, "stopped");
  buurt_stage_dialog_set_note (dialog, "Toch niet");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (stage_of (f, f->repair), ==, BUURT_STAGE_EVALUATING);
  buurt_test_screenshot (GTK_WIDGET (f->window), "initiative-journal");
}

static BuurtRecordDialog *
open_record_dialog (Fixture    *f,
                    const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), action, NULL));
  return BUURT_RECORD_DIALOG (buurt_test_wait_for_window (BUURT_TYPE_RECORD_DIALOG));
}

static void
close_dialog (BuurtRecordDialog *dialog,
              const char        *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_funding (Fixture       *f,
              gconstpointer  data)
{
  const char *bad_amounts[] = { "veel", "-5", "1.000,555" };
  BuurtRecordDialog *dialog;
  gint64 before = buurt_database_count (f->database, BUURT_TYPE_FUNDING_REQUEST, NULL);

  g_assert_true (buurt_initiatives_view_select (f->view, f->moestuin));
  g_assert_nonnull (strstr (buurt_initiative_detail_get_balance (detail (f)), "450"));

  dialog = open_record_dialog (f, "initiatives.add-request");
  buurt_record_dialog_set_choice (dialog, "funder", 3);
  for (guint i = 0; i < G_N_ELEMENTS (bad_amounts); i++)
    {
      buurt_record_dialog_set_field (dialog, "amount-requested", bad_amounts[i]);
      g_assert_false (buurt_record_dialog_can_save (dialog));
      g_assert_nonnull (buurt_record_dialog_get_problem (dialog));
    }
  /* Turned down, with a reason, but a granted amount. */
  buurt_record_dialog_set_field (dialog, "amount-requested", "1000");
  buurt_record_dialog_set_choice (dialog, "status", BUURT_FUNDING_STATUS_REJECTED);
  buurt_record_dialog_set_field (dialog, "rejection-reason", "Te weinig draagvlak");
  buurt_record_dialog_set_field (dialog, "amount-granted", "250");
  g_assert_false (buurt_record_dialog_can_save (dialog));
  buurt_test_screenshot (GTK_WIDGET (dialog), "initiative-request-error");
  /* A decision before the request. */
  buurt_record_dialog_set_field (dialog, "amount-granted", "");
  buurt_record_dialog_set_field (dialog, "requested-on", "2026-10-01");
  buurt_record_dialog_set_field (dialog, "decided-on", "2026-09-01");
  g_assert_false (buurt_record_dialog_can_save (dialog));
  close_dialog (dialog, "cancel");
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_FUNDING_REQUEST, NULL), ==, before);

  dialog = open_record_dialog (f, "initiatives.add-request");
  buurt_record_dialog_set_choice (dialog, "funder", 4);
  buurt_record_dialog_set_field (dialog, "amount-requested", "300");
  buurt_record_dialog_set_choice (dialog, "status", BUURT_FUNDING_STATUS_GRANTED);
  buurt_record_dialog_set_field (dialog, "amount-granted", "300");
  g_assert_true (buurt_record_dialog_can_save (dialog));
  close_dialog (dialog, "save");
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_FUNDING_REQUEST, NULL), ==, before + 1);
  g_assert_nonnull (strstr (buurt_initiative_detail_get_balance (detail (f)), "750"));

  /* An expense needs a description; then the balance goes down. */
  dialog = open_record_dialog (f, "initiatives.add-expense");
  buurt_record_dialog_set_field (dialog, "amount", "45,50");
  g_assert_false (buurt_record_dialog_can_save (dialog));
  buurt_record_dialog_set_field (dialog, "description", "Zaden en potgrond");
  g_assert_true (buurt_record_dialog_can_save (dialog));
  buurt_test_screenshot (GTK_WIDGET (dialog), "initiative-expense");
  close_dialog (dialog, "save");
  g_assert_nonnull (strstr (buurt_initiative_detail_get_balance (detail (f)), "704"));

  /* A lesson in the journal. */
  dialog = open_record_dialog (f, "initiatives.add-journal");
  buurt_record_dialog_set_choice (dialog, "kind", BUURT_JOURNAL_KIND_LESSON);
  g_assert_false (buurt_record_dialog_can_save (dialog));
  buurt_record_dialog_set_field (dialog, "text", "Vraag de school vroeg mee te doen.");
  close_dialog (dialog, "save");
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "journal"), ==, 1);
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "money"), ==, 4);
  buurt_test_screenshot (GTK_WIDGET (f->window), "initiative-funding");
}

static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  BuurtContactsWindow *contacts;
  BuurtContactEditor *editor;
  const char *subtitle;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.contacts", NULL));
  contacts = BUURT_CONTACTS_WINDOW (buurt_test_wait_for_window (BUURT_TYPE_CONTACTS_WINDOW));
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 4);

  /* What each is linked to. */
  subtitle = buurt_contacts_window_get_subtitle (contacts, f->duplicate);
  g_assert_nonnull (strstr (subtitle, "Repair Café"));
  g_assert_nonnull (strstr (subtitle, buurt_test_is_dutch () ? "organiseert 1 activiteit" : "organises 1 activity"));
  subtitle = buurt_contacts_window_get_subtitle (contacts, f->municipality);
  g_assert_nonnull (strstr (subtitle, "Moestuin Zonnehof"));
  g_assert_nonnull (strstr (subtitle, buurt_test_is_dutch () ? "1 subsidieaanvraag" : "1 grant request"));
  g_assert_true (buurt_contacts_window_select (contacts, f->duplicate));
  buurt_test_screenshot (GTK_WIDGET (contacts), "contacts");

  /* A contact without a name, or with an e-mail that is none, is not saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (contacts), "contacts.new", NULL));
  editor = BUURT_CONTACT_EDITOR (buurt_test_wait_for_window (BUURT_TYPE_CONTACT_EDITOR));
  buurt_contact_editor_fill (editor, "  ", BUURT_CONTACT_KIND_CLUB, NULL, NULL);
  g_assert_false (buurt_contact_editor_save (editor));
  buurt_contact_editor_fill (editor, "Volkstuinvereniging", BUURT_CONTACT_KIND_CLUB, NULL, "geen-adres");
  g_assert_false (buurt_contact_editor_save (editor));
  g_assert_true (g_str_has_prefix (buurt_contact_editor_get_error (editor), "E-mail"));
  buurt_test_screenshot (GTK_WIDGET (editor), "contact-editor-error");
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 4);
  buurt_contact_editor_fill (editor, "Volkstuinvereniging", BUURT_CONTACT_KIND_CLUB, NULL, "info@volkstuin.nl");
  g_assert_true (buurt_contact_editor_save (editor));
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 5);

  /* Merging moves the links; Undo brings the duplicate back. */
  g_assert_true (buurt_contacts_window_select (contacts, f->duplicate));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (contacts), "contacts.merge", NULL));
  buurt_test_screenshot (GTK_WIDGET (buurt_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG)), "contacts-merge");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (buurt_test_find_window (ADW_TYPE_MESSAGE_DIALOG)), "cancel");
  gtk_window_destroy (buurt_test_find_window (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_true (buurt_contacts_window_merge (contacts, f->anna, f->duplicate));
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 4);
  g_assert_null (buurt_contacts_window_get_subtitle (contacts, f->duplicate));
  subtitle = buurt_contacts_window_get_subtitle (contacts, f->anna);
  g_assert_nonnull (strstr (subtitle, "Repair Café"));
  g_assert_nonnull (strstr (subtitle, "0321 123456"));
  buurt_test_screenshot (GTK_WIDGET (contacts), "contacts-merged");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (contacts), "contacts.undo", NULL));
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 5);
  g_assert_nonnull (strstr (buurt_contacts_window_get_subtitle (contacts, f->duplicate), "Repair Café"));
  g_assert_null (strstr (buurt_contacts_window_get_subtitle (contacts, f->anna), "Repair Café"));
}

/* A funder's scheme from its contact, a request over its usual maximum
 * (a warning, still saved), and the funders overview with the figures. */
static void
test_funders (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *year = g_date_time_format (now, "%Y");
  g_autofree char *budget = buurt_money_format (500000);
  g_autofree char *requested = buurt_money_format (105000);
  g_autofree char *unused = buurt_money_format (455000);
  g_autoptr(GPtrArray) schemes = NULL;
  BuurtContactsWindow *contacts;
  BuurtContactEditor *editor;
  BuurtRecordDialog *dialog;
  BuurtFundersWindow *funders;
  const char *rejection;

  /* The municipality's scheme, typed in its contact; a bad amount is named. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.contacts", NULL));
  contacts = BUURT_CONTACTS_WINDOW (buurt_test_wait_for_window (BUURT_TYPE_CONTACTS_WINDOW));
  g_assert_true (buurt_contacts_window_select (contacts, f->municipality));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (contacts), "contacts.edit", NULL));
  editor = BUURT_CONTACT_EDITOR (buurt_test_wait_for_window (BUURT_TYPE_CONTACT_EDITOR));
  buurt_contact_editor_fill_scheme (editor, "Buurtinitiatieven", "veel", "5000");
  g_assert_false (buurt_contact_editor_save (editor));
  g_assert_nonnull (buurt_contact_editor_get_error (editor));
  buurt_contact_editor_fill_scheme (editor, "Buurtinitiatieven", "500", "5000");
  buurt_test_screenshot (GTK_WIDGET (editor), "contact-editor-scheme");
  g_assert_true (buurt_contact_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (contacts));
  schemes = buurt_database_list_schemes (f->database, f->municipality, NULL);
  g_assert_cmpuint (schemes->len, ==, 1);
  g_assert_cmpint (buurt_entity_get_int (g_ptr_array_index (schemes, 0), "max-request-cents"), ==, 50000);

  /* Over the maximum: a warning at the amount, and it can still be saved. */
  g_assert_true (buurt_initiatives_view_select (f->view, f->moestuin));
  dialog = open_record_dialog (f, "initiatives.add-request");
  buurt_record_dialog_set_choice (dialog, "funder", 3);
  buurt_record_dialog_set_field (dialog, "amount-requested", "400");
  g_assert_null (buurt_record_dialog_get_warning (dialog));
  buurt_record_dialog_set_field (dialog, "amount-requested", "600");
  g_assert_nonnull (buurt_record_dialog_get_warning (dialog));
  g_assert_true (buurt_record_dialog_can_save (dialog));
  buurt_test_screenshot (GTK_WIDGET (dialog), "initiative-request-over-maximum");
  buurt_record_dialog_set_choice (dialog, "status", BUURT_FUNDING_STATUS_REJECTED);
  buurt_record_dialog_set_field (dialog, "rejection-reason", "Budget op");
  g_assert_true (buurt_record_dialog_can_save (dialog));
  close_dialog (dialog, "save");

  /* The overview: 450 granted and 600 turned down of a budget of 5,000. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.funders", NULL));
  funders = BUURT_FUNDERS_WINDOW (buurt_test_wait_for_window (BUURT_TYPE_FUNDERS_WINDOW));
  g_assert_cmpuint (buurt_funders_window_get_n_lines (funders), ==, 1);
  g_assert_cmpstr (buurt_funders_window_get_figure (funders, f->municipality, year, "budget"), ==, budget);
  g_assert_cmpstr (buurt_funders_window_get_figure (funders, f->municipality, year, "requested"), ==, requested);
  g_assert_cmpstr (buurt_funders_window_get_figure (funders, f->municipality, year, "unused"), ==, unused);
  rejection = buurt_funders_window_get_figure (funders, f->municipality, year, "rejection");
  g_assert_nonnull (strstr (rejection, "50 %"));
  g_assert_nonnull (strstr (rejection, "Budget op"));
  buurt_test_screenshot (GTK_WIDGET (funders), "funders");
}

/* A request changed and deleted from its row in the detail, and the
 * deletion undone. */
static void
test_edit_delete_records (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GListModel) requests = buurt_database_list_funding_requests (f->database, f->moestuin, NULL);
  g_autoptr(BuurtEntity) request = g_list_model_get_item (requests, 0);
  g_autofree char *target = g_strdup_printf ("request:%" G_GINT64_FORMAT, buurt_entity_get_id (request));
  gint64 before = buurt_database_count (f->database, BUURT_TYPE_FUNDING_REQUEST, NULL);
  BuurtRecordDialog *dialog;
  guint rows;

  g_assert_true (buurt_initiatives_view_select (f->view, f->moestuin));
  rows = buurt_initiative_detail_count_rows (detail (f), "money");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.edit-record", "s", target));
  dialog = BUURT_RECORD_DIALOG (buurt_test_wait_for_window (BUURT_TYPE_RECORD_DIALOG));
  g_assert_true (buurt_record_dialog_can_save (dialog));
  buurt_record_dialog_set_field (dialog, "amount-granted", "veel");
  g_assert_false (buurt_record_dialog_can_save (dialog));
  buurt_record_dialog_set_field (dialog, "amount-granted", "400");
  g_assert_true (buurt_record_dialog_can_save (dialog));
  buurt_test_screenshot (GTK_WIDGET (dialog), "initiative-request-edit");
  close_dialog (dialog, "save");
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_FUNDING_REQUEST, NULL), ==, before);
  g_assert_nonnull (strstr (buurt_initiative_detail_get_balance (detail (f)), "400"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.delete-record", "s", target));
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_FUNDING_REQUEST, NULL), ==, before - 1);
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "money"), ==, rows - 1);
  g_assert_null (strstr (buurt_initiative_detail_get_balance (detail (f)), "400"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "initiatives.undo", NULL));
  g_assert_cmpint (buurt_database_count (f->database, BUURT_TYPE_FUNDING_REQUEST, NULL), ==, before);
  g_assert_cmpuint (buurt_initiative_detail_count_rows (detail (f), "money"), ==, rows);
  g_assert_nonnull (strstr (buurt_initiative_detail_get_balance (detail (f)), "400"));
}

/* A contact nothing refers to is deleted (and comes back with Undo); one
 * that is referred to is refused with a message. */
static void
test_delete_contact (Fixture       *f,
                     gconstpointer  data)
{
  gint64 lonely = add (f, BUURT_TYPE_CONTACT, "name", "Zangkoor De Lijster", "kind", BUURT_CONTACT_KIND_CLUB, NULL);
  BuurtContactsWindow *contacts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.contacts", NULL));
  contacts = BUURT_CONTACTS_WINDOW (buurt_test_wait_for_window (BUURT_TYPE_CONTACTS_WINDOW));
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 5);

  g_assert_true (buurt_contacts_window_select (contacts, f->anna));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (contacts), "contacts.delete", NULL));
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 5);
  g_assert_nonnull (buurt_contacts_window_get_subtitle (contacts, f->anna));
  buurt_test_screenshot (GTK_WIDGET (buurt_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG)), "contacts-delete-refused");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (buurt_test_find_window (ADW_TYPE_MESSAGE_DIALOG)), "close");
  gtk_window_destroy (buurt_test_find_window (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_true (buurt_contacts_window_select (contacts, lonely));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (contacts), "contacts.delete", NULL));
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 4);
  g_assert_null (buurt_contacts_window_get_subtitle (contacts, lonely));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (contacts), "contacts.undo", NULL));
  g_assert_cmpuint (buurt_contacts_window_get_n_rows (contacts), ==, 5);
  g_assert_nonnull (buurt_contacts_window_get_subtitle (contacts, lonely));
}

int
main (int   argc,
      char *argv[])
{
  buurt_test_init_ui (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/initiatives-ui/list", test_list);
  ADD ("/initiatives-ui/detail", test_detail);
  ADD ("/initiatives-ui/editor", test_editor);
  ADD ("/initiatives-ui/stage-moves", test_stage_moves);
  ADD ("/initiatives-ui/funding", test_funding);
  ADD ("/initiatives-ui/contacts", test_contacts);
  ADD ("/initiatives-ui/funders", test_funders);
  ADD ("/initiatives-ui/edit-delete-records", test_edit_delete_records);
  ADD ("/initiatives-ui/delete-contact", test_delete_contact);

  return g_test_run ();
}
