#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace pinstripe::sandbox {

/**
 * The sandbox's idea of "now". With a pinned start it runs forward from that instant, so
 * tests get a fixed "today" while updated_time still moves.
 */
class SandboxClock final
{
public:
    /** @p pinned invalid = the real UTC clock. */
    explicit SandboxClock(const QDateTime &pinned = {});

    QDateTime now() const;
    qint64 nowSeconds() const { return now().toSecsSinceEpoch(); }
    /** Today's UTC date. */
    QDate today() const { return now().date(); }

private:
    QDateTime m_pinned;
    QElapsedTimer m_elapsed;
};

} // namespace pinstripe::sandbox
