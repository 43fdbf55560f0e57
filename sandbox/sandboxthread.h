#pragma once

#include "sandbox/sandboxoptions.h"

#include <QUrl>

#include <memory>

class QThread;
class QObject;

namespace pinstripe::sandbox {

class SandboxServer;

/**
 * Runs a SandboxServer on its own QThread so a client that blocks its event loop (a test
 * waiting on a reply, a busy UI thread) never blocks the server. start() returns once the
 * server listens; the destructor stops it and joins the thread.
 */
class SandboxThread final
{
public:
    explicit SandboxThread(const SandboxOptions &options = {});
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    /** Builds the data and listens on 127.0.0.1:@p port (0 = free port). Returns the base URL, or an empty URL on failure. */
    QUrl start(quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    /** The server; it lives on the sandbox thread, so call only its thread-safe methods. */
    SandboxServer *server() const { return m_server; }

private:
    SandboxOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_anchor; ///< lives on the sandbox thread; runs calls there
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_error;
};

/** Starts a sandbox thread with @p options on a free port; nullptr (and a warning) on failure. */
std::unique_ptr<SandboxThread> startSandboxThread(const SandboxOptions &options = {}, quint16 port = 0);

} // namespace pinstripe::sandbox
