// Edit › Preferences › Language: the four choices, the note that it applies at the next start,
// the choice kept in settings, and the catalogues main() then installs for it.
#include "ui/common/languagechoice.h"
#include "ui/common/preferencesdialog.h"

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

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
