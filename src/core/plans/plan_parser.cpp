#include "core/plans/plan_parser.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/plans/deadline.hpp"
#include "core/plans/document_text.hpp"
#include "core/plans/header.hpp"
#include "core/plans/issuing_province.hpp"
#include "core/plans/outline.hpp"
#include "core/plans/roles.hpp"
#include "core/plans/section_title.hpp"
#include "core/plans/targets.hpp"
#include "core/text/normalize.hpp"
#include "core/text/words.hpp"

namespace pcmt::plans {
namespace {

using agencies::AgencyCatalogue;
using text::fold;

// Section titles that assign work, and titles that only explain it.
constexpr std::array<std::string_view, 8> kTaskSections = {"nhiem vu", "giai phap", "to chuc thuc hien", "phan cong",
                                                           "trach nhiem", "noi dung", "hoat dong", "giao"};
// (A section naming neither list, "KINH PHÍ" or "CHẾ ĐỘ BÁO CÁO", keeps the tasks that name an agency.)
constexpr std::array<std::string_view, 11> kOtherSections = {"muc dich", "yeu cau", "muc tieu", "quan diem", "can cu",
                                                             "tinh hinh", "ket qua", "danh gia", "su can thiet",
                                                             "pham vi", "doi tuong"};

// Items that describe their parent rather than being tasks: "- Cơ quan chủ trì: Sở Y tế",
// "- Thời gian hoàn thành: Quý III/2025".
constexpr std::array<std::string_view, 20> kAttributeLabels = {
    "co quan chu tri", "don vi chu tri",   "chu tri",        "co quan phoi hop", "don vi phoi hop",
    "phoi hop",        "co quan thuc hien", "don vi thuc hien", "thoi gian thuc hien", "thoi gian hoan thanh",
    "thoi gian",       "thoi han",         "tien do",        "kinh phi",         "nguon kinh phi",
    "san pham",        "ket qua",          "hinh thuc",      "dia diem",         "doi tuong"};

bool is_attribute(const OutlineNode& node) {
  const size_t colon = node.heading.find(':');
  if (colon == std::string::npos || colon > 48) return false;
  const std::string label = fold(node.heading.substr(0, colon));
  return std::find(kAttributeLabels.begin(), kAttributeLabels.end(), text::trim(label)) != kAttributeLabels.end();
}

bool contains_any(const std::string& folded, const auto& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return folded.find(p) != std::string::npos; });
}

// Whether the tasks of a top-level section count: all of them under "NHIỆM VỤ, GIẢI PHÁP",
// none under "MỤC ĐÍCH, YÊU CẦU", and under another title ("KINH PHÍ", "CHẾ ĐỘ BÁO CÁO", an
// appendix) only those that name an agency.
enum class SectionRole { tasks, tasks_with_agencies, no_tasks };

SectionRole section_role(const OutlineNode& section) {
  const std::string title = fold(section.heading);
  if (contains_any(title, kTaskSections)) return SectionRole::tasks;
  if (contains_any(title, kOtherSections)) return SectionRole::no_tasks;
  return SectionRole::tasks_with_agencies;
}

// What a task takes from the headings above it.
struct Inherited {
  std::vector<RoleAgency> lead;
  std::vector<RoleAgency> requested;
  std::vector<RoleAgency> cooperating;
  std::optional<FoundDue> due;
  std::vector<std::string> section;  // titles of the headings on the way, outermost first
};

// What the items under a heading inherit: its lead (its own subject replaces the one above), the
// partners of every heading on the way, and the nearest deadline.
Inherited beneath(const Inherited& above, const Roles& heading, const std::optional<FoundDue>& due) {
  Inherited next = above;
  if (heading.has_subject || !heading.body_lead.empty()) {
    next.lead = heading.has_subject ? heading.lead : heading.body_lead;
    next.requested = heading.requested;
  } else {
    next.requested.insert(next.requested.end(), heading.requested.begin(), heading.requested.end());
  }
  next.cooperating.insert(next.cooperating.end(), heading.cooperating.begin(), heading.cooperating.end());
  if (due) next.due = due;
  return next;
}

void append_unique(std::vector<std::string>& out, const std::vector<RoleAgency>& add,
                   const std::vector<std::string>& exclude_a = {}, const std::vector<std::string>& exclude_b = {}) {
  for (const auto& a : add) {
    const auto has = [&](const std::vector<std::string>& v) { return std::find(v.begin(), v.end(), a.name) != v.end(); };
    if (!has(out) && !has(exclude_a) && !has(exclude_b)) out.push_back(a.name);
  }
}

class PlanBuilder {
 public:
  PlanBuilder(const AgencyCatalogue& catalogue, DeadlineContext context) : cat_(catalogue), ctx_(context) {}

  void section(const OutlineNode& node, const Inherited& above) {
    // Attribute items belong to the text of their parent; the other children are its tasks.
    std::string text = node.own_text();
    std::vector<const OutlineNode*> children;
    for (const auto& child : node.children) {
      if (is_attribute(child)) {
        text += '\n';
        text += child.own_text();
      } else {
        children.push_back(&child);
      }
    }
    Roles roles = read_roles(text, cat_);
    // "III. TỔ CHỨC THỰC HIỆN" over "Các sở, ban, ngành ... xây dựng kế hoạch": the paragraph
    // under a title names who does it.
    if (!roles.has_subject && !node.body.empty()) {
      Roles body = read_roles(node.body.front(), cat_);
      if (body.has_subject) {
        roles.has_subject = true;
        roles.lead = std::move(body.lead);
        roles.requested.insert(roles.requested.end(), body.requested.begin(), body.requested.end());
      }
    }
    const auto due = find_deadline(text, ctx_, &cat_);
    if (children.empty()) {
      if (!split_paragraphs(node, above)) add_task(node.ref, text, roles, due, above);
      return;
    }
    Inherited next = beneath(above, roles, due);
    enter(next, node);
    for (const auto* child : children) section(*child, next);
  }

  // Under a section of no clear purpose, only tasks that name an agency are tasks.
  void require_agencies(bool on) { require_agencies_ = on; }

  std::vector<Task> take_tasks() { return std::move(tasks_); }
  std::vector<std::string> take_unknown() { return std::move(unknown_); }

 private:
  const AgencyCatalogue& cat_;
  DeadlineContext ctx_;
  std::vector<Task> tasks_;
  std::vector<std::string> unknown_;
  bool require_agencies_ = false;

  static void enter(Inherited& next, const OutlineNode& node) {
    if (std::string title = section_title(node); !title.empty()) next.section.push_back(std::move(title));
  }

  // A leaf holding several paragraphs that each open with an agency ("Giao Công an tỉnh ...",
  // "Sở Tài chính ...") is several tasks: N.1, N.2, ...
  bool split_paragraphs(const OutlineNode& node, const Inherited& above) {
    if (node.body.size() < 2) return false;
    std::vector<std::string> parts;  // a paragraph opening with an agency, and those that follow it
    size_t with_subject = 0;
    for (const auto& p : node.body) {
      const bool opens = read_roles(p, cat_).has_subject;
      with_subject += opens;
      if (opens || parts.empty()) parts.push_back(p);
      else parts.back().append(1, '\n').append(p);
    }
    if (with_subject < 2) return false;
    Inherited under = beneath(above, read_roles(node.heading, cat_), find_deadline(node.heading, ctx_, &cat_));
    enter(under, node);
    for (size_t k = 0; k < parts.size(); ++k)
      add_task(node.ref + "." + std::to_string(k + 1), parts[k], read_roles(parts[k], cat_),
               find_deadline(parts[k], ctx_, &cat_), under);
    return true;
  }

  void add_task(const std::string& ref, const std::string& text, const Roles& roles, const std::optional<FoundDue>& due,
                const Inherited& above) {
    Task t;
    t.ref = ref;
    t.section = above.section;
    t.text = text;
    const std::vector<RoleAgency>* lead = &above.lead;
    std::vector<RoleAgency> requested = roles.requested;
    if (roles.has_subject) {
      lead = &roles.lead;
    } else {
      if (!roles.body_lead.empty()) lead = &roles.body_lead;
      requested.insert(requested.begin(), above.requested.begin(), above.requested.end());
    }
    append_unique(t.lead, *lead);
    append_unique(t.requested, requested, t.lead);
    std::vector<RoleAgency> cooperating = roles.cooperating;
    cooperating.insert(cooperating.end(), above.cooperating.begin(), above.cooperating.end());
    append_unique(t.cooperating, cooperating, t.lead, t.requested);
    if (require_agencies_ && t.lead.empty() && t.requested.empty() && t.cooperating.empty()) return;
    if (due) t.due = due->due;
    else if (above.due) t.due = above.due->due;
    for (const std::vector<RoleAgency>* list : {lead, &std::as_const(requested), &std::as_const(cooperating)})
      for (const auto& a : *list)
        if (!a.known && std::find(unknown_.begin(), unknown_.end(), a.name) == unknown_.end()) unknown_.push_back(a.name);
    tasks_.push_back(std::move(t));
  }
};

// The plan's own year from its title: "Kế hoạch phòng, chống ma túy năm 2021".
std::optional<int> title_year(const std::string& title) {
  const text::Words w(title);
  std::optional<int> year;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w.key_is(i, "giai") || w.phrase_at(i, "den nam")) return std::nullopt;
    if (w.key_is(i, "nam") && w[i + 1].digits) {
      if (year) return std::nullopt;
      year = std::atoi(w[i + 1].key.c_str());
    }
  }
  return year;
}

void collect_paragraphs(const OutlineNode& node, std::vector<std::string>& out) {
  if (!node.heading.empty()) out.push_back(node.heading);
  out.insert(out.end(), node.body.begin(), node.body.end());
  for (const auto& c : node.children) collect_paragraphs(c, out);
}

}  // namespace

ParsedPlan parse_plan_paragraphs(const std::vector<std::string>& paragraphs, const AgencyCatalogue& catalogue) {
  const Outline outline = build_outline(paragraphs);
  ParsedPlan plan;
  plan.document = read_header(outline.front);
  if (const auto* p = issuing_province(plan.document)) {
    plan.document.province_code = p->code;
    plan.document.province_name = p->name;
  }

  DeadlineContext context;
  if (!plan.document.date.empty()) context.issued = calendar::Date::parse(plan.document.date);
  context.year = plan.document.year;

  std::vector<std::string> paragraphs_of_body;
  collect_paragraphs(outline.root, paragraphs_of_body);
  plan.targets = find_targets(paragraphs_of_body, title_year(plan.document.title));

  // A decision carries its plan after the signature; the plan holds the tasks.
  const Outline& tasks_from = !outline.attached.empty() && (plan.document.kind == "quyet_dinh" || outline.root.children.empty())
                            ? outline.attached.front()
                            : outline;
  if (&tasks_from != &outline) {
    std::vector<std::string> attached_paragraphs;
    collect_paragraphs(tasks_from.root, attached_paragraphs);
    for (auto& t : find_targets(attached_paragraphs, title_year(plan.document.title)))
      if (std::none_of(plan.targets.begin(), plan.targets.end(), [&](const Target& o) { return o.value == t.value && o.unit == t.unit && o.year == t.year; }))
        plan.targets.push_back(std::move(t));
  }

  PlanBuilder builder(catalogue, context);
  const Inherited none;
  if (tasks_from.root.children.empty()) {
    builder.section(tasks_from.root, none);  // a plan without numbered sections
  } else {
    for (const auto& section : tasks_from.root.children) {
      const SectionRole role = section_role(section);
      if (role == SectionRole::no_tasks) continue;
      builder.require_agencies(role == SectionRole::tasks_with_agencies);
      builder.section(section, none);
    }
  }
  plan.tasks = builder.take_tasks();
  plan.unknown_agencies = builder.take_unknown();
  return plan;
}

ParsedPlan parse_plan(std::string_view bytes, const AgencyCatalogue& catalogue) {
  return parse_plan_paragraphs(document_paragraphs(bytes), catalogue);
}

}  // namespace pcmt::plans
