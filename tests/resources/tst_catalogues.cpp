// The German and French catalogues stay complete and sound as the code changes:
// lupdate over today's sources finds nothing new, unfinished or vanished; every translation
// keeps its source's placeholders and the names Pinterest and Pinstripe; counts use plural
// forms; no message is a fragment of a sentence glued together in code.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< "", "unfinished", "vanished" or "obsolete"
    QStringList translations; ///< one per plural form
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            if (!current.source.isNull())
                out << current;
            current = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == u"numerusform") {
            current.translations << xml.readElementText();
        }
    }
    if (!current.source.isNull())
        out << current;
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

/** The placeholders of a text, sorted: "%1", "%2", "%n", "%L1" … */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

QString where(const Message &m)
{
    return QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(60));
}

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("fr")};

QString cataloguePath(const QString &language)
{
    return QStringLiteral(PINSTRIPE_SOURCE_DIR "/translations/pinstripe_%1.ts").arg(language);
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void lupdateFindsNothingNewUnfinishedOrVanished_data();
    void lupdateFindsNothingNewUnfinishedOrVanished();
    void translationsKeepPlaceholdersAndNames_data();
    void translationsKeepPlaceholdersAndNames();
    void countsUsePluralForms();
    void noMessageIsASentenceFragment();
};

void TestCatalogues::lupdateFindsNothingNewUnfinishedOrVanished_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
    // English needs only the plural forms ("1 ad group", "2 ad groups").
    QTest::newRow("en") << QStringLiteral("en");
}

void TestCatalogues::lupdateFindsNothingNewUnfinishedOrVanished()
{
    QFETCH(QString, language);
    const bool pluralsOnly = language == u"en";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("catalogue.ts"));
    QVERIFY(QFile::copy(cataloguePath(language), copy));
    QString error;
    const QList<Message> before = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // As the build's lupdate target runs it, but keeping what vanished so it can be counted.
    const QDir source(QStringLiteral(PINSTRIPE_SOURCE_DIR));
    QStringList arguments{QStringLiteral("-I"), source.path(), QStringLiteral("-locations"), QStringLiteral("none"),
                          source.filePath(QStringLiteral("core")), source.filePath(QStringLiteral("app")),
                          source.filePath(QStringLiteral("ui")), QStringLiteral("-ts"), copy};
    if (pluralsOnly)
        arguments << QStringLiteral("-pluralonly") << QStringLiteral("-source-language") << QStringLiteral("en")
                  << QStringLiteral("-target-language") << QStringLiteral("en");
    QProcess lupdate;
    lupdate.start(QStringLiteral(PINSTRIPE_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);

    const QList<Message> after = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const Message &m : before)
        known.insert(m.context + QChar(0) + m.source);
    QStringList added, unfinished, vanished;
    for (const Message &m : after) {
        if (!known.contains(m.context + QChar(0) + m.source))
            added << where(m);
        else if (m.type == u"unfinished")
            unfinished << where(m);
        else if (m.type == u"vanished" || m.type == u"obsolete")
            vanished << where(m);
    }
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("new in the code, not in the catalogue: ") + added.join(QLatin1String("; "))));
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished: ") + unfinished.join(QLatin1String("; "))));
    QVERIFY2(vanished.isEmpty(), qPrintable(QStringLiteral("no longer in the code: ") + vanished.join(QLatin1String("; "))));
    QVERIFY(after.size() > (pluralsOnly ? 50 : 1000));
}

void TestCatalogues::translationsKeepPlaceholdersAndNames_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestCatalogues::translationsKeepPlaceholdersAndNames()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readCatalogue(cataloguePath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    const QStringList names{QStringLiteral("Pinterest"), QStringLiteral("Pinstripe")};
    for (const Message &m : messages) {
        QStringList expected = placeholders(m.source);
        if (m.translations.isEmpty() || m.translations.contains(QString()))
            wrong << QStringLiteral("%1: empty").arg(where(m));
        for (int form = 0; form < m.translations.size(); ++form) {
            const QString &text = m.translations.at(form);
            QStringList got = placeholders(text);
            // The singular form may spell the one out ("une", "eine") instead of %n.
            if (m.numerus && form == 0 && !got.contains(QStringLiteral("%n")))
                expected.removeAll(QStringLiteral("%n")), got.removeAll(QStringLiteral("%n"));
            if (got != expected)
                wrong << QStringLiteral("%1: placeholders %2 became %3").arg(where(m), expected.join(u','), got.join(u','));
            for (const QString &name : names) {
                if (m.source.count(name) > text.count(name))
                    wrong << QStringLiteral("%1: %2 renamed").arg(where(m), name);
            }
            expected = placeholders(m.source);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String("\n"))));
}

void TestCatalogues::countsUsePluralForms()
{
    // "(s)" marks a noun that follows a count: it must be %n with plural forms (German and
    // French have two each), never "%1 ad group(s)"; nor "%1 days", which reads "1 days".
    static const QRegularExpression countedNoun(QStringLiteral(
        "%L?\\d+ (?:days?|hours?|minutes?|seconds?|ad groups?|changes?|batch(?:es)?|values?|rows?|campaigns?)\\b"));
    // Where the placeholder is a word, not a number: "Show %1 ad groups" (%1: "active").
    const QSet<QString> notCounts{QStringLiteral("Show %1 ad groups")};
    for (const QString &language : kLanguages) {
        QString error;
        const QList<Message> messages = readCatalogue(cataloguePath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        int plurals = 0;
        for (const Message &m : messages) {
            if (m.numerus) {
                ++plurals;
                if (!m.source.contains(QRegularExpression(QStringLiteral("%L?n"))) || m.translations.size() != 2)
                    wrong << where(m);
            } else if (QString(m.source).remove(QStringLiteral("http(s)")).contains(QStringLiteral("(s)"))
                       || (m.source.contains(countedNoun) && !notCounts.contains(m.source))) {
                wrong << where(m);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(language + QStringLiteral(": ") + wrong.join(QLatin1String("; "))));
        QVERIFY(plurals > 50);
    }
}

void TestCatalogues::noMessageIsASentenceFragment()
{
    // A message starting or ending in a space is glued to another in code, an order other
    // languages cannot change. Spin box suffixes are the exception: Qt draws them after the number.
    const QSet<QString> suffixes{QStringLiteral(" days"), QStringLiteral(" impressions"),
                                 QStringLiteral(" impressions per person in 30 days")};
    QString error;
    const QList<Message> messages = readCatalogue(cataloguePath(QStringLiteral("de")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList fragments;
    for (const Message &m : messages) {
        const QString text = QString(m.source).remove(QLatin1Char('\n'));
        if (text != text.trimmed() && !suffixes.contains(m.source))
            fragments << where(m);
    }
    QVERIFY2(fragments.isEmpty(), qPrintable(fragments.join(QLatin1String("; "))));
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
