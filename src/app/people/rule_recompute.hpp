#pragma once
// The job that recomputes everyone recorded under a rule pack after an administrator set one of
// its values (set_rule_value). People are replayed in id order, a few hundred per write
// transaction, and the last id done is committed with each chunk: a crash resumes after it, and
// other users' writes wait at most one chunk. The recorded events stand (they happened): people
// they no longer replay under the new value keep their derived rows and are listed for review.
#include "app/jobs/run.hpp"

namespace pcmt::app::people {

void run_rule_recompute(jobs::Run& run);

}  // namespace pcmt::app::people
