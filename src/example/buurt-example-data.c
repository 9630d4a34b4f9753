/* buurt-example-data.c
 *
 * Copyright 2026 The Buurtagenda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "buurt-example-data"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "buurt-example-data.h"
#include "buurt-database-private.h"
#include "buurt-entities.h"

/*
 * Example data: a Dronten-like community with its towns, neighbourhoods,
 * venues and rooms, the people and organisations that run things, resident
 * initiatives in every stage with their grants, and a year of activities.
 *
 * It serves demos, screenshots and benchmarks, so it must be
 *  - believable: Dutch names, addresses and texts, taken from the research
 *    in which the app was grown (Dronten, Biddinghuizen, Swifterbant);
 *  - reproducible: every choice comes from one GRand seeded by the caller,
 *    so the same seed gives the same agenda (only uuids, timestamps and the
 *    dates, which follow "today", differ);
 *  - exactly as big as asked: the occurrences are counted while the series
 *    are planned, so the store ends up with the requested number of dates.
 *
 * The texts are data, not user interface, and therefore not translated.
 */

/* The parts of a day an activity can take; two series never share one on
 * the same weekday in the same room, so rooms are not double-booked. */
#define N_SLOTS 5
#define N_DAYS 7

typedef struct
{
  guint start;   /* minutes after midnight */
  guint length;  /* minutes */
} Slot;

static const Slot slots[N_SLOTS] = {
  { 9 * 60, 210 },       /* morning, 09:00-12:30 */
  { 13 * 60, 150 },      /* afternoon, 13:00-15:30 */
  { 15 * 60 + 30, 120 }, /* after school, 15:30-17:30 */
  { 17 * 60 + 30, 120 }, /* dinner time, 17:30-19:30 */
  { 19 * 60 + 30, 180 }, /* evening, 19:30-22:30 */
};

enum
{
  MORNING      = 1 << 0,
  AFTERNOON    = 1 << 1,
  AFTER_SCHOOL = 1 << 2,
  DINNER       = 1 << 3,
  EVENING      = 1 << 4,
};

/* Weekdays as a mask, Monday first, like GDateWeekday - 1. */
enum
{
  MON = 1 << 0,
  TUE = 1 << 1,
  WED = 1 << 2,
  THU = 1 << 3,
  FRI = 1 << 4,
  SAT = 1 << 5,
  SUN = 1 << 6,
  WEEKDAYS = MON | TUE | WED | THU | FRI,
};

/* Venue kinds as a mask, for where an activity would rather be. */
#define VK(kind) (1u << BUURT_VENUE_KIND_ ## kind)

/* How a room's slot is taken: a weekly series takes all of it, fortnightly
 * series share it by week parity, monthly ones by week of the month. */
#define SLOT_FULL        0xff
#define SLOT_MONTHLY(n)  (1u << (n))        /* n = 0..3 */
#define SLOT_MONTHLY_ANY 0x0f
#define SLOT_PARITY(p)   (0x10u << (p))     /* p = 0, 1 */
#define SLOT_PARITY_ANY  0x30

/* The people in the generated contacts: mostly Dutch names, and the
 * newcomers' names that every Flevoland town has as well. */
static const char *first_names[] = {
  "Jan", "Piet", "Kees", "Henk", "Gerrit", "Willem", "Johan", "Bert", "Klaas",
  "Anne", "Marieke", "Annelies", "Ria", "Truus", "Joke", "Ingrid", "Sanne",
  "Lotte", "Fleur", "Daan", "Sem", "Lucas", "Thijs", "Emma", "Julia",
  "Sophie", "Wilma", "Gerda", "Hennie", "Ton", "Marco", "Esther", "Mirjam",
  "Harm", "Jolanda", "Sjoerd", "Tineke", "Erik", "Monique", "Rik",
};

static const char *last_names[] = {
  "de Vries", "Jansen", "van der Meer", "Bakker", "Visser", "Smit", "Meijer",
  "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
  "van Dijk", "Kok", "Dekker", "Brouwer", "de Jong", "van den Berg",
  "Postma", "Hoekstra", "de Wit", "Koster", "Schouten", "van Urk", "Kramer",
  "Jacobs", "Huisman", "van der Werf", "Wolters", "Prins", "Veenstra",
  "Hoogland", "Zwart", "Kuipers", "Boersma", "Dijkstra",
};

static const char *newcomer_names[] = {
  "Fatima El Amrani", "Mohamed Bouzid", "Yusuf Yilmaz", "Aylin Öztürk",
  "Samira Benali", "Piotr Kowalski", "Agnieszka Nowak", "Olena Kovalenko",
  "Dmytro Shevchenko", "Hatice Demir", "Ahmed Haddou", "Tesfay Gebremariam",
  "Nour Al-Hassan", "Maria Santos", "Ana Popescu", "Rahul Sharma",
};

/* ------------------------------------------------------------------ */
/* Towns, neighbourhoods and venues                                   */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *municipality;
  guint       postcode_min;
  guint       postcode_max;
  const char *area_code;
  guint       weight;               /* how many venues, relatively */
  const char *neighbourhoods[7];
  const char *streets[9];
} KernInfo;

/* The three towns of the municipality of Dronten. */
static const KernInfo base_kernen[] = {
  {
    "Dronten", "Dronten", 8251, 8254, "0321", 0,
    { "Dronten-Noord", "De Gilden", "De Reeën", "Educatorium", "Dronten-Centrum",
      "Spelwijk", "Dronten-Zuid" },
    { NULL },
  },
  {
    "Biddinghuizen", "Dronten", 8256, 8256, "0321", 0,
    { "Biddinghuizen-Oost", "Biddinghuizen-West" },
    { NULL },
  },
  {
    "Swifterbant", "Dronten", 8255, 8255, "0321", 0,
    { "Swifterbant-Noord", "Swifterbant-Zuid" },
    { NULL },
  },
};

/* Towns from the rest of Flevoland, added only when a big agenda needs more
 * rooms than Dronten has: the benchmarks ask for six municipalities. */
static const KernInfo extra_kernen[] = {
  {
    "Lelystad", "Lelystad", 8211, 8245, "0320", 30,
    { "Atolwijk", "Boswijk", "Waterwijk", "Zuiderzeewijk", "Bolderwijk", "Kustwijk" },
    { "Agorahof", "Botter", "Schouw", "Kempenaar", "Karveel", "Zuiderwagenplein",
      "Atolplaats", "Boeier" },
  },
  {
    "Almere Stad", "Almere", 1311, 1326, "036", 30,
    { "Filmwijk", "Muziekwijk", "Stedenwijk", "Waterwijk-Almere", "Parkwijk" },
    { "Grote Markt", "Stadhuisplein", "Spoordreef", "Muziekweg", "Cinemadreef",
      "Stedenwijk-Midden", "Parkwijklaan" },
  },
  {
    "Emmeloord", "Noordoostpolder", 8300, 8305, "0527", 15,
    { "Emmeloord-Centrum", "Emmeloord-Noord", "Emmeloord-Zuidwest" },
    { "Lange Nering", "Korte Achterzijde", "Het Hooiveld", "Espelerlaan", "Urkerweg",
      "Smedinghuis" },
  },
  {
    "Almere Buiten", "Almere", 1331, 1336, "036", 15,
    { "Regenboogbuurt", "Bloemenbuurt", "Molenbuurt" },
    { "Baltimoreplein", "Molenbuurtweg", "Bloemenbuurtweg", "Regenboogweg" },
  },
  {
    "Zeewolde", "Zeewolde", 3891, 3899, "036", 12,
    { "Zeewolde-Centrum", "Polderwijk", "Horsterparc" },
    { "Horsterweg", "Spiegelstraat", "Kerkstraat", "Polderwijkplein", "Gooiseweg" },
  },
  {
    "Urk", "Urk", 8321, 8323, "0527", 10,
    { "Urk-Oude Dorp", "Oranjewijk", "Schelpenmeer" },
    { "Wijk 1", "Wijk 2", "Staversweg", "Vormtweg", "Noorderzand" },
  },
  {
    "Almere Haven", "Almere", 1353, 1357, "036", 10,
    { "De Werven", "De Wierden", "Haven-Centrum" },
    { "Sluiskade", "Kerkgracht", "Markt", "Wierdenweg" },
  },
  {
    "Almere Poort", "Almere", 1361, 1363, "036", 8,
    { "Homeruskwartier", "Columbuskwartier", "Europakwartier" },
    { "Homerusplein", "Columbusweg", "Europalaan" },
  },
  {
    "Almere Hout", "Almere", 1338, 1341, "036", 6,
    { "Overgooi", "Vogelhorst" },
    { "Vogelweg", "Overgooiseweg", "Houtwijkplein" },
  },
  { "Marknesse", "Noordoostpolder", 8316, 8316, "0527", 4, { "Marknesse" }, { NULL } },
  { "Ens", "Noordoostpolder", 8307, 8307, "0527", 4, { "Ens" }, { NULL } },
  { "Luttelgeest", "Noordoostpolder", 8315, 8315, "0527", 3, { "Luttelgeest" }, { NULL } },
  { "Kraggenburg", "Noordoostpolder", 8317, 8317, "0527", 3, { "Kraggenburg" }, { NULL } },
  { "Bant", "Noordoostpolder", 8314, 8314, "0527", 3, { "Bant" }, { NULL } },
  { "Creil", "Noordoostpolder", 8313, 8313, "0527", 3, { "Creil" }, { NULL } },
  { "Rutten", "Noordoostpolder", 8311, 8311, "0527", 3, { "Rutten" }, { NULL } },
  { "Nagele", "Noordoostpolder", 8308, 8308, "0527", 3, { "Nagele" }, { NULL } },
  { "Tollebeek", "Noordoostpolder", 8309, 8309, "0527", 3, { "Tollebeek" }, { NULL } },
  { "Espel", "Noordoostpolder", 8312, 8312, "0527", 3, { "Espel" }, { NULL } },
};

/* Streets of a village without its own list. */
static const char *village_streets[] = {
  "Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Havenweg",
  "Kanaalstraat", "Burgemeester Smeelelaan", "Klaverstraat",
};

typedef struct
{
  const char     *name;
  BuurtVenueKind  kind;
  guint           neighbourhood;  /* index into the neighbourhoods of base_kernen, in order */
  const char     *street;
  gboolean        commercial;
} VenueInfo;

/* The venues of Dronten, Biddinghuizen and Swifterbant. Neighbourhoods are
 * numbered through the three towns: 0-6 Dronten, 7-8 Biddinghuizen, 9-10
 * Swifterbant. */
static const VenueInfo base_venues[] = {
  { "MFC De Schalm", BUURT_VENUE_KIND_MFC, 1, "De Schalm", FALSE },
  { "MFC Het Palet", BUURT_VENUE_KIND_MFC, 3, "Educatorium", FALSE },
  { "MFC De Boemerang", BUURT_VENUE_KIND_MFC, 6, "Kruizemunt", FALSE },
  { "MFC 't Baken", BUURT_VENUE_KIND_MFC, 7, "Bongerd", FALSE },
  { "MFC De Zeeg", BUURT_VENUE_KIND_MFC, 10, "Zuiderzeestraat", TRUE },
  { "Buurthuis De Ploeg", BUURT_VENUE_KIND_COMMUNITY_CENTRE, 0, "De Noord", FALSE },
  { "Buurthuis De Reeën", BUURT_VENUE_KIND_COMMUNITY_CENTRE, 2, "Reeweg", FALSE },
  { "Wijkcentrum Kruizemunt", BUURT_VENUE_KIND_COMMUNITY_CENTRE, 6, "Kruizemunt", FALSE },
  { "Buurtkamer Spelwijk", BUURT_VENUE_KIND_COMMUNITY_CENTRE, 5, "Spelwijkplein", FALSE },
  { "Dorpshuis De Voorhof", BUURT_VENUE_KIND_COMMUNITY_CENTRE, 8, "Koolzaadhof", FALSE },
  { "Buurthuis 't Karrewiel", BUURT_VENUE_KIND_COMMUNITY_CENTRE, 9, "Noorderbreedte", FALSE },
  { "Ontmoetingscentrum De Meerkoet", BUURT_VENUE_KIND_COMMUNITY_CENTRE, 4, "De Rede", FALSE },
  { "Protestantse Kerk De Ark", BUURT_VENUE_KIND_CHURCH, 4, "Het Ravelijn", FALSE },
  { "Kerkcentrum Het Kruispunt", BUURT_VENUE_KIND_CHURCH, 1, "De Gilden", FALSE },
  { "Parochiezaal Sint-Jozef", BUURT_VENUE_KIND_CHURCH, 0, "Noorderzand", FALSE },
  { "Gereformeerde Kerk De Regenboog", BUURT_VENUE_KIND_CHURCH, 7, "Kerkstraat", FALSE },
  { "Protestantse Kerk Swifterbant", BUURT_VENUE_KIND_CHURCH, 10, "De Poort", FALSE },
  { "OBS De Klimop", BUURT_VENUE_KIND_SCHOOL, 0, "Fazantenweg", FALSE },
  { "CBS De Wegwijzer", BUURT_VENUE_KIND_SCHOOL, 2, "Reeweg", FALSE },
  { "Basisschool Het Kompas", BUURT_VENUE_KIND_SCHOOL, 5, "Spelwijkplein", FALSE },
  { "Ichthus College", BUURT_VENUE_KIND_SCHOOL, 3, "Educatorium", FALSE },
  { "OBS De Ekster", BUURT_VENUE_KIND_SCHOOL, 8, "Koolzaadhof", FALSE },
  { "CBS Het Mozaïek", BUURT_VENUE_KIND_SCHOOL, 9, "Noorderbreedte", FALSE },
  { "Bibliotheek Dronten", BUURT_VENUE_KIND_LIBRARY, 4, "De Rede", FALSE },
  { "Bibliotheek Biddinghuizen", BUURT_VENUE_KIND_LIBRARY, 7, "Bongerd", FALSE },
  { "Bibliotheek Swifterbant", BUURT_VENUE_KIND_LIBRARY, 10, "De Poort", FALSE },
  { "Sporthal De Ketelhaven", BUURT_VENUE_KIND_SPORTS, 3, "Sportlaan", FALSE },
  { "Sportpark De Wiekslag", BUURT_VENUE_KIND_SPORTS, 6, "De Wiekslag", FALSE },
  { "Sporthal De Bongerd", BUURT_VENUE_KIND_SPORTS, 7, "Bongerd", FALSE },
  { "Sportzaal De Schakel", BUURT_VENUE_KIND_SPORTS, 9, "Sportlaan", FALSE },
  { "Zwembad De Dolfijn", BUURT_VENUE_KIND_SPORTS, 4, "Het Ravelijn", TRUE },
  { "Wisentbos", BUURT_VENUE_KIND_OUTDOOR, 0, "Wisentweg", FALSE },
  { "Stadspark Dronten", BUURT_VENUE_KIND_OUTDOOR, 4, "Parkweg", FALSE },
  { "Buurttuin De Greente", BUURT_VENUE_KIND_OUTDOOR, 1, "De Gilden", FALSE },
  { "Kinderboerderij De Akker", BUURT_VENUE_KIND_OUTDOOR, 6, "De Akker", FALSE },
  { "Speeltuin Swifterbant", BUURT_VENUE_KIND_OUTDOOR, 9, "Speeltuinpad", FALSE },
  { "Woonzorgcentrum Het Dok", BUURT_VENUE_KIND_OTHER, 4, "Het Dok", FALSE },
  { "Kringloop De Polderschuur", BUURT_VENUE_KIND_OTHER, 5, "Industrieweg", TRUE },
  { "Cultureel Centrum De Meerpaal", BUURT_VENUE_KIND_OTHER, 4, "De Rede", TRUE },
  { "Zalencentrum De Lindeboom", BUURT_VENUE_KIND_OTHER, 8, "Dorpsstraat", TRUE },
};

/* Names for the venues of the extra towns: a prefix by kind and a name. */
static const char *venue_names[] = {
  "De Schakel", "Het Anker", "De Wissel", "De Boei", "Het Baken", "De Kubus",
  "De Ontmoeting", "Het Trefpunt", "De Vonk", "De Kajuit", "Het Kompas",
  "De Branding", "De Golfslag", "Het Veerhuis", "De Aak", "De Punter",
  "De Schoener", "De Vlieger", "De Brink", "De Deel", "De Zaaier",
  "De Oogst", "De Tjalk", "De Klipper", "De Lisdodde", "De Rietkraag",
  "De Lepelaar", "De Kievit", "De Grutto", "Het Zwanenhof", "De Polderhof",
  "De Dukdalf", "De Sluis", "De Vaart", "Het Gemaal", "De Horizon",
  "De Windroos", "De Zonnewijzer", "De Kern", "Het Palet",
};

static const char *venue_prefixes[][3] = {
  [BUURT_VENUE_KIND_COMMUNITY_CENTRE] = { "Buurthuis", "Wijkcentrum", "Dorpshuis" },
  [BUURT_VENUE_KIND_MFC] = { "MFC", "MFC", "Multifunctioneel Centrum" },
  [BUURT_VENUE_KIND_CHURCH] = { "Kerkcentrum", "Protestantse Kerk", "Parochiezaal" },
  [BUURT_VENUE_KIND_SCHOOL] = { "OBS", "CBS", "Basisschool" },
  [BUURT_VENUE_KIND_LIBRARY] = { "Bibliotheek", "Bibliotheek", "Bibliotheek" },
  [BUURT_VENUE_KIND_SPORTS] = { "Sporthal", "Sportcentrum", "Sportzaal" },
  [BUURT_VENUE_KIND_OUTDOOR] = { "Speeltuin", "Buurttuin", "Park" },
  [BUURT_VENUE_KIND_OTHER] = { "Woonzorgcentrum", "Scoutinggebouw", "Zalencentrum" },
};

static const char *venue_notes[] = {
  "Sleutel ophalen bij de beheerder; bel een dag van tevoren.",
  "Parkeren achter het gebouw, de voordeur is aan de pleinkant.",
  "Na 22.00 uur geen muziek buiten, in verband met de buren.",
  "Koffie en thee via de beheerder, tegen kostprijs.",
  "De zaal moet opgeruimd en geveegd worden achtergelaten.",
  "Invalidenparkeerplaats naast de ingang.",
};

typedef struct
{
  const char *name;
  guint       capacity_min;
  guint       capacity_max;
  guint       facilities;
  guint       rate_max;     /* cents per part of a day, for initiatives */
  gboolean    outside;      /* a garden or field: only for what needs one */
} RoomInfo;

#define F(name) BUURT_FACILITY_ ## name

/* The rooms a venue of each kind may have; the first is always there. */
static const RoomInfo rooms_mfc[] = {
  { "Grote zaal", 60, 150, F(KITCHEN) | F(STAGE) | F(SOUND_SYSTEM) | F(WIFI) | F(PROJECTOR), 4500 },
  { "Ontmoetingsruimte", 20, 40, F(KITCHEN) | F(WIFI), 2000 },
  { "Gymzaal", 30, 60, F(SPORTS_FLOOR) | F(SOUND_SYSTEM), 3000 },
  { "Vergaderkamer", 8, 16, F(PROJECTOR) | F(WIFI), 1500 },
  { "Atelier", 12, 24, F(WIFI), 1500 },
  { NULL },
};

static const RoomInfo rooms_community[] = {
  { "Grote zaal", 40, 100, F(KITCHEN) | F(PIANO) | F(WIFI), 2500 },
  { "Huiskamer", 10, 25, F(KITCHEN) | F(WIFI), 1000 },
  { "Kleine zaal", 15, 30, F(PROJECTOR) | F(WIFI), 1500 },
  { "Werkplaats", 8, 15, 0, 1000 },
  { "Tuin", 20, 40, F(GARDEN), 0, TRUE },
  { NULL },
};

static const RoomInfo rooms_church[] = {
  { "Kerkzaal", 80, 250, F(PIANO) | F(SOUND_SYSTEM), 5000 },
  { "Ontmoetingsruimte", 20, 50, F(KITCHEN) | F(WIFI), 1500 },
  { "Consistorie", 8, 15, 0, 1000 },
  { "Jeugdruimte", 15, 30, F(SOUND_SYSTEM), 1000 },
  { NULL },
};

static const RoomInfo rooms_school[] = {
  { "Aula", 60, 150, F(STAGE) | F(PROJECTOR) | F(SOUND_SYSTEM) | F(WIFI), 3000 },
  { "Gymzaal", 30, 60, F(SPORTS_FLOOR), 2500 },
  { "Speellokaal", 20, 30, F(SPORTS_FLOOR), 1500 },
  { "Lokaal 1", 20, 30, F(PROJECTOR) | F(WIFI), 1000 },
  { "Schooltuin", 15, 30, F(GARDEN), 0, TRUE },
  { NULL },
};

static const RoomInfo rooms_library[] = {
  { "Leeszaal", 30, 60, F(PROJECTOR) | F(WIFI), 2000 },
  { "Studieruimte", 8, 20, F(WIFI), 1000 },
  { "Kinderhoek", 15, 30, F(WIFI), 0 },
  { NULL },
};

static const RoomInfo rooms_sports[] = {
  { "Sportzaal", 40, 120, F(SPORTS_FLOOR) | F(SOUND_SYSTEM), 4000 },
  { "Kantine", 30, 80, F(KITCHEN) | F(WIFI), 2000 },
  { "Dojo", 15, 30, F(SPORTS_FLOOR), 2000 },
  { NULL },
};

static const RoomInfo rooms_outdoor[] = {
  { "Paviljoen", 20, 60, F(KITCHEN) | F(GARDEN), 1000 },
  { "Boslokaal", 15, 30, F(GARDEN), 0, TRUE },
  { "Kas", 10, 20, F(GARDEN), 0, TRUE },
  { NULL },
};

static const RoomInfo rooms_other[] = {
  { "Restaurant", 30, 80, F(KITCHEN) | F(WIFI) | F(PIANO), 3500 },
  { "Activiteitenruimte", 15, 40, F(PROJECTOR) | F(WIFI), 2000 },
  { "Vergaderruimte", 8, 16, F(PROJECTOR) | F(WIFI), 2000 },
  { NULL },
};

static const struct
{
  const RoomInfo *rooms;
  guint           min;
  guint           max;
} rooms_by_kind[] = {
  [BUURT_VENUE_KIND_COMMUNITY_CENTRE] = { rooms_community, 2, 4 },
  [BUURT_VENUE_KIND_MFC] = { rooms_mfc, 3, 5 },
  [BUURT_VENUE_KIND_CHURCH] = { rooms_church, 1, 3 },
  [BUURT_VENUE_KIND_SCHOOL] = { rooms_school, 2, 4 },
  [BUURT_VENUE_KIND_LIBRARY] = { rooms_library, 1, 3 },
  [BUURT_VENUE_KIND_SPORTS] = { rooms_sports, 1, 3 },
  [BUURT_VENUE_KIND_OUTDOOR] = { rooms_outdoor, 1, 2 },
  [BUURT_VENUE_KIND_OTHER] = { rooms_other, 1, 3 },
};

/* ------------------------------------------------------------------ */
/* Organisations                                                      */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char       *name;
  BuurtContactKind  kind;
  int               kern;   /* index into base_kernen, -1 for the whole municipality */
  const char       *email;  /* when not info@ and the name */
} OrganisationInfo;

#define ORG_MUNICIPALITY "Gemeente Dronten"
#define ORG_HOUSING "Oost Flevolandse Woondiensten"
#define ORG_FUND "Stichting Buurtfonds Flevoland"

static const OrganisationInfo organisations[] = {
  { "Wandelclub De Stappers", BUURT_CONTACT_KIND_CLUB, 0 },
  { "Breiclub Steek voor Steek", BUURT_CONTACT_KIND_CLUB, 0 },
  { "Schaakclub Dronten", BUURT_CONTACT_KIND_CLUB, 0 },
  { "Buurtkoor Zanglust", BUURT_CONTACT_KIND_CLUB, 0 },
  { "Klaverjasclub De Troef", BUURT_CONTACT_KIND_CLUB, 1 },
  { "Volksdansgroep Dronten", BUURT_CONTACT_KIND_CLUB, 0 },
  { "Tuinvereniging De Groene Vingers", BUURT_CONTACT_KIND_CLUB, 0 },
  { "Ouderenbond Dronten", BUURT_CONTACT_KIND_CLUB, -1 },
  { "Naaiclub De Draad", BUURT_CONTACT_KIND_CLUB, 2 },
  { "Biljartclub Biddinghuizen", BUURT_CONTACT_KIND_CLUB, 1 },
  { "Wandelvoetbal Swifterbant", BUURT_CONTACT_KIND_CLUB, 2 },
  { "Oranjevereniging Dronten", BUURT_CONTACT_KIND_CLUB, -1 },
  { "Huurdersvereniging De Polder", BUURT_CONTACT_KIND_CLUB, -1 },
  { "Stichting MeerSamen Dronten", BUURT_CONTACT_KIND_FOUNDATION, -1 },
  { "Bibliotheek Dronten", BUURT_CONTACT_KIND_FOUNDATION, -1, "activiteiten@bibliotheekdronten.nl" },
  { "Stichting Taalhuis Dronten", BUURT_CONTACT_KIND_FOUNDATION, -1 },
  { "Stichting Repair Café Dronten", BUURT_CONTACT_KIND_FOUNDATION, -1 },
  { ORG_FUND, BUURT_CONTACT_KIND_FOUNDATION, -1 },
  { "Stichting Boslokaal", BUURT_CONTACT_KIND_FOUNDATION, 0 },
  { "Stichting Kinderwerk Swifterbant", BUURT_CONTACT_KIND_FOUNDATION, 2 },
  { "Stichting Vrienden van het Wisentbos", BUURT_CONTACT_KIND_FOUNDATION, 0 },
  { "Dorpsbelangen Swifterbant", BUURT_CONTACT_KIND_FOUNDATION, 2 },
  { "Welzijnsstichting Dronten", BUURT_CONTACT_KIND_WELFARE_ORGANISATION, -1 },
  { "Wijknetwerk Dronter Koers", BUURT_CONTACT_KIND_WELFARE_ORGANISATION, -1 },
  { "Jongerenwerk Dronten", BUURT_CONTACT_KIND_WELFARE_ORGANISATION, -1 },
  { "Steunpunt Mantelzorg Flevoland", BUURT_CONTACT_KIND_WELFARE_ORGANISATION, -1 },
  { ORG_MUNICIPALITY, BUURT_CONTACT_KIND_MUNICIPALITY, -1 },
  { "Team Samen Actief (gemeente Dronten)", BUURT_CONTACT_KIND_MUNICIPALITY, -1, "samenactief@dronten.nl" },
  { "Wijkteam Biddinghuizen", BUURT_CONTACT_KIND_MUNICIPALITY, 1 },
  { ORG_HOUSING, BUURT_CONTACT_KIND_HOUSING_CORPORATION, -1 },
  { "OBS De Klimop", BUURT_CONTACT_KIND_SCHOOL, 0 },
  { "CBS De Wegwijzer", BUURT_CONTACT_KIND_SCHOOL, 0 },
  { "Ichthus College", BUURT_CONTACT_KIND_SCHOOL, 0 },
  { "OBS De Ekster", BUURT_CONTACT_KIND_SCHOOL, 1 },
  { "CBS Het Mozaïek", BUURT_CONTACT_KIND_SCHOOL, 2 },
  { "Protestantse Gemeente Dronten", BUURT_CONTACT_KIND_CHURCH, 0 },
  { "Parochie Sint-Jozef", BUURT_CONTACT_KIND_CHURCH, 0 },
  { "Gereformeerde Kerk Biddinghuizen", BUURT_CONTACT_KIND_CHURCH, 1 },
  { "Protestantse Gemeente Swifterbant", BUURT_CONTACT_KIND_CHURCH, 2 },
  { "Bakkerij Van der Veen", BUURT_CONTACT_KIND_BUSINESS, 0 },
  { "Fietsenmaker Jansen", BUURT_CONTACT_KIND_BUSINESS, 0 },
  { "Drukkerij De Polder", BUURT_CONTACT_KIND_BUSINESS, -1 },
  { "Bouwbedrijf Flevo", BUURT_CONTACT_KIND_BUSINESS, 1 },
  { "Supermarkt De Poort", BUURT_CONTACT_KIND_BUSINESS, 2 },
  { "Hoveniersbedrijf Groen & Co", BUURT_CONTACT_KIND_BUSINESS, -1 },
};

#define N_BASE_RESIDENTS 38

/* ------------------------------------------------------------------ */
/* Initiatives                                                        */
/* ------------------------------------------------------------------ */

typedef enum
{
  INI_JONG_OUD,
  INI_MOESTUIN,
  INI_BUURTKAMER,
  INI_TAALCAFE,
  INI_REPAIR,
  INI_KOFFIE_INLOOP,
  INI_BUURTPREVENTIE,
  INI_KLEUR,
  INI_VISSEN,
  INI_SPEELPLEK,
  INI_BOSLOKAAL,
  INI_VRAAG_ELKAAR,
  INI_PICKNICK,
  INI_SAMEN_ETEN,
  INI_JONGERENPLEK,
  INI_KOOKCLUB,
  INI_DIGITAAL,
  INI_WANDELMAATJES,
  INI_PRIKPLOEG,
  INI_MINIBIEB,
  INI_BURENHULP,
  INI_MUZIEK,
  INI_MANTELZORG,
  INI_VOORZORG,
  INI_BEWEEGTUIN,
  N_INITIATIVES
} InitiativeKey;

typedef enum
{
  FUNDER_NONE,
  FUNDER_MUNICIPALITY,   /* up to about EUR 500 */
  FUNDER_HOUSING,        /* tenants' fund, up to EUR 1,000 */
  FUNDER_FOUNDATION,
} Funder;

typedef struct
{
  Funder              funder;
  BuurtFundingStatus  status;
  const char         *reason;   /* when rejected */
} RequestInfo;

typedef struct
{
  const char  *title;
  const char  *summary;
  const char  *support;          /* evidence of support in the neighbourhood */
  BuurtStage   stage;
  guint        neighbourhood;    /* as in base_venues */
  guint        target_groups;
  RequestInfo  requests[3];
} InitiativeInfo;

#define TG(name) BUURT_TARGET_GROUP_ ## name
#define FS(name) BUURT_FUNDING_STATUS_ ## name

/* Drawn from the research: what residents of Dronten start, and how it goes.
 * Every stage and every status of a funding request occurs at least once. */
static const InitiativeInfo initiatives[N_INITIATIVES] = {
  [INI_JONG_OUD] = {
    "Jong en oud verbinden",
    "Kinderen van de basisschool en ouderen uit de buurt spelen, koken en vertellen samen. "
    "Ingediend bij Het beste idee van Dronten.",
    "Twintig aanmeldingen na een rondgang langs de deuren; de school doet mee.",
    BUURT_STAGE_RUNNING, 1, TG(CHILDREN) | TG(SENIORS),
    { { FUNDER_MUNICIPALITY, FS(ACCOUNTED), NULL }, { FUNDER_HOUSING, FS(PAID), NULL } },
  },
  [INI_MOESTUIN] = {
    "Buurtmoestuin De Greente",
    "Een gezamenlijke moestuin waar buren samen zaaien, wieden en oogsten; de opbrengst is voor wie wil.",
    "Handtekeningen van 34 buren en een verslag van de opening.",
    BUURT_STAGE_RUNNING, 1, TG(EVERYONE),
    { { FUNDER_HOUSING, FS(ACCOUNTED), NULL }, { FUNDER_MUNICIPALITY, FS(GRANTED), NULL } },
  },
  [INI_BUURTKAMER] = {
    "Buurtkamer Kruizemunt",
    "Een vaste huiskamer in de wijk waar je zonder afspraak binnenloopt voor koffie en een praatje.",
    "Voortgekomen uit de buurtschouw; werkgroep van acht bewoners.",
    BUURT_STAGE_PILOT, 6, TG(EVERYONE) | TG(SENIORS),
    { { FUNDER_MUNICIPALITY, FS(PAID), NULL }, { FUNDER_HOUSING, FS(SUBMITTED), NULL } },
  },
  [INI_TAALCAFE] = {
    "Taalcafé Dronten",
    "Nederlands oefenen in een ontspannen sfeer, met vrijwilligers als gesprekspartner.",
    "Vaste groep van vijftien deelnemers; wachtlijst bij het Taalhuis.",
    BUURT_STAGE_RUNNING, 4, TG(NEWCOMERS) | TG(ADULTS),
    { { FUNDER_MUNICIPALITY, FS(ACCOUNTED), NULL } },
  },
  [INI_REPAIR] = {
    "Repair Café Biddinghuizen",
    "Elke maand repareren vrijwilligers samen met bewoners spullen die anders weggegooid worden.",
    "Gemiddeld dertig bezoekers per keer; twaalf vaste reparateurs.",
    BUURT_STAGE_RUNNING, 7, TG(EVERYONE),
    { { FUNDER_MUNICIPALITY, FS(ACCOUNTED), NULL }, { FUNDER_FOUNDATION, FS(PAID), NULL } },
  },
  [INI_KOFFIE_INLOOP] = {
    "Koffie-inloop Swifterbant",
    "Klein begonnen met koffie op dinsdag; nu wordt bekeken of er een tweede ochtend bij kan.",
    "Twaalf vaste bezoekers, vooral alleenwonende ouderen.",
    BUURT_STAGE_EVALUATING, 10, TG(SENIORS),
    { { FUNDER_MUNICIPALITY, FS(PAID), NULL } },
  },
  [INI_BUURTPREVENTIE] = {
    "Buurtpreventie Dronten-Noord",
    "Bewoners lopen samen avondrondes en houden via een buurtapp een oogje in het zeil.",
    "Buurtapp met 120 leden; rondes in overleg met de wijkagent.",
    BUURT_STAGE_RUNNING, 0, TG(ADULTS),
    {
      { FUNDER_MUNICIPALITY, FS(REJECTED),
        "Portofoons vallen buiten de regeling voor inwonersinitiatieven." },
      { FUNDER_HOUSING, FS(GRANTED), NULL },
    },
  },
  [INI_KLEUR] = {
    "Meer kleur in het groen",
    "Bewoners adopteren een stuk plantsoen en zaaien bloemen voor bijen en vlinders.",
    "Vijf straten hebben interesse getoond.",
    BUURT_STAGE_EXPLORING, 5, TG(EVERYONE),
    { { FUNDER_MUNICIPALITY, FS(DRAFT), NULL } },
  },
  [INI_VISSEN] = {
    "Vissen voor mensen met een beperking",
    "Een aangepaste visplek aan de vaart, zodat ook mensen in een rolstoel kunnen vissen.",
    "",
    BUURT_STAGE_IDEA, 8, TG(DISABILITY),
    { { FUNDER_MUNICIPALITY, FS(DRAFT), NULL } },
  },
  [INI_SPEELPLEK] = {
    "Nieuwe speelplek Koolzaadhof",
    "Ouders willen het lege grasveld in de Koolzaadhof ombouwen tot een natuurlijke speelplek.",
    "Buurtpeiling: 41 van de 60 huishoudens vóór.",
    BUURT_STAGE_EXPLORING, 8, TG(CHILDREN) | TG(FAMILIES),
    { { FUNDER_HOUSING, FS(SUBMITTED), NULL } },
  },
  [INI_BOSLOKAAL] = {
    "Boslokaal Wisentbos",
    "Een buitenlokaal in het bos waar kinderen na school hutten bouwen en de natuur ontdekken.",
    "Twee scholen en de kinderopvang hebben toegezegd mee te doen.",
    BUURT_STAGE_PILOT, 0, TG(CHILDREN) | TG(FAMILIES),
    { { FUNDER_MUNICIPALITY, FS(GRANTED), NULL } },
  },
  [INI_VRAAG_ELKAAR] = {
    "Vraag Elkaar café",
    "Maandelijks komen vraag en aanbod van buren samen: een klusje, een boodschap, een luisterend oor.",
    "Tachtig matches in het afgelopen jaar.",
    BUURT_STAGE_RUNNING, 3, TG(EVERYONE),
    { { FUNDER_MUNICIPALITY, FS(ACCOUNTED), NULL } },
  },
  [INI_PICKNICK] = {
    "Picknicktafel in de wijk",
    "Een vaste picknicktafel op het pleintje, waar buren elkaar spontaan tegenkomen.",
    "",
    BUURT_STAGE_IDEA, 2, TG(EVERYONE),
    { { FUNDER_NONE } },
  },
  [INI_SAMEN_ETEN] = {
    "Samen eten in De Reeën",
    "Om de week koken vrijwilligers een maaltijd voor buren die niet graag alleen eten.",
    "Gemiddeld 22 eters; vrijwilligers uit drie straten.",
    BUURT_STAGE_EVALUATING, 2, TG(SENIORS) | TG(EVERYONE),
    {
      { FUNDER_HOUSING, FS(ACCOUNTED), NULL },
      { FUNDER_MUNICIPALITY, FS(REJECTED),
        "Onvoldoende draagvlak aangetoond: lever handtekeningen of een verslag van de buurtpeiling mee." },
    },
  },
  [INI_JONGERENPLEK] = {
    "Jongerenplek Swifterbant",
    "Een eigen plek voor jongeren om te chillen, te gamen en dingen te organiseren.",
    "Petitie met 65 handtekeningen van jongeren.",
    BUURT_STAGE_PAUSED, 9, TG(YOUTH),
    { { FUNDER_MUNICIPALITY, FS(GRANTED), NULL } },
  },
  [INI_KOOKCLUB] = {
    "Kinderkookclub",
    "Kinderen leren gezond en goedkoop koken en eten het samen op.",
    "Tien kinderen op de eerste lijst, ouders helpen mee.",
    BUURT_STAGE_PILOT, 3, TG(CHILDREN),
    { { FUNDER_HOUSING, FS(PAID), NULL } },
  },
  [INI_DIGITAAL] = {
    "Digitaal spreekuur voor ouderen",
    "Vrijwilligers helpen ouderen met hun telefoon, DigiD en de bank-app.",
    "Elke week tien tot vijftien vragen.",
    BUURT_STAGE_RUNNING, 4, TG(SENIORS),
    { { FUNDER_FOUNDATION, FS(ACCOUNTED), NULL } },
  },
  [INI_WANDELMAATJES] = {
    "Wandelmaatjes",
    "Vrijwilligers wandelden wekelijks met buren die niet meer alleen op pad durven.",
    "Acht koppels in het eerste jaar.",
    BUURT_STAGE_STOPPED, 6, TG(SENIORS),
    { { FUNDER_MUNICIPALITY, FS(ACCOUNTED), NULL } },
  },
  [INI_PRIKPLOEG] = {
    "Schone buurt: de prikploeg",
    "Eén zaterdag per maand ruimen buren samen zwerfafval op in de wijk.",
    "Vijftien vaste prikkers, ook kinderen.",
    BUURT_STAGE_RUNNING, 9, TG(EVERYONE),
    { { FUNDER_MUNICIPALITY, FS(PAID), NULL } },
  },
  [INI_MINIBIEB] = {
    "Minibieb in elke straat",
    "Kastjes met boeken om te ruilen, gemaakt en beheerd door bewoners.",
    "Drie straten willen beginnen.",
    BUURT_STAGE_EXPLORING, 0, TG(FAMILIES) | TG(CHILDREN),
    { { FUNDER_MUNICIPALITY, FS(SUBMITTED), NULL } },
  },
  [INI_BURENHULP] = {
    "Burenhulp De Gilden",
    "Een lijst van buren die elkaar willen helpen met kleine klussen en boodschappen.",
    "",
    BUURT_STAGE_IDEA, 1, TG(SENIORS),
    { { FUNDER_NONE } },
  },
  [INI_MUZIEK] = {
    "Muziek in de wijk",
    "Kleine concerten op het plein door muzikanten uit de buurt.",
    "Vier bands uit het dorp willen spelen.",
    BUURT_STAGE_PAUSED, 7, TG(EVERYONE),
    {
      { FUNDER_MUNICIPALITY, FS(REJECTED),
        "Het plan is commercieel van opzet; de regeling is voor niet-commerciële activiteiten." },
    },
  },
  [INI_MANTELZORG] = {
    "Mantelzorgcafé Biddinghuizen",
    "Een maandelijkse avond waar mantelzorgers even op adem komen en ervaringen delen.",
    "Op verzoek van mantelzorgers uit het wijknetwerk.",
    BUURT_STAGE_PILOT, 8, TG(ADULTS),
    { { FUNDER_MUNICIPALITY, FS(GRANTED), NULL } },
  },
  [INI_VOORZORG] = {
    "Voorzorgcirkel Dronten",
    "Ouderen vormen samen een kring die elkaar helpt om langer zelfstandig thuis te wonen.",
    "Geïnspireerd door de Voorzorgcirkels in Almere; zes belangstellenden.",
    BUURT_STAGE_EXPLORING, 4, TG(SENIORS),
    { { FUNDER_HOUSING, FS(DRAFT), NULL } },
  },
  [INI_BEWEEGTUIN] = {
    "Beweegtuin voor ouderen",
    "Toestellen in het park om buiten te bewegen, met een wekelijkse begeleide les.",
    "Handtekeningen van 25 bewoners.",
    BUURT_STAGE_STOPPED, 5, TG(SENIORS),
    {
      { FUNDER_MUNICIPALITY, FS(REJECTED),
        "Het gevraagde bedrag is veel hoger dan de regeling toestaat; vraag het aan bij het fonds voor de openbare ruimte." },
    },
  },
};

static const char *milestones[] = {
  "Eerste bijeenkomst met buurtbewoners: veertien mensen kwamen langs.",
  "Het idee is ingediend bij Team Samen Actief.",
  "Kennismaking met de wijkpartners: welzijn, school en woningcorporatie denken mee.",
  "Eerste activiteit gehouden; de opkomst was boven verwachting.",
  "Een vaste plek gevonden in het buurthuis.",
  "Het twintigste vaste lid meldde zich aan.",
  "Stukje in de Flevopost over het initiatief verschenen.",
};

static const char *obstacles[] = {
  "Geen vaste ruimte: het MFC verhuurt de zaal op die dag nu aan een commerciële partij.",
  "Moeilijk om jongeren te bereiken; ze haken na één keer af.",
  "De subsidieaanvraag kostte veel tijd; de voorwaarden waren lastig te begrijpen.",
  "Twee vaste vrijwilligers zijn gestopt; de werving loopt.",
  "De kartrekker is verhuisd en er is nog geen opvolger.",
  "Onenigheid in de werkgroep over de verdeling van taken.",
};

static const char *lessons[] = {
  "Klein beginnen werkt: met vijf vaste deelnemers heb je al een goede start.",
  "Persoonlijk uitnodigen werkt veel beter dan flyers in de bus.",
  "Snel reageren op ideeën houdt bewoners betrokken.",
  "Samenwerken met de school levert nieuwe deelnemers op, ook ouders.",
  "Niet alleen successen delen: ook bespreken wat misging helpt andere initiatieven.",
  "Vaste gezichten geven vertrouwen; wissel niet te vaak van aanspreekpunt.",
};

static const char *evaluations[] = {
  "Pilot van drie maanden geëvalueerd met Team Samen Actief: doorgaan, met een vaste dag per week.",
  "Evaluatie met de woningcorporatie: deelnemers waarderen het contact; volgende stap is meer jongeren betrekken.",
  "Evaluatie met de deelnemers: de tijd past goed, de ruimte is te klein.",
  "Jaarverslag besproken met de gemeente: bereik en kosten zijn verantwoord.",
};

static const char *expense_descriptions[] = {
  "Koffie, thee en koek",
  "Zaaigoed en potgrond",
  "Flyers en posters drukken",
  "Huur zaal",
  "Gereedschap",
  "Knutselmateriaal",
  "Boodschappen voor de maaltijd",
  "Spellen en speelgoed",
  "Verzekering vrijwilligers",
  "Bedankje voor de vrijwilligers",
};

/* ------------------------------------------------------------------ */
/* Activities                                                         */
/* ------------------------------------------------------------------ */

typedef enum
{
  WEEKLY,
  FORTNIGHTLY,
  MONTHLY,
} Frequency;

#define CAT(name) BUURT_CATEGORY_ ## name
#define CK(name) BUURT_CONTACT_KIND_ ## name
#define REG(name) BUURT_REGISTRATION_ ## name

typedef struct
{
  const char        *title;
  const char        *description;
  BuurtCategory      category;
  guint              target_groups;
  Frequency          frequency;
  guint              days;          /* weekday mask */
  guint              slots;         /* slot mask */
  guint              minutes;
  guint              needs;         /* facilities the room must have */
  guint              venue_kinds;   /* preferred venue kinds, 0 for any */
  BuurtContactKind   organiser;
  guint              cost_cents;    /* when it is not free */
  BuurtRegistration  registration;
  const char        *location;      /* outdoors without a room; the town is appended */
  int                initiative;    /* InitiativeKey, or -1 */
  guint              weight;
} SeriesInfo;

static const SeriesInfo series_infos[] = {
  { "Koffieochtend",
    "Gewoon binnenlopen voor een kop koffie en een praatje met buren. Iedereen is welkom, ook als je nog niemand kent.",
    CAT(MEETING), TG(EVERYONE) | TG(SENIORS), WEEKLY, WEEKDAYS, MORNING, 120, 0,
    VK(COMMUNITY_CENTRE) | VK(MFC) | VK(CHURCH), CK(WELFARE_ORGANISATION), 50, REG(NONE), NULL, -1, 12 },
  { "Inloopochtend nieuwe inwoners",
    "Nieuw in de buurt? Maak kennis met buren, stel je vragen over wonen, school en werk, en hoor wat er te doen is.",
    CAT(MEETING), TG(NEWCOMERS) | TG(ADULTS), FORTNIGHTLY, WEEKDAYS, MORNING, 120, 0,
    VK(LIBRARY) | VK(COMMUNITY_CENTRE) | VK(MFC), CK(WELFARE_ORGANISATION), 0, REG(NONE), NULL, -1, 3 },
  { "Wandelgroep",
    "Een rustige wandeling van ongeveer een uur door de wijk en langs het water, daarna samen koffie. Stevige schoenen aan!",
    CAT(NATURE), TG(SENIORS) | TG(ADULTS), WEEKLY, WEEKDAYS | SAT, MORNING, 90, 0,
    0, CK(CLUB), 0, REG(NONE), "Vertrekpunt: hoofdingang van het park", -1, 6 },
  { "Taalcafé",
    "Oefenen met Nederlands praten in een ontspannen sfeer, samen met vrijwilligers. Voor iedereen die Nederlands leert, op elk niveau.",
    CAT(LEARNING), TG(NEWCOMERS) | TG(ADULTS), WEEKLY, WEEKDAYS, MORNING | EVENING, 120, 0,
    VK(LIBRARY) | VK(MFC) | VK(COMMUNITY_CENTRE), CK(FOUNDATION), 0, REG(NONE), NULL, INI_TAALCAFE, 6 },
  { "Huiswerkbegeleiding",
    "Hulp bij huiswerk en plannen voor leerlingen van groep 7 tot en met de tweede klas, door vrijwilligers en studenten.",
    CAT(LEARNING), TG(CHILDREN) | TG(YOUTH), WEEKLY, MON | TUE | WED | THU, AFTER_SCHOOL, 90, 0,
    VK(SCHOOL) | VK(LIBRARY), CK(WELFARE_ORGANISATION), 0, REG(OPTIONAL), NULL, -1, 5 },
  { "Seniorengym",
    "Bewegen op muziek onder leiding van een bewegingsdocent, op je eigen tempo. Goed voor balans en kracht.",
    CAT(SPORTS), TG(SENIORS), WEEKLY, WEEKDAYS, MORNING, 60, F(SPORTS_FLOOR),
    VK(SPORTS) | VK(MFC) | VK(SCHOOL), CK(CLUB), 300, REG(NONE), NULL, -1, 6 },
  { "Breiclub",
    "Samen breien, haken en kletsen. Beginners zijn welkom: er is altijd iemand die het je leert. Wol is aanwezig.",
    CAT(CULTURE), TG(SENIORS) | TG(ADULTS), WEEKLY, WEEKDAYS, AFTERNOON | EVENING, 120, 0,
    VK(COMMUNITY_CENTRE) | VK(LIBRARY) | VK(CHURCH), CK(CLUB), 0, REG(NONE), NULL, -1, 5 },
  { "Repair Café",
    "Kapotte broodrooster, fiets of trui? Samen met vrijwillige reparateurs maak je het weer heel. Koffie staat klaar.",
    CAT(OTHER), TG(EVERYONE), MONTHLY, SAT, MORNING, 180, 0,
    VK(MFC) | VK(COMMUNITY_CENTRE) | VK(OTHER), CK(FOUNDATION), 0, REG(NONE), NULL, INI_REPAIR, 4 },
  { "Kinderknutselmiddag",
    "Knutselen, verven en plakken op woensdagmiddag, voor kinderen van 4 tot 10 jaar. Oude kleren aan!",
    CAT(CHILDREN), TG(CHILDREN), WEEKLY, WED, AFTERNOON, 90, 0,
    VK(COMMUNITY_CENTRE) | VK(MFC) | VK(LIBRARY), CK(WELFARE_ORGANISATION), 100, REG(OPTIONAL), NULL, -1, 4 },
  { "Spelletjesmiddag jong en oud",
    "Kinderen uit de buurt en ouderen spelen samen sjoelen, rummikub en memory. Wie wint er dit keer?",
    CAT(MEETING), TG(CHILDREN) | TG(SENIORS), FORTNIGHTLY, WED | SAT, AFTERNOON, 120, 0,
    VK(COMMUNITY_CENTRE) | VK(MFC) | VK(OTHER), CK(RESIDENT), 0, REG(NONE), NULL, INI_JONG_OUD, 4 },
  { "Samen eten",
    "Een warme maaltijd, samen gekookt door vrijwilligers. Aanschuiven kan voor een kleine bijdrage; aanmelden voor maandag.",
    CAT(FOOD), TG(EVERYONE) | TG(SENIORS), FORTNIGHTLY, TUE | WED | THU | FRI, DINNER, 120, F(KITCHEN),
    VK(COMMUNITY_CENTRE) | VK(MFC) | VK(CHURCH), CK(RESIDENT), 500, REG(REQUIRED), NULL, INI_SAMEN_ETEN, 4 },
  { "Moestuinochtend",
    "Samen zaaien, wieden en oogsten in de buurtmoestuin. Geen ervaring nodig; gereedschap is er.",
    CAT(NATURE), TG(EVERYONE), WEEKLY, TUE | SAT, MORNING, 150, F(GARDEN),
    VK(OUTDOOR), CK(RESIDENT), 0, REG(NONE), NULL, INI_MOESTUIN, 3 },
  { "Koorrepetitie",
    "Het buurtkoor repeteert voor het volgende optreden. Nieuwe stemmen, vooral tenoren en bassen, zijn van harte welkom.",
    CAT(CULTURE), TG(ADULTS) | TG(SENIORS), WEEKLY, MON | TUE | WED | THU, EVENING, 150, F(PIANO),
    VK(CHURCH) | VK(COMMUNITY_CENTRE), CK(CLUB), 0, REG(NONE), NULL, -1, 3 },
  { "Schaakavond",
    "Vrij schaken en af en toe een onderling toernooi. Borden en klokken zijn er; jeugd vanaf 10 jaar is welkom.",
    CAT(CULTURE), TG(EVERYONE), WEEKLY, WEEKDAYS, EVENING, 150, 0,
    VK(COMMUNITY_CENTRE) | VK(LIBRARY), CK(CLUB), 0, REG(NONE), NULL, -1, 2 },
  { "Stoelyoga",
    "Rustige yoga-oefeningen op en naast de stoel, ook geschikt als je minder goed ter been bent.",
    CAT(SPORTS), TG(SENIORS) | TG(DISABILITY), WEEKLY, WEEKDAYS, MORNING | AFTERNOON, 60, 0,
    VK(MFC) | VK(COMMUNITY_CENTRE) | VK(OTHER), CK(RESIDENT), 250, REG(NONE), NULL, -1, 3 },
  { "Digicafé",
    "Hulp met je telefoon, tablet, DigiD en de bank-app. Neem je eigen apparaat mee; vrijwilligers helpen je op weg.",
    CAT(LEARNING), TG(SENIORS), WEEKLY, WEEKDAYS, MORNING | AFTERNOON, 120, F(WIFI),
    VK(LIBRARY) | VK(MFC), CK(FOUNDATION), 0, REG(NONE), NULL, INI_DIGITAAL, 4 },
  { "Ouder-kindochtend",
    "Spelen, zingen en koffie voor ouders en verzorgers met kinderen tot 4 jaar. Even ontspannen en andere ouders leren kennen.",
    CAT(CHILDREN), TG(FAMILIES) | TG(CHILDREN), WEEKLY, WEEKDAYS, MORNING, 120, 0,
    VK(MFC) | VK(COMMUNITY_CENTRE) | VK(LIBRARY) | VK(CHURCH), CK(WELFARE_ORGANISATION), 0, REG(NONE), NULL, -1, 3 },
  { "Jongereninloop",
    "Chillen, gamen, tafeltennis en een goed gesprek met het jongerenwerk. Voor jongeren van 12 tot 18 jaar.",
    CAT(MEETING), TG(YOUTH), WEEKLY, WED | FRI, EVENING, 150, 0,
    VK(MFC) | VK(COMMUNITY_CENTRE) | VK(SPORTS), CK(WELFARE_ORGANISATION), 0, REG(NONE), NULL, -1, 3 },
  { "Buurtbingo",
    "Gezellige bingo met kleine prijzen van winkels uit de buurt. De opbrengst gaat naar de kinderactiviteiten.",
    CAT(MEETING), TG(SENIORS) | TG(EVERYONE), MONTHLY, WEEKDAYS, AFTERNOON | EVENING, 150, 0,
    VK(COMMUNITY_CENTRE) | VK(MFC), CK(CLUB), 500, REG(NONE), NULL, -1, 3 },
  { "Klaverjassen",
    "Wekelijks klaverjassen in competitieverband; ook losse spelers zijn welkom.",
    CAT(MEETING), TG(ADULTS) | TG(SENIORS), WEEKLY, WEEKDAYS, EVENING, 180, 0,
    VK(COMMUNITY_CENTRE) | VK(MFC) | VK(SPORTS), CK(CLUB), 200, REG(NONE), NULL, -1, 4 },
  { "Filmmiddag",
    "Een mooie film op groot scherm, met koffie in de pauze. De titel staat op de aankondiging in de hal.",
    CAT(CULTURE), TG(SENIORS) | TG(EVERYONE), MONTHLY, WEEKDAYS | SUN, AFTERNOON, 150, F(PROJECTOR),
    VK(LIBRARY) | VK(MFC) | VK(OTHER), CK(FOUNDATION), 300, REG(NONE), NULL, -1, 3 },
  { "Line dance",
    "Dansen in een rij op countrymuziek. Geen partner nodig; de passen leer je vanzelf.",
    CAT(SPORTS), TG(ADULTS) | TG(SENIORS), WEEKLY, WEEKDAYS, EVENING, 90, 0,
    VK(MFC) | VK(SPORTS) | VK(COMMUNITY_CENTRE), CK(CLUB), 400, REG(NONE), NULL, -1, 3 },
  { "Mantelzorgcafé",
    "Even op adem komen en ervaringen delen met andere mantelzorgers, met een korte inleiding over een thema.",
    CAT(CARE), TG(ADULTS) | TG(SENIORS), MONTHLY, WEEKDAYS, MORNING | EVENING, 120, 0,
    VK(MFC) | VK(LIBRARY) | VK(COMMUNITY_CENTRE), CK(WELFARE_ORGANISATION), 0, REG(NONE), NULL, INI_MANTELZORG, 3 },
  { "Leesclub",
    "We bespreken een roman die iedereen vooraf heeft gelezen. De titels kiezen we samen.",
    CAT(CULTURE), TG(ADULTS), MONTHLY, WEEKDAYS, EVENING, 120, 0,
    VK(LIBRARY), CK(FOUNDATION), 0, REG(OPTIONAL), NULL, -1, 2 },
  { "Naaicafé",
    "Zelf kleding herstellen of maken met hulp van ervaren naaisters. Naaimachines zijn aanwezig.",
    CAT(CULTURE), TG(ADULTS), FORTNIGHTLY, WEEKDAYS | SAT, AFTERNOON | EVENING, 120, 0,
    VK(COMMUNITY_CENTRE) | VK(MFC), CK(RESIDENT), 0, REG(NONE), NULL, -1, 2 },
  { "Alzheimer Café",
    "Informatie en gesprek over leven met dementie, voor mensen met geheugenproblemen, hun naasten en belangstellenden.",
    CAT(CARE), TG(EVERYONE), MONTHLY, WEEKDAYS, EVENING, 120, 0,
    VK(MFC) | VK(OTHER) | VK(CHURCH), CK(WELFARE_ORGANISATION), 0, REG(NONE), NULL, -1, 2 },
  { "Kinderkookclub",
    "Kinderen van 8 tot 12 jaar koken een eenvoudig gerecht en eten het samen op. Aanmelden is nodig: er zijn tien plekken.",
    CAT(FOOD), TG(CHILDREN), FORTNIGHTLY, WED, AFTERNOON, 120, F(KITCHEN),
    VK(MFC) | VK(COMMUNITY_CENTRE), CK(RESIDENT), 200, REG(REQUIRED), NULL, INI_KOOKCLUB, 2 },
  { "Prikploeg",
    "Samen zwerfafval opruimen in de wijk. Grijpers, vuilniszakken en handschoenen liggen klaar.",
    CAT(NATURE), TG(EVERYONE), MONTHLY, SAT, MORNING, 120, 0,
    0, CK(RESIDENT), 0, REG(NONE), "Verzamelen bij het winkelcentrum", INI_PRIKPLOEG, 3 },
  { "Voorleesuurtje",
    "Voorlezen uit prentenboeken voor peuters en kleuters, met een knutselwerkje na afloop.",
    CAT(CHILDREN), TG(CHILDREN) | TG(FAMILIES), WEEKLY, WED | SAT, MORNING | AFTERNOON, 60, 0,
    VK(LIBRARY), CK(FOUNDATION), 0, REG(NONE), NULL, -1, 3 },
  { "Wandelvoetbal",
    "Voetbal zonder rennen, voor wie het spelletje nog niet kan laten. Ook voor beginners.",
    CAT(SPORTS), TG(SENIORS), WEEKLY, WEEKDAYS, MORNING, 90, 0,
    0, CK(CLUB), 200, REG(NONE), "Sportpark, veld 3", -1, 2 },
  { "Buurtkamer open",
    "De buurtkamer is open: binnenlopen voor koffie, de krant, een spelletje of hulp bij een brief.",
    CAT(MEETING), TG(EVERYONE), WEEKLY, WEEKDAYS, AFTERNOON, 150, 0,
    VK(COMMUNITY_CENTRE) | VK(MFC), CK(RESIDENT), 0, REG(NONE), NULL, INI_BUURTKAMER, 5 },
  { "Spelletjesavond",
    "Bordspellen voor volwassenen, van Catan tot Ticket to Ride. Neem gerust je eigen favoriet mee.",
    CAT(MEETING), TG(ADULTS) | TG(YOUTH), FORTNIGHTLY, WEEKDAYS | SAT, EVENING, 180, 0,
    VK(COMMUNITY_CENTRE) | VK(LIBRARY) | VK(OTHER), CK(RESIDENT), 0, REG(NONE), NULL, -1, 2 },
  { "Tai chi in het park",
    "Rustige bewegingen in de buitenlucht, bij elk weer behalve bij onweer.",
    CAT(SPORTS), TG(ADULTS) | TG(SENIORS), WEEKLY, TUE | THU | SAT, MORNING, 60, 0,
    0, CK(RESIDENT), 0, REG(NONE), "Grasveld bij de vijver in het park", -1, 2 },
  { "Vraag Elkaar café",
    "Hulp nodig, of wil je iets voor een ander doen? Vraag en aanbod van buren komen hier samen.",
    CAT(MEETING), TG(EVERYONE), MONTHLY, WEEKDAYS, MORNING | EVENING, 120, 0,
    VK(MFC) | VK(COMMUNITY_CENTRE) | VK(LIBRARY), CK(WELFARE_ORGANISATION), 0, REG(NONE), NULL, INI_VRAAG_ELKAAR, 2 },
  { "Koffie-inloop",
    "Elke week koffie, thee en een praatje; wie wil, doet mee met een spelletje.",
    CAT(MEETING), TG(SENIORS), WEEKLY, WEEKDAYS, MORNING | AFTERNOON, 120, 0,
    VK(COMMUNITY_CENTRE) | VK(CHURCH) | VK(MFC), CK(RESIDENT), 0, REG(NONE), NULL, INI_KOFFIE_INLOOP, 3 },
  { "Buitenspelen in het Boslokaal",
    "Hutten bouwen, beestjes zoeken en vuur maken onder begeleiding. Voor kinderen van 6 tot 12 jaar.",
    CAT(NATURE), TG(CHILDREN) | TG(FAMILIES), FORTNIGHTLY, WED | SAT, AFTERNOON, 120, F(GARDEN),
    VK(OUTDOOR), CK(FOUNDATION), 0, REG(OPTIONAL), NULL, INI_BOSLOKAAL, 2 },
  { "Avondronde buurtpreventie",
    "Met z'n drieën een rondje door de wijk: letten op open ramen, kapotte lampen en verdachte situaties.",
    CAT(OTHER), TG(ADULTS), WEEKLY, WEEKDAYS | SAT | SUN, EVENING, 90, 0,
    0, CK(RESIDENT), 0, REG(NONE), "Start bij het wijkcentrum", INI_BUURTPREVENTIE, 1 },
  { "Biljartmiddag",
    "Een middag biljarten met vaste maatjes; nieuwe spelers krijgen uitleg.",
    CAT(MEETING), TG(SENIORS), WEEKLY, WEEKDAYS, AFTERNOON, 150, 0,
    VK(COMMUNITY_CENTRE) | VK(SPORTS), CK(CLUB), 0, REG(NONE), NULL, -1, 2 },
  { "Zondagmiddagconcert",
    "Muzikanten uit de regio spelen klassiek, jazz of volksmuziek. Toegang vrij, een gift is welkom.",
    CAT(CULTURE), TG(EVERYONE), MONTHLY, SUN, AFTERNOON, 90, F(PIANO),
    VK(CHURCH), CK(CHURCH), 0, REG(NONE), NULL, -1, 2 },
};

typedef enum
{
  WHEN_ANY,           /* any day in the coming year, within months and days */
  WHEN_FIXED,         /* a date: month and day */
  WHEN_NTH_WEEKDAY,   /* the n-th weekday of a month */
  WHEN_EASTER,        /* days after Easter Sunday */
} When;

typedef struct
{
  const char        *title;
  const char        *description;
  BuurtCategory      category;
  guint              target_groups;
  When               when;
  guint              month;       /* WHEN_FIXED, WHEN_NTH_WEEKDAY */
  int                day;         /* day of the month, n-th, or days after Easter */
  guint              days;        /* weekday mask: for WHEN_ANY; the weekday for WHEN_NTH_WEEKDAY */
  guint              months;      /* WHEN_ANY: mask, bit 1 = January; 0 for all */
  guint              start;       /* minutes after midnight */
  guint              minutes;
  gboolean           all_day;
  guint              venue_kinds; /* in a room of one of these kinds */
  const char        *location;    /* or outdoors */
  BuurtContactKind   organiser;
  guint              cost_cents;
  BuurtRegistration  registration;
  int                initiative;
} EventInfo;

#define MONTHS(a, b) (((2u << (b)) - 1) & ~((1u << (a)) - 1))

static const EventInfo event_infos[] = {
  { "Burendag",
    "Samen de buurt opknappen, met koffie, muziek en een lunch voor iedereen die helpt. Doe mee op de landelijke Burendag!",
    CAT(MEETING), TG(EVERYONE), WHEN_NTH_WEEKDAY, 9, 4, SAT, 0, 10 * 60, 360, FALSE,
    0, "Speelveld in de wijk", CK(RESIDENT), 0, REG(NONE), -1 },
  { "Lampionnenoptocht Sint-Maarten",
    "Met zelfgemaakte lampionnen langs de deuren, liedjes zingen en na afloop warme chocolademelk.",
    CAT(CHILDREN), TG(CHILDREN) | TG(FAMILIES), WHEN_FIXED, 11, 11, 0, 0, 18 * 60, 90, FALSE,
    0, "Start bij de basisschool", CK(RESIDENT), 0, REG(NONE), -1 },
  { "Buurtbarbecue",
    "Samen eten op het grasveld. Neem je eigen stoel mee; vlees, vega en salades zijn geregeld.",
    CAT(FOOD), TG(EVERYONE), WHEN_ANY, 0, 0, SAT, MONTHS (6, 8), 17 * 60, 240, FALSE,
    0, "Grasveld aan de vijver", CK(RESIDENT), 750, REG(REQUIRED), -1 },
  { "Vrijmarkt op Koningsdag",
    "Kleedje neerleggen en spullen verkopen, met spelletjes voor de kinderen en oranjebitter.",
    CAT(MEETING), TG(EVERYONE), WHEN_FIXED, 4, 27, 0, 0, 0, 24 * 60, TRUE,
    0, "Dorpsplein", CK(CLUB), 0, REG(NONE), -1 },
  { "Nieuwjaarsreceptie",
    "Proosten op het nieuwe jaar met buren, vrijwilligers en partners uit de wijk.",
    CAT(MEETING), TG(EVERYONE), WHEN_NTH_WEEKDAY, 1, 2, SUN, 0, 14 * 60, 90, FALSE,
    VK(MFC) | VK(COMMUNITY_CENTRE), NULL, CK(WELFARE_ORGANISATION), 0, REG(NONE), -1 },
  { "Kerstmarkt",
    "Kraampjes met zelfgemaakte kerstspullen, glühwein en snert, en een optreden van het buurtkoor.",
    CAT(CULTURE), TG(EVERYONE), WHEN_NTH_WEEKDAY, 12, 2, SAT, 0, 13 * 60, 150, FALSE,
    VK(MFC) | VK(CHURCH) | VK(COMMUNITY_CENTRE), NULL, CK(CLUB), 0, REG(NONE), -1 },
  { "Paaseieren zoeken",
    "Wie vindt de meeste eieren? Voor kinderen tot en met 8 jaar, met een prijsje voor iedereen.",
    CAT(CHILDREN), TG(CHILDREN) | TG(FAMILIES), WHEN_EASTER, 0, -1, 0, 0, 10 * 60, 120, FALSE,
    0, "Speeltuin", CK(RESIDENT), 0, REG(OPTIONAL), -1 },
  { "NLdoet klusdag",
    "Vrijwilligers uit de buurt knappen samen de speeltuin en de buurttuin op. De lunch wordt verzorgd.",
    CAT(NATURE), TG(EVERYONE), WHEN_NTH_WEEKDAY, 3, 2, SAT, 0, 9 * 60 + 30, 240, FALSE,
    0, "Buurttuin", CK(FOUNDATION), 0, REG(OPTIONAL), -1 },
  { "Buitenspeeldag",
    "De straat is afgesloten en van de kinderen: stoepkrijt, skelters, springkussen en limonade.",
    CAT(CHILDREN), TG(CHILDREN), WHEN_NTH_WEEKDAY, 6, 2, WED, 0, 13 * 60, 150, FALSE,
    0, "Straat bij het speelveld", CK(WELFARE_ORGANISATION), 0, REG(NONE), -1 },
  { "Informatieavond Het beste idee van Dronten",
    "Heb je een idee dat jong en oud verbindt? Hoor hoe je het indient en welke steun er is van de gemeente en de woningcorporatie.",
    CAT(LEARNING), TG(ADULTS), WHEN_ANY, 0, 0, WEEKDAYS, MONTHS (9, 11), 19 * 60 + 30, 120, FALSE,
    VK(MFC) | VK(LIBRARY), NULL, CK(MUNICIPALITY), 0, REG(NONE), INI_JONG_OUD },
  { "Buurtschouw",
    "Met bewoners, gemeente en woningcorporatie lopen we door de buurt: wat gaat goed, wat kan beter?",
    CAT(OTHER), TG(ADULTS), WHEN_ANY, 0, 0, TUE | WED | THU, MONTHS (4, 10), 19 * 60, 90, FALSE,
    0, "Verzamelen bij het wijkcentrum", CK(MUNICIPALITY), 0, REG(NONE), -1 },
  { "Ideeënmarkt",
    "Inwoners laten hun plannen voor de buurt zien en zoeken medestanders, vrijwilligers en een plek.",
    CAT(MEETING), TG(EVERYONE), WHEN_ANY, 0, 0, WEEKDAYS, 0, 19 * 60 + 30, 150, FALSE,
    VK(MFC) | VK(COMMUNITY_CENTRE) | VK(LIBRARY), NULL, CK(MUNICIPALITY), 0, REG(NONE), -1 },
  { "Rommelmarkt",
    "Snuffelen tussen boeken, servies en speelgoed. Kraampjes huren kan bij de organisatie.",
    CAT(OTHER), TG(EVERYONE), WHEN_ANY, 0, 0, SAT, 0, 9 * 60 + 30, 180, FALSE,
    VK(MFC) | VK(SPORTS) | VK(SCHOOL), NULL, CK(CLUB), 0, REG(NONE), -1 },
  { "Sinterklaasfeest",
    "Sinterklaas en zijn pieten komen op bezoek in de wijk. Voor kinderen tot 8 jaar; aanmelden via de school.",
    CAT(CHILDREN), TG(CHILDREN) | TG(FAMILIES), WHEN_NTH_WEEKDAY, 11, 4, WED, 0, 14 * 60, 90, FALSE,
    VK(MFC) | VK(COMMUNITY_CENTRE) | VK(SCHOOL), NULL, CK(RESIDENT), 0, REG(REQUIRED), -1 },
  { "Dodenherdenking",
    "Stille tocht en twee minuten stilte bij het monument, met kranslegging door kinderen van de basisscholen.",
    CAT(CULTURE), TG(EVERYONE), WHEN_FIXED, 5, 4, 0, 0, 19 * 60 + 30, 75, FALSE,
    0, "Monument", CK(MUNICIPALITY), 0, REG(NONE), -1 },
  { "Workshop subsidie aanvragen",
    "Hoe schrijf je een aanvraag voor je buurtinitiatief? Tips van Team Samen Actief en de woningcorporatie; neem je plan mee.",
    CAT(LEARNING), TG(ADULTS), WHEN_ANY, 0, 0, WEEKDAYS, 0, 19 * 60 + 30, 120, FALSE,
    VK(LIBRARY) | VK(MFC), NULL, CK(MUNICIPALITY), 0, REG(OPTIONAL), -1 },
  { "Vrijwilligersmarkt",
    "Maak kennis met clubs en stichtingen die vrijwilligers zoeken; misschien zit jouw klus ertussen.",
    CAT(MEETING), TG(ADULTS) | TG(YOUTH), WHEN_ANY, 0, 0, SAT, 0, 13 * 60, 150, FALSE,
    VK(MFC) | VK(LIBRARY), NULL, CK(WELFARE_ORGANISATION), 0, REG(NONE), -1 },
  { "Picknicktafelgesprek",
    "We klappen de picknicktafel uit in de wijk: schuif aan en vertel wat er leeft in de buurt.",
    CAT(MEETING), TG(EVERYONE), WHEN_ANY, 0, 0, WEEKDAYS | SAT, MONTHS (4, 9), 15 * 60, 120, FALSE,
    0, "Pleintje in de wijk", CK(MUNICIPALITY), 0, REG(NONE), INI_PICKNICK },
  { "Kinderdisco",
    "Dansen, limonade en de hits van nu, voor kinderen van 6 tot 12 jaar.",
    CAT(CHILDREN), TG(CHILDREN), WHEN_ANY, 0, 0, FRI, 0, 17 * 60 + 30, 120, FALSE,
    VK(MFC) | VK(COMMUNITY_CENTRE), NULL, CK(RESIDENT), 200, REG(NONE), -1 },
  { "Open dag buurtmoestuin",
    "Kijken, proeven en meedoen: de buurtmoestuin laat zien wat er groeit en zoekt nieuwe tuiniers.",
    CAT(NATURE), TG(EVERYONE), WHEN_ANY, 0, 0, SAT, MONTHS (5, 9), 10 * 60, 150, FALSE,
    VK(OUTDOOR), NULL, CK(RESIDENT), 0, REG(NONE), INI_MOESTUIN },
  { "Informatieavond buurtpreventie",
    "Hoe houden we samen de buurt veilig? Met de wijkagent en de buurtapp-beheerders.",
    CAT(OTHER), TG(ADULTS), WHEN_ANY, 0, 0, WEEKDAYS, 0, 19 * 60 + 30, 120, FALSE,
    VK(MFC) | VK(COMMUNITY_CENTRE), NULL, CK(MUNICIPALITY), 0, REG(NONE), INI_BUURTPREVENTIE },
};

static const char *rejection_reasons[] = {
  "Dit is een commerciële cursus; de buurtagenda is voor activiteiten van bewoners en niet-commerciële clubs.",
  "Er staat geen plek of tijd bij; meld de activiteit opnieuw aan als die bekend is.",
  "Deze activiteit staat al in de agenda.",
};

/* Who usually runs an activity in Dronten, by title; elsewhere, or now
 * and then, another organiser of the same kind does. */
static const struct
{
  const char *title;
  const char *organiser;
} usual_organisers[] = {
  { "Koffieochtend", "Stichting MeerSamen Dronten" },
  { "Wandelgroep", "Wandelclub De Stappers" },
  { "Taalcafé", "Stichting Taalhuis Dronten" },
  { "Huiswerkbegeleiding", "Welzijnsstichting Dronten" },
  { "Seniorengym", "Ouderenbond Dronten" },
  { "Breiclub", "Breiclub Steek voor Steek" },
  { "Repair Café", "Stichting Repair Café Dronten" },
  { "Moestuinochtend", "Tuinvereniging De Groene Vingers" },
  { "Koorrepetitie", "Buurtkoor Zanglust" },
  { "Schaakavond", "Schaakclub Dronten" },
  { "Digicafé", "Stichting MeerSamen Dronten" },
  { "Jongereninloop", "Jongerenwerk Dronten" },
  { "Klaverjassen", "Klaverjasclub De Troef" },
  { "Filmmiddag", "Stichting MeerSamen Dronten" },
  { "Line dance", "Volksdansgroep Dronten" },
  { "Mantelzorgcafé", "Steunpunt Mantelzorg Flevoland" },
  { "Leesclub", "Bibliotheek Dronten" },
  { "Naaicafé", "Naaiclub De Draad" },
  { "Alzheimer Café", "Welzijnsstichting Dronten" },
  { "Voorleesuurtje", "Bibliotheek Dronten" },
  { "Wandelvoetbal", "Wandelvoetbal Swifterbant" },
  { "Vraag Elkaar café", "Wijknetwerk Dronter Koers" },
  { "Buitenspelen in het Boslokaal", "Stichting Boslokaal" },
  { "Biljartmiddag", "Biljartclub Biddinghuizen" },
  { "Vrijmarkt op Koningsdag", "Oranjevereniging Dronten" },
  { "Informatieavond Het beste idee van Dronten", "Team Samen Actief (gemeente Dronten)" },
  { "Workshop subsidie aanvragen", "Team Samen Actief (gemeente Dronten)" },
  { "Picknicktafelgesprek", "Team Samen Actief (gemeente Dronten)" },
  { "Buurtschouw", "Team Samen Actief (gemeente Dronten)" },
  { "Ideeënmarkt", "Team Samen Actief (gemeente Dronten)" },
  { "Vrijwilligersmarkt", "Welzijnsstichting Dronten" },
  { "Buitenspeeldag", "Jongerenwerk Dronten" },
  { "NLdoet klusdag", "Stichting MeerSamen Dronten" },
  { "Buurtbingo", "Huurdersvereniging De Polder" },
  { "Rommelmarkt", "Huurdersvereniging De Polder" },
  { "Kerstmarkt", "Oranjevereniging Dronten" },
  { "Inloopochtend nieuwe inwoners", "Welzijnsstichting Dronten" },
  { "Kinderknutselmiddag", "Welzijnsstichting Dronten" },
  { "Ouder-kindochtend", "Welzijnsstichting Dronten" },
  { "Nieuwjaarsreceptie", "Wijknetwerk Dronter Koers" },
  { "Dodenherdenking", ORG_MUNICIPALITY },
  { "Informatieavond buurtpreventie", ORG_MUNICIPALITY },
};

/* ------------------------------------------------------------------ */
/* The generator                                                      */
/* ------------------------------------------------------------------ */

/* What was saved, with what planning needs to know of it; the indices
 * point into the generator's arrays. */
typedef struct
{
  gint64          id;
  const char     *name;
  const KernInfo *info;
} Kern;

typedef struct
{
  gint64      id;
  guint       kern;
  const char *name;
} Neighbourhood;

typedef struct
{
  gint64         id;
  guint          kern;
  guint          neighbourhood;
  BuurtVenueKind kind;
} Venue;

typedef struct
{
  gint64   id;
  guint    venue;
  guint    facilities;
  gboolean outside;
  guint8   usage[N_DAYS][N_SLOTS];   /* SLOT_FULL, SLOT_PARITY (p), SLOT_MONTHLY (n) */
} Room;

typedef struct
{
  gint64            id;
  BuurtContactKind  kind;
  int               kern;            /* -1: the whole municipality */
  const char       *municipality;
  const char       *name;
  const char       *phone;
} Contact;

typedef struct
{
  gint64     id;
  BuurtStage stage;
  gboolean   linked;                 /* an activity already belongs to it */
} Initiative;

typedef struct
{
  const char         *title;
  const char         *description;
  BuurtCategory       category;
  guint               target_groups;
  guint               room;           /* index + 1, 0 for none */
  const char         *location;
  guint               organiser;      /* index into contacts */
  int                 initiative;     /* InitiativeKey, or -1 */
  guint32             first;          /* julian day of the first date */
  guint               start;          /* minutes after midnight */
  guint               minutes;
  gboolean            all_day;
  gboolean            series;
  Frequency           frequency;
  int                 nth;            /* MONTHLY: 1-4, or -1 for the last */
  guint               count;          /* 0: until */
  guint32             until;          /* julian day of the last possible date */
  guint               n_dates;
  guint               cost_cents;
  BuurtRegistration   registration;
  BuurtActivityStatus status;
  const char         *rejection_reason;
  const char         *cancelled_dates;
} Plan;

typedef struct
{
  BuurtStore   *store;
  GCancellable *cancellable;
  GRand        *rand;
  GTimeZone    *tz;
  GStringChunk *strings;
  GHashTable   *names;            /* venue and contact names in use */
  GHashTable   *booked;           /* one-off bookings: room, day and slot */
  guint         n_occurrences;

  guint32       today;            /* julian days, local time */
  guint32       monday;           /* of the current week */

  GArray       *kernen;           /* Kern */
  GArray       *neighbourhoods;   /* Neighbourhood */
  guint         n_base_neighbourhoods;   /* those of Dronten come first */
  GArray       *venues;           /* Venue */
  GArray       *rooms;            /* Room */
  GArray       *contacts;         /* Contact */
  GArray       *by_kind[BUURT_CONTACT_KIND_BUSINESS + 1];   /* contact indices */
  GArray       *rooms_by_venue_kind[BUURT_VENUE_KIND_OTHER + 1];
  guint         usual_organisers[G_N_ELEMENTS (usual_organisers)];   /* contact indices */
  Initiative    initiatives[N_INITIATIVES];
  GArray       *plans;            /* Plan */
} Generator;

static void
generator_free (Generator *self)
{
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->booked, g_hash_table_unref);
  g_clear_pointer (&self->kernen, g_array_unref);
  g_clear_pointer (&self->neighbourhoods, g_array_unref);
  g_clear_pointer (&self->venues, g_array_unref);
  g_clear_pointer (&self->rooms, g_array_unref);
  g_clear_pointer (&self->contacts, g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->by_kind); i++)
    g_clear_pointer (&self->by_kind[i], g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->rooms_by_venue_kind); i++)
    g_clear_pointer (&self->rooms_by_venue_kind[i], g_array_unref);
  g_clear_pointer (&self->plans, g_array_unref);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Generator, generator_free)

/* Random helpers: every choice goes through the seeded GRand. */

static guint
pick (Generator *self,
      guint      n)
{
  g_assert (n > 0);
  return (guint) g_rand_int_range (self->rand, 0, (gint32) n);
}

static guint
between (Generator *self,
         guint      low,
         guint      high)
{
  return low + pick (self, high - low + 1);
}

static gboolean
chance (Generator *self,
        double     probability)
{
  return g_rand_double (self->rand) < probability;
}

static const char *
intern (Generator  *self,
        const char *text)
{
  return g_string_chunk_insert_const (self->strings, text);
}

/* A string owned by the generator, from a printf format. */
G_GNUC_PRINTF (2, 3)
static const char *
format (Generator  *self,
        const char *fmt,
        ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, fmt);
  text = g_strdup_vprintf (fmt, args);
  va_end (args);

  return g_string_chunk_insert (self->strings, text);
}

/* "Het Mozaïek" → "hetmozaiek", for e-mail addresses and websites. */
static char *
slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *result = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (result, g_ascii_tolower (*p));

  return g_string_free (result, FALSE);
}

static const char *
date_text (Generator *self,
           guint32    julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return format (self, "%04u-%02u-%02u", g_date_get_year (&date),
                 g_date_get_month (&date), g_date_get_day (&date));
}

static GDateTime *
local_time (Generator *self,
            guint32    julian,
            guint      minutes)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return g_date_time_new (self->tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), minutes / 60, minutes % 60, 0);
}

static GDateWeekday
weekday_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return g_date_get_weekday (&date);
}

/* Dutch postcodes never use the letter pairs SA, SD and SS, and avoid
 * F, I, O, Q, U and Y. */
static const char *
postcode (Generator      *self,
          const KernInfo *kern)
{
  static const char letters[] = "ABCDEGHJKLMNPRSTVWXZ";
  guint digits = between (self, kern->postcode_min, kern->postcode_max);
  char first, second;

  do
    {
      first = letters[pick (self, sizeof letters - 1)];
      second = letters[pick (self, sizeof letters - 1)];
    }
  while (first == 'S' && (second == 'A' || second == 'D' || second == 'S'));

  return format (self, "%04u %c%c", digits, first, second);
}

static const char *
landline (Generator      *self,
          const KernInfo *kern)
{
  /* Dutch numbers have ten digits, the area code included. */
  if (strlen (kern->area_code) == 3)
    return format (self, "%s-5%06u", kern->area_code, between (self, 0, 999999));

  return format (self, "%s-%u%05u", kern->area_code, between (self, 2, 4), between (self, 0, 99999));
}

static const char *
mobile (Generator *self)
{
  return format (self, "06-%u%07u", between (self, 1, 5), between (self, 0, 9999999));
}

/* A name not in use yet, so that lists show no confusing twins. */
static gboolean
claim_name (Generator  *self,
            const char *name)
{
  if (g_hash_table_contains (self->names, name))
    return FALSE;

  g_hash_table_add (self->names, (gpointer) intern (self, name));
  return TRUE;
}

static gboolean
save (Generator  *self,
      gpointer    entity,
      GError    **error)
{
  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;

  return buurt_store_save (self->store, BUURT_ENTITY (entity), error);
}

/* ------------------------------------------------------------------ */
/* Places                                                             */
/* ------------------------------------------------------------------ */

static gboolean
add_kern (Generator       *self,
          const KernInfo  *info,
          GError         **error)
{
  g_autoptr(BuurtKern) kern = buurt_kern_new ();
  Kern k = { 0, info->name, info };
  guint index = self->kernen->len;

  g_object_set (kern, "name", info->name, NULL);
  if (!save (self, kern, error))
    return FALSE;
  k.id = buurt_entity_get_id (BUURT_ENTITY (kern));
  g_array_append_val (self->kernen, k);

  for (guint i = 0; i < G_N_ELEMENTS (info->neighbourhoods) && info->neighbourhoods[i] != NULL; i++)
    {
      g_autoptr(BuurtNeighbourhood) neighbourhood = buurt_neighbourhood_new ();
      Neighbourhood n = { 0, index, info->neighbourhoods[i] };

      g_object_set (neighbourhood,
                    "kern-id", k.id,
                    "name", info->neighbourhoods[i],
                    NULL);
      if (!save (self, neighbourhood, error))
        return FALSE;
      n.id = buurt_entity_get_id (BUURT_ENTITY (neighbourhood));
      g_array_append_val (self->neighbourhoods, n);
    }

  return TRUE;
}

static gboolean
add_rooms (Generator  *self,
           guint       venue_index,
           GError    **error)
{
  const Venue *venue = &g_array_index (self->venues, Venue, venue_index);
  const RoomInfo *infos = rooms_by_kind[venue->kind].rooms;
  guint n_infos = 0;
  guint n_rooms;

  while (infos[n_infos].name != NULL)
    n_infos++;
  n_rooms = MIN (between (self, rooms_by_kind[venue->kind].min, rooms_by_kind[venue->kind].max), n_infos);

  /* The main room always, then a random choice of the others, in order. */
  for (guint i = 0, left = n_rooms; i < n_infos && left > 0; i++)
    {
      g_autoptr(BuurtRoom) room = buurt_room_new ();
      Room r = { 0 };
      guint facilities = infos[i].facilities;
      guint rate, index;

      if (i > 0 && !chance (self, (double) left / (n_infos - i)))
        continue;
      left--;

      if (chance (self, 0.7))
        facilities |= BUURT_FACILITY_WIFI;
      /* Many venues let initiatives in for free: that is what the
       * municipality's agreements with them are about. */
      rate = chance (self, 0.4) ? 0 : 250 * between (self, 1, MAX (1, infos[i].rate_max / 250));

      g_object_set (room,
                    "venue-id", venue->id,
                    "name", infos[i].name,
                    "capacity", (gint64) between (self, infos[i].capacity_min, infos[i].capacity_max),
                    "facilities", facilities,
                    "rate-cents", (gint64) (infos[i].rate_max > 0 ? rate : 0),
                    NULL);
      if (!save (self, room, error))
        return FALSE;

      r.id = buurt_entity_get_id (BUURT_ENTITY (room));
      r.venue = venue_index;
      r.facilities = facilities;
      r.outside = infos[i].outside;
      g_array_append_val (self->rooms, r);
      index = self->rooms->len - 1;
      g_array_append_val (self->rooms_by_venue_kind[venue->kind], index);
    }

  return TRUE;
}

static gboolean
add_venue (Generator       *self,
           const char      *name,
           BuurtVenueKind   kind,
           guint            neighbourhood,
           const char      *street,
           gboolean         commercial,
           GError         **error)
{
  const Neighbourhood *n = &g_array_index (self->neighbourhoods, Neighbourhood, neighbourhood);
  const Kern *kern = &g_array_index (self->kernen, Kern, n->kern);
  g_autoptr(BuurtVenue) venue = buurt_venue_new ();
  g_autofree char *slugged = slug (name);
  double step_free = kind == BUURT_VENUE_KIND_CHURCH ? 0.6 : kind == BUURT_VENUE_KIND_OUTDOOR ? 0.5 : 0.9;
  Venue v = { 0, n->kern, neighbourhood, kind };

  g_object_set (venue,
                "name", name,
                "kind", kind,
                "address", format (self, "%s %u", street, between (self, 1, 120)),
                "postcode", postcode (self, kern->info),
                "neighbourhood-id", n->id,
                "phone", landline (self, kern->info),
                "email", format (self, "info@%s.nl", slugged),
                "website", kind == BUURT_VENUE_KIND_OUTDOOR ? NULL : format (self, "https://www.%s.nl", slugged),
                "step-free", chance (self, step_free),
                "accessible-toilet", kind != BUURT_VENUE_KIND_OUTDOOR && chance (self, 0.65),
                "hearing-loop", (kind == BUURT_VENUE_KIND_CHURCH || kind == BUURT_VENUE_KIND_LIBRARY)
                                ? chance (self, 0.7) : chance (self, 0.2),
                "commercial", commercial,
                "notes", chance (self, 0.3) ? venue_notes[pick (self, G_N_ELEMENTS (venue_notes))] : NULL,
                NULL);
  if (!save (self, venue, error))
    return FALSE;

  v.id = buurt_entity_get_id (BUURT_ENTITY (venue));
  g_array_append_val (self->venues, v);

  return add_rooms (self, self->venues->len - 1, error);
}

/* The series that fit in a room, on average, before the agenda gets crowded:
 * a quarter of its 35 weekly slots, so that a free room can still be found. */
#define SLOTS_PER_ROOM 9.0
#define ROOMS_PER_VENUE 2.5

/* How many rooms the activities need, estimated from the mix of series. */
static guint
rooms_needed (guint n_series_occurrences)
{
  double weight = 0, occurrences = 0, slots_taken = 0;

  for (guint i = 0; i < G_N_ELEMENTS (series_infos); i++)
    {
      const SeriesInfo *info = &series_infos[i];
      double per_year = info->frequency == WEEKLY ? 52 : info->frequency == FORTNIGHTLY ? 26 : 12;
      double share = info->frequency == WEEKLY ? 1 : info->frequency == FORTNIGHTLY ? 0.5 : 0.25;

      weight += info->weight;
      occurrences += info->weight * per_year;
      if (info->location == NULL)
        slots_taken += info->weight * share;
    }

  return (guint) ceil (n_series_occurrences / (occurrences / weight) * (slots_taken / weight) / SLOTS_PER_ROOM);
}

static gboolean
add_extra_venues (Generator  *self,
                  guint       n_venues,
                  GError    **error)
{
  guint n_kernen = 0, total_weight = 0;

  /* As few towns as hold the venues, bigger towns first. */
  while (n_kernen < G_N_ELEMENTS (extra_kernen) && total_weight < n_venues)
    total_weight += extra_kernen[n_kernen++].weight;

  for (guint k = 0; k < n_kernen; k++)
    {
      const KernInfo *info = &extra_kernen[k];
      guint first_neighbourhood = self->neighbourhoods->len;
      guint n_neighbourhoods;
      guint n = MAX (1, (guint) round ((double) info->weight * n_venues / total_weight));

      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;

      if (!add_kern (self, info, error))
        return FALSE;
      n_neighbourhoods = self->neighbourhoods->len - first_neighbourhood;

      for (guint i = 0; i < n; i++)
        {
          BuurtVenueKind kind;
          const char *street;
          const char *name = NULL;
          guint r = pick (self, 100);

          /* Every town has a library; then mostly meeting places. */
          if (i == 0)
            kind = BUURT_VENUE_KIND_LIBRARY;
          else if (r < 25)
            kind = BUURT_VENUE_KIND_COMMUNITY_CENTRE;
          else if (r < 42)
            kind = BUURT_VENUE_KIND_MFC;
          else if (r < 54)
            kind = BUURT_VENUE_KIND_CHURCH;
          else if (r < 68)
            kind = BUURT_VENUE_KIND_SCHOOL;
          else if (r < 80)
            kind = BUURT_VENUE_KIND_SPORTS;
          else if (r < 90)
            kind = BUURT_VENUE_KIND_OUTDOOR;
          else
            kind = BUURT_VENUE_KIND_OTHER;

          if (kind == BUURT_VENUE_KIND_LIBRARY)
            {
              name = format (self, "Bibliotheek %s", info->name);
              if (!claim_name (self, name))
                name = NULL;
            }
          for (guint tries = 0; name == NULL && tries < 20; tries++)
            {
              const char *candidate = format (self, "%s %s",
                                              venue_prefixes[kind][pick (self, 3)],
                                              venue_names[pick (self, G_N_ELEMENTS (venue_names))]);
              if (claim_name (self, candidate))
                name = candidate;
            }
          for (guint number = 2; name == NULL; number++)
            {
              const char *candidate = format (self, "%s %s %u", venue_prefixes[kind][0], info->name, number);
              if (claim_name (self, candidate))
                name = candidate;
            }

          if (info->streets[0] != NULL)
            {
              guint n_streets = 0;

              while (n_streets < G_N_ELEMENTS (info->streets) && info->streets[n_streets] != NULL)
                n_streets++;
              street = info->streets[pick (self, n_streets)];
            }
          else
            street = village_streets[pick (self, G_N_ELEMENTS (village_streets))];

          if (!add_venue (self, name, kind, first_neighbourhood + pick (self, n_neighbourhoods), street,
                          kind == BUURT_VENUE_KIND_OTHER ? chance (self, 0.5) : chance (self, 0.05),
                          error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_places (Generator  *self,
            guint       n_rooms,
            GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (base_kernen); i++)
    if (!add_kern (self, &base_kernen[i], error))
      return FALSE;
  self->n_base_neighbourhoods = self->neighbourhoods->len;

  for (guint i = 0; i < G_N_ELEMENTS (base_venues); i++)
    {
      claim_name (self, base_venues[i].name);
      if (!add_venue (self, base_venues[i].name, base_venues[i].kind, base_venues[i].neighbourhood,
                      base_venues[i].street, base_venues[i].commercial, error))
        return FALSE;
    }

  if (n_rooms > self->rooms->len)
    {
      guint n_venues = (guint) ceil ((n_rooms - self->rooms->len) / ROOMS_PER_VENUE);

      return add_extra_venues (self, n_venues, error);
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Contacts                                                           */
/* ------------------------------------------------------------------ */

static gboolean
add_contact (Generator         *self,
             const char        *name,
             BuurtContactKind   kind,
             int                kern,
             const char        *municipality,
             const char        *email_address,
             GError           **error)
{
  const KernInfo *info = kern >= 0 ? g_array_index (self->kernen, Kern, kern).info : &base_kernen[0];
  g_autoptr(BuurtContact) contact = buurt_contact_new ();
  g_autofree char *slugged = slug (name);
  Contact c = { 0, kind, kern, municipality, name, NULL };
  const char *email;
  guint index;

  if (kind == BUURT_CONTACT_KIND_RESIDENT)
    {
      const char *space = strchr (name, ' ');
      g_autofree char *first_name = g_strndup (name, space != NULL ? (gsize) (space - name) : strlen (name));
      g_autofree char *first = slug (first_name);
      g_autofree char *last = slug (space != NULL ? space + 1 : name);

      /* example.nl: a resident's address must never reach a real person. */
      email = chance (self, 0.8) ? format (self, "%s.%s@example.nl", first, last) : NULL;
      c.phone = mobile (self);
    }
  else
    {
      email = email_address != NULL ? email_address : format (self, "info@%s.nl", slugged);
      c.phone = landline (self, info);
    }

  g_object_set (contact,
                "name", name,
                "kind", kind,
                "phone", c.phone,
                "email", email,
                NULL);
  if (!save (self, contact, error))
    return FALSE;

  c.id = buurt_entity_get_id (BUURT_ENTITY (contact));
  g_array_append_val (self->contacts, c);
  index = self->contacts->len - 1;
  g_array_append_val (self->by_kind[kind], index);

  return TRUE;
}

static const char *
resident_name (Generator *self)
{
  for (;;)
    {
      const char *name;

      if (chance (self, 0.15))
        name = newcomer_names[pick (self, G_N_ELEMENTS (newcomer_names))];
      else
        name = format (self, "%s %s",
                       first_names[pick (self, G_N_ELEMENTS (first_names))],
                       last_names[pick (self, G_N_ELEMENTS (last_names))]);
      if (claim_name (self, name))
        return intern (self, name);
    }
}

static gboolean
add_contacts (Generator  *self,
              GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    {
      claim_name (self, organisations[i].name);
      if (!add_contact (self, organisations[i].name, organisations[i].kind, organisations[i].kern,
                        "Dronten", organisations[i].email, error))
        return FALSE;
    }

  for (guint i = 0; i < N_BASE_RESIDENTS; i++)
    {
      /* Most people live in Dronten itself. */
      guint r = pick (self, 10);
      int kern = r < 7 ? 0 : r < 9 ? 1 : 2;

      if (!add_contact (self, resident_name (self), BUURT_CONTACT_KIND_RESIDENT, kern, "Dronten", NULL, error))
        return FALSE;
    }

  /* The extra towns, when there are any, get people and clubs of their own. */
  for (guint k = G_N_ELEMENTS (base_kernen); k < self->kernen->len; k++)
    {
      const KernInfo *info = g_array_index (self->kernen, Kern, k).info;
      const char *municipality = format (self, "Gemeente %s", info->municipality);
      const char *club = format (self, "Buurtvereniging %s", info->name);
      const char *foundation = format (self, "Stichting Welzijn %s", info->name);

      if (claim_name (self, municipality) &&
          !add_contact (self, municipality, BUURT_CONTACT_KIND_MUNICIPALITY, -1, info->municipality, NULL, error))
        return FALSE;
      if (claim_name (self, club) && !add_contact (self, club, BUURT_CONTACT_KIND_CLUB, k, info->municipality, NULL, error))
        return FALSE;
      if (claim_name (self, foundation) &&
          !add_contact (self, foundation, BUURT_CONTACT_KIND_WELFARE_ORGANISATION, k, info->municipality, NULL, error))
        return FALSE;
      for (guint i = 0; i < 5; i++)
        if (!add_contact (self, resident_name (self), BUURT_CONTACT_KIND_RESIDENT, k, info->municipality, NULL, error))
          return FALSE;
    }

  return TRUE;
}

static guint
find_contact (Generator  *self,
              const char *name)
{
  for (guint i = 0; i < self->contacts->len; i++)
    if (g_str_equal (g_array_index (self->contacts, Contact, i).name, name))
      return i;

  g_assert_not_reached ();
  return 0;
}

/* Whether @contact works in @kern: it is from there, or from its whole
 * municipality. */
static gboolean
contact_fits (Generator     *self,
              const Contact *contact,
              int            kern)
{
  if (kern < 0 || contact->kern == kern)
    return TRUE;

  return contact->kern < 0 &&
         g_str_equal (contact->municipality, g_array_index (self->kernen, Kern, kern).info->municipality);
}

/* A contact of @kind who works in @kern (-1: anywhere); a resident of
 * @kern when there is no such organisation there. */
static guint
pick_contact (Generator        *self,
              BuurtContactKind  kind,
              int               kern)
{
  GArray *pool = self->by_kind[kind];
  g_autoptr(GArray) fitting = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < pool->len; i++)
    {
      guint index = g_array_index (pool, guint, i);

      if (contact_fits (self, &g_array_index (self->contacts, Contact, index), kern))
        g_array_append_val (fitting, index);
    }

  if (fitting->len > 0)
    return g_array_index (fitting, guint, pick (self, fitting->len));
  if (kind != BUURT_CONTACT_KIND_RESIDENT)
    return pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, kern);

  return g_array_index (pool, guint, pick (self, pool->len));
}

/* ------------------------------------------------------------------ */
/* Initiatives                                                        */
/* ------------------------------------------------------------------ */

typedef struct
{
  guint contact;
  BuurtPartnerRole role;
} PartnerKey;

static gboolean
add_partner (Generator         *self,
             gint64             initiative_id,
             GArray            *added,
             guint              contact,
             BuurtPartnerRole   role,
             GError           **error)
{
  g_autoptr(BuurtInitiativePartner) partner = NULL;
  PartnerKey key = { contact, role };

  /* A contact has each role in an initiative once (a unique key). */
  for (guint i = 0; i < added->len; i++)
    {
      const PartnerKey *other = &g_array_index (added, PartnerKey, i);

      if (other->contact == contact && (other->role == role || role == BUURT_PARTNER_ROLE_VOLUNTEER))
        return TRUE;
    }

  partner = buurt_initiative_partner_new ();
  g_object_set (partner,
                "initiative-id", initiative_id,
                "contact-id", g_array_index (self->contacts, Contact, contact).id,
                "role", role,
                NULL);
  if (!save (self, partner, error))
    return FALSE;

  g_array_append_val (added, key);
  return TRUE;
}

static gboolean
add_journal_entry (Generator         *self,
                   gint64             initiative_id,
                   guint32            day,
                   BuurtJournalKind   kind,
                   GError           **error)
{
  g_autoptr(BuurtJournalEntry) entry = buurt_journal_entry_new ();
  const char *text;

  switch (kind)
    {
    case BUURT_JOURNAL_KIND_MILESTONE:
      text = milestones[pick (self, G_N_ELEMENTS (milestones))];
      break;
    case BUURT_JOURNAL_KIND_OBSTACLE:
      text = obstacles[pick (self, G_N_ELEMENTS (obstacles))];
      break;
    case BUURT_JOURNAL_KIND_LESSON:
      text = lessons[pick (self, G_N_ELEMENTS (lessons))];
      break;
    case BUURT_JOURNAL_KIND_EVALUATION:
    default:
      text = evaluations[pick (self, G_N_ELEMENTS (evaluations))];
      break;
    }

  g_object_set (entry,
                "initiative-id", initiative_id,
                "entry-date", date_text (self, day),
                "kind", kind,
                "text", text,
                NULL);

  return save (self, entry, error);
}

static gboolean
add_expense (Generator    *self,
             gint64        initiative_id,
             gint64        request_id,
             guint32       day,
             guint         cents,
             GError      **error)
{
  g_autoptr(BuurtExpense) expense = buurt_expense_new ();

  g_object_set (expense,
                "initiative-id", initiative_id,
                "funding-request-id", request_id,
                "spent-on", date_text (self, day),
                "description", expense_descriptions[pick (self, G_N_ELEMENTS (expense_descriptions))],
                "amount-cents", (gint64) cents,
                NULL);

  return save (self, expense, error);
}

static gboolean
add_request (Generator          *self,
             gint64              initiative_id,
             guint32             started,
             const RequestInfo  *info,
             guint               funder,
             GError            **error)
{
  g_autoptr(BuurtFundingRequest) request = buurt_funding_request_new ();
  BuurtFundingStatus status = info->status;
  guint euros, granted = 0;
  guint32 requested = 0, decided = 0;
  const char *conditions = NULL;
  gint64 request_id;

  /* The municipality gives up to about EUR 500, the tenants' fund of the
   * housing corporation up to EUR 1,000. */
  switch (info->funder)
    {
    case FUNDER_MUNICIPALITY:
      euros = 25 * between (self, 6, 20);
      conditions = "Verantwoording met bonnetjes binnen drie maanden na afloop; "
                   "vermeld de steun van de gemeente op flyers.";
      break;
    case FUNDER_HOUSING:
      euros = 50 * between (self, 5, 20);
      conditions = "Alleen voor huurders van Oost Flevolandse Woondiensten; "
                   "laat zien dat buren meedoen.";
      break;
    case FUNDER_FOUNDATION:
    case FUNDER_NONE:
    default:
      euros = 100 * between (self, 5, 25);
      conditions = "Een kort verslag met foto's na een jaar.";
      break;
    }

  /* Asked for in the last year, possibly just before the start; decided
   * within weeks. */
  if (status != BUURT_FUNDING_STATUS_DRAFT)
    {
      guint32 earliest = MAX (started - 45, self->today - 365);
      guint32 latest = self->today - (status == BUURT_FUNDING_STATUS_SUBMITTED ? 3 : 45);

      requested = between (self, MIN (earliest, latest - 10), latest);
    }
  if (status != BUURT_FUNDING_STATUS_DRAFT && status != BUURT_FUNDING_STATUS_SUBMITTED)
    decided = MIN (requested + between (self, 14, 42), self->today);
  if (status == BUURT_FUNDING_STATUS_GRANTED || status == BUURT_FUNDING_STATUS_PAID ||
      status == BUURT_FUNDING_STATUS_ACCOUNTED)
    granted = chance (self, 0.7) ? euros : euros * 4 / 5;

  g_object_set (request,
                "initiative-id", initiative_id,
                "funder-id", g_array_index (self->contacts, Contact, funder).id,
                "amount-requested-cents", (gint64) euros * 100,
                "amount-granted-cents", (gint64) granted * 100,
                "status", status,
                "requested-on", requested != 0 ? date_text (self, requested) : NULL,
                "decided-on", decided != 0 ? date_text (self, decided) : NULL,
                "conditions", granted > 0 ? conditions : NULL,
                "rejection-reason", info->reason,
                NULL);
  if (!save (self, request, error))
    return FALSE;
  request_id = buurt_entity_get_id (BUURT_ENTITY (request));

  /* Spending: all of it once accounted for, part of it once paid. */
  if (status == BUURT_FUNDING_STATUS_PAID || status == BUURT_FUNDING_STATUS_ACCOUNTED)
    {
      guint left = status == BUURT_FUNDING_STATUS_ACCOUNTED ? granted * 100 : granted * 100 * between (self, 4, 8) / 10;
      guint n = between (self, 1, 4);

      for (guint i = 0; i < n && left > 0; i++)
        {
          guint cents = i == n - 1 ? left : left / (n - i) + pick (self, left / (2 * (n - i)) + 1);
          guint32 day = between (self, decided, MAX (decided, self->today - 1));

          if (!add_expense (self, initiative_id, request_id, day, cents, error))
            return FALSE;
          left -= cents;
        }
    }

  return TRUE;
}

static gboolean
add_initiatives (Generator  *self,
                 GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (usual_organisers); i++)
    self->usual_organisers[i] = find_contact (self, usual_organisers[i].organiser);

  guint municipality = find_contact (self, ORG_MUNICIPALITY);
  guint housing = find_contact (self, ORG_HOUSING);
  guint fund = find_contact (self, ORG_FUND);

  for (guint i = 0; i < N_INITIATIVES; i++)
    {
      const InitiativeInfo *info = &initiatives[i];
      const Neighbourhood *n = &g_array_index (self->neighbourhoods, Neighbourhood, info->neighbourhood);
      g_autoptr(BuurtInitiative) initiative = buurt_initiative_new ();
      g_autoptr(GArray) partners = g_array_new (FALSE, FALSE, sizeof (PartnerKey));
      guint32 started = 0, next_evaluation = 0;
      guint volunteers = 0, participants = 0, n_entries;
      gint64 id;

      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;

      switch (info->stage)
        {
        case BUURT_STAGE_IDEA:
          n_entries = 1;
          break;
        case BUURT_STAGE_EXPLORING:
          started = self->today - between (self, 10, 60);
          next_evaluation = self->today + between (self, 30, 60);
          volunteers = between (self, 1, 4);
          n_entries = 2;
          break;
        case BUURT_STAGE_PILOT:
          /* A pilot of a few months, then an evaluation. */
          started = self->today - between (self, 20, 60);
          next_evaluation = started + between (self, 90, 120);
          volunteers = between (self, 3, 8);
          participants = between (self, 8, 30);
          n_entries = 3;
          break;
        case BUURT_STAGE_EVALUATING:
          started = self->today - between (self, 100, 200);
          next_evaluation = self->today + between (self, 3, 20);
          volunteers = between (self, 4, 10);
          participants = between (self, 10, 40);
          n_entries = 4;
          break;
        case BUURT_STAGE_RUNNING:
          started = self->today - between (self, 400, 1200);
          next_evaluation = self->today + between (self, 60, 300);
          volunteers = between (self, 5, 20);
          participants = between (self, 20, 150);
          n_entries = between (self, 4, 6);
          break;
        case BUURT_STAGE_PAUSED:
          started = self->today - between (self, 200, 600);
          next_evaluation = self->today + between (self, 30, 90);
          volunteers = between (self, 1, 4);
          participants = between (self, 5, 30);
          n_entries = 3;
          break;
        case BUURT_STAGE_STOPPED:
        default:
          started = self->today - between (self, 500, 1500);
          volunteers = 0;
          participants = between (self, 10, 60);
          n_entries = 4;
          break;
        }

      g_object_set (initiative,
                    "title", info->title,
                    "summary", info->summary,
                    "neighbourhood-id", n->id,
                    "stage", info->stage,
                    "start-date", started != 0 ? date_text (self, started) : NULL,
                    "next-evaluation", next_evaluation != 0 ? date_text (self, next_evaluation) : NULL,
                    "target-groups", info->target_groups,
                    "volunteers", (gint64) volunteers,
                    "participants", (gint64) participants,
                    "support-evidence", info->support,
                    NULL);
      if (!save (self, initiative, error))
        return FALSE;
      id = buurt_entity_get_id (BUURT_ENTITY (initiative));
      self->initiatives[i].id = id;
      self->initiatives[i].stage = info->stage;

      /* Residents lead (kartrekkers), neighbourhood partners help. */
      for (guint j = 0, n_leads = between (self, 1, 2); j < n_leads; j++)
        if (!add_partner (self, id, partners, pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, n->kern),
                          BUURT_PARTNER_ROLE_LEAD, error))
          return FALSE;
      for (guint j = 0; j < MIN (volunteers, 5); j++)
        if (!add_partner (self, id, partners, pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, n->kern),
                          BUURT_PARTNER_ROLE_VOLUNTEER, error))
          return FALSE;
      for (guint j = 0, n_partners = info->stage == BUURT_STAGE_IDEA ? 0 : between (self, 1, 3); j < n_partners; j++)
        {
          static const BuurtContactKind kinds[] = {
            BUURT_CONTACT_KIND_WELFARE_ORGANISATION, BUURT_CONTACT_KIND_SCHOOL,
            BUURT_CONTACT_KIND_CHURCH, BUURT_CONTACT_KIND_CLUB, BUURT_CONTACT_KIND_HOUSING_CORPORATION,
            BUURT_CONTACT_KIND_MUNICIPALITY, BUURT_CONTACT_KIND_BUSINESS,
          };

          if (!add_partner (self, id, partners,
                            pick_contact (self, kinds[pick (self, G_N_ELEMENTS (kinds))], n->kern),
                            BUURT_PARTNER_ROLE_PARTNER, error))
            return FALSE;
        }

      for (guint j = 0; j < G_N_ELEMENTS (info->requests) && info->requests[j].funder != FUNDER_NONE; j++)
        {
          const RequestInfo *request = &info->requests[j];
          guint funder = request->funder == FUNDER_MUNICIPALITY ? municipality
                       : request->funder == FUNDER_HOUSING ? housing : fund;

          if (!add_request (self, id, started != 0 ? started : self->today - 30, request, funder, error))
            return FALSE;
          if (request->status != BUURT_FUNDING_STATUS_DRAFT &&
              !add_partner (self, id, partners, funder, BUURT_PARTNER_ROLE_FUNDER, error))
            return FALSE;
        }

      /* Small costs paid by the group itself, without a grant. */
      if (started != 0 && chance (self, 0.3) &&
          !add_expense (self, id, 0, between (self, started, self->today - 1), 100 * between (self, 5, 40), error))
        return FALSE;

      /* The journal: how it started, what got in the way, what was learnt. */
      for (guint j = 0; j < n_entries; j++)
        {
          guint32 from = started != 0 ? started : self->today - 40;
          guint32 day = from + (self->today - from) * j / n_entries + pick (self, 7);
          BuurtJournalKind kind;

          /* It starts with a milestone; an evaluation comes only after a
           * pilot; a pause follows an obstacle. */
          if (j == 0)
            kind = BUURT_JOURNAL_KIND_MILESTONE;
          else if (j == n_entries - 1 && (info->stage == BUURT_STAGE_EVALUATING || info->stage == BUURT_STAGE_STOPPED))
            kind = BUURT_JOURNAL_KIND_EVALUATION;
          else if (j == n_entries - 1 && info->stage == BUURT_STAGE_PAUSED)
            kind = BUURT_JOURNAL_KIND_OBSTACLE;
          else if (info->stage <= BUURT_STAGE_PILOT)
            kind = (i + j) % 2 ? BUURT_JOURNAL_KIND_LESSON : BUURT_JOURNAL_KIND_OBSTACLE;
          else
            kind = (BuurtJournalKind) ((i + j) % 4);

          if (!add_journal_entry (self, id, MIN (day, self->today), kind, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Planning activities                                                */
/* ------------------------------------------------------------------ */

/* The day of the month of the n-th @weekday (n = -1: the last one). */
static guint32
nth_weekday (guint         year,
             guint         month,
             int           n,
             GDateWeekday  weekday)
{
  GDate date;

  g_date_clear (&date, 1);
  if (n > 0)
    {
      g_date_set_dmy (&date, 1, month, year);
      g_date_add_days (&date, (weekday - g_date_get_weekday (&date) + 7) % 7 + 7 * (n - 1));
    }
  else
    {
      g_date_set_dmy (&date, g_date_get_days_in_month (month, year), month, year);
      g_date_subtract_days (&date, (g_date_get_weekday (&date) - weekday + 7) % 7);
    }

  return g_date_get_julian (&date);
}

/* The k-th date of a series, counted from 0, the way the store expands it. */
static guint32
plan_date (const Plan *plan,
           guint       k)
{
  GDate first;
  guint month, year;

  if (plan->frequency != MONTHLY)
    return plan->first + k * (plan->frequency == WEEKLY ? 7 : 14);

  g_date_clear (&first, 1);
  g_date_set_julian (&first, plan->first);
  month = g_date_get_month (&first) - 1 + k;
  year = g_date_get_year (&first) + month / 12;

  return nth_weekday (year, month % 12 + 1, plan->nth, g_date_get_weekday (&first));
}

static guint
plan_count_dates (const Plan *plan)
{
  guint n = 0;

  if (!plan->series)
    return 1;
  if (plan->count > 0)
    return plan->count;

  while (plan_date (plan, n) <= plan->until)
    n++;

  return n;
}

/* Whether @room is free on @weekday in @slot for a series like @plan; and
 * if @take, mark it taken. */
static gboolean
room_slot_free (Generator  *self,
                guint       room,
                guint       weekday,
                guint       slot,
                const Plan *plan,
                guint       share,
                gboolean    take)
{
  guint8 *usage = &g_array_index (self->rooms, Room, room).usage[weekday][slot];
  guint8 mask;

  if (plan->frequency == WEEKLY)
    {
      if (*usage != 0)
        return FALSE;
      mask = SLOT_FULL;
    }
  else if (plan->frequency == FORTNIGHTLY)
    {
      mask = SLOT_PARITY (share);
      if ((*usage & ~SLOT_PARITY_ANY) != 0 || (*usage & mask) != 0)
        return FALSE;
    }
  else
    {
      mask = SLOT_MONTHLY (share);
      if ((*usage & ~SLOT_MONTHLY_ANY) != 0 || (*usage & mask) != 0)
        return FALSE;
    }

  if (take)
    *usage |= mask;

  return TRUE;
}

/* Books @room on @day in @slot for a series like @plan if that is free
 * there, in any share of the slot (week parity, week of the month). */
static gboolean
try_book (Generator        *self,
          const SeriesInfo *info,
          Plan             *plan,
          guint             room,
          guint             day,
          guint             slot,
          GDateWeekday     *weekday,
          guint            *share)
{
  const Room *r = &g_array_index (self->rooms, Room, room);
  guint n_shares = plan->frequency == FORTNIGHTLY ? 2 : plan->frequency == MONTHLY ? 4 : 1;

  if ((r->facilities & info->needs) != info->needs)
    return FALSE;
  if (r->outside && !(info->needs & BUURT_FACILITY_GARDEN))
    return FALSE;
  /* A gym is for moving, not for coffee. */
  if ((r->facilities & BUURT_FACILITY_SPORTS_FLOOR) && info->category != BUURT_CATEGORY_SPORTS &&
      info->category != BUURT_CATEGORY_CHILDREN && !(info->target_groups & BUURT_TARGET_GROUP_YOUTH))
    return FALSE;

  for (guint i = 0; i < n_shares; i++)
    {
      guint candidate = (*share + i) % n_shares;

      if (room_slot_free (self, room, day, slot, plan, candidate, FALSE))
        {
          room_slot_free (self, room, day, slot, plan, candidate, TRUE);
          *share = candidate;
          *weekday = (GDateWeekday) (day + 1);
          plan->room = room + 1;
          plan->start = slots[slot].start;
          return TRUE;
        }
    }

  return FALSE;
}

/* Searches every day and slot @info allows in @room, from a random start. */
static gboolean
try_book_room (Generator        *self,
               const SeriesInfo *info,
               Plan             *plan,
               guint             room,
               const guint      *days,
               guint             n_days,
               const guint      *slot_list,
               guint             n_slots,
               GDateWeekday     *weekday,
               guint            *share)
{
  guint first_day = pick (self, n_days), first_slot = pick (self, n_slots);

  for (guint d = 0; d < n_days; d++)
    for (guint s = 0; s < n_slots; s++)
      if (try_book (self, info, plan, room, days[(first_day + d) % n_days],
                    slot_list[(first_slot + s) % n_slots], weekday, share))
        return TRUE;

  return FALSE;
}

/* Books a room for a series: in @neighbourhood first when it is an
 * initiative's own activity, then a room of the kinds @info likes, then
 * any room with the facilities it needs. Fills in the plan's room and
 * start, the weekday and the share of the slot. */
static gboolean
book_series (Generator        *self,
             const SeriesInfo *info,
             Plan             *plan,
             int               neighbourhood,
             GDateWeekday     *weekday,
             guint            *share)
{
  guint n_rooms = self->rooms->len;
  guint days[N_DAYS], n_days = 0, slot_list[N_SLOTS], n_slots = 0;
  guint kinds[BUURT_VENUE_KIND_OTHER + 1], n_kinds = 0;
  guint first_room;

  for (guint d = 0; d < N_DAYS; d++)
    if (info->days & (1u << d))
      days[n_days++] = d;
  for (guint s = 0; s < N_SLOTS; s++)
    if ((info->slots & (1u << s)) && slots[s].length >= info->minutes)
      slot_list[n_slots++] = s;
  for (guint k = 0; k <= BUURT_VENUE_KIND_OTHER; k++)
    if ((info->venue_kinds & (1u << k)) && self->rooms_by_venue_kind[k]->len > 0)
      kinds[n_kinds++] = k;
  g_assert (n_days > 0 && n_slots > 0);

  if (neighbourhood >= 0)
    for (guint room = 0; room < n_rooms; room++)
      {
        const Venue *venue = &g_array_index (self->venues, Venue,
                                             g_array_index (self->rooms, Room, room).venue);

        if (venue->neighbourhood == (guint) neighbourhood &&
            try_book_room (self, info, plan, room, days, n_days, slot_list, n_slots, weekday, share))
          return TRUE;
      }

  /* Random tries, for variety... */
  for (guint attempt = 0; attempt < 40; attempt++)
    {
      guint room;

      if (attempt < 25 && n_kinds > 0)
        {
          GArray *pool = self->rooms_by_venue_kind[kinds[pick (self, n_kinds)]];

          room = g_array_index (pool, guint, pick (self, pool->len));
        }
      else
        room = pick (self, n_rooms);

      if (try_book (self, info, plan, room, days[pick (self, n_days)],
                    slot_list[pick (self, n_slots)], weekday, share))
        return TRUE;
    }

  /* ...then a full search, so that a crowded agenda still finds the free
   * slots that are left. */
  first_room = pick (self, n_rooms);
  for (guint i = 0; i < n_rooms; i++)
    if (try_book_room (self, info, plan, (first_room + i) % n_rooms, days, n_days, slot_list, n_slots,
                       weekday, share))
      return TRUE;

  return FALSE;
}

static guint
pick_series (Generator *self)
{
  guint total = 0, r;

  for (guint i = 0; i < G_N_ELEMENTS (series_infos); i++)
    total += series_infos[i].weight;

  r = pick (self, total);
  for (guint i = 0; i < G_N_ELEMENTS (series_infos); i++)
    {
      if (r < series_infos[i].weight)
        return i;
      r -= series_infos[i].weight;
    }

  g_assert_not_reached ();
  return 0;
}

/* Outdoors: the template's meeting point in a neighbourhood of a town. */
static const char *
outdoor_location (Generator  *self,
                  const char *where,
                  guint       neighbourhood)
{
  const Neighbourhood *n = &g_array_index (self->neighbourhoods, Neighbourhood, neighbourhood);
  const char *kern = g_array_index (self->kernen, Kern, n->kern).name;

  if (g_str_has_prefix (n->name, kern))
    return format (self, "%s, %s", where, n->name);

  return format (self, "%s, %s, %s", where, n->name, kern);
}

static int
kern_of_plan (Generator  *self,
              const Plan *plan,
              guint       neighbourhood)
{
  if (plan->room != 0)
    {
      const Room *room = &g_array_index (self->rooms, Room, plan->room - 1);

      return (int) g_array_index (self->venues, Venue, room->venue).kern;
    }

  return (int) g_array_index (self->neighbourhoods, Neighbourhood, neighbourhood).kern;
}

static void
fill_common (Generator         *self,
             Plan              *plan,
             BuurtContactKind   organiser,
             guint              cost_cents,
             BuurtRegistration  registration,
             int                kern)
{
  /* Mostly free: the agenda is for residents and non-commercial clubs. */
  plan->cost_cents = cost_cents > 0 && chance (self, 0.6) ? cost_cents : 0;
  plan->registration = registration;
  plan->organiser = pick_contact (self, organiser, kern);
  plan->status = BUURT_ACTIVITY_STATUS_PUBLISHED;

  /* The club or foundation that usually runs it, where it works; else a
   * volunteer from the town. */
  for (guint i = 0; i < G_N_ELEMENTS (usual_organisers); i++)
    if (g_str_equal (usual_organisers[i].title, plan->title))
      {
        const Contact *usual = &g_array_index (self->contacts, Contact, self->usual_organisers[i]);

        if (contact_fits (self, usual, kern) && chance (self, 0.85))
          plan->organiser = self->usual_organisers[i];
        else
          plan->organiser = pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, kern);
        break;
      }
}

/* Plans one series like @info of at most @remaining dates; returns its
 * number of dates. */
static guint
plan_series (Generator        *self,
             const SeriesInfo *info,
             guint             remaining)
{
  Plan plan = { 0 };
  GDateWeekday weekday = G_DATE_MONDAY;
  guint share = 0;
  int neighbourhood = -1;
  guint location_neighbourhood = 0;
  Initiative *initiative = info->initiative >= 0 ? &self->initiatives[info->initiative] : NULL;

  plan.title = info->title;
  plan.description = info->description;
  plan.category = info->category;
  plan.target_groups = info->target_groups;
  plan.minutes = info->minutes;
  plan.series = TRUE;
  plan.frequency = info->frequency;
  plan.initiative = -1;

  /* The first series of an initiative that has activities belongs to it,
   * and takes place in the initiative's own neighbourhood. */
  if (initiative != NULL && !initiative->linked &&
      (initiative->stage == BUURT_STAGE_PILOT || initiative->stage == BUURT_STAGE_EVALUATING ||
       initiative->stage == BUURT_STAGE_RUNNING))
    {
      initiative->linked = TRUE;
      plan.initiative = info->initiative;
      neighbourhood = (int) initiatives[info->initiative].neighbourhood;
    }

  if (info->frequency == FORTNIGHTLY)
    share = pick (self, 2);
  else if (info->frequency == MONTHLY)
    share = pick (self, 4);

  if (info->location != NULL)
    {
      guint days[N_DAYS], n_days = 0;

      for (guint d = 0; d < N_DAYS; d++)
        if (info->days & (1u << d))
          days[n_days++] = d;
      weekday = (GDateWeekday) (days[pick (self, n_days)] + 1);
      location_neighbourhood = neighbourhood >= 0 ? (guint) neighbourhood : pick (self, self->neighbourhoods->len);
      plan.location = outdoor_location (self, info->location, location_neighbourhood);
      for (guint s = 0; s < N_SLOTS; s++)
        if (info->slots & (1u << s))
          {
            plan.start = slots[s].start;
            break;
          }
    }
  else if (!book_series (self, info, &plan, neighbourhood, &weekday, &share))
    {
      /* Every suitable room is full: meet at home rather than double-book. */
      location_neighbourhood = pick (self, self->neighbourhoods->len);
      plan.location = outdoor_location (self, "Bij een van de deelnemers thuis", location_neighbourhood);
      plan.start = slots[0].start;
    }

  /* Start on the whole or half hour, within the slot. */
  for (guint s = 0; s < N_SLOTS; s++)
    if (slots[s].start == plan.start)
      {
        guint slack = slots[s].length - MIN (slots[s].length, info->minutes);

        plan.start += 30 * pick (self, MIN (slack, 90) / 30 + 1);
        break;
      }

  /* The first date is in the current week; a fortnightly series on the
   * other parity starts a week later, a monthly one on its n-th weekday. */
  if (info->frequency == MONTHLY)
    {
      GDate date;
      guint month, year;

      plan.nth = share == 3 && chance (self, 0.5) ? -1 : (int) share + 1;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, self->monday);
      month = g_date_get_month (&date);
      year = g_date_get_year (&date);
      plan.first = nth_weekday (year, month, plan.nth, weekday);
      if (plan.first < self->monday)
        plan.first = nth_weekday (month == 12 ? year + 1 : year, month % 12 + 1, plan.nth, weekday);
    }
  else
    plan.first = self->monday + (weekday - 1) + (info->frequency == FORTNIGHTLY ? 7 * share : 0);

  /* About a year, to a date or for a number of times; a pilot lasts a
   * few months. */
  if (plan.initiative >= 0 && self->initiatives[plan.initiative].stage == BUURT_STAGE_PILOT)
    plan.count = info->frequency == WEEKLY ? 13 : info->frequency == FORTNIGHTLY ? 7 : 4;
  else if (chance (self, 0.5))
    plan.count = info->frequency == WEEKLY ? 52 : info->frequency == FORTNIGHTLY ? 26 : 12;
  else
    plan.until = plan.first + 364;

  plan.n_dates = plan_count_dates (&plan);
  if (plan.n_dates > remaining)
    {
      plan.count = remaining;
      plan.until = 0;
      plan.n_dates = remaining;
    }

  fill_common (self, &plan, info->organiser, info->cost_cents, info->registration,
               kern_of_plan (self, &plan, location_neighbourhood));
  g_array_append_val (self->plans, plan);

  return plan.n_dates;
}

static guint32
easter_sunday (guint year)
{
  /* The anonymous Gregorian algorithm (Meeus). */
  guint a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  guint f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  guint i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  guint m = (a + 11 * h + 22 * l) / 451;
  guint month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

/* The next date of a one-off event from today, within a year. */
static guint32
event_day (Generator       *self,
           const EventInfo *info)
{
  GDate today;
  guint year;

  g_date_clear (&today, 1);
  g_date_set_julian (&today, self->today);
  year = g_date_get_year (&today);

  for (guint y = year; y <= year + 1; y++)
    {
      guint32 day = 0;

      switch (info->when)
        {
        case WHEN_FIXED:
          {
            GDate date;

            g_date_clear (&date, 1);
            g_date_set_dmy (&date, info->day, info->month, y);
            /* Koningsdag moves to the Saturday when the 27th is a Sunday. */
            if (info->month == 4 && g_date_get_weekday (&date) == G_DATE_SUNDAY)
              g_date_subtract_days (&date, 1);
            day = g_date_get_julian (&date);
          }
          break;
        case WHEN_NTH_WEEKDAY:
          day = nth_weekday (y, info->month, info->day, (GDateWeekday) (g_bit_nth_lsf (info->days, -1) + 1));
          break;
        case WHEN_EASTER:
          day = (guint32) ((gint64) easter_sunday (y) + info->day);
          break;
        case WHEN_ANY:
        default:
          for (guint tries = 0; tries < 400; tries++)
            {
              guint32 candidate = self->today + between (self, 1, 364);
              GDate date;

              g_date_clear (&date, 1);
              g_date_set_julian (&date, candidate);
              if ((info->days & (1u << (g_date_get_weekday (&date) - 1))) &&
                  (info->months == 0 || (info->months & (1u << g_date_get_month (&date)))))
                return candidate;
            }
          return self->today + 7;
        }

      if (day > self->today)
        return day;
    }

  return self->today + 1;
}

/* The key of a one-off booking of @room on @day in @slot; never NULL. */
static gpointer
booking_key (Generator *self,
             guint      room,
             guint32    day,
             guint      slot)
{
  return GSIZE_TO_POINTER ((((gsize) room * 1000 + (day - self->today)) * N_SLOTS + slot) + 1);
}

static gboolean
overlaps_slot (const EventInfo *info,
               guint            slot)
{
  return slots[slot].start < info->start + info->minutes &&
         info->start < slots[slot].start + slots[slot].length;
}

/* Books a room for a one-off event where no series and no other event is:
 * every slot it touches must be free on that day. With @dronten_only, in
 * the municipality of Dronten. */
static gboolean
book_event (Generator       *self,
            const EventInfo *info,
            Plan            *plan,
            gboolean         dronten_only)
{
  guint weekday = weekday_of (plan->first) - 1;
  /* An event at an outdoor venue wants its garden, others a room indoors. */
  gboolean garden = info->venue_kinds == VK (OUTDOOR);
  guint kinds[BUURT_VENUE_KIND_OTHER + 1], n_kinds = 0;

  for (guint k = 0; k <= BUURT_VENUE_KIND_OTHER; k++)
    if ((info->venue_kinds & (1u << k)) && self->rooms_by_venue_kind[k]->len > 0)
      kinds[n_kinds++] = k;
  if (n_kinds == 0)
    return FALSE;

  for (guint attempt = 0; attempt < 80; attempt++)
    {
      GArray *pool = self->rooms_by_venue_kind[kinds[pick (self, n_kinds)]];
      guint room = g_array_index (pool, guint, pick (self, pool->len));
      const Room *r = &g_array_index (self->rooms, Room, room);
      gboolean is_free = TRUE;

      if (r->outside != garden || (garden && !(r->facilities & BUURT_FACILITY_GARDEN)))
        continue;
      if (dronten_only && g_array_index (self->venues, Venue, r->venue).kern >= G_N_ELEMENTS (base_kernen))
        continue;

      for (guint s = 0; s < N_SLOTS && is_free; s++)
        if (overlaps_slot (info, s) &&
            (r->usage[weekday][s] != 0 ||
             g_hash_table_contains (self->booked, booking_key (self, room, plan->first, s))))
          is_free = FALSE;
      if (!is_free)
        continue;

      for (guint s = 0; s < N_SLOTS; s++)
        if (overlaps_slot (info, s))
          g_hash_table_add (self->booked, booking_key (self, room, plan->first, s));
      plan->room = room + 1;
      return TRUE;
    }

  return FALSE;
}

static void
plan_event (Generator       *self,
            const EventInfo *info)
{
  Plan plan = { 0 };
  guint neighbourhood;
  gboolean dronten_only;

  plan.title = info->title;
  plan.description = info->description;
  plan.category = info->category;
  plan.target_groups = info->target_groups;
  plan.first = event_day (self, info);
  plan.start = info->start;
  plan.minutes = info->minutes;
  plan.all_day = info->all_day;
  plan.n_dates = 1;
  plan.initiative = -1;

  if (info->initiative >= 0 && self->initiatives[info->initiative].stage != BUURT_STAGE_STOPPED &&
      chance (self, 0.5))
    plan.initiative = info->initiative;

  /* An initiative's event is in its neighbourhood; Dronten's own events
   * stay in Dronten's towns. */
  dronten_only = plan.initiative >= 0 || strstr (info->title, "Dronten") != NULL;
  if (plan.initiative >= 0)
    neighbourhood = initiatives[plan.initiative].neighbourhood;
  else if (dronten_only)
    neighbourhood = pick (self, self->n_base_neighbourhoods);
  else
    neighbourhood = pick (self, self->neighbourhoods->len);

  if (info->location != NULL || !book_event (self, info, &plan, dronten_only))
    plan.location = outdoor_location (self, info->location != NULL ? info->location : "Op het dorpsplein",
                                      neighbourhood);

  fill_common (self, &plan, info->organiser, info->cost_cents, info->registration,
               kern_of_plan (self, &plan, neighbourhood));
  g_array_append_val (self->plans, plan);
}

/* A few single dates of published series are cancelled: the one around
 * Christmas most often, otherwise a random date. */
static void
cancel_some_dates (Generator *self,
                   Plan      *plan)
{
  g_autoptr(GString) days = g_string_new (NULL);
  guint chosen[3], n_chosen = 0;

  for (guint k = 0; k < plan->n_dates && n_chosen == 0; k++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, plan_date (plan, k));
      if ((g_date_get_month (&date) == 12 && g_date_get_day (&date) >= 24) ||
          (g_date_get_month (&date) == 1 && g_date_get_day (&date) == 1))
        chosen[n_chosen++] = k;
    }

  if (plan->n_dates > 2)
    for (guint i = 0, n = between (self, 1, 2); i < n; i++)
      {
        guint k = between (self, 1, plan->n_dates - 1);
        gboolean known = FALSE;

        for (guint j = 0; j < n_chosen; j++)
          known |= chosen[j] == k;
        if (!known)
          chosen[n_chosen++] = k;
      }

  /* In order, as the editor writes them. */
  for (guint i = 0; i < n_chosen; i++)
    for (guint j = i + 1; j < n_chosen; j++)
      if (chosen[j] < chosen[i])
        {
          guint k = chosen[i];

          chosen[i] = chosen[j];
          chosen[j] = k;
        }

  for (guint i = 0; i < n_chosen; i++)
    g_string_append_printf (days, "%s%s", i > 0 ? "," : "", date_text (self, plan_date (plan, chosen[i])));

  if (days->len > 0)
    plan->cancelled_dates = intern (self, days->str);
}

static void
plan_activities (Generator *self,
                 guint      n_events)
{
  guint remaining = self->n_occurrences - n_events;
  guint n_submitted, n_cancelled, n_rejected, n_marked = 0;

  /* Series first, so that one-off events can take the slots they leave;
   * first those of the initiatives that have activities going on. */
  for (guint i = 0; i < G_N_ELEMENTS (series_infos) && remaining > 0; i++)
    {
      int key = series_infos[i].initiative;

      if (key >= 0 && !self->initiatives[key].linked &&
          (self->initiatives[key].stage == BUURT_STAGE_PILOT ||
           self->initiatives[key].stage == BUURT_STAGE_EVALUATING ||
           self->initiatives[key].stage == BUURT_STAGE_RUNNING))
        remaining -= plan_series (self, &series_infos[i], remaining);
    }
  while (remaining > 0)
    remaining -= plan_series (self, &series_infos[pick_series (self)], remaining);

  /* Every kind of event at least once, then at random. */
  for (guint i = 0; i < n_events; i++)
    plan_event (self, &event_infos[i < G_N_ELEMENTS (event_infos) ? i : pick (self, G_N_ELEMENTS (event_infos))]);

  /* A review queue of some twenty to forty submissions, a few cancelled
   * and rejected activities; the rest is published. Activities of an
   * initiative stay published. */
  n_submitted = MIN (between (self, 22, 36), self->plans->len / 4);
  n_cancelled = MIN (between (self, 3, 6) + self->plans->len / 1000, self->plans->len / 20);
  n_rejected = MIN (between (self, 1, 3), self->plans->len / 50);

  for (guint tries = 0; n_marked < n_submitted + n_cancelled + n_rejected && tries < 100 * self->plans->len; tries++)
    {
      Plan *plan = &g_array_index (self->plans, Plan, pick (self, self->plans->len));

      if (plan->status != BUURT_ACTIVITY_STATUS_PUBLISHED || plan->initiative >= 0)
        continue;

      if (n_marked < n_submitted)
        {
          /* Submitted by the residents and clubs who organise it. */
          plan->status = BUURT_ACTIVITY_STATUS_SUBMITTED;
          if (chance (self, 0.6))
            plan->organiser = pick_contact (self, BUURT_CONTACT_KIND_RESIDENT, -1);
        }
      else if (n_marked < n_submitted + n_cancelled)
        plan->status = BUURT_ACTIVITY_STATUS_CANCELLED;
      else
        {
          plan->status = BUURT_ACTIVITY_STATUS_REJECTED;
          plan->rejection_reason = rejection_reasons[pick (self, G_N_ELEMENTS (rejection_reasons))];
        }
      n_marked++;
    }

  for (guint i = 0; i < self->plans->len; i++)
    {
      Plan *plan = &g_array_index (self->plans, Plan, i);

      if (plan->series && plan->status == BUURT_ACTIVITY_STATUS_PUBLISHED && chance (self, 0.06))
        cancel_some_dates (self, plan);
    }
}

/* ------------------------------------------------------------------ */
/* Saving activities                                                  */
/* ------------------------------------------------------------------ */

static const char *byday[] = { NULL, "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

static const char *
plan_rrule (Generator  *self,
            const Plan *plan)
{
  g_autoptr(GString) rule = g_string_new (NULL);
  const char *day = byday[weekday_of (plan->first)];

  if (plan->frequency == MONTHLY)
    g_string_append_printf (rule, "FREQ=MONTHLY;BYDAY=%d%s", plan->nth, day);
  else if (plan->frequency == FORTNIGHTLY)
    g_string_append_printf (rule, "FREQ=WEEKLY;INTERVAL=2;BYDAY=%s", day);
  else
    g_string_append_printf (rule, "FREQ=WEEKLY;BYDAY=%s", day);

  if (plan->count > 0)
    g_string_append_printf (rule, ";COUNT=%u", plan->count);
  else
    {
      GDate until;

      /* The end of the last day: later than any local start time on it. */
      g_date_clear (&until, 1);
      g_date_set_julian (&until, plan->until);
      g_string_append_printf (rule, ";UNTIL=%04u%02u%02uT235959Z", g_date_get_year (&until),
                              g_date_get_month (&until), g_date_get_day (&until));
    }

  return intern (self, rule->str);
}

static gboolean
save_plan (Generator   *self,
           const Plan  *plan,
           GError     **error)
{
  g_autoptr(BuurtActivity) activity = buurt_activity_new ();
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  const Contact *organiser = &g_array_index (self->contacts, Contact, plan->organiser);
  const char *registration_info = NULL;

  if (plan->all_day)
    {
      starts_at = local_time (self, plan->first, 0);
      ends_at = local_time (self, plan->first + 1, 0);
    }
  else
    {
      starts_at = local_time (self, plan->first, plan->start);
      ends_at = g_date_time_add_minutes (starts_at, plan->minutes);
    }

  if (plan->registration != BUURT_REGISTRATION_NONE)
    registration_info = format (self, "Aanmelden bij %s, telefoon %s.", organiser->name, organiser->phone);

  g_object_set (activity,
                "title", plan->title,
                "description", plan->description,
                "category", plan->category,
                "target-groups", plan->target_groups,
                "room-id", plan->room != 0 ? g_array_index (self->rooms, Room, plan->room - 1).id : (gint64) 0,
                "location", plan->location,
                "organiser-id", organiser->id,
                "initiative-id", plan->initiative >= 0 ? self->initiatives[plan->initiative].id : (gint64) 0,
                "starts-at", starts_at,
                "ends-at", ends_at,
                "all-day", plan->all_day,
                "rrule", plan->series ? plan_rrule (self, plan) : NULL,
                "cancelled-dates", plan->cancelled_dates,
                "cost-cents", (gint64) plan->cost_cents,
                "registration", plan->registration,
                "registration-info", registration_info,
                "status", plan->status,
                "rejection-reason", plan->rejection_reason,
                "source", BUURT_SOURCE_EXAMPLE,
                NULL);

  return save (self, activity, error);
}

static gboolean
generate (BuurtStore  *store,
          gpointer     user_data,
          GError     **error)
{
  Generator *self = user_data;
  guint n_events;
  gboolean empty;

  /* Checked inside the transaction, so no other desk can slip data in
   * between the check and the writing. */
  if (!buurt_store_is_empty (store, &empty, error))
    return FALSE;
  if (!empty)
    {
      g_set_error_literal (error, BUURT_STORE_ERROR, BUURT_STORE_ERROR_FAILED,
                           _("The agenda already holds data: example data can only be loaded into an empty agenda."));
      return FALSE;
    }

  /* Some one-off events, the rest in series of about a year. */
  n_events = MIN (MAX (self->n_occurrences / 140, 12), self->n_occurrences / 4);

  if (!add_places (self, rooms_needed (self->n_occurrences - n_events), error))
    return FALSE;
  if (!add_contacts (self, error))
    return FALSE;
  if (!add_initiatives (self, error))
    return FALSE;

  plan_activities (self, n_events);
  for (guint i = 0; i < self->plans->len; i++)
    if (!save_plan (self, &g_array_index (self->plans, Plan, i), error))
      return FALSE;

  return TRUE;
}

/**
 * buurt_example_data_generate:
 * @store: an empty store
 * @n_occurrences: how many dates the activities should have in all; 0 for
 *   %BUURT_EXAMPLE_DEFAULT_OCCURRENCES
 * @seed: the seed of every random choice: the same seed gives the same data
 * @cancellable: (nullable): to stop halfway; nothing is then kept
 *
 * Fills an empty agenda with a believable Dutch community: towns,
 * neighbourhoods, venues with rooms, contacts, initiatives in every stage
 * with their grants, expenses and journal, and series and events starting
 * this week whose dates number @n_occurrences. A big @n_occurrences brings
 * in towns from the rest of Flevoland, so rooms stay free of double
 * bookings. Everything is written in one transaction.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the agenda is not
 *   empty, when @cancellable was cancelled, or when the store failed, and
 *   then nothing was changed
 */
gboolean
buurt_example_data_generate (BuurtDatabase *database,
                             guint          n_occurrences,
                             guint32        seed,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(Generator) self = g_new0 (Generator, 1);
  g_autoptr(GDateTime) now = NULL;
  GDate today;
  BuurtStore *store;

  g_return_val_if_fail (BUURT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->store = store = buurt_database_get_store (database);
  self->cancellable = cancellable;
  self->n_occurrences = n_occurrences > 0 ? n_occurrences : BUURT_EXAMPLE_DEFAULT_OCCURRENCES;
  self->rand = g_rand_new_with_seed (seed);
  self->tz = g_time_zone_new_identifier ("Europe/Amsterdam");
  if (self->tz == NULL)
    self->tz = g_time_zone_new_local ();
  self->strings = g_string_chunk_new (64 * 1024);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  self->booked = g_hash_table_new (NULL, NULL);
  self->kernen = g_array_new (FALSE, FALSE, sizeof (Kern));
  self->neighbourhoods = g_array_new (FALSE, FALSE, sizeof (Neighbourhood));
  self->venues = g_array_new (FALSE, FALSE, sizeof (Venue));
  self->rooms = g_array_new (FALSE, FALSE, sizeof (Room));
  self->contacts = g_array_new (FALSE, FALSE, sizeof (Contact));
  for (guint i = 0; i < G_N_ELEMENTS (self->by_kind); i++)
    self->by_kind[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < G_N_ELEMENTS (self->rooms_by_venue_kind); i++)
    self->rooms_by_venue_kind[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  self->plans = g_array_new (FALSE, FALSE, sizeof (Plan));

  /* Dates follow the local calendar of the agenda, not UTC. */
  now = g_date_time_new_now (self->tz);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  self->today = g_date_get_julian (&today);
  self->monday = self->today - (g_date_get_weekday (&today) - G_DATE_MONDAY);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  buurt_store_prepare_for_bulk (store);
  return buurt_store_transaction (store, generate, self, error);
}
