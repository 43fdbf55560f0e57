#pragma once

#include "core/model/targetingspec.h"

#include <QLabel>
#include <QPointer>


namespace pinstripe {

class Clock;
class ClockTimer;

class ApiClient;
class ApiError;
class EstimateAudienceSizeRequest;
struct AudienceSizing;

/**
 * "Potential audience: 1.2M – 1.5M people per month" for a targeting spec, from Pinterest's
 * audience_sizing. Shows nothing until it has an ApiClient and an ad account. Every change of
 * the spec restarts a short wait (so typing does not send a request per key stroke); a request
 * still running when a newer one starts is cancelled, so an old answer never replaces a newer one.
 */
class AudienceEstimateLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceEstimateLabel)

public:
    enum class State { Hidden, Waiting, Estimating, Shown, Failed, Invalid };
    Q_ENUM(State)

    explicit AudienceEstimateLabel(QWidget *parent = nullptr);
    ~AudienceEstimateLabel() override;

    /** Where estimates come from; @p client is not owned. Empty values hide the label. */
    void setSource(ApiClient *client, const QString &adAccountId);
    /** The spec to estimate; the request goes out debounceMs() after the last call. */
    void setSpec(const TargetingSpec &spec);
    /** The spec cannot be sent as it is; says so instead of asking Pinterest. */
    void setSpecInvalid();

    int debounceMs() const;
    void setDebounceMs(int ms);
    /** The clock the debounce waits on (nullptr: the system's); tests move a ManualClock. */
    void setClock(Clock *clock);

    State state() const { return m_state; }
    /** "1.2M", "350K", "900" in the locale of the widget. */
    static QString compactNumber(qint64 people, const QLocale &locale);

Q_SIGNALS:
    /** A request was sent (after the debounce). */
    void estimateStarted();
    /** An estimate arrived and is shown. */
    void estimateShown(qint64 lower, qint64 upper);
    /** The estimate failed; the label shows @p message. */
    void estimateFailed(const QString &message);

private:
    void schedule();
    void startRequest();
    void cancelRequest();
    void onFinished(const AudienceSizing &size);
    void onFailed(const ApiError &error);
    void setState(State state, const QString &text);

    QPointer<ApiClient> m_client;
    QString m_adAccountId;
    TargetingSpec m_spec;
    bool m_hasSpec = false;
    ClockTimer *m_debounce = nullptr;
    int m_debounceMs = 500;
    QPointer<EstimateAudienceSizeRequest> m_request;
    State m_state = State::Hidden;
};

} // namespace pinstripe
