#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace nightshift {

// Narrows a WorkflowListModel to the selected folder (and its subfolders) and to a search text, and sorts it
// by WorkflowListModel::SortRole.
class WorkflowFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkflowFilter(QObject *parent = nullptr);

    void setFolders(const QSet<qint64> &folderIds);
    // Every word of `text` must appear, in any case, in the label, the internal name or the package.
    void setText(const QString &text);
    QString text() const { return m_words.join(u' '); }
    int folderRowCount() const; // the workflows of the folders, whatever the text

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<qint64> m_folders;
    QStringList m_words;
};

} // namespace nightshift
