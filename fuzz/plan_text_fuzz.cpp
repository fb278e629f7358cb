// Any bytes as an uploaded plan (text, or whatever format the bytes announce): header, targets, tasks.
#include <cstdint>

#include "core/files/file_limits.hpp"
#include "core/plans/plan_error.hpp"
#include "core/plans/plan_json.hpp"
#include "core/plans/plan_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    const auto plan = pcmt::plans::parse_plan(std::string_view(reinterpret_cast<const char*>(data), size));
    pcmt::plans::plan_to_json(plan);
  } catch (const pcmt::plans::PlanError&) {
  } catch (const pcmt::files::FileLimitError&) {
  }
  return 0;
}
