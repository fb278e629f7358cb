#include "core/rules/rule_pack.hpp"

#include "core/resources.hpp"

namespace pcmt::rules {
namespace json = boost::json;

RulePack RulePack::from_json(std::string_view text) {
  json::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) throw std::invalid_argument("rule pack is not a JSON object");
  const auto& o = v.as_object();
  auto str = [&](const char* key) -> std::string {
    const auto* f = o.if_contains(key);
    if (!f || !f->is_string()) throw std::invalid_argument(std::string("rule pack lacks string field ") + key);
    return std::string(f->as_string());
  };
  RulePack p;
  p.id_ = str("id");
  p.topic_ = str("topic");
  p.title_ = str("title");
  p.effective_from_ = str("effective_from");
  if (const auto* to = o.if_contains("effective_to"); to && to->is_string()) p.effective_to_ = std::string(to->as_string());
  const auto* params = o.if_contains("params");
  if (!params || !params->is_object()) throw std::invalid_argument("rule pack " + p.id_ + " lacks params");
  for (const auto& [name, param] : params->as_object()) {
    if (!param.is_object() || !param.as_object().contains("value") || !param.as_object().contains("source"))
      throw std::invalid_argument("rule pack " + p.id_ + ": param " + std::string(name) + " needs value and source");
  }
  p.params_ = params->as_object();
  return p;
}

bool RulePack::in_force_on(std::string_view d) const {
  return effective_from_ <= d && (!effective_to_ || d <= *effective_to_);
}

bool RulePack::has(std::string_view name) const { return params_.contains(name); }

bool RulePack::is_unknown(std::string_view name) const {
  const auto& p = params_.at(name).as_object();
  const auto* u = p.if_contains("unknown");
  return (u && u->is_bool() && u->as_bool()) || p.at("value").is_null();
}

const json::value& RulePack::value(std::string_view name) const {
  if (!has(name)) throw std::out_of_range("rule pack " + id_ + " has no param " + std::string(name));
  if (is_unknown(name))
    throw UnknownRuleValue("Văn bản quy định (" + title_ + ") chưa cho giá trị cần để áp dụng quy định này (mã " +
                           std::string(name) +
                           "); khi có văn bản hướng dẫn, quản trị viên nhập giá trị tại trang Quy định thời hạn");
  return params_.at(name).as_object().at("value");
}

double RulePack::number(std::string_view name) const { return value(name).to_number<double>(); }

int64_t RulePack::integer(std::string_view name) const { return value(name).to_number<int64_t>(); }

std::string RulePack::source(std::string_view name) const {
  return std::string(params_.at(name).as_object().at("source").as_string());
}

void RulePack::set(std::string_view name, json::value v) {
  auto& p = params_.at(name).as_object();
  p["value"] = std::move(v);
  p.erase("unknown");
}

RuleBook RuleBook::embedded() {
  RuleBook book;
  for (const auto& r : resources())
    if (r.path.starts_with("rules/") && r.path.ends_with(".json")) book.add(RulePack::from_json(r.bytes));
  return book;
}

void RuleBook::add(RulePack pack) { packs_.push_back(std::move(pack)); }

const RulePack& RuleBook::in_force(std::string_view topic, std::string_view iso_date) const {
  for (const auto& p : packs_)
    if (p.topic() == topic && p.in_force_on(iso_date)) return p;
  throw std::out_of_range("no " + std::string(topic) + " rule pack in force on " + std::string(iso_date));
}

RulePack* RuleBook::find(std::string_view id) {
  for (auto& p : packs_)
    if (p.id() == id) return &p;
  return nullptr;
}

}  // namespace pcmt::rules
