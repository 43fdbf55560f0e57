// Benchmark: the application as a person starts it, not its pieces. Each run is a process of
// its own that builds the app the way main() does (Application::build, offscreen), signs in to
// a pinstripe-sandbox on loopback with a token, and opens one ad account; it measures
//
//   first rows  from the process start until the table shows a row,
//   listing     until every page is in the table and the SQLite cache holds them,
//   complete    until the stats columns (spend, clicks…) of every row have arrived too,
//   CPU         the app's CPU time (all threads) until complete,
//   peak RSS    of the app until complete,
//   stall       the longest gap between ticks of a 1 ms timer on the UI thread.
//
// Every account is opened twice in the same data folder: a first start (empty cache) and a
// second one (the cache shows the rows before the listing refreshes them).
// Not a test: it prints; only that rows arrived is checked.
//
//   bench_app [--ad-groups 100000] [--big-account 100000] [--runs 1] [--latency-ms 0]
//
// --ad-groups spreads ad groups over 3 accounts and 300 campaigns (the first account lists
// about 22,000 ACTIVE and PAUSED ones); --big-account starts a second sandbox whose first account
// lists that many (0 skips it).
#include "processstats.h"
#include "sandboxprocess.h"
#include "stallmeter.h"

#include "application.h"
#include "commandline.h"

#include "core/app/appcontext.h"
#include "core/appinfo.h"
#include "core/store/adgrouprepository.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/adgroups/adgroupfilterproxy.h"
#include "ui/analytics/performancecolumnsprovider.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>

using namespace pinstripe;
using pinstripe::bench::StallMeter;

namespace {

const QString kFirstAccount = QStringLiteral("549755885175"); // the sandbox's first ad account
const QString kToken = QStringLiteral("pinstripe-demo-token");

// ---- One run: the app itself, in this process ----------------------------------------------

struct RunResult
{
    double firstRowsMs = -1;
    double listingMs = -1;
    double completeMs = -1;
    double cpuMs = 0;
    double peakRssMiB = 0;
    double stallMs = 0;
    double stallEndedMs = 0; ///< since the process start
    int stallsOver50 = 0;
    double stallsOver50Double = 0; ///< the same, for medians
    int rows = 0;
    bool timedOut = false;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("firstRowsMs"), firstRowsMs}, {QStringLiteral("listingMs"), listingMs},
                {QStringLiteral("completeMs"), completeMs}, {QStringLiteral("cpuMs"), cpuMs},
                {QStringLiteral("peakRssMiB"), peakRssMiB}, {QStringLiteral("stallMs"), stallMs},
                {QStringLiteral("stallEndedMs"), stallEndedMs}, {QStringLiteral("stallsOver50"), stallsOver50},
                {QStringLiteral("rows"), rows}, {QStringLiteral("timedOut"), timedOut}};
    }
    static RunResult fromJson(const QJsonObject &o)
    {
        RunResult r;
        r.firstRowsMs = o.value(QLatin1String("firstRowsMs")).toDouble(-1);
        r.listingMs = o.value(QLatin1String("listingMs")).toDouble(-1);
        r.completeMs = o.value(QLatin1String("completeMs")).toDouble(-1);
        r.cpuMs = o.value(QLatin1String("cpuMs")).toDouble();
        r.peakRssMiB = o.value(QLatin1String("peakRssMiB")).toDouble();
        r.stallMs = o.value(QLatin1String("stallMs")).toDouble();
        r.stallEndedMs = o.value(QLatin1String("stallEndedMs")).toDouble();
        r.stallsOver50 = o.value(QLatin1String("stallsOver50")).toInt();
        r.stallsOver50Double = r.stallsOver50;
        r.rows = o.value(QLatin1String("rows")).toInt();
        r.timedOut = o.value(QLatin1String("timedOut")).toBool();
        return r;
    }
};

/**
 * Watches the running app until the account's listing, its cache writes and its stats columns
 * are complete. The workspace fetches the stats columns when the listing completes, so the
 * provider that matters is the one fetching after that.
 */
class CompletionWatch final : public QObject
{
public:
    CompletionWatch(Application *app, const QElapsedTimer &sinceStart)
        : m_app(app)
        , m_sinceStart(sinceStart)
    {
        AdGroupBrowser *browser = app->window()->browser();
        AdGroupFilterProxy *proxy = browser->proxy();
        const auto checkRows = [this, proxy] {
            if (m_result.firstRowsMs < 0 && proxy->rowCount() > 0)
                m_result.firstRowsMs = elapsed();
        };
        connect(proxy, &QAbstractItemModel::rowsInserted, this, checkRows);
        connect(proxy, &QAbstractItemModel::modelReset, this, checkRows);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, checkRows);
        // Queued: the workspace's own slot (which starts the stats fetch) has run by then.
        connect(browser->repository(), &AdGroupRepository::listingComplete, this, [this] {
            m_result.listingMs = elapsed();
            watchStats();
        }, Qt::QueuedConnection);
    }

    bool isDone() const { return m_done; }
    RunResult result() const { return m_result; }

private:
    double elapsed() const { return double(m_sinceStart.nsecsElapsed()) / 1e6; }

    void watchStats()
    {
        const QList<PerformanceColumnsProvider *> providers = m_app->window()->findChildren<PerformanceColumnsProvider *>();
        for (PerformanceColumnsProvider *provider : providers) {
            if (!provider->isFetching())
                continue;
            connect(provider, &PerformanceColumnsProvider::finished, this, [this] { finish(); });
            return;
        }
        finish(); // nothing to fetch
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_result.completeMs = elapsed();
        m_result.rows = m_app->window()->browser()->proxy()->rowCount();
    }

    Application *m_app;
    const QElapsedTimer &m_sinceStart;
    RunResult m_result;
    bool m_done = false;
};

int runApp(int argc, char *argv[], const QElapsedTimer &sinceStart, const QString &baseUrl, const QString &account,
           int timeoutSeconds)
{
    // As main() does, but signed in with a token held in memory (no keychain offscreen).
    QCoreApplication::setOrganizationName(appinfo::organizationName());
    QCoreApplication::setOrganizationDomain(appinfo::organizationDomain());
    QCoreApplication::setApplicationName(appinfo::applicationName());
    QApplication app(argc, argv);
    installTranslations(&app, QLocale::system());
    // The account a person chose last time is opened again: this one.
    QSettings().setValue(QStringLiteral("browser/lastAccount"), account);

    const CommandLine commandLine = CommandLine::parse(
        {QStringLiteral("pinstripe"), QStringLiteral("--api-base-url"), baseUrl});
    const std::unique_ptr<Application> application = Application::build(commandLine);
    if (!application)
        return 1;
    application->window()->resize(1280, 800);
    application->window()->show();
    StallMeter stall;
    CompletionWatch watch(application.get(), sinceStart);
    double stallStartedMs = 0;
    QTimer::singleShot(0, [&] {
        stallStartedMs = double(sinceStart.nsecsElapsed()) / 1e6;
        stall.start();
        application->context()->startDemo(QUrl(baseUrl), kToken);
    });
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (watch.isDone() || sinceStart.elapsed() > timeoutSeconds * 1000LL)
            app.quit();
    });
    poll.start();
    app.exec();
    stall.stop();

    RunResult result = watch.result();
    result.timedOut = !watch.isDone();
    result.cpuMs = bench::cpuMilliseconds();
    result.peakRssMiB = bench::peakRssMiB();
    result.stallMs = stall.longestMs();
    result.stallEndedMs = stallStartedMs + stall.longestEndedAtMs();
    result.stallsOver50 = stall.stallsOver50Ms();
    std::printf("RESULT %s\n", QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    // The measurement is taken. Quit as a person quits, so the cache is closed (and its
    // write-ahead log folded in) as the next start finds it after a normal exit.
    return 0;
}

// ---- The benchmark: sandboxes, runs in child processes, the table --------------------------

struct Scenario
{
    QString label;
    QStringList sandboxArguments;
};

std::optional<RunResult> runChild(const QString &self, const QString &baseUrl, const QString &home)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings, the data folder and caches of this benchmark only, kept between the two starts.
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    child.setProcessEnvironment(env);
    // The app's own log lines would drown the table; PINSTRIPE_BENCH_VERBOSE=1 shows them.
    if (qEnvironmentVariableIntValue("PINSTRIPE_BENCH_VERBOSE"))
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    else
        child.setStandardErrorFile(QProcess::nullDevice());
    child.start(self, {QStringLiteral("--app"), baseUrl, kFirstAccount});
    if (!child.waitForFinished(600000))
        return std::nullopt;
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("RESULT "))
            return RunResult::fromJson(QJsonDocument::fromJson(line.mid(7)).object());
    }
    return std::nullopt;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int runBenchmark(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("ad-groups"), QStringLiteral("Ad groups over 3 accounts and 300 campaigns (default 100000)."), QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("big-account"), QStringLiteral("Ad groups the big account lists (default 100000; 0 skips it)."), QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each start (default 1)."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("latency-ms"), QStringLiteral("Sandbox latency per answer (default 0: loopback)."), QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("sandbox"), QStringLiteral("The pinstripe-sandbox executable."), QStringLiteral("path"), QStringLiteral(PINSTRIPE_SANDBOX_EXECUTABLE)},
    });
    parser.process(app);
    const int adGroups = std::max(100, parser.value(QStringLiteral("ad-groups")).toInt());
    const int big = std::max(0, parser.value(QStringLiteral("big-account")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString latency = QString::number(std::max(0, parser.value(QStringLiteral("latency-ms")).toInt()));

    // Budgets the sandbox announces: reads unlimited; analytics large enough not to bind, so the
    // app's own work is measured. Pinterest's published 300 a minute (burst 30 in the client's
    // limiter) would make the stats columns of 22,000 ad groups (90 calls) take at least 12 s
    // and of 100,000 (400 calls) at least 74 s, whatever the app does.
    const QStringList common = {QStringLiteral("--ad-accounts"), QStringLiteral("3"), QStringLiteral("--campaigns"),
                                QStringLiteral("300"), QStringLiteral("--rate-read"), QStringLiteral("100000"),
                                QStringLiteral("--rate-analytics"), QStringLiteral("100000"), QStringLiteral("--rate-window"),
                                QStringLiteral("60"), QStringLiteral("--latency"), latency};
    QList<Scenario> scenarios{{QStringLiteral("%1 ad groups over 3 accounts, the first").arg(adGroups),
                               common + QStringList{QStringLiteral("--ad-groups"), QString::number(adGroups)}}};
    if (big > 0) {
        scenarios << Scenario{QStringLiteral("an account of %1").arg(big),
                              common + QStringList{QStringLiteral("--ad-groups"), QStringLiteral("300"),
                                                   QStringLiteral("--big-account"), QString::number(big)}};
    }

    std::printf("| account | start | rows | first rows | listing + cache | complete (+ stats) | CPU | peak RSS | longest stall (ended at) | stalls > 50 ms |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
    int failures = 0;
    for (const Scenario &scenario : std::as_const(scenarios)) {
        bench::SandboxProcess sandbox;
        if (!sandbox.start(parser.value(QStringLiteral("sandbox")), scenario.sandboxArguments, 600000)) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        QList<QList<RunResult>> byStart(2);
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir home;
            for (int start = 0; start < 2; ++start) {
                const std::optional<RunResult> r = runChild(QCoreApplication::applicationFilePath(),
                                                            sandbox.baseUrl().toString(), home.path());
                if (!r || r->timedOut || r->rows == 0) {
                    ++failures;
                    std::fprintf(stderr, "%s, %s start: no complete run\n", qPrintable(scenario.label),
                                 start == 0 ? "first" : "second");
                    continue;
                }
                byStart[start] << *r;
            }
        }
        for (int start = 0; start < 2; ++start) {
            const QList<RunResult> &results = byStart.at(start);
            if (results.isEmpty())
                continue;
            const auto med = [&](double RunResult::*field) {
                QList<double> values;
                for (const RunResult &r : results)
                    values << r.*field;
                return median(values);
            };
            std::printf("| %s | %s | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f MiB | %.0f ms (%.0f ms) | %.0f |\n",
                        qPrintable(scenario.label), start == 0 ? "first (empty cache)" : "second (cache)",
                        results.first().rows, med(&RunResult::firstRowsMs), med(&RunResult::listingMs),
                        med(&RunResult::completeMs), med(&RunResult::cpuMs), med(&RunResult::peakRssMiB),
                        med(&RunResult::stallMs), med(&RunResult::stallEndedMs), med(&RunResult::stallsOver50Double));
            std::fflush(stdout);
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // bench_app --app BASE_URL ACCOUNT: one start of the app (a child of the benchmark).
    if (argc >= 4 && std::strcmp(argv[1], "--app") == 0) {
        const QString baseUrl = QString::fromLocal8Bit(argv[2]);
        const QString account = QString::fromLocal8Bit(argv[3]);
        int appArgc = 1;
        return runApp(appArgc, argv, sinceStart, baseUrl, account, 300);
    }
    return runBenchmark(argc, argv);
}
