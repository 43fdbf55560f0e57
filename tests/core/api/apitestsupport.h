#pragma once
// Helpers for tests that drive request objects against an in-process sandbox over loopback HTTP.

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/api/tokenprovider.h"
#include "core/sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace pinstripe::testing {

/** A running sandbox plus a client pointed at it with the demo token. */
struct SandboxFixture
{
    explicit SandboxFixture(const sandbox::SandboxOptions &options = {})
        : server(std::make_unique<sandbox::SandboxServer>(options))
    {
        if (!server->listen(0))
            qFatal("sandbox did not start: %s", qPrintable(server->errorString()));
        tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
        client = std::make_unique<ApiClient>(server->baseUrl(), tokens.get());
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<StaticTokenProvider> tokens;
    std::unique_ptr<ApiClient> client;
};

/** What one request produced: its typed result or its error, and how many attempts it took. */
template<typename Result>
struct Outcome
{
    std::optional<Result> result;
    std::optional<ApiError> error;
    int attempts = 0;
    QList<ApiError> retries;

    bool ok() const { return result.has_value(); }
    QString describe() const { return error ? error->toString() : QStringLiteral("ok"); }
};

/**
 * Starts @p request and waits (processing events) until it finished or failed.
 * @p Signal is the request's typed finished signal.
 */
template<typename Result, typename Request, typename Signal>
Outcome<Result> run(Request *request, Signal finishedSignal, int timeoutMs = 30000)
{
    Outcome<Result> outcome;
    bool done = false;
    QObject guard;
    QObject::connect(request, finishedSignal, &guard, [&](const Result &result) {
        outcome.result = result;
        outcome.attempts = request->attempts();
        done = true;
    });
    QObject::connect(request, &ApiRequest::failed, &guard, [&](const ApiError &error) {
        outcome.error = error;
        outcome.attempts = request->attempts();
        done = true;
    });
    QObject::connect(request, &ApiRequest::retrying, &guard, [&](int, int, const ApiError &cause) {
        outcome.retries << cause;
    });
    request->start();
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!done)
        qWarning("request did not finish within %d ms", timeoutMs);
    return outcome;
}

} // namespace pinstripe::testing
