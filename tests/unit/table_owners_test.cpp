// One owner per table: the SQL strings of each module under src/app (and the api layer, which owns
// nothing) may name only the tables src/app/table_owners.txt gives that module. A module that needs
// another module's data calls that module's functions. The map must give every table of the
// migrations exactly one owner, so a new table cannot be left without one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#ifndef PCMT_SOURCE_DIR
#error "unit_tests needs PCMT_SOURCE_DIR (CMakeLists.txt)"
#endif

namespace {

namespace fs = std::filesystem;
const fs::path kRoot = PCMT_SOURCE_DIR;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Module {
  std::string name;
  std::vector<std::string> sources;  // path prefixes relative to the repository
  std::set<std::string> tables;
};

std::vector<Module> read_map() {
  std::vector<Module> modules;
  std::istringstream in(read_file(kRoot / "src/app/table_owners.txt"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string key, word;
    words >> key;
    if (key == "module") {
      modules.push_back({});
      words >> modules.back().name;
      continue;
    }
    if (modules.empty()) throw std::runtime_error("table_owners.txt: \"" + key + "\" before any module");
    while (words >> word) {
      if (key == "sources")
        modules.back().sources.push_back(word);
      else if (key == "tables")
        modules.back().tables.insert(word);
      else
        throw std::runtime_error("table_owners.txt: unknown key \"" + key + "\"");
    }
  }
  return modules;
}

std::set<std::string> migration_tables() {
  std::set<std::string> tables;
  static const std::regex create(R"(CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+))", std::regex::icase);
  for (const auto& e : fs::directory_iterator(kRoot / "src/store/migrations")) {
    const std::string sql = read_file(e.path());
    for (std::sregex_iterator it(sql.begin(), sql.end(), create), end; it != end; ++it) tables.insert((*it)[1]);
  }
  return tables;
}

// The string literals of a C++ file, adjacent ones joined ("SELECT ... " "FROM x" is one string),
// comments and character literals skipped. Raw strings R"d(...)d" are read too.
std::vector<std::string> string_literals(const std::string& src) {
  std::vector<std::string> out;
  std::string current;
  bool open = false;  // a literal was read and only blanks or comments followed it so far
  size_t i = 0;
  const size_t n = src.size();
  auto flush = [&] {
    if (open) out.push_back(current);
    current.clear();
    open = false;
  };
  while (i < n) {
    const char c = src[i];
    if (c == '/' && i + 1 < n && src[i + 1] == '/') {
      i = src.find('\n', i);
      if (i == std::string::npos) break;
      continue;
    }
    if (c == '/' && i + 1 < n && src[i + 1] == '*') {
      i = src.find("*/", i + 2);
      if (i == std::string::npos) break;
      i += 2;
      continue;
    }
    if (c == 'R' && i + 1 < n && src[i + 1] == '"' &&
        (i == 0 || !(std::isalnum(static_cast<unsigned char>(src[i - 1])) || src[i - 1] == '_'))) {
      const size_t paren = src.find('(', i + 2);
      const std::string close = ")" + src.substr(i + 2, paren - i - 2) + "\"";
      const size_t end = src.find(close, paren);
      current += src.substr(paren + 1, end - paren - 1);
      open = true;
      i = end + close.size();
      continue;
    }
    if (c == '"') {
      ++i;
      while (i < n && src[i] != '"') {
        if (src[i] == '\\' && i + 1 < n) {
          current += src[i + 1] == 'n' ? ' ' : src[i + 1];
          i += 2;
          continue;
        }
        current += src[i++];
      }
      ++i;
      open = true;
      continue;
    }
    if (c == '\'') {
      // A character literal ('"', '\'') or a digit separator (10'000): skip to its end on this line.
      const size_t end = src.find('\'', i + 1 + (i + 1 < n && src[i + 1] == '\\' ? 2 : 1));
      if (end != std::string::npos && end - i <= 4) {
        i = end + 1;
        continue;
      }
      ++i;
      continue;
    }
    if (!std::isspace(static_cast<unsigned char>(c))) flush();
    ++i;
  }
  flush();
  return out;
}

struct Access {
  std::set<std::string> writes, reads;
};

Access tables_in(const std::vector<std::string>& literals, const std::set<std::string>& known) {
  static const std::regex write(R"(\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+))", std::regex::icase);
  static const std::regex read(R"(\b(?:FROM|JOIN)\s+(\w+))", std::regex::icase);
  Access a;
  for (const auto& s : literals) {
    for (std::sregex_iterator it(s.begin(), s.end(), write), end; it != end; ++it)
      if (known.contains((*it)[1])) a.writes.insert((*it)[1]);
    for (std::sregex_iterator it(s.begin(), s.end(), read), end; it != end; ++it)
      if (known.contains((*it)[1])) a.reads.insert((*it)[1]);
  }
  return a;
}

// The module whose source prefix is the longest one of `path`, or nullptr.
const Module* module_of(const std::vector<Module>& modules, const std::string& path) {
  const Module* best = nullptr;
  size_t best_len = 0;
  for (const auto& m : modules)
    for (const auto& prefix : m.sources)
      if (path.starts_with(prefix) && prefix.size() > best_len) {
        best = &m;
        best_len = prefix.size();
      }
  return best;
}

std::vector<std::string> source_files() {
  std::vector<std::string> files;
  for (const char* dir : {"src/app", "src/api"})
    for (const auto& e : fs::recursive_directory_iterator(kRoot / dir)) {
      const auto ext = e.path().extension();
      if (e.is_regular_file() && (ext == ".cpp" || ext == ".hpp"))
        files.push_back(fs::relative(e.path(), kRoot).generic_string());
    }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST(TableOwners, EveryTableHasExactlyOneOwner) {
  const auto modules = read_map();
  const auto tables = migration_tables();
  ASSERT_FALSE(tables.empty());
  std::map<std::string, std::vector<std::string>> owners;
  for (const auto& m : modules)
    for (const auto& t : m.tables) owners[t].push_back(m.name);
  for (const auto& t : tables) {
    ASSERT_TRUE(owners.contains(t)) << "table " << t << " has no owner in src/app/table_owners.txt";
    EXPECT_EQ(owners[t].size(), 1u) << "table " << t << " has " << owners[t].size() << " owners";
  }
  for (const auto& [t, names] : owners)
    EXPECT_TRUE(tables.contains(t)) << "src/app/table_owners.txt names " << t << ", which no migration creates";
}

TEST(TableOwners, ModulesTouchOnlyTheirOwnTables) {
  const auto modules = read_map();
  const auto tables = migration_tables();
  std::map<std::string, std::string> owner;
  for (const auto& m : modules)
    for (const auto& t : m.tables) owner[t] = m.name;
  static const std::regex statement(R"(\b(?:INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET)\b)", std::regex::icase);
  static const std::regex select(R"(\bSELECT\b)", std::regex::icase), from(R"(\bFROM\b)", std::regex::icase);
  int files_with_sql = 0;
  for (const auto& path : source_files()) {
    const auto literals = string_literals(read_file(kRoot / path));
    const Module* m = module_of(modules, path);
    // A module that owns no table (the api layer, the scope helper) runs no statement either.
    if (m && m->tables.empty())
      for (const auto& s : literals)
        if (std::regex_search(s, statement) || (std::regex_search(s, select) && std::regex_search(s, from)))
          ADD_FAILURE() << path << " (module " << m->name << ") runs SQL: " << s;
    const Access a = tables_in(literals, tables);
    if (a.writes.empty() && a.reads.empty()) continue;
    ++files_with_sql;
    if (!m) {
      ADD_FAILURE() << path << " holds SQL but belongs to no module of src/app/table_owners.txt";
      continue;
    }
    for (const auto& t : a.writes)
      if (!m->tables.contains(t))
        ADD_FAILURE() << path << " (module " << m->name << ") writes " << t << ", owned by module " << owner[t]
                      << ": call that module's functions";
    for (const auto& t : a.reads)
      if (!m->tables.contains(t) && !a.writes.contains(t))
        ADD_FAILURE() << path << " (module " << m->name << ") reads " << t << ", owned by module " << owner[t]
                      << ": call that module's functions";
  }
  // The scanner itself must see the SQL it is meant to check.
  EXPECT_GT(files_with_sql, 20);
}

TEST(TableOwners, ScannerFindsTablesInJoinedAndRawLiterals) {
  const std::set<std::string> known{"people", "communes", "plans"};
  const std::string src =
      "auto x = db.query(\"SELECT p.id FROM people p \"\n"
      "   // a comment between the parts\n"
      "   \"JOIN communes c ON c.code = p.commune_code\", {'\"', 10'000});\n"
      "db.query(R\"(UPDATE plans SET x = 1)\");\n"
      "std::string s = \"FROM\"; auto y = \"people\";\n";
  const Access a = tables_in(string_literals(src), known);
  EXPECT_EQ(a.reads, (std::set<std::string>{"people", "communes"}));
  EXPECT_EQ(a.writes, (std::set<std::string>{"plans"}));
}
