#pragma once
// Per-province settings of the plans module, kept in the settings table.
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::plans {

// Reminders start this many days before a due date unless the province chose otherwise: a week
// leaves an agency a full working week to gather its figures.
constexpr int kDefaultReminderDays = 7;
constexpr int kMaxReminderDays = 60;

struct PlanSettings {
  int reminder_days = kDefaultReminderDays;
};

PlanSettings load_settings(store::Connection& db, const std::string& province_code);
PlanSettings get_settings(store::Connection& db, const Actor& actor);
// admin and standing_office; 400 plan.reminder_days_invalid (0..60). Audited.
PlanSettings update_settings(store::Connection& db, const Actor& actor, int reminder_days);

}  // namespace pcmt::app::plans
