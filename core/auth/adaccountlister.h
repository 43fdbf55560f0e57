#pragma once

#include "core/api/apierror.h"
#include "core/model/adaccount.h"

#include <QList>
#include <QObject>

namespace pinstripe {

class ApiClient;

/**
 * Lists every ad account a token can see (all pages of `GET /ad_accounts`), which is also how
 * a sign-in learns whose token it is. Deletes itself after finished() or failed().
 */
class AdAccountLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdAccountLister)

public:
    /** A child of @p client; call start(). */
    explicit AdAccountLister(ApiClient *client);

    void start();

    /**
     * The Pinterest username a token belongs to, from its accounts: the owner of the first
     * account the user owns, else the owner of the first account; empty without accounts.
     * (Pinterest's /user_account would say it directly, but needs the user_accounts:read scope.)
     */
    static QString userOf(const QList<AdAccount> &accounts);

Q_SIGNALS:
    void finished(const QList<pinstripe::AdAccount> &accounts);
    void failed(const pinstripe::ApiError &error);

private:
    void fetch(const QString &bookmark);

    ApiClient *m_client;
    QList<AdAccount> m_accounts;
    int m_pages = 0;
};

} // namespace pinstripe
