#include "app/people/import.hpp"

#include <boost/json.hpp>
#include <functional>
#include <set>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/people/access.hpp"
#include "app/people/bulk_rows.hpp"
#include "app/people/id_allocation.hpp"
#include "app/people/import_plan.hpp"
#include "app/people/import_status.hpp"
#include "app/people/lifecycle_store.hpp"
#include "app/people/name_index.hpp"
#include "app/people/name_match.hpp"
#include "app/people/person_fields.hpp"
#include "app/people/person_rows.hpp"
#include "app/people/read_audit.hpp"
#include "app/people/registered_ids.hpp"
#include "app/people/rule_book.hpp"
#include "app/people/table_input.hpp"
#include "core/people/state.hpp"
#include "core/text/normalize.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {
namespace json = boost::json;

namespace {

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> s{
      common_column("personal_id", true),
      common_column("full_name", true),
      common_column("birth_date", true),
      {"sex", "Giới tính", {"sex", "gioi tinh"}, false},
      {"commune", "Xã, phường",
       {"commune", "commune_code", "ma xa", "xa", "xa phuong", "xa phuong dac khu", "noi cu tru", "ma xa phuong"},
       false},
      common_column("address", false),
      {"stable_residence", "Nơi cư trú ổn định", {"stable_residence", "cu tru on dinh", "noi cu tru on dinh"}, false},
      {"drug_types", "Loại ma túy", {"drug_types", "loai ma tuy", "ma tuy su dung", "chat ma tuy", "loai ma tuy su dung"},
       false},
      {"aliases", "Tên gọi khác", {"aliases", "ten goi khac", "ten khac", "biet danh"}, false},
      {"status", "Tình trạng", {"status", "tinh trang", "trang thai", "dien quan ly", "doi tuong"}, false},
      {"status_date", "Ngày của tình trạng",
       {"status_date", "ngay cua tinh trang", "ngay quyet dinh", "ngay tinh trang", "ngay xac dinh", "ngay phat hien",
        "ngay bat dau"},
       false},
      {"regime_months", "Thời hạn (tháng)",
       {"regime_months", "thoi han", "thoi han thang", "so thang", "thoi han cai nghien"}, false},
      {"completed_form", "Hình thức đã hoàn thành",
       {"completed_form", "hinh thuc da hoan thanh", "hinh thuc cai nghien da hoan thanh", "da hoan thanh"}, false},
      {"facility", "Cơ sở", {"facility", "co so", "co so cai nghien", "co so dieu tri", "noi cai nghien"}, false},
  };
  return s;
}

std::optional<bool> yes_no(const std::string& raw) {
  const std::string k = header_key(raw);
  if (k.empty()) return std::nullopt;
  for (const char* y : {"1", "x", "co", "true", "yes", "on dinh", "c"})
    if (k == y) return true;
  for (const char* n : {"0", "khong", "false", "no", "khong on dinh", "k"})
    if (k == n) return false;
  throw bad_request("import.value_invalid", "Nơi cư trú ổn định phải là Có hoặc Không", "stable_residence");
}

std::string sex_cell(const std::string& raw) {
  const std::string k = header_key(raw);
  if (k == "nam" || k == "male" || k == "m") return "male";
  if (k == "nu" || k == "female" || k == "f") return "female";
  return raw;  // check_sex refuses it
}

std::vector<std::string> list_cell(const std::string& raw) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t end = raw.find_first_of(",;", start);
    if (end == std::string::npos) end = raw.size();
    auto item = text::trim(std::string_view(raw).substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
    start = end + 1;
  }
  return out;
}

struct CommuneInfo {
  std::string code, province;
  bool remote = false;
};

// Communes by code or by name (with or without "xã"/"phường"), inside the caller's unit.
class Communes {
 public:
  Communes(store::Connection& db, const Actor& actor) : actor_(actor) {
    for (const auto& commune : communes_of_province(db, actor.role == Role::admin ? "" : actor.province_code)) {
      CommuneInfo c{commune.code, commune.province_code, commune.is_remote};
      by_code_[c.code] = c;
      std::string key = header_key(commune.search_key);
      by_name_[key].push_back(c);
      for (std::string prefix : {"xa ", "phuong ", "dac khu "})
        if (key.starts_with(prefix)) by_name_[key.substr(prefix.size())].push_back(c);
    }
  }

  // Throws 400 import.unknown_commune.
  const CommuneInfo& resolve(const std::string& raw) const {
    const CommuneInfo* found = nullptr;
    if (auto it = by_code_.find(raw); it != by_code_.end()) found = &it->second;
    if (!found)
      if (auto it = by_name_.find(header_key(raw)); it != by_name_.end() && it->second.size() == 1)
        found = &it->second.front();
    if (!found || (actor_.scope.kind == ScopeKind::commune && found->code != actor_.scope.id))
      throw bad_request("import.unknown_commune",
                        "Xã, phường \"" + raw + "\" không có hoặc không thuộc đơn vị của bạn (ghi mã 5 chữ số)",
                        "commune");
    return *found;
  }

 private:
  const Actor& actor_;
  std::map<std::string, CommuneInfo> by_code_;
  std::map<std::string, std::vector<CommuneInfo>> by_name_;
};

using Row = ImportRow;

class RowValidator {
 public:
  RowValidator(const Communes& communes, const std::optional<CommuneInfo>& fallback, const StatusReader& statuses,
               bool from_xlsx, calendar::Date today, std::vector<RowError>& errors)
      : communes_(communes), fallback_(fallback), statuses_(statuses), xlsx_(from_xlsx), today_(today), errors_(errors) {}

  Row validate(const text::CsvRecord& rec, const std::map<std::string, size_t>& columns) {
    Row row;
    row.line = rec.line;
    Person& p = row.person;
    auto get = [&](const char* field) { return cell(rec, columns, field); };
    // Each check reports its own problem, so one pass shows every bad field of the row.
    auto check = [&](const std::function<void()>& f) {
      try {
        f();
      } catch (const Error& e) {
        errors_.push_back({rec.line, e.field, e.code, e.what()});
        row.ok = false;
      }
    };
    std::optional<calendar::Date> birth;
    check([&] { p.full_name = clean_name(get("full_name"), "full_name"); });
    check([&] {
      auto d = parse_table_date(get("birth_date"));
      birth = check_birth_date(d ? d->iso() : get("birth_date"), today_);
      p.birth_date = birth->iso();
      p.birth_year = birth->year();
    });
    const std::string raw_id = xlsx_ ? personal_id_cell(get("personal_id")) : get("personal_id");
    const std::string sex_text = get("sex");
    check([&] {
      if (!sex_text.empty()) p.sex = check_sex(sex_cell(sex_text));
    });
    check([&] {
      auto id = check_id(raw_id, p.sex.empty() ? std::nullopt : std::optional(p.sex),
                         birth ? std::optional(p.birth_date) : std::nullopt, today_);
      enforce_id_check(id, false);
      p.personal_id = id.id->number;
      if (p.sex.empty()) p.sex = std::string(ids::sex_code(id.id->sex));  // the number says it
    });
    if (p.sex.empty()) p.sex = "male";  // only reached with an invalid ID, already reported
    check([&] {
      const std::string c = get("commune");
      if (c.empty() && !fallback_)
        throw bad_request("import.unknown_commune", "Thiếu xã, phường nơi cư trú", "commune");
      const CommuneInfo& info = c.empty() ? *fallback_ : communes_.resolve(c);
      p.commune_code = info.code;
      p.province_code = info.province;
      remote_ = info.remote;
    });
    check([&] { p.address = check_address(get("address")); });
    check([&] { p.stable_residence = yes_no(get("stable_residence")).value_or(true); });
    check([&] { p.drug_types = check_drug_types(list_cell(get("drug_types"))); });
    check([&] { p.aliases = check_aliases(list_cell(get("aliases"))); });
    check([&] {
      auto event = statuses_.read({get("status"), get("status_date"), get("regime_months"), get("completed_form"),
                                   get("facility")},
                                  birth, remote_);
      if (event) row.events.push_back(std::move(*event));
    });
    p.search_key = text::search_key(p.full_name);
    return row;
  }

 private:
  const Communes& communes_;
  const std::optional<CommuneInfo>& fallback_;
  const StatusReader& statuses_;
  bool xlsx_;
  calendar::Date today_;
  std::vector<RowError>& errors_;
  bool remote_ = false;
};

void reject(std::vector<RowError>& errors, Row& row, std::string field, std::string code, std::string message) {
  errors.push_back({row.line, std::move(field), std::move(code), std::move(message)});
  row.ok = false;
}

// The same ID twice in the file, or an ID already registered: errors (one person, one record). A
// record outside the caller's scope is only "registered elsewhere". Returns, for the audit trail,
// the numbers found registered.
json::array check_ids(store::Connection& db, const Actor& actor, std::vector<Row>& rows, std::vector<RowError>& errors) {
  json::array registered;
  std::optional<Fingerprints> fingerprints;
  std::map<std::string, int> first_line;
  std::vector<Row*> candidates;
  for (auto& r : rows) {
    if (r.person.personal_id.empty()) continue;
    auto [it, fresh] = first_line.emplace(r.person.personal_id, r.line);
    if (!fresh) {
      reject(errors, r, "personal_id", "import.duplicate_row",
             std::string("Số định danh trùng với dòng ") + std::to_string(it->second) + " của tệp");
      continue;
    }
    candidates.push_back(&r);
  }
  for (size_t start = 0; start < candidates.size(); start += 500) {
    store::Params params;
    std::vector<std::string> ids;
    std::map<std::string, Row*> by_id;
    for (size_t i = start; i < std::min(candidates.size(), start + 500); ++i) {
      ids.emplace_back(candidates[i]->person.personal_id);
      by_id[candidates[i]->person.personal_id] = candidates[i];
    }
    for (const auto& [id, holder] : id_holders(db, actor, ids)) {
      const Error e = id_registered_error(holder);
      reject(errors, *by_id[id], "personal_id", e.code, e.what());
      if (!fingerprints) fingerprints.emplace(db);
      auto audited = audited_id(*fingerprints, id);
      audited["line"] = by_id[id]->line;
      audited["holder"] = holder_kind(holder);
      registered.push_back(std::move(audited));
    }
  }
  return registered;
}

// Close names with the same birth date in the same commune: flagged, not refused.
void flag_similar(store::Connection& db, const Actor& actor, const std::vector<Row>& rows,
                  std::vector<ImportDuplicate>& out) {
  struct Known {
    std::optional<int64_t> person;
    int line = 0;
    std::vector<std::string> keys;
  };
  std::map<std::pair<std::string, std::string>, std::vector<Known>> by_commune_date;
  std::set<std::string> communes;
  for (const auto& r : rows)
    if (r.ok) communes.insert(r.person.commune_code);
  for (const auto& c : communes) {
    store::Params params{c};
    const std::string visible = person_visible(actor, params);
    for (const auto& r : db.query("SELECT p.id, p.birth_date, p.search_key, p.aliases FROM people p WHERE "
                                  "p.commune_code = $1 AND " + visible, params).rows) {
      Known k{r.i64(0), 0, {r.str(2)}};
      for (const auto& a : aliases_from_json(r.str(3))) k.keys.push_back(text::search_key(a));
      by_commune_date[{c, r.str(1)}].push_back(std::move(k));
    }
  }
  for (const auto& r : rows) {
    if (!r.ok) continue;
    auto& known = by_commune_date[{r.person.commune_code, r.person.birth_date}];
    const auto mine = name_keys(r.person);
    for (const auto& k : known) {
      bool similar = false;
      for (const auto& key : mine) similar = similar || match_name(key, split_words(key), k.keys).has_value();
      if (similar) out.push_back({r.line, k.person, k.line});
    }
    known.push_back({std::nullopt, r.line, mine});
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> import_fields() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& s : specs()) out.emplace_back(s.field, s.label);
  return out;
}

ImportPlan plan_import(store::Connection& db, const Actor& actor, const ImportRequest& req, calendar::Date today) {
  require_register(actor);
  const auto records = read_table(req.format, req.content);
  const auto columns = map_columns(records[0].fields, specs(), req.mapping);
  ImportPlan plan;
  ImportReport& report = plan.report;
  for (const auto& [field, index] : columns) report.columns[field] = records[0].fields[index];
  const Communes communes(db, actor);
  std::optional<CommuneInfo> fallback;
  if (!req.commune.empty()) fallback = communes.resolve(req.commune);
  else if (actor.scope.kind == ScopeKind::commune) fallback = communes.resolve(actor.scope.id);

  const StatusReader statuses(db, actor.role == Role::admin ? "" : actor.province_code, today);
  RowValidator validator(communes, fallback, statuses, req.format == "xlsx", today, report.errors);
  std::vector<Row>& rows = plan.rows;
  rows.reserve(records.size() - 1);
  for (size_t i = 1; i < records.size(); ++i) rows.push_back(validator.validate(records[i], columns));
  report.rows = static_cast<int>(rows.size());
  if (auto registered = check_ids(db, actor, rows, report.errors); !registered.empty())
    audit_read(db, actor, "people.id_registered", "people", actor.scope.to_string(),
               {{"during", "people.import"}, {"personal_ids", std::move(registered)}});

  // The status must be one the law allows as a first event, for this person's age.
  const auto book = people_rule_book(db);
  plan.derived.resize(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].ok) continue;
    try {
      plan.derived[i] = derive(rows[i].events, book, calendar::Date::parse(rows[i].person.birth_date), today);
    } catch (const ::pcmt::people::LifecycleError& e) {
      reject(report.errors, rows[i], "status", e.code, e.what());
    }
  }
  flag_similar(db, actor, rows, report.duplicates);
  for (const auto& r : rows) report.valid += r.ok ? 1 : 0;
  std::sort(report.errors.begin(), report.errors.end(), [](const RowError& a, const RowError& b) { return a.line < b.line; });
  return plan;
}

Error invalid_rows(const ImportReport& report) {
  std::string message = std::string("Tệp có ") + std::to_string(report.rows - report.valid) +
                        " dòng lỗi; chưa có dữ liệu nào được nhập";
  return Error(ErrorKind::refused, "import.invalid_rows", std::move(message), "", report.errors);
}

void insert_planned(store::Connection& db, const Actor& actor, ImportPlan& plan, const std::vector<int64_t>& person_ids,
                    size_t begin, size_t end) {
  size_t event_count = 0;
  for (size_t i = begin; i < end; ++i) event_count += plan.rows[i].events.size();
  const auto event_ids = reserve_ids(db, "person_events", event_count);
  const int64_t now = now_seconds();
  PersonRows people;
  DerivedRows derived_rows;
  std::vector<store::Params> events;
  size_t next_event = 0;
  for (size_t i = begin; i < end; ++i) {
    Person& p = plan.rows[i].person;
    const Derived& derived = plan.derived[i];
    p.id = person_ids[i];
    p.state = std::string(::pcmt::people::state_code(derived.report.state));
    p.facility_id = derived.facility_id;
    people.add(p, actor.user_id, now);
    for (const auto& e : plan.rows[i].events)
      events.push_back({event_ids[next_event++], p.id, e.type, e.date, json::serialize(e.body),
                        e.facility_id ? store::Value(*e.facility_id) : store::Value(),
                        "Nhập từ danh sách của xã", actor.user_id, now});
    derived_rows.add(p.id, p.province_code, p.commune_code, derived);
  }
  try {
    people.insert(db);
  } catch (const store::ConstraintViolation&) {
    throw conflict("person.id_taken", "Một số định danh trong tệp vừa được đăng ký; hãy kiểm tra lại tệp");
  }
  if (!events.empty())
    insert_rows(db, "person_events",
                {"id", "person_id", "type", "event_date", "body", "facility_id", "reason", "recorded_by",
                 "recorded_at"},
                events);
  derived_rows.insert(db);
}

void audit_import(store::Connection& db, const Actor& actor, const ImportPlan& plan) {
  size_t events = 0;
  for (const auto& r : plan.rows) events += r.events.size();
  auto e = event_by(actor, "people.import", "people", actor.scope.to_string());
  e.detail_json = json::serialize(json::object{{"rows", plan.rows.size()}, {"events", events},
                                               {"flagged_duplicates", plan.report.duplicates.size()}});
  append_audit(db, e);
}

ImportReport import_people(store::Connection& db, const Actor& actor, const ImportRequest& req, calendar::Date today) {
  auto plan = plan_import(db, actor, req, today);
  if (!req.commit) return plan.report;
  if (!plan.report.errors.empty()) throw invalid_rows(plan.report);
  const LargeWriteCache cache(db);
  store::Transaction tx(db);
  const auto person_ids = reserve_ids(db, "people", plan.rows.size());
  insert_planned(db, actor, plan, person_ids, 0, plan.rows.size());
  audit_import(db, actor, plan);
  tx.commit();
  plan.report.imported = static_cast<int>(plan.rows.size());
  plan.report.committed = true;
  return plan.report;
}

}  // namespace pcmt::app::people
