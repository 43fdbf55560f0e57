// Benchmark: the ad group table with 100,000 ad groups — sort by every column (beside a plain std::sort
// of the same keys), filter keystrokes and memory — plus the longest UI-thread stall while 10,000 ad groups load from
// the sandbox (and again from the cache). Not a test: it prints; only row counts are checked.
//
//   bench_adgrouptable [--ad-groups 100000] [--runs 3] [--load 10000] [--sandbox PATH]
#include "stallmeter.h"
#include "processstats.h"
#include "sandboxprocess.h"

#include "core/api/apiclient.h"
#include "core/api/campaignpager.h"
#include "core/api/tokenprovider.h"
#include "core/model/adgroup.h"
#include "core/store/adgrouprepository.h"
#include "core/store/localstore.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/adgroups/adgrouptablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <random>
#include <vector>
#include <cstdio>

using namespace pinstripe;
using pinstripe::bench::StallMeter;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Seeded ad groups shaped like the sandbox's: realistic names, every status, budgets, bids,
// schedules and a targeting spec (parsed and dropped by the table, as in the app).
QList<AdGroup> makePage(QRandomGenerator &random, int first, int count)
{
    static const QStringList brands = {QStringLiteral("Salon Scandinave"), QStringLiteral("Evergreen Cuisine"),
                                       QStringLiteral("Maison Lumière"), QStringLiteral("Trailhead Outfitters"),
                                       QStringLiteral("Kumo Tea"), QStringLiteral("Northwind Bikes")};
    static const QStringList audiences = {QStringLiteral("Women 25-44"), QStringLiteral("Newlyweds"),
                                          QStringLiteral("Homeowners"), QStringLiteral("Lookalike 3%"),
                                          QStringLiteral("Retargeting 30d"), QStringLiteral("Broad")};
    static const QStringList statuses = {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("ARCHIVED"),
                                         QStringLiteral("DRAFT")};
    QList<AdGroup> page;
    page.reserve(count);
    for (int i = first; i < first + count; ++i) {
        AdGroup g;
        g.id = QString::number(2680060700000LL + i);
        g.adAccountId = QStringLiteral("549755885175");
        g.campaignId = QString::number(626736533000LL + random.bounded(40));
        g.name = QString(brands.at(int(random.bounded(brands.size()))) + QStringLiteral(" | ")
                         + audiences.at(int(random.bounded(audiences.size()))) + QStringLiteral(" | v")
                         + QString::number(i));
        g.status = statuses.at(int(random.bounded(statuses.size())));
        g.summaryStatus = QStringLiteral("RUNNING");
        g.budgetInMicroCurrency = qint64(random.bounded(1, 200000)) * 10'000;
        g.bidInMicroCurrency = qint64(random.bounded(10, 1000)) * 10'000;
        g.budgetType = random.bounded(2) ? QStringLiteral("DAILY") : QStringLiteral("LIFETIME");
        g.bidStrategyType = QStringLiteral("MAX_BID");
        g.billableEvent = QStringLiteral("CLICKTHROUGH");
        g.startTime = 1'760'000'000 + qint64(random.bounded(30'000'000));
        g.endTime = Field<qint64>::null();
        g.pacingDeliveryType = QStringLiteral("STANDARD");
        g.placementGroup = QStringLiteral("ALL");
        g.autoTargetingEnabled = random.bounded(2) == 1;
        g.createdTime = 1'750'000'000 + qint64(random.bounded(10'000'000));
        g.updatedTime = g.createdTime.value() + 1000;
        TargetingSpec spec;
        spec.location = QStringList{QStringLiteral("US"), QStringLiteral("CA")};
        spec.minimumAge = QStringLiteral("25");
        spec.interest = QStringList{QStringLiteral("924581335376"), QStringLiteral("961238559656")};
        g.targetingSpec = spec;
        page.append(std::move(g));
    }
    return page;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The floor: std::sort of the column's raw keys (what SortRole gives) with the id as tie-break,
// copied out of the model first so only the sorting is timed.
template<typename Key>
double sortKeysMs(std::vector<std::pair<Key, QString>> keys)
{
    std::shuffle(keys.begin(), keys.end(), std::mt19937(11));
    return timeMs([&] { std::sort(keys.begin(), keys.end()); });
}

QList<double> plainSortMs(const AdGroupTableModel &model, int column, int runs)
{
    const int rows = model.rowCount();
    std::vector<std::pair<qint64, QString>> numbers;
    std::vector<std::pair<QString, QString>> texts;
    for (int row = 0; row < rows; ++row) {
        const QVariant key = model.index(row, column).data(AdGroupTableModel::SortRole);
        const QString id = model.index(row, 0).data(AdGroupTableModel::IdRole).toString();
        if (key.typeId() == QMetaType::QString)
            texts.emplace_back(key.toString(), id);
        else
            numbers.emplace_back(key.toLongLong(), id);
    }
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times << (texts.empty() ? sortKeysMs(numbers) : sortKeysMs(texts));
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("ad-groups"), QStringLiteral("Ad groups in the table (default 100000)."), QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("runs"), QStringLiteral("Runs per measurement; the median is reported (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("load"), QStringLiteral("Ad groups loaded from the sandbox for the stall check (default 10000; 0 skips)."), QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("sandbox"), QStringLiteral("The pinstripe-sandbox executable."), QStringLiteral("path"), QStringLiteral(PINSTRIPE_SANDBOX_EXECUTABLE)},
    });
    parser.process(app);
    const int total = parser.value(QStringLiteral("ad-groups")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int load = parser.value(QStringLiteral("load")).toInt();

    // 1. Fill the model page by page, as the repository does.
    const double rssBefore = bench::peakRssMiB();
    AdGroupTableModel model;
    model.setCurrency(Currency::usd());
    AdGroupFilterProxy proxy;
    proxy.setSourceModel(&model);
    QRandomGenerator random(7);
    const double fillMs = timeMs([&] {
        for (int first = 0; first < total; first += 250)
            model.upsert(makePage(random, first, std::min(250, total - first)));
    });
    if (model.rowCount() != total || proxy.rowCount() != total) {
        std::fprintf(stderr, "expected %d rows, have %d\n", total, model.rowCount());
        return 1;
    }

    std::printf("## %d ad groups in AdGroupTableModel + AdGroupFilterProxy (median of %d)\n\n", total, runs);
    std::printf("| measurement | time | target |\n|---|---|---|\n");
    std::printf("| fill the model, 250 per page (incl. building the AdGroup values) | %.0f ms | – |\n", fillMs);

    // 2. Sort by every column, each from the unsorted order and then reversed; beside it a plain
    //    std::sort of the same keys (the SortRole values, ties broken by id as the model does),
    //    so the table's cost reads as a ratio to the floor of sorting at all.
    std::printf("\n| sort by … (ascending / descending) | time | std::sort of the same keys | ratio | target |\n|---|---|---|---|---|\n");
    double worst = 0;
    for (int column = 0; column < AdGroupTableModel::ColumnCount; ++column) {
        QList<double> ascending;
        QList<double> descending;
        for (int i = 0; i < runs; ++i) {
            proxy.sort(-1);
            proxy.rowCount();
            // rowCount() makes the proxy rebuild its mapping now, as a view's repaint would.
            ascending << timeMs([&] { proxy.sort(column, Qt::AscendingOrder); proxy.rowCount(); });
            descending << timeMs([&] { proxy.sort(column, Qt::DescendingOrder); proxy.rowCount(); });
        }
        const double floorMs = median(plainSortMs(model, column, runs));
        const double table = std::max(median(ascending), median(descending));
        worst = std::max(worst, table);
        std::printf("| %s | %.0f ms / %.0f ms | %.1f ms | %.1f× | ≤ 100 ms |\n",
                    qPrintable(AdGroupTableModel::columnTitle(column).toLower()), median(ascending), median(descending),
                    floorMs, floorMs > 0 ? table / floorMs : 0.0);
    }
    std::printf("\nslowest sort: %.0f ms\n\n| measurement | time | target |\n|---|---|---|\n", worst);

    // 3. Filter keystrokes with the table sorted by budget, as a user would have it.
    proxy.sort(AdGroupTableModel::Budget, Qt::DescendingOrder);
    QList<double> first;
    QList<double> second;
    QList<double> cleared;
    int afterFirst = 0;
    int afterSecond = 0;
    for (int i = 0; i < runs; ++i) {
        first << timeMs([&] { proxy.setText(QStringLiteral("n")); afterFirst = proxy.rowCount(); });
        second << timeMs([&] { proxy.setText(QStringLiteral("ne")); afterSecond = proxy.rowCount(); });
        cleared << timeMs([&] { proxy.setText({}); proxy.rowCount(); });
    }
    std::printf("| keystroke \"n\" (%d rows match) | %.0f ms | ≤ 20 ms |\n", afterFirst, median(first));
    std::printf("| keystroke \"ne\" (%d rows match) | %.0f ms | ≤ 20 ms |\n", afterSecond, median(second));
    std::printf("| clear the filter (all %d rows back, sorted) | %.0f ms | – |\n", total, median(cleared));
    std::printf("| peak RSS of the process (before filling: %.0f MiB) | %.0f MiB | ≤ 300 MB |\n\n", rssBefore,
                bench::peakRssMiB());
    std::fflush(stdout);

    if (load <= 0)
        return 0;

    // 4. The longest event-loop stall while the repository loads an account into a sorted
    //    proxy: first from the sandbox (saving to the cache), then again from the cache.
    bench::SandboxProcess server;
    const QStringList sandboxArgs{QStringLiteral("--ad-accounts"), QStringLiteral("3"), QStringLiteral("--campaigns"),
                                  QStringLiteral("120"), QStringLiteral("--ad-groups"), QString::number(load * 3),
                                  QStringLiteral("--rate-read"), QStringLiteral("0")};
    if (!server.start(parser.value(QStringLiteral("sandbox")), sandboxArgs)) {
        std::fprintf(stderr, "could not start the sandbox\n");
        return 2;
    }
    StaticTokenProvider tokens(QStringLiteral("pinstripe-demo-token"));
    ApiClient client(server.baseUrl(), &tokens);
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("cache.sqlite")));

    QString account;
    {
        QEventLoop loop;
        AdAccountPager accounts(&client);
        QObject::connect(&accounts, &AdAccountPager::pageReceived, &loop, [&](const AdAccountPage &page) {
            if (account.isEmpty())
                account = page.items.constFirst().id.value();
        });
        QObject::connect(&accounts, &Pager::finished, &loop, &QEventLoop::quit);
        accounts.start();
        loop.exec();
    }

    std::printf("## Loading %d ad groups while the UI thread stays responsive\n\n", load);
    std::printf("| phase | ad groups | wall | longest UI-thread stall | target |\n|---|---|---|---|---|\n");
    for (const bool fromCache : {false, true}) {
        AdGroupTableModel loadModel;
        AdGroupFilterProxy loadProxy;
        loadProxy.setSourceModel(&loadModel);
        loadProxy.sort(AdGroupTableModel::Budget, Qt::DescendingOrder);
        AdGroupRepository repository(&store);
        repository.setClient(fromCache ? nullptr : &client);
        QObject::connect(&repository, &AdGroupRepository::cacheLoaded, &loadModel,
                         [&](const QList<AdGroup> &rows) { loadModel.upsert(rows); });
        double longestUpsert = 0;
        QObject::connect(&repository, &AdGroupRepository::pageArrived, &loadModel, [&](const QList<AdGroup> &rows) {
            longestUpsert = std::max(longestUpsert, timeMs([&] { loadModel.upsert(rows); loadProxy.rowCount(); }));
        });
        QEventLoop loop;
        QObject::connect(&repository, &AdGroupRepository::loadingChanged, &loop, [&](bool loading) {
            if (!loading)
                loop.quit();
        });
        StallMeter meter;
        QElapsedTimer wall;
        meter.start();
        wall.start();
        AdGroupListParams params;
        params.entityStatuses = AdGroupListParams::allStatuses() << QStringLiteral("DELETED_DRAFT"); // every ad group
        repository.open(account, params);
        loop.exec();
        std::printf("| %s | %d | %lld ms | %.0f ms (longest page into the sorted model: %.1f ms) | ≤ 50 ms |\n",
                    fromCache ? "restart: from the SQLite cache" : "from the sandbox (loopback), saved to the cache",
                    loadModel.rowCount(), static_cast<long long>(wall.elapsed()), meter.longestMs(), longestUpsert);
        if (loadModel.rowCount() != load) {
            std::fprintf(stderr, "expected %d ad groups, got %d\n", load, loadModel.rowCount());
            return 1;
        }
    }
    return 0;
}
