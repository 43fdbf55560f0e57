#pragma once

#include "core/model/money.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace pinstripe {

/**
 * A bulk money edit — set, raise or lower budgets or bids by an amount or a percentage —
 * computed in integer micro-units and rounded to the currency's minor unit (cents for USD,
 * whole yen for JPY), halves away from zero. Never through floating point.
 */
class BulkAdjustment
{
public:
    enum class Mode { SetTo, IncreaseBy, DecreaseBy, IncreaseByPercent, DecreaseByPercent };

    /** Set every value to @p amount. */
    static BulkAdjustment setTo(const Money &amount) { return BulkAdjustment(Mode::SetTo, amount.micros(), 0); }
    static BulkAdjustment increaseBy(const Money &amount) { return BulkAdjustment(Mode::IncreaseBy, amount.micros(), 0); }
    static BulkAdjustment decreaseBy(const Money &amount) { return BulkAdjustment(Mode::DecreaseBy, amount.micros(), 0); }
    /** @p basisPoints: hundredths of a percent, so 15% is 1500 and 12.5% is 1250. */
    static BulkAdjustment increaseByPercent(qint64 basisPoints) { return BulkAdjustment(Mode::IncreaseByPercent, 0, basisPoints); }
    static BulkAdjustment decreaseByPercent(qint64 basisPoints) { return BulkAdjustment(Mode::DecreaseByPercent, 0, basisPoints); }

    /**
     * Parses a percentage as typed ("15", "12.5", "0.25 %"; "12,5" where @p locale writes a
     * decimal comma) into basis points; at most two decimals. A dot is read as the decimal point
     * in every locale: a percentage is never written with thousands separators. Returns nothing
     * and a message in @p error otherwise.
     */
    static std::optional<qint64> parsePercent(const QString &text, const QLocale &locale = QLocale::c(),
                                              QString *error = nullptr);

    Mode mode() const { return m_mode; }

    /**
     * The new value for @p micros in @p currency, rounded to the minor unit. Refuses (nothing
     * and a message) a result below zero or one too large to represent.
     */
    std::optional<qint64> apply(qint64 micros, const Currency &currency, QString *error = nullptr) const;

private:
    BulkAdjustment(Mode mode, qint64 amountMicros, qint64 basisPoints)
        : m_mode(mode)
        , m_amountMicros(amountMicros)
        , m_basisPoints(basisPoints)
    {
    }

    Mode m_mode;
    qint64 m_amountMicros;
    qint64 m_basisPoints;
};

} // namespace pinstripe
