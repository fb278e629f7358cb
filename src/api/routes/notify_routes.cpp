// What needs attention (the bell's counts), each user's reminder-mail settings, and an admin's
// request to send the reminders now.
#include "api/json_io.hpp"
#include "api/routes/routes.hpp"
#include "app/clock.hpp"
#include "app/notify/attention.hpp"
#include "app/notify/mail_config.hpp"
#include "app/notify/mail_settings.hpp"
#include "app/notify/reminders.hpp"
#include "app/clock.hpp"

namespace pcmt::api {
namespace {

json::object settings_json(const app::notify::MailSettings& s) {
  return {{"email", s.email},
          {"enabled", s.enabled},
          {"mode", s.mode},
          {"mail_available", app::notify::mail_config().enabled()}};
}

calendar::Date as_of(const std::string& text) { return app::as_of_or_today(text); }

}  // namespace

void add_notify_routes(Router& r) {
  r.add("GET", "/api/v1/inbox/counts", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, app::notify::to_json(app::notify::attention(c.db, c.actor(), as_of(c.req.query_or("as_of")),
                                                                          app::now_seconds())));
  });
  r.add("GET", "/api/v1/me/mail-settings", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, settings_json(app::notify::get_mail_settings(c.db, c.actor())));
  });
  r.add("PATCH", "/api/v1/me/mail-settings", Access::session, BodyKind::json, [](Context& c) {
    const auto body = body_object(c.req);
    app::notify::MailSettingsPatch p;
    p.email = opt_string(body, "email");
    p.mode = opt_string(body, "mode");
    p.enabled = opt_bool(body, "enabled");
    return json_response(200, settings_json(app::notify::update_mail_settings(c.db, c.actor(), p)));
  });
  r.add("POST", "/api/v1/mail/reminders", Access::session, BodyKind::json, [](Context& c) {
    const auto body = body_object(c.req);
    const auto day = app::as_of_or_today(opt_string(body, "as_of").value_or(""));
    return job_started(app::notify::request_reminders(c.db, c.actor(), day));
  });
}

}  // namespace pcmt::api
