#include "app/user_import.hpp"

#include <map>

#include "app/auth.hpp"
#include "app/crypto.hpp"
#include "app/people/table_input.hpp"
#include "report/xlsx_writer.hpp"
#include "app/users.hpp"
#include "core/text/normalize.hpp"
#include "store/sql.hpp"

namespace pcmt::app {
namespace {

namespace ppl = people;

const std::vector<ppl::ColumnSpec>& columns() {
  static const std::vector<ppl::ColumnSpec> specs{
      {"username", "Tên đăng nhập", {"username", "ten dang nhap", "tai khoan", "ten tai khoan"}, true},
      {"full_name", "Họ và tên", {"full_name", "ho va ten", "ho ten"}, true},
      {"role", "Vai trò", {"role", "vai tro"}, true},
      {"scope", "Phạm vi", {"scope", "pham vi", "ma pham vi", "don vi", "ma don vi"}, true},
  };
  return specs;
}

constexpr Role kRoles[] = {Role::admin, Role::standing_office, Role::leader, Role::agency, Role::commune, Role::auditor};

// A role as written in the file: its code ("commune") or its Vietnamese name, with or without marks.
std::string role_code(const std::string& cell) {
  const std::string key = ppl::header_key(cell);
  for (auto r : kRoles)
    if (key == ppl::header_key(to_string(r)) || key == ppl::header_key(role_label(r))) return std::string(to_string(r));
  return cell;
}

// A scope as written in the file: "province:40", "commune:16681", "agency:12", or the bare code of the
// unit the role needs (a number cell drops leading zeros: "70" is commune 00070).
std::string scope_text(const std::string& cell, const std::string& role) {
  if (cell.empty() || cell.find(':') != std::string::npos) return cell;
  for (char ch : cell)
    if (ch < '0' || ch > '9') return cell;
  const auto r = parse_role(role);
  if (!r) return cell;
  switch (required_scope_kind(*r)) {
    case ScopeKind::commune: return "commune:" + std::string(cell.size() < 5 ? 5 - cell.size() : 0, '0') + cell;
    case ScopeKind::agency: return "agency:" + cell;
    case ScopeKind::province: return "province:" + std::string(cell.size() < 2 ? 2 - cell.size() : 0, '0') + cell;
  }
  return cell;
}

}  // namespace

UserImport import_users(store::Connection& db, const Actor& actor, const UserImportRequest& req) {
  require_admin(actor);
  const auto records = ppl::read_table(req.format, req.content);
  if (records.size() - 1 > kUserImportMaxRows)
    throw bad_request("import.too_many_rows",
                      "Tệp có quá " + std::to_string(kUserImportMaxRows) + " dòng; hãy chia thành nhiều tệp");
  const auto cols = ppl::map_columns(records[0].fields, columns(), {});
  UserImport out;
  std::vector<CheckedUser> checked;
  std::map<std::string, int> seen;  // username → its first line
  for (size_t i = 1; i < records.size(); ++i) {
    const auto& rec = records[i];
    UserImportRow row;
    row.line = static_cast<int>(rec.line);
    row.username = ppl::cell(rec, cols, "username");
    row.full_name = ppl::cell(rec, cols, "full_name");
    row.role = role_code(ppl::cell(rec, cols, "role"));
    row.scope = scope_text(ppl::cell(rec, cols, "scope"), row.role);
    try {
      CheckedUser u = check_new_user(db, NewUser{row.username, row.full_name, row.role, row.scope, {}});
      row.scope_name = u.scope.name;
      checked.push_back(std::move(u));
    } catch (const Error& e) {
      row.errors.push_back(e.what());
    }
    if (!row.username.empty() && !db.query("SELECT 1 FROM users WHERE username = $1", {row.username}).empty())
      row.errors.push_back("Tên đăng nhập " + row.username + " đã được sử dụng");
    if (auto [at, fresh] = seen.emplace(row.username, row.line); !fresh)
      row.errors.push_back("Tên đăng nhập trùng với dòng " + std::to_string(at->second));
    out.rows.push_back(std::move(row));
  }
  if (!req.commit) return out;

  std::vector<RowError> errors;
  for (const auto& r : out.rows)
    for (const auto& m : r.errors) errors.push_back({r.line, "", "import.row_invalid", m});
  if (!errors.empty()) {
    // The message is built before the list is moved into the error: argument order is unspecified.
    std::string message =
        "Có " + std::to_string(errors.size()) + " lỗi trong tệp; hãy sửa rồi nhập lại (chưa tạo tài khoản nào)";
    throw Error(ErrorKind::invalid, "import.invalid_rows", std::move(message), "content", std::move(errors));
  }
  check_password_policy(req.initial_password, "initial_password");
  // One password for every account, which each must replace at first sign-in: hashed once, so the
  // import stays a short request (a hash per account would cost tens of seconds for 200).
  const std::string hash = crypto::hash_password(req.initial_password);
  store::Transaction tx(db);
  for (const auto& u : checked) {
    try {
      insert_user(db, actor, u, hash, true, true);
    } catch (const Error& e) {
      throw Error(e.kind, e.code, "Tài khoản " + u.username + ": " + e.what(), "content");
    }
  }
  tx.commit();
  out.created = static_cast<int64_t>(checked.size());
  return out;
}

std::string user_import_template() {
  report::Sheet users{"Nguoi dung", {}, {}, {}};
  for (const auto& c : columns()) {
    users.header.push_back(c.label);
    users.widths.push_back(c.field == "full_name" ? 28 : 22);
  }
  users.rows.push_back({std::string("nguyenvana.xa16681"), std::string("Nguyễn Văn A"), std::string("Cấp xã"),
                        std::string("commune:16681")});
  users.rows.push_back({std::string("tranthib.lanhdao"), std::string("Trần Thị B"), std::string("Lãnh đạo"),
                        std::string("province:40")});
  report::Sheet help{"Huong dan", {"Vai trò", "Phạm vi cần ghi"}, {}, {24, 70}};
  for (auto r : kRoles) {
    const char* scope = required_scope_kind(r) == ScopeKind::commune  ? "commune:MÃ_XÃ (ví dụ commune:16681) hoặc mã xã"
                        : required_scope_kind(r) == ScopeKind::agency ? "agency:MÃ_CƠ_QUAN (số trong danh mục cơ quan)"
                                                                      : "province:MÃ_TỈNH (ví dụ province:40) hoặc mã tỉnh";
    help.rows.push_back({std::string(role_label(r)), std::string(scope)});
  }
  help.rows.push_back({std::string("Tên đăng nhập"),
                       std::string("3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang")});
  return report::write_xlsx({users, help});
}

}  // namespace pcmt::app
