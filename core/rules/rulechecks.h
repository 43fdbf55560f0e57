#pragma once

#include "core/rules/ruleviolation.h"

#include <QJsonObject>

#include <optional>

namespace pinstripe::rulechecks {

// The checks that more than one path applies (form values, bulk plan, request body), written
// once so each rule is decided in one place.

/** Whether @p text is one or more ASCII digits. */
bool isDigits(const QString &text);

/** NameRequired, NameTooLong. */
void checkName(const QString &name, RuleViolations &out);

/** CampaignRequired: a campaign id ("C" prefix allowed, up to 18 digits). */
void checkCampaignId(const QString &campaignId, RuleViolations &out);

/** EndAfterStart. */
void checkEndAfterStart(std::optional<qint64> start, std::optional<qint64> end, RuleViolations &out);

/** BidMultiplierRange; returns whether @p multiplier is in range. */
bool checkBidMultiplierRange(double multiplier, RuleViolations &out);

/** TrackingUrlCount, TrackingUrlInvalid for the JSON form of tracking URLs (event → list). */
void checkTrackingUrls(const QJsonObject &urls, RuleViolations &out);

} // namespace pinstripe::rulechecks
