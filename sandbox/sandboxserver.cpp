#include "sandbox/sandboxserver.h"

#include "core/logging.h"
#include "sandbox/answermalformer.h"
#include "sandbox/apirouter.h"
#include "sandbox/datastore.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/faultinjector.h"
#include "sandbox/hashing.h"
#include "sandbox/httpserver.h"
#include "sandbox/oauthservice.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxcontext.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

namespace pinstripe::sandbox {

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::make_unique<SandboxClock>(options.now, options.clock))
    , m_store(std::make_unique<DataStore>())
    , m_oauth(std::make_unique<OAuthService>(m_options, *m_clock))
    , m_rateLimiter(std::make_unique<RateLimiter>(options.rateLimits, *m_clock))
    , m_faults(std::make_unique<FaultInjector>(options.faults, *m_clock))
{
    QElapsedTimer timer;
    timer.start();
    bool loaded = false;
    if (!m_options.stateFile.isEmpty() && QFileInfo::exists(m_options.stateFile)) {
        QString error;
        loaded = m_store->load(m_options.stateFile, &error);
        if (!loaded)
            qCWarning(lcSandbox) << "could not load" << m_options.stateFile << "-" << error << "- starting fresh";
    }
    if (!loaded)
        DemoDataGenerator(m_options, m_clock->nowSeconds()).populate(*m_store);
    qCDebug(lcSandbox) << "data ready:" << m_store->adGroupTotal() << "ad groups in" << timer.elapsed() << "ms";

    m_context = std::make_unique<SandboxContext>(SandboxContext{*m_store, *m_clock, m_options, [this] { scheduleSave(); }});
    m_router = std::make_unique<ApiRouter>(*m_context, *m_oauth, *m_rateLimiter);
    m_http = new HttpServer([this](const HttpRequest &request) { return handle(request); }, this);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(300); // coalesce bursts of writes into one save
    connect(m_saveTimer, &QTimer::timeout, this, &SandboxServer::saveState);
}

SandboxServer::~SandboxServer()
{
    if (m_saveTimer->isActive())
        saveState();
}

bool SandboxServer::listen(quint16 port)
{
    // Loopback only: the sandbox accepts a fixed demo token and must never face a network.
    return m_http->listen(QHostAddress::LocalHost, port);
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_http->serverPort());
    url.setPath(QStringLiteral("/v5"));
    return url;
}

quint16 SandboxServer::port() const
{
    return m_http->serverPort();
}

QString SandboxServer::errorString() const
{
    return m_http->errorString();
}

void SandboxServer::setFaults(const FaultOptions &faults)
{
    m_faults->setOptions(faults);
}

FaultOptions SandboxServer::faults() const
{
    return m_faults->options();
}

void SandboxServer::setRateLimits(const RateLimitOptions &limits)
{
    m_rateLimiter->setOptions(limits);
}

int SandboxServer::tokenRequestCount() const
{
    return m_oauth->tokenRequestCount();
}

qint64 SandboxServer::adGroupCount() const
{
    return m_store->adGroupTotal();
}

HttpReply SandboxServer::handle(const HttpRequest &request)
{
    const FaultDecision fault = m_faults->decide(request.path);
    HttpReply reply;
    reply.delayMs = fault.delayMs;
    reply.delivery = fault.delivery;
    reply.dripChunkBytes = fault.dripChunkBytes;
    reply.dripIntervalMs = fault.dripIntervalMs;
    switch (fault.answer) {
    case FaultDecision::Answer::ServerError:
        reply.response = HttpResponse::error(fault.serverErrorStatus, fault.serverErrorStatus == 503 ? 4197 : 1,
                                             QStringLiteral("Internal error (injected by the sandbox's fault settings)."));
        break;
    case FaultDecision::Answer::RateLimited: {
        RateLimiter::Result storm;
        storm.allowed = false;
        storm.limit = 1;
        storm.resetSeconds = 1;
        reply.response = ApiRouter::rateLimited(storm);
        reply.response.setHeader("X-RateLimit-Limit", "1");
        reply.response.setHeader("X-RateLimit-Remaining", "0");
        reply.response.setHeader("X-RateLimit-Reset", "1");
        break;
    }
    case FaultDecision::Answer::Handle:
        reply.response = m_router->route(request);
        if (fault.malformation && reply.response.status >= 200 && reply.response.status < 300) {
            if (const auto spoiled = AnswerMalformer::apply(reply.response.body, *fault.malformation))
                reply.response.body = *spoiled;
        }
        break;
    }
    // A request id on every answer, as Pinterest sends for support tickets.
    const quint64 rid = hashing::combine(m_options.seed, ++m_requestCounter);
    reply.response.setHeader("x-pinterest-rid", QByteArray::number(rid, 16).rightJustified(16, '0'));
    qCDebug(lcSandbox).noquote() << request.method << request.path << "->" << reply.response.status;
    return reply;
}

void SandboxServer::scheduleSave()
{
    if (!m_options.stateFile.isEmpty())
        m_saveTimer->start();
}

void SandboxServer::saveState()
{
    QString error;
    if (!m_store->save(m_options.stateFile, &error))
        qCWarning(lcSandbox) << "could not save" << m_options.stateFile << "-" << error;
}

} // namespace pinstripe::sandbox
