#pragma once
// Errors a use case reports to its caller: what kind of refusal it is, a stable code for programs,
// a Vietnamese message for people, and the offending field when there is one. The api layer alone
// turns a kind into an HTTP status (api/error_status.hpp).
#include <stdexcept>
#include <string>
#include <vector>

namespace pcmt::app {

enum class ErrorKind {
  invalid,          // the request itself is malformed or out of range
  unauthenticated,  // no valid credentials
  forbidden,        // the actor may not do this
  not_found,        // nothing in the actor's scope has this id
  conflict,         // the data changed or already exists: the request clashes with the current state
  too_large,        // an uploaded file exceeds a size bound
  refused,          // well-formed, but the rules refuse it (bad rows of a file, a transition the law forbids)
  too_many,         // throttled: too many attempts
  unavailable,      // the server cannot do it now (disk full, every file reader busy)
};

struct RowError {
  int line;
  std::string field, code, message;
};

struct Error : std::runtime_error {
  Error(ErrorKind kind, std::string code, std::string message, std::string field = {},
        std::vector<RowError> rows = {})
      : std::runtime_error(message),
        kind(kind),
        code(std::move(code)),
        field(std::move(field)),
        rows(std::move(rows)) {}
  ErrorKind kind;
  std::string code;
  std::string field;
  std::vector<RowError> rows;  // per-line errors of an import
};

inline Error bad_request(std::string code, std::string message, std::string field = {}) {
  return Error(ErrorKind::invalid, std::move(code), std::move(message), std::move(field));
}
inline Error not_found() { return Error(ErrorKind::not_found, "not_found", "Không tìm thấy dữ liệu"); }
inline Error forbidden() {
  return Error(ErrorKind::forbidden, "auth.forbidden", "Bạn không có quyền thực hiện thao tác này");
}
// The disk is full: a write failed whole and changed nothing; it succeeds again once space is freed.
inline Error storage_full() {
  return Error(ErrorKind::unavailable, "storage.full", "Máy chủ hết dung lượng lưu trữ, hãy báo quản trị viên");
}
inline Error conflict(std::string code, std::string message, std::string field = {}) {
  return Error(ErrorKind::conflict, std::move(code), std::move(message), std::move(field));
}
inline Error refused(std::string code, std::string message, std::string field = {}, std::vector<RowError> rows = {}) {
  return Error(ErrorKind::refused, std::move(code), std::move(message), std::move(field), std::move(rows));
}

}  // namespace pcmt::app
