// Benchmark: pasting a spreadsheet block of 1,000 rows × 5 columns (name, status, budget, bid,
// end) into the ad group table of the whole window (WorkspaceController, ChangeSet written
// through to SQLite, one undo step), against an in-process sandbox with ≥ 1,000 ad groups
// shown. The paste runs on the UI thread, synchronously: its duration, and the longest
// event-loop stall until the table has repainted, are printed, with the undo of the paste.
// Not a test: it prints; only counts are checked.
//
//   bench_paste [--ad-groups 4400] [--rows 1000] [--runs 3]
#include "stallmeter.h"
#include "core/api/tokenprovider.h"
#include "core/changes/changeset.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxthread.h"
#include "ui/workspace/grideditcontroller.h"
#include "../ui/openwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonValue>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace pinstripe;
using pinstripe::bench::StallMeter;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/** Lets the event loop run for @p ms (the stall meter ticks; the table repaints). */
void runEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString cText(qint64 micros)
{
    // Plain C format, as a script or a sheet from another locale writes it.
    return QString::number(micros / 1'000'000) + QLatin1Char('.') + QString::number(micros % 1'000'000 / 10'000).rightJustified(2, u'0');
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("ad-groups"), QStringLiteral("Ad groups in the sandbox account (default 4400; the table lists the ACTIVE and PAUSED ones, about 1 in 4)."), QStringLiteral("n"), QStringLiteral("4400")},
        {QStringLiteral("rows"), QStringLiteral("Rows pasted (default 1000)."), QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("runs"), QStringLiteral("Runs (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
    });
    parser.process(app);
    const int adGroups = std::max(10, parser.value(QStringLiteral("ad-groups")).toInt());
    const int wantedRows = std::max(1, parser.value(QStringLiteral("rows")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_paste"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sandbox::SandboxOptions options;
    options.adAccounts = 1;
    options.campaigns = 10;
    options.adGroups = adGroups;
    const std::unique_ptr<sandbox::SandboxThread> sandbox = sandbox::startSandboxThread(options);
    if (!sandbox) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    StaticTokenProvider tokens(options.accessToken);
    QTemporaryDir dir;
    testing::OpenWindow open(dir, QStringLiteral("bench"));
    if (!open.connectAndLoad(sandbox->baseUrl(), &tokens)) {
        std::fprintf(stderr, "the ad groups did not load\n");
        return 1;
    }
    AdGroupBrowser *browser = open.window.browser();
    AdGroupTableView *view = browser->tableView();
    QAbstractItemModel *shown = browser->proxy();
    auto *grid = open.workspace->findChild<GridEditController *>();
    ChangeSet *changes = open.workspace->changeSet();
    const int rows = std::min(wantedRows, shown->rowCount());
    if (rows < wantedRows)
        std::fprintf(stderr, "only %d rows shown; pasting %d\n", shown->rowCount(), rows);

    // Name, status, budget, bid, end — in that order, the other columns hidden.
    const QList<int> columns = {AdGroupTableModel::Name, AdGroupTableModel::Status, AdGroupTableModel::Budget,
                                AdGroupTableModel::Bid, AdGroupTableModel::End};
    for (int column = 0; column < shown->columnCount(); ++column)
        view->setColumnHidden(column, !columns.contains(column));
    QHeaderView *header = view->horizontalHeader();
    for (int i = 1; i < columns.size(); ++i)
        header->moveSection(header->visualIndex(columns.at(i)), i);

    // Each row changed in four cells (a new name, the other status, budget + 1.00, bid + 0.01)
    // and its end as it is; cells Pinterest leaves empty stay empty.
    QStringList lines;
    for (int row = 0; row < rows; ++row) {
        const auto wire = [&](int column) { return shown->index(row, column).data(AdGroupTableModel::WireValueRole).toJsonValue(); };
        const QJsonValue budget = wire(AdGroupTableModel::Budget);
        const QJsonValue bid = wire(AdGroupTableModel::Bid);
        lines << QStringList{shown->index(row, AdGroupTableModel::Name).data(Qt::EditRole).toString() + QStringLiteral(" (b)"),
                             wire(AdGroupTableModel::Status).toString() == QLatin1String("ACTIVE") ? QStringLiteral("Paused") : QStringLiteral("Active"),
                             budget.isDouble() ? cText(budget.toInteger() + 1'000'000) : QString(),
                             bid.isDouble() ? cText(bid.toInteger() + 10'000) : QString(),
                             shown->index(row, AdGroupTableModel::End).data(Qt::EditRole).toString()}
                     .join(QLatin1Char('\t'));
    }
    const QString block = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');

    QList<double> pasteMs;
    QList<double> stallMs;
    QList<double> undoMs;
    int changed = 0;
    int pending = 0;
    for (int run = 0; run < runs; ++run) {
        view->selectionModel()->setCurrentIndex(shown->index(0, AdGroupTableModel::Name),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QApplication::clipboard()->setText(block);
        runEvents(50);
        StallMeter meter;
        meter.start();
        QElapsedTimer timer;
        timer.start();
        view->requestPaste(); // what Ctrl+V and Edit › Paste do
        pasteMs << double(timer.nsecsElapsed()) / 1e6;
        runEvents(300); // the table repaints the pasted values
        meter.stop();
        stallMs << meter.longestMs();
        pending = changes->count();
        changed = 0;
        for (const PendingChange &change : changes->changes())
            changed += change.kind == PendingChange::Kind::Update ? 1 : 0;
        if (open.window.undoStack()->count() != 1 || open.window.undoStack()->index() != 1) {
            std::fprintf(stderr, "the paste was not one undo step (%d steps, %d rows shown, %d pending): %s\n", open.window.undoStack()->count(), shown->rowCount(),
                         changes->count(), qPrintable(grid->lastProblems().mid(0, 5).join(QLatin1Char('\n'))));
            return 1;
        }
        timer.start();
        open.window.undoStack()->undo();
        undoMs << double(timer.nsecsElapsed()) / 1e6;
        if (changes->count() != 0) {
            std::fprintf(stderr, "the undo left %d changes\n", changes->count());
            return 1;
        }
        runEvents(50);
    }
    std::printf("Pasting %d rows × %d columns into a table of %d ad groups (%d shown), %d runs, medians\n", rows,
                int(columns.size()), adGroups, shown->rowCount(), runs);
    std::printf("pending changes after the paste: %d; refused or left out: %d lines\n", pending, int(grid->lastProblems().size()));
    std::printf("| phase | wall | longest UI-thread stall | target |\n|---|---|---|---|\n");
    std::printf("| paste %d × %d (one undo step) | %.0f ms | %.0f ms | ≤ 200 ms |\n", rows, int(columns.size()), median(pasteMs),
                median(stallMs));
    std::printf("| undo of the paste | %.0f ms | – | – |\n", median(undoMs));
    return changed > 0 ? 0 : 1;
}
