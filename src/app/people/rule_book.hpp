#pragma once
// The rule packs the person lifecycle runs on: the embedded packs (rules/*.json) with the values an
// administrator has set over them (rule_pack_overrides) — typically a Law 120/2025 value the
// domain notes mark unknown, once its implementing text is published (docs/rule-packs.md). Each
// episode uses the pack in force on its start date; setting a value recomputes every person with
// an episode under that pack.
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "core/calendar/date.hpp"
#include "core/rules/rule_pack.hpp"
#include "store/db.hpp"

namespace pcmt::app::people {

// The embedded packs with the stored overrides applied.
rules::RuleBook people_rule_book(store::Connection& db);

struct RuleParamView {
  std::string name, unit, source;
  std::optional<double> value;  // nothing while unknown
  bool unknown = false;         // in the shipped pack
  bool confirmed = true;
  bool overridden = false;
  std::string override_source, override_by;
  int64_t override_at = 0;
};

struct RulePackView {
  std::string id, topic, title, effective_from;
  std::optional<std::string> effective_to;
  std::vector<RuleParamView> params;
};

// The article(s) behind a stored deadline, as the engine states them: the sources of its params in
// `pack` ("; "-joined), or the rule's basis for a deadline set by the facts (a court term).
std::string deadline_source(const std::string& kind, const std::string& pack, const std::string& params);

// Every people pack with its params (any signed-in role but the auditor may read them).
std::vector<RulePackView> list_rule_packs(store::Connection& db, const Actor& actor);

// A recompute's report: the job's result.
struct RuleChange {
  RulePackView pack;
  int recomputed = 0;                 // people whose lifecycle was recomputed
  int changed = 0;                    // of them, people whose stored rows or state the value changed
  std::vector<int64_t> now_refused;   // people whose recorded events the new value refuses (left as they were)
};

// Admin only. `value` must be a non-negative number; `source` cites the text that sets it.
// Stores the value with its audit row and enqueues the job (kRecomputeJob) that recomputes the
// people with an episode under the pack (rule_recompute.hpp); returns the job's id.
int64_t set_rule_value(store::Connection& db, const Actor& actor, const std::string& pack_id, const std::string& param,
                       double value, const std::string& source, calendar::Date today);
constexpr std::string_view kRecomputeJob = "rules.recompute";

// The pack as list_rule_packs shows it (404 for an unknown pack).
RulePackView rule_pack_view(store::Connection& db, const std::string& pack_id);

}  // namespace pcmt::app::people
