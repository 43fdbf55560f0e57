#pragma once
// Helpers for tests that drive request objects against an in-process sandbox over loopback HTTP.

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/api/tokenprovider.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

namespace pinstripe::testing {

/**
 * Pinterest's OpenAPI description enforced by Prism in proxy mode with --errors: a request
 * that breaks the spec gets 422, a response that breaks it 500. Used when the environment
 * variable PINSTRIPE_TEST_VIA_PRISM is set, so the same tests check every request the
 * client sends against the spec.
 */
class PrismProxy
{
public:
    static bool wanted() { return qEnvironmentVariableIsSet("PINSTRIPE_TEST_VIA_PRISM"); }

    /** Why Prism cannot run here, or an empty string. */
    static QString missing()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("node is not installed");
        if (!QFileInfo::exists(script()))
            return QStringLiteral("Prism is not installed (cmake --build <build> --target prism)");
        if (!QFileInfo::exists(spec()))
            return QStringLiteral("the API description is missing (PINSTRIPE_SHARED_DIR)");
        return {};
    }

    /** Starts Prism in front of @p upstream; returns the base URL to use, or an empty URL. */
    QUrl start(const QUrl &upstream)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                        {script(), QStringLiteral("proxy"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("-p"), QString::number(port), QStringLiteral("--errors"), spec(),
                         upstream.toString()});
        for (int i = 0; i < 240 && m_process.state() != QProcess::NotRunning; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(250)) {
                QUrl base;
                base.setScheme(QStringLiteral("http"));
                base.setHost(QStringLiteral("127.0.0.1"));
                base.setPort(port);
                return base; // Prism serves the spec's paths and adds /v5 when it forwards
            }
            QTest::qWait(250);
        }
        qWarning("Prism did not start: %s", m_process.readAll().constData());
        return {};
    }

    ~PrismProxy()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    static QString script()
    {
        return QDir(QStringLiteral(PINSTRIPE_PRISM_DIR)).filePath(QStringLiteral("node_modules/@stoplight/prism-cli/dist/index.js"));
    }
    static QString spec()
    {
        return QDir(qEnvironmentVariable("PINSTRIPE_SHARED_DIR")).filePath(QStringLiteral("pinterest-api/openapi.prism.yaml"));
    }

    QProcess m_process;
};

/**
 * A running sandbox plus a client pointed at it with the demo token — through Prism when
 * PrismProxy::wanted().
 */
struct SandboxFixture
{
    explicit SandboxFixture(const sandbox::SandboxOptions &options = {})
        : server(std::make_unique<sandbox::SandboxServer>(options))
    {
        if (!server->listen(0))
            qFatal("sandbox did not start: %s", qPrintable(server->errorString()));
        tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
        QUrl base = server->baseUrl();
        if (PrismProxy::wanted()) {
            prism = std::make_unique<PrismProxy>();
            base = prism->start(server->baseUrl());
            if (base.isEmpty())
                qFatal("Prism did not start");
        }
        client = std::make_unique<ApiClient>(base, tokens.get());
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<PrismProxy> prism;
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
