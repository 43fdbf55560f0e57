#include "ui/adgroups/adgroupdetailspanel.h"

#include "ui/common/wordinsentence.h"
#include "core/api/getadgrouprequest.h"
#include "core/api/listadgroupsrequest.h"
#include "core/model/money.h"
#include "core/model/enumwords.h"
#include "ui/adgroups/targetingdescriber.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AdGroupDetailsPanel::AdGroupDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("adGroupDetailsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_browser->setObjectName(QStringLiteral("detailsText"));
    m_browser->setOpenExternalLinks(false);
    // Lines break between words only: a narrow panel must not cut "Abrechnungsereignis" or a
    // date in two; what is wider than the panel scrolls instead.
    m_browser->setWordWrapMode(QTextOption::WordWrap);
    m_browser->setAccessibleName(tr("Ad group details"));
    m_retry->setObjectName(QStringLiteral("detailsRetry"));
    m_retry->setVisible(false);
    connect(m_retry, &QPushButton::clicked, this, [this] { showAdGroup(m_adGroupId); });
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &AdGroupDetailsPanel::updateCountdown);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    m_title->setText(tr("Select an ad group to see its details."));
}

void AdGroupDetailsPanel::setAccount(const QString &accountId, const Currency &currency)
{
    m_accountId = accountId;
    m_currency = currency;
    showAdGroup({});
}

QString AdGroupDetailsPanel::plainText() const
{
    return m_title->text() + QLatin1Char('\n') + m_browser->toPlainText();
}

void AdGroupDetailsPanel::cancelRequests()
{
    for (ApiRequest *request : {m_get.data(), m_names.data()}) {
        if (request) {
            request->disconnect(this);
            request->cancel();
        }
    }
}

void AdGroupDetailsPanel::showAdGroup(const QString &adGroupId)
{
    cancelRequests();
    m_adGroupId = adGroupId;
    m_adGroup.reset();
    m_namedSpec.reset();
    m_namesDone = false;
    m_countdown->stop();
    m_retry->setVisible(false);
    m_browser->clear();
    if (adGroupId.isEmpty() || !m_client) {
        m_title->setText(tr("Select an ad group to see its details."));
        return;
    }
    m_title->setText(tr("Loading ad group %1…").arg(adGroupId));

    auto *get = new GetAdGroupRequest(m_client, m_accountId, adGroupId);
    m_get = get;
    connect(get, &GetAdGroupRequest::finished, this, [this](const AdGroup &adGroup) {
        m_adGroup = adGroup;
        render();
    });
    connect(get, &ApiRequest::failed, this, &AdGroupDetailsPanel::showError);
    // The request waits out a 429 by itself; say so instead of looking stuck.
    connect(get, &ApiRequest::retrying, this, [this](int, int delayMs, const ApiError &cause) {
        if (cause.isRateLimited())
            startCountdown(delayMs, false);
    });

    AdGroupListParams params;
    params.adGroupIds = {adGroupId};
    params.entityStatuses = AdGroupListParams::allStatuses();
    params.translateInterestsToNames = true;
    auto *names = new ListAdGroupsRequest(m_client, m_accountId, params);
    m_names = names;
    connect(names, &ListAdGroupsRequest::finished, this, [this](const AdGroupPage &page) {
        m_namesDone = true;
        if (!page.items.isEmpty() && page.items.constFirst().targetingSpec.hasValue())
            m_namedSpec = page.items.constFirst().targetingSpec.value();
        render();
    });
    // Names are a nicety: without them the interest ids are shown.
    connect(names, &ApiRequest::failed, this, [this](const ApiError &) {
        m_namesDone = true;
        render();
    });
    get->start();
    names->start();
}

void AdGroupDetailsPanel::showError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_countdown->stop();
    m_title->setText(tr("Could not load ad group %1.").arg(m_adGroupId));
    m_browser->setPlainText(error.isRateLimited()
                                ? tr("Pinterest asked to wait before more requests. The ad group loads by itself "
                                     "when the wait is over; Retry tries at once.")
                                : error.userMessage());
    m_retry->setVisible(true);
    if (error.isRateLimited()) {
        // Not a refusal: Pinterest only asked to wait. Wait, then ask again.
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
            error.retryAfter.value_or(std::chrono::seconds(5)));
        startCountdown(static_cast<int>(std::max<qint64>(wait.count(), 1000)), true);
    }
}

void AdGroupDetailsPanel::startCountdown(int waitMs, bool reload)
{
    m_countdownEnds.setRemainingTime(waitMs);
    m_reloadAfterCountdown = reload;
    m_countdown->start();
    updateCountdown();
}

void AdGroupDetailsPanel::updateCountdown()
{
    if (m_countdownEnds.hasExpired()) {
        m_countdown->stop();
        if (m_reloadAfterCountdown) {
            m_reloadAfterCountdown = false;
            showAdGroup(m_adGroupId);
        } else if (!m_adGroup) {
            m_title->setText(tr("Loading ad group %1…").arg(m_adGroupId));
        }
        return;
    }
    const int seconds = static_cast<int>((m_countdownEnds.remainingTime() + 999) / 1000);
    m_title->setText(tr("Waiting for Pinterest's rate limit — trying ad group %1 again in %n s", nullptr, seconds)
                         .arg(m_adGroupId));
}

void AdGroupDetailsPanel::render()
{
    if (!m_adGroup || !m_namesDone)
        return;
    m_countdown->stop();
    m_title->setText(m_adGroup->name.valueOr(m_adGroupId));
    m_browser->setHtml(html(*m_adGroup, m_namedSpec));
    Q_EMIT loaded(m_adGroupId);
}

QString AdGroupDetailsPanel::html(const AdGroup &g, const std::optional<TargetingSpec> &namedSpec) const
{
    const QLocale locale;
    QString out;
    const auto section = [&out](const QString &title) { out += QStringLiteral("<h4>") + esc(title) + QStringLiteral("</h4>"); };
    bool inTable = false;
    const auto beginTable = [&] {
        out += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
        inTable = true;
    };
    const auto endTable = [&] {
        if (inTable)
            out += QStringLiteral("</table>");
        inTable = false;
    };
    const auto row = [&](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        out += QStringLiteral("<tr><td><b>") + esc(label) + QStringLiteral("</b></td><td>") + esc(value)
            + QStringLiteral("</td></tr>");
    };
    const auto money = [&](const Field<qint64> &micros) {
        return micros.hasValue() ? Money(micros.value(), m_currency).format(locale) : QString();
    };
    const auto time = [&](const Field<qint64> &seconds) {
        return seconds.hasValue()
            ? locale.toString(QDateTime::fromSecsSinceEpoch(seconds.value()).toLocalTime(), QLocale::LongFormat)
            : QString();
    };
    const auto flag = [&](const Field<bool> &value) {
        return value.hasValue() ? (value.value() ? tr("Yes") : tr("No")) : QString();
    };
    using enumwords::Kind;
    const auto text = [](Kind kind, const Field<QString> &value) { return enumwords::text(kind, value.valueOr(QString())); };

    section(tr("Overview"));
    beginTable();
    row(tr("ID"), g.id.valueOr(QString()));
    row(tr("Status"), text(Kind::EntityStatus, g.status));
    row(tr("Summary status"), text(Kind::SummaryStatus, g.summaryStatus));
    const QString campaignId = g.campaignId.valueOr(QString());
    row(tr("Campaign"), m_campaignNames.contains(campaignId)
                            ? tr("%1 (%2)").arg(m_campaignNames.value(campaignId), campaignId) : campaignId);
    // Not the API's "type": it reads "adgroup" for every ad group and tells a marketer nothing.
    row(tr("Created"), time(g.createdTime));
    row(tr("Updated"), time(g.updatedTime));
    endTable();

    section(tr("Budget and bidding"));
    beginTable();
    row(tr("Budget"), money(g.budgetInMicroCurrency));
    row(tr("Budget type"), text(Kind::BudgetType, g.budgetType));
    row(tr("Bid"), money(g.bidInMicroCurrency));
    row(tr("Bid strategy"), text(Kind::BidStrategy, g.bidStrategyType));
    if (g.bidMultiplier.hasValue())
        row(tr("Bid multiplier"), locale.toString(g.bidMultiplier.value(), 'g', 6));
    row(tr("Billable event"), text(Kind::BillableEvent, g.billableEvent));
    row(tr("Pacing"), text(Kind::Pacing, g.pacingDeliveryType));
    row(tr("Conversion learning mode"), text(Kind::ConversionLearningMode, g.conversionLearningModeType));
    endTable();

    section(tr("Schedule and delivery"));
    beginTable();
    row(tr("Start"), g.startTime.hasValue() ? time(g.startTime) : tr("Immediately"));
    row(tr("End"), g.endTime.hasValue() ? time(g.endTime) : tr("No end date"));
    row(tr("Placement"), text(Kind::Placement, g.placementGroup));
    row(tr("Auto targeting"), flag(g.autoTargetingEnabled));
    if (g.lifetimeFrequencyCap.hasValue())
        row(tr("Lifetime frequency cap"), locale.toString(g.lifetimeFrequencyCap.value()));
    row(tr("Creative optimization"), flag(g.isCreativeOptimization));
    row(tr("Promotion"), g.promotionId.valueOr(QString()));
    row(tr("Promotion applies to"), text(Kind::PromotionLevel, g.promotionApplicationLevel));
    if (g.targetingTemplateIds.hasValue())
        row(tr("Targeting template"), g.targetingTemplateIds.value().join(QLatin1String(", ")));
    row(tr("Catalog feed profile"), g.feedProfileId.valueOr(QString()));
    endTable();

    if (g.optimizationGoalMetadata.hasValue()) {
        const OptimizationGoalMetadata &goal = g.optimizationGoalMetadata.value();
        section(tr("Optimization goal"));
        beginTable();
        if (goal.conversionTagV3GoalMetadata.hasValue()) {
            const ConversionTagGoalMetadata &c = goal.conversionTagV3GoalMetadata.value();
            row(tr("Conversion event"), text(Kind::ConversionEvent, c.conversionEvent));
            row(tr("Reporting event"), text(Kind::ConversionEvent, c.reportingEvent));
            row(tr("Conversion tag"), c.conversionTagId.valueOr(QString()));
            if (const auto cpa = c.cpaGoalMicros())
                row(tr("Target cost per action"), Money(*cpa, m_currency).format(locale));
            row(tr("Optimizes for return on ad spend"), flag(c.isRoasOptimized));
            row(tr("Learning mode"), text(Kind::ConversionLearningMode, c.learningModeType));
            if (c.attributionWindows.hasValue()) {
                const AttributionWindows &w = c.attributionWindows.value();
                row(tr("Attribution windows"),
                    tr("click %1, engagement %2, view %3")
                        .arg(tr("%n day(s)", nullptr, w.clickWindowDays.valueOr(0)), tr("%n day(s)", nullptr, w.engagementWindowDays.valueOr(0)),
                             tr("%n day(s)", nullptr, w.viewWindowDays.valueOr(0))));
            }
        }
        if (goal.frequencyGoalMetadata.hasValue()) {
            const FrequencyGoalMetadata &f = goal.frequencyGoalMetadata.value();
            row(tr("Frequency goal"), tr("%1 impressions per person per %2")
                                          .arg(f.frequency.valueOr(0)).arg(wordInSentence(text(Kind::FrequencyTimerange, f.timerange))));
        }
        if (const auto scrollup = goal.scrollupGoalMicros())
            row(tr("Scroll-up goal"), Money(*scrollup, m_currency).format(locale));
        endTable();
    }

    section(tr("Targeting"));
    TargetingSpec spec = g.targetingSpec.valueOr(TargetingSpec());
    if (namedSpec && namedSpec->interest.hasValue())
        spec.interest = namedSpec->interest; // names instead of ids, for reading only
    out += QStringLiteral("<ul>");
    for (const QString &sentence : TargetingDescriber::describe(spec))
        out += QStringLiteral("<li>") + esc(sentence) + QStringLiteral("</li>");
    out += QStringLiteral("</ul>");

    if (g.trackingUrls.hasValue()) {
        const TrackingUrls &t = g.trackingUrls.value();
        section(tr("Tracking URLs"));
        beginTable();
        const auto urls = [](const Field<QStringList> &list) { return list.valueOr({}).join(QLatin1Char('\n')); };
        row(tr("Impression"), urls(t.impression));
        row(tr("Click"), urls(t.click));
        row(tr("Engagement"), urls(t.engagement));
        row(tr("Buyable button"), urls(t.buyableButton));
        row(tr("Audience verification"), urls(t.audienceVerification));
        endTable();
        if (t.impression.valueOr({}).isEmpty() && t.click.valueOr({}).isEmpty() && t.engagement.valueOr({}).isEmpty()
            && t.buyableButton.valueOr({}).isEmpty() && t.audienceVerification.valueOr({}).isEmpty())
            out += QStringLiteral("<p>") + esc(tr("None")) + QStringLiteral("</p>");
    }
    return out;
}

} // namespace pinstripe
