#pragma once

#include "core/model/adgroup.h"
#include "core/model/apiexception.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace pinstripe {

/**
 * One item of a batch create/update result (`AdGroupArrayResponseElement`): the ad group as
 * saved, or the exceptions that stopped it.
 */
struct AdGroupBatchItem
{
    /** The saved ad group; empty when the item failed (whether `data` was absent or `null`). */
    std::optional<AdGroup> data;
    /** Why the item failed; empty on success. */
    QList<ApiException> exceptions;
    /** True when `data` was an explicit `null` (kept so toJson() gives back what was read). */
    bool dataWasNull = false;
    /** False when the `exceptions` key was absent (kept for the same reason). */
    bool hasExceptionsKey = true;
    QJsonObject unknownFields;

    /** No exceptions and an ad group came back. */
    bool succeeded() const { return exceptions.isEmpty() && data.has_value(); }

    static AdGroupBatchItem fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AdGroupBatchItem &, const AdGroupBatchItem &) = default;
};

/**
 * The result of `POST`/`PATCH …/ad_groups` (`AdGroupArrayResponse`). HTTP 200 does not mean that
 * every item was saved: check succeeded(i) for each one. Items are taken to be in request order.
 */
struct AdGroupBatchResult
{
    QList<AdGroupBatchItem> items;
    /** False when the `items` key was absent. */
    bool hasItemsKey = true;
    QJsonObject unknownFields;

    qsizetype size() const { return items.size(); }
    /** True when item @p index exists, has no exceptions and carries the saved ad group. */
    bool succeeded(qsizetype index) const;
    /** True when every item succeeded (and there is at least one). */
    bool allSucceeded() const;

    static AdGroupBatchResult fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AdGroupBatchResult &, const AdGroupBatchResult &) = default;
};

} // namespace pinstripe
