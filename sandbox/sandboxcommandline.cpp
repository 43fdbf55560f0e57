#include "sandbox/sandboxcommandline.h"

#include "sandbox/answermalformer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace pinstripe::sandbox {

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    return valueName ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(valueName))
                     : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

} // namespace

SandboxCommandLine SandboxCommandLine::parse(const QStringList &arguments)
{
    SandboxCommandLine result;
    SandboxOptions &o = result.options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Pinterest API v5 server with seeded demo data, OAuth, rate limits and fault injection.\n"
        "Prints 'listening on http://127.0.0.1:<port>/v5' once it accepts requests."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QList<QCommandLineOption> options = {
        option("port", "Port on 127.0.0.1 (default 8085; 0 picks a free port).", "port"),
        option("seed", "Seed of the demo data (default 42).", "n"),
        option("ad-accounts", "Number of ad accounts (default 3, at least 3).", "n"),
        option("campaigns", "Number of campaigns (default 10).", "n"),
        option("ad-groups", "Number of ad groups (default 200, up to 100000).", "n"),
        option("big-account", "Give the first ad account more ad groups until n of them are ACTIVE or PAUSED "
                              "(default 0: none; up to 1000000).", "n"),
        option("state", "Keep changes in this JSON file across restarts.", "file"),
        option("now", "Pin 'now' (ISO date or date-time, UTC) for data, schedules and analytics.", "when"),
        option("access-token", "Bearer token that is always accepted (default pinstripe-demo-token).", "token"),
        option("client-id", "OAuth client id of the demo app (default 1484000).", "id"),
        option("client-secret", "OAuth client secret of the demo app (default pinstripe-demo-secret).", "secret"),
        option("token-ttl", "Lifetime of issued access tokens in seconds (default 2592000).", "seconds"),
        option("strict", "Refuse write bodies with a key their request schema does not have or that only "
                         "Pinterest sets (read-only), with a 400 naming the key (off unless given)."),
        option("rate-read", "ads_read requests per window (default 1000; 0 = unlimited).", "n"),
        option("rate-write", "ads_write requests per window (default 400; 0 = unlimited).", "n"),
        option("rate-analytics", "ads_analytics requests per window (default 300; 0 = unlimited).", "n"),
        option("rate-window", "Rate-limit window in seconds (default 60).", "seconds"),
        option("latency", "Fault: delay every answer by this many milliseconds.", "ms"),
        option("jitter", "Fault: add a random 0..ms delay.", "ms"),
        option("error-rate", "Fault: probability (0..1) of a 500/502/503 answer.", "p"),
        option("storm", "Fault: 429 storm of DURATION ms, repeated every PERIOD ms if given.", "duration[:period]"),
        option("reset-rate", "Fault: probability of a connection reset mid-body.", "p"),
        option("truncate-rate", "Fault: probability of a truncated JSON body.", "p"),
        option("drip-rate", "Fault: probability of a slowly dripped answer.", "p"),
        option("drip", "Fault: drip BYTES every MS milliseconds (default 64:20).", "bytes:ms"),
        option("hang-rate", "Fault: probability that a request is never answered.", "p"),
        option("malformed-rate", "Fault: probability that a successful answer is spoiled (see --malformation).", "p"),
        option("malformation",
               "Fault: how answers are spoiled: wrong-type, missing-member, huge-string, deep-nesting, "
               "duplicate-key or unknown-enum (default wrong-type).",
               "kind"),
        option("fault-path", "Fault: only inject into paths matching this regular expression.", "regex"),
        option("fault-seed", "Fault: seed of the fault decisions (default 1).", "n"),
    };
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        result.action = Action::ExitError;
        return result;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        result.action = Action::ExitOk;
        return result;
    }
    if (parser.isSet(version)) {
        print(stdout, QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                          + QLatin1Char('\n'));
        result.action = Action::ExitOk;
        return result;
    }

    QString problem;
    auto number = [&](const char *name, qint64 min, qint64 max, auto &target) {
        if (!parser.isSet(QLatin1String(name)) || !problem.isEmpty())
            return;
        bool ok = false;
        const qint64 v = parser.value(QLatin1String(name)).toLongLong(&ok);
        if (!ok || v < min || v > max)
            problem = QStringLiteral("--%1 must be a whole number from %2 to %3").arg(QLatin1String(name)).arg(min).arg(max);
        else
            target = static_cast<std::remove_reference_t<decltype(target)>>(v);
    };
    auto probability = [&](const char *name, double &target) {
        if (!parser.isSet(QLatin1String(name)) || !problem.isEmpty())
            return;
        bool ok = false;
        const double v = parser.value(QLatin1String(name)).toDouble(&ok);
        if (!ok || v < 0 || v > 1)
            problem = QStringLiteral("--%1 must be a probability from 0 to 1").arg(QLatin1String(name));
        else
            target = v;
    };
    auto text = [&](const char *name, QString &target) {
        if (parser.isSet(QLatin1String(name)))
            target = parser.value(QLatin1String(name));
    };
    number("port", 0, 65535, result.port);
    number("seed", 0, std::numeric_limits<qint64>::max(), o.seed);
    number("ad-accounts", 3, 1000, o.adAccounts);
    number("campaigns", 1, 10000, o.campaigns);
    number("ad-groups", 0, 100000, o.adGroups);
    number("big-account", 0, 1000000, o.bigAccountAdGroups);
    number("token-ttl", 1, 10LL * 365 * 24 * 3600, o.tokenTtlSeconds);
    number("rate-read", 0, 1'000'000'000, o.rateLimits.adsRead);
    number("rate-write", 0, 1'000'000'000, o.rateLimits.adsWrite);
    number("rate-analytics", 0, 1'000'000'000, o.rateLimits.adsAnalytics);
    number("rate-window", 1, 86400, o.rateLimits.windowSeconds);
    number("latency", 0, 600000, o.faults.latencyMs);
    number("jitter", 0, 600000, o.faults.jitterMs);
    number("fault-seed", 0, std::numeric_limits<qint64>::max(), o.faults.seed);
    probability("error-rate", o.faults.errorRate);
    probability("reset-rate", o.faults.resetRate);
    probability("truncate-rate", o.faults.truncateRate);
    probability("drip-rate", o.faults.dripRate);
    probability("hang-rate", o.faults.hangRate);
    probability("malformed-rate", o.faults.malformedRate);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("malformation"))) {
        const auto how = AnswerMalformer::fromName(parser.value(QStringLiteral("malformation")));
        if (how)
            o.faults.malformation = *how;
        else
            problem = QStringLiteral("--malformation must be one of wrong-type, missing-member, huge-string, "
                                     "deep-nesting, duplicate-key, unknown-enum");
    }
    o.strict = parser.isSet(QStringLiteral("strict"));
    text("state", o.stateFile);
    text("access-token", o.accessToken);
    text("client-id", o.clientId);
    text("client-secret", o.clientSecret);
    text("fault-path", o.faults.pathPattern);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("storm"))) {
        const QStringList parts = parser.value(QStringLiteral("storm")).split(QLatin1Char(':'));
        bool ok1 = false;
        bool ok2 = true;
        o.faults.stormDurationMs = parts.value(0).toInt(&ok1);
        if (parts.size() > 1)
            o.faults.stormPeriodMs = parts.at(1).toInt(&ok2);
        if (!ok1 || !ok2 || parts.size() > 2 || o.faults.stormDurationMs < 0 || o.faults.stormPeriodMs < 0)
            problem = QStringLiteral("--storm takes DURATION_MS or DURATION_MS:PERIOD_MS");
    }
    if (problem.isEmpty() && parser.isSet(QStringLiteral("drip"))) {
        const QStringList parts = parser.value(QStringLiteral("drip")).split(QLatin1Char(':'));
        bool ok1 = false;
        bool ok2 = false;
        o.faults.dripChunkBytes = parts.value(0).toInt(&ok1);
        o.faults.dripIntervalMs = parts.value(1).toInt(&ok2);
        if (!ok1 || !ok2 || parts.size() != 2 || o.faults.dripChunkBytes < 1 || o.faults.dripIntervalMs < 1)
            problem = QStringLiteral("--drip takes BYTES:MS, e.g. 64:20");
    }
    if (problem.isEmpty() && parser.isSet(QStringLiteral("now"))) {
        const QString value = parser.value(QStringLiteral("now"));
        QDateTime when = QDateTime::fromString(value, Qt::ISODate);
        if (!when.isValid()) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (date.isValid())
                when = QDateTime(date, QTime(12, 0), Qt::UTC);
        }
        if (!when.isValid())
            problem = QStringLiteral("--now takes an ISO date (2025-03-01) or date-time (2025-03-01T09:30:00Z)");
        else
            o.now = when.toUTC();
    }
    if (problem.isEmpty() && o.accessToken.isEmpty())
        problem = QStringLiteral("--access-token cannot be empty");
    if (!problem.isEmpty() || !parser.positionalArguments().isEmpty()) {
        print(stderr, (problem.isEmpty() ? QStringLiteral("unexpected argument: ") + parser.positionalArguments().constFirst()
                                         : problem) + QLatin1Char('\n'));
        result.action = Action::ExitError;
    }
    return result;
}

} // namespace pinstripe::sandbox
