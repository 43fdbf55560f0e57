#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/currency.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace pinstripe {

/**
 * Puts pending changes into words for lists and dialogs: human field names ("Budget",
 * "End time"), values in the account currency (never micro-units), times in local time,
 * targeting summarised, and the change of money fields in percent.
 */
class ChangeText final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)

public:
    /** "budget_in_micro_currency" → "Budget"; unknown wire names are humanised. */
    static QString fieldName(const QString &field);
    /** True for fields that hold micro-currency amounts. */
    static bool isMoneyField(const QString &field);
    /** True for fields that hold Unix seconds. */
    static bool isTimeField(const QString &field);

    /** @p value of @p field for people: "$12.50", "Paused", "3 Mar 2026 14:00", "Ages 25 to 54. Women.". */
    static QString value(const QString &field, const QJsonValue &value, const Currency &currency,
                         const QLocale &locale = QLocale());
    /** The "before" side of @p change ("—" for a create). */
    static QString before(const PendingChange &change, const Currency &currency, const QLocale &locale = QLocale());
    /** The "after" side of @p change (for a create: its name, budget and bid). */
    static QString after(const PendingChange &change, const Currency &currency, const QLocale &locale = QLocale());

    /**
     * The change of a money field in tenths of a percent, rounded half away from zero, in
     * integer arithmetic; nothing when it is not money or the before value is zero or missing.
     */
    static std::optional<qint64> deltaPermille(const PendingChange &change);
    /** deltaPermille() as "+15.0%", "−100.0%"; empty when there is none. */
    static QString delta(const PendingChange &change, const QLocale &locale = QLocale());

    /** "Pending", "Failed", "Conflict", "Unknown outcome". */
    static QString stateName(PendingChange::State state);
    /** "Raise the budget of Spring sale", for undo entries of one change. */
    static QString describe(const PendingChange &change);

private:
    static QString placeholder() { return QStringLiteral("—"); }
};

} // namespace pinstripe
