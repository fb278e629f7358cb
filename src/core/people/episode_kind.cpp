#include "core/people/lifecycle.hpp"

namespace pcmt::people {

std::string_view episode_kind_code(EpisodeKind k) {
  switch (k) {
    case EpisodeKind::user_management: return "user_management";
    case EpisodeKind::addiction_determination: return "addiction_determination";
    case EpisodeKind::rehab_registration: return "rehab_registration";
    case EpisodeKind::voluntary_rehab_home: return "voluntary_rehab_home";
    case EpisodeKind::voluntary_rehab_facility: return "voluntary_rehab_facility";
    case EpisodeKind::substitution_treatment: return "substitution_treatment";
    case EpisodeKind::compulsory_file: return "compulsory_file";
    case EpisodeKind::compulsory_stay: return "compulsory_stay";
    case EpisodeKind::post_rehab: return "post_rehab";
    case EpisodeKind::relapse: return "relapse";
  }
  return "";
}

std::string_view episode_kind_label(EpisodeKind k) {
  switch (k) {
    case EpisodeKind::user_management: return "Quản lý người sử dụng trái phép chất ma túy";
    case EpisodeKind::addiction_determination: return "Xác định tình trạng nghiện";
    case EpisodeKind::rehab_registration: return "Đăng ký cai nghiện";
    case EpisodeKind::voluntary_rehab_home: return "Cai nghiện tự nguyện tại gia đình, cộng đồng";
    case EpisodeKind::voluntary_rehab_facility: return "Cai nghiện tự nguyện tại cơ sở";
    case EpisodeKind::substitution_treatment: return "Điều trị nghiện bằng thuốc thay thế";
    case EpisodeKind::compulsory_file: return "Lập hồ sơ cai nghiện bắt buộc";
    case EpisodeKind::compulsory_stay: return "Cai nghiện bắt buộc tại cơ sở";
    case EpisodeKind::post_rehab: return "Quản lý sau cai nghiện";
    case EpisodeKind::relapse: return "Tái nghiện";
  }
  return "";
}

}  // namespace pcmt::people
