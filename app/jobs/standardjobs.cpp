#include "standardjobs.h"

#include "delivery/aliascleansingjob.h"
#include "delivery/billingjob.h"
#include "delivery/cleanupjob.h"
#include "delivery/cleanuppausedworkflowsjob.h"
#include "delivery/deliverabilityupdatejob.h"
#include "delivery/forecastingjob.h"
#include "delivery/offermgtjob.h"
#include "delivery/reportingaggregatesjob.h"
#include "defaultinstall/heatmapcollectorjob.h"
#include "delivery/deliveryindicators.h"
#include "delivery/trackingjob.h"
#include "reports/cubejob.h"

using namespace Qt::StringLiterals;

namespace nightshift {

std::shared_ptr<const JobRegistry> standardJobs()
{
    static const std::shared_ptr<const JobRegistry> registry = [] {
        auto jobs = std::make_shared<JobRegistry>();
        jobs->add(u"aliasCleansing"_s, [] { return std::make_unique<AliasCleansingJob>(); });
        jobs->add(u"cleanup"_s, [] { return std::make_unique<CleanupJob>(); });
        jobs->add(u"cleanupPausedWorkflows"_s, [] { return std::make_unique<CleanupPausedWorkflowsJob>(); });
        jobs->add(u"billing"_s, [] { return std::make_unique<BillingJob>(); });
        jobs->add(u"deliverabilityUpdate"_s, [] { return std::make_unique<DeliverabilityUpdateJob>(); });
        jobs->add(u"offerMgt"_s, [] { return std::make_unique<OfferMgtJob>(); });
        jobs->add(u"forecasting"_s, [] { return std::make_unique<ForecastingJob>(); });
        jobs->add(u"reportingAggregates"_s, [] { return std::make_unique<ReportingAggregatesJob>(); });
        jobs->add(u"collectDataHeatMapService"_s, [] { return std::make_unique<HeatMapCollectorJob>(); });
        jobs->add(u"deliveryIndicators"_s, [] { return std::make_unique<DeliveryIndicatorsJob>(); });
        jobs->add(u"tracking"_s, [] { return std::make_unique<TrackingJob>(); });
        reports::CubeJob::registerAll(*jobs); // aggregate:<cube>, agg_messageCenter_full, agg_nmspropositionrcp_full
        return jobs;
    }();
    return registry;
}

} // namespace nightshift
