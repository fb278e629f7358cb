// Any bytes as a JSON request body, read the way handlers read their fields.
#include <cstdint>

#include "api/json_io.hpp"
#include "app/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pcmt::api::Request req;
  req.body.assign(reinterpret_cast<const char*>(data), size);
  try {
    const auto body = pcmt::api::body_object(req);
    for (const auto& [key, value] : body) {
      const std::string k(key);
      try {
        pcmt::api::opt_string(body, k.c_str());
      } catch (const pcmt::app::Error&) {
      }
      try {
        pcmt::api::opt_int(body, k.c_str());
      } catch (const pcmt::app::Error&) {
      }
      try {
        pcmt::api::opt_bool(body, k.c_str());
      } catch (const pcmt::app::Error&) {
      }
    }
    pcmt::api::json_response(200, body);
  } catch (const pcmt::app::Error&) {
  }
  return 0;
}
