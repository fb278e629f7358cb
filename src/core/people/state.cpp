#include "core/people/state.hpp"

namespace pcmt::people {

std::string_view state_code(State s) {
  switch (s) {
    case State::none: return "none";
    case State::detected: return "detected";
    case State::under_management: return "under_management";
    case State::addicted: return "addicted";
    case State::registered: return "registered";
    case State::voluntary_home: return "voluntary_home";
    case State::voluntary_facility: return "voluntary_facility";
    case State::substitution: return "substitution";
    case State::compulsory_file: return "compulsory_file";
    case State::compulsory_decided: return "compulsory_decided";
    case State::compulsory_postponed: return "compulsory_postponed";
    case State::compulsory_facility: return "compulsory_facility";
    case State::compulsory_suspended: return "compulsory_suspended";
    case State::compulsory_absconded: return "compulsory_absconded";
    case State::post_rehab_pending: return "post_rehab_pending";
    case State::post_rehab: return "post_rehab";
    case State::ended: return "ended";
    case State::deceased: return "deceased";
  }
  return "";
}

std::string_view state_label_vi(State s) {
  switch (s) {
    case State::none: return "Chưa có hồ sơ";
    case State::detected: return "Đã phát hiện sử dụng trái phép chất ma túy, chưa có quyết định quản lý";
    case State::under_management: return "Đang bị quản lý người sử dụng trái phép chất ma túy";
    case State::addicted: return "Đã xác định nghiện, chưa tham gia cai nghiện";
    case State::registered: return "Đã đăng ký cai nghiện tự nguyện hoặc điều trị thay thế";
    case State::voluntary_home: return "Đang cai nghiện tự nguyện tại gia đình, cộng đồng";
    case State::voluntary_facility: return "Đang cai nghiện tự nguyện tại cơ sở cai nghiện";
    case State::substitution: return "Đang điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế";
    case State::compulsory_file: return "Đang lập hồ sơ đề nghị đưa vào cơ sở cai nghiện bắt buộc";
    case State::compulsory_decided: return "Đã có quyết định của Tòa án, chờ đưa vào cơ sở cai nghiện bắt buộc";
    case State::compulsory_postponed: return "Được hoãn chấp hành quyết định đưa vào cơ sở cai nghiện bắt buộc";
    case State::compulsory_facility: return "Đang cai nghiện bắt buộc tại cơ sở";
    case State::compulsory_suspended: return "Tạm đình chỉ chấp hành quyết định cai nghiện bắt buộc";
    case State::compulsory_absconded: return "Bỏ trốn khỏi cơ sở cai nghiện bắt buộc";
    case State::post_rehab_pending: return "Đã hoàn thành cai nghiện, chờ quyết định quản lý sau cai nghiện";
    case State::post_rehab: return "Đang quản lý sau cai nghiện tại nơi cư trú";
    case State::ended: return "Không thuộc diện quản lý";
    case State::deceased: return "Đã chết";
  }
  return "";
}

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
