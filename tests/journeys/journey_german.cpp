// J8: with a German (or, given --language fr, a French) system locale, as main() installs the
// translations for it, the main window's menus, dock titles and dock buttons read German
// (French). The window is built twice in one run, first without the catalogue, then with it:
// every text a person sees there must have changed, except words the language shares with English.
// Then the person picks English in Edit › Preferences: from the next start the app speaks English.
#include "journeysupport.h"

#include "ui/common/exportlanguage.h"
#include "ui/common/languagechoice.h"
#include "ui/common/preferencesdialog.h"

#include <QComboBox>
#include <QTimer>
#include <QTranslator>

#include <QDockWidget>
#include <QMap>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace pinstripe;
using namespace pinstripe::journeys;

namespace {

/** What the journey expects of one language. */
struct Language
{
    QLocale::Language language;
    QByteArray locale;        ///< LANG / LC_ALL
    QString catalogue;        ///< the app's catalogue main() must load
    QSet<QString> sameWords;  ///< words that read the same as in English
    QStringList menus;        ///< menu titles a person looks for first
    QStringList dockButtons;  ///< buttons of the Pending Changes dock
    QString screenshot;
};

Language german()
{
    return {QLocale::German, "de_DE.UTF-8", QStringLiteral("pinstripe_de.qm"),
            {QStringLiteral("Status"), QStringLiteral("Budget"), QStringLiteral("Performance"), QStringLiteral("Details")},
            {QStringLiteral("Datei"), QStringLiteral("Bearbeiten"), QStringLiteral("Ansicht"), QStringLiteral("Hilfe")},
            {QStringLiteral("Veröffentlichen…"), QStringLiteral("Verwerfen")}, QStringLiteral("j8-german")};
}

Language french()
{
    return {QLocale::French, "fr_FR.UTF-8", QStringLiteral("pinstripe_fr.qm"),
            {QStringLiteral("Budget"), QStringLiteral("Performance"), QStringLiteral("Performances"), QStringLiteral("Details"),
             QStringLiteral("Statut")},
            {QStringLiteral("Fichier"), QStringLiteral("Édition"), QStringLiteral("Affichage"), QStringLiteral("Aide")},
            {QStringLiteral("Publier…"), QStringLiteral("Abandonner")}, QStringLiteral("j8-french")};
}

Language g_language = german();

} // namespace

class JourneyGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusDocksAndButtonsInGerman();

private:
    /** What the window shows in its menus, dock titles and dock buttons, by where it is shown. */
    static QMap<QString, QString> texts(MainWindow *window);
    static void collectMenu(QMenu *menu, const QString &where, QMap<QString, QString> *out);
};

void JourneyGerman::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeJourney"));
    QCoreApplication::setApplicationName(QStringLiteral("journey_german"));
    QSettings().clear();
}

void JourneyGerman::collectMenu(QMenu *menu, const QString &where, QMap<QString, QString> *out)
{
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        QAction *action = actions.at(i);
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const QString here = QStringLiteral("%1 › %2").arg(where).arg(i);
        // The Columns menu lists the table's column titles: data headings, not the menu's own words.
        if (action->menu() && action->menu()->objectName() == QLatin1String("columnsMenu")) {
            out->insert(here, action->text());
            continue;
        }
        // A dock's own entry is its title, checked with the docks.
        if (qobject_cast<QDockWidget *>(action->parent()))
            continue;
        out->insert(here, action->text());
        if (action->menu())
            collectMenu(action->menu(), here, out);
    }
}

QMap<QString, QString> JourneyGerman::texts(MainWindow *window)
{
    QMap<QString, QString> out;
    auto *bar = window->findChild<QMenuBar *>();
    const QList<QAction *> titles = bar->actions();
    for (int i = 0; i < titles.size(); ++i) {
        if (!titles.at(i)->menu() || !titles.at(i)->isVisible())
            continue;
        const QString where = QStringLiteral("menu %1").arg(i);
        out.insert(where, titles.at(i)->text());
        collectMenu(titles.at(i)->menu(), where, &out);
    }
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        const QString where = QStringLiteral("dock %1").arg(dock->objectName());
        out.insert(where, dock->windowTitle());
        const QList<QAbstractButton *> buttons = dock->findChildren<QAbstractButton *>();
        for (int i = 0; i < buttons.size(); ++i) {
            QAbstractButton *b = buttons.at(i);
            // Buttons a person can see once the dock is open; icon-only buttons have no words.
            // The metrics button names the chosen metrics, from a catalogue built once per
            // process (in the English run here), so it is left out of this comparison.
            const auto inQueryBar = [](QWidget *w) {
                for (; w; w = w->parentWidget()) {
                    if (w->inherits("pinstripe::AnalyticsQueryBar"))
                        return true;
                }
                return false;
            };
            if (qobject_cast<QToolButton *>(b) && inQueryBar(b))
                continue;
            if (!b->text().isEmpty() && !b->isHidden())
                out.insert(QStringLiteral("%1 button %2").arg(where).arg(i), b->text());
        }
    }
    return out;
}

void JourneyGerman::menusDocksAndButtonsInGerman()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());

    // Without the German catalogue: the English source texts.
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    QMap<QString, QString> english;
    QTRY_VERIFY_WITH_TIMEOUT((english = texts(app->window())).contains(QStringLiteral("dock performanceDock button 3")), 20000);
    app.reset();

    // As main() does for the system locale, which the environment set.
    QCOMPARE(QLocale::system().language(), g_language.language);
    const QStringList loaded = installChosenTranslations(qApp);
    QVERIFY2(loaded.contains(g_language.catalogue), qPrintable(loaded.join(QLatin1Char(' '))));
    app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    MainWindow *window = app->window();
    // The same places filled as in the English run (the docks' panels and the signed-in user
    // arrive with the connection).
    QMap<QString, QString> german;
    QTRY_COMPARE_WITH_TIMEOUT((german = texts(window)).keys(), english.keys(), 20000);
    QCOMPARE(german.keys(), english.keys());

    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (german.value(it.key()) == it.value() && !g_language.sameWords.contains(visibleText(it.value())))
            untranslated << QStringLiteral("%1: \"%2\"").arg(it.key(), it.value());
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1String("; "))));

    // And some a person would look for first.
    auto *bar = window->findChild<QMenuBar *>();
    QStringList menus;
    for (QAction *action : bar->actions())
        menus << visibleText(action->text());
    for (const QString &menu : std::as_const(g_language.menus))
        QVERIFY2(menus.contains(menu), qPrintable(menu + QStringLiteral(" not in ") + menus.join(QLatin1Char(' '))));
    QStringList dockButtons; // the Pending Changes dock's, enabled or not
    for (QAbstractButton *b : window->findChild<PendingChangesPanel *>()->findChildren<QAbstractButton *>())
        dockButtons << visibleText(b->text());
    for (const QString &button : std::as_const(g_language.dockButtons))
        QVERIFY2(dockButtons.contains(button), qPrintable(button + QStringLiteral(" not in ") + dockButtons.join(QLatin1Char(' '))));
    screenshot(window, g_language.screenshot);

    // File › Export as CSV, first in the app's language, then with Preferences' "Exported files
    // in English" for tools: the same columns, named in English.
    const auto exportedHeader = [window, &data]() -> QString {
        const QString path = QDir(data.path()).filePath(QStringLiteral("export.csv"));
        QString error;
        if (!window->findChild<AdGroupBrowser *>()->exportCsv(path, false, &error))
            return error;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return file.errorString();
        return QString::fromUtf8(file.readLine()).remove(QChar(0xFEFF)).trimmed();
    };
    const QString localHeader = exportedHeader();
    setExportsInEnglish(true);
    const QString englishHeader = exportedHeader();
    setExportsInEnglish(false);
    QVERIFY2(englishHeader.startsWith(QStringLiteral("Name,Status,")) && englishHeader.contains(QStringLiteral(",Bid,")),
             qPrintable(englishHeader));
    QVERIFY2(localHeader != englishHeader && !localHeader.contains(QStringLiteral(",Bid,")), qPrintable(localHeader));
    QCOMPARE(localHeader.count(QLatin1Char(',')), englishHeader.count(QLatin1Char(',')));
    QCOMPARE(visibleText(window->findChild<QMenuBar *>()->actions().constFirst()->text()), g_language.menus.constFirst());

    // Edit › Preferences › Language: English, from the next start.
    auto *preferences = window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    QVERIFY(preferences->isEnabled());
    bool chosen = false;
    QTimer::singleShot(0, window, [&chosen] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *box = dialog->findChild<QComboBox *>(QStringLiteral("languageBox"));
        box->setCurrentIndex(box->findText(QStringLiteral("English")));
        chosen = true;
        dialog->accept();
    });
    preferences->trigger();
    QVERIFY(chosen);
    QCOMPARE(savedLanguage(), pinstripe::Language::English);
    // Still German until then.
    QCOMPARE(visibleText(window->findChild<QMenuBar *>()->actions().constFirst()->text()), g_language.menus.constFirst());
    app.reset();

    // The next start, as main() does it, on the same German (French) system.
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QStringList englishCatalogues = installChosenTranslations(qApp);
    QVERIFY2(englishCatalogues.contains(QStringLiteral("pinstripe_en.qm")), qPrintable(englishCatalogues.join(QLatin1Char(' '))));
    app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    QCOMPARE(visibleText(app->window()->findChild<QMenuBar *>()->actions().constFirst()->text()), QStringLiteral("File"));
    saveLanguage(pinstripe::Language::System);
}

int main(int argc, char **argv)
{
    // A German (French) system, as a person's desktop session sets it.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const qsizetype option = arguments.indexOf(QStringLiteral("--language"));
    if (option > 0 && option + 1 < arguments.size()) {
        if (arguments.at(option + 1) == QLatin1String("fr"))
            g_language = french();
        arguments.remove(option, 2);
    }
    qputenv("LANG", g_language.locale);
    qputenv("LANGUAGE", g_language.locale.left(2));
    qputenv("LC_ALL", g_language.locale);
    QApplication app(argc, argv);
    JourneyGerman journey;
    return QTest::qExec(&journey, arguments);
}

#include "journey_german.moc"
