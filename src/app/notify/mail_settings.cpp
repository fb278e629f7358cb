#include "app/notify/mail_settings.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"

namespace pcmt::app::notify {
namespace {

// One mailbox address: local@domain, printable ASCII without spaces, nothing a mail header or an
// SMTP command could be split on.
bool valid_email(const std::string& s) {
  if (s.size() < 3 || s.size() > 254) return false;
  const auto at = s.find('@');
  if (at == 0 || at == std::string::npos || at != s.rfind('@') || at + 1 == s.size()) return false;
  if (s.find('.', at) == std::string::npos || s.back() == '.') return false;
  for (const unsigned char ch : s)
    if (ch <= 0x20 || ch >= 0x7F || ch == '<' || ch == '>' || ch == '(' || ch == ')' || ch == ',' || ch == ';' ||
        ch == ':' || ch == '"' || ch == '\\' || ch == '[' || ch == ']')
      return false;
  return true;
}

}  // namespace

MailSettings get_mail_settings(store::Connection& db, const Actor& actor) {
  MailSettings s;
  auto r = db.query("SELECT email, enabled, mode FROM mail_settings WHERE user_id = $1", {actor.user_id});
  if (!r.empty()) {
    s.email = r.rows[0].str(0);
    s.enabled = r.rows[0].boolean(1);
    s.mode = r.rows[0].str(2);
  }
  return s;
}

MailSettings update_mail_settings(store::Connection& db, const Actor& actor, const MailSettingsPatch& patch) {
  store::Transaction tx(db);
  MailSettings s = get_mail_settings(db, actor);
  if (patch.email) {
    std::string email = *patch.email;
    const auto b = email.find_first_not_of(' '), e = email.find_last_not_of(' ');
    email = b == std::string::npos ? "" : email.substr(b, e - b + 1);
    if (!email.empty() && !valid_email(email))
      throw bad_request("mail.email_invalid", "Địa chỉ email không hợp lệ", "email");
    s.email = email;
  }
  if (patch.mode) {
    if (*patch.mode != "immediate" && *patch.mode != "daily")
      throw bad_request("mail.mode_invalid", "Cách nhận thư phải là ngay khi có việc mới hoặc tổng hợp hằng ngày", "mode");
    s.mode = *patch.mode;
  }
  if (patch.enabled) s.enabled = *patch.enabled;
  if (s.enabled && s.email.empty())
    throw bad_request("mail.email_required", "Hãy nhập địa chỉ email để nhận thư nhắc việc", "email");
  db.query("INSERT INTO mail_settings (user_id, email, enabled, mode, updated_at) VALUES ($1, $2, $3, $4, $5) "
           "ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, enabled = excluded.enabled, "
           "mode = excluded.mode, updated_at = excluded.updated_at",
           {actor.user_id, s.email, s.enabled, s.mode, now_seconds()});
  auto e = event_by(actor, "user.mail_settings", "user", std::to_string(actor.user_id));
  e.province_code = actor.province_code;
  e.detail_json = boost::json::serialize(
      boost::json::object{{"enabled", s.enabled}, {"mode", s.mode}, {"email_set", !s.email.empty()}});
  append_audit(db, e);
  tx.commit();
  return s;
}

}  // namespace pcmt::app::notify
