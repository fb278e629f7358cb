#pragma once
// The text of a reminder mail: the counts that need attention and a link to pcmt, nothing else.
// No name, personal ID, address or plan text is ever written into a mail: mail leaves the
// province's systems, so it says how many and where to look, and pcmt shows the rest after sign-in.
#include "app/notify/attention.hpp"
#include "app/notify/mail_config.hpp"
#include "app/notify/smtp.hpp"

namespace pcmt::app::notify {

Mail reminder_mail(const Attention& a, const std::string& public_url, const std::string& to, bool daily);

}  // namespace pcmt::app::notify
