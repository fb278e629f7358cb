#pragma once
// Who does a task, read from its words:
//  - the subject: agencies the item opens with ("b) Công an tỉnh", "Sở Y tế: ...",
//    "Giao Công an tỉnh chủ trì ...") lead it; after "Đề nghị" they are requested, not led;
//  - "X chủ trì" or "giao X" in the text also name the lead;
//  - "phối hợp (chặt chẽ) (với) X, Y và Z" names the co-operating agencies;
//  - "đề nghị X" names a requested agency.
// Other mentions ("tham mưu UBND tỉnh", "báo cáo Công an tỉnh") have no role. A group of
// agencies qualified by "liên quan" or "chức năng" names nobody, and a group is never a partner
// ("phối hợp với các sở, ngành" is boilerplate).
#include <string>
#include <string_view>
#include <vector>

#include "core/agencies/agency_catalogue.hpp"

namespace pcmt::plans {

struct RoleAgency {
  std::string name;  // canonical, or the unknown phrase as written
  bool known = true;
};

struct Roles {
  bool has_subject = false;          // the text opens with agencies (or "Đề nghị ..." agencies)
  std::vector<RoleAgency> lead;      // from the subject
  std::vector<RoleAgency> body_lead; // "giao X", "X chủ trì" further in
  std::vector<RoleAgency> cooperating;
  std::vector<RoleAgency> requested; // subject after "Đề nghị", and "đề nghị X" in the text
};

Roles read_roles(std::string_view text, const agencies::AgencyCatalogue& catalogue);

}  // namespace pcmt::plans
