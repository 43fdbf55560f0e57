// Benchmark: posting at scale. 1,000 budget edits posted to a pinstripe-sandbox process with
// 150 ms latency (calls, wall, the ads_write budget), then 10,000 edits: progress as it goes,
// cancelled part-way, resumed by a second post, and nothing sent twice (every change journaled
// once, write calls no more than the batches need). Not a test: it prints; counts are checked.
//
//   bench_posting [--edits 1000] [--many 10000] [--latency 150] [--runs 3] [--sandbox PATH]
#include "benchaccounts.h"
#include "processstats.h"
#include "sandboxprocess.h"

#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/tokenprovider.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/changes/poster.h"
#include "core/changes/writebatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace pinstripe;

namespace {

const QString kToken = QStringLiteral("pinstripe-demo-token");

/** Ad groups of @p account with a budget of their own (a campaign budget cannot be edited here). */
QList<AdGroup> budgetedAdGroups(ApiClient *client, const QString &account)
{
    QList<AdGroup> found;
    QEventLoop loop;
    AdGroupPager pager(client, account, {}, 6);
    QObject::connect(&pager, &AdGroupPager::pageReceived, &loop, [&](const AdGroupPage &page) {
        for (const AdGroup &g : page.items) {
            if (g.budgetInMicroCurrency.hasValue() && g.budgetType.valueOr({}) != QLatin1String("CBO_ADGROUP"))
                found << g;
        }
    });
    QObject::connect(&pager, &Pager::finished, &loop, &QEventLoop::quit);
    QObject::connect(&pager, &Pager::failed, &loop, [&](const ApiError &e) {
        std::fprintf(stderr, "listing ad groups failed: %s\n", qPrintable(e.toString()));
        loop.quit();
    });
    pager.start();
    loop.exec();
    return found;
}

/** One budget raise per ad group, recorded as the editor records them (one transaction). */
void recordBudgetRaises(ChangeSet &changes, const QString &account, const QList<AdGroup> &groups, qint64 raise)
{
    QList<PendingChange> edits;
    edits.reserve(groups.size());
    for (const AdGroup &g : groups) {
        edits << PendingChange::update(account, g.id.value(), g.name.valueOr({}), QStringLiteral("budget_in_micro_currency"),
                                       g.toJson().value(QLatin1String("budget_in_micro_currency")),
                                       g.budgetInMicroCurrency.value() + raise, g.updatedTime.valueOr(0));
    }
    changes.recordAll(edits);
}

struct PostRun
{
    Poster::Summary summary;
    qint64 wallMs = 0;
    int progressSignals = 0;
    int lastDone = 0;
    int total = 0;
};

/** Posts what @p changes holds; @p cancelAt > 0 cancels once that many batches are done. */
PostRun post(Poster &poster, const QString &account, int cancelAt = 0)
{
    PostRun run;
    QEventLoop loop;
    std::optional<Poster::Summary> summary;
    QObject::connect(&poster, &Poster::progress, &loop, [&](int done, int total) {
        ++run.progressSignals;
        run.lastDone = done;
        run.total = total;
        if (cancelAt > 0 && done >= cancelAt)
            poster.cancel();
    });
    QObject::connect(&poster, &Poster::finished, &loop, [&](const Poster::Summary &s) {
        summary = s;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    poster.post(account);
    if (!summary)
        loop.exec();
    run.wallMs = timer.elapsed();
    run.summary = summary.value_or(Poster::Summary{});
    QObject::disconnect(&poster, nullptr, &loop, nullptr);
    return run;
}

int batchesFor(int edits)
{
    return (edits + WriteBatch::kMaxBodies - 1) / WriteBatch::kMaxBodies;
}

/** The journal's entries with their change ids: each change once, or a number of duplicates. */
int duplicatesInJournal(const PendingChangeStore &store, const QString &account, int *entries)
{
    const QList<JournalEntry> journal = store.journal(account, 1'000'000);
    QSet<QString> seen;
    int duplicates = 0;
    for (const JournalEntry &entry : journal) {
        if (seen.contains(entry.change.id))
            ++duplicates;
        seen.insert(entry.change.id);
    }
    *entries = int(journal.size());
    return duplicates;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("edits"), QStringLiteral("Budget edits in the first scenario (default 1000)."), QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("many"), QStringLiteral("Budget edits in the cancel-and-resume scenario (default 10000; 0 skips)."), QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("latency"), QStringLiteral("The sandbox's latency per request, ms (default 150)."), QStringLiteral("ms"), QStringLiteral("150")},
        {QStringLiteral("runs"), QStringLiteral("Runs of the first scenario; the median is reported (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("sandbox"), QStringLiteral("The pinstripe-sandbox executable."), QStringLiteral("path"), QStringLiteral(PINSTRIPE_SANDBOX_EXECUTABLE)},
    });
    parser.process(app);
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    const int many = parser.value(QStringLiteral("many")).toInt();
    const int latency = parser.value(QStringLiteral("latency")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    // The first account holds enough ad groups with budgets of their own for every edit. The
    // sandbox's ads_write budget is its default (400 a minute); the reads of the check before
    // posting do not bind.
    bench::SandboxProcess sandbox;
    // Every post edits ad groups of its own: an edit based on a version another post changed
    // is a conflict, and would not be sent.
    const int needed = runs * edits + many;
    const int adGroups = needed * 2 + 300;
    if (!sandbox.start(parser.value(QStringLiteral("sandbox")),
                       {QStringLiteral("--ad-accounts"), QStringLiteral("3"), QStringLiteral("--campaigns"), QStringLiteral("120"),
                        QStringLiteral("--big-account"), QString::number(adGroups), QStringLiteral("--rate-read"), QStringLiteral("0"),
                        QStringLiteral("--latency"), QString::number(latency)})) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    StaticTokenProvider tokens(kToken);
    ApiClient client(sandbox.baseUrl(), &tokens);
    const QString account = bench::firstAdAccount(&client);
    const QList<AdGroup> groups = budgetedAdGroups(&client, account);
    if (account.isEmpty() || groups.size() < needed) {
        std::fprintf(stderr, "need %d ad groups with budgets, have %lld\n", needed, qlonglong(groups.size()));
        return 1;
    }
    QTemporaryDir dir;

    // 1. N budget edits, posted whole.
    std::printf("## Posting %d budget edits, %d ms latency (median of %d)\n\n", edits, latency, runs);
    std::printf("| run | write calls | reads of the current versions (250 ids each) | wall | succeeded | rate-limit waits |\n|---|---|---|---|---|---|\n");
    QList<qint64> walls;
    int failures = 0;
    for (int run = 0; run < runs; ++run) {
        PendingChangeStore store(dir.filePath(QStringLiteral("first-%1.sqlite").arg(run)));
        ChangeSet changes(&store);
        recordBudgetRaises(changes, account, groups.mid(run * edits, edits), 1'000'000);
        // A client of its own, as a new start of the app has: its pacing of the ads_write
        // budget does not carry the previous run's calls.
        ApiClient runClient(sandbox.baseUrl(), &tokens);
        Poster poster(&runClient, &changes, &store);
        const PostRun result = post(poster, account);
        walls << result.wallMs;
        std::printf("| %d | %d (%d batches needed) | %d | %lld ms | %d | %d |\n", run + 1, result.summary.writeCalls,
                    batchesFor(edits), (edits + 249) / 250, result.wallMs, result.summary.succeeded, result.summary.rateLimitWaits);
        if (result.summary.succeeded != edits || result.summary.writeCalls > batchesFor(edits))
            ++failures;
    }
    std::sort(walls.begin(), walls.end());
    std::printf("\nmedian wall: %lld ms (target ≤ 3000 ms, ≤ %d calls)\n\n", walls.at(walls.size() / 2), batchesFor(edits));

    if (many > 0) {
        // 2. Many edits: cancelled after a third of the batches, then posted again.
        PendingChangeStore store(dir.filePath(QStringLiteral("many.sqlite")));
        ChangeSet changes(&store);
        recordBudgetRaises(changes, account, groups.mid(runs * edits, many), 1'000'000);
        ApiClient postClient(sandbox.baseUrl(), &tokens); // one client for both posts, as in one session
        Poster first(&postClient, &changes, &store);
        const PostRun cancelled = post(first, account, batchesFor(many) / 3);
        const int left = changes.count();
        Poster second(&postClient, &changes, &store);
        const PostRun resumed = post(second, account);
        int entries = 0;
        const int duplicates = duplicatesInJournal(store, account, &entries);
        const int calls = cancelled.summary.writeCalls + resumed.summary.writeCalls;
        std::printf("## %d budget edits: cancelled after a third, then resumed\n\n", many);
        std::printf("| post | write calls | progress signals (last: done / total batches) | wall | succeeded | not sent | left pending |\n|---|---|---|---|---|---|---|\n");
        std::printf("| first, cancelled | %d | %d (%d / %d) | %lld ms | %d | %d | %d |\n", cancelled.summary.writeCalls,
                    cancelled.progressSignals, cancelled.lastDone, cancelled.total, cancelled.wallMs,
                    cancelled.summary.succeeded, cancelled.summary.notSent, left);
        std::printf("| second, resumed | %d | %d (%d / %d) | %lld ms | %d | %d | %d |\n\n", resumed.summary.writeCalls,
                    resumed.progressSignals, resumed.lastDone, resumed.total, resumed.wallMs, resumed.summary.succeeded,
                    resumed.summary.notSent, changes.count());
        std::printf("journal: %d entries for %d edits, %d changes journaled twice; write calls %d (at least %d, at most %d)\n",
                    entries, many, duplicates, calls, batchesFor(many), batchesFor(many) + 1);
        // One batch may be cut in two by the cancel; anything more would be a change sent again.
        if (!cancelled.summary.cancelled || entries != many || duplicates != 0 || changes.count() != 0
            || calls > batchesFor(many) + 1)
            ++failures;
    }
    std::printf("peak RSS of the process: %.0f MiB\n", bench::peakRssMiB());
    if (failures > 0)
        std::fprintf(stderr, "%d scenario(s) did not post as expected\n", failures);
    return failures == 0 ? 0 : 1;
}
