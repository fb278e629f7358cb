#pragma once
// Why a plan document could not be read: a stable code for programs, a Vietnamese message for people.
#include "core/coded_error.hpp"

namespace pcmt::plans {

inline constexpr const char* kUnreadable = "plan.unreadable";
inline constexpr const char* kUnsupportedFormat = "plan.unsupported_format";

class PlanError : public CodedError {
 public:
  using CodedError::CodedError;
};

}  // namespace pcmt::plans
