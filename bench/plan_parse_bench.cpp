// Parsing a plan document (~50 KB of text) end to end: bytes → paragraphs → sections → tasks
// with agencies and deadlines. Budget (DESIGN.md): under 50 ms per plan.
//   ninja -C build plan_parse_bench && ./build/plan_parse_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "core/plans/plan_json.hpp"
#include "core/plans/plan_parser.hpp"

namespace {

// The fixtures live in the source tree: PCMT_SOURCE_DIR, else the directory above this file.
std::string fixture(const std::string& name) {
  std::string root;
  if (const char* env = std::getenv("PCMT_SOURCE_DIR")) root = env;
  else {
    const std::string file = __FILE__;  // absolute in a CMake build
    const size_t at = file.rfind("bench/");
    root = at == 0 || at == std::string::npos ? "." : file.substr(0, at - 1);
  }
  const std::string path = root + "/tests/fixtures/plans/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void parse(benchmark::State& state, const char* name) {
  const std::string bytes = fixture(name);
  pcmt::plans::parse_plan(bytes);  // warm the embedded catalogue and the deadline grammar
  size_t tasks = 0;
  for (auto _ : state) {
    auto plan = pcmt::plans::parse_plan(bytes);
    tasks = plan.tasks.size();
    benchmark::DoNotOptimize(plan);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["tasks"] = static_cast<double>(tasks);
  state.counters["KB"] = static_cast<double>(bytes.size()) / 1024.0;
}

void parse_and_print(benchmark::State& state, const char* name) {
  const std::string bytes = fixture(name);
  for (auto _ : state) {
    auto json = pcmt::plans::plan_to_json(pcmt::plans::parse_plan(bytes));
    benchmark::DoNotOptimize(json);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}

BENCHMARK_CAPTURE(parse, nghe_an_594, "nghe-an-594-kh-ubnd-2025.txt")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, dong_nai_171, "dong-nai-171-kh-ubnd-2025.txt")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, thanh_hoa_2021, "thanh-hoa-kh-bcd-2021.txt")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse_and_print, nghe_an_594_json, "nghe-an-594-kh-ubnd-2025.txt")->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
