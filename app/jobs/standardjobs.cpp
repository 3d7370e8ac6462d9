#include "standardjobs.h"

#include "delivery/aliascleansingjob.h"
#include "delivery/cleanuppausedworkflowsjob.h"

using namespace Qt::StringLiterals;

namespace nightshift {

std::shared_ptr<const JobRegistry> standardJobs()
{
    static const std::shared_ptr<const JobRegistry> registry = [] {
        auto jobs = std::make_shared<JobRegistry>();
        jobs->add(u"aliasCleansing"_s, [] { return std::make_unique<AliasCleansingJob>(); });
        jobs->add(u"cleanupPausedWorkflows"_s, [] { return std::make_unique<CleanupPausedWorkflowsJob>(); });
        return jobs;
    }();
    return registry;
}

} // namespace nightshift
