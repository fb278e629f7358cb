#include "app/people/demo_people.hpp"

#include <array>

#include "app/demo.hpp"
#include "app/people/events.hpp"
#include "app/people/registry.hpp"

namespace pcmt::app::people {
namespace {
namespace json = boost::json;

constexpr const char* kReason = "Dữ liệu mô phỏng (demo)";

constexpr std::array kFamily = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"};
constexpr std::array kMiddle = {"Văn", "Đức", "Hữu", "Minh", "Quang", "Công"};
constexpr std::array kGiven = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong",
                               "Quân", "Sơn", "Tâm", "Thắng", "Tuấn", "Việt", "Hiếu", "Lâm", "Nghĩa", "Trung"};

struct Step {
  const char* type;
  int days_ago;
  const char* fields;  // JSON object text
};

// One stage of the lifecycle each: the events that lead there, dated back from today. Under
// management, the monthly residence checks were done (ND 105/2021 Art. 47) but for the last month.
struct Stage {
  std::vector<Step> steps;
  bool monthly_checks = false;
};

const std::vector<Stage>& stages() {
  static const std::vector<Stage> s{
      {{{"positive_test", 2, "{}"}}},
      {{{"positive_test", 9, "{}"}, {"residence_verified", 7, R"({"stable": true})"}}},
      {{{"user_management_decision", 45, "{}"}}, true},
      {{{"user_management_decision", 380, "{}"}}, true},
      {{{"addiction_result", 3, R"({"result": "addicted"})"}}},
      {{{"taken_over", 100, R"({"state": "voluntary_home", "planned_months": 6})"}}},
      {{{"taken_over", 400, R"({"state": "substitution", "phase": "maintenance"})"}}},
      {{{"taken_over", 200, R"({"state": "compulsory_facility", "term_months": 24})"}}},
      {{{"taken_over", 300, R"({"state": "post_rehab", "completed": "voluntary"})"}}},
  };
  return s;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

void seed_demo_people(store::Connection& db, const std::string& province, const std::vector<std::string>& communes,
                      calendar::Date today) {
  const Actor admin = demo_admin(province);
  int serial = 0;
  for (size_t c = 0; c < communes.size(); ++c) {
    // The first commune (the demo commune officer's) gets every stage twice; the others one each.
    const size_t count = c == 0 ? 2 * stages().size() : stages().size();
    for (size_t k = 0; k < count; ++k) {
      const uint64_t h = demo_mix(static_cast<uint64_t>(++serial) * 2654435761ULL + std::stoull(communes[c]));
      const int year = 1975 + static_cast<int>(h % 30);
      const bool female = (h >> 8) % 7 == 0;
      PersonInput in;
      // Digits: birth-registration province 040 (Nghệ An), century and sex, two of the year, serial.
      const int century_sex = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
      in.personal_id = "040" + std::to_string(century_sex) + two(year % 100) + "9" + std::to_string(10000 + serial);
      in.full_name = std::string(kFamily[h % kFamily.size()]) + " " + (female ? "Thị" : kMiddle[(h >> 4) % kMiddle.size()]) +
                     " " + kGiven[(h >> 12) % kGiven.size()];
      in.birth_date = calendar::Date(year, 1 + static_cast<int>((h >> 16) % 12), 1 + static_cast<int>((h >> 20) % 28)).iso();
      in.sex = female ? "female" : "male";
      in.commune_code = communes[c];
      in.address = "Tổ dân phố " + std::to_string(1 + (h >> 24) % 12) + " (địa chỉ mô phỏng)";
      in.drug_types = std::vector<std::string>{(h >> 28) % 3 == 0 ? "heroin" : "methamphetamine"};
      in.confirm_not_duplicate = true;
      const Person p = register_person(db, admin, in, today);
      const Stage& stage = stages()[k % stages().size()];
      for (const auto& step : stage.steps) {
        EventInput e{step.type, today.add_days(-step.days_ago).iso(), json::parse(step.fields).as_object(), {}, kReason};
        if (e.type == "taken_over") e.fields["records_from"] = today.iso();  // as an import of the list would
        record_event(db, admin, p.id, e, today);
      }
      if (!stage.monthly_checks) continue;
      const calendar::Date decision = today.add_days(-stage.steps.front().days_ago);
      for (int m = 0; decision.add_months(m) <= today.add_days(-25); ++m)
        record_event(db, admin, p.id, {"residence_check", decision.add_months(m).iso(), {}, {}, kReason}, today);
    }
  }
}

}  // namespace pcmt::app::people
