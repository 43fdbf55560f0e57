#pragma once

#include "sandbox/sandboxoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QTimer;

namespace pinstripe::sandbox {

class ApiRouter;
class DataStore;
class FaultInjector;
class HttpServer;
class OAuthService;
class RateLimiter;
class SandboxClock;
struct HttpReply;
struct HttpRequest;
struct SandboxContext;

/**
 * A local Pinterest API v5 server for demos, tests and benchmarks: seeded demo data,
 * the ad-account, campaign, ad-group, analytics, bid-floor and audience-sizing endpoints,
 * OAuth, per-category rate limits and injectable faults, on 127.0.0.1 only.
 *
 * Lives on one thread (see SandboxThread to give it its own). setFaults(), faults(),
 * setRateLimits() and tokenRequestCount() may be called from any thread.
 */
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    /** Builds the demo data (or loads options.stateFile) at once. */
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    /** Listens on 127.0.0.1:@p port; 0 picks a free port. */
    bool listen(quint16 port = 0);
    /** http://127.0.0.1:<port>/v5, valid after listen(). */
    QUrl baseUrl() const;
    quint16 port() const;
    QString errorString() const;
    const SandboxOptions &options() const { return m_options; }

    /** Replaces the injected faults (thread-safe). */
    void setFaults(const FaultOptions &faults);
    FaultOptions faults() const;
    /** Replaces the rate-limit budgets and starts fresh windows (thread-safe). */
    void setRateLimits(const RateLimitOptions &limits);
    /** Calls of POST /v5/oauth/token so far (thread-safe). */
    int tokenRequestCount() const;
    /** Ad groups in the store (server thread only). */
    qint64 adGroupCount() const;

private:
    HttpReply handle(const HttpRequest &request);
    void scheduleSave();
    void saveState();

    SandboxOptions m_options;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<DataStore> m_store;
    std::unique_ptr<OAuthService> m_oauth;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<ApiRouter> m_router;
    HttpServer *m_http = nullptr;
    QTimer *m_saveTimer = nullptr;
    quint64 m_requestCounter = 0;
};

} // namespace pinstripe::sandbox
