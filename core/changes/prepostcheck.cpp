#include "core/changes/prepostcheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace pinstripe {

namespace {

// A class, not a free function, so that lupdate files these messages under
// the context they are looked up in.
struct PrePostCheckText
{
    Q_DECLARE_TR_FUNCTIONS(pinstripe::PrePostCheck)
};

const QString kBudget = QStringLiteral("budget_in_micro_currency");
const QString kBid = QStringLiteral("bid_in_micro_currency");

CheckFinding finding(CheckFinding::Severity severity, const PendingChange &change, const QString &message)
{
    CheckFinding f;
    f.severity = severity;
    f.changeId = change.id;
    f.adGroupId = change.adGroupId;
    f.adGroupName = change.adGroupName;
    f.field = change.field;
    f.message = message;
    return f;
}

} // namespace

AdGroup withChangesApplied(const AdGroup &current, const QList<PendingChange> &changes)
{
    QJsonObject json = current.toJson();
    for (const PendingChange &change : changes) {
        if (change.kind == PendingChange::Kind::Update && change.adGroupId == current.id.valueOr({}))
            json.insert(change.field, change.after);
    }
    return AdGroup::fromJson(json);
}

QList<AdGroup> withChangesApplied(const QList<AdGroup> &adGroups, const QList<PendingChange> &changes)
{
    QHash<QString, QList<PendingChange>> perAdGroup;
    for (const PendingChange &change : changes) {
        if (change.kind == PendingChange::Kind::Update)
            perAdGroup[change.adGroupId] << change;
    }
    QList<AdGroup> result;
    result.reserve(adGroups.size());
    for (const AdGroup &g : adGroups) {
        const auto it = perAdGroup.constFind(g.id.valueOr({}));
        result << (it == perAdGroup.cend() ? g : withChangesApplied(g, *it));
    }
    return result;
}

QList<CheckFinding> checkPendingChanges(const QList<PendingChange> &changes, const QHash<QString, AdGroup> &current,
                                        const Currency &currency, const PrePostOptions &options)
{
    QList<CheckFinding> findings;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QLocale locale;

    // Group the updates per ad group so rules see the ad group as it will be after posting.
    QHash<QString, QList<PendingChange>> perAdGroup;
    for (const PendingChange &change : changes) {
        if (change.kind == PendingChange::Kind::Update)
            perAdGroup[change.adGroupId] << change;
    }

    for (auto it = perAdGroup.cbegin(); it != perAdGroup.cend(); ++it) {
        const auto found = current.constFind(it.key());
        if (found == current.cend())
            continue; // not loaded: the server will judge
        const AdGroup &before = *found;
        const AdGroup after = withChangesApplied(before, it.value());
        const bool isDraft = before.status.valueOr({}) == QLatin1String("DRAFT");

        for (const PendingChange &change : it.value()) {
            if (change.field == kBudget && change.before.isDouble() && change.after.isDouble()) {
                const qint64 was = change.before.toInteger();
                const qint64 will = change.after.toInteger();
                // Integer percent of the rise, so a threshold of 50 means "more than +50%".
                if (was > 0 && will > was && (will - was) * 100 > was * options.spendIncreaseWarningPercent) {
                    findings << finding(CheckFinding::Severity::Warning, change,
                                        PrePostCheckText::tr("Budget rises by %1% (from %2 to %3).")
                                            .arg((will - was) * 100 / was)
                                            .arg(Money(was, currency).format(locale), Money(will, currency).format(locale)));
                }
            }
            if ((change.field == QLatin1String("budget_type") || change.field == QLatin1String("billable_event")) && !isDraft) {
                findings << finding(CheckFinding::Severity::Error, change,
                                    PrePostCheckText::tr("Only DRAFT ad groups can change their %1.")
                                        .arg(change.field == QLatin1String("budget_type") ? PrePostCheckText::tr("budget type") : PrePostCheckText::tr("billable event")));
            }
            if (change.field == kBid && change.after.isNull()
                && after.bidStrategyType.valueOr({}) != QLatin1String("AUTOMATIC_BID")) {
                findings << finding(CheckFinding::Severity::Error, change,
                                    PrePostCheckText::tr("A bid is needed unless the bid strategy is automatic."));
            }
        }

        const PendingChange &any = it.value().constFirst();
        if (after.budgetType.valueOr({}) == QLatin1String("LIFETIME") && !after.endTime.hasValue())
            findings << finding(CheckFinding::Severity::Error, any, PrePostCheckText::tr("A LIFETIME budget needs an end time."));
        if (after.lifetimeFrequencyCap.hasValue() && !after.endTime.hasValue())
            findings << finding(CheckFinding::Severity::Error, any, PrePostCheckText::tr("A lifetime frequency cap needs an end time."));
        if (after.startTime.hasValue() && after.endTime.hasValue() && after.endTime.value() <= after.startTime.value())
            findings << finding(CheckFinding::Severity::Error, any, PrePostCheckText::tr("The end time must be after the start time."));
        const bool endChanged = std::any_of(it.value().cbegin(), it.value().cend(),
                                            [](const PendingChange &c) { return c.field == QLatin1String("end_time"); });
        if (endChanged && after.endTime.hasValue() && after.endTime.value() < now.toSecsSinceEpoch())
            findings << finding(CheckFinding::Severity::Warning, any, PrePostCheckText::tr("The new end time is in the past: the ad group stops at once."));
    }
    return findings;
}

} // namespace pinstripe
