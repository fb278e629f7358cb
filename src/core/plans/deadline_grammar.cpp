#include "core/plans/deadline_grammar.hpp"

namespace pcmt::plans {

const std::vector<DueRule>& due_rules() {
  using S = DueShape;
  using G = DueGuard;
  static const std::vector<DueRule> rules = {
      // A day.
      {"ngay {d} / {m} / {y}", S::date, 5, G::not_reference},
      {"ngay {d} - {m} - {y}", S::date, 5, G::not_reference},
      {"ngay {d} thang {m} nam {y}", S::date, 5, G::not_reference},
      {"{d} / {m} / {y}", S::date, 4, G::not_reference},
      {"ngay {d} / {m}", S::date_this_year, 4, G::not_reference},
      {"ngay {d} thang {m}", S::date_this_year, 4, G::not_reference},
      // Every year or month on a day: "trước ngày 15 tháng 12 hằng năm".
      {"ngay {d} thang {m} hang|moi nam", S::yearly_on, 9},
      {"ngay {d} / {m} hang|moi nam", S::yearly_on, 9},
      {"ngay {d} hang|moi thang", S::monthly_on, 9},
      {"{d} / {m} hang|moi nam", S::yearly_on, 9},
      // A month, a quarter, half a year.
      {"thang {m} / {y}", S::month, 5, G::not_reference},
      {"thang {m} nam {y}", S::month, 5, G::not_reference},
      {"trong thang {m} / {y}", S::month, 5, G::not_reference},
      {"trong thang {m} nam {y}", S::month, 5, G::not_reference},
      {"trong thang {m}", S::month_this_year, 3},
      {"quy {q} / {y}", S::quarter, 5},
      {"quy {q} - {y}", S::quarter, 5},
      {"quy {q} nam {y}", S::quarter, 5},
      {"quy {q}", S::quarter_this_year, 4},
      {"6|sau thang dau nam {y}", S::half_year_first, 5},
      {"6|sau thang cuoi nam {y}", S::half_year_second, 5},
      // A year or the end of a period.
      {"den het nam {y}", S::year, 4},
      {"den cuoi nam {y}", S::year, 4},
      {"het nam {y}", S::year, 4},
      {"cuoi nam {y}", S::year, 4},
      {"trong nam {y}", S::year, 4},
      {"den nam {y}", S::year, 4, G::not_in_name},
      {"nam {y}", S::year, 3, G::not_in_name},
      {"giai doan {y} - {y2}", S::period_end, 4, G::not_in_name},
      {"giai doan tu nam {y} den nam {y2}", S::period_end, 4, G::not_in_name},
      {"{y} - {y2}", S::period_end, 3, G::not_in_name},
      // Days from receipt.
      {"trong thoi han {n} ngay", S::relative_days, 8},
      {"trong thoi han {n} ngay lam viec", S::relative_days, 8},
      {"trong vong {n} ngay", S::relative_days, 8},
      {"trong thoi gian {n} ngay", S::relative_days, 8},
      {"cham nhat sau {n} ngay", S::relative_days, 8},
      {"cham nhat {n} ngay", S::relative_days, 8},
      {"{n} ngay ke tu", S::relative_days, 8},
      {"{n} ngay lam viec ke tu", S::relative_days, 8},
      // Recurring.
      {"hang|moi nam", S::every_year, 6, G::not_roadmap},
      {"dinh ky hang nam", S::every_year, 6},
      {"hang|moi quy", S::every_quarter, 6},
      {"dinh ky hang quy", S::every_quarter, 6},
      {"hang|moi thang", S::every_month, 6},
      {"dinh ky hang thang", S::every_month, 6},
      {"dinh ky {n} thang", S::every_n_months, 6},
      {"dinh ky sau thang", S::every_half_year, 6},
      {"hang|moi sau thang", S::every_half_year, 6},
      {"{n} thang mot|1 lan", S::every_n_months, 6},
      {"{n} thang / lan", S::every_n_months, 6},
      {"hang|moi tuan", S::periodic, 5},
      {"dinh ky", S::periodic, 5},
      // Continuous.
      {"thuong xuyen", S::continuous, 2, G::not_expenditure},
      {"lien tuc", S::continuous, 2},
      // Conditional.
      // "=khi": written exactly, so that "khí N2O" (a gas) is no condition.
      {"=sau =khi", S::conditional, 7, G::clause_or_paren},
      {"=khi {Cap}", S::conditional, 7},  // "khi Bộ Công an triển khai": an authority acts first
      {"=khi =có huong dan", S::conditional, 7},
      {"=khi =có chi dao", S::conditional, 7},
      {"=khi =có quyet dinh", S::conditional, 7},
      {"=khi =có van ban", S::conditional, 7},
  };
  return rules;
}

const std::vector<std::string_view>& completion_cues() {
  static const std::vector<std::string_view> cues = {
      "hoan thanh truoc", "hoan thanh trong", "hoan thanh vao", "hoan thanh", "xong truoc", "xong trong",
      "cham nhat la", "cham nhat vao", "cham nhat", "truoc", "han chot", "thoi han", "thoi gian hoan thanh",
      "ket thuc truoc", "thoi gian thuc hien", "thoi gian", "tien do"};
  return cues;
}

}  // namespace pcmt::plans
