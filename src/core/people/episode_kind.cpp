#include "core/people/lifecycle.hpp"

namespace pcmt::people {
namespace {

struct EpisodeText {
  std::string_view code, label;
};

// In the order of the enum.
constexpr EpisodeText kEpisodeText[] = {
    {"user_management", "Quản lý người sử dụng trái phép chất ma túy"},
    {"addiction_determination", "Xác định tình trạng nghiện"},
    {"rehab_registration", "Đăng ký cai nghiện"},
    {"voluntary_rehab_home", "Cai nghiện tự nguyện tại gia đình, cộng đồng"},
    {"voluntary_rehab_facility", "Cai nghiện tự nguyện tại cơ sở"},
    {"substitution_treatment", "Điều trị nghiện bằng thuốc thay thế"},
    {"compulsory_file", "Lập hồ sơ cai nghiện bắt buộc"},
    {"compulsory_stay", "Cai nghiện bắt buộc tại cơ sở"},
    {"post_rehab", "Quản lý sau cai nghiện"},
    {"relapse", "Tái nghiện"},
};
static_assert(std::size(kEpisodeText) == static_cast<size_t>(EpisodeKind::relapse) + 1);

}  // namespace

std::string_view episode_kind_code(EpisodeKind k) { return kEpisodeText[static_cast<size_t>(k)].code; }

std::string_view episode_kind_label(EpisodeKind k) { return kEpisodeText[static_cast<size_t>(k)].label; }

}  // namespace pcmt::people
