#pragma once
// Why a plan document could not be read: a stable code for programs, a Vietnamese message for people.
#include <stdexcept>
#include <string>

namespace pcmt::plans {

inline constexpr const char* kUnreadable = "plan.unreadable";
inline constexpr const char* kUnsupportedFormat = "plan.unsupported_format";

class PlanError : public std::runtime_error {
 public:
  PlanError(std::string code, const std::string& message) : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

}  // namespace pcmt::plans
