#pragma once

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/model/adaccount.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;

namespace pinstripe {

class AdAccountPager;
class LocalStore;

/**
 * Every ad account the token can see, by name, id, currency and owner. Shows the cached list
 * at once, then the API's; the account last used is remembered (QSettings) and chosen again.
 */
class AccountSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSwitcher)

public:
    explicit AccountSwitcher(LocalStore *store, QWidget *parent = nullptr);

    /** Lists the accounts through @p client (nullptr: only the cache). */
    void setClient(ApiClient *client);
    /** Lists the accounts again. */
    void reload();

    QList<AdAccount> accounts() const { return m_accounts; }
    std::optional<AdAccount> currentAccount() const;
    /** Chooses @p accountId if known; returns whether it was. */
    bool selectAccount(const QString &accountId);
    QComboBox *comboBox() const { return m_combo; }

    /** How an account reads in the list: "Name · 123… · USD · owner". */
    static QString describe(const AdAccount &account);

Q_SIGNALS:
    /** Another account was chosen (by the user or by restoring the last one). */
    void accountSelected(const pinstripe::AdAccount &account);
    void failed(const pinstripe::ApiError &error);

private:
    void showAccounts(const QList<AdAccount> &accounts);
    void fitListWidth();
    void onCurrentIndexChanged(int index);

    LocalStore *m_store;
    QPointer<ApiClient> m_client;
    QPointer<AdAccountPager> m_pager;
    QComboBox *m_combo;
    QList<AdAccount> m_accounts;
    QList<AdAccount> m_incoming;
    QString m_currentId;
    bool m_filling = false;
};

} // namespace pinstripe
