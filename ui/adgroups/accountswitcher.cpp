#include "ui/adgroups/accountswitcher.h"

#include "core/api/campaignpager.h"
#include "core/store/localstore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>

namespace pinstripe {

namespace {

const QString kLastAccountKey = QStringLiteral("browser/lastAccount");

} // namespace

AccountSwitcher::AccountSwitcher(LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("accountSwitcher"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("A&ccount:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("accountCombo"));
    m_combo->setAccessibleName(tr("Ad account"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12); // the full name is in the list and the tool tip
    // An agency has hundreds of accounts: typing part of a name or an id lists the accounts
    // that contain it, and choosing one opens it. Text that names no account is not kept.
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->lineEdit()->setPlaceholderText(tr("Type a name or id"));
    m_combo->setMaxVisibleItems(20);
    auto *completer = new QCompleter(m_combo->model(), m_combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(20);
    m_combo->setCompleter(completer);
    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_combo->currentIndex() >= 0 && m_combo->currentText() != m_combo->itemText(m_combo->currentIndex()))
            m_combo->setEditText(m_combo->itemText(m_combo->currentIndex()));
    });
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &AccountSwitcher::onCurrentIndexChanged);
    if (m_store && m_store->isOpen())
        showAccounts(m_store->accounts());
}

QString AccountSwitcher::describe(const AdAccount &account)
{
    QStringList parts;
    parts << account.name.valueOr(tr("(unnamed)"));
    parts << account.id.valueOr(QString());
    parts << account.currencyOrUnknown().code();
    if (account.owner.hasValue() && account.owner.value().username.hasValue())
        parts << tr("owner %1").arg(account.owner.value().username.value());
    return parts.join(QStringLiteral(" · "));
}

void AccountSwitcher::setClient(ApiClient *client)
{
    m_client = client;
    reload();
}

void AccountSwitcher::reload()
{
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
    }
    if (!m_client)
        return;
    m_incoming.clear();
    m_pager = new AdAccountPager(m_client, this);
    connect(m_pager, &AdAccountPager::pageReceived, this, [this](const AdAccountPage &page) { m_incoming += page.items; });
    connect(m_pager, &Pager::finished, this, [this] {
        if (m_store && m_store->isOpen())
            m_store->saveAccounts(m_incoming);
        showAccounts(m_incoming);
    });
    connect(m_pager, &Pager::failed, this, &AccountSwitcher::failed);
    m_pager->start();
}

void AccountSwitcher::showAccounts(const QList<AdAccount> &accounts)
{
    m_filling = true;
    m_accounts = accounts;
    m_combo->clear();
    for (const AdAccount &account : accounts) {
        m_combo->addItem(describe(account), account.id.valueOr(QString()));
        m_combo->setItemData(m_combo->count() - 1, describe(account), Qt::ToolTipRole);
    }
    QString wanted = m_currentId;
    if (wanted.isEmpty())
        wanted = QSettings().value(kLastAccountKey).toString();
    int index = m_combo->findData(wanted);
    if (index < 0 && !accounts.isEmpty())
        index = 0;
    m_combo->setCurrentIndex(index);
    m_filling = false;
    fitListWidth();
    onCurrentIndexChanged(index);
}

void AccountSwitcher::fitListWidth()
{
    // The lists are as wide as their longest account, not as the narrow box: names were cut in
    // the middle ("Maison Lumièr…maisonlumiere").
    QAbstractItemView *list = m_combo->view();
    const int width = list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width() + 2 * list->frameWidth();
    list->setMinimumWidth(width);
    if (m_combo->completer())
        m_combo->completer()->popup()->setMinimumWidth(width);
}

std::optional<AdAccount> AccountSwitcher::currentAccount() const
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(index);
}

bool AccountSwitcher::selectAccount(const QString &accountId)
{
    const int index = m_combo->findData(accountId);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

void AccountSwitcher::onCurrentIndexChanged(int index)
{
    m_combo->setToolTip(m_combo->currentText()); // the whole name, however narrow the box
    if (m_filling || index < 0 || index >= m_accounts.size())
        return;
    const AdAccount &account = m_accounts.at(index);
    const QString id = account.id.valueOr(QString());
    if (id == m_currentId)
        return; // the same account, e.g. the API list replacing the cached one
    m_currentId = id;
    QSettings().setValue(kLastAccountKey, id);
    Q_EMIT accountSelected(account);
}

} // namespace pinstripe
