#pragma once
// Effective-dated rule packs: legal parameters (durations, deadlines, thresholds) as data.
// One JSON file per legal instrument in rules/, embedded in the binary. An engine asks the
// RuleBook for the pack of its topic in force on the event's date, then reads named params.
// A param whose value the law does not yet give is marked "unknown": reading it throws,
// so no engine silently guesses (an admin sets it; see docs/rule-packs.md).
//
// File format:
// {"id": "law-73-2021", "topic": "people", "title": "...",
//  "effective_from": "2022-01-01", "effective_to": "2026-06-30",   // null = open-ended
//  "params": {"user_management.duration_months": {"value": 12, "source": "Luật 73/2021 Điều 23.2"},
//             "x": {"value": null, "unknown": true, "source": "..."}}}
#include <boost/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::rules {

struct UnknownRuleValue : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class RulePack {
 public:
  static RulePack from_json(std::string_view json_text);  // throws std::invalid_argument

  const std::string& id() const { return id_; }
  const std::string& topic() const { return topic_; }
  const std::string& title() const { return title_; }
  const std::string& effective_from() const { return effective_from_; }       // YYYY-MM-DD
  const std::optional<std::string>& effective_to() const { return effective_to_; }  // inclusive
  bool in_force_on(std::string_view iso_date) const;

  bool has(std::string_view name) const;
  bool is_unknown(std::string_view name) const;
  // The value; throws UnknownRuleValue when the law's value is not known, std::out_of_range when absent.
  const boost::json::value& value(std::string_view name) const;
  double number(std::string_view name) const;
  int64_t integer(std::string_view name) const;
  std::string source(std::string_view name) const;
  // Replace a value (admin override, or an unknown value now set). Keeps the source.
  void set(std::string_view name, boost::json::value v);
  const boost::json::object& params() const { return params_; }

 private:
  std::string id_, topic_, title_, effective_from_;
  std::optional<std::string> effective_to_;
  boost::json::object params_;
};

class RuleBook {
 public:
  static RuleBook embedded();  // every rules/*.json compiled into the binary
  void add(RulePack pack);
  // The pack of `topic` in force on `iso_date`; throws std::out_of_range when none is.
  const RulePack& in_force(std::string_view topic, std::string_view iso_date) const;
  const std::vector<RulePack>& packs() const { return packs_; }
  RulePack* find(std::string_view id);

 private:
  std::vector<RulePack> packs_;
};

}  // namespace pcmt::rules
