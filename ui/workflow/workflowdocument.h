#pragma once

#include "core/workflowdefinition.h"

#include <QObject>
#include <QPoint>
#include <QUndoStack>

namespace nightshift {

// The definition a workflow window edits. Every change is one undoable step holding the definition before and
// after it (and the folder it goes in): definitions are small, so whole copies keep undo exact for every kind of edit
// (add, move, connect, delete, properties) without one inverse operation per kind.
class WorkflowDocument : public QObject
{
    Q_OBJECT
public:
    explicit WorkflowDocument(QObject *parent = nullptr);

    // A definition as saved, in folder `folderId`: no undo history, not modified.
    void reset(const WorkflowDefinition &definition, qint64 folderId = 0);
    const WorkflowDefinition &definition() const { return m_definition; }
    qint64 folderId() const { return m_folderId; } // where the workflow goes when saved (not in the definition)
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    // One undoable change. Consecutive changes with the same non-empty mergeKey (dragging one activity) merge.
    void apply(const QString &text, const WorkflowDefinition &after, const QString &mergeKey = {});
    bool moveToFolder(qint64 folderId, const QString &folderLabel); // one undoable step

    // The edits of the diagram; each is one undoable step. They return false when there is nothing to do.
    QString addActivity(ActivityType type, QPoint centre); // the new activity's name
    bool connect(const QString &from, const QString &to);
    bool move(const QString &activity, QPoint centre);
    bool remove(const QStringList &activities, const QList<std::pair<QString, QString>> &transitions = {});
    bool replaceActivity(const QString &name, const Activity &activity); // a rename follows incoming transitions

    QString uniqueActivityName(const QString &base) const;
    static QString defaultLabel(ActivityType type); // "Job", "Scheduler", … translated

Q_SIGNALS:
    void changed();

private:
    friend class DefinitionChange;
    void set(const WorkflowDefinition &definition, qint64 folderId);

    WorkflowDefinition m_definition;
    qint64 m_folderId = 0;
    QUndoStack m_undo;
};

} // namespace nightshift
