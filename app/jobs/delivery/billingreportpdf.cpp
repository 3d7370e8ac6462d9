#include "billingreportpdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nightshift {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nightshift::BillingReport)
};

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s);
}

struct Column
{
    QString title;
    qreal width = 0; // share of the page width
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Draws from the top of the page down in points (the writer works at 72 dpi), starting a new page when the
// next block does not fit, and numbers the pages.
class ReportPainter
{
public:
    explicit ReportPainter(QPdfWriter &writer) : m_writer(writer), m_painter(&writer)
    {
        m_width = writer.width();
        m_height = writer.height();
        m_painter.setPen(Qt::black);
    }

    bool isActive() const { return m_painter.isActive(); }
    int pages() const { return m_page; }

    void finish()
    {
        footer();
        m_painter.end();
    }

    void title(const QString &text, const QString &subtitle)
    {
        setFont(20, true);
        line(text, 30);
        setFont(10, false);
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        for (const QString &part : subtitle.split(u'\n'))
            line(part, 15);
        m_painter.setPen(Qt::black);
        m_y += 12;
    }

    void heading(const QString &text)
    {
        ensureRoom(60);
        m_y += 10;
        setFont(13, true);
        line(text, 22);
    }

    void paragraph(const QString &text)
    {
        setFont(10, false);
        ensureRoom(16);
        line(text, 16);
    }

    void table(const QList<Column> &columns, const QList<QStringList> &rows, bool lastIsTotal)
    {
        constexpr qreal rowHeight = 18;
        ensureRoom(rowHeight * 2);
        header(columns, rowHeight);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (m_y + rowHeight > bottom()) {
                newPage();
                header(columns, rowHeight);
            }
            const bool total = lastIsTotal && i == rows.size() - 1;
            setFont(10, total);
            cells(columns, rows.at(i), rowHeight);
            m_painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
            m_painter.drawLine(QPointF(0, m_y + rowHeight), QPointF(m_width, m_y + rowHeight));
            m_painter.setPen(Qt::black);
            m_y += rowHeight;
        }
        m_y += 6;
    }

private:
    qreal bottom() const { return m_height - 30; } // room for the footer

    void setFont(int points, bool bold)
    {
        QFont font(u"Sans Serif"_s);
        font.setPointSize(points);
        font.setBold(bold);
        m_painter.setFont(font);
    }

    void line(const QString &text, qreal height)
    {
        const QFontMetricsF metrics(m_painter.font());
        m_painter.drawText(QRectF(0, m_y, m_width, height), Qt::AlignLeft | Qt::AlignVCenter,
                           metrics.elidedText(text, Qt::ElideRight, m_width));
        m_y += height;
    }

    void header(const QList<Column> &columns, qreal height)
    {
        m_painter.fillRect(QRectF(0, m_y, m_width, height), QColor(0xe8, 0xec, 0xf2));
        setFont(10, true);
        QStringList titles;
        for (const Column &c : columns)
            titles << c.title;
        cells(columns, titles, height);
        m_y += height;
    }

    void cells(const QList<Column> &columns, const QStringList &values, qreal height)
    {
        const QFontMetricsF metrics(m_painter.font());
        qreal x = 0;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const qreal w = columns.at(i).width * m_width;
            const QRectF cell(x + 4, m_y, w - 8, height);
            m_painter.drawText(cell, columns.at(i).alignment | Qt::AlignVCenter,
                               metrics.elidedText(values.value(i), Qt::ElideRight, cell.width()));
            x += w;
        }
    }

    void ensureRoom(qreal height)
    {
        if (m_y + height > bottom())
            newPage();
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    void footer()
    {
        setFont(8, false);
        m_painter.setPen(QColor(0x77, 0x77, 0x77));
        m_painter.drawText(QRectF(0, m_height - 16, m_width, 16), Qt::AlignRight | Qt::AlignVCenter,
                           Text::tr("Page %1").arg(m_page));
        m_painter.setPen(Qt::black);
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace

Result<BillingReportPdf> renderBillingReport(const BillingFigures &figures, const QString &instanceName)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Text::tr("the activity report cannot be laid out as a PDF in this process: it needs a "
                             "QGuiApplication for its fonts (the console and nightshiftd create one)"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(Text::tr("System activity report"));
    writer.setCreator(u"Nightshift"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(72);
    ReportPainter report(writer);
    if (!report.isActive())
        return fail(Text::tr("the activity report could not be laid out: QPainter refused the PDF writer"));

    const QLocale locale;
    report.title(Text::tr("System activity report"),
                 Text::tr("Instance: %1\nPeriod: %2 to %3 (UTC)\nGenerated on %4 (UTC)")
                     .arg(instanceName, utcText(figures.periodStart), utcText(figures.periodEnd),
                          utcText(QDateTime::currentMSecsSinceEpoch())));

    report.heading(Text::tr("Database size"));
    report.paragraph(Text::tr("%1 (%2 bytes)")
                         .arg(locale.formattedDataSize(figures.databaseBytes), locale.toString(figures.databaseBytes)));

    report.heading(Text::tr("Marketing actions"));
    if (figures.channels.isEmpty()) {
        report.paragraph(Text::tr("No delivery sent messages in the period."));
    } else {
        QList<QStringList> rows;
        for (const ChannelActivity &c : figures.channels)
            rows << QStringList{c.channel, locale.toString(c.deliveries), locale.toString(c.messages)};
        rows << QStringList{Text::tr("Total"), locale.toString(figures.marketingActions()),
                            locale.toString(figures.messages())};
        report.table({{Text::tr("Channel"), 0.5, Qt::AlignLeft},
                      {Text::tr("Deliveries"), 0.25, Qt::AlignRight},
                      {Text::tr("Messages sent"), 0.25, Qt::AlignRight}},
                     rows, true);
    }

    report.heading(Text::tr("Active profiles"));
    report.paragraph(Text::tr("%1 profiles targeted from %2 to %3 (UTC)")
                         .arg(locale.toString(figures.activeProfiles), utcText(figures.activeSince),
                              utcText(figures.periodEnd)));

    report.heading(Text::tr("Main deliveries above %1 messages").arg(locale.toString(figures.mainDeliveryThreshold)));
    if (figures.mainDeliveries.isEmpty()) {
        report.paragraph(Text::tr("None in the period."));
    } else {
        QList<QStringList> rows;
        for (const MainDelivery &d : figures.mainDeliveries)
            rows << QStringList{d.internalName, d.label, d.channel, locale.toString(d.sent)};
        report.table({{Text::tr("Delivery"), 0.3, Qt::AlignLeft},
                      {Text::tr("Label"), 0.35, Qt::AlignLeft},
                      {Text::tr("Channel"), 0.15, Qt::AlignLeft},
                      {Text::tr("Messages sent"), 0.2, Qt::AlignRight}},
                     rows, false);
    }
    report.finish();
    return BillingReportPdf{.data = buffer.data(), .pages = report.pages()};
}

} // namespace nightshift
