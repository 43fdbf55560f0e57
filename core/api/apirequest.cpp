#include "core/api/apirequest.h"

#include "core/api/answercheck.h"

#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/api/tokenprovider.h"
#include "core/logging.h"
#include "core/time/clock.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pinstripe {

using namespace std::chrono;

namespace {

QByteArray verbOf(ApiRequest::Method method)
{
    switch (method) {
    case ApiRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case ApiRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case ApiRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    }
    return {};
}

std::optional<qint64> headerNumber(const QNetworkReply *reply, const char *name)
{
    // The first number: "1000" and the policy form "1000, 1000;w=60" alike.
    QByteArray raw = reply->rawHeader(name).trimmed();
    const qsizetype end = raw.indexOf(',') >= 0 ? raw.indexOf(',') : raw.indexOf(';');
    if (end >= 0)
        raw = raw.left(end).trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = raw.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<seconds> headerSeconds(const QNetworkReply *reply, const char *name)
{
    const std::optional<qint64> value = headerNumber(reply, name);
    if (!value || *value < 0)
        return std::nullopt;
    return seconds(*value);
}

} // namespace

ApiRequest::ApiRequest(ApiClient *client, Method method, RateCategory category, RetryPolicy retryPolicy)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_category(category)
    , m_retryPolicy(retryPolicy)
{
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_client) {
        if (m_rateTicket)
            m_client->rateLimiter()->cancel(m_rateTicket);
        if (m_started && !m_finished)
            m_client->requestEnded();
    }
}

void ApiRequest::start()
{
    Q_ASSERT(!m_started);
    if (m_started || !m_client)
        return;
    m_started = true;
    m_client->requestStarted();

    QString problem = m_client->baseUrlProblem();
    if (problem.isEmpty())
        problem = validate();
    if (!problem.isEmpty()) {
        // Report from the event loop so callers can connect after start() too.
        QTimer::singleShot(0, this, [this, problem] { fail(ApiError::validation(problem)); });
        return;
    }
    m_clock = m_client->rateLimiter()->clock();
    m_firstAttemptAt = m_clock->elapsed();
    acquireAndSend();
}

void ApiRequest::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    fail(ApiError::cancelled());
}

void ApiRequest::acquireAndSend()
{
    // The ticket stays held while the request is in flight: the limiter counts it against
    // what the server said is left of the budget until the answer is in.
    m_rateTicket = m_client->rateLimiter()->acquire(m_category, this, [this] { send(); });
}

void ApiRequest::send()
{
    if (m_finished || !m_client)
        return;
    ++m_attempts;
    m_timedOut = false;

    QNetworkRequest request(m_client->urlFor(path(), query()));
    m_tokenUsed = m_client->tokenProvider() ? m_client->tokenProvider()->accessToken() : QString();
    request.setRawHeader("Authorization", "Bearer " + m_tokenUsed.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, m_client->userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    const QByteArray payload = m_method == Method::Get ? QByteArray() : body();
    if (m_method != Method::Get)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    qCDebug(lcApi).noquote() << verbOf(m_method) << request.url().toDisplayString() << "attempt" << m_attempts;
    m_reply = m_method == Method::Get
        ? m_client->network()->get(request)
        : m_client->network()->sendCustomRequest(request, verbOf(m_method), payload);

    // Our own timer rather than QNetworkRequest::setTransferTimeout, so a timeout is told
    // apart from cancel() on every Qt version; any progress restarts it.
    if (!m_timeout) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, &ApiRequest::onTransferTimeout);
    }
    m_timeout->start(m_client->transferTimeout());
    connect(m_reply, &QNetworkReply::downloadProgress, m_timeout, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::uploadProgress, m_timeout, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);

    // A body that trickles in keeps the idle timer above happy for ever: the attempt as a
    // whole has a deadline too. People are told long before it passes.
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            m_deadlinePassed = true;
            onTransferTimeout();
        });
        m_slowTimer = new QTimer(this);
        m_slowTimer->setSingleShot(true);
        connect(m_slowTimer, &QTimer::timeout, this, [this] { setAnsweringSlowly(true); });
    }
    m_deadlinePassed = false;
    m_deadline->start(m_client->requestDeadline());
    m_slowTimer->start(m_client->slowAnswerThreshold());
}

void ApiRequest::onTransferTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiRequest::setAnsweringSlowly(bool slow)
{
    if (m_answeringSlowly == slow)
        return;
    m_answeringSlowly = slow;
    Q_EMIT answeringSlowly(slow);
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    m_timeout->stop();
    m_deadline->stop();
    m_slowTimer->stop();
    setAnsweringSlowly(false);
    reply->deleteLater();

    const QByteArray payload = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_client) {
        // No longer in flight; then what the server said about the budget.
        if (m_rateTicket)
            m_client->rateLimiter()->cancel(m_rateTicket);
        m_rateTicket = 0;
        if (status > 0) {
            const auto asInt = [](std::optional<qint64> v) { return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt; };
            m_client->rateLimiter()->noteResponse(
                m_category, status, asInt(headerNumber(reply, "X-RateLimit-Remaining")),
                headerSeconds(reply, "X-RateLimit-Reset"), headerSeconds(reply, "Retry-After"),
                asInt(headerNumber(reply, "X-RateLimit-Limit")));
        }
    }

    const bool complete = reply->error() == QNetworkReply::NoError;
    if (complete && status >= 200 && status < 300) {
        if (const WorkerReader reader = workerReader()) {
            readOnWorker(reader, payload, errorFromReply(reply, {}));
            return;
        }
        // Checked before anything reads it: an answer of another shape must not be half read.
        QString problem = answercheck::rawProblem(payload);
        if (problem.isEmpty())
            problem = handleSuccess(payload);
        if (problem.isEmpty()) {
            qCDebug(lcApi).noquote() << verbOf(m_method) << path() << "->" << status;
            done();
            return;
        }
        ApiError error = errorFromReply(reply, payload);
        error.kind = ApiError::Kind::InvalidResponse;
        error.message = problem;
        handleFailure(error);
        return;
    }

    const ApiError error = errorFromReply(reply, payload);
    if (error.isAuthenticationFailure() && !m_renewedToken && m_client && m_client->tokenProvider()) {
        // One renewal per request: the provider makes sure concurrent 401s share one refresh.
        m_renewedToken = true;
        m_client->tokenProvider()->renewAccessToken(m_tokenUsed, this, [this, error](bool renewed) {
            if (renewed)
                acquireAndSend();
            else
                handleFailure(error);
        });
        return;
    }
    handleFailure(error);
}

void ApiRequest::readOnWorker(const WorkerReader &reader, const QByteArray &payload, ApiError unreadable)
{
    auto *watcher = new QFutureWatcher<Delivery>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, unreadable]() mutable {
        watcher->deleteLater();
        if (m_finished)
            return; // cancelled while the body was read
        const QString problem = watcher->result()();
        if (problem.isEmpty()) {
            qCDebug(lcApi).noquote() << verbOf(m_method) << path() << "->" << unreadable.httpStatus;
            done();
            return;
        }
        unreadable.kind = ApiError::Kind::InvalidResponse;
        unreadable.message = problem;
        handleFailure(unreadable);
    });
    watcher->setFuture(QtConcurrent::run([reader, payload]() -> Delivery {
        // Checked before anything reads it, as on the request's thread.
        const QString problem = answercheck::rawProblem(payload);
        if (!problem.isEmpty())
            return [problem] { return problem; };
        return reader(payload);
    }));
}

ApiError ApiRequest::errorFromReply(QNetworkReply *reply, const QByteArray &payload) const
{
    ApiError error;
    error.operation = operationName();
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.requestId = QString::fromLatin1(reply->rawHeader("x-pinterest-rid"));
    error.networkError = reply->error();
    error.retryAfter = headerSeconds(reply, "Retry-After");
    if (!error.retryAfter && error.httpStatus == 429)
        error.retryAfter = headerSeconds(reply, "X-RateLimit-Reset");

    if (m_timedOut) {
        error.kind = ApiError::Kind::Timeout;
        if (m_deadlinePassed)
            error.message = QStringLiteral("no complete answer within %1 s").arg(m_client ? m_client->requestDeadline().count() / 1000.0 : 0.0);
        else
            error.message = QStringLiteral("no answer within %1 s").arg(m_client ? m_client->transferTimeout().count() / 1000.0 : 0.0);
    } else if (error.httpStatus == 0 || (error.httpStatus < 400 && reply->error() != QNetworkReply::NoError)) {
        // No status, or a 2xx whose body broke off: the transport failed.
        error.kind = ApiError::Kind::Network;
        error.message = reply->errorString();
    } else {
        error.kind = ApiError::Kind::Http;
        const QJsonObject object = QJsonDocument::fromJson(payload).object();
        error.code = object.value(QLatin1String("code")).toInt();
        error.message = object.value(QLatin1String("message")).toString();
        if (error.message.isEmpty())
            error.message = QString::fromUtf8(payload.left(200)).simplified();
    }
    return error;
}

void ApiRequest::handleFailure(ApiError error)
{
    if (m_finished)
        return;
    error.operation = operationName();
    const auto elapsed = m_clock ? m_clock->elapsed() - m_firstAttemptAt : milliseconds(0);
    const std::optional<milliseconds> delay = m_retryPolicy.delayBefore(
        m_attempts + 1, error, elapsed, QRandomGenerator::global()->generateDouble());
    if (delay) {
        qCInfo(lcApi).noquote() << operationName() << "will retry in" << delay->count() << "ms after"
                                << error.toString();
        Q_EMIT retrying(m_attempts + 1, static_cast<int>(delay->count()), error);
        Clock *clock = m_clock ? m_clock : Clock::system();
        clock->callAfter(*delay, this, [this] { acquireAndSend(); });
        return;
    }
    // A create whose answer was lost may or may not exist on the server now.
    const bool answerLost = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || error.kind == ApiError::Kind::InvalidResponse || (error.kind == ApiError::Kind::Http && error.httpStatus >= 500);
    if (outcomeUnknownWhenAnswerLost() && answerLost && m_attempts > 0)
        error.kind = ApiError::Kind::OutcomeUnknown;
    fail(error);
}

void ApiRequest::fail(ApiError error)
{
    if (m_finished)
        return;
    if (error.operation.isEmpty())
        error.operation = operationName();
    if (error.kind != ApiError::Kind::Cancelled)
        qCWarning(lcApi).noquote() << operationName() << "failed:" << error.toString();
    Q_EMIT failed(error);
    done();
}

void ApiRequest::done()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_slowTimer)
        m_slowTimer->stop();
    setAnsweringSlowly(false);
    if (m_rateTicket && m_client)
        m_client->rateLimiter()->cancel(m_rateTicket);
    m_rateTicket = 0;
    if (m_client)
        m_client->requestEnded();
    deleteLater();
}

ApiClient *ApiRequest::client() const
{
    return m_client.data();
}

} // namespace pinstripe
