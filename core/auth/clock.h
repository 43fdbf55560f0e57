#pragma once

#include <QDateTime>

namespace pinstripe {

/**
 * Where auth code reads "now". Token expiry, proactive renewal and the health text all go
 * through it, so tests can move time forward instead of sleeping.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The current time, in UTC. */
    virtual QDateTime now() const = 0;

    /** The process-wide real clock. */
    static Clock *system();
};

/** The real UTC clock. */
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/** A clock that stands still until told to move; for tests and previews. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace pinstripe
