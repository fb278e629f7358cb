#include "core/rules/rule_pack.hpp"

#include <gtest/gtest.h>

using namespace pcmt::rules;

namespace {
const char* kOld = R"({"id":"old","topic":"t","title":"Old","effective_from":"2022-01-01","effective_to":"2026-06-30",
  "params":{"d":{"value":12,"source":"Art. 1"},"u":{"value":null,"unknown":true,"source":"Art. 2"}}})";
const char* kNew = R"({"id":"new","topic":"t","title":"New","effective_from":"2026-07-01","effective_to":null,
  "params":{"d":{"value":6,"source":"Art. 9"}}})";
}  // namespace

TEST(RuleBook, PicksThePackInForceOnTheDate) {
  RuleBook book;
  book.add(RulePack::from_json(kOld));
  book.add(RulePack::from_json(kNew));
  EXPECT_EQ(book.in_force("t", "2026-06-30").id(), "old");
  EXPECT_EQ(book.in_force("t", "2026-07-01").id(), "new");
  EXPECT_EQ(book.in_force("t", "2030-01-01").integer("d"), 6);
  EXPECT_THROW(book.in_force("t", "2021-12-31"), std::out_of_range);
  EXPECT_THROW(book.in_force("other", "2025-01-01"), std::out_of_range);
}

TEST(RulePack, UnknownValuesAreNeverGuessed) {
  auto p = RulePack::from_json(kOld);
  EXPECT_TRUE(p.is_unknown("u"));
  EXPECT_THROW(p.number("u"), UnknownRuleValue);
  p.set("u", 5);
  EXPECT_EQ(p.integer("u"), 5);
  EXPECT_EQ(p.source("u"), "Art. 2");
}

TEST(RulePack, RejectsParamsWithoutSource) {
  EXPECT_THROW(RulePack::from_json(R"({"id":"x","topic":"t","title":"x","effective_from":"2022-01-01",
    "params":{"d":{"value":1}}})"), std::invalid_argument);
}

TEST(RuleBook, EmbeddedPacksAllLoad) {
  // Every shipped rules/*.json must parse; a malformed pack fails here, not in production.
  EXPECT_NO_THROW(RuleBook::embedded());
}
