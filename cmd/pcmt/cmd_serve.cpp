// pcmt serve, pcmt routes.
#include <cstdlib>
#include <iostream>
#include <thread>

#include "api/map_tiles.hpp"
#include "api/router.hpp"
#include "api/server.hpp"
#include "api/session_cookie.hpp"
#include "app/crypto.hpp"
#include "app/job_kinds.hpp"
#include "app/notify/mail_config.hpp"
#include "app/notify/scheduler.hpp"
#include "command.hpp"
#include "store/migrate.hpp"

namespace pcmt::cli {
namespace {

api::ServerOptions listen_options(const Args& a) {
  api::ServerOptions o;
  const std::string listen = a.get("listen").value_or("127.0.0.1:8080");
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw UsageError("--listen must be HOST:PORT");
  o.host = listen.substr(0, colon);
  try {
    const int port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535) throw std::out_of_range("port");
    o.port = static_cast<unsigned short>(port);
  } catch (const std::exception&) {
    throw UsageError("--listen port must be 0..65535");
  }
  // Handlers mostly wait on the database, so more threads than cores keep the cores busy.
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  o.threads = std::stoi(a.get("threads").value_or(std::to_string(std::max(4u, 2 * cores))));
  o.io_threads = std::stoi(a.get("io-threads").value_or(std::to_string(std::min(2u, cores))));
  if (auto max = a.get("max-connections")) o.max_connections = std::stoul(*max);
  o.access_log = !a.flag("no-access-log");
  o.trust_proxy = a.flag("trust-proxy");
  return o;
}

// --map-tiles, else PCMT_MAP_TILES; none: the map draws its own background (closed networks).
std::optional<areas::TileSource> map_tiles_option(const Args& a) {
  std::string url = a.get("map-tiles").value_or("");
  if (url.empty())
    if (const char* env = std::getenv("PCMT_MAP_TILES")) url = env;
  if (url.empty()) return std::nullopt;
  try {
    return areas::parse_tile_url(url);
  } catch (const areas::TileUrlError& e) {
    throw UsageError(std::string("--map-tiles: ") + e.what());
  }
}

int serve(const Args& a) {
  const std::string url = a.require("db");
  auto tiles = map_tiles_option(a);  // a usage error before anything starts
  app::notify::MailConfig mail;
  try {
    mail = app::notify::load_mail_config(a.get("mail-config").value_or(""));
  } catch (const app::notify::MailConfigError& e) {
    throw UsageError(e.what());
  }
  app::notify::set_mail_config(mail);
  app::crypto::init();
  {
    auto conn = store::connect(url);
    const int have = store::schema_version(*conn), want = store::latest_schema_version();
    if (have < want) {
      std::cerr << "pcmt serve: the database schema is at version " << have << ", this pcmt needs " << want
                << ": run 'pcmt migrate --db URL' first\n";
      return 1;
    }
  }
  api::set_secure_cookies(a.flag("secure-cookies"));
  api::set_map_tiles(std::move(tiles));
  const std::string web = a.get("web").value_or("web/dist");
  auto site = api::StaticSite::load(web);
  if (!site) std::cerr << "pcmt serve: no web UI at " << web << " (build it with 'npm run build' in web/)\n";
  api::Dispatcher dispatcher(api::build_router(), url, std::move(site));
  app::jobs::Worker worker(url, app::job_runners());
  app::notify::Scheduler reminders(url, mail);
  const int status = api::run_server(dispatcher, listen_options(a));
  reminders.stop();
  worker.stop();  // the job in hand is handed back between two chunks
  return status;
}

int routes(const Args&) {
  const api::Router router = api::build_router();
  for (const auto& r : router.routes()) std::cout << r.method << " " << r.pattern << "\n";
  return 0;
}

const Registration serve_cmd{"serve",
                             "serve --db URL [--listen HOST:PORT] [--web DIR] [--threads N] [--io-threads N] "
                             "[--max-connections N] [--trust-proxy] [--mail-config FILE] "
                             "[--secure-cookies] [--no-access-log] [--map-tiles 'https://HOST/{z}/{x}/{y}.png']",
                             serve};
const Registration routes_cmd{"routes", "routes   (lists every API route)", routes};

}  // namespace
}  // namespace pcmt::cli
