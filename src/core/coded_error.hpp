#pragma once
// A refusal that core code raises for input it will not read: a stable code for programs and a
// Vietnamese message for people. Callers that treat every such refusal alike catch this base; the
// kinds derive from it so that callers that map them differently still can.
#include <stdexcept>
#include <string>

namespace pcmt {

class CodedError : public std::runtime_error {
 public:
  CodedError(std::string code, const std::string& message) : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

}  // namespace pcmt
