#include "core/text/normalize.hpp"

#include <gtest/gtest.h>

using namespace pcmt::text;

TEST(SearchKey, DropsDiacriticsAndFoldsDStroke) {
  EXPECT_EQ(search_key("Nguyễn Văn An"), "nguyen van an");
  EXPECT_EQ(search_key("Đồng Nai"), "dong nai");
  EXPECT_EQ(search_key("đường"), "duong");
  EXPECT_EQ(search_key("Phường Thành Vinh"), "phuong thanh vinh");
}

TEST(SearchKey, CollapsesWhitespace) {
  EXPECT_EQ(search_key("  Sở   Y\ttế \n"), "so y te");
  EXPECT_EQ(search_key(""), "");
}

TEST(SearchKey, SameForComposedAndDecomposedInput) {
  // "ế" precomposed vs e + circumflex + acute.
  EXPECT_EQ(search_key("Y t\xE1\xBA\xBF"), search_key("Y te\xCC\x82\xCC\x81"));
}

TEST(Nfc, ComposesDecomposedInput) {
  EXPECT_EQ(to_nfc("te\xCC\x82\xCC\x81"), "t\xE1\xBA\xBF");
}

TEST(Utf8, DetectsMalformedBytes) {
  EXPECT_TRUE(is_valid_utf8("Hà Nội"));
  EXPECT_FALSE(is_valid_utf8("\xC3\x28"));
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Trim, RemovesSurroundingWhitespace) {
  EXPECT_EQ(trim("  a b \r\n"), "a b");
  EXPECT_EQ(trim("   "), "");
}
