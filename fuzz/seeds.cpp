// fuzz_seeds OUT_DIR FIXTURE_DIR...: writes each harness's seed corpus (OUT_DIR/<harness>/) from
// the plan fixtures, so the fuzzers start from documents shaped like real ones. Nothing hostile is
// written: the fuzzers find that themselves.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/files/zip_archive.hpp"
#include "plan_test_support.hpp"
#include "report/xlsx_writer.hpp"

namespace fs = std::filesystem;

namespace {

void write(const fs::path& dir, const std::string& name, const std::string& bytes) {
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << bytes;
}

std::vector<std::string> lines_of(const std::string& text, size_t most) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; out.size() < most && std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

std::string escape_xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

// A plan's body as Word would hold it: headings numbered through kNumbering, one table.
std::string plan_body(const std::vector<std::string>& lines) {
  std::string body;
  for (size_t i = 0; i < lines.size(); ++i) body += plan_test::docx_paragraph(escape_xml(lines[i]), i % 7 == 0 ? 1 : 0, 0);
  return body + "<w:tbl><w:tr><w:tc>" + plan_test::docx_paragraph("Công an tỉnh") + "</w:tc><w:tc>" +
         plan_test::docx_paragraph("Quý IV/2025") + "</w:tc></w:tr></w:tbl>";
}

const std::string kNumbering =
    R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>)"
    R"(<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";

// What xlsx_fuzz takes: the first sheet's XML, a NUL, the shared strings' XML.
std::string xlsx_parts(const std::string& workbook) {
  auto zip = pcmt::files::ZipArchive::open(workbook);
  const auto sheet = zip->entry("xl/worksheets/sheet1.xml", size_t{1} << 20);
  const auto shared = zip->entry("xl/sharedStrings.xml", size_t{1} << 20);
  return sheet.value_or("") + std::string(1, '\0') + shared.value_or("");
}

std::string people_xlsx() {
  pcmt::report::Sheet sheet{"Danh sach", {"STT", "Họ và tên", "Số định danh cá nhân", "Ngày sinh", "Địa chỉ"}, {}, {}};
  for (int64_t i = 1; i <= 20; ++i)
    sheet.rows.push_back({i, std::string("Nguyễn Văn An ") + std::to_string(i), int64_t{40090001000} + i, int64_t{32994} + i,
                          std::string("Số 5 đường Lê Lợi")});
  return pcmt::report::write_xlsx({sheet});
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: fuzz_seeds OUT_DIR FIXTURE_DIR...\n";
    return 2;
  }
  const fs::path out = argv[1];
  int n = 0;
  for (int a = 2; a < argc; ++a)
    for (const auto& entry : fs::directory_iterator(argv[a])) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      const std::string name = entry.path().stem().string() + "-" + std::to_string(n++);
      write(out / "plan_text_fuzz", name + ".txt", text);
      const auto body = plan_body(lines_of(text, 120));
      write(out / "docx_fuzz", name + ".xml", body + std::string(1, '\0') + kNumbering);
      write(out / "zip_fuzz", name + ".docx", plan_test::make_docx(body, kNumbering));
      write(out / "pdf_fuzz", name + ".pdf", plan_test::make_pdf(lines_of(text, 40)));
      pcmt::report::Sheet sheet{"Ke hoach", {"Dòng"}, {}, {}};
      for (const auto& l : lines_of(text, 60)) sheet.rows.push_back({l});
      write(out / "xlsx_fuzz", name + ".xml", xlsx_parts(pcmt::report::write_xlsx({sheet})));
    }
  const auto people = people_xlsx();
  write(out / "xlsx_fuzz", "people.xml", xlsx_parts(people));
  write(out / "zip_fuzz", "people.xlsx", people);
  write(out / "csv_fuzz", "people.csv",
        "\xEF\xBB\xBFSố định danh cá nhân,Họ và tên,Ngày sinh,Địa chỉ\r\n040090001234,Nguyễn Văn An,01/05/1990,"
        "\"Số 5, đường Lê Lợi\"\r\n040091001234,\"Trần \"\"Bình\"\"\",1991-01-01,\"hai\ndòng\"\r\n");
  write(out / "csv_fuzz", "communes.csv", plan_test::read_file("data/reference/communes.csv").substr(0, 4096));
  write(out / "json_body_fuzz", "login.json", R"({"username":"vanphong","password":"Mat-khau-1"})");
  write(out / "json_body_fuzz", "import.json",
        R"({"format":"csv","content":"a,b\n1,2\n","commit":true,"commune":"16681","mapping":{"full_name":"Họ tên"}})");
  write(out / "json_body_fuzz", "numbers.json", R"({"population":12345,"is_border":false,"year":2025,"x":null,"y":[1.5e3,-2]})");
  return 0;
}
