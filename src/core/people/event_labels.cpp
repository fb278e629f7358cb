#include "core/people/event_labels.hpp"

#include <string>
#include <unordered_map>

namespace pcmt::people {
namespace {

using Labels = std::unordered_map<std::string_view, std::string_view>;

const Labels& fields() {
  static const Labels t{
      {"remote_area", "Địa bàn miền núi, hải đảo, vùng sâu, vùng xa"},
      {"sample", "Mẫu xét nghiệm"},
      {"guardian_consent", "Có sự đồng ý của cha, mẹ hoặc người giám hộ"},
      {"substance", "Chất phát hiện"},
      {"stable", "Có nơi cư trú ổn định"},
      {"reason", "Lý do"},
      {"custody_without_facility", "Đang bị tạm giữ, cơ sở y tế phải cử người đến xác định"},
      {"result", "Kết quả xác định"},
      {"criteria", "Các tiêu chuẩn chẩn đoán có biểu hiện"},
      {"duration_met", "Các biểu hiện kéo dài từ 1 tháng hoặc lặp lại trong 12 tháng"},
      {"form", "Hình thức"},
      {"planned_months", "Thời gian dự kiến (tháng, từ 6 đến 12)"},
      {"stages", "Các giai đoạn đã hoàn thành"},
      {"phase", "Giai đoạn điều trị"},
      {"ground", "Căn cứ buộc chấm dứt"},
      {"count", "Số lần"},
      {"within_months", "Trong khoảng (tháng)"},
      {"missed_working_days", "Số ngày làm việc bỏ điều trị"},
      {"consecutive_missed_doses", "Số liều bỏ liên tiếp"},
      {"absent_working_days", "Số ngày làm việc bỏ cai nghiện"},
      {"decision", "Quyết định"},
      {"term_months", "Thời hạn (tháng)"},
      {"place", "Nơi quản lý"},
      {"months", "Số tháng được giảm"},
      {"merit", "Có thành tích, lập công"},
      {"recent_good_months", "Số tháng liền kề được xếp loại khá trở lên"},
      {"inpatient_days", "Số ngày điều trị nội trú"},
      {"days", "Số ngày vắng mặt"},
      {"deadline", "Việc đã thực hiện"},
      {"state", "Chế độ đang áp dụng (ngày của sự kiện: ngày bắt đầu chế độ)"},
      {"records_from", "Ngày bắt đầu theo dõi trên hệ thống"},
      {"reduction_months", "Số tháng đã được giảm"},
      {"completed", "Hình thức cai nghiện đã hoàn thành"},
  };
  return t;
}

// By "field.choice" where the choice alone would be ambiguous, else by the choice.
const Labels& choices() {
  static const Labels t{
      {"urine", "Nước tiểu"},
      {"blood", "Máu"},
      {"sample.other", "Mẫu khác"},
      {"opioid", "Chất dạng thuốc phiện"},
      {"substance.other", "Chất ma túy khác"},
      {"education_at_commune", "Bị áp dụng biện pháp giáo dục tại xã, phường"},
      {"reform_school", "Bị đưa vào trường giáo dưỡng"},
      {"prison", "Bị tạm giữ, tạm giam hoặc chấp hành án phạt tù"},
      {"death", "Chết"},
      {"missing", "Mất tích"},
      {"moved_away", "Chuyển nơi cư trú"},
      {"addicted", "Nghiện ma túy"},
      {"not_addicted", "Không nghiện ma túy"},
      {"observation", "Cần tiếp tục theo dõi, đánh giá"},
      {"home", "Tại gia đình, cộng đồng"},
      {"facility", "Tại cơ sở cai nghiện"},
      {"substitution", "Điều trị thay thế"},
      {"place.home", "Tại gia đình"},
      {"a", "a) Tiếp nhận, phân loại"},
      {"b", "b) Điều trị cắt cơn, giải độc, điều trị rối loạn tâm thần và bệnh lý khác"},
      {"c", "c) Giáo dục, tư vấn, phục hồi hành vi, nhân cách"},
      {"d", "d) Lao động trị liệu, học nghề"},
      {"dd", "đ) Chuẩn bị tái hòa nhập cộng đồng"},
      {"induction", "Dò liều"},
      {"dose_adjustment", "Điều chỉnh liều"},
      {"maintenance", "Duy trì"},
      {"tapering", "Giảm liều"},
      {"completed", "Hoàn thành điều trị"},
      {"forced_termination", "Bị buộc chấm dứt điều trị"},
      {"self_terminated", "Tự ý chấm dứt"},
      {"protocol_breaches", "Vi phạm quy định điều trị nhiều lần"},
      {"positive_opioid_tests", "Dương tính chất dạng thuốc phiện liên tiếp sau giai đoạn duy trì"},
      {"other_drug_positive", "Dương tính với chất ma túy khác"},
      {"disorderly_acts", "Gây rối trật tự tại cơ sở điều trị"},
      {"not_registered", "Không đăng ký cai nghiện"},
      {"not_started", "Đã đăng ký nhưng không thực hiện cai nghiện"},
      {"use_during_rehab", "Sử dụng ma túy trong thời gian cai nghiện tự nguyện"},
      {"substitution_failure", "Bị chấm dứt hoặc tự ý bỏ điều trị thay thế"},
      {"compulsory", "Đưa vào cơ sở cai nghiện bắt buộc"},
      {"rejected", "Không chấp nhận đề nghị"},
      {"state.voluntary_home", "Đang cai nghiện tự nguyện tại gia đình, cộng đồng"},
      {"state.voluntary_facility", "Đang cai nghiện tự nguyện tại cơ sở"},
      {"state.substitution", "Đang điều trị thay thế"},
      {"state.compulsory_facility", "Đang cai nghiện bắt buộc tại cơ sở (ngày: ngày vào cơ sở)"},
      {"state.post_rehab", "Đang quản lý sau cai nghiện (ngày: ngày hoàn thành cai nghiện)"},
      {"completed.voluntary", "Cai nghiện tự nguyện"},
      {"completed.substitution", "Điều trị thay thế"},
      {"completed.compulsory", "Cai nghiện bắt buộc"},
      {"serious_illness", "Đang ốm nặng"},
      {"family_hardship", "Gia đình có khó khăn đặc biệt"},
      // The six criteria of TT 18/2021/TT-BYT Art. 3 (criterion 6 is withdrawal).
      {"criteria.1", "Thèm muốn mạnh mẽ hoặc cảm thấy bắt buộc phải sử dụng"},
      {"criteria.2", "Khó khăn trong kiểm soát hành vi sử dụng"},
      {"criteria.3", "Có hiện tượng dung nạp (tăng liều)"},
      {"criteria.4", "Sao nhãng các thú vui, sở thích trước đây"},
      {"criteria.5", "Tiếp tục sử dụng dù biết rõ tác hại"},
      {"criteria.6", "Có hội chứng cai"},
  };
  return t;
}

std::string_view find(const Labels& t, std::string_view key) {
  const auto it = t.find(key);
  return it == t.end() ? std::string_view() : it->second;
}

}  // namespace

std::string_view field_label_vi(std::string_view field) { return find(fields(), field); }

std::string_view choice_label_vi(std::string_view field, std::string_view choice) {
  const std::string qualified = std::string(field) + "." + std::string(choice);
  if (const auto l = find(choices(), qualified); !l.empty()) return l;
  return find(choices(), choice);
}

}  // namespace pcmt::people
