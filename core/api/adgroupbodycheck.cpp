#include "core/api/adgroupbodycheck.h"

#include "core/api/paramcheck.h"
#include "core/model/adgroupnullability.h"
#include "core/model/enums.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::AdGroupBodyCheck", text);
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return static_cast<double>(value.toInteger()) == d;
}

void checkEnumField(const QJsonObject &body, QLatin1String key, const QStringList &allowed, QStringList &problems)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return;
    const QString problem = paramcheck::checkEnum(key, value.toString(), allowed);
    if (!problem.isEmpty())
        problems << problem;
}

void checkMicros(const QJsonObject &body, QLatin1String key, QStringList &problems)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return;
    if (!isInteger(value) || value.toInteger() < 0)
        problems << tr("%1 must be a whole, non-negative number of micro-units.").arg(key);
}

void checkTargeting(const QJsonObject &spec, QStringList &problems)
{
    static const QRegularExpression minimumAge(QStringLiteral("^\\d+$"));
    static const QRegularExpression maximumAge(QStringLiteral("^\\d+\\+?$"));
    const bool hasMin = spec.contains(QLatin1String("MINIMUM_AGE"));
    const bool hasMax = spec.contains(QLatin1String("MAXIMUM_AGE"));
    if (hasMin != hasMax)
        problems << tr("Targeting: MINIMUM_AGE and MAXIMUM_AGE must be given together.");
    if (hasMin && !minimumAge.match(spec.value(QLatin1String("MINIMUM_AGE")).toString()).hasMatch())
        problems << tr("Targeting: MINIMUM_AGE must be a number such as \"18\".");
    if (hasMax && !maximumAge.match(spec.value(QLatin1String("MAXIMUM_AGE")).toString()).hasMatch())
        problems << tr("Targeting: MAXIMUM_AGE must be a number such as \"54\" or \"65+\".");
    if ((hasMin || hasMax) && !spec.value(QLatin1String("AGE_BUCKET")).toArray().isEmpty())
        problems << tr("Targeting: use either age buckets or a minimum/maximum age, not both.");

    const auto checkList = [&](QLatin1String key, const QStringList &allowed) {
        for (const QJsonValue &v : spec.value(key).toArray()) {
            const QString problem = paramcheck::checkEnum(QStringLiteral("Targeting ") + key, v.toString(), allowed);
            if (!problem.isEmpty()) {
                problems << problem;
                return;
            }
        }
    };
    checkList(QLatin1String("AGE_BUCKET"), enums::ageBuckets());
    checkList(QLatin1String("GENDER"), enums::genders());
    checkList(QLatin1String("APPTYPE"), enums::appTypes());
}

void checkTrackingUrls(const QJsonObject &urls, QStringList &problems)
{
    for (auto it = urls.constBegin(); it != urls.constEnd(); ++it) {
        const QJsonArray list = it.value().toArray();
        if (list.size() > 3)
            problems << tr("Tracking URLs: at most 3 per event (%1 has %2).").arg(it.key()).arg(list.size());
        for (const QJsonValue &v : list) {
            const QUrl url(v.toString(), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                || v.toString().size() > 2000)
                problems << tr("Tracking URLs: \"%1\" is not a valid http(s) URL of at most 2,000 characters.").arg(v.toString());
        }
    }
}

} // namespace

QStringList checkAdGroupBody(const QJsonObject &body, bool forCreate)
{
    QStringList problems;
    if (forCreate) {
        if (body.value(QLatin1String("name")).toString().trimmed().isEmpty())
            problems << tr("A name is required.");
        static const QRegularExpression campaignId(QStringLiteral("^C?\\d{1,18}$"));
        if (!campaignId.match(body.value(QLatin1String("campaign_id")).toString()).hasMatch())
            problems << tr("A campaign is required (campaign_id).");
        if (!body.contains(QLatin1String("billable_event")))
            problems << tr("A billable event is required.");
        for (QLatin1String readOnly : {QLatin1String("id"), QLatin1String("created_time"), QLatin1String("updated_time"),
                                       QLatin1String("summary_status")}) {
            if (body.contains(readOnly))
                problems << tr("%1 is read-only and cannot be sent when creating.").arg(readOnly);
        }
    } else {
        const QString problem = paramcheck::checkId(QStringLiteral("id"), body.value(QLatin1String("id")).toString());
        if (!problem.isEmpty())
            problems << problem;
    }

    // Pinterest refuses the whole item over a null its schema does not allow; say which member.
    const AdGroupRequestKind kind = forCreate ? AdGroupRequestKind::Create : AdGroupRequestKind::Update;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!it.value().isNull() || adgroupnullability::allowsNull(it.key(), kind))
            continue;
        problems << (forCreate ? tr("%1 cannot be null when creating an ad group; leave it out for Pinterest's default.")
                               : tr("%1 cannot be null when updating an ad group: Pinterest cannot clear it."))
                        .arg(it.key());
    }

    checkEnumField(body, QLatin1String("status"), enums::entityStatuses(), problems);
    checkEnumField(body, QLatin1String("budget_type"), enums::budgetTypes(), problems);
    checkEnumField(body, QLatin1String("billable_event"), enums::actionTypes(), problems);
    checkEnumField(body, QLatin1String("bid_strategy_type"), enums::bidStrategyTypes(), problems);
    checkEnumField(body, QLatin1String("pacing_delivery_type"), enums::pacingDeliveryTypes(), problems);
    checkEnumField(body, QLatin1String("placement_group"), enums::placementGroupTypes(), problems);
    checkEnumField(body, QLatin1String("promotion_application_level"), enums::promotionApplicationLevels(), problems);
    checkMicros(body, QLatin1String("budget_in_micro_currency"), problems);
    checkMicros(body, QLatin1String("bid_in_micro_currency"), problems);

    const QJsonValue multiplier = body.value(QLatin1String("bid_multiplier"));
    if (multiplier.isDouble() && (multiplier.toDouble() < 0 || multiplier.toDouble() > 10))
        problems << tr("bid_multiplier must be between 0 and 10.");

    const QJsonValue start = body.value(QLatin1String("start_time"));
    const QJsonValue end = body.value(QLatin1String("end_time"));
    if (start.isDouble() && end.isDouble() && end.toInteger() <= start.toInteger())
        problems << tr("The end time must be after the start time.");
    const bool hasEnd = end.isDouble();
    if (body.value(QLatin1String("budget_type")).toString() == QLatin1String("LIFETIME") && forCreate && !hasEnd)
        problems << tr("A LIFETIME budget needs an end time.");
    if (body.value(QLatin1String("lifetime_frequency_cap")).isDouble() && forCreate && !hasEnd)
        problems << tr("A lifetime frequency cap needs an end time.");

    if (body.value(QLatin1String("targeting_spec")).isObject())
        checkTargeting(body.value(QLatin1String("targeting_spec")).toObject(), problems);
    if (body.value(QLatin1String("tracking_urls")).isObject())
        checkTrackingUrls(body.value(QLatin1String("tracking_urls")).toObject(), problems);
    return problems;
}

QString checkAdGroupBatch(const QList<QJsonObject> &bodies, bool forCreate)
{
    const QString size = paramcheck::checkBatchSize(forCreate ? tr("Creating ad groups") : tr("Updating ad groups"),
                                                    bodies.size());
    if (!size.isEmpty())
        return size;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const QStringList problems = checkAdGroupBody(bodies.at(i), forCreate);
        if (problems.isEmpty())
            continue;
        const QString name = bodies.at(i).value(QLatin1String("name")).toString();
        const QString which = name.isEmpty()
            ? tr("Ad group %1").arg(i + 1)
            : tr("Ad group %1 (\"%2\")").arg(i + 1).arg(name);
        return which + QLatin1String(": ") + problems.constFirst();
    }
    return {};
}

} // namespace pinstripe
