#include "app/areas/indicators.hpp"

#include <map>
#include <set>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/communes.hpp"
#include "app/error.hpp"
#include "app/scope.hpp"
#include "app/users.hpp"
#include "core/areas/evaluation_window.hpp"
#include "core/text/normalize.hpp"
#include "report/xlsx_writer.hpp"
#include "store/params.hpp"

namespace pcmt::app::areas {
namespace {

namespace json = boost::json;
using pcmt::areas::IndicatorCounts;

using Counter = int64_t IndicatorCounts::*;

// One grouped query: "SELECT commune_code, n1, n2, ..." whose numbers land in `into`, in order.
struct CountQuery {
  std::string sql;
  store::Params params;
  std::vector<Counter> into;
};

void add_counts(store::Connection& db, const CountQuery& q, std::map<std::string, IndicatorCounts>& out) {
  for (const auto& r : db.query(q.sql, q.params).rows) {
    auto& c = out[r.str(0)];
    for (size_t i = 0; i < q.into.size(); ++i) c.*q.into[i] += r.is_null(i + 1) ? 0 : r.i64(i + 1);
  }
}

std::string province_in_scope(store::Connection& db, const Actor& actor, const std::string& province) {
  const std::string code = province.empty() ? actor.province_code : province;
  if (!scope::reaches(actor, {.province = code})) throw not_found();
  if (!province_exists(db, code)) throw not_found();
  return code;
}

struct TargetInForce {
  int64_t value = 0;
  std::string citation;  // the pack's source of a default
  std::optional<int64_t> from_year, set_at;
  std::string note, set_by;
};

std::vector<TargetInForce> targets_in_force(store::Connection& db, const std::string& province, int year,
                                            const IsoWindow& w) {
  static const rules::RuleBook book = rules::RuleBook::embedded();
  pcmt::areas::IndicatorTargets defaults;
  try {
    defaults = pcmt::areas::default_targets(book, w.to);
  } catch (const std::out_of_range&) {
    throw bad_request("area.year_invalid",
                      "Năm " + std::to_string(year) + " chưa có chỉ tiêu kế hoạch mặc định (từ năm 2025)", "year");
  }
  std::vector<TargetInForce> out;
  for (const auto& d : defaults) {
    TargetInForce t;
    t.value = d.value;
    t.citation = d.source;
    out.push_back(std::move(t));
  }
  // The latest own target from a year not after Y replaces the default (rows come oldest first).
  for (const auto& r :
       db.query("SELECT t.indicator, t.from_year, t.value, t.note, t.set_at, " + user_full_name_sql("t.set_by") +
                    " FROM area_indicator_targets t WHERE t.province_code = $1 AND t.from_year <= $2 "
                    "ORDER BY t.from_year",
                {province, static_cast<int64_t>(year)})
           .rows) {
    const auto* spec = pcmt::areas::find_indicator(r.str(0));
    if (!spec) continue;  // an indicator retired from the code
    auto& t = out.at(static_cast<size_t>(spec->id));
    t.value = r.i64(2);
    t.citation.clear();
    t.from_year = r.i64(1);
    t.set_at = r.i64(4);
    t.note = r.str(3);
    t.set_by = r.is_null(5) ? std::string() : r.str(5);
  }
  return out;
}

json::object target_json(const pcmt::areas::IndicatorSpec& spec, const TargetInForce& t) {
  json::object o{{"indicator", spec.code},
                 {"label", spec.label},
                 {"comparison", pcmt::areas::to_string(spec.comparison)},
                 {"value", t.value},
                 {"min", spec.min_target},
                 {"max", spec.max_target},
                 {"origin", t.from_year ? "province" : "default"}};
  if (t.from_year) {
    o["from_year"] = *t.from_year;
    o["note"] = t.note;
    o["set_by"] = t.set_by;
    o["set_at"] = *t.set_at;
  } else {
    o["source"] = t.citation;
  }
  return o;
}

json::value opt(std::optional<int64_t> v) { return v ? json::value(*v) : json::value(nullptr); }

json::array results_json(const IndicatorCounts& c, const std::vector<TargetInForce>& targets) {
  using pcmt::areas::Comparison;
  json::array out;
  for (const auto& spec : pcmt::areas::indicator_specs()) {
    const int64_t target = targets.at(static_cast<size_t>(spec.id)).value;
    const auto r = pcmt::areas::evaluate(spec, c, target);
    json::object o{{"indicator", spec.code}, {"target", target}, {"met", pcmt::areas::to_string(r.met)}};
    switch (spec.comparison) {
      case Comparison::change_at_least:
      case Comparison::change_at_most:
        o["current"] = r.a, o["previous"] = r.b, o["change_bp"] = opt(r.value_bp);
        break;
      case Comparison::share_above:
      case Comparison::share_at_least:
        o["part"] = r.a, o["whole"] = r.b, o["share_bp"] = opt(r.value_bp);
        break;
      case Comparison::count_at_most:
        o["count"] = r.a;
        break;
    }
    out.push_back(std::move(o));
  }
  return out;
}

json::object window_json(const IsoWindow& w) { return {{"year", w.year}, {"from", w.from}, {"to", w.to}}; }

}  // namespace

bool can_set_indicator_targets(const Actor& actor) {
  return actor.role == Role::leader || actor.role == Role::standing_office || actor.role == Role::admin;
}

IndicatorWindows indicator_windows(int year) {
  const auto& cal = rules_for_year(year).calendar;  // 400 area.year_invalid
  const auto prev = pcmt::areas::evaluation_window(year - 1, cal);
  return {window_of_year(year), {year - 1, pcmt::areas::to_iso(prev.first_day), pcmt::areas::to_iso(prev.last_day)}};
}

std::vector<IndicatorCommuneRow> count_indicators(store::Connection& db, const std::string& province,
                                                  const IndicatorWindows& w, const std::string& only_commune) {
  const bool one = !only_commune.empty();
  // The scope filter of every query: the province, and the commune when one is asked for.
  auto scoped = [&](store::Params p, const char* province_column, const char* commune_column) {
    std::string where = std::string(" WHERE ") + province_column + " = $1";
    if (one) where += std::string(" AND ") + commune_column + " = " + store::bind_param(p, only_commune);
    return std::pair{where, p};
  };
  const auto& cur = w.current;
  const auto& prev = w.previous;
  std::map<std::string, IndicatorCounts> counts;

  // Cases detected (case_date) in each window; resolved = prosecuted or tried on the window's last
  // day: the latest status of the case's history that took effect by then (a later change does not
  // rewrite a past year). Effective dates never go back within a case, so the latest is the last id.
  {
    auto [where, p] = scoped({province, cur.from, cur.to, prev.from, prev.to}, "c.province_code", "c.commune_code");
    add_counts(db,
               {"SELECT c.commune_code, SUM(CASE WHEN c.case_date >= $2 THEN 1 ELSE 0 END), SUM(CASE WHEN c.case_date "
                "<= $5 THEN 1 ELSE 0 END), SUM(CASE WHEN c.case_date >= $2 AND (SELECT h.status FROM "
                "area_case_status_changes h WHERE h.case_id = c.id AND h.effective_date <= $3 ORDER BY "
                "h.effective_date DESC, h.id DESC LIMIT 1) IN ('prosecuted', 'tried') THEN 1 ELSE 0 END) FROM "
                "area_cases c" +
                    where + " AND c.case_date >= $4 AND c.case_date <= $3 GROUP BY c.commune_code",
                p,
                {&IndicatorCounts::cases, &IndicatorCounts::cases_previous, &IndicatorCounts::cases_resolved}},
               counts);
  }
  // Points found by the end of the window. Under management: use points and hotspots not eliminated
  // before the window (as in the classification); eliminated: of those, eliminated inside it. Retail
  // points standing at the end of each window. Re-formed points (any kind) found inside it.
  {
    auto [where, p] = scoped({province, cur.from, cur.to, prev.to}, "province_code", "commune_code");
    add_counts(db,
               {"SELECT commune_code, SUM(CASE WHEN kind IN ('use_point', 'hotspot') AND (eliminated_date IS NULL OR "
                "eliminated_date >= $2) THEN 1 ELSE 0 END), SUM(CASE WHEN kind IN ('use_point', 'hotspot') AND "
                "eliminated_date >= $2 AND eliminated_date <= $3 THEN 1 ELSE 0 END), SUM(CASE WHEN kind = 'retail' "
                "AND (eliminated_date IS NULL OR eliminated_date > $3) THEN 1 ELSE 0 END), SUM(CASE WHEN kind = "
                "'retail' AND found_date <= $4 AND (eliminated_date IS NULL OR eliminated_date > $4) THEN 1 ELSE 0 "
                "END), SUM(CASE WHEN reformed = 1 AND found_date >= $2 THEN 1 ELSE 0 END) FROM area_points" +
                    where + " AND found_date <= $3 GROUP BY commune_code",
                p,
                {&IndicatorCounts::points_managed, &IndicatorCounts::points_eliminated, &IndicatorCounts::retail_end,
                 &IndicatorCounts::retail_end_previous, &IndicatorCounts::reformed}},
               counts);
  }
  // Communes, and for a border commune whether the province approved it drug-free for the year
  // (once the year's list is frozen no approval changes, so this is the frozen list).
  std::set<std::string> approved;
  {
    auto [where, p] = scoped({province, static_cast<int64_t>(cur.year)}, "province_code", "commune_code");
    for (const auto& r : db.query("SELECT commune_code FROM area_drug_free_assessments" + where +
                                      " AND year = $2 AND status = 'approved'",
                                  p)
                             .rows)
      approved.insert(r.str(0));
  }
  std::vector<IndicatorCommuneRow> out;
  for (const auto& c : communes_of_province(db, province)) {
    if (one && c.code != only_commune) continue;
    IndicatorCommuneRow row;
    row.code = c.code;
    row.name = c.name;
    row.is_border = c.is_border;
    if (auto it = counts.find(row.code); it != counts.end()) row.counts = it->second;
    row.counts.border_communes = row.is_border ? 1 : 0;
    row.counts.border_drug_free = row.is_border && approved.contains(c.code) ? 1 : 0;
    out.push_back(std::move(row));
  }
  return out;
}

namespace {

// Everything the page and the export show: the targets in force, each commune's counts and the total.
struct IndicatorRun {
  std::string province;
  int year = 0;
  IndicatorWindows windows;
  std::vector<TargetInForce> targets;
  std::vector<IndicatorCommuneRow> rows;
  IndicatorCounts total;
  bool commune_scope = false;  // a commune user: its commune alone, and the total is that commune's
};

IndicatorRun run_indicators(store::Connection& db, const Actor& actor, const std::string& province, int year) {
  IndicatorRun run;
  run.province = province_in_scope(db, actor, province);
  run.year = year;
  run.windows = indicator_windows(year);
  run.targets = targets_in_force(db, run.province, year, run.windows.current);
  run.commune_scope = actor.scope.kind == ScopeKind::commune;
  run.rows = count_indicators(db, run.province, run.windows, run.commune_scope ? actor.scope.id : std::string());
  for (const auto& row : run.rows) run.total += row.counts;
  return run;
}

int64_t target_of(const IndicatorRun& run, const pcmt::areas::IndicatorSpec& spec) {
  return run.targets.at(static_cast<size_t>(spec.id)).value;
}

// --- XLSX: the same results in words, as the page shows them ---------------------------------

std::string met_label(pcmt::areas::Tri met) {
  switch (met) {
    case pcmt::areas::Tri::yes:
      return "Đạt";
    case pcmt::areas::Tri::no:
      return "Chưa đạt";
    case pcmt::areas::Tri::unknown:
      break;
  }
  return "Chưa có số liệu";
}

std::string value_text(const pcmt::areas::IndicatorSpec& spec, const pcmt::areas::IndicatorResult& r) {
  using pcmt::areas::format_percent;
  if (!spec.b) return std::to_string(r.a);
  if (spec.comparison == pcmt::areas::Comparison::change_at_least ||
      spec.comparison == pcmt::areas::Comparison::change_at_most)
    return std::to_string(r.a) + " so với " + std::to_string(r.b) + " (" +
           (r.value_bp ? format_percent(*r.value_bp, true) : std::string("năm trước 0")) + ")";
  if (!r.value_bp) return "—";
  return std::to_string(r.a) + "/" + std::to_string(r.b) + " (" + format_percent(*r.value_bp) + ")";
}

std::string target_text(const pcmt::areas::IndicatorSpec& spec, int64_t v) {
  using pcmt::areas::Comparison;
  using pcmt::areas::format_percent;
  switch (spec.comparison) {
    case Comparison::change_at_least:
      return v >= 0 ? "Tăng từ " + format_percent(v) + " trở lên" : "Không giảm quá " + format_percent(-v);
    case Comparison::change_at_most:
      return v <= 0 ? "Giảm từ " + format_percent(-v) + " trở lên" : "Tăng không quá " + format_percent(v);
    case Comparison::share_above:
      return "Trên " + format_percent(v);
    case Comparison::share_at_least:
      return "Từ " + format_percent(v) + " trở lên";
    case Comparison::count_at_most:
      break;
  }
  return v == 0 ? "Không có" : "Không quá " + std::to_string(v);
}

// One row per commune (and the total first): code, name, then per indicator its numbers and result.
std::vector<report::Cell> result_cells(const IndicatorRun& run, const std::string& code, const std::string& name,
                                       const IndicatorCounts& counts) {
  std::vector<report::Cell> cells{code, name};
  for (const auto& spec : pcmt::areas::indicator_specs()) {
    const auto r = pcmt::areas::evaluate(spec, counts, target_of(run, spec));
    cells.emplace_back(value_text(spec, r));
    cells.emplace_back(met_label(r.met));
  }
  return cells;
}

}  // namespace

json::object indicators(store::Connection& db, const Actor& actor, const std::string& province, int year,
                        const std::string& commune) {
  const auto run = run_indicators(db, actor, province, year);
  if (!commune.empty() && get_commune(db, actor, commune).province_code != run.province) throw not_found();
  json::array communes;
  for (const auto& row : run.rows) {
    if (!commune.empty() && row.code != commune) continue;
    communes.push_back(json::object{{"code", row.code},
                                    {"name", row.name},
                                    {"is_border", row.is_border},
                                    {"indicators", results_json(row.counts, run.targets)}});
  }
  json::array target_list;
  for (const auto& spec : pcmt::areas::indicator_specs())
    target_list.push_back(target_json(spec, run.targets.at(static_cast<size_t>(spec.id))));
  return {{"year", year},
          {"province_code", run.province},
          {"scope", run.commune_scope ? "commune" : "province"},
          {"window", window_json(run.windows.current)},
          {"previous_window", window_json(run.windows.previous)},
          {"targets", std::move(target_list)},
          {"total", json::object{{"communes", static_cast<int64_t>(run.rows.size())},
                                 {"indicators", results_json(run.total, run.targets)}}},
          {"communes", std::move(communes)},
          {"can_set_targets", can_set_indicator_targets(actor)}};
}

std::string export_indicators_xlsx(store::Connection& db, const Actor& actor, const std::string& province, int year) {
  const auto run = run_indicators(db, actor, province, year);
  const std::string y = std::to_string(year);
  report::Sheet targets{"Chi tieu " + y, {"Chỉ tiêu", "Mục tiêu", "Căn cứ"}, {}, {44, 28, 90}};
  report::Sheet results{"Ket qua " + y, {"Mã xã", "Xã, phường"}, {}, {10, 30}};
  for (const auto& spec : pcmt::areas::indicator_specs()) {
    const auto& t = run.targets.at(static_cast<size_t>(spec.id));
    const std::string basis = t.from_year ? "Chỉ tiêu riêng của tỉnh từ năm " + std::to_string(*t.from_year) +
                                                (t.note.empty() ? "" : " — " + t.note)
                                          : "Mặc định theo kế hoạch: " + t.citation;
    targets.rows.push_back({std::string(spec.label), target_text(spec, t.value), basis});
    results.header.push_back(std::string(spec.label));
    results.header.push_back("Kết quả");
    results.widths.insert(results.widths.end(), {26, 14});
  }
  results.rows.push_back(result_cells(run, "", run.commune_scope ? "Xã, phường của bạn" : "Toàn tỉnh", run.total));
  for (const auto& row : run.rows) results.rows.push_back(result_cells(run, row.code, row.name, row.counts));
  auto e = event_by(actor, "area_indicators.export", "province", run.province);
  e.province_code = run.province;
  e.detail_json = json::serialize(json::object{{"year", year}, {"rows", static_cast<int64_t>(run.rows.size())}});
  store::Transaction tx(db);
  append_audit(db, e);
  tx.commit();
  return report::write_xlsx({targets, results});
}

json::object set_indicator_target(store::Connection& db, const Actor& actor, const std::string& province,
                                  const std::string& indicator, int from_year, std::optional<int64_t> value,
                                  const std::string& note) {
  if (!can_set_indicator_targets(actor)) throw forbidden();
  const std::string code = province_in_scope(db, actor, province);
  const auto* spec = pcmt::areas::find_indicator(indicator);
  if (!spec) throw bad_request("area.indicator_invalid", "Chỉ tiêu không có trong danh mục", "indicator");
  const auto w = indicator_windows(from_year);       // 400 area.year_invalid
  targets_in_force(db, code, from_year, w.current);  // 400 when no default exists for the year
  if (value) {
    try {
      pcmt::areas::check_target(*spec, *value);
    } catch (const std::invalid_argument&) {
      throw bad_request(
          "area.target_invalid",
          "Giá trị chỉ tiêu phải từ " + std::to_string(spec->min_target) + " đến " + std::to_string(spec->max_target) +
              (spec->comparison == pcmt::areas::Comparison::count_at_most ? " điểm" : " phần vạn (100 phần vạn = 1%)"),
          "value");
    }
  }
  const store::Params key{code, indicator, static_cast<int64_t>(from_year)};
  store::Transaction tx(db);
  db.query("DELETE FROM area_indicator_targets WHERE province_code = $1 AND indicator = $2 AND from_year = $3", key);
  if (value)
    db.query(
        "INSERT INTO area_indicator_targets (province_code, indicator, from_year, value, note, set_by, set_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {code, indicator, static_cast<int64_t>(from_year), *value, std::string(text::trim(note)), actor.user_id,
         now_seconds()});
  auto e = event_by(actor, "area_indicator_target.set", "province", code);
  e.province_code = code;
  json::object detail{{"indicator", indicator}, {"from_year", from_year}, {"value", opt(value)}};
  e.detail_json = json::serialize(detail);
  append_audit(db, e);
  tx.commit();
  return indicators(db, actor, code, from_year, {});
}

}  // namespace pcmt::app::areas
