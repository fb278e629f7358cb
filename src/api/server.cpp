// The only translation unit that includes Boost.Beast (it costs ~25 s to compile here).
// Shape after Beast's advanced_server example: one session object per connection, async reads
// with a deadline, keep-alive until the client or a shutdown ends it. The I/O threads only read
// and write; handlers run on worker threads (see Lane), so a slow handler cannot stop the server
// from accepting, reading or answering /healthz.
#include "api/server.hpp"

#include <boost/asio.hpp>
#include <boost/beast.hpp>

#include <atomic>
#include <limits>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>

#include "api/connection_table.hpp"
#include "api/file_limit.hpp"
#include "app/memory.hpp"

namespace pcmt::api {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// Under connection pressure a client gets this long to start, and then to finish sending, a request
// header; an idle keep-alive connection is closed after it.
constexpr std::chrono::seconds kPressedTimeout{3};
// A request or response this large leaves megabytes freed in the heap: give them back afterwards.
constexpr size_t kLargeExchange = 1 << 20;

struct Workers {
  net::thread_pool health{1};
  net::thread_pool general;
  net::thread_pool upload;
  Workers(int handler_threads, int upload_threads)
      : general(static_cast<size_t>(handler_threads)), upload(static_cast<size_t>(upload_threads)) {}
  net::thread_pool& of(Lane lane) {
    switch (lane) {
      case Lane::health: return health;
      case Lane::upload: return upload;
      case Lane::general: break;
    }
    return general;
  }
  void stop_and_join() {
    for (auto* p : {&health, &general, &upload}) {
      p->stop();
      p->join();
    }
  }
};

struct Shared {
  Shared(const Dispatcher& d, const ServerOptions& o, ConnectionTable& c) : dispatcher(d), options(o), connections(c) {}
  const Dispatcher& dispatcher;
  ServerOptions options;
  ConnectionTable& connections;
  Workers* workers = nullptr;  // set once the pools exist: they must go before Shared and the io_context
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
  std::mutex log_mutex;
  std::chrono::seconds timeout() const {
    return connections.under_pressure() ? kPressedTimeout : std::chrono::seconds(options.read_timeout_seconds);
  }
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
  // The caller has admitted the connection to shared.connections; the session removes it when it ends.
  Session(tcp::socket&& socket, Shared& shared) : stream_(std::move(socket)), shared_(shared) {}
  ~Session() { shared_.connections.remove(); }

  void run() {
    // A client that sent its request along with the connection is not idle, even for a moment.
    beast::error_code ec;
    const bool waiting = stream_.socket().available(ec) == 0;
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(waiting ? &Session::wait_for_request
                                                                            : &Session::read_header,
                                                                    shared_from_this()));
  }

 private:
  // Idle: no byte of the next request yet. Until one arrives the connection may be evicted to make
  // room for others (see ConnectionTable).
  void wait_for_request() {
    if (shared_.stopping) return close();
    if (buffer_.size() > 0) return read_header();  // a pipelined request is already here
    idle_ticket_ = shared_.connections.idle([weak = weak_from_this()] {
      if (auto self = weak.lock()) net::post(self->stream_.get_executor(), [self] { self->evict(); });
    });
    stream_.expires_after(shared_.timeout());
    stream_.async_read_some(buffer_.prepare(4096), beast::bind_front_handler(&Session::on_first_bytes, shared_from_this()));
  }

  void on_first_bytes(beast::error_code ec, std::size_t n) {
    if (idle_ticket_) shared_.connections.busy(std::exchange(idle_ticket_, 0));
    if (ec) return close();
    buffer_.commit(n);
    read_header();
  }

  void evict() {
    if (!idle_ticket_) return;  // the request began meanwhile
    idle_ticket_ = 0;
    stream_.close();  // the pending read ends with operation_aborted
  }

  void read_header() {
    if (shared_.stopping) return close();
    parser_.emplace();
    parser_->header_limit(16 * 1024);
    // The route's own limit is applied once the header names the route (see on_header).
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    // The whole request must arrive within the read timeout; under pressure the header much sooner.
    deadline_ = std::chrono::steady_clock::now() + std::chrono::seconds(shared_.options.read_timeout_seconds);
    stream_.expires_at(std::min(deadline_, std::chrono::steady_clock::now() + shared_.timeout()));
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
    lane_ = shared_.dispatcher.lane(std::string(h.method_string()), path_);
    stream_.expires_at(deadline_);
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
    req.accept_encoding = std::string(msg[http::field::accept_encoding]);
    req.client_ip = client_ip(msg);
    req.body = std::move(msg.body());
    const bool head = msg.method() == http::verb::head;
    if (head) req.method = "GET";
    const bool keep_alive = msg.keep_alive();
    parser_.reset();  // the body now lives in req
    net::post(shared_.workers->of(lane_), [self = shared_from_this(), req = std::move(req), keep_alive, head]() mutable {
      Response r = self->shared_.dispatcher.handle(req);
      const bool large = req.body.size() + r.body.size() >= kLargeExchange;
      std::string method = std::move(req.method);
      req = {};  // the body is freed on this thread, before the answer goes out
      net::post(self->stream_.get_executor(),
                [self, r = std::move(r), keep_alive, head, large, method = std::move(method)]() mutable {
                  self->large_ = large;
                  self->send(std::move(r), keep_alive && !self->shared_.stopping, head, method);
                });
    });
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
    send(std::move(r), false, false, "-");
  }

  void send(Response r, bool keep_alive, bool head, const std::string& method) {
    res_ = {};
    res_.result(static_cast<unsigned>(r.status));
    res_.version(11);
    res_.set(http::field::server, "pcmt");
    if (!r.content_type.empty()) res_.set(http::field::content_type, r.content_type);
    for (const auto& [k, v] : r.headers) res_.insert(k, v);
    res_.body() = std::move(r.body);
    res_.keep_alive(keep_alive);
    res_.prepare_payload();
    if (head) res_.body().clear();
    status_ = r.status;
    method_ = method;
    stream_.expires_after(shared_.timeout());
    http::async_write(stream_, res_, beast::bind_front_handler(&Session::on_write, shared_from_this(), keep_alive));
  }

  void on_write(bool keep_alive, beast::error_code ec, std::size_t bytes) {
    log(bytes);
    if (large_) release_memory();
    busy_.reset();
    if (draining_ && !ec) return drain();
    if (ec || !keep_alive || shared_.stopping) return close();
    wait_for_request();
  }

  void release_memory() {
    large_ = false;
    res_ = {};
    buffer_.shrink_to_fit();
    net::post(shared_.workers->general, [] { app::release_free_memory(); });
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
    // Read into the buffer's spare room and never commit: the bytes are dropped.
    stream_.async_read_some(buffer_.prepare(16384), [self = shared_from_this()](beast::error_code ec, std::size_t) {
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
  std::chrono::steady_clock::time_point started_, deadline_;
  std::string path_, method_;
  int status_ = 0;
  Lane lane_ = Lane::general;
  uint64_t idle_ticket_ = 0;  // nonzero while idle and listed in shared_.connections
  bool draining_ = false;
  bool large_ = false;
};

bool out_of_descriptors(const beast::error_code& ec) {
  return ec == boost::system::errc::too_many_files_open || ec == boost::system::errc::too_many_files_open_in_system ||
         ec == boost::system::errc::no_buffer_space || ec == boost::system::errc::not_enough_memory;
}

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& ioc, tcp::endpoint ep, Shared& shared)
      : ioc_(ioc), acceptor_(net::make_strand(ioc)), backoff_(acceptor_.get_executor()), shared_(shared) {
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
      self->backoff_.cancel();
    });
  }

 private:
  void accept() {
    acceptor_.async_accept(net::make_strand(ioc_), beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
  }
  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (out_of_descriptors(ec)) return back_off();
    starved_ = false;
    if (!ec) {
      if (shared_.connections.admit()) {
        socket.set_option(tcp::no_delay(true), ec);
        std::make_shared<Session>(std::move(socket), shared_)->run();
      } else {
        report_once(full_, "every connection is busy: refusing new ones until one ends");
      }
      // An unadmitted socket closes here: refusing is progress, the queue of pending connections shrinks.
    }
    if (shared_.connections.open() * 2 < shared_.connections.cap()) full_ = false;
    accept();
  }

  // Out of file descriptors: retrying at once would spin on the same error. What is open now is all
  // that fits, less a margin for database and temporary files; close the longest-idle connections
  // to free some, and try again shortly.
  void back_off() {
    auto& table = shared_.connections;
    report_once(starved_, "out of file descriptors: closing idle connections and pausing accepts");
    table.lower_cap(table.open() > 32 ? table.open() - 16 : table.open() / 2);
    table.evict_idle(std::max<size_t>(16, table.open() / 8));
    backoff_.expires_after(std::chrono::milliseconds(100));
    backoff_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (!ec && self->acceptor_.is_open()) self->accept();
    });
  }

  // Once per episode, so that a flood does not flood the log too.
  void report_once(bool& reported, const char* what) {
    if (reported) return;
    reported = true;
    std::lock_guard lock(shared_.log_mutex);
    std::fprintf(stderr, "pcmt: %s (%zu connections open, limit %zu)\n", what, shared_.connections.open(),
                 shared_.connections.cap());
  }

  net::io_context& ioc_;
  tcp::acceptor acceptor_;
  net::steady_timer backoff_;
  Shared& shared_;
  bool starved_ = false, full_ = false;  // reported; touched on the acceptor's strand only
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
  app::tune_allocator();
  const size_t files = raise_file_limit();
  const size_t fitting = default_max_connections(files);
  ConnectionTable connections(options.max_connections ? options.max_connections : fitting);
  if (connections.cap() > fitting)
    std::cerr << "pcmt serve: --max-connections " << connections.cap() << " is more than " << files
              << " open files allow; expect refused connections near it\n";
  const int io_threads = std::max(1, options.io_threads);
  const int handler_threads = std::max(1, options.threads);
  // Destroyed in reverse: work left in the pools holds sessions, which need the io_context and Shared.
  Shared shared{dispatcher, options, connections};
  net::io_context ioc(io_threads);
  Workers workers(handler_threads, std::max(1, handler_threads / 4));
  shared.workers = &workers;
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
  std::vector<std::thread> io;
  for (int i = 1; i < io_threads; ++i) io.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : io) t.join();
  workers.stop_and_join();
  std::cerr << "pcmt stopped" << std::endl;
  return 0;
}

}  // namespace pcmt::api
