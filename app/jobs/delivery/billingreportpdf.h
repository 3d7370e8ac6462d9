#pragma once

#include "billingfigures.h"

#include <QByteArray>

namespace nightshift {

struct BillingReportPdf
{
    QByteArray data;
    int pages = 0;
};

// Lays the system activity report out as an A4 PDF (QPdfWriter + QPainter): title, period, then one section
// per figure with its table. Fonts need a QGuiApplication: the console has one, nightshiftd creates one on the
// "offscreen" platform; without one this fails with a message instead of aborting the process. Safe on any
// thread.
Result<BillingReportPdf> renderBillingReport(const BillingFigures &figures, const QString &instanceName);

} // namespace nightshift
