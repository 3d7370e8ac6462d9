#pragma once

#include "core/schedulecalculator.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace nightshift {

// The trigger of a scheduler activity, in every form of SPEC §4 (cron accepted), with the next ten fire times
// previewed as the operator types. The fields are the schedule element's attributes, so what is accepted here
// is exactly what the definition format accepts (ScheduleSpec::fromElement decides).
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewCount = 10;

    explicit ScheduleDialog(const ScheduleSpec &spec, QWidget *parent = nullptr);

    Result<ScheduleSpec> spec() const; // what the fields say now
    void setPreviewStart(const QDateTime &from); // default: now; tests fix it
    QListWidget *previewList() const { return m_preview; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }

private:
    void addRow(const QString &key, const QString &label, QWidget *editor);
    void load(const ScheduleSpec &spec);
    void kindChanged();
    void updatePreview();

    QComboBox *m_kind;
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_rows; // by key: the editor of the row
    QHash<QString, QLineEdit *> m_fields;
    QList<QCheckBox *> m_days;
    QComboBox *m_ordinal, *m_weekday, *m_zone;
    QSpinBox *m_maxRuns;
    QListWidget *m_preview;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    QDateTime m_from;
};

} // namespace nightshift
