#include "api/params.hpp"

#include <charconv>

#include "app/error.hpp"

namespace pcmt::api {

std::optional<int64_t> parse_integer(std::string_view text) {
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

int64_t path_id(const Request& req, const char* name) {
  const auto id = parse_integer(req.params.at(name));
  if (!id || *id <= 0) throw app::not_found();
  return *id;
}

std::optional<int64_t> query_integer(const Request& req, const char* key) {
  const std::string s = req.query_or(key);
  if (s.empty()) return std::nullopt;
  if (auto v = parse_integer(s)) return v;
  throw app::bad_request("request.invalid", std::string("Tham số ") + key + " phải là số nguyên", key);
}

std::optional<int64_t> query_integer(const Request& req, const char* key, int64_t lo, int64_t hi, const char* code,
                                     const std::string& message) {
  const std::string s = req.query_or(key);
  if (s.empty()) return std::nullopt;
  const auto v = parse_integer(s);
  if (!v || *v < lo || *v > hi) throw app::bad_request(code, message, key);
  return v;
}

Paging paging(const Request& req) {
  auto number = [&](const char* key, int lo, int hi, int fallback) {
    return static_cast<int>(
        query_integer(req, key, lo, hi, "request.invalid", std::string("Tham số ") + key + " không hợp lệ")
            .value_or(fallback));
  };
  return {number("page", 1, 1'000'000, 1), number("page_size", 1, 200, 50)};
}

}  // namespace pcmt::api
