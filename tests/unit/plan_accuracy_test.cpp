// The parser against the hand-labelled fixture plans (tests/fixtures/plans/*.expected.json).
// A task counts as right for agencies when its lead, co-operating and requested sets all equal
// the label, and right for its deadline when kind, date, every, day, month and days all do. A
// task the parser misses or invents counts as wrong for both. Each document must reach 95%.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <iomanip>
#include <iostream>
#include <map>
#include <set>

#include "core/plans/plan_json.hpp"
#include "core/plans/plan_parser.hpp"
#include "plan_test_support.hpp"

namespace json = boost::json;

namespace {

std::set<std::string> as_set(const json::value& v) {
  std::set<std::string> out;
  for (const auto& s : v.as_array()) out.insert(std::string(s.as_string()));
  return out;
}

bool same_due(const json::object& expected, const json::object& got) {
  for (const char* k : {"kind", "date", "every", "day", "month", "days"}) {
    const bool e = expected.contains(k), g = got.contains(k);
    if (e != g || (e && expected.at(k) != got.at(k))) return false;
  }
  return true;
}

struct Score {
  int tasks = 0, agencies = 0, deadlines = 0;
  double agency_rate() const { return tasks ? 100.0 * agencies / tasks : 0; }
  double deadline_rate() const { return tasks ? 100.0 * deadlines / tasks : 0; }
};

class PlanAccuracy : public ::testing::TestWithParam<const char*> {};

}  // namespace

TEST_P(PlanAccuracy, AgenciesAndDeadlinesOnTheHandLabelledPlan) {
  const std::string name = GetParam();
  const json::value expected = json::parse(plan_test::read_file("tests/fixtures/plans/" + name + ".expected.json"));
  const pcmt::plans::ParsedPlan plan = pcmt::plans::parse_plan(plan_test::read_file("tests/fixtures/plans/" + name + ".txt"));
  const json::value got = pcmt::plans::plan_to_json_value(plan);

  // Header: every labelled field, exactly.
  const auto& exp_doc = expected.at("document").as_object();
  const auto& got_doc = got.at("document").as_object();
  for (const auto& [key, value] : exp_doc) {
    EXPECT_TRUE(got_doc.contains(key)) << name << ": document." << key;
    if (got_doc.contains(key)) {
      EXPECT_EQ(got_doc.at(key), value) << name << ": document." << key;
    }
  }
  // Targets: value, unit and year, in order.
  const auto& exp_targets = expected.at("targets").as_array();
  const auto& got_targets = got.at("targets").as_array();
  ASSERT_EQ(got_targets.size(), exp_targets.size()) << name << ": targets";
  for (size_t i = 0; i < exp_targets.size(); ++i)
    for (const char* k : {"value", "unit", "year"})
      EXPECT_EQ(got_targets[i].at(k), exp_targets[i].at(k)) << name << ": target " << i << " " << k;

  std::map<std::string, json::object> by_ref;
  for (const auto& t : got.at("tasks").as_array()) by_ref[std::string(t.at("ref").as_string())] = t.as_object();
  Score s;
  std::set<std::string> labelled;
  for (const auto& e : expected.at("tasks").as_array()) {
    const std::string ref(e.at("ref").as_string());
    labelled.insert(ref);
    ++s.tasks;
    const auto it = by_ref.find(ref);
    if (it == by_ref.end()) {
      ADD_FAILURE() << name << ": missing task " << ref;
      continue;
    }
    const json::object& g = it->second;
    const std::string text(g.at("text").as_string());
    EXPECT_EQ(text.rfind(std::string(e.at("text_starts").as_string()), 0), 0u) << name << " " << ref << ": " << text.substr(0, 80);
    bool agencies = true;
    for (const char* k : {"lead", "cooperating", "requested"}) agencies = agencies && as_set(e.at(k)) == as_set(g.at(k));
    if (agencies) ++s.agencies;
    else std::cout << "  " << name << " " << ref << ": agencies " << json::serialize(g.at("lead")) << json::serialize(g.at("cooperating"))
                   << json::serialize(g.at("requested")) << ", labelled " << json::serialize(e.at("lead"))
                   << json::serialize(e.at("cooperating")) << json::serialize(e.at("requested")) << "\n";
    if (same_due(e.at("due").as_object(), g.at("due").as_object())) ++s.deadlines;
    else std::cout << "  " << name << " " << ref << ": due " << json::serialize(g.at("due")) << ", labelled "
                   << json::serialize(e.at("due")) << "\n";
  }
  for (const auto& [ref, t] : by_ref) {
    if (labelled.count(ref)) continue;
    ++s.tasks;  // an invented task is wrong on both counts
    ADD_FAILURE() << name << ": task not in the labels " << ref;
  }

  std::cout << std::fixed << std::setprecision(1) << "[accuracy] " << name << ": " << s.tasks << " tasks, agencies "
            << s.agencies << "/" << s.tasks << " = " << s.agency_rate() << "%, deadlines " << s.deadlines << "/" << s.tasks
            << " = " << s.deadline_rate() << "%\n";
  EXPECT_GE(s.agency_rate(), 95.0) << name;
  EXPECT_GE(s.deadline_rate(), 95.0) << name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, PlanAccuracy,
                         ::testing::Values("nghe-an-594-kh-ubnd-2025", "dong-nai-171-kh-ubnd-2025", "thanh-hoa-kh-bcd-2021"),
                         [](const auto& info) {
                           std::string n = info.param;
                           for (auto& c : n)
                             if (c == '-') c = '_';
                           return n;
                         });
