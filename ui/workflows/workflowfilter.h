#pragma once

#include "core/workflowdefinition.h"
#include "store/workflowrepository.h"

#include <QSet>
#include <QSortFilterProxyModel>
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
// A keystroke costs one pass over the model's precomputed haystacks, with no allocation per row.
class WorkflowFilter : public QSortFilterProxyModel
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool inFolders(qint64 folderId) const { return m_allFolders || m_folders.contains(folderId); }
    bool matchesCriteria(int sourceRow) const;

    const WorkflowListModel *m_source = nullptr;
    QSet<qint64> m_folders;
    bool m_allFolders = false;
    QString m_text; // as typed, simplified
    QStringList m_words; // case-folded
    Criteria m_criteria;
    mutable int m_folderRows = -1; // folderRowCount(), until the folders or the rows change
};

} // namespace nightshift
