#pragma once
// Sends one plain-text mail through the configured SMTP server with libcurl. The message is UTF-8
// (subject RFC 2047-encoded, body base64), so Vietnamese text arrives intact.
#include <stdexcept>
#include <string>

#include "app/notify/mail_config.hpp"

namespace pcmt::app::notify {

// A delivery that failed; what() is libcurl's description of the failure (it never quotes the
// message or the address), fit for a log line.
struct MailError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Mail {
  std::string to, subject, body;
};

void send_mail(const MailConfig& config, const Mail& mail);

// The message as sent (headers and base64 body), for the sender and its tests.
std::string format_message(const MailConfig& config, const Mail& mail, int64_t now);

}  // namespace pcmt::app::notify
