#include "core/areas/facts.hpp"

namespace pcmt::areas {

std::vector<std::string> missing_fields(const CommuneFacts& f) {
  std::vector<std::string> out;
  for (const auto& field : kCommuneFactFields)
    if (!field.known(f)) out.emplace_back(field.name);
  return out;
}

}  // namespace pcmt::areas
