#pragma once
// Errors a use case reports to its caller: an HTTP status, a stable code for programs,
// a Vietnamese message for people, and the offending field when there is one.
#include <stdexcept>
#include <string>
#include <vector>

namespace pcmt::app {

struct RowError {
  int line;
  std::string field, code, message;
};

struct Error : std::runtime_error {
  Error(int status, std::string code, std::string message, std::string field = {},
        std::vector<RowError> rows = {})
      : std::runtime_error(message),
        status(status),
        code(std::move(code)),
        field(std::move(field)),
        rows(std::move(rows)) {}
  int status;
  std::string code;
  std::string field;
  std::vector<RowError> rows;  // per-line errors of an import
};

inline Error bad_request(std::string code, std::string message, std::string field = {}) {
  return Error(400, std::move(code), std::move(message), std::move(field));
}
inline Error not_found() { return Error(404, "not_found", "Không tìm thấy dữ liệu"); }
inline Error forbidden() { return Error(403, "auth.forbidden", "Bạn không có quyền thực hiện thao tác này"); }
// The disk is full: a write failed whole and changed nothing; it succeeds again once space is freed.
inline Error storage_full() {
  return Error(503, "storage.full", "Máy chủ hết dung lượng lưu trữ, hãy báo quản trị viên");
}
inline Error conflict(std::string code, std::string message, std::string field = {}) {
  return Error(409, std::move(code), std::move(message), std::move(field));
}

}  // namespace pcmt::app
