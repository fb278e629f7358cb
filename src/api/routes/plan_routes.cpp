// Plans and tasks: upload and parse a plan, save it, follow its tasks and report
// instances, file and review reports, tracking figures, inbox, consolidated exports.
// The rules live in app/plans; this file turns HTTP into calls (docs/plans.md, "API").
#include <algorithm>
#include <cctype>

#include "api/json_io.hpp"
#include "api/params.hpp"
#include "api/routes/routes.hpp"
#include "api/table_xlsx.hpp"
#include "app/clock.hpp"
#include "app/error.hpp"
#include "app/plans/exports.hpp"
#include "app/plans/inbox.hpp"
#include "app/plans/instance_queries.hpp"
#include "app/plans/plan_edit.hpp"
#include "app/plans/plan_input_json.hpp"
#include "app/plans/plan_queries.hpp"
#include "app/plans/plan_upload.hpp"
#include "app/plans/plan_views_json.hpp"
#include "app/plans/report_files.hpp"
#include "app/plans/report_review.hpp"
#include "app/plans/report_submit.hpp"
#include "app/plans/save_plan.hpp"
#include "app/plans/settings.hpp"
#include "app/plans/stats.hpp"
#include "app/plans/task_add.hpp"
#include "app/plans/task_delete.hpp"
#include "app/plans/task_edit.hpp"

namespace pcmt::api {
namespace {

namespace plans = app::plans;

// Uploads: a plan document, or a report with its evidence files as base64 in JSON.
constexpr size_t kUploadBody = 20u << 20;

calendar::Date as_of(const Context& c) { return app::as_of_or_today(c.req.query_or("as_of")); }

// RFC 6266: an ASCII fallback and the exact UTF-8 name.
std::string attachment(const std::string& name) {
  std::string ascii, encoded;
  for (unsigned char ch : name) {
    const bool plain = std::isalnum(ch) || ch == '.' || ch == '-' || ch == '_';
    ascii.push_back(plain ? static_cast<char>(ch) : '_');
    if (plain) {
      encoded.push_back(static_cast<char>(ch));
    } else {
      static const char* hex = "0123456789ABCDEF";
      encoded += '%';
      encoded += hex[ch >> 4];
      encoded += hex[ch & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

Response file_response(std::string content_type, std::string name, std::string bytes) {
  Response r;
  r.content_type = std::move(content_type);
  r.body = std::move(bytes);
  r.headers.emplace_back("Content-Disposition", attachment(name));
  return r;
}

// The codes of the plans module the lists show, in Vietnamese (as the web's labels).
const std::map<std::string, std::string, std::less<>> kInstanceStatus{
    {"pending", "Chưa gửi"}, {"submitted", "Chờ duyệt"}, {"accepted", "Đã duyệt"}, {"returned", "Bị trả lại"}};
const std::map<std::string, std::string, std::less<>> kProgress{
    {"not_started", "Chưa triển khai"}, {"in_progress", "Đang thực hiện"}, {"done", "Hoàn thành"}};
const std::map<std::string, std::string, std::less<>> kTaskStatus{
    {"done", "Hoàn thành"}, {"in_progress", "Đang thực hiện"}, {"overdue", "Quá hạn"}};

json::array plan_items(Context& c, const Paging& pg, int64_t& total) {
  auto page = plans::list_plans(c.db, c.actor(), {c.req.query_or("q"), query_integer(c.req, "parent_id"), pg.page, pg.page_size},
                                as_of(c));
  total = page.total;
  json::array items;
  for (const auto& p : page.items) items.push_back(plans::to_json(p));
  return items;
}

const std::vector<Column>& plan_columns() {
  static const std::vector<Column> columns{
      {"Số hiệu", "document.number", CellKind::text, 18},
      {"Ngày ban hành", "document.date", CellKind::date, 12},
      {"Trích yếu", "document.title", CellKind::text, 60},
      {"Cơ quan ban hành", "document.issuer", CellKind::text, 30},
      {"Loại", "document.kind", CellKind::text, 14,
       {{"ke_hoach", "Kế hoạch"},
        {"nghi_quyet", "Nghị quyết"},
        {"chuong_trinh", "Chương trình"},
        {"quyet_dinh", "Quyết định"},
        {"other", "Văn bản khác"}}},
      {"Số nhiệm vụ", "task_count", CellKind::number, 10},
      {"Đã hoàn thành", "tasks_done", CellKind::number, 10},
      {"Quá hạn", "tasks_overdue", CellKind::number, 10},
      {"Theo dõi đến năm", "horizon_year", CellKind::number, 10},
  };
  return columns;
}

json::array task_items(Context& c, const Paging& pg, int64_t& total) {
  auto page = plans::list_agency_tasks(c.db, c.actor(), as_of(c), pg.page, pg.page_size);
  total = page.total;
  json::array items;
  for (const auto& t : page.items) items.push_back(plans::to_json(t));
  return items;
}

const std::vector<Column>& task_columns() {
  static const std::vector<Column> columns{
      {"Kế hoạch", "plan.number", CellKind::text, 18},
      {"Số hiệu", "ref", CellKind::text, 10},
      {"Nhiệm vụ", "text", CellKind::text, 60},
      {"Vai trò", "role", CellKind::text, 12, {{"lead", "Chủ trì"}, {"cooperating", "Phối hợp"}, {"requested", "Đề nghị"}}},
      {"Thời hạn", "due.date", CellKind::date, 12},
      {"Tình trạng", "status", CellKind::text, 16, kTaskStatus},
      {"Ngày hoàn thành", "done_on", CellKind::date, 12},
      {"Số kỳ báo cáo", "instances.total", CellKind::number, 10},
      {"Đã gửi", "instances.submitted", CellKind::number, 10},
      {"Đã duyệt", "instances.accepted", CellKind::number, 10},
      {"Quá hạn", "instances.overdue", CellKind::number, 10},
      {"Hạn báo cáo tới", "instances.next_due", CellKind::date, 12},
  };
  return columns;
}

json::array instance_items(Context& c, const Paging& pg, int64_t& total) {
  plans::InstanceFilter f{query_integer(c.req, "plan_id"),   query_integer(c.req, "task_id"),     query_integer(c.req, "agency_id"),
                          c.req.query_or("status"), c.req.query_or("due_from"), c.req.query_or("due_to"),
                          pg.page,                  pg.page_size};
  auto page = plans::list_instances(c.db, c.actor(), f, as_of(c));
  total = page.total;
  json::array items;
  for (const auto& i : page.items) items.push_back(plans::to_json(i));
  return items;
}

const std::vector<Column>& instance_columns() {
  static const std::vector<Column> columns{
      {"Cơ quan", "agency.name", CellKind::text, 30},
      {"Kế hoạch", "plan.number", CellKind::text, 18},
      {"Số hiệu nhiệm vụ", "task.ref", CellKind::text, 10},
      {"Nhiệm vụ", "task.text", CellKind::text, 50},
      {"Kỳ báo cáo", "period_label", CellKind::text, 16},
      {"Hạn nộp", "due_date", CellKind::date, 12},
      {"Tình trạng", "status", CellKind::text, 14, kInstanceStatus},
      {"Quá hạn", "overdue", CellKind::yes_no, 9},
      {"Ngày gửi", "first_submitted_on", CellKind::date, 12},
      {"Đúng hạn", "on_time", CellKind::yes_no, 9},
      {"Tiến độ", "progress", CellKind::text, 16, kProgress},
  };
  return columns;
}

Response export_route(Context& c, plans::ExportFormat format) {
  auto f = plans::export_plan(c.db, c.actor(), path_id(c.req), format, c.req.query_or("from"), c.req.query_or("to"), as_of(c));
  return file_response(std::move(f.content_type), f.file_name, std::move(f.bytes));
}

void add_plan_document_routes(Router& r) {
  r.add(
      "POST", "/api/v1/plans/parse", Access::session, BodyKind::none,
      [](Context& c) {
        const std::string name = c.req.query_or("filename");
        if (c.req.body.empty())
          throw app::bad_request("plan.unreadable", "Chưa có tệp kế hoạch (gửi nội dung tệp trong thân yêu cầu)", "file");
        return json_response(200, plans::parse_upload(c.db, c.actor(), c.req.body, name));
      },
      kUploadBody);
  r.add(
      "POST", "/api/v1/plans", Access::session, BodyKind::json,
      [](Context& c) {
        auto saved = plans::save_plan(c.db, c.actor(), plans::plan_input_from_json(body_object(c.req)));
        return json_response(201, plans::to_json(saved));
      },
      kUploadBody);
  r.add("GET", "/api/v1/plans", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    int64_t total = 0;
    auto items = plan_items(c, pg, total);
    return json_response(200, page_json(std::move(items), total, pg));
  });
  r.add("GET", "/api/v1/plans/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    int64_t total = 0;
    return table_xlsx(plan_items(c, export_paging(), total), plan_columns(), "Ke hoach", "ke-hoach.xlsx");
  });
  r.add("GET", "/api/v1/plans/{id}", Access::session, BodyKind::none, [](Context& c) {
    const bool source = c.req.query_or("source") == "1";
    return json_response(200, plans::to_json(plans::get_plan(c.db, c.actor(), path_id(c.req), as_of(c), source)));
  });
  r.add("PATCH", "/api/v1/plans/{id}", Access::session, BodyKind::json, [](Context& c) {
    const int64_t id = path_id(c.req);
    plans::update_plan(c.db, c.actor(), id, plans::plan_patch_from_json(body_object(c.req)));
    return json_response(200, plans::to_json(plans::get_plan(c.db, c.actor(), id, as_of(c), false)));
  });
}

void add_tracking_routes(Router& r) {
  r.add("GET", "/api/v1/plans/{id}/stats", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, plans::to_json(plans::plan_stats(c.db, c.actor(), path_id(c.req), as_of(c))));
  });
  r.add("GET", "/api/v1/plan-stats", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200,
                         plans::to_json(plans::province_stats(c.db, c.actor(), c.req.query_or("province"), as_of(c))));
  });
  r.add("GET", "/api/v1/plans/{id}/export.docx", Access::session, BodyKind::none,
        [](Context& c) { return export_route(c, plans::ExportFormat::docx); });
  r.add("GET", "/api/v1/plans/{id}/export.xlsx", Access::session, BodyKind::none,
        [](Context& c) { return export_route(c, plans::ExportFormat::xlsx); });
  r.add("GET", "/api/v1/inbox", Access::session, BodyKind::none, [](Context& c) {
    const auto limit = static_cast<int>(
        query_integer(c.req, "limit", 1, 200, "request.invalid", "Tham số limit phải từ 1 đến 200").value_or(50));
    return json_response(200, plans::to_json(plans::read_inbox(c.db, c.actor(), as_of(c), limit)));
  });
  r.add("POST", "/api/v1/inbox/{id}/read", Access::session, BodyKind::none, [](Context& c) {
    plans::mark_read(c.db, c.actor(), path_id(c.req));
    return no_content();
  });
  r.add("GET", "/api/v1/plan-settings", Access::session, BodyKind::none,
        [](Context& c) { return json_response(200, plans::to_json(plans::get_settings(c.db, c.actor()))); });
  r.add("PATCH", "/api/v1/plan-settings", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    auto days = opt_int(body, "reminder_days");
    if (!days) throw app::bad_request("request.missing_field", "Thiếu trường reminder_days", "reminder_days");
    // Out-of-range values stay out of range (the use case refuses them) without overflowing an int.
    const int value = static_cast<int>(std::clamp<int64_t>(*days, -1, plans::kMaxReminderDays + 1));
    return json_response(200, plans::to_json(plans::update_settings(c.db, c.actor(), value)));
  });
}

void add_task_routes(Router& r) {
  r.add("GET", "/api/v1/tasks/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, plans::to_json(plans::get_task(c.db, c.actor(), path_id(c.req), as_of(c))));
  });
  r.add("PATCH", "/api/v1/tasks/{id}", Access::session, BodyKind::json, [](Context& c) {
    auto patch = plans::task_patch_from_json(body_object(c.req));
    return json_response(200, plans::to_json(plans::update_task(c.db, c.actor(), path_id(c.req), patch, as_of(c))));
  });
  r.add("POST", "/api/v1/plans/{id}/tasks", Access::session, BodyKind::json, [](Context& c) {
    auto task = plans::task_from(body_object(c.req), "task");
    return json_response(201, plans::to_json(plans::add_task(c.db, c.actor(), path_id(c.req), task, as_of(c))));
  });
  r.add("DELETE", "/api/v1/tasks/{id}", Access::session, BodyKind::none, [](Context& c) {
    auto gone = plans::delete_task(c.db, c.actor(), path_id(c.req), c.req.query_or("reason"));
    return json_response(200, json::object{{"id", gone.id}, {"plan_id", gone.plan_id},
                                           {"instances_removed", gone.instances_removed}});
  });
  r.add("GET", "/api/v1/my/tasks", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    int64_t total = 0;
    auto items = task_items(c, pg, total);
    return json_response(200, page_json(std::move(items), total, pg));
  });
  r.add("GET", "/api/v1/my/tasks/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    int64_t total = 0;
    return table_xlsx(task_items(c, export_paging(), total), task_columns(), "Nhiem vu", "nhiem-vu.xlsx");
  });
}

void add_report_routes(Router& r) {
  r.add("GET", "/api/v1/report-instances", Access::session, BodyKind::none, [](Context& c) {
    const Paging pg = paging(c.req);
    int64_t total = 0;
    auto items = instance_items(c, pg, total);
    return json_response(200, page_json(std::move(items), total, pg));
  });
  r.add("GET", "/api/v1/report-instances/export.xlsx", Access::session, BodyKind::none, [](Context& c) {
    int64_t total = 0;
    return table_xlsx(instance_items(c, export_paging(), total), instance_columns(), "Bao cao", "bao-cao.xlsx");
  });
  r.add("GET", "/api/v1/report-instances/{id}", Access::session, BodyKind::none, [](Context& c) {
    return json_response(200, plans::to_json(plans::get_instance(c.db, c.actor(), path_id(c.req), as_of(c))));
  });
  r.add(
      "POST", "/api/v1/report-instances/{id}/reports", Access::session, BodyKind::json,
      [](Context& c) {
        auto in = plans::report_input_from_json(body_object(c.req));
        return json_response(201, plans::to_json(plans::submit_report(c.db, c.actor(), path_id(c.req), in)));
      },
      kUploadBody);
  r.add("POST", "/api/v1/reports/{id}/review", Access::session, BodyKind::json, [](Context& c) {
    auto body = body_object(c.req);
    auto review = plans::review_report(c.db, c.actor(), path_id(c.req), opt_string(body, "decision").value_or(""),
                                       opt_string(body, "comment").value_or(""));
    return json_response(200, plans::to_json(review));
  });
  r.add("GET", "/api/v1/reports/{id}/files/{fid}", Access::session, BodyKind::none, [](Context& c) {
    auto f = plans::get_report_file(c.db, c.actor(), path_id(c.req), path_id(c.req, "fid"));
    return file_response(std::move(f.content_type), f.name, std::move(f.bytes));
  });
}

}  // namespace

void add_plan_routes(Router& r) {
  add_plan_document_routes(r);
  add_tracking_routes(r);
  add_task_routes(r);
  add_report_routes(r);
}

}  // namespace pcmt::api
