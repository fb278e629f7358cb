#include "app/notify/smtp.hpp"

#include <curl/curl.h>

#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>

#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/base64.hpp"

namespace pcmt::app::notify {
namespace {

std::string rfc5322_date(int64_t now) {
  const std::time_t t = static_cast<std::time_t>(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

// Base64 in lines of 76 characters, as MIME asks.
std::string wrapped_base64(const std::string& bytes) {
  const std::string b64 = to_base64(bytes);
  std::string out;
  for (size_t i = 0; i < b64.size(); i += 76) out += b64.substr(i, 76) + "\r\n";
  return out;
}

std::string domain_of(const std::string& address) {
  const auto at = address.rfind('@');
  return at == std::string::npos ? "pcmt" : address.substr(at + 1);
}

struct Upload {
  const std::string& data;
  size_t offset = 0;
};

size_t read_upload(char* buffer, size_t size, size_t count, void* user) {
  auto* u = static_cast<Upload*>(user);
  const size_t n = std::min(size * count, u->data.size() - u->offset);
  std::memcpy(buffer, u->data.data() + u->offset, n);
  u->offset += n;
  return n;
}

}  // namespace

std::string format_message(const MailConfig& config, const Mail& mail, int64_t now) {
  return "Date: " + rfc5322_date(now) + "\r\nFrom: " + config.from + "\r\nTo: " + mail.to +
         "\r\nMessage-ID: <" + crypto::random_token(18) + "@" + domain_of(config.from) + ">\r\nSubject: =?UTF-8?B?" +
         to_base64(mail.subject) +
         "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
         wrapped_base64(mail.body);
}

void send_mail(const MailConfig& config, const Mail& mail) {
  static std::once_flag global;
  std::call_once(global, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) throw MailError("libcurl could not start");
  const std::string message = format_message(config, mail, now_seconds());
  Upload upload{message};
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + mail.to + ">").c_str());
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> hold(recipients, curl_slist_free_all);
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, config.smtp_url.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, ("<" + config.from + ">").c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(config.require_tls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
  if (!config.username.empty()) {
    curl_easy_setopt(c, CURLOPT_USERNAME, config.username.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, config.password.c_str());
  }
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // worker threads: no SIGALRM for DNS timeouts
  const CURLcode rc = curl_easy_perform(c);
  // curl's generic text only: the server's reply may quote the recipient's address.
  if (rc != CURLE_OK)
    throw MailError(std::string(curl_easy_strerror(rc)) + " (curl " + std::to_string(static_cast<int>(rc)) + ")");
}

}  // namespace pcmt::app::notify
