// Finding people: by name with or without diacritics and with one wrong letter, by personal ID, by
// birth year and commune, only inside the caller's scope, and every search in the audit trail.
#include "app/people/search.hpp"
#include "people_test_support.hpp"

using namespace pcmt;
using app::people::SearchQuery;

class PeopleSearch : public test_support::PeopleTest {
 protected:
  void SetUp() override {
    PeopleTest::SetUp();
    an = add(person("040090001234", "Nguyễn Văn An", "1990-05-01"));
    anh = add(person("040092001234", "Nguyễn Văn Anh", "1992-03-04"));
    binh = add(person("040185001234", "Trần Thị Bình", "1985-07-08", "female"));
    auto alias = person("040088001234", "Lê Văn Dũng", "1988-01-01", "male", kOtherCommune);
    alias.aliases = std::vector<std::string>{"Dũng Đen"};
    dung = add(alias);
  }

  std::vector<int64_t> ids(const app::Actor& who, const std::string& q, std::optional<int> year = std::nullopt,
                           const std::string& commune_code = "") {
    SearchQuery query;
    query.q = q;
    query.birth_year = year;
    query.commune = commune_code;
    std::vector<int64_t> out;
    for (const auto& s : app::people::search_people(db(), who, query).items) out.push_back(s.id);
    return out;
  }

  int64_t an = 0, anh = 0, binh = 0, dung = 0;
};
PCMT_ON_BOTH_ENGINES(PeopleSearch);

TEST_P(PeopleSearch, WithOrWithoutDiacriticsTheExactNameComesFirst) {
  for (const char* q : {"nguyen van an", "Nguyễn Văn An", "NGUYEN VAN AN", "Nguyễn Văn Ăn"}) {
    auto found = ids(office, q);
    ASSERT_FALSE(found.empty()) << q;
    EXPECT_EQ(found.front(), an) << q;
  }
}

TEST_P(PeopleSearch, OneWrongLetterStillFindsThePerson) {
  // Each of these has one letter wrong, missing, extra or swapped.
  for (const char* q : {"nguyen van am", "ngyen van an", "nguyen vna an", "nguyenn van an", "nguyen van ab"}) {
    auto found = ids(office, q);
    EXPECT_NE(std::find(found.begin(), found.end(), an), found.end()) << q;
  }
  // "anh" is one letter from "an": both are shown, the exact one first.
  auto both = ids(office, "nguyen van anh");
  ASSERT_GE(both.size(), 2u);
  EXPECT_EQ(both[0], anh);
  // Too far is not a match.
  EXPECT_TRUE(ids(office, "pham quoc tuan").empty());
}

TEST_P(PeopleSearch, LongNamesAreRankedLikeShortOnes) {
  // Keys of more than 64 letters take the edit distance's long path; the ranking must not change.
  const std::string shorter_name = "Tôn Nữ Hoàng Phương Thảo Minh Châu Ngọc Bích Xuân Quỳnh Lan Hương";
  const int64_t shorter = add(person("040196001234", shorter_name, "1996-02-03", "female"));
  const int64_t longer = add(person("040195001234", shorter_name + " Diệu Linh", "1995-02-03", "female"));
  // Every word of the shorter name is in both: the whole name as typed first, then the longer one.
  EXPECT_EQ(ids(office, shorter_name), (std::vector<int64_t>{shorter, longer}));
  EXPECT_EQ(ids(office, "ton nu hoang phuong thao minh chau ngoc bich xuan quynh lan huong dieu linhh"),
            std::vector<int64_t>{longer});
}

TEST_P(PeopleSearch, WordsInAnyOrderPartOfTheNameAndAliases) {
  EXPECT_EQ(ids(office, "binh tran").front(), binh);
  EXPECT_EQ(ids(office, "thi binh").front(), binh);
  EXPECT_EQ(ids(office, "dung den").front(), dung);
}

TEST_P(PeopleSearch, ByPersonalIdWholeOrItsFirstDigits) {
  EXPECT_EQ(ids(office, "040185001234"), std::vector<int64_t>{binh});
  auto prefix = ids(office, "0400");  // the men born in the 1900s
  EXPECT_EQ(prefix.size(), 3u);
  EXPECT_TRUE(ids(office, "040185001235").empty());
}

TEST_P(PeopleSearch, ByBirthYearAndCommune) {
  EXPECT_EQ(ids(office, "", 1985), std::vector<int64_t>{binh});
  EXPECT_EQ(ids(office, "nguyen", 1992), std::vector<int64_t>{anh});
  EXPECT_EQ(ids(office, "", std::nullopt, kOtherCommune), std::vector<int64_t>{dung});
  EXPECT_EQ(ids(office, "", std::nullopt, "").size(), 4u);
}

TEST_P(PeopleSearch, AListReadPageByPageIsTheWholeListInNameOrder) {
  // Small pages are walked in name order, a whole page of everyone is read and sorted (SQLite):
  // either way the same people in the same order.
  SearchQuery all;
  all.page_size = 50;
  std::vector<int64_t> whole;
  for (const auto& s : app::people::search_people(db(), office, all).items) whole.push_back(s.id);
  ASSERT_EQ(whole, (std::vector<int64_t>{dung, an, anh, binh}));  // le van dung, nguyen van an, ...anh, tran thi binh
  std::vector<int64_t> paged;
  for (int page = 1; page <= 5; ++page) {
    SearchQuery one;
    one.page_size = 1;
    one.page = page;
    auto r = app::people::search_people(db(), office, one);
    EXPECT_EQ(r.total, 4);
    for (const auto& s : r.items) paged.push_back(s.id);
  }
  EXPECT_EQ(paged, whole);
  SearchQuery women;
  women.page_size = 1;
  women.birth_year = 1985;
  EXPECT_EQ(app::people::search_people(db(), office, women).items.at(0).id, binh);
  SearchQuery past_the_end;
  past_the_end.page = 4;
  past_the_end.page_size = 1;
  EXPECT_TRUE(app::people::search_people(db(), commune, past_the_end).items.empty());  // the commune sees 3
}

TEST_P(PeopleSearch, ACommuneFindsOnlyItsOwnPeople) {
  EXPECT_TRUE(ids(commune, "dung").empty());
  EXPECT_TRUE(ids(commune, "040088001234").empty());
  EXPECT_EQ(ids(commune, "").size(), 3u);
  EXPECT_EQ(ids(other_commune, "dung"), std::vector<int64_t>{dung});
  EXPECT_TRUE(ids(other_commune, "nguyen van an").empty());
  // Asking for another commune's people explicitly gives nothing either.
  EXPECT_TRUE(ids(commune, "", std::nullopt, kOtherCommune).empty());
  EXPECT_EQ(error_of([&] { ids(auditor, "an"); }).kind, app::ErrorKind::forbidden);
}

TEST_P(PeopleSearch, EverySearchIsAuditedWithoutWhatWasTyped) {
  SearchQuery q;
  q.q = "Nguyễn Văn An";
  q.reason = "Rà soát danh sách";
  app::people::search_people(db(), commune, q);
  auto row = db().query("SELECT actor, reason, detail FROM audit_log WHERE action = 'people.search'").one();
  EXPECT_EQ(row.str(0), "cx_thanhvinh");
  EXPECT_EQ(row.str(1), "Rà soát danh sách");
  EXPECT_EQ(row.str(2).find("Nguy"), std::string::npos);
  EXPECT_EQ(row.str(2).find("nguyen"), std::string::npos);
  EXPECT_NE(row.str(2).find("\"shown\":[" + std::to_string(an)), std::string::npos) << row.str(2);
}

TEST_P(PeopleSearch, StateAndListFilters) {
  event(an, "user_management_decision", "2025-06-09");
  SearchQuery q;
  q.list = "users";
  auto r = app::people::search_people(db(), office, q);
  ASSERT_EQ(r.total, 1);
  EXPECT_EQ(r.items[0].id, an);
  q.list = "";
  q.q = "nguyen";
  q.state = "under_management";
  EXPECT_EQ(app::people::search_people(db(), office, q).total, 1);
  q.state = "nonsense";
  EXPECT_EQ(error_of([&] { app::people::search_people(db(), office, q); }).code, "people.state_unknown");
}
