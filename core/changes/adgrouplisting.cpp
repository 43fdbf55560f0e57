#include "core/changes/adgrouplisting.h"

#include "core/api/adgrouppager.h"
#include "core/api/apiclient.h"
#include "core/model/enums.h"

#include <QTimer>

namespace pinstripe {

namespace {

constexpr int kIdsPerCall = 250;

} // namespace

AdGroupListing::AdGroupListing(ApiClient *client, QString adAccountId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(std::move(adAccountId))
{
}

AdGroupListing::~AdGroupListing()
{
    for (Part &part : m_parts) {
        if (part.pager)
            part.pager->cancel();
    }
}

void AdGroupListing::startByIds(const QStringList &adGroupIds)
{
    QList<AdGroupListParams> parts;
    for (qsizetype at = 0; at < adGroupIds.size(); at += kIdsPerCall) {
        AdGroupListParams params;
        params.adGroupIds = adGroupIds.mid(at, kIdsPerCall);
        params.entityStatuses = enums::entityStatuses();
        parts << params;
    }
    startParts(parts);
}

void AdGroupListing::startByCampaign(const QString &campaignId)
{
    AdGroupListParams params;
    params.campaignIds = {campaignId};
    params.entityStatuses = enums::entityStatuses();
    startParts({params});
}

void AdGroupListing::startParts(const QList<AdGroupListParams> &params)
{
    m_running = true;
    for (const AdGroupListParams &p : params) {
        Part part;
        part.params = p;
        m_parts << part;
    }
    if (m_parts.isEmpty()) {
        // Report from the event loop, as a request would.
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            Q_EMIT finished({});
        });
        return;
    }
    for (int i = 0; i < m_parts.size(); ++i)
        run(i);
}

void AdGroupListing::run(int index)
{
    if (!m_running || !m_client) {
        return;
    }
    Part &part = m_parts[index];
    part.found.clear();
    auto *pager = new AdGroupPager(m_client, m_account, part.params, 1, this);
    part.pager = pager;
    connect(pager, &AdGroupPager::pageReceived, this, [this, index](const AdGroupPage &page) {
        m_parts[index].found << page.items;
    });
    connect(pager, &Pager::finished, this, [this, index, pager] {
        pager->deleteLater();
        m_parts[index].done = true;
        partEnded();
    });
    connect(pager, &Pager::failed, this, [this, index, pager](const ApiError &error) {
        pager->deleteLater();
        if (!m_running)
            return;
        if (error.isRateLimited()) {
            // A 429 says "not now", never "no": list this part again after the wait.
            const int seconds = error.retryAfter ? qMax(1, static_cast<int>(error.retryAfter->count())) : 1;
            Part &part = m_parts[index];
            if (!part.retry) {
                part.retry = new QTimer(this);
                part.retry->setSingleShot(true);
                connect(part.retry, &QTimer::timeout, this, [this, index] { run(index); });
            }
            part.retry->start(seconds * 1000);
            Q_EMIT waiting(seconds);
            return;
        }
        m_error = error;
        m_parts[index].done = true;
        partEnded();
    });
    pager->start();
}

void AdGroupListing::partEnded()
{
    for (const Part &part : std::as_const(m_parts)) {
        if (!part.done)
            return;
    }
    m_running = false;
    if (m_error.isError()) {
        Q_EMIT failed(m_error);
        return;
    }
    QList<AdGroup> all;
    for (const Part &part : std::as_const(m_parts))
        all << part.found;
    Q_EMIT finished(all);
}

void AdGroupListing::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (Part &part : m_parts) {
        if (part.retry)
            part.retry->stop();
        if (part.pager)
            part.pager->cancel();
    }
    Q_EMIT failed(ApiError::cancelled());
}

} // namespace pinstripe
