#include "api/table_xlsx.hpp"

#include <charconv>

#include "app/error.hpp"
#include "core/calendar/date.hpp"

namespace pcmt::api {
namespace {

const json::value* at_path(const json::object& item, const std::string& path) {
  const json::object* o = &item;
  size_t from = 0;
  while (true) {
    const size_t dot = path.find('.', from);
    const auto* v = o->if_contains(path.substr(from, dot == std::string::npos ? std::string::npos : dot - from));
    if (!v || dot == std::string::npos) return v;
    if (!v->is_object()) return nullptr;
    o = &v->as_object();
    from = dot + 1;
  }
}

// Epoch seconds of an ISO instant "YYYY-MM-DDTHH:MM:SS[.fff]Z" (UTC, as the API writes them).
std::optional<int64_t> instant_seconds(std::string_view s) {
  if (s.size() < 19 || s[10] != 'T') return std::nullopt;
  const auto day = calendar::Date::parse(s.substr(0, 10));
  if (!day) return std::nullopt;
  int h = 0, m = 0, sec = 0;
  auto num = [&](size_t at, int& out) {
    return std::from_chars(s.data() + at, s.data() + at + 2, out).ec == std::errc();
  };
  if (!num(11, h) || !num(14, m) || !num(17, sec)) return std::nullopt;
  return int64_t{day->serial()} * 86400 + h * 3600 + m * 60 + sec;
}

report::Cell cell_of(const Column& col, const json::object& item) {
  if (col.value) return col.value(item);
  const json::value* v = at_path(item, col.path);
  if (!v || v->is_null()) return std::string();
  switch (col.kind) {
    case CellKind::number:
      if (v->is_int64()) return v->as_int64();
      if (v->is_uint64()) return static_cast<int64_t>(v->as_uint64());
      if (v->is_double()) return v->as_double();
      break;
    case CellKind::date:
      if (v->is_string())
        if (auto d = report::date_cell(v->as_string())) return *d;
      break;
    case CellKind::moment:
      if (v->is_int64()) return report::moment_cell(v->as_int64());
      if (v->is_string())
        if (auto t = instant_seconds(v->as_string())) return report::moment_cell(*t);
      break;
    case CellKind::yes_no:
      if (v->is_bool()) return std::string(v->as_bool() ? "Có" : "Không");
      break;
    case CellKind::names:
      if (v->is_array()) {
        std::string out;
        for (const auto& x : v->as_array()) {
          const json::value* name = x.is_object() ? x.as_object().if_contains("name") : &x;
          if (name && name->is_string()) out += (out.empty() ? "" : "; ") + std::string(name->as_string());
        }
        return out;
      }
      break;
    case CellKind::text:
      break;
  }
  if (v->is_string()) {
    const auto it = col.labels.find(std::string_view(v->as_string()));
    return it == col.labels.end() ? std::string(v->as_string()) : it->second;
  }
  if (v->is_int64()) return v->as_int64();
  if (v->is_double()) return v->as_double();
  if (v->is_bool()) return std::string(v->as_bool() ? "Có" : "Không");
  return json::serialize(*v);
}

}  // namespace

Paging export_paging() { return Paging{1, kExportMaxRows + 1}; }

Response table_xlsx(const json::array& items, const std::vector<Column>& columns, const std::string& sheet,
                    const std::string& filename) {
  if (items.size() > static_cast<size_t>(kExportMaxRows))
    throw app::bad_request("export.too_large", "Danh sách có hơn " + std::to_string(kExportMaxRows / 1000) +
                                                   ".000 dòng, quá lớn để tải một lần; hãy lọc bớt rồi tải lại");
  report::Sheet s{sheet, {}, {}, {}};
  for (const auto& c : columns) {
    s.header.push_back(c.header);
    s.widths.push_back(c.width);
  }
  s.rows.reserve(items.size());
  for (const auto& item : items) {
    std::vector<report::Cell> row;
    row.reserve(columns.size());
    for (const auto& c : columns) row.push_back(item.is_object() ? cell_of(c, item.as_object()) : report::Cell{});
    s.rows.push_back(std::move(row));
  }
  return xlsx_download(report::write_xlsx({s}), filename);
}

Response xlsx_download(std::string bytes, const std::string& filename) {
  Response r;
  r.content_type = report::kXlsxMediaType;
  r.body = std::move(bytes);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return r;
}

}  // namespace pcmt::api
