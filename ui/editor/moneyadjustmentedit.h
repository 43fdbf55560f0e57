#pragma once

#include "core/changes/bulkadjustment.h"
#include "core/model/currency.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace pinstripe {

/**
 * "Set to / raise by / lower by" an amount in the account currency or a percentage, as typed
 * for a bulk edit of budgets or bids; the arithmetic is BulkAdjustment's.
 */
class MoneyAdjustmentEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyAdjustmentEdit)

public:
    enum class Operation { SetTo, Raise, Lower };
    enum class Unit { Amount, Percent };

    explicit MoneyAdjustmentEdit(const Currency &currency, QWidget *parent = nullptr);

    /** The adjustment; nothing with a reason in @p error when the entry cannot be used. */
    std::optional<BulkAdjustment> adjustment(QString *error = nullptr) const;
    /** The adjustment in words for names and previews: "+15%", "−$1.00", "= $10.00". */
    QString label() const;

    void setOperation(Operation operation);
    void setUnit(Unit unit);
    QComboBox *operationCombo() const { return m_operation; }
    QComboBox *unitCombo() const { return m_unit; }
    QLineEdit *valueEdit() const { return m_value; }

Q_SIGNALS:
    void changed();

private:
    Operation operation() const;
    Unit unit() const;

    Currency m_currency;
    QComboBox *m_operation = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_unit = nullptr;
};

} // namespace pinstripe
