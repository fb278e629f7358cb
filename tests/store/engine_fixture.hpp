#pragma once
// Every store test runs on both engines: a fresh SQLite file, and a fresh database on the
// throwaway PostgreSQL cluster that scripts/test.sh starts (PCMT_TEST_PG_URL). Without that
// variable the PostgreSQL cases fail rather than skip, so CI cannot pass on one engine only.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "app/crypto.hpp"
#include "app/error.hpp"
#include "app/reference.hpp"
#include "store/db.hpp"
#include "store/migrate.hpp"

namespace pcmt::test_support {

class EngineTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    app::crypto::init();
    std::mt19937_64 rng(std::random_device{}());
    const std::string suffix = std::to_string(rng() % 1'000'000'000'000ULL);
    if (GetParam() == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("pcmt-store-" + suffix);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "pcmt.db").string();
    } else {
      const char* admin = std::getenv("PCMT_TEST_PG_URL");
      ASSERT_NE(admin, nullptr) << "PCMT_TEST_PG_URL is not set: run the tests with scripts/test.sh";
      admin_url_ = admin;
      pg_db_ = "pcmt_s_" + suffix;
      store::connect(admin_url_)->exec_script("CREATE DATABASE " + pg_db_);
      url_ = admin_url_.substr(0, admin_url_.rfind('/') + 1) + pg_db_;
    }
    db_ = store::connect(url_);
  }

  void TearDown() override {
    db_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    if (!pg_db_.empty()) store::connect(admin_url_)->exec_script("DROP DATABASE IF EXISTS " + pg_db_ + " WITH (FORCE)");
  }

  // Schema plus the shipped reference data, as `pcmt migrate` does.
  void migrate_with_reference() {
    store::migrate(*db_);
    app::load_reference_data(*db_);
  }

  store::Connection& db() { return *db_; }
  std::unique_ptr<store::Connection> second_connection() { return store::connect(url_); }
  const std::string& url() const { return url_; }

 private:
  std::filesystem::path dir_;
  std::string admin_url_, pg_db_, url_;
  std::unique_ptr<store::Connection> db_;
};

// Runs `f`, expecting app::Error of this kind and code; returns the error's field.
template <typename F>
std::string expect_error(F&& f, app::ErrorKind kind, const std::string& code) {
  try {
    f();
  } catch (const app::Error& e) {
    EXPECT_EQ(e.kind, kind) << e.code << ": " << e.what();
    EXPECT_EQ(e.code, code) << e.what();
    return e.field;
  }
  ADD_FAILURE() << "expected error " << code;
  return {};
}

inline std::string engine_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

}  // namespace pcmt::test_support

#define PCMT_ON_BOTH_ENGINES(Suite) \
  INSTANTIATE_TEST_SUITE_P(Engines, Suite, ::testing::Values("sqlite", "postgres"), pcmt::test_support::engine_name)
