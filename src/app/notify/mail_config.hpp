#pragma once
// Where reminder mails go out: the SMTP server, the sender, the credentials, and the link to pcmt
// the mails carry. Read from a file of KEY=VALUE lines (`--mail-config FILE`, kept outside the
// repository, readable by the service only) and the environment, which wins over the file:
//   PCMT_SMTP_URL          smtp://host:587 (STARTTLS) or smtps://host:465; empty: no mail is sent
//   PCMT_SMTP_FROM         the sender address
//   PCMT_SMTP_USER, PCMT_SMTP_PASSWORD   credentials, when the server asks for them
//   PCMT_SMTP_TLS          "required" (default): refuse to send without TLS; "off": a local relay
//   PCMT_PUBLIC_URL        the address users open pcmt at, linked from every mail
//   PCMT_MAIL_DIGEST_HOUR  the hour (0–23, Vietnam time) the daily digest goes out; "off": the server
//                          schedules no mail at all, `pcmt send-digest` (a cron job) or the admin's
//                          request sends it (tests)
#include <optional>
#include <stdexcept>
#include <string>

namespace pcmt::app::notify {

struct MailConfig {
  std::string smtp_url, from, username, password;
  bool require_tls = true;
  std::string public_url;
  std::optional<int> digest_hour = 7;

  bool enabled() const { return !smtp_url.empty(); }
};

struct MailConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws MailConfigError on an unreadable file or a malformed value.
MailConfig load_mail_config(const std::string& file);

// The process's configuration, set once at startup before any thread reads it.
void set_mail_config(MailConfig config);
const MailConfig& mail_config();

}  // namespace pcmt::app::notify
