#include "ui/targeting/audienceestimatelabel.h"

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/api/estimateaudiencesizerequest.h"
#include "core/model/audiencesizing.h"
#include "core/time/clock.h"
#include "core/time/clocktimer.h"

namespace pinstripe {

namespace {
} // namespace

AudienceEstimateLabel::AudienceEstimateLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("audienceEstimate"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAccessibleName(tr("Potential audience"));
    setFocusPolicy(Qt::TabFocus); // so screen reader users can reach the estimate with Tab
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setClock(nullptr);
    hide();
}

AudienceEstimateLabel::~AudienceEstimateLabel()
{
    cancelRequest();
}

int AudienceEstimateLabel::debounceMs() const
{
    return m_debounceMs;
}

void AudienceEstimateLabel::setDebounceMs(int ms)
{
    m_debounceMs = ms;
}

void AudienceEstimateLabel::setClock(Clock *clock)
{
    const bool waiting = m_debounce && m_debounce->isActive();
    delete m_debounce;
    m_debounce = new ClockTimer(clock ? clock : Clock::system(), this);
    connect(m_debounce, &ClockTimer::timeout, this, &AudienceEstimateLabel::startRequest);
    if (waiting)
        m_debounce->start(std::chrono::milliseconds(m_debounceMs));
}

void AudienceEstimateLabel::setSource(ApiClient *client, const QString &adAccountId)
{
    m_client = client;
    m_adAccountId = adAccountId;
    schedule();
}

void AudienceEstimateLabel::setSpec(const TargetingSpec &spec)
{
    // An edit that leaves the spec as it was (a space typed, a value set twice) asks nothing new.
    if (m_hasSpec && spec == m_spec && (m_state == State::Shown || m_state == State::Estimating || m_state == State::Waiting))
        return;
    m_spec = spec;
    m_hasSpec = true;
    schedule();
}

void AudienceEstimateLabel::setSpecInvalid()
{
    m_hasSpec = false;
    m_debounce->stop();
    cancelRequest();
    if (m_client && !m_adAccountId.isEmpty())
        setState(State::Invalid, tr("Potential audience: fix the targeting problems to see an estimate."));
    else
        setState(State::Hidden, QString());
}

void AudienceEstimateLabel::schedule()
{
    m_debounce->stop();
    cancelRequest();
    if (!m_client || m_adAccountId.isEmpty() || !m_hasSpec) {
        setState(State::Hidden, QString());
        return;
    }
    setState(State::Waiting, tr("Estimating…"));
    m_debounce->start(std::chrono::milliseconds(m_debounceMs));
}

void AudienceEstimateLabel::cancelRequest()
{
    if (!m_request)
        return;
    // Disconnect first: the cancellation's failed() is not a failure worth showing.
    m_request->disconnect(this);
    m_request->cancel();
    m_request = nullptr;
}

void AudienceEstimateLabel::startRequest()
{
    if (!m_client || m_adAccountId.isEmpty() || !m_hasSpec)
        return;
    cancelRequest();
    AudienceSizingRequest body;
    body.targetingSpec = m_spec;
    auto *request = new EstimateAudienceSizeRequest(m_client, m_adAccountId, body);
    m_request = request;
    connect(request, &EstimateAudienceSizeRequest::finished, this, &AudienceEstimateLabel::onFinished);
    connect(request, &ApiRequest::failed, this, &AudienceEstimateLabel::onFailed);
    connect(request, &ApiRequest::retrying, this, [this] {
        setState(State::Estimating, tr("Estimating… (Pinterest did not answer, trying again)"));
    });
    setState(State::Estimating, tr("Estimating…"));
    Q_EMIT estimateStarted();
    request->start();
}

QString AudienceEstimateLabel::compactNumber(qint64 people, const QLocale &locale)
{
    // Qt 6.4 has no compact number format; one decimal is as exact as an estimate gets.
    auto scaled = [&locale](double value, const QString &pattern) {
        QString number = locale.toString(value, 'f', value < 10 ? 1 : 0);
        const QString zero = locale.decimalPoint() + locale.zeroDigit();
        if (number.endsWith(zero))
            number.chop(zero.size());
        return pattern.arg(number);
    };
    if (people >= 1'000'000'000)
        return scaled(double(people) / 1e9, tr("%1B", "billion people"));
    if (people >= 1'000'000)
        return scaled(double(people) / 1e6, tr("%1M", "million people"));
    if (people >= 10'000)
        return scaled(double(people) / 1e3, tr("%1K", "thousand people"));
    return locale.toString(people);
}

void AudienceEstimateLabel::onFinished(const AudienceSizing &size)
{
    m_request = nullptr;
    const qint64 lower = size.lowerBound().value_or(0);
    const qint64 upper = size.upperBound().value_or(lower);
    const QLocale loc = locale();
    setState(State::Shown, tr("Potential audience: %1 – %2 people per month")
                               .arg(compactNumber(lower, loc), compactNumber(upper, loc)));
    setToolTip(tr("Pinterest estimates %1 to %2 people a month for this targeting.")
                   .arg(loc.toString(lower), loc.toString(upper)));
    Q_EMIT estimateShown(lower, upper);
}

void AudienceEstimateLabel::onFailed(const ApiError &error)
{
    m_request = nullptr;
    const QString message = tr("Potential audience unavailable: %1").arg(error.userMessage());
    setState(State::Failed, message);
    setToolTip(error.toString());
    Q_EMIT estimateFailed(message);
}

void AudienceEstimateLabel::setState(State state, const QString &text)
{
    m_state = state;
    setText(text);
    setVisible(state != State::Hidden);
    if (state != State::Shown && state != State::Failed)
        setToolTip(tr("How many people a month this targeting can reach, estimated by Pinterest."));
}

} // namespace pinstripe
