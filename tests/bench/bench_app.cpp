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
// second one (the cache shows the rows before the listing refreshes them). Two more starts time
// switching accounts while the first one is still listing: to a second account never opened
// (its rows come from the API), and back from it to the first (its rows come from the cache):
//
//   switch      from choosing the other account until its first cached rows show, and until
//               all of them do; the old listing's pages that still reached the table after it.
//
// Not a test: it prints; only that rows arrived is checked.
//
//   bench_app [--ad-groups 100000] [--big-account 100000] [--agency-accounts 300] [--runs 1]
//             [--latency-ms 0]
//
// --ad-groups spreads ad groups over 3 accounts and 300 campaigns (the first account lists
// about 22,000 ACTIVE and PAUSED ones); --big-account starts a second sandbox whose first account
// lists that many (0 skips it); --agency-accounts spreads --ad-groups over that many accounts.
#include "processstats.h"
#include "sandboxprocess.h"
#include "stallmeter.h"

#include "application.h"
#include "commandline.h"

#include "core/app/appcontext.h"
#include "core/appinfo.h"
#include "core/store/adgrouprepository.h"
#include "ui/adgroups/accountswitcher.h"
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
const QString kSecondAccount = QStringLiteral("549755886175"); // and its second
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
    // Runs that switch accounts (-1: not one).
    double switchFirstRowsMs = -1; ///< choosing the other account → its first rows shown (cache or API)
    double switchAllRowsMs = -1;   ///< … → every cached row shown
    int switchCachedRows = 0;
    int oldPagesAfterSwitch = 0; ///< pages of the account left that still reached the table

    QJsonObject toJson() const
    {
        return {{QStringLiteral("firstRowsMs"), firstRowsMs}, {QStringLiteral("listingMs"), listingMs},
                {QStringLiteral("completeMs"), completeMs}, {QStringLiteral("cpuMs"), cpuMs},
                {QStringLiteral("peakRssMiB"), peakRssMiB}, {QStringLiteral("stallMs"), stallMs},
                {QStringLiteral("stallEndedMs"), stallEndedMs}, {QStringLiteral("stallsOver50"), stallsOver50},
                {QStringLiteral("rows"), rows}, {QStringLiteral("timedOut"), timedOut},
                {QStringLiteral("switchFirstRowsMs"), switchFirstRowsMs}, {QStringLiteral("switchAllRowsMs"), switchAllRowsMs},
                {QStringLiteral("switchCachedRows"), switchCachedRows},
                {QStringLiteral("oldPagesAfterSwitch"), oldPagesAfterSwitch}};
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
        r.switchFirstRowsMs = o.value(QLatin1String("switchFirstRowsMs")).toDouble(-1);
        r.switchAllRowsMs = o.value(QLatin1String("switchAllRowsMs")).toDouble(-1);
        r.switchCachedRows = o.value(QLatin1String("switchCachedRows")).toInt();
        r.oldPagesAfterSwitch = o.value(QLatin1String("oldPagesAfterSwitch")).toInt();
        return r;
    }
};

/**
 * Watches the running app until the account's listing, its cache writes and its stats columns
 * are complete. The workspace fetches the stats columns when the listing completes, so the
 * provider that matters is the one fetching after that.
 *
 * With @p switchTo, the first account's rows are only the start: as soon as they show (its
 * listing still running), the other account is chosen in the account switcher, as a person
 * would, and the watch goes on with that account.
 */
class CompletionWatch final : public QObject
{
public:
    CompletionWatch(Application *app, const QElapsedTimer &sinceStart, const QString &switchTo)
        : m_app(app)
        , m_sinceStart(sinceStart)
        , m_switchTo(switchTo)
    {
        AdGroupBrowser *browser = app->window()->browser();
        AdGroupFilterProxy *proxy = browser->proxy();
        const auto checkRows = [this, proxy] {
            if (m_result.firstRowsMs < 0 && proxy->rowCount() > 0) {
                m_result.firstRowsMs = elapsed();
                if (!m_switchTo.isEmpty())
                    QTimer::singleShot(0, this, [this] { switchAccount(); });
            }
        };
        connect(proxy, &QAbstractItemModel::rowsInserted, this, checkRows);
        connect(proxy, &QAbstractItemModel::modelReset, this, checkRows);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, checkRows);
        AdGroupRepository *repository = browser->repository();
        // Queued: the workspace's own slot (which starts the stats fetch) has run by then.
        connect(repository, &AdGroupRepository::listingComplete, this, [this] {
            if (!m_switchTo.isEmpty() && m_switchedAt < 0)
                return; // the account left: only the one switched to counts
            m_result.listingMs = elapsed();
            watchStats();
        }, Qt::QueuedConnection);
        // After the browser's own slots: the table holds these rows when they are timed.
        connect(repository, &AdGroupRepository::cacheLoaded, this, [this](const QList<AdGroup> &adGroups) {
            if (m_switchedAt >= 0 && m_result.switchFirstRowsMs < 0 && !adGroups.isEmpty())
                m_result.switchFirstRowsMs = elapsed() - m_switchedAt;
        });
        connect(repository, &AdGroupRepository::cacheComplete, this, [this](int count) {
            if (m_switchedAt >= 0 && m_result.switchAllRowsMs < 0) {
                m_result.switchAllRowsMs = elapsed() - m_switchedAt;
                m_result.switchCachedRows = count;
            }
        });
        connect(repository, &AdGroupRepository::pageArrived, this, [this](const QList<AdGroup> &adGroups) {
            if (m_switchedAt < 0 || adGroups.isEmpty())
                return;
            if (adGroups.first().adAccountId.valueOr(QString()) != m_switchTo)
                ++m_result.oldPagesAfterSwitch;
            else if (m_result.switchFirstRowsMs < 0) // nothing cached: the first rows come from the API
                m_result.switchFirstRowsMs = elapsed() - m_switchedAt;
        });
    }

    bool isDone() const { return m_done; }
    RunResult result() const { return m_result; }

private:
    double elapsed() const { return double(m_sinceStart.nsecsElapsed()) / 1e6; }

    void switchAccount()
    {
        // The account list may still be on its way from the API: try again shortly.
        const double at = elapsed();
        if (!m_app->window()->browser()->accountSwitcher()->selectAccount(m_switchTo)) {
            QTimer::singleShot(5, this, [this] { switchAccount(); });
            return;
        }
        m_switchedAt = at;
    }

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
    const QString m_switchTo;
    double m_switchedAt = -1;
    RunResult m_result;
    bool m_done = false;
};

int runApp(int argc, char *argv[], const QElapsedTimer &sinceStart, const QString &baseUrl, const QString &account,
           const QString &switchTo, int timeoutSeconds)
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
    CompletionWatch watch(application.get(), sinceStart, switchTo);
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

std::optional<RunResult> runChild(const QString &self, const QString &baseUrl, const QString &home,
                                  const QString &account, const QString &switchTo)
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
    QStringList arguments{QStringLiteral("--app"), baseUrl, account};
    if (!switchTo.isEmpty())
        arguments << switchTo;
    child.start(self, arguments);
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

// The four starts of one run, in one data folder: the first account twice, then switching.
struct Start
{
    const char *label;
    QString account;
    QString switchTo;
};

const QList<Start> &starts()
{
    static const QList<Start> list{
        {"first (empty cache)", kFirstAccount, {}},
        {"second (cache)", kFirstAccount, {}},
        {"switch to the second account (never opened)", kFirstAccount, kSecondAccount},
        {"switch back to the first (cached)", kSecondAccount, kFirstAccount},
    };
    return list;
}

void printStartsTable(const QString &label, const QList<QList<RunResult>> &byStart)
{
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
                    qPrintable(label), starts().at(start).label, results.first().rows, med(&RunResult::firstRowsMs),
                    med(&RunResult::listingMs), med(&RunResult::completeMs), med(&RunResult::cpuMs),
                    med(&RunResult::peakRssMiB), med(&RunResult::stallMs), med(&RunResult::stallEndedMs),
                    med(&RunResult::stallsOver50Double));
    }
    std::fflush(stdout);
}

void printSwitchTable(const QString &label, const QList<QList<RunResult>> &byStart)
{
    for (int start = 2; start < starts().size(); ++start) {
        const QList<RunResult> &results = byStart.at(start);
        if (results.isEmpty())
            continue;
        QList<double> first, all, old;
        for (const RunResult &r : results) {
            first << r.switchFirstRowsMs;
            all << r.switchAllRowsMs;
            old << r.oldPagesAfterSwitch;
        }
        const RunResult &any = results.first();
        const QString allRows = any.switchCachedRows > 0
            ? QStringLiteral("%1 ms (%2 rows)").arg(median(all), 0, 'f', 0).arg(any.switchCachedRows)
            : QStringLiteral("– (none cached)");
        std::printf("| %s | %s | %.0f ms | %s | %.0f | %d |\n", qPrintable(label), starts().at(start).label,
                    median(first), qPrintable(allRows), median(old), any.rows);
    }
    std::fflush(stdout);
}

int runBenchmark(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("ad-groups"), QStringLiteral("Ad groups over 3 accounts and 300 campaigns (default 100000)."), QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("big-account"), QStringLiteral("Ad groups the big account lists (default 100000; 0 skips it)."), QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("agency-accounts"), QStringLiteral("Accounts an agency sandbox spreads --ad-groups over (default 300; 0 skips it)."), QStringLiteral("n"), QStringLiteral("300")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each start (default 1)."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("latency-ms"), QStringLiteral("Sandbox latency per answer (default 0: loopback)."), QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("sandbox"), QStringLiteral("The pinstripe-sandbox executable."), QStringLiteral("path"), QStringLiteral(PINSTRIPE_SANDBOX_EXECUTABLE)},
    });
    parser.process(app);
    const int adGroups = std::max(100, parser.value(QStringLiteral("ad-groups")).toInt());
    const int big = std::max(0, parser.value(QStringLiteral("big-account")).toInt());
    const int agency = std::max(0, parser.value(QStringLiteral("agency-accounts")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString latency = QString::number(std::max(0, parser.value(QStringLiteral("latency-ms")).toInt()));

    // Budgets the sandbox announces: reads unlimited; analytics large enough not to bind, so the
    // app's own work is measured. Pinterest's published 300 a minute (burst 30 in the client's
    // limiter) would make the stats columns of 22,000 ad groups (90 calls) take at least 12 s
    // and of 100,000 (400 calls) at least 74 s, whatever the app does.
    const auto sandboxArguments = [&](int accounts, const QStringList &more) {
        return QStringList{QStringLiteral("--ad-accounts"), QString::number(accounts), QStringLiteral("--campaigns"),
                           QStringLiteral("300"), QStringLiteral("--rate-read"), QStringLiteral("100000"),
                           QStringLiteral("--rate-analytics"), QStringLiteral("100000"), QStringLiteral("--rate-window"),
                           QStringLiteral("60"), QStringLiteral("--latency"), latency}
            + more;
    };
    QList<Scenario> scenarios{{QStringLiteral("%1 ad groups over 3 accounts, the first").arg(adGroups),
                               sandboxArguments(3, {QStringLiteral("--ad-groups"), QString::number(adGroups)})}};
    if (big > 0) {
        scenarios << Scenario{QStringLiteral("an account of %1").arg(big),
                              sandboxArguments(3, {QStringLiteral("--ad-groups"), QStringLiteral("300"),
                                                   QStringLiteral("--big-account"), QString::number(big)})};
    }
    if (agency > 0) {
        scenarios << Scenario{QStringLiteral("%1 ad groups over %2 accounts, the first").arg(adGroups).arg(agency),
                              sandboxArguments(agency, {QStringLiteral("--ad-groups"), QString::number(adGroups)})};
    }

    QList<QPair<QString, QList<QList<RunResult>>>> measured;
    int failures = 0;
    for (const Scenario &scenario : std::as_const(scenarios)) {
        bench::SandboxProcess sandbox;
        if (!sandbox.start(parser.value(QStringLiteral("sandbox")), scenario.sandboxArguments, 600000)) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        QList<QList<RunResult>> byStart(starts().size());
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir home;
            for (int start = 0; start < starts().size(); ++start) {
                const Start &s = starts().at(start);
                const std::optional<RunResult> r = runChild(QCoreApplication::applicationFilePath(),
                                                            sandbox.baseUrl().toString(), home.path(), s.account,
                                                            s.switchTo);
                if (!r || r->timedOut || r->rows == 0) {
                    ++failures;
                    std::fprintf(stderr, "%s, %s: no complete run\n", qPrintable(scenario.label), s.label);
                    continue;
                }
                byStart[start] << *r;
            }
        }
        measured.append({scenario.label, byStart});
    }

    std::printf("| account | start | rows | first rows | listing + cache | complete (+ stats) | CPU | peak RSS | longest stall (ended at) | stalls > 50 ms |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const auto &[label, byStart] : std::as_const(measured))
        printStartsTable(label, byStart);
    std::printf("\n| sandbox | switch, made while the first account is still listing | first rows | all cached rows | pages of the account left shown after the switch | rows at the end |\n");
    std::printf("|---|---|---|---|---|---|\n");
    for (const auto &[label, byStart] : std::as_const(measured))
        printSwitchTable(label, byStart);
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // bench_app --app BASE_URL ACCOUNT: one start of the app (a child of the benchmark).
    // bench_app --app BASE_URL ACCOUNT SWITCH_TO: the same, then switching to another account.
    if (argc >= 4 && std::strcmp(argv[1], "--app") == 0) {
        const QString baseUrl = QString::fromLocal8Bit(argv[2]);
        const QString account = QString::fromLocal8Bit(argv[3]);
        const QString switchTo = argc >= 5 ? QString::fromLocal8Bit(argv[4]) : QString();
        int appArgc = 1;
        return runApp(appArgc, argv, sinceStart, baseUrl, account, switchTo, 300);
    }
    return runBenchmark(argc, argv);
}
