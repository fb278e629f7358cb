#include "app/notify/mail_text.hpp"

#include <cstdio>
#include <utility>
#include <vector>

namespace pcmt::app::notify {
namespace {

std::string dd_mm_yyyy(const std::string& iso) {
  const auto d = calendar::Date::parse(iso);
  if (!d) return iso;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d->day(), d->month(), d->year());
  return buf;
}

}  // namespace

Mail reminder_mail(const Attention& a, const std::string& public_url, const std::string& to, bool daily) {
  const std::vector<std::pair<const char*, int64_t>> lines{
      {"Báo cáo quá hạn", a.reports_overdue},
      {"Báo cáo sắp đến hạn", a.reports_due_soon},
      {"Báo cáo chờ duyệt", a.reports_to_review},
      {"Kết quả duyệt báo cáo chưa đọc", a.notices_unread},
      {"Hạn pháp lý của người trong địa bàn đã quá hạn", a.deadlines_overdue},
      {"Hạn pháp lý đến hạn trong tuần này", a.deadlines_due_this_week},
      {"Đề nghị công nhận xã, phường không ma túy chờ đồng chí xử lý", a.drug_free_waiting},
      {"Nhiệm vụ mới được giao trong 7 ngày qua", a.new_assignments},
  };
  const std::string day = dd_mm_yyyy(a.as_of);
  Mail m;
  m.to = to;
  m.subject = (daily ? "pcmt – Tổng hợp việc cần chú ý ngày " : "pcmt – Có việc mới cần chú ý ngày ") + day;
  m.body = "Kính gửi đồng chí,\n\nTính đến ngày " + day + ", trên pcmt có các việc cần đồng chí chú ý:\n\n";
  for (const auto& [label, count] : lines)
    if (count > 0) m.body += "  - " + std::string(label) + ": " + std::to_string(count) + "\n";
  m.body += "\nĐăng nhập pcmt để xem chi tiết: " + public_url + "/thong-bao\n\n" +
            "Thư này chỉ ghi số lượng, không chứa thông tin cá nhân. Đồng chí có thể tắt thư nhắc việc hoặc chọn "
            "nhận thư tổng hợp hằng ngày tại trang Tài khoản trên pcmt.\n";
  return m;
}

}  // namespace pcmt::app::notify
