// Registering people: the personal ID as the key (validated, parsed, cross-checked), duplicates,
// scope of who registers where, reading a record with a reason (audited), changes and merges.
#include "app/people/search.hpp"
#include "people_test_support.hpp"

using namespace pcmt;
using app::people::PersonInput;

class PeopleRegistry : public test_support::PeopleTest {};
PCMT_ON_BOTH_ENGINES(PeopleRegistry);

TEST_P(PeopleRegistry, RegistersOncePerPersonalIdInNfcWithASearchKey) {
  // "Nguyễn" typed in decomposed form (NFD) is stored composed (NFC).
  auto in = person("040090001234", "Nguye\xcc\x82\xcc\x83n Văn  An", "1990-05-01");
  in.drug_types = std::vector<std::string>{"Heroin", "ma tuy da"};
  const int64_t id = add(in);
  auto row = db().query("SELECT full_name, search_key, province_code, state FROM people WHERE id = $1", {id}).one();
  EXPECT_EQ(row.str(0), "Nguyễn Văn An");
  EXPECT_EQ(row.str(1), "nguyen van an");
  EXPECT_EQ(row.str(2), "40");
  EXPECT_EQ(row.str(3), "none");
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_drug_types WHERE person_id = $1", {id}), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_name_tokens WHERE person_id = $1", {id}), 3);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'person.create' AND object_id = $1",
                  {std::to_string(id)}),
            1);

  // Same number again, even with another name and commune: 409, nothing added.
  auto again = error_of([&] { add(person("040090001234", "Trần Thị Bình", "1990-05-01", "male", kOtherCommune)); });
  EXPECT_EQ(again.kind, app::ErrorKind::conflict);
  EXPECT_EQ(again.code, "person.id_taken");
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), 1);
}

TEST_P(PeopleRegistry, AnInvalidPersonalIdIsA400NamingTheField) {
  for (const char* bad : {"04009000123", "0400900012345", "04009000123A", "999090001234"}) {
    auto e = error_of([&] { add(person(bad, "Lê Văn Cường", "1990-05-01")); });
    EXPECT_EQ(e.kind, app::ErrorKind::invalid) << bad;
    EXPECT_EQ(e.field, "personal_id") << bad;
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), 0);
}

TEST_P(PeopleRegistry, AMismatchWithSexOrBirthYearMustBeConfirmed) {
  // Digit 4 = 1: a woman born in the 1900s; entered as a man born in 1991.
  auto in = person("040190001234", "Lê Thị Dung", "1991-02-03", "male");
  auto e = error_of([&] { add(in); });
  EXPECT_EQ(e.kind, app::ErrorKind::refused);
  EXPECT_EQ(e.code, "person.id_sex_mismatch");
  EXPECT_NE(std::string(e.what()).find("1991"), std::string::npos) << "both mismatches are named: " << e.what();
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), 0);
  in.confirm_id_mismatch = true;
  EXPECT_GT(add(in), 0);
}

TEST_P(PeopleRegistry, ACloseNameWithTheSameBirthDateAndCommuneIsAPossibleDuplicate) {
  const int64_t first = add(person("040090001234", "Nguyễn Văn An", "1990-05-01"));
  auto twin = person("040090009999", "Nguyen Van Ann", "1990-05-01");
  auto e = error_of([&] { add(twin); });
  EXPECT_EQ(e.kind, app::ErrorKind::conflict);
  EXPECT_EQ(e.code, "person.possible_duplicate");
  auto check = app::people::check_registration(db(), office, twin, today);
  ASSERT_EQ(check.duplicates.size(), 1u);
  EXPECT_EQ(check.duplicates[0].why, "similar_name");
  EXPECT_EQ(check.duplicates[0].person->id, first);
  EXPECT_TRUE(check.id.valid());
  // Another birth date or another commune is another person.
  EXPECT_GT(add(person("040090008888", "Nguyễn Văn An", "1990-05-02")), 0);
  EXPECT_GT(add(person("040090007777", "Nguyễn Văn An", "1990-05-01", "male", kOtherCommune)), 0);
  twin.confirm_not_duplicate = true;
  EXPECT_GT(add(twin), 0);
}

TEST_P(PeopleRegistry, ACommuneRegistersOnlyInItsOwnCommuneAndOthersNotAtAll) {
  EXPECT_GT(add(person("040090001234", "Phạm Văn Em", "1990-05-01"), &commune), 0);
  auto elsewhere = error_of([&] { add(person("040090001235", "Phạm Văn Gia", "1990-05-01", "male", kOtherCommune), &commune); });
  EXPECT_EQ(elsewhere.code, "person.commune_out_of_scope");
  auto foreign = error_of([&] { add(person("040090001236", "Phạm Văn Hà", "1990-05-01", "male", "00070"), &office); });
  EXPECT_EQ(foreign.code, "person.commune_out_of_scope");
  EXPECT_EQ(error_of([&] { add(person("040090001237", "Phạm Văn Ích", "1990-05-01"), &leader); }).kind, app::ErrorKind::forbidden);
  EXPECT_EQ(error_of([&] { add(person("040090001238", "Phạm Văn Khôi", "1990-05-01"), &auditor); }).kind, app::ErrorKind::forbidden);
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), 1);
}

TEST_P(PeopleRegistry, ReadingARecordNeedsAReasonAndIsAudited) {
  const int64_t id = add(person("040090001234", "Võ Văn Long", "1990-05-01"));
  EXPECT_EQ(error_of([&] { app::people::read_person(db(), commune, id, "   ", today); }).code, "people.reason_required");
  auto rec = app::people::read_person(db(), commune, id, "Kiểm tra hồ sơ quản lý", today);
  EXPECT_EQ(rec.person.personal_id, "040090001234");  // the record shows the number in full
  EXPECT_EQ(rec.commune_name, "Phường Thành Vinh");
  ASSERT_TRUE(rec.lifecycle.has_value());
  auto audit = db().query("SELECT actor, reason, detail FROM audit_log WHERE action = 'person.read' AND object_id = $1",
                          {std::to_string(id)});
  ASSERT_EQ(audit.rows.size(), 1u);
  EXPECT_EQ(audit.rows[0].str(0), "cx_thanhvinh");
  EXPECT_EQ(audit.rows[0].str(1), "Kiểm tra hồ sơ quản lý");
  EXPECT_EQ(audit.rows[0].str(2).find("Long"), std::string::npos) << "no personal data in the trail";
}

TEST_P(PeopleRegistry, AnotherCommunesPersonIsNotFoundAndTheAuditorSeesNoOne) {
  const int64_t id = add(person("040090001234", "Đặng Văn Mạnh", "1990-05-01"));
  EXPECT_EQ(error_of([&] { app::people::read_person(db(), other_commune, id, "xem", today); }).kind, app::ErrorKind::not_found);
  EXPECT_EQ(error_of([&] { app::people::read_person(db(), auditor, id, "xem", today); }).kind, app::ErrorKind::forbidden);
  EXPECT_EQ(app::people::read_person(db(), leader, id, "xem", today).person.id, id);
  // A failed read leaves no audit row of a read.
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'person.read'"), 1);
}

TEST_P(PeopleRegistry, ListsMaskThePersonalIdUnlessTheRoleKeepsTheDossiers) {
  add(person("040090001234", "Bùi Văn Nam", "1990-05-01"));
  app::people::SearchQuery q;
  q.q = "bui van nam";
  EXPECT_EQ(app::people::search_people(db(), office, q).items.at(0).personal_id, "040******234");
  EXPECT_EQ(app::people::search_people(db(), leader, q).items.at(0).personal_id, "040******234");
  EXPECT_EQ(app::people::search_people(db(), commune, q).items.at(0).personal_id, "040090001234");
}

TEST_P(PeopleRegistry, AnUpdateIsAuditedWithTheFieldNamesOnlyAndMovesTheDeadlines) {
  const int64_t id = add(person("040090001234", "Hồ Văn Phúc", "1990-05-01"));
  event(id, "positive_test", "2025-06-10");
  PersonInput patch;
  patch.full_name = "Hồ Văn Phước";
  patch.commune_code = kOtherCommune;  // the dossier goes to the new commune of residence
  auto p = app::people::update_person(db(), commune, id, patch, today);
  EXPECT_EQ(p.search_key, "ho van phuoc");
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_deadlines WHERE person_id = $1 AND commune_code = $2", {id, kOtherCommune}),
            count("SELECT COUNT(*) FROM person_deadlines WHERE person_id = $1", {id}));
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_name_tokens WHERE person_id = $1 AND token = 'phuoc'", {id}), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_name_tokens WHERE token = 'phuc'"), 0);
  auto detail = db().query("SELECT detail FROM audit_log WHERE action = 'person.update'").one().str(0);
  EXPECT_NE(detail.find("full_name"), std::string::npos);
  EXPECT_EQ(detail.find("Phước"), std::string::npos);
  // Now outside the first commune's scope.
  EXPECT_EQ(error_of([&] { app::people::update_person(db(), commune, id, patch, today); }).kind, app::ErrorKind::not_found);
}

TEST_P(PeopleRegistry, MergingMovesTheEventsAndKeepsTheDuplicatesNameAsAnAlias) {
  const int64_t kept = add(person("040090001234", "Lý Văn Quang", "1990-05-01"));
  auto dup_in = person("040090005678", "Lý Văn Quan", "1990-05-01");
  dup_in.confirm_not_duplicate = true;
  const int64_t dup = add(dup_in);
  event(dup, "positive_test", "2025-06-10");
  EXPECT_EQ(error_of([&] { app::people::merge_people(db(), commune, kept, dup, "trùng", today); }).kind, app::ErrorKind::forbidden);
  EXPECT_EQ(error_of([&] { app::people::merge_people(db(), office, kept, dup, "", today); }).code, "people.reason_required");
  auto p = app::people::merge_people(db(), office, kept, dup, "Cùng một người, nhập trùng", today);
  EXPECT_EQ(p.aliases, std::vector<std::string>{"Lý Văn Quan"});
  EXPECT_EQ(count("SELECT COUNT(*) FROM people WHERE id = $1", {dup}), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_events WHERE person_id = $1", {kept}), 1);
  EXPECT_EQ(db().query("SELECT state FROM people WHERE id = $1", {kept}).one().str(0), "detected");
  EXPECT_EQ(db().query("SELECT merged_personal_id FROM person_merges WHERE kept_id = $1", {kept}).one().str(0),
            "040090005678");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'person.merge' AND reason IS NOT NULL"), 1);
}
