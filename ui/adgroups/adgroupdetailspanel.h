#pragma once

#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/model/adgroup.h"
#include "core/model/currency.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace pinstripe {

class ApiRequest;

/**
 * Every field of the selected ad group, fetched fresh from the API (get), with its targeting
 * spec in words. Interests are named by a second call (list by ad_group_ids with
 * translate_interests_to_names), because get only returns interest ids.
 *
 * When Pinterest's rate limit holds the get back, the panel counts down to the next attempt
 * and, should the request give up while the limit lasts, tries again by itself after the wait.
 */
class AdGroupDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupDetailsPanel)

public:
    explicit AdGroupDetailsPanel(QWidget *parent = nullptr);

    void setClient(ApiClient *client) { m_client = client; }
    void setAccount(const QString &accountId, const Currency &currency);
    void setCampaignNames(const QHash<QString, QString> &names) { m_campaignNames = names; }

    /** Fetches and shows @p adGroupId; an empty id clears the panel. */
    void showAdGroup(const QString &adGroupId);
    QString adGroupId() const { return m_adGroupId; }
    /** The panel's text, as read by people (and tests). */
    QString plainText() const;
    /** The Retry button (shown when loading failed). */
    QPushButton *retryButton() const { return m_retry; }

    /** Renders @p adGroup (interest names from @p namedSpec when given) as HTML. */
    QString html(const AdGroup &adGroup, const std::optional<TargetingSpec> &namedSpec) const;

Q_SIGNALS:
    /** The fresh ad group is shown. */
    void loaded(const QString &adGroupId);

private:
    void cancelRequests();
    void render();
    void showError(const ApiError &error);
    /** Counts down @p waitMs in the title; with @p reload, fetches again when it reaches zero. */
    void startCountdown(int waitMs, bool reload);
    void updateCountdown();

    QPointer<ApiClient> m_client;
    QPointer<ApiRequest> m_get;
    QPointer<ApiRequest> m_names;
    QString m_accountId;
    Currency m_currency;
    QHash<QString, QString> m_campaignNames;
    QString m_adGroupId;
    std::optional<AdGroup> m_adGroup;
    std::optional<TargetingSpec> m_namedSpec;
    bool m_namesDone = false;
    QLabel *m_title = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer *m_countdown = nullptr;
    QDeadlineTimer m_countdownEnds;
    bool m_reloadAfterCountdown = false;
};

} // namespace pinstripe
