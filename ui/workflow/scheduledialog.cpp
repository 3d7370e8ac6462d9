#include "scheduledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

const QStringList weekdayKeys = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

// One entry of the form list: the schedule element and the rows it shows (keys of m_rows).
struct Form
{
    const char *label;
    QString element;
    QStringList rows;
};

const QList<Form> &forms()
{
    static const QList<Form> list = {
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Several times a day"), u"times"_s, {u"times"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Every N minutes or hours"),
         u"every"_s,
         {u"interval"_s, u"from"_s, u"to"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Daily"), u"daily"_s, {u"at"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Weekly"), u"weekly"_s, {u"days"_s, u"at"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Monthly, on a day"), u"monthly"_s, {u"day"_s, u"at"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Monthly, on a weekday"),
         u"monthly"_s,
         {u"ordinal"_s, u"weekday"_s, u"at"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Yearly"), u"yearly"_s, {u"date"_s, u"at"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Once"), u"once"_s, {u"once"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Cron expression"), u"cron"_s, {u"expression"_s}},
        {QT_TRANSLATE_NOOP("nightshift::ScheduleDialog", "Continuously"), u"continuous"_s, {u"pause"_s}},
    };
    return list;
}

// "2026-03-29 03:00 +02:00 CEST", as `nightshiftctl schedule preview` prints it.
QString fireTime(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const int offset = std::abs(local.offsetFromUtc()) / 60;
    return u"%1 %2%3:%4 %5"_s.arg(local.toString(u"yyyy-MM-dd HH:mm"_s), local.offsetFromUtc() < 0 ? u"-"_s : u"+"_s)
        .arg(offset / 60, 2, 10, QChar(u'0'))
        .arg(offset % 60, 2, 10, QChar(u'0'))
        .arg(zone.abbreviation(at))
        .trimmed();
}

} // namespace

ScheduleDialog::ScheduleDialog(const ScheduleSpec &spec, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox), m_form(new QFormLayout), m_ordinal(new QComboBox),
      m_weekday(new QComboBox), m_zone(new QComboBox), m_maxRuns(new QSpinBox), m_preview(new QListWidget),
      m_problem(new QLabel)
{
    setWindowTitle(tr("Schedule"));
    m_kind->setObjectName(u"scheduleKind"_s);
    for (const Form &form : forms())
        m_kind->addItem(tr(form.label));
    m_form->addRow(tr("&Runs:"), m_kind);

    const auto line = [this](const QString &key, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setObjectName(key);
        edit->setPlaceholderText(placeholder);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::textChanged, this, &ScheduleDialog::updatePreview);
        return edit;
    };
    addRow(u"times"_s, tr("At:"), line(u"times"_s, tr("01:00, 07:00, 13:00")));
    addRow(u"interval"_s, tr("Every:"), line(u"interval"_s, tr("10m, 1h, 1h30m")));
    addRow(u"from"_s, tr("From:"), line(u"from"_s, tr("08:00 (optional, with To)")));
    addRow(u"to"_s, tr("To:"), line(u"to"_s, tr("18:00")));
    auto *days = new QWidget;
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList dayLabels = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 0; d < 7; ++d) {
        auto *box = new QCheckBox(dayLabels.at(d));
        box->setObjectName(weekdayKeys.at(d));
        connect(box, &QCheckBox::toggled, this, &ScheduleDialog::updatePreview);
        daysLayout->addWidget(box);
        m_days << box;
    }
    daysLayout->addStretch();
    addRow(u"days"_s, tr("Days:"), days);
    addRow(u"day"_s, tr("Day of the month:"), line(u"day"_s, tr("1 … 31, or last")));
    m_ordinal->addItems({tr("First"), tr("Second"), tr("Third"), tr("Fourth"), tr("Last")});
    addRow(u"ordinal"_s, tr("Which:"), m_ordinal);
    m_weekday->addItems(
        {tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday"), tr("Sunday")});
    addRow(u"weekday"_s, tr("Weekday:"), m_weekday);
    addRow(u"date"_s, tr("Date:"), line(u"date"_s, tr("MM-DD, e.g. 12-31")));
    addRow(u"once"_s, tr("At:"), line(u"once"_s, tr("2026-12-01T09:00")));
    addRow(u"expression"_s, tr("Expression:"), line(u"expression"_s, tr("*/15 8-18 * * mon-fri")));
    addRow(u"pause"_s, tr("Pause between runs:"), line(u"pause"_s, tr("0s")));
    addRow(u"at"_s, tr("At:"), line(u"at"_s, tr("04:00")));
    for (QComboBox *combo : {m_ordinal, m_weekday})
        connect(combo, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updatePreview);

    auto *limits = new QGroupBox(tr("Time zone and validity"));
    auto *limitsForm = new QFormLayout(limits);
    m_zone->setObjectName(u"timezone"_s);
    m_zone->setEditable(true);
    m_zone->addItem(tr("Server"), ScheduleSpec::serverTimeZone());
    m_zone->addItem(tr("Operator"), u"operator"_s);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleDialog::updatePreview);
    limitsForm->addRow(tr("Time &zone:"), m_zone);
    limitsForm->addRow(tr("Valid from:"), line(u"validFrom"_s, tr("YYYY-MM-DD (optional)")));
    limitsForm->addRow(tr("Valid until:"), line(u"validUntil"_s, tr("YYYY-MM-DD (optional)")));
    m_maxRuns->setObjectName(u"maxRuns"_s);
    m_maxRuns->setRange(0, 1000000);
    m_maxRuns->setSpecialValueText(tr("Unlimited"));
    connect(m_maxRuns, &QSpinBox::valueChanged, this, &ScheduleDialog::updatePreview);
    limitsForm->addRow(tr("Number of runs:"), m_maxRuns);

    auto *previewBox = new QGroupBox(tr("Next runs"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview->setObjectName(u"schedulePreview"_s);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setMinimumWidth(260);
    previewLayout->addWidget(m_preview);
    m_problem->setObjectName(u"scheduleProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    previewLayout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(m_form);
    left->addWidget(limits);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(previewBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleDialog::kindChanged);
    load(spec);
}

void ScheduleDialog::addRow(const QString &key, const QString &label, QWidget *editor)
{
    m_form->addRow(label, editor);
    m_rows.insert(key, editor);
}

void ScheduleDialog::load(const ScheduleSpec &spec)
{
    const QSignalBlocker blocker(m_kind);
    QHash<QString, QString> values;
    for (const auto &[name, value] : spec.attributes())
        values.insert(name, value);
    int form = 0;
    for (int i = 0; i < forms().size(); ++i)
        if (forms().at(i).element == spec.elementName()
            && (spec.kind != ScheduleSpec::Kind::Monthly
                || (spec.ordinal != 0) == forms().at(i).rows.contains(u"ordinal"_s)))
            form = i;
    m_kind->setCurrentIndex(form);
    const QString element = spec.elementName();
    const QString atKey = element == u"times"_s ? u"times"_s : element == u"once"_s ? u"once"_s : u"at"_s;
    m_fields.value(atKey)->setText(values.value(u"at"_s));
    for (const QString &key : {u"interval"_s, u"from"_s, u"to"_s, u"day"_s, u"date"_s, u"expression"_s, u"pause"_s,
                               u"validFrom"_s, u"validUntil"_s})
        m_fields.value(key)->setText(values.value(key));
    const QStringList days = values.value(u"days"_s).split(u',', Qt::SkipEmptyParts);
    for (int d = 0; d < 7; ++d)
        m_days.at(d)->setChecked(days.contains(weekdayKeys.at(d)));
    const QStringList ordinals = {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s, u"last"_s};
    m_ordinal->setCurrentIndex(std::max(0, int(ordinals.indexOf(values.value(u"ordinal"_s)))));
    m_weekday->setCurrentIndex(std::max(0, int(weekdayKeys.indexOf(values.value(u"weekday"_s)))));
    const int zone = m_zone->findData(spec.timeZone);
    if (zone >= 0)
        m_zone->setCurrentIndex(zone);
    else
        m_zone->setEditText(spec.timeZone);
    m_maxRuns->setValue(spec.maxRuns);
    kindChanged();
}

void ScheduleDialog::kindChanged()
{
    const QStringList shown = forms().value(m_kind->currentIndex()).rows;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        m_form->setRowVisible(it.value(), shown.contains(it.key()));
    updatePreview();
}

Result<ScheduleSpec> ScheduleDialog::spec() const
{
    const Form &form = forms().value(m_kind->currentIndex());
    QMap<QString, QString> attributes;
    for (const QString &row : form.rows) {
        if (row == u"days"_s) {
            QStringList days;
            for (int d = 0; d < 7; ++d)
                if (m_days.at(d)->isChecked())
                    days << weekdayKeys.at(d);
            attributes.insert(row, days.join(u','));
        } else if (row == u"ordinal"_s) {
            static const QStringList ordinals = {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s, u"last"_s};
            attributes.insert(row, ordinals.at(m_ordinal->currentIndex()));
        } else if (row == u"weekday"_s) {
            attributes.insert(row, weekdayKeys.at(m_weekday->currentIndex()));
        } else if (const QString text = m_fields.value(row)->text().trimmed(); !text.isEmpty()) {
            attributes.insert(row == u"times"_s || row == u"once"_s ? u"at"_s : row, text);
        }
    }
    for (const QString &key : {u"validFrom"_s, u"validUntil"_s})
        if (const QString text = m_fields.value(key)->text().trimmed(); !text.isEmpty())
            attributes.insert(key, text);
    if (m_maxRuns->value() > 0)
        attributes.insert(u"maxRuns"_s, QString::number(m_maxRuns->value()));
    const int zoneIndex = m_zone->findText(m_zone->currentText());
    const QString zone = zoneIndex >= 0 ? m_zone->itemData(zoneIndex).toString() : m_zone->currentText().trimmed();
    if (!zone.isEmpty() && zone != ScheduleSpec::serverTimeZone())
        attributes.insert(u"timezone"_s, zone);
    return ScheduleSpec::fromElement(form.element, attributes);
}

void ScheduleDialog::setPreviewStart(const QDateTime &from)
{
    m_from = from;
    updatePreview();
}

void ScheduleDialog::updatePreview()
{
    m_preview->clear();
    auto parsed = spec();
    Result<ScheduleCalculator> calculator
        = parsed ? ScheduleCalculator::create(*parsed) : Result<ScheduleCalculator>(std::unexpected(parsed.error()));
    if (m_ok)
        m_ok->setEnabled(calculator.has_value());
    if (!calculator) {
        m_problem->setText(calculator.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    const QDateTime from = m_from.isValid() ? m_from : QDateTime::currentDateTimeUtc();
    const QList<QDateTime> times = calculator->preview(from, PreviewCount);
    for (const QDateTime &at : times)
        m_preview->addItem(fireTime(at, calculator->zone()));
    if (times.isEmpty())
        m_preview->addItem(tr("Never runs again"));
}

} // namespace nightshift
