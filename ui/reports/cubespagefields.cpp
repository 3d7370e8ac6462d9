// The pivot's layout edited from the zones: fields added, moved and removed, filters chosen from the members.
#include "cubespage.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "drillthroughdialog.h"
#include "pivotmodel.h"

using namespace Qt::StringLiterals;

namespace nightshift {

using reports::AxisLevel;
using reports::CubeFilter;
using reports::CubeInfo;

namespace {

bool sameLevel(const AxisLevel &a, const AxisLevel &b)
{
    return a.dimension == b.dimension && a.level == b.level;
}

QString memberKey(const AxisLevel &level, const QVariant &key)
{
    return u"%1.%2|%3"_s.arg(level.dimension, level.level, key.toString());
}

} // namespace

void CubesPage::addField(const PivotField &field, PivotZone zone, int position, int fromZone, int fromRow)
{
    PivotSpec spec = m_model->spec();
    if (fromZone >= 0 && fromRow >= 0) { // moved: out of where it was first
        QList<AxisLevel> *from = fromZone == int(PivotZone::Rows) ? &spec.rows
            : fromZone == int(PivotZone::Columns)                 ? &spec.columns
                                                                  : nullptr;
        if (from && fromRow < from->size()) {
            from->removeAt(fromRow);
            if (fromZone == int(zone) && position > fromRow)
                --position;
        } else if (fromZone == int(PivotZone::Measures) && fromRow < spec.measures.size()) {
            spec.measures.removeAt(fromRow);
            if (zone == PivotZone::Measures && position > fromRow)
                --position;
        } else if (fromZone == int(PivotZone::Filters) && fromRow < spec.filters.size() && zone != PivotZone::Filters) {
            spec.filters.removeAt(fromRow);
        }
    }
    auto insert = [position](auto &list, const auto &item) {
        list.insert(position < 0 || position > list.size() ? list.size() : position, item);
    };
    switch (zone) {
    case PivotZone::Rows:
    case PivotZone::Columns: {
        if (field.kind != PivotField::Level)
            return;
        // A level shows on one axis only: putting it on one takes it off the other.
        auto same = [&](const AxisLevel &l) { return sameLevel(l, field.level); };
        spec.rows.removeIf(same);
        spec.columns.removeIf(same);
        insert(zone == PivotZone::Rows ? spec.rows : spec.columns, field.level);
        spec.drilled.clear(); // the rows' paths changed
        break;
    }
    case PivotZone::Measures:
        if (field.kind != PivotField::Measure)
            return;
        spec.measures.removeAll(field.measure);
        insert(spec.measures, field.measure);
        break;
    case PivotZone::Filters:
        if (field.kind == PivotField::Level)
            editFilter(field.level); // applied when the members are chosen
        if (fromZone < 0 || fromZone == int(PivotZone::Filters))
            return;
        break;
    }
    apply(spec);
}

void CubesPage::removeField(PivotZone zone, int row)
{
    PivotSpec spec = m_model->spec();
    QList<AxisLevel> *axis = zone == PivotZone::Rows ? &spec.rows : zone == PivotZone::Columns ? &spec.columns : nullptr;
    if (axis && row >= 0 && row < axis->size()) {
        axis->removeAt(row);
        spec.drilled.clear();
    } else if (zone == PivotZone::Measures && row >= 0 && row < spec.measures.size()) {
        spec.measures.removeAt(row);
    } else if (zone == PivotZone::Filters && row >= 0 && row < spec.filters.size()) {
        spec.filters.removeAt(row);
    } else {
        return;
    }
    apply(spec);
}

void CubesPage::setFilter(const CubeFilter &filter)
{
    PivotSpec spec = m_model->spec();
    const auto existing = std::find_if(spec.filters.begin(), spec.filters.end(),
                                       [&](const CubeFilter &f) { return sameLevel(f.on, filter.on); });
    if (filter.members.isEmpty()) {
        if (existing != spec.filters.end())
            spec.filters.erase(existing);
    } else if (existing != spec.filters.end()) {
        *existing = filter;
    } else {
        spec.filters << filter;
    }
    apply(spec);
}

void CubesPage::editFilter(const AxisLevel &level)
{
    const QString cube = m_model->cube().name;
    const QStringList measures = m_model->cube().measures.isEmpty() ? QStringList()
                                                                     : QStringList{m_model->cube().measures.first().name};
    // The members come from the cube itself: a query by that level alone, without the pivot's filters.
    runInBackground<Result<reports::CubeResult>>(
        this,
        [source = m_source, cube, level, measures] {
            return source->query(cube, reports::CubeQuery{.groupBy = {level}, .measures = measures, .filters = {}},
                                 nullptr);
        },
        [this, level](const Result<reports::CubeResult> &result) {
            if (!result) {
                m_messages->showError(tr("The members could not be read: %1").arg(result.error().message));
                return;
            }
            QList<reports::Member> members;
            for (const auto &cell : result->cells)
                if (!cell.members.isEmpty())
                    members << cell.members.first();
            std::sort(members.begin(), members.end(),
                      [](const reports::Member &a, const reports::Member &b) { return memberKeyLess(a.key, b.key); });
            for (const auto &m : std::as_const(members))
                m_memberLabels.insert(memberKey(level, m.key), m.label);
            CubeFilter current{.on = level, .members = {}, .exclude = false};
            for (const CubeFilter &f : m_model->spec().filters)
                if (sameLevel(f.on, level))
                    current = f;
            auto *dialog = new FilterDialog(levelLabel(m_model->cube(), level), members, current, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] { setFilter(dialog->filter()); });
            dialog->open();
            Q_EMIT filterDialogShown(dialog);
        });
}

QString CubesPage::filterText(const CubeFilter &filter) const
{
    QStringList members;
    for (const QVariant &key : filter.members)
        members << m_memberLabels.value(memberKey(filter.on, key), key.toString());
    const QString shown = members.size() > 3 ? tr("%n member(s)", nullptr, int(members.size())) : members.join(u", "_s);
    return (filter.exclude ? tr("%1 ≠ %2") : tr("%1: %2")).arg(levelLabel(m_model->cube(), filter.on), shown);
}

void CubesPage::updateZones()
{
    const PivotSpec &spec = m_model->spec();
    const CubeInfo &cube = m_model->cube();
    for (PivotZone zone : {PivotZone::Rows, PivotZone::Columns}) {
        QList<PivotField> fields;
        QStringList texts;
        for (const AxisLevel &level : zone == PivotZone::Rows ? spec.rows : spec.columns) {
            fields << PivotField{.kind = PivotField::Level, .level = level, .measure = {},
                                 .label = levelLabel(cube, level)};
            texts << fields.last().label;
        }
        m_zones[int(zone)]->setFields(fields, texts);
    }
    QList<PivotField> filters, measures;
    QStringList filterTexts, measureTexts;
    for (const CubeFilter &filter : spec.filters) {
        filters << PivotField{.kind = PivotField::Level, .level = filter.on, .measure = {},
                              .label = levelLabel(cube, filter.on)};
        filterTexts << filterText(filter);
    }
    for (const QString &name : spec.measures)
        for (const auto &measure : cube.measures)
            if (measure.name == name) {
                measures << PivotField{.kind = PivotField::Measure, .level = {}, .measure = name, .label = measure.label};
                measureTexts << measure.label;
            }
    m_zones[int(PivotZone::Filters)]->setFields(filters, filterTexts);
    m_zones[int(PivotZone::Measures)]->setFields(measures, measureTexts);
}

} // namespace nightshift
