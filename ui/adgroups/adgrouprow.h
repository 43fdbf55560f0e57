#pragma once

#include "core/model/adgroup.h"
#include "core/sheet/sheetfield.h"

#include <QJsonValue>

#include <QHash>
#include <QString>

#include <limits>

namespace pinstripe {

/**
 * What the ad group table shows of one ad group, kept compact: a full AdGroup with its
 * targeting spec weighs several kilobytes, and the table must hold 100,000 of them. The
 * details panel fetches the full ad group when it is needed.
 */
struct AdGroupRow
{
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();

    QString id;
    QString name;
    QString nameKey; ///< name case-folded once, so sorting and filtering compare plain code units
    QString status;
    QString summaryStatus;
    QString campaignId;
    QString budgetType;
    QString bidStrategy;
    QString billableEvent;
    QString optimizationGoal;
    QString pacing;
    QString placement;
    qint64 budgetMicros = kNone;
    qint64 bidMicros = kNone;
    qint64 startTime = kNone;
    qint64 endTime = kNone;
    qint64 frequencyCap = kNone;
    qint64 createdTime = kNone;
    qint64 updatedTime = kNone;
    qint8 autoTargeting = -1; ///< -1 unknown, 0 off, 1 on
    quint32 arrival = 0;      ///< when the row first arrived: the order when no column is sorted

    /**
     * Builds a row from @p adGroup. Enum-like strings (statuses, types) go through @p pool so
     * 100,000 rows share a handful of string buffers instead of holding their own copies.
     */
    static AdGroupRow from(const AdGroup &adGroup, QHash<QString, QString> &pool);

    /** The row's value of @p field in wire form (null when absent), as SheetFields::valueOf() gives it. */
    QJsonValue wireValue(SheetField field) const;

    friend bool operator==(const AdGroupRow &, const AdGroupRow &) = default;
};

} // namespace pinstripe
