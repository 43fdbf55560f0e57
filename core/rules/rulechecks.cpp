#include "core/rules/rulechecks.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace pinstripe::rulechecks {

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    return digits.match(text).hasMatch();
}

void checkName(const QString &name, RuleViolations &out)
{
    if (name.trimmed().isEmpty())
        out << RuleViolation::of(AdGroupRule::NameRequired);
    else if (name.size() > kMaxAdGroupNameLength)
        out << RuleViolation::of(AdGroupRule::NameTooLong, {QString::number(name.size()), QString::number(kMaxAdGroupNameLength)});
}

void checkCampaignId(const QString &campaignId, RuleViolations &out)
{
    static const QRegularExpression pattern(QStringLiteral("^C?\\d{1,18}$"));
    if (!pattern.match(campaignId).hasMatch())
        out << RuleViolation::of(AdGroupRule::CampaignRequired);
}

void checkEndAfterStart(std::optional<qint64> start, std::optional<qint64> end, RuleViolations &out)
{
    if (start && end && *end <= *start)
        out << RuleViolation::of(AdGroupRule::EndAfterStart);
}

bool checkBidMultiplierRange(double multiplier, RuleViolations &out)
{
    if (multiplier >= 0 && multiplier <= 10)
        return true;
    out << RuleViolation::of(AdGroupRule::BidMultiplierRange);
    return false;
}

void checkTrackingUrls(const QJsonObject &urls, RuleViolations &out)
{
    for (auto it = urls.constBegin(); it != urls.constEnd(); ++it) {
        const QJsonArray list = it.value().toArray();
        if (list.size() > 3)
            out << RuleViolation::of(AdGroupRule::TrackingUrlCount, {it.key(), QString::number(list.size())});
        for (const QJsonValue &v : list) {
            const QString text = v.toString();
            const QUrl url(text, QUrl::StrictMode);
            const bool ok = url.isValid() && !url.host().isEmpty() && text.size() <= 2000
                && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
            if (!ok)
                out << RuleViolation::of(AdGroupRule::TrackingUrlInvalid, {it.key(), text});
        }
    }
}

} // namespace pinstripe::rulechecks
