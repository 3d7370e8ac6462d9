#include "heatmapmodel.h"

#include "common/theme.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

// Viridis at ten evenly spaced points (matplotlib's), from few (light) to many (dark): perceptually uniform and
// readable with every common colour-vision deficiency.
constexpr std::array<QRgb, 10> viridis
    = {0xfde725, 0xb5de2b, 0x6ece58, 0x35b779, 0x1f9e89, 0x26828e, 0x31688e, 0x3e4989, 0x482878, 0x440154};

QString clockText(qint64 ms, const QTimeZone &zone, const QString &format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(zone), format);
}

} // namespace

HeatMapModel::HeatMapModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void HeatMapModel::setHeatMap(const HeatMap &map)
{
    beginResetModel();
    m_map = map;
    endResetModel();
}

int HeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_map.layout.rows();
}

int HeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_map.layout.columns();
}

QColor HeatMapModel::colour(int count, int maximum, bool dark)
{
    if (count <= 0 || maximum <= 0)
        return dark ? QColor(0x3c, 0x3c, 0x3c) : QColor(0xe3, 0xe3, 0xe3); // neutral: no hue to confuse with the scale
    const double t = maximum == 1 ? 0.0 : double(std::min(count, maximum) - 1) / double(maximum - 1);
    const double position = t * double(viridis.size() - 1);
    const int i = std::min(int(position), int(viridis.size()) - 2);
    const double f = position - i;
    const QColor a(viridis.at(i)), b(viridis.at(i + 1));
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor HeatMapModel::textColour(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance < 0.45 ? QColor(Qt::white) : QColor(0x1b, 0x1b, 0x1b);
}

QString HeatMapModel::cellTitle(const QModelIndex &index) const
{
    const HeatMapCell &cell = m_map.layout.cell(index.row(), index.column());
    const QTimeZone &zone = m_map.layout.zone;
    switch (m_map.layout.view) {
    case HeatMapView::Year:
        return clockText(cell.start, zone, u"dddd d MMMM yyyy"_s);
    case HeatMapView::Month:
    case HeatMapView::Day:
    case HeatMapView::Projected:
        break;
    }
    return tr("%1–%2").arg(clockText(cell.start, zone, u"ddd d MMM HH:mm"_s), clockText(cell.end, zone, u"HH:mm"_s));
}

QVariant HeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HeatMapCell &cell = m_map.layout.cell(index.row(), index.column());
    const int count = m_map.counts.value(index.row() * m_map.layout.columns() + index.column());
    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? QString::number(count) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (cell.isEmpty())
            return QBrush(QGuiApplication::palette().color(QPalette::Mid), Qt::BDiagPattern);
        return QBrush(colour(count, m_map.maximum, Theme::isDarkPalette(QGuiApplication::palette())));
    case Qt::ForegroundRole:
        return QBrush(textColour(colour(count, m_map.maximum, Theme::isDarkPalette(QGuiApplication::palette()))));
    case Qt::ToolTipRole:
        if (cell.isEmpty())
            return tr("No such time in %1").arg(QString::fromUtf8(m_map.layout.zone.id()));
        return m_map.layout.view == HeatMapView::Projected
            ? tr("%1: %n workflow(s) scheduled to run", nullptr, count).arg(cellTitle(index))
            : tr("%1: %n workflow(s) running", nullptr, count).arg(cellTitle(index));
    case CountRole:
        return count;
    case StartRole:
        return cell.start;
    case EndRole:
        return cell.end;
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const QStringList &labels = orientation == Qt::Horizontal ? m_map.layout.columnLabels : m_map.layout.rowLabels;
    return section >= 0 && section < labels.size() ? QVariant(labels.at(section)) : QVariant();
}

Qt::ItemFlags HeatMapModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (m_map.layout.cell(index.row(), index.column()).isEmpty())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace nightshift
