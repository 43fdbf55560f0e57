#pragma once

#include "core/time/clock.h"

#include <QElapsedTimer>

namespace pinstripe {

/** The real clock: QDateTime::currentDateTimeUtc() and a monotonic QElapsedTimer. */
class SystemClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)

public:
    explicit SystemClock(QObject *parent = nullptr);
    ~SystemClock() override;

    QDateTime now() const override;
    std::chrono::milliseconds elapsed() const override;

private:
    QElapsedTimer m_elapsed;
};

} // namespace pinstripe
