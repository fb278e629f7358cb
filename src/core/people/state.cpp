#include "core/people/state.hpp"

namespace pcmt::people {
namespace {

struct StateText {
  std::string_view code, label;
};

// In the order of the enum.
constexpr StateText kStateText[] = {
    {"none", "Chưa có hồ sơ"},
    {"detected", "Đã phát hiện sử dụng trái phép chất ma túy, chưa có quyết định quản lý"},
    {"under_management", "Đang bị quản lý người sử dụng trái phép chất ma túy"},
    {"addicted", "Đã xác định nghiện, chưa tham gia cai nghiện"},
    {"registered", "Đã đăng ký cai nghiện tự nguyện hoặc điều trị thay thế"},
    {"voluntary_home", "Đang cai nghiện tự nguyện tại gia đình, cộng đồng"},
    {"voluntary_facility", "Đang cai nghiện tự nguyện tại cơ sở cai nghiện"},
    {"substitution", "Đang điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế"},
    {"compulsory_file", "Đang lập hồ sơ đề nghị đưa vào cơ sở cai nghiện bắt buộc"},
    {"compulsory_decided", "Đã có quyết định của Tòa án, chờ đưa vào cơ sở cai nghiện bắt buộc"},
    {"compulsory_postponed", "Được hoãn chấp hành quyết định đưa vào cơ sở cai nghiện bắt buộc"},
    {"compulsory_facility", "Đang cai nghiện bắt buộc tại cơ sở"},
    {"compulsory_suspended", "Tạm đình chỉ chấp hành quyết định cai nghiện bắt buộc"},
    {"compulsory_absconded", "Bỏ trốn khỏi cơ sở cai nghiện bắt buộc"},
    {"post_rehab_pending", "Đã hoàn thành cai nghiện, chờ quyết định quản lý sau cai nghiện"},
    {"post_rehab", "Đang quản lý sau cai nghiện tại nơi cư trú"},
    {"ended", "Không thuộc diện quản lý"},
    {"deceased", "Đã chết"},
};
static_assert(std::size(kStateText) == kAllStates.size());

}  // namespace

std::string_view state_code(State s) { return kStateText[static_cast<size_t>(s)].code; }

std::string_view state_label_vi(State s) { return kStateText[static_cast<size_t>(s)].label; }

std::string_view list_code(PersonList l) {
  switch (l) {
    case PersonList::users: return "users";
    case PersonList::addicts: return "addicts";
    case PersonList::post_rehab: return "post_rehab";
  }
  return "";
}

std::vector<PersonList> lists_for(State s) {
  switch (s) {
    case State::under_management:
      return {PersonList::users};
    case State::addicted:
    case State::registered:
    case State::voluntary_home:
    case State::voluntary_facility:
    case State::substitution:
    case State::compulsory_file:
    case State::compulsory_decided:
    case State::compulsory_postponed:
    case State::compulsory_facility:
    case State::compulsory_suspended:
    case State::compulsory_absconded:
      return {PersonList::addicts};
    case State::post_rehab:
      return {PersonList::post_rehab};
    default:
      return {};
  }
}

}  // namespace pcmt::people
