// Field names inside sentences follow the language's rule: lower case in English and French,
// capitalised nouns in German; abbreviations keep their capitals.
#include "ui/common/translations.h"
#include "ui/common/wordinsentence.h"
#include "ui/changes/changetext.h"

#include <QTest>
#include <QTranslator>

using namespace pinstripe;

class TestWordInSentence : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void byLanguage_data();
    void byLanguage();
};

void TestWordInSentence::cleanup()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestWordInSentence::byLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("budget");     // "Budget" inside a sentence
    QTest::addColumn<QString>("ctr");        // "CTR" inside a sentence
    QTest::addColumn<QString>("sentence");   // part of a change's description
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("budget")
                             << QStringLiteral("CTR (paid)") << QStringLiteral("Change budget of Spring");
    QTest::newRow("Deutsch") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("Budget")
                             << QStringLiteral("CTR (paid)") << QStringLiteral("Budget von Spring ändern");
    QTest::newRow("Français") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("budget")
                              << QStringLiteral("CTR (paid)") << QStringLiteral("Modifier budget (Spring)");
}

void TestWordInSentence::byLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, budget);
    QFETCH(QString, ctr);
    QFETCH(QString, sentence);
    QVERIFY(!installTranslations(qApp, locale).isEmpty());
    QCOMPARE(wordInSentence(QStringLiteral("Budget")), budget);
    QCOMPARE(wordInSentence(QStringLiteral("CTR (paid)")), ctr);
    QCOMPARE(wordInSentence(QString()), QString());

    PendingChange change;
    change.field = QStringLiteral("budget_in_micro_currency");
    change.adGroupName = QStringLiteral("Spring");
    const QString description = ChangeText::describe(change);
    QVERIFY2(description.contains(sentence), qPrintable(description));
}

QTEST_MAIN(TestWordInSentence)
#include "tst_wordinsentence.moc"
