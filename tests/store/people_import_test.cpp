// Importing a commune's list (CSV and XLSX): a report per row, duplicates flagged, all or nothing;
// and residence linkage against an extract of the population database.
#include "app/people/import.hpp"
#include "app/people/linkage_job.hpp"
#include "people_test_support.hpp"
#include "report/xlsx_writer.hpp"

using namespace pcmt;
using app::people::ImportRequest;

class PeopleImport : public test_support::PeopleTest {
 protected:
  ImportRequest csv(const std::string& text, bool commit) {
    ImportRequest r;
    r.format = "csv";
    r.content = text;
    r.commit = commit;
    return r;
  }
  static constexpr const char* kHeader = "Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã,Tình trạng,Ngày quyết định,Loại ma túy\n";
};
PCMT_ON_BOTH_ENGINES(PeopleImport);

TEST_P(PeopleImport, OneBadRowAndNothingIsImported) {
  const std::string text = std::string(kHeader) +
                           "040090001234,Nguyễn Văn An,01/05/1990,Nam,16681,Đang quản lý,09/06/2025,Heroin\n"
                           "04009000123,Trần Văn Bình,1992-01-01,Nam,16681,,,\n"         // 11 digits
                           "040093001234,Lê Văn Cường,1993-01-01,Nam,99999,,,\n"         // unknown commune
                           "040094001234,Phạm Văn Dũng,31/02/1994,Nam,16681,,,\n"        // impossible date
                           "040090001234,Nguyễn Văn An,01/05/1990,Nam,16681,,,\n"        // same ID again
                           "040095001234,Võ Văn Em,1995-01-01,Nam,Phường Thành Vinh,nghiện,2030-01-01,\n";  // future
  auto e = error_of([&] { app::people::import_people(db(), office, csv(text, true), today); });
  EXPECT_EQ(e.kind, app::ErrorKind::refused);
  EXPECT_EQ(e.code, "import.invalid_rows");
  std::vector<std::pair<int, std::string>> got;
  for (const auto& r : e.rows) got.emplace_back(r.line, r.code);
  const std::vector<std::pair<int, std::string>> want{{3, "person.id_invalid"},
                                                      {4, "import.unknown_commune"},
                                                      {5, "person.birth_date_invalid"},
                                                      {6, "import.duplicate_row"},
                                                      {7, "import.status_date_invalid"}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_events"), 0);

  // The dry run reports the same without refusing.
  auto report = app::people::import_people(db(), office, csv(text, false), today);
  EXPECT_EQ(report.rows, 6);
  EXPECT_EQ(report.valid, 1);
  EXPECT_EQ(report.errors.size(), 5u);
  EXPECT_EQ(report.columns.at("personal_id"), "Số định danh");
}

TEST_P(PeopleImport, AGoodFileImportsPeopleWithTheirStatusAndDeadlines) {
  add(person("040080009999", "Ngô Văn Giang", "1980-01-01"));
  const std::string text = std::string(kHeader) +
                           "040090001234,Nguyễn Văn An,01/05/1990,Nam,16681,Đang quản lý,09/06/2025,\"Heroin, ma túy đá\"\n"
                           "040192001234,Trần Thị Bình,1992-01-01,,Phường Thành Vinh,nghiện,02/06/2025,\n"
                           "040080001234,Ngô Văn Giang,1980-01-01,Nam,16681,,,\n";
  auto report = app::people::import_people(db(), office, csv(text, true), today);
  EXPECT_TRUE(report.committed);
  EXPECT_EQ(report.imported, 3);
  // Same name, birth date and commune as a registered person: flagged, still imported.
  ASSERT_EQ(report.duplicates.size(), 1u);
  EXPECT_EQ(report.duplicates[0].line, 4);
  EXPECT_TRUE(report.duplicates[0].person_id.has_value());
  EXPECT_EQ(count("SELECT COUNT(*) FROM people"), 4);
  EXPECT_EQ(db().query("SELECT state FROM people WHERE personal_id = '040090001234'").one().str(0), "under_management");
  EXPECT_EQ(db().query("SELECT sex, state FROM people WHERE personal_id = '040192001234'").one().str(0), "female");
  EXPECT_EQ(db().query("SELECT state FROM people WHERE personal_id = '040192001234'").one().str(0), "addicted");
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_drug_types d JOIN people p ON p.id = d.person_id WHERE p.personal_id = "
                  "'040090001234'"),
            2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_deadlines d JOIN people p ON p.id = d.person_id WHERE p.personal_id = "
                  "'040090001234' AND d.kind = 'user_management.end' AND d.due_date = '2026-06-09'"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'people.import'"), 1);
  // Ids handed out afterwards do not collide with the imported ones.
  EXPECT_GT(add(person("040091001234", "Hoàng Văn Hải", "1991-01-01")), 0);
  EXPECT_GT(event(db().query("SELECT id FROM people WHERE personal_id = '040091001234'").one().i64(0), "positive_test",
                  "2025-06-10")
                .event_id,
            0);
  // Importing the same file again: every ID is taken now.
  auto again = error_of([&] { app::people::import_people(db(), office, csv(text, true), today); });
  EXPECT_EQ(again.rows.size(), 3u);
  EXPECT_EQ(again.rows[0].code, "person.id_taken");
}

TEST_P(PeopleImport, AnXlsxSheetWithExcelsNumbersAndDatesAndAColumnMapping) {
  // Excel keeps the ID as a number (leading zero lost) and the birth date as a serial day number.
  report::Sheet sheet{"Danh sach", {"STT", "Họ tên người", "CCCD", "Sinh ngày", "Ghi chú"}, {}, {}};
  sheet.rows.push_back({int64_t{1}, std::string("Đỗ Văn Khánh"), int64_t{40090001234}, int64_t{32994}, std::string("")});
  ImportRequest r;
  r.format = "xlsx";
  r.content = report::write_xlsx({sheet});
  r.mapping = {{"full_name", "Họ tên người"}, {"birth_date", "Sinh ngày"}};
  r.commune = kCommune;
  r.commit = true;
  auto report = app::people::import_people(db(), commune, r, today);
  EXPECT_EQ(report.imported, 1);
  auto row = db().query("SELECT personal_id, birth_date, full_name, commune_code FROM people").one();
  EXPECT_EQ(row.str(0), "040090001234");
  EXPECT_EQ(row.str(1), "1990-05-01");
  EXPECT_EQ(row.str(2), "Đỗ Văn Khánh");
  EXPECT_EQ(row.str(3), kCommune);
  r.mapping = {{"full_name", "Không có cột này"}};
  EXPECT_EQ(error_of([&] { app::people::import_people(db(), commune, r, today); }).code, "import.mapping_invalid");
  r.content = "not a zip";
  EXPECT_EQ(error_of([&] { app::people::import_people(db(), commune, r, today); }).code, "import.xlsx_unreadable");
}

TEST_P(PeopleImport, ACommuneImportsOnlyIntoItself) {
  const std::string text = std::string(kHeader) + "040090001234,Nguyễn Văn An,01/05/1990,Nam,16690,,,\n";
  auto e = error_of([&] { app::people::import_people(db(), commune, csv(text, true), today); });
  ASSERT_EQ(e.rows.size(), 1u);
  EXPECT_EQ(e.rows[0].code, "import.unknown_commune");
  EXPECT_EQ(error_of([&] { app::people::import_people(db(), leader, csv(text, true), today); }).kind, app::ErrorKind::forbidden);
}

TEST_P(PeopleImport, ResidenceLinkageAgreesDiffersNotFoundAndElsewhere) {
  auto a = person("040090001234", "Nguyễn Văn An", "1990-05-01");
  a.address = "Số 5 đường Lê Lợi";
  const int64_t agrees = add(a);
  const int64_t differs = add(person("040091001234", "Trần Văn Bình", "1991-01-01"));
  const int64_t elsewhere = add(person("040092001234", "Lê Văn Cường", "1992-01-01"));
  const int64_t missing = add(person("040093001234", "Phạm Văn Dũng", "1993-01-01"));
  app::people::LinkageRequest req;
  req.format = "csv";
  req.content =
      "personal_id,full_name,birth_date,registered_commune,address\n"
      "040090001234,Nguyễn Văn An,1990-05-01,16681,so 5 duong le loi\n"
      "040091001234,Trần Văn Bình,1991-02-01,16681,\n"
      "040092001234,Lê Văn Cường,1992-01-01,00070,Hà Nội\n"
      "040099001234,Người Khác,1999-01-01,16681,\n"
      "12345,Sai Số,1999-01-01,16681,\n";
  const auto r = run_job(app::people::start_linkage(db(), commune, req));
  EXPECT_EQ(r.at("extract_rows"), 5);
  EXPECT_EQ(r.at("compared"), 4);
  EXPECT_EQ(r.at("agrees"), 1);
  EXPECT_EQ(r.at("differs"), 2);
  EXPECT_EQ(r.at("not_found"), 1);
  EXPECT_EQ(r.at("elsewhere"), 1);
  EXPECT_EQ(r.at("not_in_registry"), 1);
  ASSERT_EQ(r.at("errors").as_array().size(), 1u);
  EXPECT_EQ(r.at("errors").as_array()[0].at("line"), 6);
  std::map<int64_t, boost::json::object> by_id;
  for (const auto& it : r.at("items").as_array()) by_id[it.at("person_id").as_int64()] = it.as_object();
  EXPECT_FALSE(by_id.contains(agrees));
  EXPECT_EQ(by_id.at(differs).at("differences"), boost::json::array{"birth_date"});
  EXPECT_EQ(by_id.at(elsewhere).at("registered_elsewhere"), true);
  EXPECT_EQ(by_id.at(elsewhere).at("registered_commune_name"), "Phường Hoàn Kiếm");
  EXPECT_EQ(by_id.at(missing).at("status"), "not_found");
  // The staged links are gone once they are in.
  EXPECT_EQ(count("SELECT COUNT(*) FROM person_residence_link_staging"), 0);
  // The result is kept: the list of people registered elsewhere, for the dossier transfer.
  app::people::LinkageFilter f;
  f.elsewhere_only = true;
  auto page = app::people::list_residence_links(db(), commune, f);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].person_id, elsewhere);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'people.residence_linkage'"), 1);
}
