// Every field and choice of every lifecycle event type has a Vietnamese label: the reference the
// API serves (GET /people/reference) never shows a user a bare code.
#include <gtest/gtest.h>

#include <string>

#include "core/people/event_labels.hpp"
#include "core/people/event_types.hpp"

using namespace pcmt::people;

TEST(PeopleEventLabels, EveryFieldAndChoiceHasALabel) {
  for (const auto& t : event_types())
    for (const auto& f : t.fields) {
      EXPECT_FALSE(field_label_vi(f.name).empty()) << t.type << "." << f.name;
      for (auto c : f.choices) EXPECT_FALSE(choice_label_vi(f.name, c).empty()) << t.type << "." << f.name << "=" << c;
    }
}

TEST(PeopleEventLabels, TheSixCriteriaOfTT18_2021Art3) {
  for (int n = 1; n <= 6; ++n) EXPECT_FALSE(choice_label_vi("criteria", std::to_string(n)).empty()) << n;
  EXPECT_TRUE(choice_label_vi("criteria", "7").empty());
  EXPECT_EQ(choice_label_vi("criteria", "6"), "Có hội chứng cai");
}

TEST(PeopleEventLabels, AQualifiedLabelWinsWhereOneWordMeansTwoThings) {
  EXPECT_EQ(choice_label_vi("sample", "other"), "Mẫu khác");
  EXPECT_EQ(choice_label_vi("substance", "other"), "Chất ma túy khác");
  EXPECT_EQ(choice_label_vi("place", "home"), "Tại gia đình");
  EXPECT_EQ(choice_label_vi("form", "home"), "Tại gia đình, cộng đồng");
}
