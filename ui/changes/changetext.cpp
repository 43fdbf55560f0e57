#include "ui/changes/changetext.h"

#include "ui/common/wordinsentence.h"
#include "core/model/money.h"
#include "core/model/targetingspec.h"
#include "core/model/enumwords.h"
#include "ui/adgroups/targetingdescriber.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pinstripe {

namespace {

/** Long values (targeting, URLs) are cut so a table cell stays one line. */
constexpr qsizetype kMaxValueChars = 120;

QString elided(const QString &text)
{
    if (text.size() <= kMaxValueChars)
        return text;
    return QString(text.left(kMaxValueChars - 1) + QChar(0x2026));
}

} // namespace

QString ChangeText::fieldName(const QString &field)
{
    struct Name
    {
        const char *wire;
        const char *text;
    };
    static const Name names[] = {
        {"budget_in_micro_currency", QT_TR_NOOP("Budget")},
        {"bid_in_micro_currency", QT_TR_NOOP("Bid")},
        {"status", QT_TR_NOOP("Status")},
        {"name", QT_TR_NOOP("Name")},
        {"start_time", QT_TR_NOOP("Start time")},
        {"end_time", QT_TR_NOOP("End time")},
        {"targeting_spec", QT_TR_NOOP("Targeting")},
        {"budget_type", QT_TR_NOOP("Budget type")},
        {"billable_event", QT_TR_NOOP("Billable event")},
        {"bid_strategy_type", QT_TR_NOOP("Bid strategy")},
        {"bid_multiplier", QT_TR_NOOP("Bid multiplier")},
        {"lifetime_frequency_cap", QT_TR_NOOP("Lifetime frequency cap")},
        {"pacing_delivery_type", QT_TR_NOOP("Pacing")},
        {"placement_group", QT_TR_NOOP("Placement")},
        {"auto_targeting_enabled", QT_TR_NOOP("Auto targeting")},
        {"tracking_urls", QT_TR_NOOP("Tracking URLs")},
        {"optimization_goal_metadata", QT_TR_NOOP("Optimization goal")},
        {"promotion_id", QT_TR_NOOP("Promotion")},
        {"targeting_template_ids", QT_TR_NOOP("Targeting template")},
        {"is_creative_optimization", QT_TR_NOOP("Creative optimization")},
    };
    for (const Name &name : names) {
        if (field == QLatin1String(name.wire))
            return tr(name.text);
    }
    return enumwords::readable(field);
}

bool ChangeText::isMoneyField(const QString &field)
{
    return field.endsWith(QLatin1String("_in_micro_currency"));
}

bool ChangeText::isTimeField(const QString &field)
{
    return field == QLatin1String("start_time") || field == QLatin1String("end_time");
}

QString ChangeText::value(const QString &field, const QJsonValue &value, const Currency &currency, const QLocale &locale)
{
    if (value.isNull() || value.isUndefined())
        return placeholder();
    if (isMoneyField(field) && value.isDouble())
        return Money(value.toInteger(), currency).format(locale);
    if (isTimeField(field) && value.isDouble())
        return locale.toString(QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC).toLocalTime(), QLocale::ShortFormat);
    if (field == QLatin1String("targeting_spec") && value.isObject())
        return elided(TargetingDescriber::describe(TargetingSpec::fromJson(value.toObject())).join(QLatin1Char(' ')));
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isString()) {
        const QString text = value.toString();
        // Enum values are upper-case wire names; free text (names, ids) is shown as it is.
        const bool isEnum = field != QLatin1String("name") && !text.isEmpty() && text == text.toUpper() && !text.contains(QLatin1Char(' '))
            && text.at(0).isLetter();
        return elided(isEnum ? enumwords::forField(field, text) : text);
    }
    if (value.isDouble())
        return locale.toString(value.toDouble());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << (item.isString() ? item.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
        return elided(items.join(QStringLiteral(", ")));
    }
    return elided(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
}

QString ChangeText::before(const PendingChange &change, const Currency &currency, const QLocale &locale)
{
    if (change.kind == PendingChange::Kind::Create)
        return placeholder();
    return value(change.field, change.before, currency, locale);
}

QString ChangeText::after(const PendingChange &change, const Currency &currency, const QLocale &locale)
{
    if (change.kind == PendingChange::Kind::Update)
        return value(change.field, change.after, currency, locale);
    QStringList parts;
    parts << tr("New: %1").arg(change.adGroupName);
    const QJsonValue budget = change.createBody.value(QLatin1String("budget_in_micro_currency"));
    if (budget.isDouble())
        parts << tr("budget %1").arg(value(QStringLiteral("budget_in_micro_currency"), budget, currency, locale));
    const QJsonValue bid = change.createBody.value(QLatin1String("bid_in_micro_currency"));
    if (bid.isDouble())
        parts << tr("bid %1").arg(value(QStringLiteral("bid_in_micro_currency"), bid, currency, locale));
    return parts.join(QStringLiteral(", "));
}

std::optional<qint64> ChangeText::deltaPermille(const PendingChange &change)
{
    if (change.kind != PendingChange::Kind::Update || !isMoneyField(change.field) || !change.before.isDouble()
        || !change.after.isDouble())
        return std::nullopt;
    const qint64 was = change.before.toInteger();
    const qint64 will = change.after.toInteger();
    if (was <= 0)
        return std::nullopt;
    // Integer rounding half away from zero; amounts are far below 2^63 / 2000.
    const qint64 scaled = (will - was) * 2000 / was;
    return scaled >= 0 ? (scaled + 1) / 2 : (scaled - 1) / 2;
}

QString ChangeText::delta(const PendingChange &change, const QLocale &locale)
{
    const std::optional<qint64> permille = deltaPermille(change);
    if (!permille)
        return {};
    const qint64 magnitude = qAbs(*permille);
    const QString sign = *permille > 0 ? QString(locale.positiveSign()) : *permille < 0 ? QString(locale.negativeSign()) : QString();
    return QString(sign + locale.toString(magnitude / 10) + locale.decimalPoint() + QString::number(magnitude % 10)
                   + locale.percent());
}

QString ChangeText::stateName(PendingChange::State state)
{
    switch (state) {
    case PendingChange::State::Pending:
        return tr("Pending");
    case PendingChange::State::Failed:
        return tr("Failed");
    case PendingChange::State::Conflict:
        return tr("Conflict");
    case PendingChange::State::Unknown:
        return tr("Unknown outcome");
    case PendingChange::State::Sent:
        return tr("Sent, not confirmed");
    }
    return {};
}

QString ChangeText::describe(const PendingChange &change)
{
    if (change.kind == PendingChange::Kind::Create)
        return tr("Create %1").arg(change.adGroupName);
    return tr("Change %1 of %2").arg(wordInSentence(fieldName(change.field)), change.adGroupName);
}

} // namespace pinstripe
