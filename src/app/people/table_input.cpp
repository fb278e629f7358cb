#include "app/people/table_input.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "app/error.hpp"
#include "app/people/person_fields.hpp"
#include "app/files/isolated_readers.hpp"
#include "core/text/normalize.hpp"

namespace pcmt::app::people {

std::vector<text::CsvRecord> read_table(const std::string& format, const std::string& content) {
  std::vector<text::CsvRecord> records;
  if (format == "xlsx") {
    try {
      records = files::xlsx_rows(content);
    } catch (const std::invalid_argument&) {
      throw bad_request("import.xlsx_unreadable", "Không đọc được tệp Excel (.xlsx); hãy lưu lại tệp và thử lại", "content");
    } catch (const pcmt::files::FileLimitError& e) {
      throw files::limit_error(e, "content");
    }
  } else if (format == "csv") {
    if (!text::is_valid_utf8(content))
      throw bad_request("import.encoding", "Tệp phải được lưu với mã hóa UTF-8 (CSV UTF-8)", "content");
    try {
      records = text::parse_csv(content);
    } catch (const std::invalid_argument& e) {
      throw bad_request("import.malformed_csv", std::string("Tệp CSV không hợp lệ: ") + e.what(), "content");
    } catch (const pcmt::files::FileLimitError& e) {
      throw files::limit_error(e, "content");
    }
  } else {
    throw bad_request("import.format_invalid", "Định dạng tệp phải là csv hoặc xlsx", "format");
  }
  for (auto& r : records)
    for (auto& f : r.fields)
      if (!text::is_valid_utf8(f))
        throw bad_request("import.encoding", std::string("Dòng ") + std::to_string(r.line) + " chứa ký tự không hợp lệ", "content");
  // Blank lines (and rows Excel keeps for formatting only) are not data.
  std::erase_if(records, [](const text::CsvRecord& r) {
    return std::all_of(r.fields.begin(), r.fields.end(), [](const std::string& f) { return text::trim(f).empty(); });
  });
  if (records.size() < 2) throw bad_request("import.empty", "Tệp không có dòng dữ liệu nào (cần dòng tiêu đề và dữ liệu)");
  return records;
}

ColumnSpec common_column(const std::string& field, bool required) {
  static const std::vector<ColumnSpec> columns{
      {"personal_id", "Số định danh cá nhân",
       {"personal_id", "so dinh danh", "so dinh danh ca nhan", "ma dinh danh", "so cccd", "cccd", "so can cuoc",
        "so can cuoc cong dan", "can cuoc cong dan"}},
      {"full_name", "Họ và tên", {"full_name", "ho va ten", "ho ten", "ho va ten nguoi"}},
      {"birth_date", "Ngày sinh", {"birth_date", "ngay sinh", "ngay thang nam sinh", "sinh ngay"}},
      {"address", "Địa chỉ",
       {"address", "dia chi", "dia chi cu tru", "dia chi thuong tru", "noi o", "noi o hien nay", "cho o"}},
  };
  for (auto spec : columns)
    if (spec.field == field) {
      spec.required = required;
      return spec;
    }
  throw std::logic_error("no common column " + field);
}

std::string header_key(std::string_view header) {
  std::string key = text::search_key(header);
  for (char& c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) c = ' ';
  return text::search_key(key);  // collapses the spaces again
}

std::map<std::string, size_t> map_columns(const std::vector<std::string>& header, const std::vector<ColumnSpec>& specs,
                                          const std::map<std::string, std::string>& mapping) {
  std::vector<std::string> keys;
  for (const auto& h : header) keys.push_back(header_key(h));
  std::map<std::string, size_t> out;
  for (const auto& spec : specs) {
    if (auto m = mapping.find(spec.field); m != mapping.end() && !text::trim(m->second).empty()) {
      auto it = std::find(keys.begin(), keys.end(), header_key(m->second));
      if (it == keys.end())
        throw bad_request("import.mapping_invalid",
                          "Tệp không có cột \"" + m->second + "\" (được chọn cho " + spec.label + ")", "mapping");
      out[spec.field] = static_cast<size_t>(it - keys.begin());
      continue;
    }
    for (const auto& name : spec.names)
      if (auto it = std::find(keys.begin(), keys.end(), name); it != keys.end()) {
        out[spec.field] = static_cast<size_t>(it - keys.begin());
        break;
      }
  }
  std::string missing;
  for (const auto& spec : specs)
    if (spec.required && !out.contains(spec.field)) missing += (missing.empty() ? "" : ", ") + spec.label;
  if (!missing.empty())
    throw bad_request("import.missing_columns", "Không tìm thấy cột: " + missing + ". Hãy chọn cột tương ứng trong tệp.",
                      "mapping");
  return out;
}

std::string cell(const text::CsvRecord& r, const std::map<std::string, size_t>& columns, const std::string& field) {
  auto it = columns.find(field);
  if (it == columns.end() || it->second >= r.fields.size()) return {};
  return std::string(text::trim(r.fields[it->second]));
}

std::optional<calendar::Date> parse_table_date(std::string_view text) {
  text = text::trim(text);
  if (auto d = parse_user_date(text)) return d;
  // Excel serial: days since 1899-12-30 (which absorbs Excel's fictitious 29/02/1900). Only
  // plausible dates of birth and events (1910 onwards) are read this way, so "1990" stays an error.
  const std::string s(text);
  char* end = nullptr;
  const double serial = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size() || serial < 3653 || serial > 120000) return std::nullopt;
  const int32_t excel_epoch = calendar::Date(1899, 12, 30).serial();
  return calendar::Date::from_serial(excel_epoch + static_cast<int32_t>(std::floor(serial)));
}

std::string personal_id_cell(std::string_view raw) {
  std::string s(text::trim(raw));
  if (s.find_first_of("eE") != std::string::npos || s.find('.') != std::string::npos) {
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end == s.c_str() + s.size() && v >= 0 && v < 1e12 && v == std::floor(v)) s = std::to_string(static_cast<int64_t>(v));
  }
  if (s.size() == 11 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) s = "0" + s;
  return s;
}

}  // namespace pcmt::app::people
