#include "cubespage.h"

#include "common/background.h"
#include "common/formatting.h"
#include "common/messagebar.h"
#include "drillthroughdialog.h"
#include "pivotexport.h"
#include "pivotmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace nightshift {

using reports::AxisLevel;
using reports::CubeFilter;
using reports::CubeInfo;

CubesPage::CubesPage(std::shared_ptr<const PivotSource> source, QWidget *parent)
    : QWidget(parent), m_source(std::move(source)), m_model(new PivotModel(m_source, this))
{
    setObjectName(u"cubesPage"_s);
    buildUi();
    connect(m_model, &PivotModel::loaded, this, &CubesPage::pivotLoaded);
    connect(m_model, &PivotModel::failed, this, [this](const QString &message) {
        m_messages->showError(tr("The pivot could not be computed: %1").arg(message));
        m_status->setText(tr("No result"));
    });
    connect(m_model, &PivotModel::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        if (busy)
            m_status->setText(tr("Computing…"));
    });
    connect(m_model, &PivotModel::progressChanged, m_progress, &QProgressBar::setValue);
    loadCubes();
}

CubesPage *CubesPage::showIn(QStackedWidget *pages, const std::shared_ptr<Instance> &instance,
                             const std::optional<Principal> &who)
{
    const QString login = who ? who->login : QString();
    CubesPage *page = nullptr;
    for (int i = 0; i < pages->count() && !page; ++i)
        page = qobject_cast<CubesPage *>(pages->widget(i));
    if (page && (page->m_instanceKey != instance.get() || page->m_operatorKey != login)) {
        pages->removeWidget(page); // another instance or operator: a page of its own
        page->deleteLater();
        page = nullptr;
    }
    if (!page) {
        page = new CubesPage(std::make_shared<CubeReaderSource>(instance, who));
        page->m_instanceKey = instance.get();
        page->m_operatorKey = login;
        pages->addWidget(page);
    }
    pages->setCurrentWidget(page);
    return page;
}

void CubesPage::buildUi()
{
    m_messages = new MessageBar;
    auto *title = new QLabel(tr("Cube"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_cubePicker = new QComboBox;
    m_cubePicker->setObjectName(u"cubePicker"_s);
    m_cubePicker->setMinimumContentsLength(18);
    m_cubePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_cubePicker, &QComboBox::currentIndexChanged, this, &CubesPage::cubeChosen);
    m_description = new QLabel;
    m_description->setObjectName(u"cubeDescription"_s);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_refreshed = new QLabel;
    m_refreshed->setObjectName(u"cubeRefreshed"_s);
    m_refreshed->setForegroundRole(QPalette::PlaceholderText);
    auto *reload = new QToolButton;
    reload->setText(tr("Query again"));
    reload->setToolTip(tr("Read the cube's aggregate again"));
    connect(reload, &QToolButton::clicked, this, [this] {
        readRefreshTime();
        m_model->reload();
    });
    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addWidget(m_cubePicker);
    heading->addWidget(m_description, 1);
    heading->addWidget(m_refreshed);
    heading->addWidget(reload);

    m_fields = new FieldList;
    connect(m_fields, &FieldList::addRequested, this,
            [this](const PivotField &field, PivotZone zone) { addField(field, zone); });

    m_table = new QTreeView;
    m_table->setObjectName(u"pivotTable"_s);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setExpandsOnDoubleClick(false); // a double click drills down or shows the facts
    m_table->setSortingEnabled(true);
    m_table->header()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->header()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->header()->setMinimumSectionSize(70);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTreeView::customContextMenuRequested, this, &CubesPage::tableMenu);
    connect(m_table, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() > 0)
            drillThrough(index);
        else if (m_model->isExpanded(index))
            m_model->collapse(index);
        else if (m_model->canExpand(index))
            m_model->expand(index);
    });
    m_chart = new PivotChart;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"pivotTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_chart, tr("Chart"));

    m_highlight = new QCheckBox(tr("Highlight values"));
    m_highlight->setToolTip(tr("Colour each cell by its value, from light (low) to dark (high)"));
    connect(m_highlight, &QCheckBox::toggled, m_model, &PivotModel::setHighlighting);
    m_chartType = new QComboBox;
    m_chartType->setObjectName(u"chartType"_s);
    for (auto type : {PivotChart::Bar, PivotChart::StackedBar, PivotChart::Line, PivotChart::Pie})
        m_chartType->addItem(PivotChart::typeName(type), int(type));
    connect(m_chartType, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setType(PivotChart::Type(m_chartType->currentData().toInt()));
        m_tabs->setCurrentWidget(m_chart);
    });
    m_export = new QToolButton;
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Table as CSV…"), this, [this] { exportAs(u"csv"_s); });
    exportMenu->addAction(tr("Table as PDF…"), this, [this] { exportAs(u"pdf"_s); });
    exportMenu->addAction(tr("Table as PNG…"), this, [this] { exportAs(u"table-png"_s); });
    exportMenu->addAction(tr("Chart as PNG…"), this, [this] { exportAs(u"chart-png"_s); });
    m_export->setMenu(exportMenu);
    m_status = new QLabel;
    m_status->setObjectName(u"pivotStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_model->cancel();
        m_status->setText(tr("Cancelled"));
    });
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_highlight);
    tools->addSpacing(12);
    tools->addWidget(new QLabel(tr("Chart:")));
    tools->addWidget(m_chartType);
    tools->addWidget(m_export);
    tools->addStretch(1);
    tools->addWidget(m_status);
    tools->addWidget(m_progress);
    tools->addWidget(m_cancel);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildZones());
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_fields);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addLayout(heading);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_fields);
}

QWidget *CubesPage::buildZones()
{
    const QList<std::pair<QString, QString>> zones{{tr("Rows"), tr("Drop dimensions here")},
                                                   {tr("Columns"), tr("Drop dimensions here")},
                                                   {tr("Filters"), tr("Drop a dimension to filter on")},
                                                   {tr("Measures"), tr("Drop measures here")}};
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    for (int z = 0; z < zones.size(); ++z) {
        auto *zone = new DropZone(PivotZone(z), zones[z].second);
        connect(zone, &DropZone::dropped, this, [this, z](const PivotField &f, int position, int fromZone, int fromRow) {
            addField(f, PivotZone(z), position, fromZone, fromRow);
        });
        connect(zone, &DropZone::removeRequested, this, [this, z](int row) { removeField(PivotZone(z), row); });
        connect(zone, &DropZone::editRequested, this, [this](int row) {
            if (row >= 0 && row < m_model->spec().filters.size())
                editFilter(m_model->spec().filters[row].on);
        });
        m_zones << zone;
        auto *label = new QLabel(zones[z].first);
        label->setBuddy(zone);
        // Filters and Columns above, Rows and Measures below, as the table lays them out.
        const int row = z == int(PivotZone::Rows) || z == int(PivotZone::Measures) ? 1 : 0;
        const int column = z == int(PivotZone::Rows) || z == int(PivotZone::Filters) ? 0 : 2;
        grid->addWidget(label, row, column, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(zone, row, column + 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

void CubesPage::loadCubes()
{
    runInBackground<Result<QList<CubeInfo>>>(
        this, [source = m_source] { return source->cubes(); },
        [this](const Result<QList<CubeInfo>> &cubes) {
            if (!cubes) {
                m_messages->showError(tr("The cubes could not be read: %1").arg(cubes.error().message));
                return;
            }
            showCubes(*cubes);
        });
}

void CubesPage::showCubes(const QList<CubeInfo> &cubes)
{
    m_cubes = cubes;
    const QSignalBlocker blocker(m_cubePicker);
    m_cubePicker->clear();
    for (const CubeInfo &cube : cubes)
        m_cubePicker->addItem(cube.label, cube.name);
    m_cubePicker->setCurrentIndex(-1);
    if (!cubes.isEmpty())
        m_cubePicker->setCurrentIndex(0);
    cubeChosen(m_cubePicker->currentIndex());
    Q_EMIT cubesLoaded();
}

bool CubesPage::setCube(const QString &name)
{
    const int index = m_cubePicker->findData(name);
    if (index >= 0)
        m_cubePicker->setCurrentIndex(index);
    return index >= 0;
}

void CubesPage::cubeChosen(int index)
{
    if (index < 0 || index >= m_cubes.size())
        return;
    const CubeInfo &cube = m_cubes[index];
    m_description->setText(cube.description);
    readRefreshTime();
    m_messages->showError({});
    m_model->setCube(cube);
    m_fields->setCube(cube);
    m_memberLabels.clear();
    // A first pivot to start from: the first dimension's coarsest level by the first measure.
    PivotSpec spec = m_model->spec();
    if (!cube.dimensions.isEmpty() && !cube.dimensions.first().levels.isEmpty())
        spec.rows << AxisLevel{.dimension = cube.dimensions.first().name,
                               .level = cube.dimensions.first().levels.first().name};
    if (!cube.measures.isEmpty())
        spec.measures << cube.measures.first().name;
    apply(spec);
}

void CubesPage::readRefreshTime()
{
    const int index = m_cubePicker->currentIndex();
    if (index < 0 || index >= m_cubes.size())
        return;
    const quint64 generation = ++m_refreshGeneration;
    m_refreshed->setText(tr("Reading the last refresh…"));
    runInBackground<Result<QDateTime>>(
        this, [source = m_source, name = m_cubes[index].name] { return source->lastRefresh(name); },
        [this, generation, name = m_cubes[index].name](const Result<QDateTime> &when) {
            if (generation != m_refreshGeneration)
                return;
            if (!when)
                m_refreshed->setText(tr("Last refresh unknown: %1").arg(when.error().message));
            else if (!when->isValid())
                m_refreshed->setText(tr("Never refreshed: run the workflow aggregate:%1").arg(name));
            else
                m_refreshed->setText(tr("Refreshed %1").arg(localTimeText(when->toMSecsSinceEpoch())));
        });
}

void CubesPage::apply(const PivotSpec &spec)
{
    m_messages->showError({});
    m_model->setSpec(spec);
    updateZones();
}

void CubesPage::pivotLoaded()
{
    m_messages->showError({});
    m_table->expandAll();
    // Value columns as wide as their figures or the widest line of their title (plus the sort arrow), not the
    // whole title: with several measures the titles are long and the figures short.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = m_table->header()->fontMetrics();
    const int widest = metrics.horizontalAdvance(u'M') * 24;
    const int arrow = m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_table->header()) + 12;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c == 0) {
            m_table->resizeColumnToContents(c);
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, widest));
            continue;
        }
        int title = 0;
        for (const QString &line : m_model->headerData(c, Qt::Horizontal).toString().split(u'\n'))
            title = std::max(title, headerMetrics.horizontalAdvance(line));
        const int figures = static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c); // public there
        m_table->setColumnWidth(c, std::min(std::max(figures + 12, title + arrow), widest));
    }
    m_table->header()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_chart->showPivot(*m_model);
    const auto &table = m_model->table();
    const qsizetype rows = std::max<qsizetype>(0, table.rows.size() - 1);
    m_status->setText(table.measures.isEmpty() ? tr("Drop a measure to see figures")
                                               : tr("%n row(s), %1 queries", nullptr, int(rows)).arg(table.queries));
    Q_EMIT pivotShown();
}

void CubesPage::tableMenu(const QPoint &at)
{
    const QModelIndex index = m_table->indexAt(at);
    if (!index.isValid())
        return;
    QMenu menu;
    const QModelIndex row = index.siblingAtColumn(0);
    if (m_model->canExpand(row))
        menu.addAction(tr("Expand to %1").arg(m_model->nextLevelLabel(row)), this, [this, row] { m_model->expand(row); });
    if (m_model->isExpanded(row))
        menu.addAction(tr("Collapse"), this, [this, row] { m_model->collapse(row); });
    if (index.column() > 0)
        menu.addAction(tr("Show the facts…"), this, [this, index] { drillThrough(index); });
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(at));
}

QString CubesPage::cellDescription(const QModelIndex &cell) const
{
    QStringList parts;
    for (QModelIndex row = cell.siblingAtColumn(0); row.isValid(); row = row.parent())
        parts.prepend(row.data().toString());
    if (m_model->isValueColumn(cell.column()))
        parts << m_model->columnTitle(cell.column());
    return parts.join(u" › "_s);
}

void CubesPage::drillThrough(const QModelIndex &cell)
{
    if (!cell.isValid() || !m_model->isValueColumn(cell.column()))
        return;
    const QString description = cellDescription(cell);
    m_status->setText(tr("Reading the facts…"));
    runInBackground<Result<reports::FactRows>>(
        this,
        [source = m_source, cube = m_model->cube().name, filters = m_model->cellFilters(cell)] {
            return source->facts(cube, filters, DrillThroughLimit);
        },
        [this, description](const Result<reports::FactRows> &facts) {
            m_status->clear();
            if (!facts) {
                m_messages->showError(tr("The facts could not be read: %1").arg(facts.error().message));
                return;
            }
            if (m_drillDialog)
                m_drillDialog->close();
            m_drillDialog = new DrillThroughDialog(description, *facts, DrillThroughLimit, this);
            m_drillDialog->setAttribute(Qt::WA_DeleteOnClose);
            m_drillDialog->show();
            Q_EMIT drillThroughShown(m_drillDialog);
        });
}

DrillThroughDialog *CubesPage::drillThroughDialog() const
{
    return m_drillDialog;
}

void CubesPage::setChartType(PivotChart::Type type)
{
    m_chartType->setCurrentIndex(m_chartType->findData(int(type)));
}

Status CubesPage::exportCsv(const QString &path) const
{
    return writeCsv(*m_model, path);
}

Status CubesPage::exportPdf(const QString &path) const
{
    QStringList filters;
    for (const CubeFilter &filter : m_model->spec().filters)
        filters << filterText(filter);
    const QString subtitle = filters.isEmpty() ? m_refreshed->text()
                                               : tr("%1. Filters: %2").arg(m_refreshed->text(), filters.join(u"; "_s));
    return writePdf(*m_model, m_model->cube().label, subtitle, path);
}

Status CubesPage::exportPng(const QString &path, bool chart) const
{
    return chart ? writePng(*m_chart, path) : writePng(*m_table, path);
}

void CubesPage::exportAs(const QString &kind)
{
    const bool csv = kind == u"csv", pdf = kind == u"pdf";
    const QString filter = csv ? tr("CSV files (*.csv)") : pdf ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)");
    const QString suffix = csv ? u".csv"_s : pdf ? u".pdf"_s : u".png"_s;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the pivot"), m_model->cube().name + suffix, filter);
    if (path.isEmpty())
        return;
    const Status written = csv ? exportCsv(path) : pdf ? exportPdf(path) : exportPng(path, kind == u"chart-png");
    if (!written)
        m_messages->showError(written.error().message);
}

} // namespace nightshift
