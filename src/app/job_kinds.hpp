#pragma once
// Every kind of job pcmt runs, with the module code that runs it.
#include "app/jobs/worker.hpp"

namespace pcmt::app {

jobs::Runners job_runners();

}  // namespace pcmt::app
