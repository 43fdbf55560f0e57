#include "ui/editor/moneyedit.h"
#include "ui/common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace pinstripe {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_currencyLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_currencyLabel);
    m_edit->setClearButtonEnabled(true);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_mixed = false;
        refresh();
        Q_EMIT edited();
    });
    setCurrency(Currency::usd());
}

void MoneyEdit::setCurrency(const Currency &currency)
{
    m_currency = currency;
    const QString symbol = currency.symbol();
    m_currencyLabel->setText(symbol == currency.code() ? symbol : symbol + QLatin1Char(' ') + currency.code());
    m_edit->setAccessibleDescription(tr("Amount in %1").arg(currency.code()));
    refresh();
}

void MoneyEdit::setMoney(const std::optional<Money> &money)
{
    m_mixed = false;
    m_edit->setText(money ? Money(money->micros(), m_currency).format(locale(), Money::Style::Plain) : QString());
    refresh();
}

bool MoneyEdit::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

std::optional<Money> MoneyEdit::money() const
{
    if (isEmpty())
        return std::nullopt;
    const auto parsed = Money::parse(m_edit->text(), m_currency, locale());
    if (!parsed || (!m_negativeAllowed && parsed->micros() < 0))
        return std::nullopt;
    return parsed;
}

QString MoneyEdit::errorText() const
{
    if (isEmpty())
        return {};
    QString error;
    const auto parsed = Money::parse(m_edit->text(), m_currency, locale(), &error);
    if (!parsed)
        return error.isEmpty() ? tr("\"%1\" is not an amount in %2.").arg(m_edit->text(), m_currency.code()) : error;
    if (!m_negativeAllowed && parsed->micros() < 0)
        return tr("Enter an amount of zero or more.");
    return {};
}

void MoneyEdit::setMixed(bool mixed)
{
    m_mixed = mixed;
    if (mixed)
        m_edit->clear();
    refresh();
}

void MoneyEdit::setEmptyText(const QString &text)
{
    m_emptyText = text;
    refresh();
}

void MoneyEdit::refresh()
{
    m_edit->setPlaceholderText(m_mixed ? tr("(mixed)") : m_emptyText);
    const QString error = errorText();
    m_edit->setToolTip(error);
    // A red frame marks the refused entry; the reason is the tool tip and the form's message line.
    m_edit->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(problemColor(palette()).name()));
}

} // namespace pinstripe
