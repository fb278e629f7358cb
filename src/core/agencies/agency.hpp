#pragma once
// An agency of the catalogue (data/reference/agencies.csv): the bodies a plan assigns work to.
#include <string>
#include <string_view>
#include <vector>

namespace pcmt::agencies {

struct Agency {
  std::string code;  // stable ASCII slug: "cong_an_tinh"
  std::string name;  // canonical generic name, without the province: "Công an tỉnh"
  std::string kind;  // so | ban | nganh_doc | doan_the | luc_luong_vu_trang | tu_phap | bao_chi | ubnd | khac
  std::vector<std::string> aliases;

  // A group rather than one body ("Các sở, ban, ngành, đoàn thể cấp tỉnh"): codes "cac_*".
  // A plan may assign work to a group; "phối hợp với các sở, ngành" names no partner.
  bool collective() const { return code.rfind("cac_", 0) == 0; }
};

bool is_agency_kind(std::string_view kind);

}  // namespace pcmt::agencies
