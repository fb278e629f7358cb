#pragma once
#include <string>

namespace pcmt::api {

inline constexpr const char* kSessionCookie = "pcmt_session";

// HttpOnly: scripts cannot read it; SameSite=Strict: other sites cannot send it. "Secure" is added
// when pcmt runs behind TLS (--secure-cookies), since browsers drop Secure cookies on plain http.
std::string session_cookie(const std::string& token);
std::string expired_session_cookie();
void set_secure_cookies(bool on);

}  // namespace pcmt::api
