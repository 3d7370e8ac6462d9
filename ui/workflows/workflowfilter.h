#pragma once

#include "core/workflowdefinition.h"
#include "store/workflowrepository.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace nightshift {

// The groups of states the filter bar and the monitoring views offer (SPEC §2 "Workflow status").
enum class StateGroup { Running, Paused, Failed, StartPending, Finished, Edited };
bool inStateGroup(const WorkflowRecord &workflow, StateGroup group);
std::optional<StateGroup> stateGroupFromFolderName(QStringView name); // running, paused, failed, startPending

// Narrows a WorkflowListModel to the selected folders (or all of them), a search text, and optional state,
// package and severity criteria that can be inverted ("all but …"); sorts by WorkflowListModel::SortRole.
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

    void setFolders(const QSet<qint64> &folderIds);
    void setAllFolders(); // every workflow of the instance (monitoring views)
    // Every word of `text` must appear, in any case, in the label, the internal name or the package.
    void setText(const QString &text);
    QString text() const { return m_words.join(u' '); }
    void setCriteria(const Criteria &criteria);
    const Criteria &criteria() const { return m_criteria; }
    bool isNarrowed() const; // by the text or the criteria
    int folderRowCount() const; // the workflows of the folders, whatever the text and the criteria

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool inFolders(qint64 folderId) const { return m_allFolders || m_folders.contains(folderId); }
    bool matchesCriteria(const WorkflowRecord &w) const;

    QSet<qint64> m_folders;
    bool m_allFolders = false;
    QStringList m_words;
    Criteria m_criteria;
};

} // namespace nightshift
