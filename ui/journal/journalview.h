#pragma once

#include "store/instance.h"

#include <QFuture>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTimer;
class QToolButton;

namespace nightshift {

class JournalModel;
class SearchHighlighter;

// The journal of one workflow (or of the whole instance): a virtualized table of its lines that reads pages on
// worker threads as the operator scrolls, filtered by level and activity, with a search through every line (on a
// worker, cancellable, next and previous match), follow mode, copy and a streamed export.
class JournalView : public QWidget
{
    Q_OBJECT
public:
    JournalView(std::shared_ptr<Instance> instance, std::optional<qint64> workflowId, QWidget *parent = nullptr);
    ~JournalView() override;

    JournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *activityBox() const { return m_activity; }
    QCheckBox *followBox() const { return m_follow; }
    QString statusText() const;

    void setMinimumLevel(int level); // JournalLevel
    void setActivity(const QString &activity); // empty: every activity
    void setFollowing(bool follow);
    void findNext();
    void findPrevious();
    void cancelWork(); // a search or an export under way
    void copySelection() const;
    void exportTo(const QString &path); // every line the filters show, oldest first, on a worker

Q_SIGNALS:
    void searchFinished(bool found);
    void exportFinished(bool ok, const QString &message);

private:
    void buildUi();
    void applyFilter();
    void find(bool forward);
    void showFound(qint64 focusId);
    void scrolled(int value);
    void setBusy(const QString &text); // empty: idle
    void setStatus(const QString &text);
    QString idleStatus() const; // what is read and where more is
    void chooseExportFile();
    void updateActivities();

    std::shared_ptr<Instance> m_instance;
    JournalModel *m_model;
    QTableView *m_view = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_activity = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QTimer *m_followTimer = nullptr;
    SearchHighlighter *m_highlighter = nullptr;
    QFuture<void> m_work; // the search or export under way
    enum class Scroll { None, Top, Bottom } m_scrollOnLoad = Scroll::Bottom;
};

} // namespace nightshift
