#include "app/areas/drug_free_workflow.hpp"

#include <map>
#include <set>

#include "app/areas/classification.hpp"
#include "app/areas/registry.hpp"
#include "app/areas/window.hpp"
#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "core/calendar/display.hpp"
#include "core/calendar/instant.hpp"
#include "core/text/normalize.hpp"
#include "report/xlsx_writer.hpp"
#include "store/params.hpp"

namespace pcmt::app::areas {
namespace {

const std::string& select_sql() {
  static const std::string sql = "SELECT a.id, a.province_code, a.commune_code, " + commune_name_sql("a.commune_code") +
                                 ", a.year, a.status, a.facts_json, a.proposed_at, a.reviewed_at, a.review_note, "
                                 "a.decided_at, a.decision_reason, a.decision_number, a.decision_date "
                                 "FROM area_drug_free_assessments a";
  return sql;
}

json::object row_json(const store::Row& r) {
  auto opt_str = [&](size_t i) { return r.is_null(i) ? json::value(nullptr) : json::value(json::string(r.str(i))); };
  auto opt_int = [&](size_t i) { return r.is_null(i) ? json::value(nullptr) : json::value(r.i64(i)); };
  return {{"id", r.i64(0)},          {"province_code", r.str(1)},       {"commune_code", r.str(2)},
          {"commune_name", r.str(3)}, {"year", r.i64(4)},               {"status", r.str(5)},
          {"evidence", json::parse(r.str(6))}, {"proposed_at", r.i64(7)}, {"reviewed_at", opt_int(8)},
          {"review_note", opt_str(9)}, {"decided_at", opt_int(10)},      {"decision_reason", opt_str(11)},
          {"decision_number", opt_str(12)}, {"decision_date", opt_str(13)}};
}

json::object find(store::Connection& db, const Actor& actor, int64_t id) {
  store::Params p{id};
  const std::string scope = area_scope_clause(actor, "a", p);
  auto r = db.query(select_sql() + " WHERE a.id = $1 AND " + scope, p);
  if (r.empty()) throw not_found();
  return row_json(r.rows[0]);
}

bool is_frozen(store::Connection& db, const std::string& province, int64_t year) {
  return !db.query("SELECT 1 FROM area_drug_free_lists WHERE province_code = $1 AND year = $2", {province, year}).empty();
}

Error frozen_error(int64_t year) {
  return conflict("area.drug_free_frozen",
                  "Danh sách xã không ma túy năm " + std::to_string(year) + " đã được chốt, không thể thay đổi");
}

void audit(store::Connection& db, const Actor& actor, const std::string& action, int64_t id,
           const std::string& province, std::string detail = "{}") {
  auto e = event_by(actor, action, "area_drug_free", std::to_string(id));
  e.province_code = province;
  e.detail_json = std::move(detail);
  append_audit(db, e);
}

// Moves an assessment from `from` to `to` after the checks common to review and decision.
json::object transition(store::Connection& db, const Actor& actor, int64_t id, const char* from, const char* to,
                        const std::string& set_sql, store::Params extra, std::string detail = "{}") {
  store::Transaction tx(db);
  auto a = find(db, actor, id);
  const std::string province(a.at("province_code").as_string());
  if (is_frozen(db, province, a.at("year").as_int64())) throw frozen_error(a.at("year").as_int64());
  if (a.at("status").as_string() != from)
    throw conflict("area.drug_free_transition", "Hồ sơ đang ở trạng thái \"" + std::string(a.at("status").as_string()) +
                                                    "\", không thể chuyển sang \"" + to + "\"");
  const std::string status = store::bind_param(extra, std::string(to));
  db.query("UPDATE area_drug_free_assessments SET " + set_sql + ", status = " + status +
               " WHERE id = " + store::bind_param(extra, id),
           extra);
  audit(db, actor, std::string("area_drug_free.") + to, id, province, std::move(detail));
  auto out = find(db, actor, id);
  tx.commit();
  return out;
}

}  // namespace

json::object propose_drug_free(store::Connection& db, const Actor& actor, const std::string& code, int year) {
  store::Transaction tx(db);
  const Commune commune = get_commune(db, actor, code);  // 404 out of scope
  if (actor.role != Role::commune && actor.role != Role::standing_office && actor.role != Role::admin) throw forbidden();
  if (is_frozen(db, commune.province_code, year)) throw frozen_error(year);
  auto evidence = classify_one_commune(db, actor, code, year);
  const auto& result = evidence.at("commune").as_object();
  if (!result.at("drug_free").is_bool() || !result.at("drug_free").as_bool()) {
    std::string unmet;
    for (const auto& u : result.at("drug_free_unmet").as_array()) unmet += (unmet.empty() ? "" : ", ") + std::string(u.as_string());
    throw conflict("area.drug_free_not_met",
                   unmet.empty() ? "Chưa đủ dữ liệu để xác định xã đạt tiêu chí không ma túy"
                                 : "Xã chưa đạt tiêu chí không ma túy (Điều 6 QĐ 28/2025/QĐ-TTg): chưa đạt tiêu chí " + unmet);
  }
  const int64_t now = now_seconds();
  const std::string facts = json::serialize(evidence);
  auto existing = db.query("SELECT id, status FROM area_drug_free_assessments WHERE commune_code = $1 AND year = $2",
                           {code, static_cast<int64_t>(year)});
  int64_t id = 0;
  if (!existing.empty()) {
    if (existing.rows[0].str(1) != "rejected")
      throw conflict("area.drug_free_exists", "Xã đã có hồ sơ đề nghị công nhận không ma túy năm " + std::to_string(year));
    id = existing.rows[0].i64(0);
    db.query("UPDATE area_drug_free_assessments SET status = 'proposed', facts_json = $1, proposed_by = $2, "
             "proposed_at = $3, reviewed_by = NULL, reviewed_at = NULL, review_note = NULL, decided_by = NULL, "
             "decided_at = NULL, decision_reason = NULL, decision_number = NULL, decision_date = NULL WHERE id = $4",
             {facts, actor.user_id, now, id});
  } else {
    id = db.query("INSERT INTO area_drug_free_assessments (province_code, commune_code, year, status, facts_json, "
                  "proposed_by, proposed_at) VALUES ($1, $2, $3, 'proposed', $4, $5, $6) RETURNING id",
                  {commune.province_code, code, static_cast<int64_t>(year), facts, actor.user_id, now})
             .one()
             .i64(0);
  }
  audit(db, actor, "area_drug_free.proposed", id, commune.province_code);
  auto out = find(db, actor, id);
  tx.commit();
  return out;
}

json::object get_drug_free(store::Connection& db, const Actor& actor, int64_t id) { return find(db, actor, id); }

json::object review_drug_free(store::Connection& db, const Actor& actor, int64_t id, const std::string& note) {
  find(db, actor, id);  // 404 before 403
  if (actor.role != Role::standing_office && actor.role != Role::admin) throw forbidden();
  return transition(db, actor, id, "proposed", "reviewed", "reviewed_by = $1, reviewed_at = $2, review_note = $3",
                    {actor.user_id, now_seconds(), std::string(text::trim(note))});
}

json::object decide_drug_free(store::Connection& db, const Actor& actor, int64_t id, const DrugFreeDecision& d) {
  find(db, actor, id);
  if (actor.role != Role::leader && actor.role != Role::admin) throw forbidden();
  const std::string why(text::trim(d.reason));
  const std::string number(text::trim(d.number));
  if (!d.approve && why.empty())
    throw bad_request("area.reason_required", "Cần nêu lý do không công nhận", "reason");
  if (d.approve && number.empty())
    throw bad_request("area.decision_number_required", "Cần nhập số quyết định công nhận", "decision_number");
  const auto date = calendar::Date::parse(text::trim(d.date));
  const calendar::Date today = vn_today();
  if ((d.approve || !text::trim(d.date).empty()) && (!date || today < *date))
    throw bad_request("area.decision_date_invalid",
                      "Ngày ký quyết định phải là một ngày hợp lệ, không sau hôm nay (" + calendar::dmy(today) + ")",
                      "decision_date");
  const json::value number_json = number.empty() ? json::value(nullptr) : json::value(json::string(number));
  const json::value date_json = date ? json::value(json::string(date->iso())) : json::value(nullptr);
  return transition(db, actor, id, "reviewed", d.approve ? "approved" : "rejected",
                    "decided_by = $1, decided_at = $2, decision_reason = $3, decision_number = $4, decision_date = $5",
                    {actor.user_id, now_seconds(), why, number.empty() ? store::Value() : store::Value(number),
                     date ? store::Value(date->iso()) : store::Value()},
                    json::serialize(json::object{{"decision_number", number_json}, {"decision_date", date_json}}));
}

json::object list_drug_free(store::Connection& db, const Actor& actor, int year) {
  window_of_year(year);  // 400 for a year without criteria
  store::Params p{static_cast<int64_t>(year)};
  const std::string scope = area_scope_clause(actor, "a", p);
  auto rows = db.query(select_sql() + " WHERE a.year = $1 AND " + scope + " ORDER BY " +
                           commune_search_key_sql("a.commune_code") + ", a.id",
                       p);
  // At risk: approved, yet not drug-free on today's facts.
  std::map<std::string, bool> drug_free_now;
  if (!rows.empty()) {
    const auto now = classify_province(db, actor, "", year);
    for (const auto& c : now.at("communes").as_array())
      drug_free_now[std::string(c.at("code").as_string())] = c.at("drug_free").is_bool() && c.at("drug_free").as_bool();
  }
  json::array items;
  for (const auto& r : rows.rows) {
    auto o = row_json(r);
    o.erase("evidence");
    o["at_risk"] = o.at("status").as_string() == "approved" && !drug_free_now[std::string(o.at("commune_code").as_string())];
    items.push_back(std::move(o));
  }
  return {{"year", year}, {"frozen", is_frozen(db, actor.province_code, year)}, {"items", std::move(items)}};
}

json::object freeze_drug_free(store::Connection& db, const Actor& actor, int year) {
  if (actor.role != Role::leader && actor.role != Role::admin) throw forbidden();
  window_of_year(year);
  store::Transaction tx(db);
  if (is_frozen(db, actor.province_code, year)) throw frozen_error(year);
  json::array codes;
  for (const auto& r : db.query("SELECT commune_code FROM area_drug_free_assessments WHERE province_code = $1 AND "
                                "year = $2 AND status = 'approved' ORDER BY commune_code",
                                {actor.province_code, static_cast<int64_t>(year)})
                           .rows)
    codes.push_back(json::string(r.str(0)));
  db.query("INSERT INTO area_drug_free_lists (province_code, year, frozen_by, frozen_at, communes_json) VALUES ($1, "
           "$2, $3, $4, $5)",
           {actor.province_code, static_cast<int64_t>(year), actor.user_id, now_seconds(), json::serialize(codes)});
  audit(db, actor, "area_drug_free.freeze", year, actor.province_code,
        "{\"communes\":" + std::to_string(codes.size()) + "}");
  tx.commit();
  return {{"year", year}, {"frozen", true}, {"communes", std::move(codes)}};
}

std::string export_drug_free_xlsx(store::Connection& db, const Actor& actor, int year) {
  auto list = list_drug_free(db, actor, year);
  report::Sheet sheet{"Xa khong ma tuy " + std::to_string(year),
                      {"STT", "Mã xã", "Tên xã, phường", "Năm đánh giá", "Tình trạng", "Ngày công nhận"},
                      {},
                      {6, 10, 32, 14, 14, 22}};
  int64_t n = 0;
  for (const auto& v : list.at("items").as_array()) {
    const auto& a = v.as_object();
    if (a.at("status").as_string() != "approved") continue;
    const int64_t at = a.at("decided_at").is_int64() ? a.at("decided_at").as_int64() : 0;
    sheet.rows.push_back({++n, std::string(a.at("commune_code").as_string()), std::string(a.at("commune_name").as_string()),
                          static_cast<int64_t>(year), std::string(list.at("frozen").as_bool() ? "Đã chốt" : "Chưa chốt"),
                          calendar::vn_date_of(at).iso()});
  }
  auto e = event_by(actor, "area_drug_free.export", "province", actor.province_code);
  e.province_code = actor.province_code;
  e.detail_json = "{\"year\":" + std::to_string(year) + ",\"rows\":" + std::to_string(n) + "}";
  store::Transaction tx(db);
  append_audit(db, e);
  tx.commit();
  return report::write_xlsx({sheet});
}

json::object set_roadmap_target(store::Connection& db, const Actor& actor, int year, std::optional<int64_t> count,
                                std::optional<int64_t> share_bp, const std::string& note) {
  if (actor.role != Role::leader && actor.role != Role::standing_office && actor.role != Role::admin) throw forbidden();
  if (year < 2000 || year > 2100) throw bad_request("area.year_invalid", "Năm phải từ 2000 đến 2100", "year");
  if (count.has_value() == share_bp.has_value())
    throw bad_request("area.target_invalid", "Chỉ tiêu phải là số xã hoặc tỷ lệ xã (một trong hai)", "target_count");
  if ((count && *count < 0) || (share_bp && (*share_bp < 0 || *share_bp > 10000)))
    throw bad_request("area.target_invalid", "Chỉ tiêu phải là số xã không âm hoặc tỷ lệ từ 0 đến 10000 phần vạn",
                      count ? "target_count" : "target_share_bp");
  store::Transaction tx(db);
  db.query("DELETE FROM area_roadmap_targets WHERE province_code = $1 AND year = $2",
           {actor.province_code, static_cast<int64_t>(year)});
  db.query("INSERT INTO area_roadmap_targets (province_code, year, target_count, target_share_bp, note, set_by, "
           "set_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
           {actor.province_code, static_cast<int64_t>(year), count, share_bp, std::string(text::trim(note)),
            actor.user_id, now_seconds()});
  auto e = event_by(actor, "area_roadmap.set", "province", actor.province_code);
  e.province_code = actor.province_code;
  e.detail_json = "{\"year\":" + std::to_string(year) + "}";
  append_audit(db, e);
  tx.commit();
  return roadmap(db, actor);
}

json::object roadmap(store::Connection& db, const Actor& actor) {
  const std::string& province = actor.province_code;
  const int64_t communes = count_communes(db, province);
  std::map<int64_t, json::object> years;
  for (const auto& r : db.query("SELECT year, target_count, target_share_bp, note FROM area_roadmap_targets WHERE "
                                "province_code = $1",
                                {province})
                           .rows) {
    // A share target in communes, rounded up: "at least 20%" of 130 communes is 26.
    const int64_t target = r.is_null(1) ? (r.i64(2) * communes + 9999) / 10000 : r.i64(1);
    years[r.i64(0)] = {{"target_count", r.is_null(1) ? json::value(nullptr) : json::value(r.i64(1))},
                       {"target_share_bp", r.is_null(2) ? json::value(nullptr) : json::value(r.i64(2))},
                       {"target_communes", target},
                       {"note", r.str(3)}};
  }
  for (const auto& r : db.query("SELECT year, COUNT(*) FROM area_drug_free_assessments WHERE province_code = $1 AND "
                                "status = 'approved' GROUP BY year",
                                {province})
                           .rows)
    years[r.i64(0)]["approved"] = r.i64(1);
  json::array items;
  for (auto& [year, o] : years) {
    const int64_t approved = o.contains("approved") ? o.at("approved").as_int64() : 0;
    o["year"] = year;
    o["approved"] = approved;
    o["approved_share_bp"] = communes ? (approved * 10000 + communes / 2) / communes : 0;  // rounded
    if (!o.contains("target_communes")) o["target_communes"] = nullptr;
    o["met"] = o.at("target_communes").is_null() ? json::value(nullptr)
                                                 : json::value(approved >= o.at("target_communes").as_int64());
    items.push_back(std::move(o));
  }
  return {{"province_code", province}, {"commune_count", communes}, {"items", std::move(items)}};
}

int64_t count_drug_free_in_status(store::Connection& db, const std::string& province, const std::string& status) {
  return db
      .query("SELECT COUNT(*) FROM area_drug_free_assessments WHERE province_code = $1 AND status = $2",
             {province, status})
      .one()
      .i64(0);
}

}  // namespace pcmt::app::areas
