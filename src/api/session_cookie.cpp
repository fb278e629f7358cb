#include "api/session_cookie.hpp"

#include <atomic>

namespace pcmt::api {
namespace {
std::atomic<bool> secure{false};
std::string attributes() { return std::string("; Path=/; HttpOnly; SameSite=Strict") + (secure ? "; Secure" : ""); }
}  // namespace

std::string session_cookie(const std::string& token) { return std::string(kSessionCookie) + "=" + token + attributes(); }
std::string expired_session_cookie() { return std::string(kSessionCookie) + "=" + attributes() + "; Max-Age=0"; }
void set_secure_cookies(bool on) { secure = on; }

}  // namespace pcmt::api
