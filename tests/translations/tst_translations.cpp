// Translations stay true: every message of nightshift_zh_TW.ts is translated, keeps its placeholders, and
// the compiled catalogue really translates what the console shows.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current = Message{context, {}, {}, false, xml.attributes().value(u"numerus"_s) == u"yes"_s};
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            if (!current.numerus)
                current.translations << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s is not well-formed: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d|n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(NIGHTSHIFT_SOURCE_DIR) + u"/translations/nightshift_"_s + language + u".ts"_s;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChineseMessageIsTranslatedWithItsPlaceholders()
    {
        const QList<Message> messages = readTs(tsPath(u"zh_TW"_s));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": \""_s + m.source.left(60) + u'"';
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty()) {
                problems << where + u" is not translated"_s;
                continue;
            }
            for (const QString &t : m.translations)
                if (placeholders(t) != placeholders(m.source))
                    problems << where + u" loses or adds a placeholder"_s;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"run the update_translations target, then translate:\n"_s
                                                + problems.join(u'\n')));
    }

    // Strings added to the code since the last update_translations would ship untranslated.
    void theCatalogueCoversTheCurrentSources()
    {
        QTemporaryDir dir;
        const QString extracted = dir.filePath(u"current.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(NIGHTSHIFT_SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE), {u"-silent"_s, u"-recursive"_s, u"app"_s, u"ui"_s, u"-ts"_s, extracted});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> translated;
        for (const Message &m : readTs(tsPath(u"zh_TW"_s)))
            translated.insert(m.context + u'\x1f' + m.source);
        QStringList missing;
        for (const Message &m : readTs(extracted))
            if (!translated.contains(m.context + u'\x1f' + m.source))
                missing << m.context + u": \""_s + m.source.left(60) + u'"';
        QVERIFY2(missing.isEmpty(), qPrintable(u"run the update_translations target, then translate:\n"_s
                                               + missing.join(u'\n')));
    }

    void englishPluralsHaveTwoForms()
    {
        for (const Message &m : readTs(tsPath(u"en"_s)))
            if (m.numerus)
                QVERIFY2(m.translations.size() == 2 && !m.unfinished, qPrintable(m.source));
    }

    void compiledCataloguesTranslate()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(NIGHTSHIFT_BINARY_DIR) + u"/translations/nightshift_zh_TW.qm"_s));
        QCOMPARE(chinese.translate("nightshift::Folders", "Technical workflows"), u"技術工作流程"_s);
        QVERIFY(!chinese.translate("nightshift::WorkflowState", "Paused").isEmpty());

        QTranslator english;
        QVERIFY(english.load(QStringLiteral(NIGHTSHIFT_BINARY_DIR) + u"/translations/nightshift_en.qm"_s));
        QVERIFY(!english.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
