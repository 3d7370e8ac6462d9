#pragma once

#include "journalquery.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QMap>
#include <QSet>

namespace nightshift {

// A window onto the journal: a few pages of consecutive matching lines, oldest at the top, read on worker threads
// as the operator scrolls (older lines when the view reaches the top, newer ones through fetchMore at the bottom).
// It opens on the newest page, never counts the lines and never holds more than MaxLines of them: a window that
// grows past that forgets lines at its other end, and reads them again when the operator scrolls back.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Level, Workflow, Activity, Run, Message, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, LevelRole };
    static constexpr int PageSize = 500;
    static constexpr int MaxLines = 50000;

    JournalModel(std::shared_ptr<Instance> instance, std::optional<qint64> workflowId, QObject *parent = nullptr);
    ~JournalModel() override;

    const JournalFilter &filter() const { return m_filter; }
    void setFilter(const JournalFilter &filter); // the workflow stays; reads the newest page again

    void loadNewest(); // the newest page: what the view opens on, and where follow mode goes
    void loadOldest();
    void loadAround(qint64 id); // a page on each side of the line, e.g. a search result outside the window
    void fetchOlder(); // one more page above the window, when there is one
    void pollNewer(); // follow mode: lines written since, when the window shows the newest lines

    bool hasOlder() const { return !m_olderDone; }
    bool hasNewer() const { return !m_newerDone; }
    bool isLoading() const { return m_pending.size() > 0; }
    const JournalLine &line(int row) const { return m_lines.at(row); }
    int rowOfId(qint64 id) const; // -1 when the line is not in the window
    QStringList activitiesSeen() const; // in the lines read so far, sorted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void windowLoaded(qint64 focusId); // after loadNewest/loadOldest/loadAround (0, or the line to show)
    void olderLoaded(int rows); // rows inserted at the top: the view keeps its place
    void newerLoaded(int rows);
    void loadingChanged(bool loading);
    void failed(const QString &message);

private:
    enum class Request { Window, Older, Newer };
    void startWindow(qint64 fromId, bool forward, qint64 focusId);
    void applyWindow(const JournalQuery::Page &before, const JournalQuery::Page &after, qint64 focusId);
    void startPage(bool forward);
    void prepend(const JournalQuery::Page &page);
    void append(const JournalQuery::Page &page);
    void reset();
    void track(Request request, const QFuture<void> &future);
    void finished(Request request);
    void remember(const QList<JournalLine> &lines);

    std::shared_ptr<Instance> m_instance;
    JournalFilter m_filter;
    QList<JournalLine> m_lines;
    qint64 m_olderFrom = 0; // the next older page starts below this id
    qint64 m_newerFrom = 0; // the next newer page starts above this id
    bool m_olderDone = true;
    bool m_newerDone = true;
    quint64 m_generation = 0; // a result of an older generation (before a reset) is dropped
    QMap<Request, QFuture<void>> m_pending;
    QSet<QString> m_activities;
};

} // namespace nightshift
