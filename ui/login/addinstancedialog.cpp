#include "addinstancedialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nightshift {

AddInstanceDialog::AddInstanceDialog(QWidget *parent)
    : QDialog(parent), m_location(new QLineEdit), m_name(new QLineEdit), m_error(new QLabel),
      m_browse(new QPushButton(tr("&Browse…")))
{
    setWindowTitle(tr("Add an Instance"));
    m_location->setObjectName(u"location"_s);
    m_location->setPlaceholderText(tr("/path/to/instance.sqlite or postgresql://user@host:5432/database"));
    m_location->setMinimumWidth(m_location->fontMetrics().horizontalAdvance(m_location->placeholderText()) + 24);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("Optional: the file name, or database@host"));
    m_browse->setObjectName(u"browse"_s);
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &AddInstanceDialog::browse);

    m_error->setObjectName(u"addInstanceError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b02a37;"_s); // the error colour of the message bar
    m_error->hide();

    auto *where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Location:"), where);
    form->addRow(tr("&Name:"), m_name);

    auto *hint = new QLabel(tr("A SQLite file made by \"nightshiftctl init\", or a PostgreSQL database. "
                               "A password written in the URL is not kept in the list."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddInstanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddInstanceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_location, m_browse);
    setTabOrder(m_browse, m_name);
}

QString AddInstanceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddInstanceDialog::browse()
{
    // open(), not exec() or the static getter: no nested event loop.
    auto *files = new QFileDialog(this, tr("Choose a SQLite Instance"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    files->setNameFilters({tr("SQLite instances (*.sqlite *.db)"), tr("All files (*)")});
    const QFileInfo typed(m_location->text());
    files->setDirectory(typed.absoluteDir().exists() ? typed.absolutePath()
                                                     : QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &file) { m_location->setText(file); });
    files->open();
}

void AddInstanceDialog::accept()
{
    auto parsed = InstanceLocation::parse(m_location->text());
    QString problem;
    if (!parsed)
        problem = parsed.error().message;
    else if (parsed->dialect == Dialect::Sqlite && !QFileInfo(parsed->path).isFile())
        problem = tr("There is no file %1. Create an instance with \"nightshiftctl init --instance %1\".")
                      .arg(parsed->path);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_location->setFocus();
        return;
    }
    m_instance = InstanceList::describe(*parsed);
    if (!m_name->text().trimmed().isEmpty())
        m_instance.name = m_name->text().trimmed();
    // parse() also takes NIGHTSHIFT_PGPASSWORD: only a password written in the URL is handed on.
    m_databasePassword = QUrl(m_location->text().trimmed()).password();
    QDialog::accept();
}

} // namespace nightshift
