#include "app/people/people_json.hpp"

#include "app/people/drug_types.hpp"
#include "core/calendar/instant.hpp"
#include "core/ids/personal_id_json.hpp"
#include "core/people/state.hpp"

namespace pcmt::app::people {
namespace json = boost::json;
namespace lc = ::pcmt::people;

namespace {

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

template <typename T>
json::value opt(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

std::string state_label(const std::string& code) {
  for (auto s : lc::kAllStates)
    if (lc::state_code(s) == code) return std::string(lc::state_label_vi(s));
  return code;
}

json::array lists_of(const std::string& code) {
  json::array out;
  for (auto s : lc::kAllStates)
    if (lc::state_code(s) == code)
      for (auto l : lc::lists_for(s)) out.emplace_back(lc::list_code(l));
  return out;
}

json::object counts(const std::map<std::string, int64_t>& m) {
  json::object o;
  for (const auto& [k, v] : m) o[k] = v;
  return o;
}

}  // namespace

json::object to_json(const Person& p) {
  json::array drugs;
  for (const auto& t : p.drug_types) drugs.push_back(json::object{{"code", t}, {"label", drug_type_label(t)}});
  return {{"id", p.id},
          {"personal_id", p.personal_id},
          {"full_name", p.full_name},
          {"aliases", strings(p.aliases)},
          {"birth_date", p.birth_date},
          {"sex", p.sex},
          {"province_code", p.province_code},
          {"commune_code", p.commune_code},
          {"address", p.address},
          {"stable_residence", p.stable_residence},
          {"drug_types", std::move(drugs)},
          {"photo", opt(p.photo)},
          {"state", p.state},
          {"state_label", state_label(p.state)},
          {"lists", lists_of(p.state)},
          {"facility_id", opt(p.facility_id)},
          {"created_at", calendar::iso_utc(p.created_at)},
          {"updated_at", calendar::iso_utc(p.updated_at)}};
}

json::object to_json(const PersonSummary& s) {
  return {{"id", s.id},
          {"personal_id", s.personal_id},
          {"full_name", s.full_name},
          {"aliases", strings(s.aliases)},
          {"birth_date", s.birth_date},
          {"sex", s.sex},
          {"commune_code", s.commune_code},
          {"commune_name", s.commune_name},
          {"province_code", s.province_code},
          {"state", s.state},
          {"state_label", state_label(s.state)},
          {"facility_id", opt(s.facility_id)},
          {"distance", s.distance}};
}

json::object to_json(const StoredEvent& e) {
  json::object fields = e.body;
  fields.erase("type");
  fields.erase("date");
  return {{"id", e.id},
          {"type", e.type},
          {"date", e.date},
          {"fields", std::move(fields)},
          {"facility_id", opt(e.facility_id)},
          {"reason", opt(e.reason)},
          {"recorded_by", e.recorded_by_name},
          {"recorded_at", calendar::iso_utc(e.recorded_at)}};
}

json::object to_json(const PersonRecord& r) {
  json::object o = to_json(r.person);
  o["commune_name"] = r.commune_name;
  o["province_name"] = r.province_name;
  o["facility_name"] = opt(r.facility_name);
  json::array events;
  for (const auto& e : r.events) events.push_back(to_json(e));
  o["events"] = std::move(events);
  o["lifecycle"] = r.lifecycle ? json::value(lc::to_json(*r.lifecycle)) : json::value(nullptr);
  o["lifecycle_error"] = opt(r.lifecycle_error);
  return o;
}

json::object to_json(const DuplicateCandidate& d) {
  json::object o{{"why", d.why}, {"person", d.person ? json::value(to_json(*d.person)) : json::value(nullptr)}};
  if (!d.message.empty()) o["message"] = d.message;
  return o;
}

json::object to_json(const RegistrationCheck& c) {
  json::array dups;
  for (const auto& d : c.duplicates) dups.push_back(to_json(d));
  json::object id = ids::to_json(c.id);
  // The API adds the province's name for the form; the CLI's `person check-id` JSON stays as it is.
  if (c.id.id) id["province_name"] = c.id.id->province_name;
  return {{"id_check", std::move(id)}, {"duplicates", std::move(dups)}};
}

json::object to_json(const SearchResult& r, int page, int page_size) {
  json::array items;
  for (const auto& s : r.items) items.push_back(to_json(s));
  return {{"items", std::move(items)},
          {"total", r.total},
          {"page", page},
          {"page_size", page_size},
          {"truncated", r.truncated}};
}

json::object to_json(const facilities::Facility& f) {
  return {{"id", f.id},
          {"province_code", f.province_code},
          {"kind", f.kind},
          {"name", f.name},
          {"address", f.address},
          {"capacity", f.capacity},
          {"occupancy", f.occupancy},
          {"agency_id", opt(f.agency_id)},
          {"agency_name", f.agency_id ? json::value(f.agency_name) : json::value(nullptr)}};
}

json::object to_json(const Worklist& w) {
  json::array items;
  for (const auto& it : w.items)
    items.push_back(json::object{{"person_id", it.person_id},
                                 {"personal_id", it.personal_id},
                                 {"full_name", it.full_name},
                                 {"commune_code", it.commune_code},
                                 {"kind", it.kind},
                                 {"label", it.label},
                                 {"from", it.from},
                                 {"due", it.due},
                                 {"status", it.overdue ? "overdue" : "this_week"},
                                 {"source", it.source},
                                 {"pack", it.pack},
                                 {"confirmed", it.confirmed}});
  return {{"today", w.today},       {"week_start", w.week_start},       {"week_end", w.week_end},
          {"overdue", w.overdue},   {"due_this_week", w.due_this_week}, {"undated", w.undated},
          {"items", std::move(items)}};
}

json::object to_json(const Statistics& s) {
  json::array cats, communes;
  for (const auto& c : s.categories)
    cats.push_back(json::object{{"code", c.code},
                                {"label", c.label},
                                {"total", c.total},
                                {"by_sex", counts(c.by_sex)},
                                {"by_age_band", counts(c.by_age_band)},
                                {"by_drug_type", counts(c.by_drug_type)}});
  for (const auto& c : s.communes)
    communes.push_back(json::object{{"code", c.code}, {"name", c.name}, {"counts", counts(c.by_category)}});
  return {{"as_of", s.as_of},
          {"province", s.province},
          {"commune", s.commune.empty() ? json::value(nullptr) : json::value(s.commune)},
          {"categories", std::move(cats)},
          {"communes", std::move(communes)}};
}

json::object to_json(const ImportReport& r) {
  json::array errors, dups;
  for (const auto& e : r.errors)
    errors.push_back(json::object{{"line", e.line}, {"field", e.field}, {"code", e.code}, {"message", e.message}});
  for (const auto& d : r.duplicates)
    dups.push_back(json::object{{"line", d.line},
                                {"person_id", opt(d.person_id)},
                                {"other_line", d.other_line ? json::value(d.other_line) : json::value(nullptr)}});
  json::object columns;
  for (const auto& [field, header] : r.columns) columns[field] = header;
  return {{"rows", r.rows},          {"valid", r.valid},         {"imported", r.imported},
          {"committed", r.committed}, {"columns", std::move(columns)}, {"errors", std::move(errors)},
          {"duplicates", std::move(dups)}};
}

json::object to_json(const LinkageItem& i) {
  return {{"person_id", i.person_id},
          {"personal_id", i.personal_id},
          {"full_name", i.full_name},
          {"commune_code", i.commune_code},
          {"status", i.status},
          {"differences", strings(i.differences)},
          {"registered_commune_code", opt(i.registered_commune_code)},
          {"registered_commune_name", opt(i.registered_commune_name)},
          {"registered_elsewhere", i.registered_elsewhere}};
}

json::object to_json(const LinkageReport& r) {
  json::array items, errors;
  for (const auto& i : r.items) items.push_back(to_json(i));
  for (const auto& e : r.errors)
    errors.push_back(json::object{{"line", e.line}, {"field", e.field}, {"code", e.code}, {"message", e.message}});
  return {{"extract_rows", r.extract_rows}, {"compared", r.compared},   {"agrees", r.agrees},
          {"differs", r.differs},           {"not_found", r.not_found}, {"elsewhere", r.elsewhere},
          {"not_in_registry", r.not_in_registry}, {"errors", std::move(errors)}, {"items", std::move(items)}};
}

json::object to_json(const RulePackView& p) {
  json::array params;
  for (const auto& x : p.params) {
    json::object o{{"name", x.name},           {"unit", x.unit},         {"source", x.source},
                   {"unknown", x.unknown},     {"confirmed", x.confirmed}, {"overridden", x.overridden}};
    o["value"] = x.value ? json::value(*x.value) : json::value(nullptr);
    if (x.overridden)
      o["override"] = json::object{{"source", x.override_source}, {"by", x.override_by}, {"at", calendar::iso_utc(x.override_at)}};
    params.push_back(std::move(o));
  }
  return {{"id", p.id},
          {"topic", p.topic},
          {"title", p.title},
          {"effective_from", p.effective_from},
          {"effective_to", opt(p.effective_to)},
          {"params", std::move(params)}};
}

json::object to_json(const RuleChange& c) {
  json::array refused;
  for (auto id : c.now_refused) refused.push_back(id);
  return {{"pack", to_json(c.pack)}, {"recomputed", c.recomputed}, {"changed", c.changed}, {"now_refused", std::move(refused)}};
}

json::object lifecycle_json(const Derived& d) {
  json::object o = lc::to_json(d.report);
  o["facility_id"] = opt(d.facility_id);
  return o;
}

}  // namespace pcmt::app::people
