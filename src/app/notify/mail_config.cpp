#include "app/notify/mail_config.hpp"

#include <cstdlib>
#include <fstream>
#include <map>

namespace pcmt::app::notify {
namespace {

// Until serve or a command sets it: no mail.
MailConfig& current() {
  static MailConfig config = [] {
    MailConfig none;
    none.digest_hour.reset();
    return none;
  }();
  return config;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::map<std::string, std::string> read_file(const std::string& path) {
  std::map<std::string, std::string> out;
  if (path.empty()) return out;
  std::ifstream in(path);
  if (!in) throw MailConfigError("cannot read the mail configuration file " + path);
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    const auto eq = line.find('=');
    if (eq == std::string::npos) throw MailConfigError("mail configuration: a line without '=' in " + path);
    out[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
  }
  return out;
}

}  // namespace

MailConfig load_mail_config(const std::string& file) {
  auto values = read_file(file);
  auto get = [&](const char* key) {
    if (const char* env = std::getenv(key)) return std::string(env);
    const auto it = values.find(key);
    return it == values.end() ? std::string() : it->second;
  };
  MailConfig c;
  c.smtp_url = get("PCMT_SMTP_URL");
  c.from = get("PCMT_SMTP_FROM");
  c.username = get("PCMT_SMTP_USER");
  c.password = get("PCMT_SMTP_PASSWORD");
  c.public_url = get("PCMT_PUBLIC_URL");
  while (!c.public_url.empty() && c.public_url.back() == '/') c.public_url.pop_back();
  const std::string tls = get("PCMT_SMTP_TLS");
  if (tls == "off") c.require_tls = false;
  else if (!tls.empty() && tls != "required") throw MailConfigError("PCMT_SMTP_TLS must be 'required' or 'off'");
  const std::string hour = get("PCMT_MAIL_DIGEST_HOUR");
  if (hour == "off") {
    c.digest_hour.reset();
  } else if (!hour.empty()) {
    if (hour.size() > 2 || hour.find_first_not_of("0123456789") != std::string::npos || std::stoi(hour) > 23)
      throw MailConfigError("PCMT_MAIL_DIGEST_HOUR must be an hour 0-23 or 'off'");
    c.digest_hour = std::stoi(hour);
  }
  if (c.enabled() && (c.from.empty() || c.public_url.empty()))
    throw MailConfigError("PCMT_SMTP_URL needs PCMT_SMTP_FROM and PCMT_PUBLIC_URL too");
  if (c.enabled() && c.smtp_url.rfind("smtp://", 0) != 0 && c.smtp_url.rfind("smtps://", 0) != 0)
    throw MailConfigError("PCMT_SMTP_URL must start with smtp:// or smtps://");
  return c;
}

void set_mail_config(MailConfig config) { current() = std::move(config); }
const MailConfig& mail_config() { return current(); }

}  // namespace pcmt::app::notify
