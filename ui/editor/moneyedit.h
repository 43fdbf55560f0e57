#pragma once

#include "core/model/currency.h"
#include "core/model/money.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace pinstripe {

/**
 * A line edit for an amount of money in the account currency: shows the currency next to it,
 * reads what was typed with Money::parse in the widget's locale (so "1.234,50" in German) and
 * says why an entry is refused ("¥10.5": JPY has no minor units) instead of rounding it.
 * An empty field means "no amount".
 */
class MoneyEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyEdit)

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    void setCurrency(const Currency &currency);
    Currency currency() const { return m_currency; }
    /** Accept negative amounts (off by default: budgets, bids and goals are never negative). */
    void setNegativeAllowed(bool allowed) { m_negativeAllowed = allowed; }

    /** Shows @p money formatted for people, or clears the field for nothing. Emits no edited(). */
    void setMoney(const std::optional<Money> &money);
    /** The amount; nothing when empty or refused. */
    std::optional<Money> money() const;
    bool isEmpty() const;
    /** True when empty or the text is an amount. */
    bool isAcceptable() const { return errorText().isEmpty(); }
    /** Why the text is refused; empty when it is fine. */
    QString errorText() const;

    /** Empty with a "mixed" hint: the ad groups edited together have different values. */
    void setMixed(bool mixed);
    /** Placeholder shown when the field is empty and not mixed (e.g. "none"). */
    void setEmptyText(const QString &text);

    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    /** The person changed the text. */
    void edited();

private:
    void refresh();

    QLineEdit *m_edit = nullptr;
    QLabel *m_currencyLabel = nullptr;
    Currency m_currency;
    QString m_emptyText;
    bool m_negativeAllowed = false;
    bool m_mixed = false;
};

} // namespace pinstripe
