#pragma once
// The facts QĐ 28/2025/QĐ-TTg classifies, for one commune (xã, phường, đặc khu) over one
// evaluation window. Every count is optional: an absent value means "not known" and is never
// read as zero (docs/classification.md describes each field and where the app takes it from).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::areas {

struct CommuneFacts {
  std::string code;                                  // 5-digit commune code
  std::optional<int64_t> population;                 // P: residents currently living in the commune
  std::optional<int64_t> managed_users;              // M: addicts + illegal users with management records
  std::optional<int64_t> use_points;                 // L: points organizing/harbouring illegal drug use
  std::optional<int64_t> arrested_offenders;         // A: drug offenders arrested in the commune
  std::optional<int64_t> plants;                     // T: drug plants discovered and destroyed
  std::optional<int64_t> plant_area_m2_x100;         // S: area destroyed, hundredths of m²
  std::optional<bool> on_route;                      // on an intra- or inter-provincial key route
  std::optional<int64_t> resident_users_not_excluded;  // drug-free a: residents using, outside treatment
  std::optional<int64_t> resident_violators;         // drug-free b: residents violating drug law here
  std::optional<int64_t> wanted_hiding;              // drug-free b: wanted drug fugitives hiding here
};

struct ProvinceFacts {
  std::string code;                                // 2-digit province code
  std::optional<bool> on_inter_provincial_route;   // Điều 5 criterion 6
  // Province totals. When absent they are the sums over the communes given with the province
  // (which are then expected to be all of its communes).
  std::optional<int64_t> population, managed_users, use_points, arrested_offenders, plants, plant_area_m2_x100;
  std::optional<int64_t> commune_count;            // all xã, phường, đặc khu of the province
};

// One field of a facts struct as the facts JSON spells it: a count, an area in m² (kept in
// hundredths), or a yes/no flag. The tables below drive both parsing and "missing" reports.
enum class FactKind { count, area_m2, flag };

template <class Facts>
struct FactField {
  std::string_view name;
  FactKind kind;
  std::optional<int64_t> Facts::*number = nullptr;  // count and area_m2
  std::optional<bool> Facts::*flag = nullptr;       // flag
  bool known(const Facts& f) const { return kind == FactKind::flag ? (f.*flag).has_value() : (f.*number).has_value(); }
};

// In the order of the contract.
inline const FactField<CommuneFacts> kCommuneFactFields[] = {
    {"population", FactKind::count, &CommuneFacts::population},
    {"managed_users", FactKind::count, &CommuneFacts::managed_users},
    {"use_points", FactKind::count, &CommuneFacts::use_points},
    {"arrested_offenders", FactKind::count, &CommuneFacts::arrested_offenders},
    {"plants", FactKind::count, &CommuneFacts::plants},
    {"plant_area_m2", FactKind::area_m2, &CommuneFacts::plant_area_m2_x100},
    {"on_route", FactKind::flag, nullptr, &CommuneFacts::on_route},
    {"resident_users_not_excluded", FactKind::count, &CommuneFacts::resident_users_not_excluded},
    {"resident_violators", FactKind::count, &CommuneFacts::resident_violators},
    {"wanted_hiding", FactKind::count, &CommuneFacts::wanted_hiding},
};

inline const FactField<ProvinceFacts> kProvinceFactFields[] = {
    {"on_inter_provincial_route", FactKind::flag, nullptr, &ProvinceFacts::on_inter_provincial_route},
    {"population", FactKind::count, &ProvinceFacts::population},
    {"managed_users", FactKind::count, &ProvinceFacts::managed_users},
    {"use_points", FactKind::count, &ProvinceFacts::use_points},
    {"arrested_offenders", FactKind::count, &ProvinceFacts::arrested_offenders},
    {"plants", FactKind::count, &ProvinceFacts::plants},
    {"plant_area_m2", FactKind::area_m2, &ProvinceFacts::plant_area_m2_x100},
    {"commune_count", FactKind::count, &ProvinceFacts::commune_count},
};

// Fields of `f` that are not known, in contract order (what an "insufficient data" outcome names).
std::vector<std::string> missing_fields(const CommuneFacts& f);

}  // namespace pcmt::areas
