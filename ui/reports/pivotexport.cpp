#include "pivotexport.h"

#include "pivotmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QTextDocument>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::PivotExport)
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok ? QString::number(d, 'g', 15) : value.toString();
}

int depthOf(const QModelIndex &index)
{
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    return depth;
}

// Every row of the model, parents before their children, in the table's order.
void collect(const PivotModel &model, const QModelIndex &parent, QModelIndexList &rows, int &maxDepth)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        rows << index;
        maxDepth = std::max(maxDepth, depthOf(index));
        collect(model, index, rows, maxDepth);
    }
}

Status saveText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString pivotCsv(const PivotModel &model)
{
    QModelIndexList rows;
    int maxDepth = 0;
    collect(model, {}, rows, maxDepth);
    const int labelColumns = maxDepth + 1;

    // A label column's title: its row level, or for drilled depths the level of the first row found there.
    QStringList header(labelColumns);
    const auto &levels = model.table().spec.rows;
    for (int d = 0; d < labelColumns; ++d) {
        if (d < levels.size()) {
            header[d] = levelLabel(model.cube(), levels[d]);
            continue;
        }
        for (const QModelIndex &index : std::as_const(rows)) {
            const int r = model.rowOf(index);
            const auto &path = model.table().rows[r].path;
            if (path.levels.size() == d + 1) {
                header[d] = levelLabel(model.cube(), path.levels.last());
                break;
            }
        }
    }
    for (int c = 1; c < model.columnCount(); ++c)
        header << model.columnTitle(c);

    QStringList lines;
    auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        return quoted.join(u',');
    };
    lines << line(header);
    for (const QModelIndex &index : std::as_const(rows)) {
        QStringList fields(labelColumns);
        const int depth = depthOf(index);
        QModelIndex at = index;
        for (int d = depth; d >= 0; --d, at = at.parent())
            fields[d] = at.data().toString();
        if (model.rowCount(index) > 0 && depth + 1 < labelColumns)
            fields[depth + 1] = Text::tr("Total"); // a subtotal
        for (int c = 1; c < model.columnCount(); ++c)
            fields << csvValue(index.siblingAtColumn(c).data(PivotModel::ValueRole));
        lines << line(fields);
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

Status writeCsv(const PivotModel &model, const QString &path)
{
    return saveText(path, pivotCsv(model).toUtf8());
}

Status writePdf(const PivotModel &model, const QString &title, const QString &subtitle, const QString &path)
{
    QModelIndexList rows;
    int maxDepth = 0;
    collect(model, {}, rows, maxDepth);

    QString html = u"<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"
                   "<h2 style=\"margin-bottom: 2px;\">%1</h2><p style=\"color: #555;\">%2</p>"
                   "<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse;"
                   " border-color: #bbb;\"><thead><tr style=\"background: #e8ecf1;\">"_s.arg(title.toHtmlEscaped(),
                                                                                            subtitle.toHtmlEscaped());
    for (int c = 0; c < model.columnCount(); ++c)
        html += u"<th align=\"%1\">%2</th>"_s.arg(c == 0 ? u"left"_s : u"right"_s,
                                                  (c == 0 ? model.headerData(c, Qt::Horizontal).toString()
                                                          : model.columnTitle(c, false))
                                                      .toHtmlEscaped()
                                                      .replace(u"\n"_s, u"<br>"_s));
    html += u"</tr></thead>"_s;
    for (const QModelIndex &index : std::as_const(rows)) {
        const bool total = index.data(PivotModel::TotalRole).toBool();
        html += total ? u"<tr style=\"font-weight: bold; background: #f3f5f7;\">"_s : u"<tr>"_s;
        html += u"<td style=\"padding-left: %1px;\">%2</td>"_s.arg(4 + 14 * depthOf(index))
                    .arg(index.data().toString().toHtmlEscaped());
        for (int c = 1; c < model.columnCount(); ++c) {
            const QModelIndex cell = index.siblingAtColumn(c);
            const QVariant background = cell.data(Qt::BackgroundRole);
            const QVariant foreground = cell.data(Qt::ForegroundRole);
            QString style;
            if (background.isValid())
                style += u"background: %1;"_s.arg(background.value<QColor>().name());
            if (foreground.isValid())
                style += u"color: %1;"_s.arg(foreground.value<QColor>().name());
            if (cell.data(PivotModel::TotalRole).toBool())
                style += u"font-weight: bold;"_s;
            html += u"<td align=\"right\" style=\"%1\">%2</td>"_s.arg(style, cell.data().toString().toHtmlEscaped());
        }
        html += u"</tr>"_s;
    }
    html += u"</table></body></html>"_s;

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(u"Nightshift"_s);
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return fail(Text::tr("Cannot write %1.").arg(path));
    return {};
}

Status writePng(QWidget &widget, const QString &path)
{
    const QPixmap picture = widget.grab();
    if (picture.isNull() || !picture.save(path, "PNG"))
        return fail(Text::tr("Cannot write %1.").arg(path));
    return {};
}

} // namespace nightshift
