// JSON form of a lifecycle report: the output of `pcmt deadlines --events FILE`.
#include "core/people/lifecycle.hpp"

namespace pcmt::people {
namespace json = boost::json;

namespace {

json::value date_or_null(const std::optional<calendar::Date>& d) { return d ? json::value(d->iso()) : json::value(nullptr); }

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::object episode_json(const Episode& e, size_t id) {
  return {{"id", id},
          {"kind", episode_kind_code(e.kind)},
          {"label", episode_kind_label(e.kind)},
          {"start", e.start.iso()},
          {"end", date_or_null(e.end)},
          {"end_reason", text_or_null(e.end_reason)},
          {"pack", text_or_null(e.pack)},
          {"details", e.details}};
}

json::object deadline_json(const Deadline& d) {
  json::array params;
  for (const auto& p : d.params) params.emplace_back(p);
  return {{"kind", d.kind},
          {"label", d.label},
          {"episode", d.episode},
          {"from", d.from.iso()},
          {"due", date_or_null(d.due)},
          {"status", deadline_status_code(d.status)},
          {"done_on", date_or_null(d.done_on)},
          {"params", std::move(params)},
          {"missing", text_or_null(d.missing)},
          {"source", d.source},
          {"pack", text_or_null(d.pack)},
          {"confirmed", d.confirmed}};
}

}  // namespace

json::object to_json(const LifecycleReport& r) {
  json::array lists, history, episodes, deadlines, obligations;
  for (auto l : lists_for(r.state)) lists.emplace_back(list_code(l));
  for (const auto& p : r.state_history)
    history.push_back(json::object{{"state", state_code(p.state)}, {"from", p.from.iso()}, {"to", date_or_null(p.to)}});
  for (size_t i = 0; i < r.episodes.size(); ++i) episodes.push_back(episode_json(r.episodes[i], i));
  for (const auto& d : r.deadlines) deadlines.push_back(deadline_json(d));
  for (const auto& o : r.obligations)
    obligations.push_back(json::object{{"code", o.code},
                                       {"message", o.message},
                                       {"source", o.source},
                                       {"date", o.date.iso()},
                                       {"event", o.event_index}});
  return {{"as_of", r.as_of.iso()},
          {"state", state_code(r.state)},
          {"state_label", state_label_vi(r.state)},
          {"lists", std::move(lists)},
          {"state_history", std::move(history)},
          {"episodes", std::move(episodes)},
          {"deadlines", std::move(deadlines)},
          {"obligations", std::move(obligations)}};
}

}  // namespace pcmt::people
