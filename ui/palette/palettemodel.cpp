#include "palettemodel.h"

#include "fuzzymatch.h"

#include <QAction>

#include <algorithm>

namespace nightshift {

PaletteModel::PaletteModel(QObject *parent) : QAbstractListModel(parent) { }

void PaletteModel::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    rebuild();
}

void PaletteModel::setPattern(const QString &pattern)
{
    const QString simplified = pattern.simplified();
    if (simplified == m_pattern)
        return;
    m_pattern = simplified;
    rebuild();
}

void PaletteModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    const QString pattern = QString(m_pattern).remove(u' ');
    for (int i = 0; i < m_entries.size(); ++i) {
        const int score = fuzzyScore(pattern, m_entries.at(i).searched);
        if (score >= 0)
            m_shown.append({i, score + (m_entries.at(i).enabled ? 1 : 0)}); // runnable ones first on ties
    }
    // Stable: with no pattern, actions stay before workflows in the order given.
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::DecorationRole:
        return e.icon;
    case Qt::ToolTipRole:
    case DetailRole:
        return e.detail;
    case WorkflowIdRole:
        return e.workflowId;
    case ScoreRole:
        return m_shown.at(index.row()).second;
    default:
        return {};
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return entry(index.row()).enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                                      : Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace nightshift
