#include "app/people/lifecycle_store.hpp"

#include <algorithm>

#include "app/people/access.hpp"
#include "app/people/bulk_rows.hpp"
#include "app/people/derived_differences.hpp"
#include "app/users.hpp"
#include "core/people/placement.hpp"
#include "store/params.hpp"

namespace pcmt::app::people {
namespace lc = ::pcmt::people;
namespace json = boost::json;

namespace {

// The states in which a person is in a facility's care, given where the latest placement put them.
std::optional<int64_t> facility_in_care(const std::vector<StoredEvent>& events, lc::State state) {
  const StoredEvent* placement = nullptr;
  for (const auto& e : events)
    if (lc::placement_of(e.type, e.body) != lc::Placement::none) placement = &e;  // the latest says where
  if (!placement || !placement->facility_id) return std::nullopt;
  switch (state) {
    case lc::State::voluntary_facility:
    case lc::State::substitution:
    case lc::State::compulsory_facility:
    case lc::State::compulsory_suspended:
    case lc::State::compulsory_absconded: return placement->facility_id;
    case lc::State::compulsory_file:
    case lc::State::compulsory_decided:
      // Managed at a facility while the file is pending (ND 116/2021 Arts. 44–49).
      if (placement->type == "pending_management_start") return placement->facility_id;
      return std::nullopt;
    default: return std::nullopt;
  }
}

store::Value opt_date(const std::optional<calendar::Date>& d) {
  return d ? store::Value(d->iso()) : store::Value();
}

store::Value opt_text(const std::string& s) { return s.empty() ? store::Value() : store::Value(s); }

const std::string kEventColumns =
    "SELECT e.id, e.type, e.event_date, e.body, e.facility_id, e.reason, e.recorded_by, " +
    username_sql("e.recorded_by") + ", e.recorded_at, e.person_id FROM person_events e ";

StoredEvent event_from_row(const store::Row& r) {
  StoredEvent e;
  e.id = r.i64(0);
  e.type = r.str(1);
  e.date = r.str(2);
  e.body = json::parse(r.str(3)).as_object();
  e.facility_id = r.opt_i64(4);
  e.reason = r.opt_str(5);
  e.recorded_by = r.opt_i64(6);
  e.recorded_by_name = r.str(7);
  e.recorded_at = r.i64(8);
  return e;
}

}  // namespace

std::string_view stored_status(lc::DeadlineStatus s) {
  if (s == lc::DeadlineStatus::pending || s == lc::DeadlineStatus::overdue) return "open";
  return lc::deadline_status_code(s);
}

std::vector<StoredEvent> load_events(store::Connection& db, int64_t person_id) {
  auto rows = db.query(std::string(kEventColumns) + "WHERE e.person_id = $1 ORDER BY e.event_date, e.id", {person_id});
  std::vector<StoredEvent> out;
  out.reserve(rows.rows.size());
  for (const auto& r : rows.rows) out.push_back(event_from_row(r));
  return out;
}

Derived derive(const std::vector<StoredEvent>& events, const rules::RuleBook& book,
               std::optional<calendar::Date> birth_date, calendar::Date today) {
  lc::Lifecycle lifecycle(book, calendar::HolidayCalendar::standard(), lc::PersonFacts{birth_date});
  for (size_t i = 0; i < events.size(); ++i) {
    try {
      lifecycle.apply(lc::parse_event(events[i].body, i));
    } catch (lc::LifecycleError& e) {
      e.event_index = i;
      throw;
    }
  }
  Derived d{lifecycle.report(today), std::nullopt};
  d.facility_id = facility_in_care(events, d.report.state);
  return d;
}

void DerivedRows::add_periods(int64_t person_id, const std::string& province, const std::string& commune,
                              const lc::LifecycleReport& r) {
  for (size_t i = 0; i < r.state_history.size(); ++i) {
    const auto& s = r.state_history[i];
    periods.push_back({person_id, static_cast<int64_t>(i), std::string(lc::state_code(s.state)), s.from.iso(),
                       opt_date(s.to), province, commune});
  }
}

void DerivedRows::add(int64_t person_id, const std::string& province, const std::string& commune, const Derived& d) {
  const auto& r = d.report;
  add_periods(person_id, province, commune, r);
  for (size_t i = 0; i < r.episodes.size(); ++i) {
    const auto& e = r.episodes[i];
    episodes.push_back({person_id, static_cast<int64_t>(i), std::string(lc::episode_kind_code(e.kind)), e.start.iso(),
                        opt_date(e.end), opt_text(e.end_reason), e.pack});
  }
  for (size_t i = 0; i < r.deadlines.size(); ++i) {
    const auto& x = r.deadlines[i];
    std::string params;
    for (const auto& name : x.params) {
      if (!params.empty()) params += ',';
      params += name;
    }
    deadlines.push_back({person_id, static_cast<int64_t>(i), province, commune, static_cast<int64_t>(x.episode), x.kind,
                         x.from.iso(), opt_date(x.due), std::string(stored_status(x.status)), opt_date(x.done_on),
                         opt_text(x.missing), std::move(params), x.pack, x.confirmed});
  }
}

const std::vector<DerivedTable>& derived_tables() {
  static const std::vector<DerivedTable> tables{
      {"person_state_periods",
       {"person_id", "idx", "state", "from_date", "to_date", "province_code", "commune_code"},
       &DerivedRows::periods},
      {"person_episodes", {"person_id", "idx", "kind", "start_date", "end_date", "end_reason", "pack"}, &DerivedRows::episodes},
      {"person_deadlines",
       {"person_id", "idx", "province_code", "commune_code", "episode", "kind", "from_date", "due_date", "status",
        "done_on", "missing", "params", "pack", "confirmed"},
       &DerivedRows::deadlines},
  };
  return tables;
}

void DerivedRows::insert(store::Connection& db) {
  for (const auto& t : derived_tables()) insert_rows(db, t.name, t.columns, this->*t.rows);
}

void store_derived(store::Connection& db, int64_t person_id, const std::string& province, const std::string& commune,
                   const Derived& d) {
  db.query("DELETE FROM person_state_periods WHERE person_id = $1", {person_id});
  db.query("DELETE FROM person_episodes WHERE person_id = $1", {person_id});
  db.query("DELETE FROM person_deadlines WHERE person_id = $1", {person_id});
  DerivedRows rows;
  rows.add(person_id, province, commune, d);
  rows.insert(db);
  db.query("UPDATE people SET state = $1, facility_id = $2 WHERE id = $3",
           {std::string(lc::state_code(d.report.state)), d.facility_id, person_id});
}

Derived rederive(store::Connection& db, int64_t person_id, const rules::RuleBook& book, calendar::Date today) {
  auto p = db.query("SELECT province_code, commune_code, birth_date FROM people WHERE id = $1", {person_id}).one();
  const Derived d = derive(load_events(db, person_id), book, calendar::Date::parse(p.str(2)), today);
  store_derived(db, person_id, p.str(0), p.str(1), d);
  return d;
}

ReplayBatch replay_people(store::Connection& db, const std::vector<int64_t>& ids, const rules::RuleBook& book,
                          calendar::Date today) {
  ReplayBatch out;
  if (ids.empty()) return out;
  store::Params params;
  const std::string list = store::bind_list(params, ids);
  const auto people = db.query(
      "SELECT id, province_code, commune_code, birth_date FROM people WHERE id IN " + list + " ORDER BY id", params);
  const auto events = db.query(std::string(kEventColumns) + "WHERE e.person_id IN " + list +
                                   " ORDER BY e.person_id, e.event_date, e.id",
                               params);
  size_t next = 0;
  for (const auto& p : people.rows) {
    const int64_t id = p.i64(0);
    std::vector<StoredEvent> mine;
    while (next < events.rows.size() && events.rows[next].i64(9) < id) ++next;  // of no listed person: none
    for (; next < events.rows.size() && events.rows[next].i64(9) == id; ++next)
      mine.push_back(event_from_row(events.rows[next]));
    try {
      out.people.push_back({id, p.str(1), p.str(2), derive(mine, book, calendar::Date::parse(p.str(3)), today)});
    } catch (const lc::LifecycleError&) {
      out.refused.push_back(id);
    }
  }
  return out;
}

Rederived rederive_people(store::Connection& db, const std::vector<int64_t>& ids, const rules::RuleBook& book,
                          calendar::Date today) {
  Rederived out;
  for (size_t start = 0; start < ids.size(); start += kReplayChunk) {
    const std::vector<int64_t> chunk(ids.begin() + static_cast<std::ptrdiff_t>(start),
                                     ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), start + kReplayChunk)));
    const auto batch = replay_people(db, chunk, book, today);
    out.refused.insert(out.refused.end(), batch.refused.begin(), batch.refused.end());
    const auto changed = write_differences(db, batch.people);
    out.changed.insert(out.changed.end(), changed.begin(), changed.end());
  }
  return out;
}

}  // namespace pcmt::app::people
