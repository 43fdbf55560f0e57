// J7: the application (journeychild, a process of its own) records 20 budget edits (+5 %) in
// the editor and is killed with SIGKILL. The application started again on the same folders shows
// the 20 changes waiting in the Pending Changes dock; posting them applies each once.
#include "journeysupport.h"

#include "ui/changes/journalview.h"

#include <QHash>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace pinstripe;
using namespace pinstripe::journeys;

namespace {
constexpr int kEdits = 20;
}

class JourneyCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAfterTwentyEditsThenPosted();
};

void JourneyCrashSafety::initTestCase()
{
    prepareJourney(QStringLiteral("journey_crash_safety"));
}

void JourneyCrashSafety::killedAfterTwentyEditsThenPosted()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());

    // The first run, in its own process: 20 edits, then SIGKILL.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    QString output;
    connect(&child, &QProcess::readyReadStandardOutput, this,
            [&] { output += QString::fromUtf8(child.readAllStandardOutput()); });
    child.start(QStringLiteral(PINSTRIPE_JOURNEY_CHILD), {data.path(), QString::number(kEdits)});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY2_WITH_TIMEOUT(output.contains(QStringLiteral("recorded %1\n").arg(kEdits))
                                  || child.state() == QProcess::NotRunning,
                              qPrintable(output), 180000);
    QVERIFY2(child.state() == QProcess::Running, qPrintable(QStringLiteral("exit code %1: %2").arg(child.exitCode()).arg(output)));
    child.kill(); // SIGKILL: no destructor, no event loop, nothing written on the way out
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QHash<QString, qint64> expected; // ad group id → budget in micros, as typed
    QHash<QString, QString> typed;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() != 3 || parts.first() != QLatin1String("edited"))
            continue;
        const QStringList units = parts.at(2).split(QLatin1Char('.'));
        expected.insert(parts.at(1), units.at(0).toLongLong() * 1'000'000 + units.at(1).toLongLong() * 10'000);
        typed.insert(parts.at(1), QStringLiteral("$") + parts.at(2)); // daily budgets stay under $1,000
    }
    QCOMPARE(expected.size(), kEdits);

    // The second run, here, on the same folders: the dock lists the 20 changes.
    std::unique_ptr<Application> app = start({QStringLiteral("--demo")}, data.path());
    QVERIFY(app);
    QVERIFY(showAndLoad(*app));
    MainWindow *window = app->window();
    auto *pending = byAccessibleName<QTableView>(QStringLiteral("Pending changes"));
    QVERIFY(pending);
    QTRY_COMPARE(pending->model()->rowCount(), kEdits);
    QSet<QString> after;
    for (int row = 0; row < kEdits; ++row) {
        QCOMPARE(pending->model()->index(row, PendingChangesModel::FieldColumn).data().toString(), QStringLiteral("Budget"));
        after << pending->model()->index(row, PendingChangesModel::AfterColumn).data().toString();
    }
    const QList<QString> typedValues = typed.values();
    QCOMPARE(after, QSet<QString>(typedValues.cbegin(), typedValues.cend()));
    screenshot(window, QStringLiteral("j7-restarted"));

    const QString result = postWithTheDock(window, kEdits);
    QVERIFY2(result.contains(QStringLiteral("%1 applied").arg(kEdits)), qPrintable(result));
    QTRY_COMPARE(pending->model()->rowCount(), 0);

    // Each applied once: one journal entry each, and the sandbox has the typed budgets.
    auto *journal = window->findChild<JournalView *>();
    QVERIFY(journal);
    QTRY_COMPARE(journal->list()->topLevelItemCount(), kEdits);
    const QString account = app->workspace()->account()->id.value();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const std::optional<AdGroup> now = serverAdGroup(app->context()->apiBaseUrl(), account, it.key());
        QVERIFY(now);
        QCOMPARE(now->budgetInMicroCurrency.valueOr(0), it.value());
    }
    screenshot(window, QStringLiteral("j7-posted"));
}

QTEST_MAIN(JourneyCrashSafety)
#include "journey_crash_safety.moc"
