#include "sandbox/faultinjector.h"

#include "sandbox/sandboxclock.h"

#include <QMutexLocker>

namespace pinstripe::sandbox {

FaultInjector::FaultInjector(const FaultOptions &options, const SandboxClock &clock)
    : m_clock(clock)
{
    setOptions(options);
}

void FaultInjector::setOptions(const FaultOptions &options)
{
    QMutexLocker lock(&m_mutex);
    m_options = options;
    m_pattern = QRegularExpression(options.pathPattern);
    m_random.seed(options.seed);
    m_since = m_clock.elapsed();
}

FaultOptions FaultInjector::options() const
{
    QMutexLocker lock(&m_mutex);
    return m_options;
}

FaultDecision FaultInjector::decide(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    FaultDecision d;
    const FaultOptions &o = m_options;
    if (!o.any())
        return d;
    if (!o.pathPattern.isEmpty() && (!m_pattern.isValid() || !m_pattern.match(path).hasMatch()))
        return d;

    // Always draw the same number of values per request so one mode's setting does not shift
    // the random sequence another mode sees.
    const double rError = m_random.generateDouble();
    const double rReset = m_random.generateDouble();
    const double rTruncate = m_random.generateDouble();
    const double rDrip = m_random.generateDouble();
    const double rHang = m_random.generateDouble();
    const quint64 rJitter = m_random.generate();
    const quint64 rStatus = m_random.generate();
    // Drawn only when on, so the sequences of the older modes stay as they were for a seed.
    const double rMalformed = o.malformedRate > 0 ? m_random.generateDouble() : 1.0;

    d.delayMs = o.latencyMs + (o.jitterMs > 0 ? int(rJitter % quint64(o.jitterMs + 1)) : 0);

    if (o.stormDurationMs > 0) {
        const qint64 t = (m_clock.elapsed() - m_since).count();
        const qint64 phase = o.stormPeriodMs > 0 ? t % o.stormPeriodMs : t;
        if (phase < o.stormDurationMs) {
            d.answer = FaultDecision::Answer::RateLimited;
            return d;
        }
    }
    if (rHang < o.hangRate) {
        d.delivery = Delivery::Hang;
        return d;
    }
    if (rError < o.errorRate) {
        static constexpr int statuses[] = {500, 502, 503};
        d.answer = FaultDecision::Answer::ServerError;
        d.serverErrorStatus = statuses[rStatus % 3];
        return d;
    }
    if (rMalformed < o.malformedRate)
        d.malformation = o.malformation;
    if (rReset < o.resetRate)
        d.delivery = Delivery::Reset;
    else if (rTruncate < o.truncateRate)
        d.delivery = Delivery::Truncate;
    else if (rDrip < o.dripRate)
        d.delivery = Delivery::Drip;
    d.dripChunkBytes = o.dripChunkBytes;
    d.dripIntervalMs = o.dripIntervalMs;
    return d;
}

} // namespace pinstripe::sandbox
