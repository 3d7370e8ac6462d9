#pragma once

#include "common/livestatus.h"
#include "store/instancesnapshot.h"
#include "workflowfilter.h"
#include "workflowlistmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace nightshift {

// The page for a folder of workflows (or a monitoring view across the instance): its name and count, a filter
// bar (text, state, package, severity, with exclusion), and the sortable multi-selection list.
class WorkflowListPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkflowListPage(QWidget *parent = nullptr);

    // Keeps the selected workflows, the current one and the scroll position when they still exist.
    // `keys`: the list's filter and sort keys when the loader made them (WorkflowRowKeys).
    void setSnapshot(const InstanceSnapshot &snapshot, const LiveStatus &status = {}, const WorkflowRowKeys &keys = {});
    void setTriggers(const QHash<qint64, QString> &triggers); // when they come after the snapshot
    void showFolder(const QString &title, const QString &toolTip, const QSet<qint64> &folderIds);
    // A monitoring view: every workflow of the instance in `group`; the state criterion is fixed meanwhile.
    void showStateGroup(const QString &title, StateGroup group);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *stateCombo() const { return m_state; }
    QComboBox *packageCombo() const { return m_package; }
    QComboBox *severityCombo() const { return m_severity; }
    QCheckBox *excludeBox() const { return m_exclude; }
    WorkflowListModel *listModel() const { return m_model; }
    WorkflowFilter *filterModel() const { return m_proxy; }

    QList<WorkflowRecord> selectedWorkflows() const; // top to bottom as shown
    void selectWorkflow(qint64 workflowId); // makes it current and the only one selected, if it is shown

    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state); // an empty state keeps the columns sized to their contents

Q_SIGNALS:
    void selectionChanged();
    void workflowActivated(qint64 workflowId); // double-click or Enter

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void updateCriteria();
    void fillPackages(const QStringList &packages); // distinct and sorted
    void sizeColumns(); // the first time there are workflows, unless the operator's widths were restored
    void updateCount();
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids, qint64 current);

    WorkflowListModel *m_model;
    WorkflowFilter *m_proxy;
    QLabel *m_title;
    QLabel *m_count;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QComboBox *m_package;
    QComboBox *m_severity;
    QCheckBox *m_exclude;
    QTreeView *m_view;
    std::optional<StateGroup> m_fixedState; // a monitoring view
    bool m_sizeColumns = true; // with the first data, unless the operator's widths were restored
    QList<qint64> m_allSelected; // during a layout change of the filter, when every row was selected
    QStringList m_packages; // of the workflows, as the package filter offers them
};

} // namespace nightshift
