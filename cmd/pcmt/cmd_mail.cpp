// pcmt send-digest: the day's reminder mails now, in this process (ops, or a cron job when the
// server's own digest hour is "off").
#include <iostream>

#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/notify/mail_config.hpp"
#include "app/notify/reminders.hpp"
#include "app/clock.hpp"
#include "command.hpp"

namespace pcmt::cli {
namespace {

int send_digest(const Args& a) {
  app::crypto::init();
  app::notify::MailConfig config;
  try {
    config = app::notify::load_mail_config(a.get("mail-config").value_or(""));
  } catch (const app::notify::MailConfigError& e) {
    throw UsageError(e.what());
  }
  if (!config.enabled()) throw UsageError("no SMTP server: set PCMT_SMTP_URL (or give --mail-config FILE)");
  auto conn = store::connect(a.require("db"));
  const auto day = app::as_of_or_today(a.get("as-of").value_or(""));
  store::Connection& db = *conn;
  const auto report = app::notify::send_reminders(db, config, day, true, app::now_seconds(),
                                                  [&](const std::function<void()>& write) {
                                                    store::Transaction tx(db);
                                                    write();
                                                    tx.commit();
                                                  });
  std::cout << "reminder mails for " << day.iso() << ": " << report.sent << " sent, " << report.failed
            << " failed (retried on the next run), " << report.nothing_new << " with nothing new\n";
  return report.failed == 0 ? 0 : 1;
}

const Registration send_digest_cmd{
    "send-digest", "send-digest --db URL [--mail-config FILE] [--as-of YYYY-MM-DD]   (the day's reminder mails now)",
    send_digest};

}  // namespace
}  // namespace pcmt::cli
