// The store tests' main: like gtest_main, and also a reader child (app/files/reader_process.hpp),
// since the imports they run read workbooks in a child of the running binary.
#include <gtest/gtest.h>

#include "app/files/reader_worker.hpp"

int main(int argc, char** argv) {
  if (auto status = pcmt::app::files::run_reader_if_asked(argc, argv)) return *status;
  testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
