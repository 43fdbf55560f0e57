#pragma once
// Starts pinstripe-sandbox in its own process, so a benchmark measures only the client.

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace pinstripe::bench {

class SandboxProcess
{
public:
    /** Starts the sandbox with @p arguments (plus --port 0 --strict) and waits for its "listening on" line. */
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--strict")} + arguments);
        if (!m_process.waitForStarted(timeoutMs))
            return false;
        while (m_process.waitForReadyRead(timeoutMs)) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(QLatin1String("listening on "))) {
                    m_baseUrl = QUrl(line.mid(13));
                    return true;
                }
            }
        }
        return false;
    }

    QUrl baseUrl() const { return m_baseUrl; }

    ~SandboxProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace pinstripe::bench
