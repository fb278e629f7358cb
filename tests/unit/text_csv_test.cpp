#include "core/text/csv.hpp"

#include <gtest/gtest.h>

using pcmt::text::parse_csv;

TEST(Csv, ParsesQuotedFieldsAndKeepsLineNumbers) {
  auto r = parse_csv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\nlast,1");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[1].fields[0], "x, y");
  EXPECT_EQ(r[1].fields[1], "say \"hi\"");
  EXPECT_EQ(r[2].line, 3);
  EXPECT_EQ(r[2].fields[0], "multi\nline");
  EXPECT_EQ(r[3].line, 5);
  EXPECT_EQ(r[3].fields[1], "1");
}

TEST(Csv, SkipsBomBlankLinesAndCarriageReturns) {
  auto r = parse_csv("\xEF\xBB\xBF" "code,value\r\n\r\n1,2\r\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].fields[0], "code");
  EXPECT_EQ(r[1].line, 3);
  EXPECT_EQ(r[1].fields[1], "2");
}

TEST(Csv, KeepsEmptyTrailingField) {
  auto r = parse_csv("a,\n");
  ASSERT_EQ(r.size(), 1u);
  ASSERT_EQ(r[0].fields.size(), 2u);
  EXPECT_EQ(r[0].fields[1], "");
}

TEST(Csv, RejectsUnterminatedQuote) { EXPECT_THROW(parse_csv("a,\"b\n"), std::invalid_argument); }
