#pragma once

#include "core/workflowdefinition.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace nightshift {

// The properties of one activity: those every activity has (name, label, execution, affinity, maximum
// duration, on error) and those of its type (ActivityTypeInfo: its attributes, its text, its parameters, and
// for a scheduler its schedule, edited in a ScheduleDialog).
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    // `otherNames`: the names of the workflow's other activities, which this one may not take.
    ActivityDialog(const Activity &activity, const QStringList &otherNames, bool editable, QWidget *parent = nullptr);

    Activity activity() const; // as edited; only meaningful when problem() is empty
    QString problem() const; // the first thing that keeps the activity from being accepted, or ""
    QLineEdit *field(const QString &key) const { return m_fields.value(key); } // "name", "label", an attribute
    QPushButton *scheduleButton() const { return m_scheduleButton; }
    void setSchedule(const ScheduleSpec &schedule); // what the schedule dialog gave

private:
    void check();
    void editSchedule();

    Activity m_activity;
    QStringList m_otherNames;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_execution, *m_onError;
    QPlainTextEdit *m_body = nullptr;
    QTableWidget *m_parameters = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QLabel *m_scheduleSummary = nullptr;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace nightshift
