#pragma once

#include "sandbox/answermalformer.h"

#include <QDateTime>
#include <QString>

namespace pinstripe {
class Clock;
}

namespace pinstripe::sandbox {

/**
 * Faults the sandbox injects into its answers. Every mode is off by default. Decisions are
 * drawn from a generator seeded with @ref seed, one draw sequence per request in arrival
 * order, so a test that sends the same requests sees the same faults.
 */
struct FaultOptions
{
    /** Only requests whose path (e.g. "/v5/ad_accounts/1/ad_groups") matches get faults; empty = all. */
    QString pathPattern;
    /** Fixed delay before every answer, in milliseconds. */
    int latencyMs = 0;
    /** Extra random delay in [0, jitterMs] added to @ref latencyMs. */
    int jitterMs = 0;
    /** Probability (0..1) that a request is answered with a 500/502/503 instead. */
    double errorRate = 0.0;
    /**
     * 429 storms: every request in the first @ref stormDurationMs of each @ref stormPeriodMs
     * (counted from when the faults were set) is answered 429. Period 0 = one storm only.
     */
    int stormDurationMs = 0;
    int stormPeriodMs = 0;
    /** Probability that the connection is reset after part of the body was sent. */
    double resetRate = 0.0;
    /** Probability that the body is cut short (Content-Length matches the cut, so the JSON is broken). */
    double truncateRate = 0.0;
    /** Probability that the body is sent in small pieces (@ref dripChunkBytes every @ref dripIntervalMs). */
    double dripRate = 0.0;
    int dripChunkBytes = 64;
    int dripIntervalMs = 20;
    /** Probability that the request is read and never answered. */
    double hangRate = 0.0;
    /**
     * Probability that a successful JSON answer is spoiled the way @ref malformation says
     * (AnswerMalformer): wrong types, a missing id, huge strings, deep nesting, duplicate keys
     * or unknown enum values.
     */
    double malformedRate = 0.0;
    Malformation malformation = Malformation::WrongType;
    /** Seed of the fault decisions. */
    quint64 seed = 1;

    /** True if any mode is switched on. */
    bool any() const
    {
        return latencyMs > 0 || jitterMs > 0 || errorRate > 0 || stormDurationMs > 0 || resetRate > 0
            || truncateRate > 0 || dripRate > 0 || hangRate > 0 || malformedRate > 0;
    }
};

/** Request budgets per rate-limit category (requests per window). 0 = unlimited. */
struct RateLimitOptions
{
    int adsRead = 1000;      ///< Pinterest's published Standard-access budget (per minute)
    int adsWrite = 400;      ///< not published by Pinterest; a conservative per-minute guess
    int adsAnalytics = 300;  ///< Pinterest's published Standard-access budget (per minute)
    int windowSeconds = 60;
};

/** Everything a SandboxServer is configured with. Defaults give the documented demo setup. */
struct SandboxOptions
{
    /** Seed of the demo data; the same seed always gives the same accounts, ad groups and metrics. */
    quint64 seed = 42;
    /** Number of ad accounts (at least 3: USD, EUR and JPY come first). */
    int adAccounts = 3;
    /** Campaigns and ad groups over all accounts. */
    int campaigns = 10;
    int adGroups = 200;
    /**
     * A large first account for benchmarks: after the ad groups above, the first ad account
     * gets more, round its own campaigns, until this many of its ad groups are ACTIVE or PAUSED
     * (what the app lists by default). 0 = no more.
     */
    int bigAccountAdGroups = 0;

    /** The bearer token that is always accepted (besides tokens issued by the OAuth endpoints). */
    QString accessToken = QStringLiteral("pinstripe-demo-token");
    /** The demo OAuth app. */
    QString clientId = QStringLiteral("1484000");
    QString clientSecret = QStringLiteral("pinstripe-demo-secret");
    /** Lifetime of issued access tokens, seconds. */
    int tokenTtlSeconds = 30 * 24 * 3600;
    /** Lifetime of issued refresh tokens, seconds (Pinterest's continuous refresh: 60 days). */
    int refreshTokenTtlSeconds = 60 * 24 * 3600;

    /** "Now" for generated data, schedules and analytics date limits; invalid = the clock's own time. */
    QDateTime now;
    /**
     * The clock the sandbox runs on: token expiry, rate-limit windows and 429 storms. Not
     * owned, must outlive the server and be safe to read from the server's thread
     * (ManualClock is); nullptr = the real clock.
     */
    const Clock *clock = nullptr;

    /**
     * Refuse write bodies that hold a key their request schema does not have, or a key only
     * Pinterest sets (id on create, created_time, summary_status…), with a 400 naming the key,
     * so that a client leaking such keys fails at once instead of passing unnoticed. On for
     * every in-process sandbox (the demo and the tests); the pinstripe-sandbox executable
     * serves leniently unless started with --strict.
     */
    bool strict = true;

    /** JSON file that keeps changes across restarts; empty = in memory only. */
    QString stateFile;

    RateLimitOptions rateLimits;
    FaultOptions faults;
};

} // namespace pinstripe::sandbox
