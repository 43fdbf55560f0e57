#include "ui/editor/moneyadjustmentedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace pinstripe {

MoneyAdjustmentEdit::MoneyAdjustmentEdit(const Currency &currency, QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_operation(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_operation->setObjectName(QStringLiteral("operation"));
    m_operation->setAccessibleName(tr("Operation"));
    m_operation->addItem(tr("Set to"), static_cast<int>(Operation::SetTo));
    m_operation->addItem(tr("Raise by"), static_cast<int>(Operation::Raise));
    m_operation->addItem(tr("Lower by"), static_cast<int>(Operation::Lower));
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setAccessibleName(tr("Value"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->addItem(currency.code(), static_cast<int>(Unit::Amount));
    m_unit->addItem(QStringLiteral("%"), static_cast<int>(Unit::Percent));
    layout->addWidget(m_operation);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_unit);
    setFocusProxy(m_value);

    auto update = [this] {
        // "Set to 15%" means nothing: setting works with amounts only.
        if (operation() == Operation::SetTo)
            m_unit->setCurrentIndex(0);
        m_unit->setEnabled(operation() != Operation::SetTo);
        Q_EMIT changed();
    };
    connect(m_operation, &QComboBox::currentIndexChanged, this, update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(); });
    connect(m_value, &QLineEdit::textChanged, this, [this] { Q_EMIT changed(); });
    update();
}

MoneyAdjustmentEdit::Operation MoneyAdjustmentEdit::operation() const
{
    return static_cast<Operation>(m_operation->currentData().toInt());
}

MoneyAdjustmentEdit::Unit MoneyAdjustmentEdit::unit() const
{
    return static_cast<Unit>(m_unit->currentData().toInt());
}

void MoneyAdjustmentEdit::setOperation(Operation operation)
{
    m_operation->setCurrentIndex(m_operation->findData(static_cast<int>(operation)));
}

void MoneyAdjustmentEdit::setUnit(Unit unit)
{
    if (operation() == Operation::SetTo)
        return; // setting works with amounts only
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(unit)));
}

std::optional<BulkAdjustment> MoneyAdjustmentEdit::adjustment(QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<BulkAdjustment> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = m_value->text().trimmed();
    if (text.isEmpty())
        return fail(tr("Enter an amount or a percentage."));
    if (unit() == Unit::Percent && operation() != Operation::SetTo) {
        QString message;
        const auto basisPoints = BulkAdjustment::parsePercent(text, locale(), &message);
        if (!basisPoints)
            return fail(message);
        return operation() == Operation::Raise ? BulkAdjustment::increaseByPercent(*basisPoints)
                                               : BulkAdjustment::decreaseByPercent(*basisPoints);
    }
    QString message;
    const auto money = Money::parse(text, m_currency, locale(), &message);
    if (!money)
        return fail(message.isEmpty() ? tr("\"%1\" is not an amount in %2.").arg(text, m_currency.code()) : message);
    if (money->micros() < 0)
        return fail(tr("Enter an amount of zero or more; choose \"Lower by\" to lower."));
    switch (operation()) {
    case Operation::SetTo:
        return BulkAdjustment::setTo(*money);
    case Operation::Raise:
        return BulkAdjustment::increaseBy(*money);
    case Operation::Lower:
        break;
    }
    return BulkAdjustment::decreaseBy(*money);
}

QString MoneyAdjustmentEdit::label() const
{
    const QString text = m_value->text().trimmed();
    if (unit() == Unit::Percent && operation() != Operation::SetTo)
        return (operation() == Operation::Raise ? QStringLiteral("+") : QStringLiteral("−")) + text + QStringLiteral("%");
    const auto money = Money::parse(text, m_currency, locale());
    const QString amount = money ? money->format(locale()) : text;
    switch (operation()) {
    case Operation::SetTo:
        return tr("set to %1").arg(amount);
    case Operation::Raise:
        return QStringLiteral("+") + amount;
    case Operation::Lower:
        break;
    }
    return QStringLiteral("−") + amount;
}

} // namespace pinstripe
