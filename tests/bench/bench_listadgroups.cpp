// Benchmark: list every ad group of a large account (full targeting specs) from the sandbox
// into typed models, as the ad group browser does. Reports wall time, CPU time of this
// process and its peak memory. Not a test: it asserts only that every ad group arrived once.
//
//   bench_listadgroups [--per-account 10000] [--runs 3] [--latency-ms 150] [--chains 6]
//
// Scenario "loopback":          one bookmark chain, 250 per page, no added latency.
// Scenario "latency, 1 chain":  the sandbox delays every answer by --latency-ms.
// Scenario "latency, N chains": the same, but the account's campaigns are listed first and
//                               split over --chains parallel bookmark chains.
//
// Then the floor: the same pages' bytes, fetched once, parsed again and again by
// QJsonDocument::fromJson alone, by simdjson (when built with it), and by the client's own page
// reader (parse, answer check, typed models). The client's CPU for the loopback listing is
// reported as a ratio to the fastest parser's.
#include "benchaccounts.h"
#include "processstats.h"
#include "sandboxprocess.h"

#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/api/campaignpager.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/listquery.h"
#include "core/api/page.h"
#include "core/api/tokenprovider.h"
#include "core/model/enums.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QUrlQuery>

#ifdef PINSTRIPE_BENCH_SIMDJSON
#include <simdjson.h>
#endif

#include <algorithm>
#include <cstdio>

using namespace pinstripe;

namespace {

struct RunResult
{
    double wallMs = 0;
    double cpuMs = 0;
    qsizetype adGroups = 0;
    qsizetype unique = 0;
    int requests = 0;
    bool ok = false;
};

RunResult listAll(const QUrl &baseUrl, const QString &account, int chains)
{
    StaticTokenProvider tokens(QStringLiteral("pinstripe-demo-token"));
    ApiClient client(baseUrl, &tokens);
    RunResult result;
    QSet<QString> ids;
    QEventLoop loop;

    const double cpuBefore = bench::cpuMilliseconds();
    QElapsedTimer timer;
    timer.start();

    AdGroupListParams params;
    params.entityStatuses = enums::entityStatuses(); // every status, deleted drafts too: all N arrive
    params.pageSize = 250;
    QList<AdGroup> kept; // keep what arrives, as the browser does, so memory is honest

    std::unique_ptr<AdGroupPager> pager;
    auto startPager = [&](const QStringList &campaignIds) {
        params.campaignIds = campaignIds;
        pager = std::make_unique<AdGroupPager>(&client, account, params, chains);
        QObject::connect(pager.get(), &AdGroupPager::pageReceived, &loop, [&](const AdGroupPage &page) {
            result.adGroups += page.items.size();
            for (const AdGroup &g : page.items)
                ids.insert(g.id.value());
            kept << page.items;
        });
        QObject::connect(pager.get(), &Pager::finished, &loop, [&] { result.ok = true; loop.quit(); });
        QObject::connect(pager.get(), &Pager::failed, &loop, [&](const ApiError &e) {
            std::fprintf(stderr, "paging failed: %s\n", qPrintable(e.toString()));
            loop.quit();
        });
        pager->start();
    };

    std::unique_ptr<CampaignPager> campaigns;
    QStringList campaignIds;
    if (chains > 1) {
        ListCampaignsRequest::Params cp;
        cp.entityStatuses = params.entityStatuses;
        campaigns = std::make_unique<CampaignPager>(&client, account, cp);
        QObject::connect(campaigns.get(), &CampaignPager::pageReceived, &loop, [&](const CampaignPage &page) {
            for (const Campaign &c : page.items)
                campaignIds << c.id.value();
        });
        QObject::connect(campaigns.get(), &Pager::finished, &loop, [&] { startPager(campaignIds); });
        QObject::connect(campaigns.get(), &Pager::failed, &loop, [&](const ApiError &e) {
            std::fprintf(stderr, "listing campaigns failed: %s\n", qPrintable(e.toString()));
            loop.quit();
        });
        campaigns->start();
    } else {
        startPager({});
    }
    loop.exec();

    result.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = bench::cpuMilliseconds() - cpuBefore;
    result.unique = ids.size();
    result.requests = (pager ? pager->pagesReceived() : 0) + (campaigns ? campaigns->pagesReceived() : 0);
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// ---- The parser's floor -----------------------------------------------------------------------

/** Every page of the account's listing as the server sent it (one chain, 250 a page). */
QList<QByteArray> fetchPageBytes(const QUrl &baseUrl, const QString &account)
{
    StaticTokenProvider tokens(QStringLiteral("pinstripe-demo-token"));
    const ApiClient client(baseUrl, &tokens); // its URLs, byte for byte, as the listing asked
    QNetworkAccessManager network;
    QList<QByteArray> pages;
    QString bookmark;
    do {
        QUrlQuery query;
        listquery::addRepeated(query, QStringLiteral("entity_statuses"), enums::entityStatuses());
        listquery::addPaging(query, 250, QString(), bookmark);
        QNetworkRequest request(client.urlFor(QStringLiteral("/ad_accounts/%1/ad_groups").arg(account), query));
        request.setRawHeader("Authorization", "Bearer pinstripe-demo-token");
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (!ok) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(request.url().toString()), body.left(300).constData());
            return {};
        }
        pages << body;
        bookmark = QJsonDocument::fromJson(body).object().value(QLatin1String("bookmark")).toString();
    } while (!bookmark.isEmpty());
    return pages;
}

/** CPU milliseconds of @p parseAll (over every page), the median of @p runs. */
template<typename F>
double medianCpu(int runs, F parseAll)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const double before = bench::cpuMilliseconds();
        parseAll();
        times << bench::cpuMilliseconds() - before;
    }
    return median(times);
}

struct Floor
{
    qsizetype bytes = 0;
    qsizetype items = 0;
    double clientReaderMs = 0;
    double qtJsonMs = 0;
    double simdjsonMs = -1; ///< -1: not built with simdjson
};

Floor measureFloor(const QList<QByteArray> &pages, int runs)
{
    Floor floor;
    for (const QByteArray &page : pages)
        floor.bytes += page.size();
    floor.clientReaderMs = medianCpu(runs, [&] {
        floor.items = 0;
        for (const QByteArray &body : pages) {
            AdGroupPage page; // as ListAdGroupsRequest reads a page, the cache's item texts included
            if (parsePage(body, page).isEmpty()) {
                page.keepItemText(body);
                floor.items += page.items.size();
            }
        }
    });
    qsizetype objects = 0;
    floor.qtJsonMs = medianCpu(runs, [&] {
        objects = 0;
        for (const QByteArray &body : pages)
            objects += QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray().size();
    });
#ifdef PINSTRIPE_BENCH_SIMDJSON
    simdjson::dom::parser parser;
    // simdjson reads up to 64 bytes past the end; padded copies are made outside the timing.
    std::vector<simdjson::padded_string> padded;
    for (const QByteArray &body : pages)
        padded.emplace_back(body.constData(), size_t(body.size()));
    qsizetype simdItems = 0;
    floor.simdjsonMs = medianCpu(runs, [&] {
        simdItems = 0;
        for (const simdjson::padded_string &body : padded) {
            simdjson::dom::element document;
            if (parser.parse(body).get(document) == simdjson::SUCCESS)
                simdItems += qsizetype(simdjson::dom::array(document["items"]).size());
        }
    });
    if (simdItems != floor.items)
        std::fprintf(stderr, "simdjson read %lld items, the client %lld\n", static_cast<long long>(simdItems),
                     static_cast<long long>(floor.items));
#endif
    if (objects != floor.items)
        std::fprintf(stderr, "QJsonDocument read %lld items, the client %lld\n", static_cast<long long>(objects),
                     static_cast<long long>(floor.items));
    return floor;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("per-account"), QStringLiteral("Ad groups in the listed account (default 10000)."), QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("campaigns-per-account"), QStringLiteral("Campaigns in the listed account (default 40)."), QStringLiteral("n"), QStringLiteral("40")},
        {QStringLiteral("runs"), QStringLiteral("Runs per scenario; the median is reported (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("latency-ms"), QStringLiteral("Added latency of the second scenario (default 150)."), QStringLiteral("ms"), QStringLiteral("150")},
        {QStringLiteral("chains"), QStringLiteral("Parallel bookmark chains of the second scenario (default 6)."), QStringLiteral("n"), QStringLiteral("6")},
        {QStringLiteral("sandbox"), QStringLiteral("The pinstripe-sandbox executable."), QStringLiteral("path"), QStringLiteral(PINSTRIPE_SANDBOX_EXECUTABLE)},
    });
    parser.process(app);
    const int perAccount = parser.value(QStringLiteral("per-account")).toInt();
    const int campaignsPerAccount = parser.value(QStringLiteral("campaigns-per-account")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    const int chains = std::max(2, parser.value(QStringLiteral("chains")).toInt());
    const QString sandbox = parser.value(QStringLiteral("sandbox"));

    // Three accounts share campaigns and ad groups round robin, so each gets a third.
    const QStringList common{QStringLiteral("--ad-accounts"), QStringLiteral("3"),
                             QStringLiteral("--campaigns"), QString::number(campaignsPerAccount * 3),
                             QStringLiteral("--ad-groups"), QString::number(perAccount * 3),
                             QStringLiteral("--rate-read"), QStringLiteral("0")};
    struct Scenario
    {
        QString name;
        QStringList extra;
        int chains;
    };
    const QStringList latencyFlag{QStringLiteral("--latency"), QString::number(latency)};
    const QList<Scenario> scenarios{
        {QStringLiteral("loopback, 1 chain"), {}, 1},
        {QStringLiteral("%1 ms latency, 1 chain").arg(latency), latencyFlag, 1},
        {QStringLiteral("%1 ms latency, %2 chains").arg(latency).arg(chains), latencyFlag, chains},
    };

    bool allOk = true;
    double loopbackCpuMs = 0;
    Floor floor;
    std::printf("| scenario | ad groups | requests | wall (median of %d) | CPU (median) | peak RSS |\n", runs);
    std::printf("|---|---|---|---|---|---|\n");
    for (const Scenario &scenario : scenarios) {
        bench::SandboxProcess server;
        if (!server.start(sandbox, common + scenario.extra)) {
            std::fprintf(stderr, "could not start %s\n", qPrintable(sandbox));
            return 2;
        }
        StaticTokenProvider tokens(QStringLiteral("pinstripe-demo-token"));
        ApiClient setup(server.baseUrl(), &tokens);
        const QString account = bench::firstAdAccount(&setup);
        QList<double> walls;
        QList<double> cpus;
        RunResult last;
        for (int i = 0; i < runs; ++i) {
            last = listAll(server.baseUrl(), account, scenario.chains);
            walls << last.wallMs;
            cpus << last.cpuMs;
            if (!last.ok || last.adGroups != perAccount || last.unique != perAccount) {
                std::fprintf(stderr, "%s: got %lld ad groups (%lld unique), expected %d\n", qPrintable(scenario.name),
                             static_cast<long long>(last.adGroups), static_cast<long long>(last.unique), perAccount);
                allOk = false;
            }
        }
        if (scenario.chains == 1 && scenario.extra.isEmpty()) {
            loopbackCpuMs = median(cpus);
            const QList<QByteArray> pages = fetchPageBytes(server.baseUrl(), account);
            if (pages.isEmpty()) {
                std::fprintf(stderr, "could not fetch the pages' bytes\n");
                allOk = false;
            } else {
                floor = measureFloor(pages, std::max(runs, 5));
                allOk = allOk && floor.items == perAccount;
            }
        }
        std::printf("| %s | %lld | %d | %.0f ms | %.0f ms | %.0f MiB |\n", qPrintable(scenario.name),
                    static_cast<long long>(last.adGroups), last.requests, median(walls), median(cpus),
                    bench::peakRssMiB());
        std::fflush(stdout);
    }
    const double fastest = floor.simdjsonMs > 0 ? std::min(floor.qtJsonMs, floor.simdjsonMs) : floor.qtJsonMs;
    std::printf("\nThe same %lld ad groups (%.1f MB in pages of 250), parsed only (CPU, median):\n\n",
                static_cast<long long>(floor.items), double(floor.bytes) / 1e6);
    std::printf("| reader | CPU | the loopback listing's CPU (%.0f ms) as a ratio |\n|---|---|---|\n", loopbackCpuMs);
    const auto row = [&](const char *name, double ms) {
        if (ms > 0)
            std::printf("| %s | %.1f ms | %.1f× |\n", name, ms, loopbackCpuMs / ms);
    };
    row("QJsonDocument::fromJson", floor.qtJsonMs);
    if (floor.simdjsonMs > 0)
        row("simdjson (DOM)", floor.simdjsonMs);
    else
        std::printf("| simdjson | not built (libsimdjson-dev missing) | |\n");
    row("the client's page reader (parse, check, typed AdGroup values, item texts)", floor.clientReaderMs);
    std::printf("\nThe listing's CPU is %.1f× the fastest parser's.\n", fastest > 0 ? loopbackCpuMs / fastest : 0.0);
    return allOk ? 0 : 1;
}
