#include "activitydialog.h"

#include "activityglyph.h"
#include "scheduledialog.h"
#include "workflowdocument.h"

#include "core/duration.h"
#include "core/triggerdescription.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

// What each type-specific attribute is, for the form's label and placeholder.
std::pair<QString, QString> describeAttribute(const QString &attribute)
{
    if (attribute == u"duration"_s)
        return {ActivityDialog::tr("Wait for:"), ActivityDialog::tr("a duration, e.g. 10m")};
    if (attribute == u"until"_s)
        return {ActivityDialog::tr("Or until:"), ActivityDialog::tr("a time of day, e.g. 06:00")};
    if (attribute == u"expiry"_s)
        return {ActivityDialog::tr("Expires after:"), ActivityDialog::tr("a duration (optional)")};
    if (attribute == u"group"_s)
        return {ActivityDialog::tr("Operator group:"), ActivityDialog::tr("the group notified")};
    if (attribute == u"timeout"_s)
        return {ActivityDialog::tr("Time limit:"), ActivityDialog::tr("default 1h")};
    if (attribute == u"workflow"_s)
        return {ActivityDialog::tr("Workflow:"), ActivityDialog::tr("internal name of the workflow to run")};
    if (attribute == u"cube"_s)
        return {ActivityDialog::tr("Cube:"), ActivityDialog::tr("the cube whose aggregate is updated")};
    if (attribute == u"mode"_s)
        return {ActivityDialog::tr("Mode:"), ActivityDialog::tr("full or incremental")};
    if (attribute == u"job"_s)
        return {ActivityDialog::tr("Job:"), ActivityDialog::tr("name of a registered native job")};
    return {attribute + u':', {}};
}

} // namespace

ActivityDialog::ActivityDialog(const Activity &activity, const QStringList &otherNames, bool editable, QWidget *parent)
    : QDialog(parent), m_activity(activity), m_otherNames(otherNames), m_execution(new QComboBox),
      m_onError(new QComboBox), m_problem(new QLabel)
{
    const ActivityTypeInfo &info = ActivityTypeInfo::of(activity.type);
    setWindowTitle(tr("%1 — %2").arg(WorkflowDocument::defaultLabel(activity.type), activity.name));
    setWindowIcon(glyph::icon(activity.type));
    const auto line = [this](const QString &key, const QString &text) {
        auto *edit = new QLineEdit(text);
        edit->setObjectName(key);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::textChanged, this, &ActivityDialog::check);
        return edit;
    };

    auto *common = new QGroupBox(tr("Activity"));
    auto *form = new QFormLayout(common);
    form->addRow(tr("&Label:"), line(u"label"_s, activity.label));
    form->addRow(tr("&Name:"), line(u"name"_s, activity.name));
    m_execution->addItems({tr("Normal"), tr("Do not activate"), tr("Activate but do not execute")});
    m_execution->setCurrentIndex(int(activity.execution));
    form->addRow(tr("&Execution:"), m_execution);
    form->addRow(tr("&Affinity:"), line(u"affinity"_s, activity.affinity));
    m_fields.value(u"affinity"_s)->setPlaceholderText(tr("the workflow's default"));
    form->addRow(tr("&Maximum duration:"),
                 line(u"maxDuration"_s, activity.maxDuration ? formatDuration(*activity.maxDuration) : QString()));
    m_fields.value(u"maxDuration"_s)->setPlaceholderText(tr("none; e.g. 4h (a warning when passed)"));
    m_onError->addItems({tr("Suspend the workflow"), tr("Ignore the error"), tr("Abort the run")});
    m_onError->setCurrentIndex(int(activity.onError));
    form->addRow(tr("On &error:"), m_onError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(common);

    if (!info.attributes.isEmpty() || activity.type == ActivityType::Scheduler || !info.bodyElement.isEmpty()
        || info.acceptsParams) {
        auto *specific = new QGroupBox(WorkflowDocument::defaultLabel(activity.type));
        auto *specificForm = new QFormLayout(specific);
        for (const QString &attribute : info.attributes) {
            const auto [label, placeholder] = describeAttribute(attribute);
            QLineEdit *edit = line(attribute, activity.setting(attribute));
            edit->setPlaceholderText(info.requiredAttributes.contains(attribute) ? tr("required: %1").arg(placeholder)
                                                                                 : placeholder);
            specificForm->addRow(label, edit);
        }
        if (activity.type == ActivityType::Scheduler) {
            m_scheduleSummary = new QLabel;
            m_scheduleSummary->setObjectName(u"scheduleSummary"_s);
            m_scheduleSummary->setWordWrap(true);
            m_scheduleButton = new QPushButton(tr("&Schedule…"));
            connect(m_scheduleButton, &QPushButton::clicked, this, &ActivityDialog::editSchedule);
            auto *row = new QHBoxLayout;
            row->addWidget(m_scheduleSummary, 1);
            row->addWidget(m_scheduleButton);
            specificForm->addRow(tr("Runs:"), row);
        }
        if (!info.bodyElement.isEmpty()) {
            m_body = new QPlainTextEdit(activity.body);
            m_body->setObjectName(u"body"_s);
            m_body->setTabChangesFocus(true);
            QFont mono(u"monospace"_s);
            mono.setStyleHint(QFont::Monospace);
            if (activity.type != ActivityType::Alert)
                m_body->setFont(mono);
            m_body->setMinimumHeight(110);
            connect(m_body, &QPlainTextEdit::textChanged, this, &ActivityDialog::check);
            specificForm->addRow(activity.type == ActivityType::Alert     ? tr("Message:")
                                     : activity.type == ActivityType::Sql ? tr("Statement:")
                                                                          : tr("Script:"),
                                 m_body);
        }
        if (info.acceptsParams) {
            m_parameters = new QTableWidget(0, 2);
            m_parameters->setObjectName(u"parameters"_s);
            m_parameters->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
            m_parameters->horizontalHeader()->setStretchLastSection(true);
            m_parameters->verticalHeader()->hide();
            m_parameters->setMinimumHeight(100);
            for (const Parameter &p : activity.parameters) {
                const int row = m_parameters->rowCount();
                m_parameters->insertRow(row);
                m_parameters->setItem(row, 0, new QTableWidgetItem(p.name));
                m_parameters->setItem(row, 1, new QTableWidgetItem(p.value));
            }
            auto *add = new QPushButton(tr("Add"));
            auto *remove = new QPushButton(tr("Remove"));
            connect(add, &QPushButton::clicked, this, [this] { m_parameters->insertRow(m_parameters->rowCount()); });
            connect(remove, &QPushButton::clicked, this, [this] {
                if (m_parameters->currentRow() >= 0)
                    m_parameters->removeRow(m_parameters->currentRow());
            });
            auto *buttons = new QVBoxLayout;
            buttons->addWidget(add);
            buttons->addWidget(remove);
            buttons->addStretch();
            auto *row = new QHBoxLayout;
            row->addWidget(m_parameters, 1);
            row->addLayout(buttons);
            specificForm->addRow(tr("Parameters:"), row);
        }
        layout->addWidget(specific);
    }

    m_problem->setObjectName(u"activityProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    if (!editable) { // shown read-only: the same fields, nothing to change
        for (QWidget *w : findChildren<QWidget *>())
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QTableWidget *>(w) || (qobject_cast<QPushButton *>(w) && w != m_ok))
                w->setEnabled(false);
        if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel))
            cancel->hide();
    }
    if (m_activity.schedule)
        setSchedule(*m_activity.schedule);
    check();
}

void ActivityDialog::setSchedule(const ScheduleSpec &schedule)
{
    m_activity.schedule = schedule;
    if (m_scheduleSummary)
        m_scheduleSummary->setText(describeSchedule(schedule));
    check();
}

void ActivityDialog::editSchedule()
{
    ScheduleDialog dialog(m_activity.schedule.value_or(ScheduleSpec{}), this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto spec = dialog.spec())
            setSchedule(*spec);
}

Activity ActivityDialog::activity() const
{
    Activity a = m_activity;
    a.name = m_fields.value(u"name"_s)->text().trimmed();
    a.label = m_fields.value(u"label"_s)->text().trimmed();
    a.execution = ExecutionMode(m_execution->currentIndex());
    a.onError = ErrorPolicy(m_onError->currentIndex());
    a.affinity = m_fields.value(u"affinity"_s)->text().trimmed();
    const QString duration = m_fields.value(u"maxDuration"_s)->text().trimmed();
    a.maxDuration = duration.isEmpty() ? std::nullopt : parseDuration(duration);
    for (const QString &attribute : ActivityTypeInfo::of(a.type).attributes) {
        const QString value = m_fields.value(attribute)->text().trimmed();
        if (value.isEmpty())
            a.settings.remove(attribute);
        else
            a.settings.insert(attribute, value);
    }
    if (m_body)
        a.body = m_body->toPlainText();
    if (m_parameters) {
        a.parameters.clear();
        for (int row = 0; row < m_parameters->rowCount(); ++row) {
            const QTableWidgetItem *name = m_parameters->item(row, 0);
            const QTableWidgetItem *value = m_parameters->item(row, 1);
            if (name && !name->text().trimmed().isEmpty())
                a.parameters << Parameter{name->text().trimmed(), value ? value->text() : QString()};
        }
    }
    return a;
}

QString ActivityDialog::problem() const
{
    const QString name = m_fields.value(u"name"_s)->text().trimmed();
    if (!isIdentifier(name))
        return tr("The name must start with a letter or _, then letters, digits or _ (64 at most).");
    if (m_otherNames.contains(name))
        return tr("Another activity is already named %1.").arg(name);
    const QString duration = m_fields.value(u"maxDuration"_s)->text().trimmed();
    if (!duration.isEmpty() && !parseDuration(duration))
        return tr("%1 is not a duration; write for example 30s, 10m, 4h or 1h30m.").arg(duration);
    for (const QString &attribute : ActivityTypeInfo::of(m_activity.type).requiredAttributes)
        if (m_fields.value(attribute)->text().trimmed().isEmpty())
            return tr("%1 is required.").arg(describeAttribute(attribute).first.chopped(1));
    return {};
}

void ActivityDialog::check()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (m_ok && m_fields.value(u"name"_s)->isEnabled()) // read-only, OK only closes
        m_ok->setEnabled(text.isEmpty());
}

} // namespace nightshift
