// The people import's template: the columns the import recognises, headed by their Vietnamese names
// (the names it finds them by), and how to fill them in.
#include "app/people/import.hpp"
#include "report/xlsx_writer.hpp"

namespace pcmt::app::people {

std::string people_import_template() {
  report::Sheet list{"Danh sach", {}, {}, {}};
  report::Sheet help{"Huong dan", {"Cột", "Cách ghi"}, {}, {26, 80}};
  for (const auto& [field, label] : import_fields()) {
    list.header.push_back(label);
    list.widths.push_back(field == "full_name" || field == "address" ? 28 : 16);
    std::string how = "Chữ";
    if (field == "birth_date" || field == "status_date") how = "Ngày, dạng dd/mm/yyyy (hoặc ô ngày của Excel)";
    else if (field == "personal_id") how = "12 chữ số; ghi ở ô dạng Văn bản để Excel giữ số 0 đầu";
    else if (field == "sex") how = "Nam hoặc Nữ";
    else if (field == "commune") how = "Mã xã, phường (5 chữ số)";
    else if (field == "drug_types" || field == "aliases") how = "Nhiều giá trị cách nhau bằng dấu phẩy";
    else if (field == "stable_residence") how = "Có hoặc Không";
    else if (field == "regime_months") how = "Số tháng";
    help.rows.push_back({label, how});
  }
  return report::write_xlsx({list, help});
}

}  // namespace pcmt::app::people
