#include "ui/common/translations.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgrouptableview.h"
#include "ui/common/theme.h"
#include "ui/mainwindow.h"
#include "testcontext.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace pinstripe;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusAreInPlace();
    void statusBarNamesTheApi();
    void geometryIsRestored();
    void germanTranslationLoads();
    void englishCountsReadInSingularAndPlural();
    void themeFromTheViewMenu();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_context = std::make_unique<AppContext>(testing::contextOptions(m_dir.path()));
}

void TestMainWindow::menusAreInPlace()
{
    MainWindow window(m_context.get());
    const QList<QAction *> top = window.menuBar()->actions();
    QStringList titles;
    for (QAction *action : top) {
        if (action->isVisible())
            titles << action->text();
    }
    // No feature contributes to Tools here, so it is hidden rather than empty.
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                  QStringLiteral("&Account"), QStringLiteral("&Help")}));
    QVERIFY(!window.toolsMenu()->menuAction()->isVisible());

    // Undo/redo are wired to the window's undo stack: disabled while it is empty. Copy and
    // Find follow them.
    const QList<QAction *> edit = window.editMenu()->actions();
    QVERIFY(edit.size() >= 2);
    QVERIFY(!edit.at(0)->isEnabled());
    QCOMPARE(edit.at(1)->shortcut(), QKeySequence(QKeySequence::Redo));
    QAction *find = window.findChild<QAction *>(QStringLiteral("findAction"));
    QVERIFY(find && edit.contains(find));
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    QAction *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh && window.viewMenu()->actions().contains(refresh));
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    QAction *exportCsv = window.findChild<QAction *>(QStringLiteral("exportCsvAction"));
    QVERIFY(exportCsv && window.fileMenu()->actions().contains(exportCsv));
    QCOMPARE(edit.at(0)->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(window.undoStack()->count(), 0);

    // File > Quit closes the window.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *quit = window.fileMenu()->actions().constLast();
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    quit->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::statusBarNamesTheApi()
{
    MainWindow window(m_context.get());
    auto *label = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Pinterest"));
    window.setApiBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8085/v5")), true);
    QCOMPARE(label->text(), QStringLiteral("Demo sandbox (http://127.0.0.1:8085/v5)"));
    QCOMPARE(window.apiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8085/v5")));
}

void TestMainWindow::geometryIsRestored()
{
    QSettings().clear();
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Smaller than the first-start size, above the smallest the docks allow.
        window.resize(1040, 640);
        window.move(40, 30);
        QTRY_COMPARE(window.size(), QSize(1040, 640));
        window.close(); // saves state
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    MainWindow restored(m_context.get());
    QCOMPARE(restored.size(), QSize(1040, 640));
}

void TestMainWindow::germanTranslationLoads()
{
    const QStringList loaded = installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(loaded.contains(QStringLiteral("pinstripe_de.qm")), qPrintable(loaded.join(QLatin1Char(','))));
    {
        MainWindow window(m_context.get());
        QCOMPARE(window.fileMenu()->title(), QStringLiteral("&Datei"));
        QCOMPARE(window.editMenu()->title(), QStringLiteral("&Bearbeiten"));
    }
    // Put English back for the remaining tests.
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    MainWindow english(m_context.get());
    QCOMPARE(english.fileMenu()->title(), QStringLiteral("&File"));
}

void TestMainWindow::englishCountsReadInSingularAndPlural()
{
    const QStringList loaded = installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(loaded.contains(QStringLiteral("pinstripe_en.qm")), qPrintable(loaded.join(QLatin1Char(','))));
    const char *context = "pinstripe::AdGroupBrowser";
    QCOMPARE(QCoreApplication::translate(context, "%n ad group(s) loaded.", nullptr, 1), QStringLiteral("1 ad group loaded."));
    QCOMPARE(QCoreApplication::translate(context, "%n ad group(s) loaded.", nullptr, 49), QStringLiteral("49 ad groups loaded."));
    QCOMPARE(QCoreApplication::translate("pinstripe::WorkspaceController", "Raise %n bid(s) to the floor", nullptr, 1),
             QStringLiteral("Raise 1 bid to the floor"));
    const auto removeAll = [] {
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    };
    removeAll();
    // A C locale (LANG=C.UTF-8) or a language without a catalogue reads the English sources,
    // so it gets the English plural forms too.
    for (const QLocale &untranslated : {QLocale::c(), QLocale(QLocale::Swahili, QLocale::Kenya)}) {
        const QStringList fallback = installTranslations(qApp, untranslated);
        QVERIFY2(fallback.contains(QStringLiteral("pinstripe_en.qm")), qPrintable(untranslated.name()));
        QCOMPARE(QCoreApplication::translate(context, "%n ad group(s) loaded.", nullptr, 1), QStringLiteral("1 ad group loaded."));
        removeAll();
    }
}

void TestMainWindow::themeFromTheViewMenu()
{
    MainWindow window(m_context.get());
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dark = window.findChild<QAction *>(QStringLiteral("theme-dark"));
    auto *light = window.findChild<QAction *>(QStringLiteral("theme-light"));
    auto *system = window.findChild<QAction *>(QStringLiteral("theme-system"));
    QVERIFY(dark && light && system);
    QVERIFY(window.viewMenu()->findChild<QMenu *>(QStringLiteral("themeMenu")) || window.findChild<QMenu *>(QStringLiteral("themeMenu")));

    dark->trigger();
    QVERIFY(isDark(QApplication::palette()));
    QTRY_VERIFY(isDark(window.browser()->tableView()->palette()));
    auto *frozen = window.findChild<QTableView *>(QStringLiteral("frozenColumn"));
    QVERIFY(frozen);
    QTRY_VERIFY(frozen->viewport()->palette().color(QPalette::Base).lightness() < 100); // the frozen names too
    QCOMPARE(savedTheme(), Theme::Dark);
    QVERIFY(problemColor(QApplication::palette()).lightness() > 150); // light red words on dark
    if (const QString artifacts = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS"); !artifacts.isEmpty())
        window.grab().save(QDir(artifacts).filePath(QStringLiteral("mainwindow-dark.png")));

    light->trigger();
    QVERIFY(!isDark(QApplication::palette()));
    QCOMPARE(savedTheme(), Theme::Light);
    QVERIFY(problemColor(QApplication::palette()).lightness() < 100);

    system->trigger();
    QCOMPARE(savedTheme(), Theme::System);
    QVERIFY(system->isChecked() && !dark->isChecked());
}

void TestMainWindow::screenshot()
{
    MainWindow window(m_context.get());
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), QSize(1000, 640) * window.devicePixelRatio());
    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath());
    const QString path = QDir(dir).filePath(QStringLiteral("mainwindow.png"));
    QVERIFY2(image.save(path), qPrintable(path));
    QVERIFY(QFileInfo(path).size() > 1000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
