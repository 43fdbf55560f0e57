#include "core/rules/adgroupbodyrules.h"

#include "core/model/enums.h"
#include "core/rules/rulechecks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace pinstripe {

namespace {

using R = AdGroupRule;

// A class, not a free function, so that lupdate files these messages under
// the context they are looked up in.
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(pinstripe::AdGroupRules)
};

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    return static_cast<double>(value.toInteger()) == value.toDouble();
}

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

void checkEnumField(const QJsonObject &body, const QString &key, const QStringList &allowed, RuleViolations &out)
{
    const QJsonValue value = body.value(key);
    if (!present(value) || allowed.contains(value.toString()))
        return;
    out << RuleViolation::at(R::EnumValue, key, {value.toString(), allowed.join(QLatin1String(", "))});
}

void checkMicros(const QJsonObject &body, const QString &key, AdGroupRule negative, RuleViolations &out)
{
    const QJsonValue value = body.value(key);
    if (!present(value))
        return;
    if (!isInteger(value))
        out << RuleViolation::at(R::MicrosNotWhole, key);
    else if (value.toInteger() < 0)
        out << RuleViolation::at(negative, key);
}

void checkTargeting(const QJsonObject &spec, RuleViolations &out)
{
    static const QRegularExpression minimumAge(QStringLiteral("^\\d+$"));
    static const QRegularExpression maximumAge(QStringLiteral("^\\d+\\+?$"));
    const bool hasMin = spec.contains(QLatin1String("MINIMUM_AGE"));
    const bool hasMax = spec.contains(QLatin1String("MAXIMUM_AGE"));
    if (hasMin != hasMax)
        out << RuleViolation::of(R::TargetingAgePair);
    if (hasMin && !minimumAge.match(spec.value(QLatin1String("MINIMUM_AGE")).toString()).hasMatch())
        out << RuleViolation::of(R::TargetingMinimumAge);
    if (hasMax && !maximumAge.match(spec.value(QLatin1String("MAXIMUM_AGE")).toString()).hasMatch())
        out << RuleViolation::of(R::TargetingMaximumAge);
    if ((hasMin || hasMax) && !spec.value(QLatin1String("AGE_BUCKET")).toArray().isEmpty())
        out << RuleViolation::of(R::TargetingAgeBothForms);

    const auto checkList = [&](const QString &key, const QStringList &allowed) {
        for (const QJsonValue &v : spec.value(key).toArray()) {
            if (!allowed.contains(v.toString())) {
                out << RuleViolation::of(R::TargetingValue, {key, v.toString(), allowed.join(QLatin1String(", "))});
                return;
            }
        }
    };
    checkList(QStringLiteral("AGE_BUCKET"), enums::ageBuckets());
    checkList(QStringLiteral("GENDER"), enums::genders());
    checkList(QStringLiteral("APPTYPE"), enums::appTypes());
}

std::optional<qint64> timeOf(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

} // namespace

RuleViolations checkAdGroupBody(const QJsonObject &body, AdGroupRequestKind kind)
{
    const bool forCreate = kind == AdGroupRequestKind::Create;
    RuleViolations out;
    if (forCreate) {
        rulechecks::checkName(body.value(QLatin1String("name")).toString(), out);
        rulechecks::checkCampaignId(body.value(QLatin1String("campaign_id")).toString(), out);
        if (!body.contains(QLatin1String("billable_event")))
            out << RuleViolation::of(R::BillableEventRequired);
        for (const QString &readOnly : adGroupRuleInfo(R::ReadOnlyOnCreate).fields) {
            if (body.contains(readOnly))
                out << RuleViolation::at(R::ReadOnlyOnCreate, readOnly, {readOnly});
        }
    } else {
        static const QRegularExpression id(QStringLiteral("^\\d{1,18}$"));
        const QString value = body.value(QLatin1String("id")).toString();
        if (!id.match(value).hasMatch())
            out << RuleViolation::of(R::IdInvalid, {value});
        if (body.value(QLatin1String("name")).isString())
            rulechecks::checkName(body.value(QLatin1String("name")).toString(), out);
    }

    // Pinterest refuses the whole item over a null its schema does not allow; say which member.
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!it.value().isNull() || adgroupnullability::allowsNull(it.key(), kind))
            continue;
        out << RuleViolation::at(forCreate ? R::NullOnCreate : R::NotClearable, it.key());
    }

    checkEnumField(body, QStringLiteral("status"), enums::entityStatuses(), out);
    checkEnumField(body, QStringLiteral("budget_type"), enums::budgetTypes(), out);
    checkEnumField(body, QStringLiteral("billable_event"), enums::actionTypes(), out);
    checkEnumField(body, QStringLiteral("bid_strategy_type"), enums::bidStrategyTypes(), out);
    checkEnumField(body, QStringLiteral("pacing_delivery_type"), enums::pacingDeliveryTypes(), out);
    checkEnumField(body, QStringLiteral("placement_group"), enums::placementGroupTypes(), out);
    checkEnumField(body, QStringLiteral("promotion_application_level"), enums::promotionApplicationLevels(), out);
    checkMicros(body, QStringLiteral("budget_in_micro_currency"), R::BudgetNegative, out);
    checkMicros(body, QStringLiteral("bid_in_micro_currency"), R::BidNegative, out);

    const QJsonValue multiplier = body.value(QLatin1String("bid_multiplier"));
    if (multiplier.isDouble())
        rulechecks::checkBidMultiplierRange(multiplier.toDouble(), out);

    const QJsonValue promotion = body.value(QLatin1String("promotion_id"));
    if (promotion.isString() && !rulechecks::isDigits(promotion.toString()))
        out << RuleViolation::of(R::PromotionIdDigits);

    const QJsonValue end = body.value(QLatin1String("end_time"));
    rulechecks::checkEndAfterStart(timeOf(body.value(QLatin1String("start_time"))), timeOf(end), out);
    // An update leaves out what it does not change, so only a create shows the whole schedule.
    if (forCreate && !end.isDouble()) {
        if (body.value(QLatin1String("budget_type")).toString() == QLatin1String("LIFETIME"))
            out << RuleViolation::of(R::LifetimeBudgetNeedsEnd);
        if (body.value(QLatin1String("lifetime_frequency_cap")).isDouble())
            out << RuleViolation::of(R::FrequencyCapNeedsEnd);
    }

    if (body.value(QLatin1String("targeting_spec")).isObject())
        checkTargeting(body.value(QLatin1String("targeting_spec")).toObject(), out);
    if (body.value(QLatin1String("tracking_urls")).isObject())
        rulechecks::checkTrackingUrls(body.value(QLatin1String("tracking_urls")).toObject(), out);
    return out;
}

QString firstAdGroupBodyProblem(const QList<QJsonObject> &bodies, AdGroupRequestKind kind)
{
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const RuleViolations violations = checkAdGroupBody(bodies.at(i), kind);
        if (violations.isEmpty())
            continue;
        const QString name = bodies.at(i).value(QLatin1String("name")).toString();
        QString which = name.isEmpty() ? RuleText::tr("Ad group %1").arg(i + 1) : RuleText::tr("Ad group %1 (\"%2\")").arg(i + 1).arg(name);
        const RuleViolation &first = violations.constFirst();
        if (!first.field.isEmpty())
            which = RuleText::tr("%1, %2").arg(which, first.field);
        return which + QLatin1String(": ") + first.message;
    }
    return {};
}

} // namespace pinstripe
