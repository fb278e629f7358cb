// The people registry: persons, lifecycle events, search, duplicates and merges, the
// commune worklist, facilities, rule-pack values, imports, residence linkage, statistics and
// exports. Handlers turn JSON into calls of app/people; the rules, scope and audit live there.
#include "api/json_io.hpp"
#include "api/params.hpp"
#include "api/routes/routes.hpp"
#include "api/table_xlsx.hpp"
#include "app/base64.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/people/access.hpp"
#include "app/people/drug_types.hpp"
#include "app/people/events.hpp"
#include "app/people/import_job.hpp"
#include "app/people/linkage_job.hpp"
#include "app/people/people_json.hpp"
#include "core/people/event_labels.hpp"
#include "core/people/event_types.hpp"
#include "core/people/placement.hpp"
#include "report/xlsx_writer.hpp"

namespace pcmt::api {
namespace {

namespace ppl = app::people;

constexpr size_t kImportMaxBody = 48u << 20;  // a 100,000-row list, base64-encoded XLSX or CSV text

std::optional<std::vector<std::string>> opt_strings(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  std::vector<std::string> out;
  if (v->is_array()) {
    for (const auto& x : v->as_array()) {
      if (!x.is_string()) break;
      out.emplace_back(x.as_string());
    }
    if (out.size() == v->as_array().size()) return out;
  }
  throw app::bad_request("request.invalid", std::string("Trường ") + key + " phải là danh sách chuỗi ký tự", key);
}

std::optional<json::object> opt_object(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_object()) throw app::bad_request("request.invalid", std::string("Trường ") + key + " phải là đối tượng JSON", key);
  return v->as_object();
}

// What the record page shows after an event is recorded or withdrawn: the lifecycle, the events and the
// facility, without a second (audited) read of the whole record.
json::object after_change_json(const ppl::AfterChange& a) {
  json::array events;
  for (const auto& e : a.events) events.push_back(ppl::to_json(e));
  return {{"lifecycle", ppl::lifecycle_json(a.derived)},
          {"events", std::move(events)},
          {"facility_name", a.facility_name ? json::value(*a.facility_name) : json::value(nullptr)}};
}

ppl::PersonInput person_input(const json::object& b) {
  ppl::PersonInput in;
  in.personal_id = opt_string(b, "personal_id");
  in.full_name = opt_string(b, "full_name");
  in.birth_date = opt_string(b, "birth_date");
  in.sex = opt_string(b, "sex");
  in.commune_code = opt_string(b, "commune_code");
  in.address = opt_string(b, "address");
  in.photo = opt_string(b, "photo");
  in.clear_photo = has_null(b, "photo");
  in.aliases = opt_strings(b, "aliases");
  in.drug_types = opt_strings(b, "drug_types");
  in.stable_residence = opt_bool(b, "stable_residence");
  in.confirm_id_mismatch = opt_bool(b, "confirm_id_mismatch").value_or(false);
  in.confirm_not_duplicate = opt_bool(b, "confirm_not_duplicate").value_or(false);
  return in;
}

ppl::SearchQuery search_query(const Request& req) {
  const Paging pg = paging(req);
  ppl::SearchQuery q;
  q.q = req.query_or("q");
  q.province = req.query_or("province");
  q.commune = req.query_or("commune");
  q.birth_year = query_integer(req, "birth_year", 1900, 2200, "request.invalid", "Năm sinh không hợp lệ");
  q.state = req.query_or("state");
  q.list = req.query_or("list");
  q.reason = req.query_or("reason");
  q.page = pg.page;
  q.page_size = pg.page_size;
  return q;
}


std::map<std::string, std::string> mapping_of(const json::object& b) {
  std::map<std::string, std::string> out;
  if (auto m = opt_object(b, "mapping"))
    for (const auto& [field, header] : *m) {
      if (!header.is_string()) throw app::bad_request("request.invalid", "Mỗi cột trong mapping phải là chuỗi", "mapping");
      out[std::string(field)] = std::string(header.as_string());
    }
  return out;
}

Response xlsx(std::string bytes, const std::string& filename) { return xlsx_download(std::move(bytes), filename); }

// The worklist's rows (personal ids as the list shows them: masked unless the role sees them).
const std::vector<Column>& worklist_columns() {
  static const std::vector<Column> columns{
      {"Họ và tên", "full_name", CellKind::text, 26},
      {"Số định danh cá nhân", "personal_id", CellKind::text, 16},
      {"Mã xã", "commune_code", CellKind::text, 8},
      {"Việc phải làm", "label", CellKind::text, 40},
      {"Tính từ", "from", CellKind::date, 12},
      {"Hạn", "due", CellKind::date, 12},
      {"Tình trạng", "status", CellKind::text, 14, {{"overdue", "Quá hạn"}, {"this_week", "Đến hạn trong tuần"}}},
      {"Căn cứ", "source", CellKind::text, 40},
  };
  return columns;
}

// The rows of the placement table for one event type, in the order they are tried.
json::array placement_json(std::string_view type) {
  namespace lc = ::pcmt::people;
  json::array rows;
  for (const auto& r : lc::placement_rules()) {
    if (r.type != type) continue;
    rows.push_back(json::object{{"field", r.field.empty() ? json::value() : json::value(r.field)},
                                {"value", r.field.empty() ? json::value() : json::value(r.value)},
                                {"placement", lc::placement_code(r.placement)},
                                {"facility_kind", lc::at_facility(r.placement) ? json::value(lc::facility_kind(r.placement))
                                                                               : json::value()}});
  }
  return rows;
}

json::object reference_json() {
  namespace lc = ::pcmt::people;
  json::array events, states, drugs, fields;
  for (const auto& t : lc::event_types()) {
    json::array from, f;
    for (auto s : t.from) from.emplace_back(lc::state_code(s));
    for (const auto& spec : t.fields) {
      json::array choices;
      json::object choice_labels;
      for (auto c : spec.choices) {
        choices.emplace_back(c);
        choice_labels[c] = lc::choice_label_vi(spec.name, c);
      }
      // A list of numbers (the addiction criteria) is labelled number by number.
      for (int n = 1; spec.kind == lc::FieldKind::integer_list; ++n) {
        const auto label = lc::choice_label_vi(spec.name, std::to_string(n));
        if (label.empty()) break;
        choice_labels[std::to_string(n)] = label;
      }
      static constexpr const char* kinds[] = {"boolean", "integer", "text", "choice", "integer_list", "choice_list", "date"};
      f.push_back(json::object{{"name", spec.name},
                               {"label", lc::field_label_vi(spec.name)},
                               {"kind", kinds[static_cast<int>(spec.kind)]},
                               {"required", spec.required},
                               {"choices", std::move(choices)},
                               {"choice_labels", std::move(choice_labels)}});
    }
    events.push_back(json::object{{"type", t.type},
                                  {"label", t.label_vi},
                                  {"source", t.source},
                                  {"from", std::move(from)},
                                  {"fields", std::move(f)},
                                  {"placement", placement_json(t.type)}});
  }
  for (auto s : lc::kAllStates) {
    json::array lists;
    for (auto l : lc::lists_for(s)) lists.emplace_back(lc::list_code(l));
    states.push_back(json::object{{"code", lc::state_code(s)}, {"label", lc::state_label_vi(s)}, {"lists", std::move(lists)}});
  }
  for (const auto& d : ppl::drug_types()) drugs.push_back(json::object{{"code", d.code}, {"label", d.label}});
  for (const auto& [field, label] : ppl::import_fields()) fields.push_back(json::object{{"field", field}, {"label", label}});
  return {{"event_types", std::move(events)},
          {"states", std::move(states)},
          {"drug_types", std::move(drugs)},
          {"import_fields", std::move(fields)}};
}

void add_person_routes(Router& r) {
  r.add("GET", "/api/v1/people/reference", Access::session, BodyKind::none, [](Context&) {
    static const json::object doc = reference_json();
    return json_response(200, doc);
  });

  r.add("GET", "/api/v1/people", Access::session, BodyKind::none, [](Context& c) {
    const auto q = search_query(c.req);
    return json_response(200, ppl::to_json(ppl::search_people(c.db, c.actor(), q), q.page, q.page_size));
  });

  r.add("POST", "/api/v1/people", Access::session, BodyKind::json, [](Context& c) {
    const auto in = person_input(body_object(c.req));
    return json_response(201, ppl::to_json(ppl::register_person(c.db, c.actor(), in, app::vn_today())));
  });

  r.add("POST", "/api/v1/people/check", Access::session, BodyKind::json, [](Context& c) {
    const auto in = person_input(body_object(c.req));
    return json_response(200, ppl::to_json(ppl::check_registration(c.db, c.actor(), in, app::vn_today())));
  });

  r.add("GET", "/api/v1/people/export", Access::session, BodyKind::none, [](Context& c) {
    const auto q = search_query(c.req);
    const std::string full = c.req.query_or("full_ids");
    return xlsx(ppl::export_people(c.db, c.actor(), q, q.reason, full == "true" || full == "1"), "danh-sach.xlsx");
  });

  r.add("GET", "/api/v1/people/import/template.xlsx", Access::session, BodyKind::none, [](Context& c) {
    ppl::require_register(c.actor());
    return xlsx(ppl::people_import_template(), "mau-nhap-doi-tuong.xlsx");
  });

  r.add(
      "POST", "/api/v1/people/import", Access::session, BodyKind::json,
      [](Context& c) {
        const auto b = body_object(c.req);
        ppl::ImportRequest req;
        req.format = opt_string(b, "format").value_or("csv");
        req.content = table_content(b);
        req.mapping = mapping_of(b);
        req.commune = opt_string(b, "commune").value_or("");
        req.commit = opt_bool(b, "commit").value_or(false);
        if (req.commit) return job_started(ppl::start_import(c.db, c.actor(), req, app::vn_today()));
        return json_response(200, ppl::to_json(ppl::import_people(c.db, c.actor(), req, app::vn_today())));
      },
      kImportMaxBody);

  r.add(
      "POST", "/api/v1/people/residence-linkage", Access::session, BodyKind::json,
      [](Context& c) {
        const auto b = body_object(c.req);
        ppl::LinkageRequest req;
        req.format = opt_string(b, "format").value_or("csv");
        req.content = table_content(b);
        req.mapping = mapping_of(b);
        req.commune = opt_string(b, "commune").value_or("");
        return job_started(ppl::start_linkage(c.db, c.actor(), req));
      },
      kImportMaxBody);

  r.add("GET", "/api/v1/people/residence-links", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    ppl::LinkageFilter f{c.req.query_or("status"), c.req.query_or("commune"), c.req.query_or("elsewhere") == "true",
                         pg.page, pg.page_size};
    auto page = ppl::list_residence_links(c.db, c.actor(), f);
    json::array items;
    for (const auto& i : page.items) items.push_back(ppl::to_json(i));
    return json_response(200, page_json(std::move(items), page.total, pg));
  });

  r.add("GET", "/api/v1/people/statistics", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ppl::to_json(ppl::people_statistics(c.db, c.actor(), c.req.query_or("province"),
                                                                   c.req.query_or("commune"), app::vn_today())));
  });

  r.add("GET", "/api/v1/people/statistics/export", Access::session, BodyKind::none, [](Context& c) {
    return xlsx(ppl::export_statistics(c.db, c.actor(), c.req.query_or("province"), c.req.query_or("commune"),
                                       c.req.query_or("reason"), app::vn_today()),
                "thong-ke.xlsx");
  });

  r.add("GET", "/api/v1/people/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ppl::to_json(ppl::read_person(c.db, c.actor(), path_id(c.req), c.req.query_or("reason"),
                                                            app::vn_today())));
  });

  r.add("PATCH", "/api/v1/people/{id}", Access::session, BodyKind::json, [](Context& c) {
    const auto in = person_input(body_object(c.req));
    return json_response(200, ppl::to_json(ppl::update_person(c.db, c.actor(), path_id(c.req), in, app::vn_today())));
  });

  r.add("POST", "/api/v1/people/{id}/events", Access::session, BodyKind::json, [](Context& c) {
    const auto b = body_object(c.req);
    ppl::EventInput in;
    in.type = req_string(b, "type");
    in.date = req_string(b, "date");
    in.fields = opt_object(b, "fields").value_or(json::object{});
    in.facility_id = opt_int(b, "facility_id");
    in.reason = opt_string(b, "reason").value_or("");
    auto out = ppl::record_event(c.db, c.actor(), path_id(c.req), in, app::vn_today());
    json::object o = after_change_json(out);
    o["event_id"] = out.event_id;
    return json_response(201, o);
  });

  r.add("DELETE", "/api/v1/people/{id}/events/{event_id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, after_change_json(ppl::withdraw_event(c.db, c.actor(), path_id(c.req),
                                                                    path_id(c.req, "event_id"), c.req.query_or("reason"),
                                                                    app::vn_today())));
  });

  r.add("POST", "/api/v1/people/{id}/merge", Access::session, BodyKind::json, [](Context& c) {
    const auto b = body_object(c.req);
    const auto dup = opt_int(b, "duplicate_id");
    if (!dup) throw app::bad_request("request.missing_field", "Thiếu duplicate_id (hồ sơ trùng cần gộp)", "duplicate_id");
    return json_response(200, ppl::to_json(ppl::merge_people(c.db, c.actor(), path_id(c.req), *dup,
                                                             opt_string(b, "reason").value_or(""), app::vn_today())));
  });

  r.add("GET", "/api/v1/worklist", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ppl::to_json(ppl::worklist(c.db, c.actor(), c.req.query_or("commune"),
                                                         c.req.query_or("province"), app::vn_today())));
  });
  // The same read as the list (audited as a worklist read naming every person in it), without its cut at 500.
  r.add("GET", "/api/v1/worklist/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    const auto list = ppl::to_json(ppl::worklist(c.db, c.actor(), c.req.query_or("commune"), c.req.query_or("province"),
                                                 app::vn_today(), kExportMaxRows + 1));
    return table_xlsx(list.at("items").as_array(), worklist_columns(), "Viec can lam", "viec-can-lam.xlsx");
  });
}

app::facilities::FacilityInput facility_input(const json::object& b) {
  app::facilities::FacilityInput in;
  in.province_code = opt_string(b, "province_code");
  in.kind = opt_string(b, "kind");
  in.name = opt_string(b, "name");
  in.address = opt_string(b, "address");
  in.capacity = opt_int(b, "capacity");
  in.agency_id = opt_int(b, "agency_id");
  in.clear_agency = has_null(b, "agency_id");
  return in;
}

void add_facility_routes(Router& r) {
  r.add("GET", "/api/v1/facilities", Access::session, BodyKind::none, [](Context& c) {
    json::array items;
    for (const auto& f :
         app::facilities::list_facilities(c.db, c.actor(), c.req.query_or("province"), c.req.query_or("kind")))
      items.push_back(ppl::to_json(f));
    return json_response(200, json::object{{"items", std::move(items)}});
  });
  r.add("POST", "/api/v1/facilities", Access::session, BodyKind::json, [](Context& c) {
    return json_response(
        201, ppl::to_json(app::facilities::create_facility(c.db, c.actor(), facility_input(body_object(c.req)))));
  });
  r.add("GET", "/api/v1/facilities/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, ppl::to_json(app::facilities::get_facility(c.db, c.actor(), path_id(c.req))));
  });
  r.add("PATCH", "/api/v1/facilities/{id}", Access::session, BodyKind::json, [](Context& c) {
    return json_response(200, ppl::to_json(app::facilities::update_facility(c.db, c.actor(), path_id(c.req),
                                                                            facility_input(body_object(c.req)))));
  });
}

void add_rule_pack_routes(Router& r) {
  r.add("GET", "/api/v1/rule-packs", Access::session, BodyKind::none, [](Context& c) {
    json::array items;
    for (const auto& p : ppl::list_rule_packs(c.db, c.actor())) items.push_back(ppl::to_json(p));
    return json_response(200, json::object{{"items", std::move(items)}});
  });
  r.add("PUT", "/api/v1/rule-packs/{pack}/params/{param}", Access::session, BodyKind::json, [](Context& c) {
    const auto b = body_object(c.req);
    const auto* v = b.if_contains("value");
    if (!v || !v->is_number()) throw app::bad_request("rules.value_invalid", "Giá trị phải là một số", "value");
    return job_started(ppl::set_rule_value(c.db, c.actor(), c.req.params.at("pack"), c.req.params.at("param"),
                                           v->to_number<double>(), opt_string(b, "source").value_or(""),
                                           app::vn_today()));
  });
}

}  // namespace

void add_people_routes(Router& r) {
  add_person_routes(r);
  add_facility_routes(r);
  add_rule_pack_routes(r);
}

}  // namespace pcmt::api
