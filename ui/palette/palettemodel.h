#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QPointer>

class QAction;

namespace nightshift {

// What the command palette offers: the window's actions and every workflow, matched fuzzily against what the
// operator types, best first.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Entry
    {
        QString title;
        QString detail; // the shortcut, the workflow's internal name, or why an action is disabled
        QIcon icon;
        QPointer<QAction> action; // an action entry
        qint64 workflowId = 0; // a workflow entry
        bool enabled = true;
        QString searched; // what the pattern is matched against
    };
    enum Role { DetailRole = Qt::UserRole + 1, WorkflowIdRole, ScoreRole };

    explicit PaletteModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    void setPattern(const QString &pattern);
    const Entry &entry(int row) const { return m_entries.at(m_shown.at(row).first); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuild();

    QList<Entry> m_entries;
    QList<std::pair<int, int>> m_shown; // entry index, score
    QString m_pattern;
};

} // namespace nightshift
