#pragma once
// Path and query parameters of a request, read one way for every route: a record id that is not a
// positive whole number is 404 (ids are not guessable input errors), a malformed query parameter
// is 400 with a Vietnamese message naming it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "api/http.hpp"

namespace pcmt::api {

// A whole decimal number (an optional minus, then digits, nothing else); nullopt otherwise.
std::optional<int64_t> parse_integer(std::string_view text);

// The record id in path segment `name`; 404 not_found unless it is a positive whole number.
int64_t path_id(const Request& req, const char* name = "id");

// Query parameter `key` as a whole number: absent → nullopt; anything else → 400 request.invalid
// "Tham số KEY phải là số nguyên".
std::optional<int64_t> query_integer(const Request& req, const char* key);

// Query parameter `key` as a whole number in [lo, hi]: absent → nullopt; anything else → 400 with
// `code` and `message`, naming `key`.
std::optional<int64_t> query_integer(const Request& req, const char* key, int64_t lo, int64_t hi, const char* code,
                                     const std::string& message);

// Paging from ?page=&page_size= (page_size 1..200, default 50).
struct Paging {
  int page = 1, page_size = 50;
};
Paging paging(const Request& req);

}  // namespace pcmt::api
