#pragma once
// Each user's choice of reminder mails, on their own account page: the address, on or off, and
// whether they come as soon as something new needs attention or once a day in a digest.
#include <optional>
#include <string>

#include "app/actor.hpp"
#include "store/db.hpp"

namespace pcmt::app::notify {

struct MailSettings {
  std::string email;
  bool enabled = false;
  std::string mode = "daily";  // immediate | daily
};

MailSettings get_mail_settings(store::Connection& db, const Actor& actor);

// Replaces the actor's own settings (absent fields keep their value). 400 mail.email_invalid for an
// address that is not one, mail.email_required to switch mails on without one, mail.mode_invalid.
// Audited (without the address).
struct MailSettingsPatch {
  std::optional<std::string> email, mode;
  std::optional<bool> enabled;
};
MailSettings update_mail_settings(store::Connection& db, const Actor& actor, const MailSettingsPatch& patch);

}  // namespace pcmt::app::notify
