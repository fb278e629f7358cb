#pragma once
#include <string>

#include "api/dispatcher.hpp"

namespace pcmt::api {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0 = any free port
  int io_threads = 2;                // read and write sockets only
  int threads = 4;                   // run handlers; a quarter as many more run large uploads
  size_t max_connections = 0;        // 0: as many as the open-file limit allows (see file_limit.hpp)
  int read_timeout_seconds = 30;     // a request must arrive whole within this
  int shutdown_grace_seconds = 30;   // in-flight requests get this long after SIGTERM
  bool access_log = true;
  bool trust_proxy = false;          // take the client address from X-Forwarded-For
};

// Serves until SIGINT/SIGTERM, then stops accepting, lets in-flight requests finish, and returns 0.
// Prints "pcmt listening on http://HOST:PORT" once connections are accepted.
int run_server(const Dispatcher& dispatcher, const ServerOptions& options);

}  // namespace pcmt::api
