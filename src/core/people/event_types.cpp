#include "core/people/event_types.hpp"

#include <algorithm>

namespace pcmt::people {
namespace {

using S = State;
using K = FieldKind;

std::vector<State> every_state_but(std::initializer_list<State> excluded) {
  std::vector<State> out;
  for (State s : kAllStates)
    if (std::find(excluded.begin(), excluded.end(), s) == excluded.end()) out.push_back(s);
  return out;
}

// Where an addiction determination can be requested (Law 73/2021 Art. 27.1 cases a–đ).
const std::vector<State> kAssessable = {S::none, S::detected, S::under_management, S::post_rehab, S::ended};

std::vector<EventTypeSpec> build() {
  return {
      // --- Detection and illegal-user management (Law 73/2021 Arts. 22–26; ND 105/2021 Arts. 41–48)
      {"positive_test", "Xét nghiệm dương tính / phát hiện sử dụng trái phép chất ma túy",
       "Luật 73/2021 Điều 22; NĐ 105/2021 Điều 38, 41, 46",
       {S::none, S::ended, S::under_management, S::voluntary_home, S::voluntary_facility, S::substitution, S::post_rehab},
       {{"remote_area", K::boolean},
        {"sample", K::choice, false, {"urine", "blood", "other"}},
        {"guardian_consent", K::boolean},
        {"substance", K::choice, false, {"opioid", "other"}}}},
      {"residence_verified", "Kết quả xác minh nơi cư trú", "NĐ 105/2021 Điều 41", {S::detected},
       {{"stable", K::boolean, true}}},
      {"commune_notified", "Thông báo cho Chủ tịch UBND cấp xã (Mẫu 04)", "NĐ 105/2021 Điều 41.5–41.6", {S::detected}},
      {"user_management_decision", "Quyết định quản lý người sử dụng trái phép chất ma túy (Mẫu 07)",
       "Luật 73/2021 Điều 23; NĐ 105/2021 Điều 42–43", {S::none, S::detected, S::under_management, S::ended},
       {{"records_from", K::date}}},
      {"residence_check", "Kiểm tra, cập nhật nơi cư trú hằng tháng", "Luật 73/2021 Điều 26.2; NĐ 105/2021 Điều 47",
       {S::under_management}},
      {"residence_moved", "Thay đổi nơi cư trú", "Luật 73/2021 Điều 26.2, 43.2; NĐ 105/2021 Điều 47; NĐ 116/2021 Điều 79",
       {S::under_management, S::post_rehab}},
      {"user_management_stop", "Quyết định dừng quản lý (Mẫu 09)", "Luật 73/2021 Điều 23.5; NĐ 105/2021 Điều 48.1",
       {S::under_management},
       {{"reason", K::choice, true, {"education_at_commune", "reform_school", "prison", "death", "missing"}}}},
      {"user_management_end", "Quyết định chấm dứt quản lý khi hết thời hạn (Mẫu 10)", "NĐ 105/2021 Điều 48.2",
       {S::under_management}},

      // --- Addiction determination (Law Art. 27; ND 109/2021; TT 18/2021/TT-BYT)
      {"addiction_request", "Đề nghị xác định tình trạng nghiện (cơ sở y tế tiếp nhận người)",
       "Luật 73/2021 Điều 27; NĐ 109/2021 Điều 4–7", kAssessable, {{"custody_without_facility", K::boolean}}},
      {"addiction_result", "Kết quả xác định tình trạng nghiện", "Luật 73/2021 Điều 27; TT 18/2021/TT-BYT Điều 3–5",
       kAssessable,
       {{"result", K::choice, false, {"addicted", "not_addicted", "observation"}},
        {"criteria", K::integer_list},
        {"duration_met", K::boolean}}},

      // --- Registration, voluntary rehab, substitution (Law Arts. 28–31, 41; ND 116/2021 Arts. 3, 28–38)
      {"registration", "Đăng ký cai nghiện tự nguyện / điều trị thay thế (Mẫu 22)", "NĐ 116/2021 Điều 28",
       {S::addicted}, {{"form", K::choice, true, {"home", "facility", "substitution"}}}},
      {"rehab_decision", "Quyết định cai nghiện tại gia đình, cộng đồng hoặc điều trị thay thế (Mẫu 24)",
       "NĐ 116/2021 Điều 30", {S::registered}, {{"form", K::choice, true, {"home", "substitution"}}}},
      {"rehab_start", "Bắt đầu cai nghiện tự nguyện / điều trị thay thế", "Luật 73/2021 Điều 30–31, 41; NĐ 116/2021 Điều 3.3–3.4",
       {S::addicted, S::registered},
       {{"form", K::choice, true, {"home", "facility", "substitution"}},
        {"planned_months", K::integer},
        {"guardian_consent", K::boolean}}},
      {"rehab_complete", "Hoàn thành cai nghiện tự nguyện (Mẫu 26a/26b)", "Luật 73/2021 Điều 29–31; NĐ 116/2021 Điều 32, 38",
       {S::voluntary_home, S::voluntary_facility}, {{"stages", K::choice_list, false, {"a", "b", "c", "d", "dd"}}}},
      {"substitution_phase", "Chuyển giai đoạn điều trị thay thế", "NĐ 90/2016/NĐ-CP", {S::substitution},
       {{"phase", K::choice, true, {"induction", "dose_adjustment", "maintenance", "tapering"}}}},
      {"substitution_stop", "Dừng điều trị thay thế", "NĐ 90/2016/NĐ-CP; NĐ 116/2021 Điều 3.5, 28.2", {S::substitution},
       {{"reason", K::choice, true, {"completed", "forced_termination", "self_terminated", "prison", "death"}},
        {"ground", K::choice, false, {"protocol_breaches", "positive_opioid_tests", "other_drug_positive", "disorderly_acts"}},
        {"count", K::integer},
        {"within_months", K::integer},
        {"missed_working_days", K::integer},
        {"consecutive_missed_doses", K::integer}}},
      {"violation_report", "Biên bản vi phạm (Mẫu 27), căn cứ lập hồ sơ cai nghiện bắt buộc",
       "Luật 73/2021 Điều 32–33; NĐ 116/2021 Điều 3, 33",
       {S::addicted, S::registered, S::voluntary_home, S::voluntary_facility},
       {{"reason", K::choice, true, {"not_registered", "not_started", "self_terminated", "use_during_rehab", "substitution_failure"}},
        {"absent_working_days", K::integer}}},

      // --- Compulsory rehab file and stay (Law Arts. 32–39; ND 116/2021 Arts. 40–62; TTLT 03/2025)
      {"compulsory_file_compiled", "Lập xong hồ sơ đề nghị, thông báo cho người bị đề nghị", "NĐ 116/2021 Điều 40–42; TTLT 03/2025 Điều 7",
       {S::compulsory_file}},
      {"compulsory_file_forwarded", "Chuyển hồ sơ đề nghị (cho Tòa án từ 01/3/2025)", "NĐ 116/2021 Điều 42–43; TTLT 03/2025 Điều 8",
       {S::compulsory_file}},
      {"court_query", "Tòa án yêu cầu giải trình, bổ sung", "TTLT 03/2025 Điều 8", {S::compulsory_file}},
      {"court_decision", "Quyết định của Tòa án", "Luật 73/2021 Điều 32–34; Pháp lệnh 08/2025/UBTVQH15", {S::compulsory_file},
       {{"decision", K::choice, true, {"compulsory", "rejected"}}, {"term_months", K::integer}}},
      {"pending_management_start", "Quản lý trong thời gian lập hồ sơ (tại gia đình hoặc cơ sở)", "NĐ 116/2021 Điều 44–49",
       {S::compulsory_file, S::compulsory_decided}, {{"place", K::choice, true, {"home", "facility"}}}},
      {"compulsory_admission_deferred", "Gia hạn đưa vào cơ sở do cơ sở không đủ chỗ", "NĐ 116/2021 Điều 54",
       {S::compulsory_decided}},
      {"compulsory_postponed", "Hoãn chấp hành quyết định", "NĐ 116/2021 Điều 57", {S::compulsory_decided},
       {{"reason", K::choice, false, {"serious_illness", "family_hardship"}}}},
      {"compulsory_exempted", "Miễn chấp hành quyết định / thời hạn còn lại", "NĐ 116/2021 Điều 57–58; Luật 73/2021 Điều 39",
       {S::compulsory_decided, S::compulsory_postponed, S::compulsory_facility, S::compulsory_suspended},
       {{"reason", K::text}}},
      {"compulsory_admission", "Đưa vào cơ sở cai nghiện bắt buộc", "NĐ 116/2021 Điều 54",
       {S::compulsory_decided, S::compulsory_postponed}},
      {"compulsory_review", "Xét giảm thời hạn định kỳ", "Luật 73/2021 Điều 39; NĐ 116/2021 Điều 58", {S::compulsory_facility}},
      {"compulsory_reduction", "Giảm thời hạn chấp hành", "Luật 73/2021 Điều 39; NĐ 116/2021 Điều 58", {S::compulsory_facility},
       {{"months", K::integer, true}, {"merit", K::boolean}, {"recent_good_months", K::integer, true}}},
      {"compulsory_suspension", "Tạm đình chỉ chấp hành do điều trị nội trú", "NĐ 116/2021 Điều 58", {S::compulsory_facility},
       {{"inpatient_days", K::integer, true}}},
      {"compulsory_resumption", "Tiếp tục chấp hành sau tạm đình chỉ", "NĐ 116/2021 Điều 58", {S::compulsory_suspended}},
      {"compulsory_absconded", "Bỏ trốn khỏi cơ sở", "NĐ 116/2021 Điều 56.4", {S::compulsory_facility}},
      {"compulsory_returned", "Trở lại cơ sở sau bỏ trốn", "NĐ 116/2021 Điều 56.4", {S::compulsory_absconded}},
      {"compulsory_release", "Chấp hành xong, cấp giấy chứng nhận (Mẫu 46)", "NĐ 116/2021 Điều 62", {S::compulsory_facility}},

      // --- Post-rehab management (Law Arts. 40, 43; ND 116/2021 Arts. 77–82)
      {"post_rehab_report", "Người hoàn thành cai nghiện trình báo UBND, Công an cấp xã", "NĐ 116/2021 Điều 62, 77",
       {S::post_rehab_pending}},
      {"post_rehab_proposal", "Công an cấp xã đề nghị quản lý sau cai (Mẫu 50)", "NĐ 116/2021 Điều 77", {S::post_rehab_pending}},
      {"post_rehab_decision", "Quyết định quản lý sau cai nghiện (Mẫu 51)", "Luật 73/2021 Điều 40; NĐ 116/2021 Điều 78",
       {S::post_rehab_pending}},
      {"unreported_absence", "Vắng mặt không trình báo", "NĐ 116/2021 Điều 79.1.b", {S::post_rehab},
       {{"days", K::integer, true}}},
      {"post_rehab_end", "Hết thời hạn quản lý sau cai, cấp giấy chứng nhận (Mẫu 54)", "NĐ 116/2021 Điều 81", {S::post_rehab}},
      {"post_rehab_removal", "Đưa ra khỏi danh sách quản lý sau cai", "Luật 73/2021 Điều 43.3", {S::post_rehab},
       {{"reason", K::choice, true, {"prison", "moved_away", "death", "missing"}}}},

      // --- Taking over a person already under a regime (filling the registry from existing books)
      {"taken_over", "Tiếp nhận người đang trong diện quản lý từ sổ theo dõi hiện có",
       "Luật 73/2021 Điều 30, 31, 33, 40, 41 (chế độ đang áp dụng)", {S::none},
       {{"state", K::choice, true, {"voluntary_home", "voluntary_facility", "substitution", "compulsory_facility", "post_rehab"}},
        {"records_from", K::date},
        {"planned_months", K::integer},
        {"phase", K::choice, false, {"induction", "dose_adjustment", "maintenance", "tapering"}},
        {"term_months", K::integer},
        {"reduction_months", K::integer},
        {"completed", K::choice, false, {"voluntary", "substitution", "compulsory"}}}},

      // --- Any time
      {"death", "Chết", "Luật 73/2021 Điều 23.5, 43.3", every_state_but({S::deceased})},
      {"deadline_met", "Đã thực hiện một việc có thời hạn (thông báo, chuyển hồ sơ, ...)", "", every_state_but({S::none}),
       {{"deadline", K::text, true}}},
  };
}

}  // namespace

const std::vector<EventTypeSpec>& event_types() {
  static const std::vector<EventTypeSpec> table = build();
  return table;
}

const EventTypeSpec* find_event_type(std::string_view type) {
  for (const auto& spec : event_types())
    if (spec.type == type) return &spec;
  return nullptr;
}

bool allowed_from(const EventTypeSpec& spec, State s) {
  return std::find(spec.from.begin(), spec.from.end(), s) != spec.from.end();
}

}  // namespace pcmt::people
