#include "app/people/exports.hpp"

#include <boost/json.hpp>

#include <map>

#include "app/error.hpp"
#include "app/people/access.hpp"
#include "app/people/drug_types.hpp"
#include "app/people/person_rows.hpp"
#include "app/people/read_audit.hpp"
#include "app/people/statistics.hpp"
#include "core/people/age_band.hpp"
#include "core/people/state.hpp"
#include "report/xlsx_writer.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {
namespace {

void audit_export(store::Connection& db, const Actor& actor, const std::string& what, const std::string& object_id,
                  const std::string& reason, int64_t rows, bool full_ids = false) {
  boost::json::object detail{{"rows", rows}};
  if (full_ids) detail["full_ids"] = true;
  audit_read(db, actor, "people.export", what, object_id, std::move(detail), reason);
}

std::string state_label(const std::string& code) {
  for (auto s : ::pcmt::people::kAllStates)
    if (::pcmt::people::state_code(s) == code) return std::string(::pcmt::people::state_label_vi(s));
  return code;
}

// A date cell, or the text as written when it is not a whole date (a birth year alone).
report::Cell date_or_text(const std::string& iso) {
  if (auto d = report::date_cell(iso)) return *d;
  return iso;
}

}  // namespace

std::string export_statistics(store::Connection& db, const Actor& actor, const std::string& province,
                              const std::string& commune, const std::string& reason_raw, calendar::Date today) {
  require_read(actor);
  const std::string reason = require_reason(reason_raw);
  const Statistics s = people_statistics(db, actor, province, commune, today);
  using ::pcmt::people::AgeBand;
  const std::vector<AgeBand> bands{AgeBand::under_14, AgeBand::from_14_to_16, AgeBand::from_16_to_18,
                                   AgeBand::from_18_to_30, AgeBand::from_30};
  report::Sheet summary{"Tong hop", {"Nhóm", "Tổng số", "Nam", "Nữ"}, {}, {52, 10, 8, 8}};
  for (auto b : bands) {
    summary.header.emplace_back(::pcmt::people::age_band_label(b));
    summary.widths.push_back(12);
  }
  for (const auto& t : drug_types()) {
    summary.header.emplace_back(t.label);
    summary.widths.push_back(14);
  }
  for (const auto& c : s.categories) {
    auto get = [](const std::map<std::string, int64_t>& m, std::string_view k) {
      auto it = m.find(std::string(k));
      return it == m.end() ? int64_t{0} : it->second;
    };
    std::vector<report::Cell> row{c.label, c.total, get(c.by_sex, "male"), get(c.by_sex, "female")};
    for (auto b : bands) row.emplace_back(get(c.by_age_band, ::pcmt::people::age_band_code(b)));
    for (const auto& t : drug_types()) row.emplace_back(get(c.by_drug_type, t.code));
    summary.rows.push_back(std::move(row));
  }
  report::Sheet communes{"Theo xa phuong", {"Mã xã", "Xã, phường"}, {}, {8, 30}};
  for (const auto& [code, label] : statistic_categories()) {
    communes.header.push_back(label);
    communes.widths.push_back(16);
  }
  for (const auto& c : s.communes) {
    std::vector<report::Cell> row{c.code, c.name};
    for (const auto& [code, label] : statistic_categories()) {
      auto it = c.by_category.find(code);
      row.emplace_back(it == c.by_category.end() ? int64_t{0} : it->second);
    }
    communes.rows.push_back(std::move(row));
  }
  std::string bytes = report::write_xlsx({summary, communes});
  audit_export(db, actor, "statistics", s.commune.empty() ? "province:" + s.province : "commune:" + s.commune, reason,
               static_cast<int64_t>(s.communes.size()));
  return bytes;
}

std::string export_people(store::Connection& db, const Actor& actor, const SearchQuery& f, const std::string& reason_raw,
                          bool full_ids) {
  require_read(actor);
  if (full_ids && !may_export_full_ids(actor))
    throw Error(ErrorKind::forbidden, "people.full_ids_forbidden", "Vai trò của bạn không được xuất số định danh đầy đủ");
  const std::string reason = require_reason(reason_raw);
  store::Params params;
  const std::string where = people_list_filters(actor, f, params);
  // Drug types in a second grouped read: the engines share no string aggregate.
  std::map<int64_t, std::string> drugs;
  for (const auto& r : db.query("SELECT d.person_id, d.drug_type FROM person_drug_types d JOIN people p ON p.id = "
                                "d.person_id WHERE " + where + " ORDER BY d.person_id, d.drug_type",
                                params).rows) {
    auto& text = drugs[r.i64(0)];
    text += (text.empty() ? "" : ", ") + std::string(drug_type_label(r.str(1)));
  }
  const std::string limit = store::bind_param(params, kExportLimit + 1);
  auto rows = db.query(std::string("SELECT ") + kSummaryColumns +
                           ", p.address, p.personal_id, sp.from_date FROM people p "
                           "LEFT JOIN person_state_periods sp ON sp.person_id = p.id AND sp.to_date IS NULL "
                           "WHERE " +
                           where + " ORDER BY p.commune_code, p.search_key, p.id LIMIT " + limit,
                       params);
  if (static_cast<int64_t>(rows.rows.size()) > kExportLimit)
    throw bad_request("people.export_too_large", "Danh sách quá lớn để xuất một lần; hãy lọc theo xã, phường hoặc trạng thái");
  report::Sheet sheet{"Danh sach",
              {"STT", "Họ và tên", "Số định danh cá nhân", "Ngày sinh", "Giới tính", "Mã xã", "Xã, phường", "Địa chỉ",
               "Tình trạng", "Ngày của tình trạng", "Loại ma túy"},
              {},
              {6, 28, 16, 12, 9, 8, 26, 40, 40, 14, 30}};
  int64_t n = 0;
  for (const auto& r : rows.rows) {
    const PersonSummary s = summary_from_row(r, 0, actor);
    sheet.rows.push_back({++n, s.full_name, full_ids ? r.str(12) : s.personal_id, date_or_text(s.birth_date),
                          s.sex == "male" ? "Nam" : "Nữ", s.commune_code, s.commune_name, r.str(11), state_label(s.state),
                          r.is_null(13) ? report::Cell{} : date_or_text(r.str(13)), drugs[s.id]});
  }
  std::string bytes = report::write_xlsx({sheet});
  audit_export(db, actor, "people", f.commune.empty() ? actor.scope.to_string() : "commune:" + f.commune, reason, n,
               full_ids);
  return bytes;
}

}  // namespace pcmt::app::people
