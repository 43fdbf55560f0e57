#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace pinstripe::bench {

/** Records the longest gap between ticks of a 1 ms timer: how long the event loop was blocked. */
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            if (now - m_last > m_longest) {
                m_longest = now - m_last;
                m_longestEndedAt = now;
            }
            if (now - m_last > 50)
                ++m_over50;
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_longestEndedAt = 0;
        m_over50 = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longest; }
    /** When the longest stall ended, in ms since start(). */
    double longestEndedAtMs() const { return m_longestEndedAt; }
    /** How many stalls were longer than 50 ms. */
    int stallsOver50Ms() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
    double m_longestEndedAt = 0;
    int m_over50 = 0;
};

} // namespace pinstripe::bench
