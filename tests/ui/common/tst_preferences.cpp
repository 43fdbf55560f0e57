// Edit › Preferences › Language: the four choices, the note that it applies at the next start,
// the choice kept in settings, and the catalogues main() then installs for it.
#include "core/analytics/analyticscsv.h"
#include "ui/common/exportlanguage.h"
#include "ui/common/languagechoice.h"
#include "ui/common/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace pinstripe;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void systemUntilChosen();
    void choiceIsKeptWhenAccepted();
    void cancelKeepsTheOldChoice();
    void eachChoiceLoadsItsCatalogue_data();
    void eachChoiceLoadsItsCatalogue();
    void exportsInEnglishIsKept();
    void exportsSpeakEnglishOnlyInsideTheScope();

private:
    static void removeTranslators();
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::cleanup()
{
    removeTranslators();
}

void TestPreferences::removeTranslators()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestPreferences::systemUntilChosen()
{
    QCOMPARE(savedLanguage(), Language::System);
    const QLocale system(QLocale::German, QLocale::Austria);
    QCOMPARE(localeFor(Language::System, system), system);
    QCOMPARE(localeFor(Language::French, system).language(), QLocale::French);
    QCOMPARE(localeFor(Language::English, system).language(), QLocale::English);

    PreferencesDialog dialog;
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 4);
    QVERIFY(box->itemText(0).startsWith(QStringLiteral("As the system")));
    // Each language named in itself.
    QCOMPARE(box->itemText(1), QStringLiteral("English"));
    QCOMPARE(box->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(box->itemText(3), QStringLiteral("Français"));
    QCOMPARE(box->currentIndex(), 0);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("next start")), qPrintable(note->text()));
}

void TestPreferences::choiceIsKeptWhenAccepted()
{
    {
        PreferencesDialog dialog;
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
        box->setCurrentIndex(box->findText(QStringLiteral("Français")));
        dialog.accept();
    }
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(savedLanguage(), Language::French);
    // Shown again as chosen.
    PreferencesDialog again;
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageBox"))->currentText(), QStringLiteral("Français"));
}

void TestPreferences::cancelKeepsTheOldChoice()
{
    saveLanguage(Language::German);
    PreferencesDialog dialog;
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    box->setCurrentIndex(box->findText(QStringLiteral("English")));
    dialog.reject();
    QCOMPARE(savedLanguage(), Language::German);
}

void TestPreferences::eachChoiceLoadsItsCatalogue_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QString>("file"); // how "&File" then reads
    QTest::newRow("English") << Language::English << QStringLiteral("pinstripe_en.qm") << QStringLiteral("&File");
    QTest::newRow("Deutsch") << Language::German << QStringLiteral("pinstripe_de.qm") << QStringLiteral("&Datei");
    QTest::newRow("Français") << Language::French << QStringLiteral("pinstripe_fr.qm") << QStringLiteral("&Fichier");
}

void TestPreferences::eachChoiceLoadsItsCatalogue()
{
    QFETCH(Language, language);
    QFETCH(QString, catalogue);
    QFETCH(QString, file);
    saveLanguage(language);
    const QStringList loaded = installChosenTranslations(qApp);
    QVERIFY2(loaded.contains(catalogue), qPrintable(loaded.join(QLatin1Char(' '))));
    QCOMPARE(QCoreApplication::translate("pinstripe::MainWindow", "&File"), file);
}

void TestPreferences::exportsInEnglishIsKept()
{
    QVERIFY(!exportsInEnglish());
    {
        PreferencesDialog dialog;
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("exportsInEnglishBox"));
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        box->setChecked(true);
        dialog.accept();
    }
    QVERIFY(exportsInEnglish());
    PreferencesDialog again;
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("exportsInEnglishBox"))->isChecked());
}

void TestPreferences::exportsSpeakEnglishOnlyInsideTheScope()
{
    saveLanguage(Language::German);
    QVERIFY(installChosenTranslations(qApp).contains(QStringLiteral("pinstripe_de.qm")));
    const auto file = [] { return QCoreApplication::translate("pinstripe::MainWindow", "&File"); };
    const auto loaded = [](int n) { return QCoreApplication::translate("pinstripe::AdGroupBrowser", "%n ad group(s) loaded.", nullptr, n); };
    const auto header = [] {
        const QByteArray csv = AnalyticsCsv::fromReport({}, {QStringLiteral("IMPRESSION_1")}, Currency::eur());
        return QString::fromUtf8(csv.left(csv.indexOf('\n')));
    };
    QCOMPARE(file(), QStringLiteral("&Datei"));
    const QString germanHeader = header();
    QVERIFY2(germanHeader.contains(QStringLiteral("Impressionen")), qPrintable(germanHeader));

    { // The option off: the scope changes nothing.
        const ExportLanguageScope scope;
        QCOMPARE(file(), QStringLiteral("&Datei"));
    }
    setExportsInEnglish(true);
    {
        const ExportLanguageScope scope;
        QCOMPARE(file(), QStringLiteral("&File"));
        QCOMPARE(loaded(1), QStringLiteral("1 ad group loaded."));
        QCOMPARE(loaded(3), QStringLiteral("3 ad groups loaded."));
        const QString englishHeader = header();
        QVERIFY2(englishHeader.contains(QStringLiteral("Impressions (paid)")), qPrintable(englishHeader));
        QVERIFY2(englishHeader.contains(QStringLiteral("Ad group ID")), qPrintable(englishHeader));
    }
    // German again after the export.
    QCOMPARE(file(), QStringLiteral("&Datei"));
    QCOMPARE(header(), germanHeader);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
