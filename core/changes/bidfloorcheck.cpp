#include "core/changes/bidfloorcheck.h"

#include "core/api/apiclient.h"
#include "core/api/fetchbidfloorsrequest.h"
#include "core/model/enums.h"

namespace pinstripe {

namespace {

/** Specs per bid_floor call: the API sets no limit; this keeps each body small. */
constexpr qsizetype kSpecsPerCall = 100;

} // namespace

BidFloorCheck::BidFloorCheck(ApiClient *client, QString adAccountId, Currency currency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(std::move(adAccountId))
    , m_currency(std::move(currency))
{
}

BidFloorSpec BidFloorCheck::specFor(const AdGroup &adGroup, const Campaign *campaign, const Currency &currency)
{
    BidFloorSpec spec;
    spec.billableEvent = adGroup.billableEvent.valueOr(QStringLiteral("CLICKTHROUGH"));
    spec.currency = currency;
    QStringList countries;
    if (adGroup.targetingSpec.hasValue()) {
        // LOCATION mixes country codes and US metro (DMA) codes; metros price as the US.
        for (const QString &location : adGroup.targetingSpec.value().location.valueOr({})) {
            const QString country = enums::isCountry(location) ? location : QStringLiteral("US");
            if (!countries.contains(country))
                countries << country;
        }
    }
    spec.countries = countries.isEmpty() ? QStringList{QStringLiteral("US")} : countries;
    if (campaign && campaign->objectiveType.hasValue() && enums::isObjectiveType(campaign->objectiveType.value()))
        spec.objectiveType = campaign->objectiveType.value();
    return spec;
}

qint64 BidFloorCheck::bidAtFloor(qint64 floorMicros, const Currency &currency)
{
    const qint64 step = qMax<qint64>(currency.microsPerMinorUnit(), 1);
    return (floorMicros + step - 1) / step * step;
}

PendingChange BidFloorCheck::raiseToFloor(const Result &result, const AdGroup &adGroup, const QString &adAccountId,
                                          const Currency &currency)
{
    const QString field = QStringLiteral("bid_in_micro_currency");
    const QJsonValue before = adGroup.toJson().value(field);
    return PendingChange::update(adAccountId, result.adGroupId, result.adGroupName, field,
                                 before.isUndefined() ? QJsonValue() : before, QJsonValue(bidAtFloor(result.floorMicros, currency)),
                                 adGroup.updatedTime.valueOr(0));
}

void BidFloorCheck::start(const QList<AdGroup> &adGroups, const QHash<QString, Campaign> &campaigns)
{
    m_results.clear();
    m_next = 0;
    m_cancelled = false;
    for (const AdGroup &g : adGroups) {
        const auto campaign = campaigns.constFind(g.campaignId.valueOr({}));
        Result result;
        result.adGroupId = g.id.valueOr({});
        result.adGroupName = g.name.valueOr({});
        result.spec = specFor(g, campaign == campaigns.cend() ? nullptr : &*campaign, m_currency);
        if (g.bidInMicroCurrency.hasValue() && g.bidStrategyType.valueOr({}) != QLatin1String("AUTOMATIC_BID"))
            result.bidMicros = g.bidInMicroCurrency.value();
        m_results << result;
    }
    if (m_results.isEmpty()) {
        Q_EMIT finished(m_results);
        return;
    }
    sendNext();
}

void BidFloorCheck::cancel()
{
    m_cancelled = true;
}

void BidFloorCheck::sendNext()
{
    if (m_cancelled || !m_client)
        return;
    const qsizetype from = m_next;
    const qsizetype count = qMin(kSpecsPerCall, m_results.size() - from);
    BidFloorRequest body;
    QList<BidFloorSpec> specs;
    for (qsizetype i = from; i < from + count; ++i)
        specs << m_results.at(i).spec;
    body.bidFloorSpecs = specs;
    auto *request = new FetchBidFloorsRequest(m_client, m_account, body);
    connect(request, &FetchBidFloorsRequest::finished, this, [this, from, count](const BidFloor &floors) {
        const QList<qint64> values = floors.floors();
        for (qsizetype i = 0; i < count; ++i)
            m_results[from + i].floorMicros = values.at(i); // the request checked the count
        m_next = from + count;
        if (m_next < m_results.size())
            sendNext();
        else if (!m_cancelled)
            Q_EMIT finished(m_results);
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        if (!m_cancelled)
            Q_EMIT failed(error);
    });
    request->start();
}

} // namespace pinstripe
