// The only translation unit that includes Boost.Beast (it costs ~25 s to compile here).
// Shape after Beast's advanced_server example: one session object per connection, async reads
// with a deadline, the request handed to the Dispatcher, keep-alive until the client or a
// shutdown ends it.
#include "api/server.hpp"

#include <boost/asio.hpp>
#include <boost/beast.hpp>

#include <array>
#include <atomic>
#include <limits>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>

namespace pcmt::api {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

struct Shared {
  const Dispatcher& dispatcher;
  ServerOptions options;
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
  std::mutex log_mutex;
};

// Counts a request from its first header byte to its last response byte, so shutdown waits for it.
class InFlight {
 public:
  explicit InFlight(std::atomic<int>& n) : n_(n) { ++n_; }
  ~InFlight() { --n_; }
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;

 private:
  std::atomic<int>& n_;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string media_type(std::string_view header) {
  auto semi = header.find(';');
  std::string t = lower(header.substr(0, semi));
  while (!t.empty() && t.back() == ' ') t.pop_back();
  return t;
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, Shared& shared) : stream_(std::move(socket)), shared_(shared) {}

  void run() { net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::read_header, shared_from_this())); }

 private:
  void read_header() {
    if (shared_.stopping) return close();
    parser_.emplace();
    parser_->header_limit(16 * 1024);
    // The route's own limit is applied once the header names the route (see on_header).
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    stream_.expires_after(std::chrono::seconds(shared_.options.read_timeout_seconds));
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (ec == http::error::header_limit) return reply_error(431, "Tiêu đề yêu cầu quá lớn");
    if (ec) return close();
    busy_.emplace(shared_.in_flight);
    started_ = std::chrono::steady_clock::now();
    const auto& h = parser_->get();
    const std::string target(h.target());
    path_ = target.substr(0, target.find('?'));
    const size_t limit = shared_.dispatcher.max_body(std::string(h.method_string()), path_);
    // A declared length over the limit is refused before a byte of the body is read.
    if (parser_->content_length() && *parser_->content_length() > limit)
      return reply_error(413, "Dữ liệu gửi lên quá lớn");
    parser_->body_limit(limit);
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (ec == http::error::body_limit) return reply_error(413, "Dữ liệu gửi lên quá lớn");
    if (ec) return close();
    auto& msg = parser_->get();
    Request req;
    req.method = std::string(msg.method_string());
    const std::string target(msg.target());
    const auto q = target.find('?');
    req.path = percent_decode(path_);
    if (q != std::string::npos) req.query = parse_query(std::string_view(target).substr(q + 1));
    req.content_type = media_type(msg[http::field::content_type]);
    req.cookie = std::string(msg[http::field::cookie]);
    req.csrf_token = std::string(msg["X-CSRF-Token"]);
    req.if_none_match = std::string(msg[http::field::if_none_match]);
    req.client_ip = client_ip(msg);
    req.body = std::move(msg.body());
    const bool head = msg.method() == http::verb::head;
    if (head) req.method = "GET";
    Response r = shared_.dispatcher.handle(req);
    send(r, msg.keep_alive() && !shared_.stopping, head, req.method);
  }

  std::string client_ip(const http::request<http::string_body>& msg) {
    if (shared_.options.trust_proxy) {
      // The proxy appends the address it saw; the last entry is the one we can trust.
      std::string xff(msg["X-Forwarded-For"]);
      if (!xff.empty()) {
        auto comma = xff.rfind(',');
        std::string ip = xff.substr(comma == std::string::npos ? 0 : comma + 1);
        ip.erase(0, ip.find_first_not_of(' '));
        return ip;
      }
    }
    beast::error_code ec;
    auto ep = stream_.socket().remote_endpoint(ec);
    return ec ? std::string("?") : ep.address().to_string();
  }

  void reply_error(int status, const char* message) {
    if (!busy_) busy_.emplace(shared_.in_flight);
    started_ = std::chrono::steady_clock::now();
    Response r = error_response(status, status == 413 ? "request.too_large" : "request.header_too_large", message);
    draining_ = true;
    send(r, false, false, "-");
  }

  void send(const Response& r, bool keep_alive, bool head, const std::string& method) {
    res_ = {};
    res_.result(static_cast<unsigned>(r.status));
    res_.version(11);
    res_.set(http::field::server, "pcmt");
    if (!r.content_type.empty()) res_.set(http::field::content_type, r.content_type);
    for (const auto& [k, v] : r.headers) res_.insert(k, v);
    res_.body() = r.body;
    res_.keep_alive(keep_alive);
    res_.prepare_payload();
    if (head) res_.body().clear();
    status_ = r.status;
    method_ = method;
    stream_.expires_after(std::chrono::seconds(shared_.options.read_timeout_seconds));
    http::async_write(stream_, res_, beast::bind_front_handler(&Session::on_write, shared_from_this(), keep_alive));
  }

  void on_write(bool keep_alive, beast::error_code ec, std::size_t bytes) {
    log(bytes);
    busy_.reset();
    if (draining_ && !ec) return drain();
    if (ec || !keep_alive || shared_.stopping) return close();
    read_header();
  }

  // After refusing a request whose body is still arriving: stop sending, then read and discard
  // until the client closes (or 5 s pass). Closing with unread input would make the kernel send
  // a reset, and the client would lose the 413 it has not read yet.
  void drain() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(5));
    drain_more();
  }
  void drain_more() {
    stream_.async_read_some(net::buffer(discard_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (!ec) self->drain_more();
    });
  }

  // No query strings (they can carry search terms), no addresses, no cookies.
  void log(std::size_t bytes) {
    if (!shared_.options.access_log) return;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
    std::lock_guard lock(shared_.log_mutex);
    std::fprintf(stderr, "%s %s %d %zu %.2fms\n", method_.c_str(), path_.c_str(), status_, bytes, ms);
  }

  void close() {
    busy_.reset();
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> res_;
  Shared& shared_;
  std::optional<InFlight> busy_;
  std::chrono::steady_clock::time_point started_;
  std::string path_, method_;
  int status_ = 0;
  bool draining_ = false;
  std::array<char, 16384> discard_;
};

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& ioc, tcp::endpoint ep, Shared& shared)
      : ioc_(ioc), acceptor_(net::make_strand(ioc)), shared_(shared) {
    acceptor_.open(ep.protocol());
    acceptor_.set_option(net::socket_base::reuse_address(true));
    acceptor_.bind(ep);
    acceptor_.listen(net::socket_base::max_listen_connections);
  }
  unsigned short port() const { return acceptor_.local_endpoint().port(); }
  void run() { accept(); }
  void stop() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
      beast::error_code ec;
      self->acceptor_.close(ec);
    });
  }

 private:
  void accept() {
    acceptor_.async_accept(net::make_strand(ioc_), beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
  }
  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (!ec) {
      socket.set_option(tcp::no_delay(true), ec);
      std::make_shared<Session>(std::move(socket), shared_)->run();
    }
    accept();
  }

  net::io_context& ioc_;
  tcp::acceptor acceptor_;
  Shared& shared_;
};

// Polls until no request is in flight (or the grace period ends), then stops the loop.
void drain(net::steady_timer& timer, net::io_context& ioc, Shared& shared,
           std::chrono::steady_clock::time_point deadline) {
  if (shared.in_flight == 0 || std::chrono::steady_clock::now() >= deadline) {
    ioc.stop();
    return;
  }
  timer.expires_after(std::chrono::milliseconds(20));
  timer.async_wait([&timer, &ioc, &shared, deadline](beast::error_code) { drain(timer, ioc, shared, deadline); });
}

}  // namespace

int run_server(const Dispatcher& dispatcher, const ServerOptions& options) {
  const int threads = std::max(1, options.threads);
  net::io_context ioc(threads);
  Shared shared{dispatcher, options};
  auto listener =
      std::make_shared<Listener>(ioc, tcp::endpoint(net::ip::make_address(options.host), options.port), shared);
  listener->run();

  net::steady_timer drain_timer(ioc);
  net::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) {
    shared.stopping = true;
    listener->stop();
    drain(drain_timer, ioc, shared,
          std::chrono::steady_clock::now() + std::chrono::seconds(options.shutdown_grace_seconds));
  });

  std::cout << "pcmt listening on http://" << options.host << ":" << listener->port() << std::endl;
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : pool) t.join();
  std::cerr << "pcmt stopped" << std::endl;
  return 0;
}

}  // namespace pcmt::api
