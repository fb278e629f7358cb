#include "app/areas/demo_areas.hpp"

#include <cstdio>
#include <vector>

#include "app/areas/drug_free_workflow.hpp"
#include "app/areas/map.hpp"
#include "app/areas/points.hpp"
#include "app/areas/registry.hpp"
#include "app/communes.hpp"
#include "app/demo.hpp"
#include "app/clock.hpp"

namespace pcmt::app::areas {
namespace {
namespace json = boost::json;

constexpr const char* kNote = "Dữ liệu mô phỏng (demo)";

// Nghệ An's bounding box is about 18.55–19.99 N, 103.86–105.77 E; the anchors stay inside it.
constexpr double kSouth = 18.62, kNorth = 19.90, kWest = 104.00, kEast = 105.70;

LatLon anchor(const std::string& code) {
  const uint64_t h = demo_mix(std::stoull(code));
  return {kSouth + (kNorth - kSouth) * static_cast<double>(h % 10007) / 10007.0,
          kWest + (kEast - kWest) * static_cast<double>((h >> 20) % 10009) / 10009.0};
}

// Within about a kilometre of the commune's anchor, to five decimals (a phone's GPS fix).
json::value near(const LatLon& a, int i, bool lon) {
  const double offset = (static_cast<double>(demo_mix(static_cast<uint64_t>(i) * 7919 + (lon ? 1 : 0)) % 2001) - 1000) / 100000.0;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", (lon ? a.lon : a.lat) + offset);
  return std::stod(buf);
}

struct DemoPoint {
  const char* kind;
  const char* name;
  const char* found;
  const char* eliminated;  // nullptr: still active
  bool located;            // false: recorded without coordinates (listed under the map)
};

// Per commune with activity: which points it has (cycled over the chosen communes).
const std::vector<std::vector<DemoPoint>> kPatterns = {
    {{"use_point", "Phòng trọ ven chợ", "2026-02-10", nullptr, true}},
    {{"hotspot", "Bãi đất trống sau trường", "2025-11-03", "2026-03-20", true},
     {"hotspot", "Bãi đất trống sau trường", "2026-06-12", nullptr, true}},  // re-formed: same address
    {{"retail", "Quán nước đầu ngõ", "2026-01-15", nullptr, true}},
    {{"use_point", "Nhà hoang cuối xóm", "2026-04-02", nullptr, true},
     {"retail", "Ki-ốt gần bến xe", "2026-05-08", nullptr, false}},
    {{"hotspot", "Chân cầu", "2025-08-01", "2025-10-01", true}},
};

void add_point(store::Connection& db, const Actor& admin, const std::string& commune, const DemoPoint& p, int i) {
  const LatLon a = anchor(commune);
  json::object body{{"commune_code", commune}, {"kind", p.kind},       {"name", p.name},
                    {"address", std::string(p.name) + ", xã mã " + commune},   {"found_date", p.found},
                    {"note", kNote}};
  if (p.located) {
    body["lat"] = near(a, i, false);
    body["lon"] = near(a, i, true);
  }
  const auto id = create_record(db, admin, registry("points"), body).at("id").as_int64();
  if (!p.eliminated) return;
  for (const char* step : {"verified", "being_dismantled", "eliminated"})
    change_point_status(db, admin, id, step, p.eliminated, kNote);
}

void add_offender(store::Connection& db, const Actor& admin, const std::string& commune, int i) {
  const auto case_id = create_record(db, admin, registry("cases"),
                                     {{"commune_code", commune}, {"case_date", "2026-03-1" + std::to_string(i % 10)},
                                      {"status", i % 2 ? "prosecuted" : "investigating"},
                                      {"status_date", (i % 2 ? "2026-04-1" : "2026-03-1") + std::to_string(i % 10)},
                                      {"reference", std::to_string(10 + i) + "/VA-DEMO"},
                                      {"drugs_seized", "ma túy tổng hợp (mô phỏng)"}, {"note", kNote}})
                           .at("id")
                           .as_int64();
  create_record(db, admin, registry("offenders"),
                {{"commune_code", commune}, {"case_id", case_id}, {"full_name", "Đối tượng mô phỏng " + std::to_string(i)},
                 {"arrest_date", "2026-03-1" + std::to_string(i % 10)}, {"residence_commune_code", commune},
                 {"note", kNote}});
}

// A resolved case of the year before, so the indicators have a previous year to compare with.
void add_past_case(store::Connection& db, const Actor& admin, const std::string& commune, int i) {
  create_record(db, admin, registry("cases"),
                {{"commune_code", commune}, {"case_date", "2025-05-2" + std::to_string(i % 10)}, {"status", "tried"},
                 {"status_date", "2025-10-2" + std::to_string(i % 10)},
                 {"reference", std::to_string(100 + i) + "/VA-DEMO"}, {"drugs_seized", "ma túy (mô phỏng)"},
                 {"note", kNote}});
}

void approve(store::Connection& db, const Actor& admin, const std::string& commune, int year) {
  const auto id = propose_drug_free(db, admin, commune, year).at("id").as_int64();
  review_drug_free(db, admin, id, "Đủ hồ sơ (mô phỏng)");
  decide_drug_free(db, admin, id, {true, "", commune + "/QĐ-UBND (mô phỏng)", vn_today().iso()});
}

}  // namespace

void seed_demo_areas(store::Connection& db, const std::string& province) {
  const Actor admin = demo_admin(province);
  std::vector<std::string> communes;
  for (const auto& c : communes_of_province(db, province)) communes.push_back(c.code);

  // Every 6th commune has activity: points (some eliminated, one re-formed), every other one of
  // those an arrested resident in 2026, two in three a resolved case in 2025; 14 quiet communes are approved drug-free (8 in 2025, 14 in 2026).
  int n = 0;
  std::vector<std::string> quiet;
  for (size_t i = 0; i < communes.size(); ++i) {
    if (i % 6 == 0) {
      for (const auto& p : kPatterns[(i / 6) % kPatterns.size()]) add_point(db, admin, communes[i], p, ++n);
      if ((i / 6) % 2 == 1) add_offender(db, admin, communes[i], n);
      if ((i / 6) % 3 != 2) add_past_case(db, admin, communes[i], n);
    } else if (i % 6 == 3 && quiet.size() < 14) {
      quiet.push_back(communes[i]);
    }
  }
  for (size_t i = 0; i < quiet.size(); ++i) {
    if (i < 8) approve(db, admin, quiet[i], 2025);
    approve(db, admin, quiet[i], 2026);
    set_commune_position(db, admin, quiet[i], anchor(quiet[i]));
  }
  freeze_drug_free(db, admin, 2025);
  const int64_t share_bp[] = {1000, 1500, 2000, 3000, 4000, 5000};  // 2025 … 2030: 50% by 2030
  for (int y = 2025; y <= 2030; ++y) set_roadmap_target(db, admin, y, std::nullopt, share_bp[y - 2025], kNote);
}

}  // namespace pcmt::app::areas
