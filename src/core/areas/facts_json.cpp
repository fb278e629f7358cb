#include "core/areas/facts_json.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <unordered_set>

#include "core/areas/area_rules.hpp"

namespace pcmt::areas {
namespace json = boost::json;

FactsError::FactsError(std::string c, std::string f, std::string m)
    : std::invalid_argument(m + " [" + c + "]"), code(std::move(c)), field(std::move(f)), message(std::move(m)) {}

namespace {

constexpr int64_t kMaxCount = 1'000'000'000'000;  // far above any real count; keeps integer maths exact
constexpr int kMinYear = 2000, kMaxYear = 2100;

[[noreturn]] void invalid(const std::string& field, const std::string& expected) {
  throw FactsError("facts.field_invalid", field, "Trường " + field + " phải là " + expected);
}

std::optional<int64_t> read_count(const json::value& v, const std::string& field) {
  if (v.is_null()) return std::nullopt;
  if (v.is_int64() && v.as_int64() >= 0 && v.as_int64() <= kMaxCount) return v.as_int64();
  if (v.is_double() && v.as_double() >= 0 && v.as_double() <= kMaxCount && std::floor(v.as_double()) == v.as_double())
    return static_cast<int64_t>(v.as_double());
  invalid(field, "số nguyên không âm");
}

// Areas are kept in hundredths of m² so sums and comparisons stay exact.
std::optional<int64_t> read_area(const json::value& v, const std::string& field) {
  if (v.is_null()) return std::nullopt;
  if (v.is_number()) {
    const double m2 = v.to_number<double>();
    if (m2 >= 0 && m2 <= kMaxCount) return std::llround(m2 * kAreaScale);
  }
  invalid(field, "số không âm (m²)");
}

std::optional<bool> read_flag(const json::value& v, const std::string& field) {
  if (v.is_null()) return std::nullopt;
  if (v.is_bool()) return v.as_bool();
  invalid(field, "true hoặc false");
}

std::string read_code(const json::object& o, const std::string& path) {
  const auto* v = o.if_contains("code");
  if (!v || v->is_null()) throw FactsError("facts.field_required", path + ".code", "Thiếu trường bắt buộc " + path + ".code");
  if (!v->is_string() || v->as_string().empty()) invalid(path + ".code", "chuỗi mã đơn vị hành chính không rỗng");
  return std::string(v->as_string());
}

const json::object& object_at(const json::value& v, const std::string& field) {
  if (!v.is_object()) invalid(field, "một đối tượng JSON");
  return v.as_object();
}

// Reads every key of `o` into `facts` through the field table; `ignored` keys are accepted
// and skipped, any other key is an error (a misspelt fact must not pass as "not known").
template <class Facts, size_t N>
void read_fields(const json::object& o, const std::string& path, const FactField<Facts> (&table)[N],
                 std::initializer_list<std::string_view> ignored, Facts& facts) {
  for (const auto& [key, v] : o) {
    if (std::find(ignored.begin(), ignored.end(), key) != ignored.end()) continue;
    const std::string field = path + "." + std::string(key);
    const FactField<Facts>* f = nullptr;
    for (const auto& candidate : table)
      if (candidate.name == key) f = &candidate;
    if (!f) throw FactsError("facts.field_unknown", field, "Trường " + field + " không được hỗ trợ");
    switch (f->kind) {
      case FactKind::count: facts.*(f->number) = read_count(v, field); break;
      case FactKind::area_m2: facts.*(f->number) = read_area(v, field); break;
      case FactKind::flag: facts.*(f->flag) = read_flag(v, field); break;
    }
  }
}

}  // namespace

ClassificationFacts parse_facts_json(std::string_view text) {
  json::error_code ec;
  const json::value doc = json::parse(text, ec);
  if (ec) throw FactsError("facts.json_invalid", "", "Tệp dữ kiện không phải là JSON hợp lệ (" + ec.message() + ")");
  if (!doc.is_object()) throw FactsError("facts.json_invalid", "", "Tệp dữ kiện phải là một đối tượng JSON");
  const auto& root = doc.as_object();

  ClassificationFacts out;
  for (const auto& [key, v] : root) {
    if (key == "year") {
      if (!v.is_null()) {
        if (!v.is_int64() || v.as_int64() < kMinYear || v.as_int64() > kMaxYear)
          invalid("year", "năm đánh giá, số nguyên từ 2000 đến 2100");
        out.year = static_cast<int>(v.as_int64());
      }
    } else if (key != "province" && key != "communes") {
      throw FactsError("facts.field_unknown", std::string(key), "Trường " + std::string(key) + " không được hỗ trợ");
    }
  }

  const auto* province = root.if_contains("province");
  if (!province) throw FactsError("facts.field_required", "province", "Thiếu trường bắt buộc province");
  const auto& p = object_at(*province, "province");
  out.province.code = read_code(p, "province");
  read_fields(p, "province", kProvinceFactFields, {"code", "name"}, out.province);

  const auto* communes = root.if_contains("communes");
  if (!communes) throw FactsError("facts.field_required", "communes", "Thiếu trường bắt buộc communes");
  if (!communes->is_array()) invalid("communes", "một mảng");
  std::unordered_set<std::string> seen;
  for (size_t i = 0; i < communes->as_array().size(); ++i) {
    const std::string path = "communes[" + std::to_string(i) + "]";
    const auto& c = object_at(communes->as_array()[i], path);
    CommuneFacts facts;
    facts.code = read_code(c, path);
    if (!seen.insert(facts.code).second)
      throw FactsError("facts.code_duplicate", path + ".code", "Mã xã " + facts.code + " tại " + path + ".code đã xuất hiện trước đó");
    read_fields(c, path, kCommuneFactFields, {"code", "name"}, facts);
    out.communes.push_back(std::move(facts));
  }
  return out;
}

}  // namespace pcmt::areas
