#pragma once
// The HTTP request and response as handlers see them: plain data, no Beast types, so that only
// server.cpp pays Beast's compile time.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pcmt::api {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query string
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> params;  // path parameters, filled by the router
  std::string content_type;                   // media type only, lower-case, without parameters
  std::string cookie;                         // raw Cookie header
  std::string csrf_token;                     // X-CSRF-Token header
  std::string if_none_match;
  std::string accept_encoding;  // Accept-Encoding header, for the precompressed static files
  std::string client_ip;
  std::string body;

  std::string query_or(const std::string& key, const std::string& fallback = {}) const {
    auto it = query.find(key);
    return it == query.end() ? fallback : it->second;
  }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// Splits "a=1&b=x%20y" into a map, percent-decoding keys and values ('+' is a space).
std::map<std::string, std::string> parse_query(std::string_view qs);
std::string percent_decode(std::string_view s);
// The value of one cookie from a Cookie header.
std::string cookie_value(const std::string& header, const std::string& name);

}  // namespace pcmt::api
