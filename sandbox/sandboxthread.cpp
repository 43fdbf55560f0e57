#include "sandbox/sandboxthread.h"

#include "core/logging.h"
#include "sandbox/sandboxserver.h"

#include <QThread>

namespace pinstripe::sandbox {

SandboxThread::SandboxThread(const SandboxOptions &options)
    : m_options(options)
    , m_thread(std::make_unique<QThread>())
    , m_anchor(std::make_unique<QObject>())
{
    m_thread->setObjectName(QStringLiteral("pinstripe-sandbox"));
    m_anchor->moveToThread(m_thread.get());
}

SandboxThread::~SandboxThread()
{
    if (m_thread->isRunning()) {
        // The server and its sockets must die on the thread that owns them.
        QMetaObject::invokeMethod(m_anchor.get(), [this] {
            delete m_server;
            m_server = nullptr;
        }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

QUrl SandboxThread::start(quint16 port)
{
    if (!m_thread->isRunning())
        m_thread->start();
    QMetaObject::invokeMethod(m_anchor.get(), [this, port] {
        if (!m_server)
            m_server = new SandboxServer(m_options);
        if (m_server->listen(port))
            m_baseUrl = m_server->baseUrl();
        else
            m_error = m_server->errorString();
    }, Qt::BlockingQueuedConnection);
    return m_baseUrl;
}

std::unique_ptr<SandboxThread> startSandboxThread(const SandboxOptions &options, quint16 port)
{
    auto thread = std::make_unique<SandboxThread>(options);
    if (thread->start(port).isEmpty()) {
        qCWarning(lcSandbox) << "the sandbox could not listen:" << thread->errorString();
        return nullptr;
    }
    return thread;
}

} // namespace pinstripe::sandbox
