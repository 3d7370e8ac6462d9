#pragma once

#include "core/workflowdefinition.h"
#include "store/workflowrepository.h"

#include <QAbstractProxyModel>
#include <QSet>
#include <QStringList>

#include <optional>

namespace nightshift {

class WorkflowListModel;

// The groups of states the filter bar and the monitoring views offer (SPEC §2 "Workflow status").
enum class StateGroup { Running, Paused, Failed, StartPending, Finished, Edited };
// Running is not a state: a workflow runs while one of its runs executes tasks (WorkflowListModel::isRunning);
// a started workflow waiting for its scheduler does not.
bool inStateGroup(const WorkflowRecord &workflow, bool running, StateGroup group);
std::optional<StateGroup> stateGroupFromFolderName(QStringView name); // running, paused, failed, startPending

// Narrows a WorkflowListModel to the selected folders (or all of them), a search text, and optional state,
// package and severity criteria that can be inverted ("all but …"); sorts with WorkflowListModel::lessThan.
//
// Not a QSortFilterProxyModel: on 20,000 rows its row-by-row removals and sorted insertions (one signal per run of
// rows, each making the view walk its rows again) cost far more than the filtering. Here every source row is kept
// in the sort order once (sorting again only when the column or the rows change), a keystroke walks that order
// once over the model's precomputed haystacks, and the new list of shown rows replaces the old in one
// layoutChanged, the persistent indexes (selection, current row) following their workflows.
class WorkflowFilter : public QAbstractProxyModel
{
    Q_OBJECT
public:
    struct Criteria
    {
        std::optional<StateGroup> state;
        std::optional<QString> package; // an empty string: workflows of no package
        std::optional<nightshift::Severity> severity;
        bool exclude = false; // keep the workflows that do NOT match every criterion set
        bool operator==(const Criteria &) const = default;
    };

    explicit WorkflowFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // a WorkflowListModel
    void setFolders(const QSet<qint64> &folderIds);
    void setAllFolders(); // every workflow of the instance (monitoring views)
    // Every word of `text` must appear, in any case, in the label, the internal name or the package.
    void setText(const QString &text);
    QString text() const { return m_text; }
    void setCriteria(const Criteria &criteria);
    const Criteria &criteria() const { return m_criteria; }
    bool isNarrowed() const; // by the text or the criteria
    int folderRowCount() const; // the workflows of the folders, whatever the text and the criteria
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // -1: the model's order
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool inFolders(qint64 folderId) const { return m_allFolders || m_folders.contains(folderId); }
    bool matchesCriteria(int sourceRow) const;
    bool accepts(int sourceRow) const;
    void sortAll(); // m_order, from the model's rows
    QList<int> filtered() const; // m_order narrowed to the rows accepted
    void show(QList<int> rows); // one layoutChanged, persistent indexes following their source rows
    void rebuild(); // m_order and m_shown from scratch, inside a reset
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    const WorkflowListModel *m_source = nullptr;
    QSet<qint64> m_folders;
    bool m_allFolders = false;
    QString m_text; // as typed, simplified
    QStringList m_words; // case-folded
    Criteria m_criteria;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order; // every source row, in the sort order
    QList<int> m_shown; // proxy row → source row
    QList<int> m_proxyRows; // source row → proxy row, -1 when filtered out
    mutable int m_folderRows = -1; // folderRowCount(), until the folders or the rows change
};

} // namespace nightshift
