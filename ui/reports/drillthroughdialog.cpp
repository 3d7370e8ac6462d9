#include "drillthroughdialog.h"

#include "common/recordtable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

DrillThroughDialog::DrillThroughDialog(const QString &cell, const reports::FactRows &facts, int limit,
                                       QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(this)), m_note(new QLabel)
{
    setObjectName(u"drillThroughDialog"_s);
    setWindowTitle(tr("Facts of %1").arg(cell));
    m_model->setHorizontalHeaderLabels(facts.columns);
    for (const QVariantList &row : facts.rows) {
        QList<QStandardItem *> items;
        for (const QVariant &value : row) {
            auto *item = new QStandardItem(value.isNull() ? QString() : value.toString());
            item->setData(value, Qt::UserRole);
            if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong
                || value.typeId() == QMetaType::Int)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setEditable(false);
            items << item;
        }
        m_model->appendRow(items);
    }
    m_view = newRecordTable(m_model, u"facts"_s);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);

    const int shown = int(facts.rows.size());
    m_note->setObjectName(u"drillThroughNote"_s);
    m_note->setWordWrap(true);
    if (facts.truncated)
        m_note->setText(tr("Showing the first %1 facts only; there are more. Put more levels on the pivot to narrow "
                           "the cell down.")
                            .arg(QLocale().toString(limit)));
    else
        m_note->setText(shown ? tr("%n fact(s).", nullptr, shown) : tr("No facts behind this cell."));
    if (facts.truncated)
        m_note->setStyleSheet(u"color: #8a5300;"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(860, 480);
}

FilterDialog::FilterDialog(const QString &level, const QList<reports::Member> &members,
                           const reports::CubeFilter &current, QWidget *parent)
    : QDialog(parent), m_filter(current), m_members(new QStandardItemModel(this)),
      m_exclude(new QCheckBox(tr("Leave the checked members out")))
{
    setObjectName(u"filterDialog"_s);
    setWindowTitle(tr("Filter on %1").arg(level));
    for (const reports::Member &member : members) {
        auto *item = new QStandardItem(member.label.isEmpty() ? member.key.toString() : member.label);
        item->setData(member.key, Qt::UserRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(current.members.contains(member.key) ? Qt::Checked : Qt::Unchecked);
        m_members->appendRow(item);
    }
    auto *list = new QListView;
    list->setModel(m_members);
    m_exclude->setChecked(current.exclude);

    auto *all = new QPushButton(tr("Check all"));
    auto *none = new QPushButton(tr("Check none"));
    auto setAll = [this](Qt::CheckState state) {
        for (int r = 0; r < m_members->rowCount(); ++r)
            m_members->item(r)->setCheckState(state);
    };
    connect(all, &QPushButton::clicked, this, [setAll] { setAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [setAll] { setAll(Qt::Unchecked); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(all, QDialogButtonBox::ResetRole);
    buttons->addButton(none, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Members of %1:").arg(level)));
    layout->addWidget(list, 1);
    layout->addWidget(m_exclude);
    layout->addWidget(buttons);
    resize(360, 420);
}

reports::CubeFilter FilterDialog::filter() const
{
    reports::CubeFilter filter{.on = m_filter.on, .members = {}, .exclude = m_exclude->isChecked()};
    for (int r = 0; r < m_members->rowCount(); ++r)
        if (m_members->item(r)->checkState() == Qt::Checked)
            filter.members << m_members->item(r)->data(Qt::UserRole);
    return filter;
}

} // namespace nightshift
