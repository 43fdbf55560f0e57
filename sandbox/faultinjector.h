#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/sandboxoptions.h"

#include <QMutex>
#include <QRandomGenerator64>
#include <QRegularExpression>

#include <chrono>
#include <optional>

namespace pinstripe::sandbox {

class SandboxClock;

/** What the fault injector decided for one request. */
struct FaultDecision
{
    enum class Answer {
        Handle,       ///< run the request normally
        ServerError,  ///< answer a 5xx instead
        RateLimited   ///< answer 429 (storm) instead
    };
    Answer answer = Answer::Handle;
    int serverErrorStatus = 500;
    int delayMs = 0;
    Delivery delivery = Delivery::Normal;
    int dripChunkBytes = 64;
    int dripIntervalMs = 20;
    /** Spoil a successful answer this way (nothing = leave it as it is). */
    std::optional<Malformation> malformation;
};

/**
 * Decides, per request, which configured fault to inject. Thread-safe: tests change the
 * faults from their own thread while the server thread asks for decisions.
 */
class FaultInjector final
{
public:
    /** @p clock (not owned) times the storms. */
    FaultInjector(const FaultOptions &options, const SandboxClock &clock);

    /** Replaces the faults; restarts the storm clock and the random sequence. */
    void setOptions(const FaultOptions &options);
    FaultOptions options() const;

    /** The decision for a request to @p path. */
    FaultDecision decide(const QString &path);

private:
    mutable QMutex m_mutex;
    FaultOptions m_options;
    QRegularExpression m_pattern;
    QRandomGenerator64 m_random;
    const SandboxClock &m_clock;
    std::chrono::milliseconds m_since{0};
};

} // namespace pinstripe::sandbox
