#pragma once

#include "ui/editor/formsection.h"

#include "core/model/currency.h"

class QComboBox;
class QDoubleSpinBox;

namespace pinstripe {

class MoneyEdit;

/**
 * Budget (type and amount in the account currency), billable event, bid strategy, bid and bid
 * multiplier. Budget type and billable event are disabled, with the reason as tool tip, unless
 * every edited ad group is a DRAFT.
 */
class BudgetBidSection final : public FormSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetBidSection)

public:
    explicit BudgetBidSection(const Currency &currency, QWidget *parent = nullptr);

    QStringList fields() const override;
    void apply(AdGroup &adGroup) const override;
    QList<FieldProblem> inputProblems() const override;

    QComboBox *budgetTypeCombo() const { return m_budgetType; }
    MoneyEdit *budgetEdit() const { return m_budget; }
    QComboBox *billableEventCombo() const { return m_billableEvent; }
    QComboBox *bidStrategyCombo() const { return m_bidStrategy; }
    MoneyEdit *bidEdit() const { return m_bid; }
    QDoubleSpinBox *bidMultiplierSpin() const { return m_bidMultiplier; }

protected:
    void loadValues(const QList<AdGroup> &adGroups) override;

private:
    QComboBox *m_budgetType = nullptr;
    MoneyEdit *m_budget = nullptr;
    QComboBox *m_billableEvent = nullptr;
    QComboBox *m_bidStrategy = nullptr;
    MoneyEdit *m_bid = nullptr;
    QDoubleSpinBox *m_bidMultiplier = nullptr;
};

} // namespace pinstripe
