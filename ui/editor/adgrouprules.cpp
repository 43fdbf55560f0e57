#include "ui/editor/adgrouprules.h"

#include "core/model/adgroupnullability.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <initializer_list>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::AdGroupRules", text);
}

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    return digits.match(text).hasMatch();
}

QString when(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(), QLocale::ShortFormat);
}

/** The tracking URL problems of @p urls (≤ 3 per event, http(s), ≤ 2,000 characters). */
void checkTrackingUrls(const TrackingUrls &urls, QList<FieldProblem> &problems)
{
    const QString key = QStringLiteral("tracking_urls");
    const QJsonObject json = urls.toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonArray list = it.value().toArray();
        if (list.size() > 3)
            problems << FieldProblem{key, tr("%1: at most 3 URLs (%2 given).").arg(it.key()).arg(list.size())};
        for (const QJsonValue &v : list) {
            const QString text = v.toString();
            const QUrl url(text, QUrl::StrictMode);
            const bool ok = url.isValid() && !url.host().isEmpty() && text.size() <= 2000
                && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
            if (!ok)
                problems << FieldProblem{key, tr("%1: \"%2\" is not a valid http(s) URL of at most 2,000 characters.")
                                                  .arg(it.key(), text)};
        }
    }
}

} // namespace

QList<FieldProblem> checkAdGroupRules(const AdGroup &after, const AdGroup *before, const Campaign *campaign)
{
    QList<FieldProblem> problems;
    const QJsonObject afterJson = after.toJson();
    const QJsonObject beforeJson = before ? before->toJson() : QJsonObject();
    // On an edit a rule only speaks up when one of its fields changed: a state that is already
    // on Pinterest is not this edit's fault and must not block an unrelated change.
    auto touched = [&](std::initializer_list<const char *> keys) {
        if (!before)
            return true;
        for (const char *key : keys) {
            const QString k = QString::fromLatin1(key);
            if (afterJson.value(k) != beforeJson.value(k))
                return true;
        }
        return false;
    };
    auto add = [&problems](const char *field, const QString &message) {
        problems << FieldProblem{QString::fromLatin1(field), message};
    };

    // Name.
    if (touched({"name"})) {
        const QString name = after.name.valueOr({});
        if (name.trimmed().isEmpty())
            add("name", tr("Enter a name."));
        else if (name.size() > kMaxAdGroupNameLength)
            add("name", tr("The name has %1 characters; at most %2 are allowed.").arg(name.size()).arg(kMaxAdGroupNameLength));
    }

    // Campaign.
    if (touched({"campaign_id"})) {
        static const QRegularExpression campaignId(QStringLiteral("^C?\\d{1,18}$"));
        if (!campaignId.match(after.campaignId.valueOr({})).hasMatch())
            add("campaign_id", tr("Choose a campaign."));
    }

    // DRAFT-only fields (the form disables them, but a stale form must not slip through).
    if (before && before->status.valueOr({}) != QLatin1String("DRAFT")) {
        if (touched({"budget_type"}))
            add("budget_type", tr("Only DRAFT ad groups can change their budget type."));
        if (touched({"billable_event"}))
            add("billable_event", tr("Only DRAFT ad groups can change their billable event."));
    }

    // Money.
    if (after.budgetInMicroCurrency.hasValue() && after.budgetInMicroCurrency.value() < 0 && touched({"budget_in_micro_currency"}))
        add("budget_in_micro_currency", tr("The budget cannot be negative."));
    // A zero budget delivers nothing; Pinterest's own minimum is higher still. A CBO ad group's
    // budget comes from its campaign.
    if (after.budgetInMicroCurrency.hasValue() && after.budgetInMicroCurrency.value() == 0
        && after.budgetType.valueOr({}) != QLatin1String("CBO_ADGROUP") && touched({"budget_in_micro_currency", "budget_type"}))
        add("budget_in_micro_currency", tr("The budget must be more than zero."));
    if (after.bidInMicroCurrency.hasValue() && after.bidInMicroCurrency.value() < 0 && touched({"bid_in_micro_currency"}))
        add("bid_in_micro_currency", tr("The bid cannot be negative."));
    const bool automaticBid = after.bidStrategyType.valueOr({}) == QLatin1String("AUTOMATIC_BID");
    if (!automaticBid && !after.bidInMicroCurrency.hasValue() && touched({"bid_in_micro_currency", "bid_strategy_type"}))
        add("bid_in_micro_currency", tr("Enter a bid: only the automatic bid strategy works without one."));

    // Schedule and budget type.
    const QString budgetType = after.budgetType.valueOr({});
    // Said where the person acted: at the budget type when it was chosen (or on a new ad group),
    // at the end when an existing LIFETIME ad group's end was removed.
    if (budgetType == QLatin1String("LIFETIME") && !after.endTime.hasValue() && touched({"budget_type", "end_time"}))
        add(!before || touched({"budget_type"}) ? "budget_type" : "end_time", tr("A LIFETIME budget needs an end time."));
    if (after.startTime.hasValue() && after.endTime.hasValue() && after.endTime.value() <= after.startTime.value()
        && touched({"start_time", "end_time"}))
        add("end_time", tr("The end must be after the start."));

    // Frequency cap.
    const bool capped = after.lifetimeFrequencyCap.hasValue() && after.lifetimeFrequencyCap.value() > 0;
    if (capped && !after.endTime.hasValue() && touched({"lifetime_frequency_cap", "end_time"}))
        add("lifetime_frequency_cap", tr("A lifetime frequency cap needs an end time."));
    if (capped && after.billableEvent.valueOr({}) != QLatin1String("IMPRESSION") && touched({"lifetime_frequency_cap", "billable_event"}))
        add("lifetime_frequency_cap", tr("A lifetime frequency cap works only with the IMPRESSION billable event (CPM)."));

    // Bid multiplier.
    if (after.bidMultiplier.hasValue() && touched({"bid_multiplier", "bid_strategy_type"})) {
        const double m = after.bidMultiplier.value();
        if (m < 0 || m > 10)
            add("bid_multiplier", tr("The bid multiplier must be between 0 and 10."));
        else if (m > 0 && !automaticBid)
            add("bid_multiplier", tr("A bid multiplier needs the automatic bid strategy."));
    }

    // Promotion.
    if (after.promotionId.hasValue() && !isDigits(after.promotionId.value()) && touched({"promotion_id"}))
        add("promotion_id", tr("A promotion id is digits only."));

    // Optimization goal.
    if (after.optimizationGoalMetadata.hasValue() && touched({"optimization_goal_metadata", "bid_strategy_type"})) {
        const OptimizationGoalMetadata &goal = after.optimizationGoalMetadata.value();
        if (goal.conversionTagV3GoalMetadata.hasValue()) {
            const ConversionTagGoalMetadata &conversion = goal.conversionTagV3GoalMetadata.value();
            if (!isDigits(conversion.conversionTagId.valueOr({})))
                add("optimization_goal_metadata", tr("Conversion goal: enter the conversion tag id (digits)."));
            if (!conversion.conversionEvent.hasValue())
                add("optimization_goal_metadata", tr("Conversion goal: choose a conversion event."));
            if (conversion.isRoasOptimized.valueOr(false)
                && (conversion.conversionEvent.valueOr({}) != QLatin1String("CHECKOUT") || !automaticBid))
                add("optimization_goal_metadata", tr("Conversion goal: ROAS optimization needs the CHECKOUT event and the automatic bid strategy."));
        }
        if (goal.frequencyGoalMetadata.hasValue()) {
            const int frequency = goal.frequencyGoalMetadata.value().frequency.valueOr(0);
            if (frequency < 2 || frequency > 20)
                add("optimization_goal_metadata", tr("Frequency goal: the frequency must be between 2 and 20."));
        }
    }

    // Tracking URLs.
    if (after.trackingUrls.hasValue() && touched({"tracking_urls"}))
        checkTrackingUrls(after.trackingUrls.value(), problems);

    // A member the update schema does not let be null cannot be cleared once set (e.g. the
    // frequency cap): the update would leave it out, so the person must keep a value.
    if (before) {
        for (auto it = beforeJson.constBegin(); it != beforeJson.constEnd(); ++it) {
            const QJsonValue now = afterJson.value(it.key());
            if (it.value().isNull() || !(now.isNull() || now.isUndefined()) || AdGroup::isReadOnlyKey(it.key())
                || adgroupnullability::allowsNull(it.key(), AdGroupRequestKind::Update))
                continue;
            problems << FieldProblem{it.key(), tr("Pinterest cannot remove this from an existing ad group; keep a value.")};
        }
    }

    // Rules that depend on the campaign.
    if (campaign) {
        if (campaign->isCbo()) {
            if (budgetType != QLatin1String("CBO_ADGROUP") && touched({"budget_type", "campaign_id"}))
                add("budget_type", tr("The campaign optimizes its budget (CBO): the budget type must be CBO_ADGROUP."));
            if (after.pacingDeliveryType.valueOr({}) == QLatin1String("ACCELERATED") && touched({"pacing_delivery_type", "campaign_id"}))
                add("pacing_delivery_type", tr("CBO campaigns allow only STANDARD pacing."));
        } else {
            if (budgetType == QLatin1String("CBO_ADGROUP") && touched({"budget_type", "campaign_id"}))
                add("budget_type", tr("CBO_ADGROUP needs a campaign with campaign budget optimization."));
            if (!after.budgetInMicroCurrency.hasValue() && touched({"budget_in_micro_currency", "campaign_id"}))
                add("budget_in_micro_currency", tr("Enter a budget: the campaign does not optimize budgets (CBO)."));
        }
        if (campaign->objectiveType.valueOr({}) == QLatin1String("WEB_CONVERSION") && !after.optimizationGoalMetadata.hasValue()
            && touched({"optimization_goal_metadata", "campaign_id"}))
            add("optimization_goal_metadata", tr("Conversion campaigns need an optimization goal."));
        if (campaign->startTime.hasValue() && after.startTime.hasValue() && after.startTime.value() < campaign->startTime.value()
            && touched({"start_time", "campaign_id"}))
            add("start_time", tr("The start is before the campaign's start (%1).").arg(when(campaign->startTime.value())));
        if (campaign->endTime.hasValue() && after.endTime.hasValue() && after.endTime.value() > campaign->endTime.value()
            && touched({"end_time", "campaign_id"}))
            add("end_time", tr("The end is after the campaign's end (%1).").arg(when(campaign->endTime.value())));
    }
    return problems;
}

} // namespace pinstripe
