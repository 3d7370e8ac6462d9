#pragma once

#include "engine/job.h"

#include <memory>

namespace nightshift {

// The native jobs shipped with Nightshift, by job name (the `job` attribute of <job> activities).
std::shared_ptr<const JobRegistry> standardJobs();

} // namespace nightshift
