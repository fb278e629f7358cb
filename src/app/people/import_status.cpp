#include "app/people/import_status.hpp"

#include <algorithm>
#include <vector>

#include "app/error.hpp"
#include "app/facilities.hpp"
#include "app/people/table_input.hpp"
#include "core/people/state.hpp"

namespace pcmt::app::people {
namespace json = boost::json;
namespace lc = ::pcmt::people;

namespace {

struct StatusWording {
  std::string event;  // "taken_over" or the first event the status stands for
  std::string state;  // the state taken over ("" for the other events)
  std::vector<std::string> names;
};

// How communes write each status, in header_key form, and the label the export writes for it (so
// an exported list can be imported again).
const std::vector<StatusWording>& wordings() {
  const auto exported = [](lc::State s) { return header_key(lc::state_label_vi(s)); };
  static const std::vector<StatusWording> table{
      {"user_management_decision", "",
       {"user_management_decision", "quan ly", "dang quan ly", "nguoi su dung", "su dung trai phep", "quan ly nguoi su dung",
        "nguoi su dung trai phep chat ma tuy", exported(lc::State::under_management)}},
      {"addiction_result", "",
       {"addicted", "nghien", "nguoi nghien", "nguoi nghien ma tuy", "co nghien", exported(lc::State::addicted)}},
      {"positive_test", "",
       {"positive_test", "duong tinh", "phat hien su dung", "xet nghiem duong tinh", exported(lc::State::detected)}},
      {"taken_over", "voluntary_home",
       {"voluntary_home", "cai nghien tai gia dinh", "cai nghien tai cong dong", "cai nghien tai gia dinh cong dong",
        "cai nghien tu nguyen tai gia dinh", "cai nghien tu nguyen tai gia dinh cong dong",
        exported(lc::State::voluntary_home)}},
      {"taken_over", "voluntary_facility",
       {"voluntary_facility", "cai nghien tu nguyen tai co so", "cai nghien tai co so tu nguyen",
        exported(lc::State::voluntary_facility)}},
      {"taken_over", "substitution",
       {"substitution", "dieu tri thay the", "dieu tri methadone", "methadone", "buprenorphine",
        "dieu tri bang thuoc thay the", exported(lc::State::substitution)}},
      {"taken_over", "compulsory_facility",
       {"compulsory_facility", "cai nghien bat buoc", "dang cai nghien bat buoc", "cai nghien bat buoc tai co so",
        exported(lc::State::compulsory_facility)}},
      {"taken_over", "post_rehab",
       {"post_rehab", "quan ly sau cai", "quan ly sau cai nghien", "sau cai", "dang quan ly sau cai nghien",
        exported(lc::State::post_rehab)}},
  };
  return table;
}

const StatusWording& wording_of(const std::string& raw) {
  const std::string k = header_key(raw);
  for (const auto& w : wordings())
    if (std::find(w.names.begin(), w.names.end(), k) != w.names.end()) return w;
  throw bad_request("import.status_unknown",
                    "Tình trạng \"" + raw +
                        "\" không nhận được (dùng: dương tính, đang quản lý, nghiện, cai nghiện tại gia đình, cai nghiện "
                        "tự nguyện tại cơ sở, điều trị thay thế, cai nghiện bắt buộc, quản lý sau cai)",
                    "status");
}

// "Hình thức đã hoàn thành" of a person in post-rehab management (Law 73/2021 Art. 40).
std::string completed_form(const std::string& raw) {
  const std::string k = header_key(raw);
  if (k == "voluntary" || k == "tu nguyen" || k == "cai nghien tu nguyen") return "voluntary";
  if (k == "substitution" || k == "dieu tri thay the" || k == "methadone") return "substitution";
  if (k == "compulsory" || k == "bat buoc" || k == "cai nghien bat buoc") return "compulsory";
  throw bad_request("import.value_invalid",
                    k.empty() ? "Người quản lý sau cai nghiện cần hình thức đã hoàn thành (tự nguyện, điều trị thay thế, bắt buộc)"
                              : "Hình thức đã hoàn thành \"" + raw + "\" không nhận được (tự nguyện, điều trị thay thế, bắt buộc)",
                    "completed_form");
}

std::optional<int> months(const std::string& raw) {
  if (raw.empty()) return std::nullopt;
  if (raw.size() > 3 || !std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      std::stoi(raw) == 0)
    throw bad_request("import.value_invalid", "Thời hạn phải là số tháng (số nguyên dương)", "regime_months");
  return std::stoi(raw);
}

}  // namespace

StatusReader::StatusReader(store::Connection& db, const std::string& province, calendar::Date today) : today_(today) {
  for (const auto& f : facilities::of_province(db, province)) facilities_[header_key(f.name)].push_back({f.id, f.kind});
}

std::optional<int64_t> StatusReader::facility(const std::string& raw, lc::Placement placement) const {
  if (raw.empty()) return std::nullopt;
  if (!lc::at_facility(placement))
    throw bad_request("import.value_invalid", "Chỉ ghi cơ sở cho người đang cai nghiện tại cơ sở hoặc điều trị thay thế",
                      "facility");
  const std::string_view kind = lc::facility_kind(placement);
  const auto it = facilities_.find(header_key(raw));
  std::vector<int64_t> found;
  if (it != facilities_.end())
    for (const auto& f : it->second)
      if (f.kind == kind) found.push_back(f.id);
  if (found.size() != 1)
    throw bad_request("import.facility_unknown",
                      "Không tìm thấy " + std::string(kind == "substitution" ? "cơ sở điều trị thay thế" : "cơ sở cai nghiện") +
                          " \"" + raw + "\" trong danh mục cơ sở của tỉnh",
                      "facility");
  return found.front();
}

std::optional<StoredEvent> StatusReader::read(const StatusCells& c, std::optional<calendar::Date> birth, bool remote) const {
  if (header_key(c.status).empty()) return std::nullopt;
  const StatusWording& w = wording_of(c.status);
  const auto date = parse_table_date(c.date);
  if (!date || *date > today_ || (birth && *date < *birth))
    throw bad_request("import.status_date_invalid",
                      "Ngày của tình trạng phải là ngày có thật, không sau hôm nay và không trước ngày sinh", "status_date");
  json::object body{{"type", w.event}, {"date", date->iso()}};
  StoredEvent e;
  if (w.event == "addiction_result") body["result"] = "addicted";
  // Monthly residence checks before the import were kept in the commune's own books.
  if (w.event == "user_management_decision") body["records_from"] = today_.iso();
  if (w.event == "positive_test" && remote) body["remote_area"] = true;
  if (w.event == "taken_over") {
    body["state"] = w.state;
    body["records_from"] = today_.iso();  // the registry keeps the record from the day of the import
    const auto m = months(c.months);
    if (m && w.state == "compulsory_facility") body["term_months"] = *m;
    if (m && (w.state == "voluntary_home" || w.state == "voluntary_facility")) body["planned_months"] = *m;
    if (w.state == "compulsory_facility" && !m)
      throw bad_request("import.value_invalid", "Người đang cai nghiện bắt buộc cần thời hạn theo quyết định (số tháng)",
                        "regime_months");
    if (w.state == "post_rehab") body["completed"] = completed_form(c.completed);
  }
  e.facility_id = facility(c.facility, lc::placement_of(w.event, body));
  e.type = w.event;
  e.date = date->iso();
  e.body = std::move(body);
  return e;
}

}  // namespace pcmt::app::people
