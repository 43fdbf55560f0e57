#include "ui/editor/budgetbidsection.h"

#include "ui/editor/moneyedit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace pinstripe {

namespace {

const QString kBudgetType = QStringLiteral("budget_type");
const QString kBudget = QStringLiteral("budget_in_micro_currency");
const QString kBillable = QStringLiteral("billable_event");
const QString kStrategy = QStringLiteral("bid_strategy_type");
const QString kBid = QStringLiteral("bid_in_micro_currency");
const QString kMultiplier = QStringLiteral("bid_multiplier");

std::optional<Money> moneyOf(const Field<qint64> &micros, const Currency &currency)
{
    if (!micros.hasValue())
        return std::nullopt;
    return Money(micros.value(), currency);
}

} // namespace

BudgetBidSection::BudgetBidSection(const Currency &currency, QWidget *parent)
    : FormSection(parent)
    , m_budgetType(new QComboBox(this))
    , m_budget(new MoneyEdit(this))
    , m_billableEvent(new QComboBox(this))
    , m_bidStrategy(new QComboBox(this))
    , m_bid(new MoneyEdit(this))
    , m_bidMultiplier(new QDoubleSpinBox(this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_budgetType->setObjectName(QStringLiteral("budgetType"));
    m_budgetType->setAccessibleName(tr("Budget type"));
    fillCombo(m_budgetType, {{QStringLiteral("DAILY"), tr("Daily (DAILY)")},
                             {QStringLiteral("LIFETIME"), tr("Lifetime (LIFETIME, needs an end time)")},
                             {QStringLiteral("CBO_ADGROUP"), tr("Set by the campaign (CBO_ADGROUP)")}});
    form->addRow(tr("Budget &type:"), m_budgetType);
    form->addRow(QString(), problemLabel({kBudgetType}));
    connect(m_budgetType, &QComboBox::currentIndexChanged, this, [this] { touch(kBudgetType); });

    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setAccessibleName(tr("Budget"));
    m_budget->setCurrency(currency);
    m_budget->setEmptyText(tr("none"));
    form->addRow(tr("&Budget:"), m_budget);
    form->addRow(QString(), problemLabel({kBudget}));
    connect(m_budget, &MoneyEdit::edited, this, [this] { touch(kBudget); });

    m_billableEvent->setObjectName(QStringLiteral("billableEvent"));
    m_billableEvent->setAccessibleName(tr("Billable event"));
    fillCombo(m_billableEvent, {{QStringLiteral("CLICKTHROUGH"), tr("Click (CLICKTHROUGH)")},
                                {QStringLiteral("IMPRESSION"), tr("Impression (IMPRESSION, CPM)")},
                                {QStringLiteral("VIDEO_V_50_MRC"), tr("Video view (VIDEO_V_50_MRC)")}});
    form->addRow(tr("Billable &event:"), m_billableEvent);
    form->addRow(QString(), problemLabel({kBillable}));
    connect(m_billableEvent, &QComboBox::currentIndexChanged, this, [this] { touch(kBillable); });

    m_bidStrategy->setObjectName(QStringLiteral("bidStrategy"));
    m_bidStrategy->setAccessibleName(tr("Bid strategy"));
    fillCombo(m_bidStrategy, {{QStringLiteral("AUTOMATIC_BID"), tr("Automatic (AUTOMATIC_BID)")},
                              {QStringLiteral("MAX_BID"), tr("Maximum bid (MAX_BID)")},
                              {QStringLiteral("TARGET_AVG"), tr("Target average (TARGET_AVG)")},
                              {QString(), tr("(not set)")}});
    form->addRow(tr("Bid &strategy:"), m_bidStrategy);
    form->addRow(QString(), problemLabel({kStrategy}));
    connect(m_bidStrategy, &QComboBox::currentIndexChanged, this, [this] { touch(kStrategy); });

    m_bid->setObjectName(QStringLiteral("bid"));
    m_bid->setAccessibleName(tr("Bid"));
    m_bid->setCurrency(currency);
    m_bid->setEmptyText(tr("none (automatic)"));
    form->addRow(tr("B&id:"), m_bid);
    form->addRow(QString(), problemLabel({kBid}));
    connect(m_bid, &MoneyEdit::edited, this, [this] { touch(kBid); });

    m_bidMultiplier->setObjectName(QStringLiteral("bidMultiplier"));
    m_bidMultiplier->setAccessibleName(tr("Bid multiplier"));
    m_bidMultiplier->setRange(0, 10);
    m_bidMultiplier->setDecimals(2);
    m_bidMultiplier->setSingleStep(0.1);
    m_bidMultiplier->setSpecialValueText(tr("none"));
    m_bidMultiplier->setToolTip(tr("0.1 to 10 (open beta); needs the automatic bid strategy; 0 removes it."));
    form->addRow(tr("Bid &multiplier:"), m_bidMultiplier);
    form->addRow(QString(), problemLabel({kMultiplier}));
    connect(m_bidMultiplier, &QDoubleSpinBox::valueChanged, this, [this] { touch(kMultiplier); });
}

QStringList BudgetBidSection::fields() const
{
    return {kBudgetType, kBudget, kBillable, kStrategy, kBid, kMultiplier};
}

void BudgetBidSection::loadValues(const QList<AdGroup> &adGroups)
{
    const AdGroup first = adGroups.isEmpty() ? AdGroup() : adGroups.constFirst();
    const Currency currency = m_budget->currency();
    const bool blank = adGroups.isEmpty();

    setComboValue(m_budgetType, blank ? Field<QString>(QStringLiteral("DAILY")) : first.budgetType, isMixed(adGroups, kBudgetType));
    setComboValue(m_billableEvent, blank ? Field<QString>(QStringLiteral("CLICKTHROUGH")) : first.billableEvent,
                  isMixed(adGroups, kBillable));
    setComboValue(m_bidStrategy, blank ? Field<QString>(QStringLiteral("AUTOMATIC_BID")) : first.bidStrategyType,
                  isMixed(adGroups, kStrategy));

    m_budget->setMoney(moneyOf(first.budgetInMicroCurrency, currency));
    m_budget->setMixed(isMixed(adGroups, kBudget));
    m_bid->setMoney(moneyOf(first.bidInMicroCurrency, currency));
    m_bid->setMixed(isMixed(adGroups, kBid));

    const bool multiplierMixed = isMixed(adGroups, kMultiplier);
    m_bidMultiplier->setValue(multiplierMixed ? 0 : first.bidMultiplier.valueOr(0));
    m_bidMultiplier->setSpecialValueText(multiplierMixed ? tr("(mixed)") : tr("none"));

    for (QComboBox *combo : {m_budgetType, m_billableEvent}) {
        combo->setEnabled(!isDraftLocked());
        combo->setToolTip(isDraftLocked() ? draftOnlyReason() : QString());
    }
}

void BudgetBidSection::apply(AdGroup &adGroup) const
{
    bool mixed = false;
    if (writes(kBudgetType)) {
        const auto value = comboValue(m_budgetType, &mixed);
        if (!mixed && value)
            adGroup.budgetType = *value;
    }
    if (writes(kBillable)) {
        const auto value = comboValue(m_billableEvent, &mixed);
        if (!mixed && value)
            adGroup.billableEvent = *value;
    }
    if (writes(kStrategy)) {
        const auto value = comboValue(m_bidStrategy, &mixed);
        if (!mixed)
            put(adGroup.bidStrategyType, value);
    }
    // A refused entry writes nothing; inputProblems() keeps the form from being accepted.
    if (writes(kBudget) && m_budget->isAcceptable()) {
        const auto money = m_budget->money();
        put(adGroup.budgetInMicroCurrency, money ? std::optional<qint64>(money->micros()) : std::nullopt);
    }
    if (writes(kBid) && m_bid->isAcceptable()) {
        const auto money = m_bid->money();
        put(adGroup.bidInMicroCurrency, money ? std::optional<qint64>(money->micros()) : std::nullopt);
    }
    if (writes(kMultiplier)) {
        const double value = m_bidMultiplier->value();
        // Pinterest removes a multiplier sent as 0; a new ad group simply leaves it out.
        if (value > 0 || !isCreating())
            adGroup.bidMultiplier = value;
        else
            adGroup.bidMultiplier.clear();
    }
}

QList<FieldProblem> BudgetBidSection::inputProblems() const
{
    QList<FieldProblem> problems;
    if (writes(kBudget) && !m_budget->isAcceptable())
        problems << FieldProblem{kBudget, m_budget->errorText()};
    if (writes(kBid) && !m_bid->isAcceptable())
        problems << FieldProblem{kBid, m_bid->errorText()};
    return problems;
}

} // namespace pinstripe
