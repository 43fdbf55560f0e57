#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace pinstripe {

/**
 * What a set of changes does, in numbers a marketer checks before sending and reads after:
 * how many changes, ad groups and ad accounts, and by how much the daily budgets move in total.
 */
struct PostPreview
{
    /** The ad group as last loaded from Pinterest, to know whether a budget is a daily one. */
    using AdGroupLookup = std::function<std::optional<AdGroup>(const QString &adGroupId)>;

    int changes = 0;
    int creates = 0;
    /** Distinct ad groups (each create counts as one). */
    int adGroups = 0;
    QStringList adAccountIds;
    /** Sum of (after − before) of daily budgets, creates adding their whole daily budget, in micros. */
    qint64 dailyBudgetDeltaMicros = 0;
    /** True when any change touches a daily budget. */
    bool changesDailyBudgets = false;

    /** The preview of @p changes; @p lookup may be empty (a budget of unknown type then counts as daily). */
    static PostPreview of(const QList<PendingChange> &changes, const AdGroupLookup &lookup);
};

} // namespace pinstripe
