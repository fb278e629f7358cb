#include "app/plans/other_province.hpp"

#include "app/error.hpp"
#include "core/plans/issuing_province.hpp"

namespace pcmt::app::plans {
namespace {

using agencies::Province;

const Province* other_province(const Actor& actor, const std::string& province_code, const std::string& issuer) {
  const Province* issuing = nullptr;
  if (!province_code.empty()) {
    issuing = agencies::province_by_code(province_code);
    if (!issuing)
      throw bad_request("plan.province_invalid", "Mã tỉnh ban hành không có trong danh mục 34 tỉnh, thành phố",
                        "document.province_code");
  } else {
    issuing = pcmt::plans::province_named(issuer);
  }
  // A user without a province (none today) has nothing to compare with.
  if (!issuing || actor.province_code.empty() || issuing->code == actor.province_code) return nullptr;
  return issuing;
}

// "tỉnh Đồng Nai", "Thành phố Hà Nội" as a sentence names them.
std::string spoken(const Province* p) {
  if (!p) return "tỉnh của bạn";
  return p->name.starts_with("Thành phố") ? "thành phố" + p->name.substr(std::string("Thành phố").size()) : "tỉnh " + p->name;
}

std::string message(const Actor& actor, const Province& issuing) {
  return "Kế hoạch này do " + spoken(&issuing) + " ban hành, không phải " +
         spoken(agencies::province_by_code(actor.province_code)) +
         ". Kiểm tra lại tệp; nếu đúng là cần lưu kế hoạch của địa phương khác, hãy xác nhận trước khi lưu.";
}

}  // namespace

boost::json::value other_province_json(const Actor& actor, const std::string& province_code, const std::string& issuer) {
  const Province* p = other_province(actor, province_code, issuer);
  if (!p) return nullptr;
  return boost::json::object{{"code", p->code}, {"name", p->name}, {"message", message(actor, *p)}};
}

void require_own_province_or_confirmed(const Actor& actor, const PlanInput& in) {
  const Province* p = other_province(actor, in.province_code, in.issuer);
  if (p && !in.confirm_other_province)
    throw Error(ErrorKind::refused, "plan.other_province", message(actor, *p), "document.province_code");
}

}  // namespace pcmt::app::plans
