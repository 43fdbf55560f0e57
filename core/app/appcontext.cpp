#include "core/app/appcontext.h"

#include "core/analytics/metricsarchive.h"
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/auth/authenvironment.h"
#include "core/auth/sessionmanager.h"
#include "core/auth/tokenstore.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/changes/targetingpresetstore.h"
#include "core/logging.h"
#include "core/store/localstore.h"
#include "core/time/clock.h"

#include <QDir>
#include <QFileInfo>

namespace pinstripe {

AppContext::AppContext(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.clock ? options.clock : Clock::system())
    , m_baseUrl(options.apiBaseUrl)
{
    m_cache = std::make_unique<LocalStore>(dataFile(QFileInfo(LocalStore::defaultPath()).fileName()));
    m_pendingChanges = std::make_unique<PendingChangeStore>(dataFile(QFileInfo(PendingChangeStore::defaultPath()).fileName()));
    m_changeSet = std::make_unique<ChangeSet>(m_pendingChanges.get());
    // Keeps fetched metrics, so periods older than Pinterest's 90 days stay viewable.
    m_metricsArchive = std::make_unique<MetricsArchive>(dataFile(QFileInfo(MetricsArchive::defaultPath()).fileName()));
    m_targetingPresets = std::make_unique<TargetingPresetStore>();
    m_tokenStore = new TokenStore(options.keychainService, {}, this);
    m_session = new SessionManager(m_tokenStore, m_clock, this);
    if (options.demo || !options.apiBaseUrl.isEmpty())
        m_session->setDemoBaseUrl(options.apiBaseUrl);
    connect(m_session, &SessionManager::sessionChanged, this, &AppContext::followSession);
}

AppContext::~AppContext()
{
    // Requests are children of the client: they go before the stores they report into.
    m_client.reset();
}

QString AppContext::dataFile(const QString &dataDirectory, const QString &fileName)
{
    QString directory = dataDirectory;
    if (directory.isEmpty())
        directory = QFileInfo(LocalStore::defaultPath()).path();
    QDir().mkpath(directory);
    return QDir(directory).filePath(fileName);
}

void AppContext::start(bool restore)
{
    if (m_options.demo) {
        m_session->startDemoSession(AuthEnvironment::demo(m_options.apiBaseUrl), m_options.demoToken);
        return;
    }
    if (restore)
        m_session->restoreLastSession();
}

void AppContext::startDemo(const QUrl &baseUrl, const QString &accessToken)
{
    m_session->startDemoSession(AuthEnvironment::demo(baseUrl), accessToken);
}

void AppContext::connectTo(const QUrl &baseUrl, TokenProvider *tokens, bool demo)
{
    std::unique_ptr<ApiClient> old = std::move(m_client);
    if (tokens) {
        m_baseUrl = baseUrl;
        m_demoConnection = demo;
        m_client = std::make_unique<ApiClient>(baseUrl, tokens);
        m_client->rateLimiter()->setClock(m_clock);
    }
    qCInfo(lcApp).noquote() << (m_client ? QStringLiteral("connected to %1").arg(baseUrl.toDisplayString())
                                         : QStringLiteral("disconnected"));
    Q_EMIT connectionChanged(m_client.get());
    // Whoever held the old client has let go of it by now.
    old.reset();
}

void AppContext::followSession()
{
    if (m_session->isSignedIn()) {
        connectTo(m_session->apiBaseUrl(), m_session->tokenProvider(),
                  m_session->environment().kind() == AuthEnvironment::Kind::Demo);
    } else {
        connectTo({}, nullptr, false);
    }
}

} // namespace pinstripe
