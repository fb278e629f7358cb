#include "core/people/deadline_rules.hpp"

#include <stdexcept>
#include <string>

namespace pcmt::people {
namespace {

std::vector<DeadlineRule> build() {
  return {
      // Rule 11 (ND 105/2021 Arts. 41–42; Law 73/2021 Art. 23.4); Law 120/2025: 24 h (UNCONFIRMED).
      {"user_management.residence_verification", "Xác minh nơi cư trú",
       {"user_management.residence_verification_wd"}, {"residence_verified"}},
      {"user_management.notice", "Thông báo cho Chủ tịch UBND cấp xã (Mẫu 04)", {"user_management.notice_wd"},
       {"commune_notified"}},
      {"user_management.decision", "Ra quyết định quản lý (Mẫu 07)", {"user_management.decision_wd"},
       {"user_management_decision"}},
      {"user_management.decision_after_positive", "Quyết định và tổ chức quản lý kể từ khi có kết quả dương tính",
       {"user_management.decision_hours_after_positive"}, {"user_management_decision"}},
      // Rules 13–15.
      {"user_management.residence_check", "Kiểm tra nơi cư trú trong tháng", {"user_management.residence_check_interval_months"},
       {"residence_check"}, false, true},
      {"user_management.end", "Hết thời hạn quản lý, ra quyết định chấm dứt (Mẫu 10)", {"user_management.duration_months"},
       {"user_management_end"}},
      {"user_management.stop_end_notice", "Gửi quyết định dừng / chấm dứt quản lý", {"user_management.stop_end_notice_wd"},
       {"deadline_met"}},
      {"user_management.move_transfer", "Chuyển hồ sơ, thông báo Công an nơi đến khi thay đổi nơi cư trú",
       {"user_management.move_transfer_wd"}, {"deadline_met"}},
      {"user_management.move_transfer_24h", "Thông báo Công an nơi đến khi thay đổi nơi cư trú",
       {"user_management.move_transfer_hours"}, {"deadline_met"}},
      {"user_management.report_new_residence", "Người sử dụng trình báo Công an cấp xã nơi đến",
       {"user_management.report_new_residence_hours"}, {"deadline_met"}},
      // Rule 16.
      {"addiction.result", "Trả kết quả xác định tình trạng nghiện", {"addiction.result_days"}, {"addiction_result"}},
      {"addiction.staff_dispatch", "Cơ sở y tế cử người đến nơi tạm giữ", {"addiction.staff_dispatch_hours"},
       {"deadline_met"}},
      // Rule 18.
      {"registration.deadline", "Đăng ký cai nghiện tự nguyện / điều trị thay thế", {"registration.deadline_wd"},
       {"registration", "rehab_start"}},
      {"registration.decision", "Thẩm định và quyết định hình thức cai nghiện (Mẫu 24)", {"registration.decision_wd"},
       {"rehab_decision"}},
      {"registration.start", "Bắt đầu cai nghiện / điều trị theo quyết định", {"registration.start_wd"}, {"rehab_start"}},
      // Rule 19.
      {"voluntary_rehab.planned_end", "Dự kiến kết thúc cai nghiện tự nguyện", {}, {"rehab_complete"}, false, false,
       "planned_months của sự kiện rehab_start (Luật 73/2021 Điều 30.2, 31.1)"},
      {"voluntary_rehab.provider_notice", "Đơn vị cai nghiện thông báo cho UBND cấp xã", {"voluntary_rehab.provider_notice_wd"},
       {"deadline_met"}},
      // Rule 29.
      {"substitution.facility_notice", "Cơ sở điều trị thay thế thông báo cho Chủ tịch UBND cấp xã",
       {"substitution.facility_notice_wd"}, {"deadline_met"}},
      // Rule 22.
      {"compulsory.file_compile", "Lập hồ sơ đề nghị áp dụng biện pháp cai nghiện bắt buộc", {"compulsory.file_compile_wd"},
       {"compulsory_file_compiled"}},
      {"compulsory.file_forward", "Chuyển hồ sơ sau thời hạn đọc hồ sơ",
       {"compulsory.file_read_wd", "compulsory.file_forward_wd"}, {"compulsory_file_forwarded"}},
      {"compulsory.file_check", "Kiểm tra tính pháp lý của hồ sơ (LĐTBXH, trước 01/3/2025)", {"compulsory.file_check_wd"},
       {"deadline_met"}},
      {"compulsory.court_reply", "Trả lời yêu cầu của Tòa án", {"compulsory.court_reply_wd"}, {"deadline_met"}},
      {"compulsory.escort", "Đưa người vào cơ sở cai nghiện bắt buộc", {"compulsory.escort_days"}, {"compulsory_admission"}},
      {"compulsory.escort_extended", "Đưa người vào cơ sở (đã gia hạn do cơ sở không đủ chỗ)",
       {"compulsory.escort_extension_max_months"}, {"compulsory_admission"}},
      // Rule 23, 26.
      {"compulsory.term_end", "Hết thời hạn cai nghiện bắt buộc", {}, {"compulsory_release"}, false, false,
       "term_months của quyết định Tòa án; trừ thời gian quản lý tại cơ sở khi lập hồ sơ (NĐ 116/2021 Điều 44–49), "
       "không tính thời gian bỏ trốn (Điều 56.4) và tạm đình chỉ, trừ thời gian được giảm (Điều 58)"},
      {"compulsory.release_notice", "Thông báo trước khi hết thời hạn cai nghiện bắt buộc",
       {"compulsory.release_notice_days"}, {"deadline_met"}, true},
      {"compulsory.review", "Xét giảm thời hạn định kỳ", {"compulsory.review_interval_months"}, {"compulsory_review"},
       false, true},
      {"compulsory.return_report", "Trình báo UBND và Công an cấp xã sau khi về nơi cư trú", {"compulsory.return_report_wd"},
       {"post_rehab_report"}},
      // Rule 24.
      {"post_rehab.proposal", "Công an cấp xã đề nghị quản lý sau cai (Mẫu 50)", {"post_rehab.proposal_wd"},
       {"post_rehab_proposal"}},
      {"post_rehab.decision", "Quyết định quản lý sau cai (Mẫu 51)", {"post_rehab.decision_wd"}, {"post_rehab_decision"}},
      {"post_rehab.end", "Hết thời hạn quản lý sau cai nghiện", {"post_rehab.duration_months"}, {"post_rehab_end"}},
      {"post_rehab.end_adult_compulsory", "Hết thời hạn quản lý sau cai nghiện bắt buộc (người thành niên)",
       {"post_rehab.adult_compulsory_duration_months"}, {"post_rehab_end"}},
      {"post_rehab.move_notice", "Thông báo Công an nơi đến (Mẫu 53)", {"post_rehab.move_notice_wd"}, {"deadline_met"}},
  };
}

}  // namespace

const std::vector<DeadlineRule>& deadline_rules() {
  static const std::vector<DeadlineRule> table = build();
  return table;
}

const DeadlineRule& deadline_rule(std::string_view kind) {
  for (const auto& r : deadline_rules())
    if (r.kind == kind) return r;
  throw std::out_of_range("no deadline rule " + std::string(kind));
}

}  // namespace pcmt::people
