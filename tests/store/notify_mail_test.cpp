// Reminder mails without a network or a clock: when the scheduler starts a run, how a message is
// encoded, and which configurations are refused.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "app/notify/mail_config.hpp"
#include "app/notify/mail_text.hpp"
#include "app/notify/scheduler.hpp"
#include "app/notify/smtp.hpp"
#include "app/base64.hpp"

namespace {

using namespace pcmt::app::notify;

SchedulerView at(int hour) {
  SchedulerView v;
  v.vn_hour = hour;
  v.today = "2026-06-10";
  v.since_last_run = kRunEverySeconds;
  return v;
}

TEST(MailSchedule, DigestFromItsHourUntilItHasReachedEveryone) {
  EXPECT_FALSE(decide_run(at(6), 7).run);
  EXPECT_TRUE(decide_run(at(7), 7).run);
  EXPECT_TRUE(decide_run(at(7), 7).daily);
  EXPECT_TRUE(decide_run(at(22), 7).daily);  // a server started late still sends the day's digest
  auto done = at(9);
  done.digest_done_day = "2026-06-10";
  EXPECT_FALSE(decide_run(done, 7).run);
}

TEST(MailSchedule, OneRunAtATimeAndNotTooOften) {
  auto open = at(9);
  open.job_open = true;
  EXPECT_FALSE(decide_run(open, 7).run);
  auto recent = at(9);
  recent.since_last_run = kRunEverySeconds - 1;
  EXPECT_FALSE(decide_run(recent, 7).run);  // a refused delivery is retried later, not at once
}

TEST(MailSchedule, ImmediateUsersAreCheckedBetweenDigests) {
  auto v = at(3);
  v.immediate_users = true;
  const auto d = decide_run(v, 7);
  EXPECT_TRUE(d.run);
  EXPECT_FALSE(d.daily);
}

TEST(MailText, CountsAndALinkOnly) {
  Attention a;
  a.as_of = "2026-06-10";
  a.reports_overdue = 2;
  a.drug_free_waiting = 1;
  const Mail m = reminder_mail(a, "https://pcmt.tinh.test", "x@tinh.test", true);
  EXPECT_EQ(m.subject, "pcmt – Tổng hợp việc cần chú ý ngày 10/06/2026");
  EXPECT_NE(m.body.find("Báo cáo quá hạn: 2\n"), std::string::npos);
  EXPECT_EQ(m.body.find("Báo cáo sắp đến hạn"), std::string::npos);  // zero counts are left out
  EXPECT_NE(m.body.find("https://pcmt.tinh.test/thong-bao"), std::string::npos);
}

TEST(MailText, MessageIsUtf8Base64WithEncodedSubject) {
  MailConfig c;
  c.from = "pcmt@tinh.test";
  const std::string msg = format_message(c, {"x@tinh.test", "Nhắc việc", "Xin chào"}, 0);
  EXPECT_NE(msg.find("Subject: =?UTF-8?B?" + pcmt::app::to_base64("Nhắc việc") + "?="), std::string::npos);
  EXPECT_NE(msg.find("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"), std::string::npos);
  EXPECT_NE(msg.find("\r\n\r\n" + pcmt::app::to_base64("Xin chào") + "\r\n"), std::string::npos);
  EXPECT_EQ(msg.find("Xin chào"), std::string::npos);
}

TEST(MailConfigFile, RefusesWhatWouldSendBadMail) {
  const std::string path = testing::TempDir() + "pcmt-mail-test.conf";
  auto write = [&](const std::string& text) { std::ofstream(path) << text; };
  write("PCMT_SMTP_URL=smtp://127.0.0.1:2525\nPCMT_SMTP_FROM=pcmt@tinh.test\nPCMT_PUBLIC_URL=https://pcmt.test/\n");
  const auto ok = load_mail_config(path);
  EXPECT_TRUE(ok.enabled());
  EXPECT_TRUE(ok.require_tls);
  EXPECT_EQ(ok.public_url, "https://pcmt.test");
  EXPECT_EQ(ok.digest_hour, 7);
  write("PCMT_SMTP_URL=smtp://127.0.0.1:2525\n");
  EXPECT_THROW(load_mail_config(path), MailConfigError);  // no sender, no link
  write("PCMT_SMTP_URL=http://x\nPCMT_SMTP_FROM=a@b.c\nPCMT_PUBLIC_URL=https://p\n");
  EXPECT_THROW(load_mail_config(path), MailConfigError);
  write("PCMT_MAIL_DIGEST_HOUR=24\n");
  EXPECT_THROW(load_mail_config(path), MailConfigError);
  write("PCMT_SMTP_TLS=maybe\n");
  EXPECT_THROW(load_mail_config(path), MailConfigError);
  EXPECT_THROW(load_mail_config(path + ".missing"), MailConfigError);
  std::remove(path.c_str());
}

}  // namespace
