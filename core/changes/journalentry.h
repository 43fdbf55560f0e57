#pragma once

#include "core/changes/pendingchange.h"

#include <QDateTime>

namespace pinstripe {

/** A change that was posted, kept for the record and for "Revert". */
struct JournalEntry
{
    qint64 sequence = 0;
    QDateTime postedAt;
    PendingChange change;
    bool succeeded = false;
    /** Pinterest's message when it failed. */
    QString message;
    /**
     * The signed-in user who posted it; empty when not known (entries from before it was kept).
     * Defaulted so brace-initialised entries that stop at message still say everything.
     */
    QString postedBy = {};
};

} // namespace pinstripe
