#include "core/api/fetchbidfloorsrequest.h"

#include "core/api/page.h"
#include "core/api/paramcheck.h"
#include "core/model/adgroupnullability.h"
#include "core/model/enums.h"

namespace pinstripe {

namespace {

QString checkSpec(const BidFloorSpec &spec, qsizetype index)
{
    using namespace paramcheck;
    QString problem;
    if (!spec.billableEvent.hasValue())
        problem = ApiRequest::tr("a billable event is required.");
    else if (!spec.currency.hasValue())
        problem = ApiRequest::tr("a currency is required.");
    else
        problem = firstProblem({
            checkEnum(QStringLiteral("billable_event"), spec.billableEvent.value(), enums::actionTypes()),
            checkEnum(QStringLiteral("currency"), spec.currency.value().code(), enums::currencyCodes()),
            checkEnums(QStringLiteral("countries"), spec.countries.valueOr({}), enums::countries()),
            spec.objectiveType.hasValue()
                ? checkEnum(QStringLiteral("objective_type"), spec.objectiveType.value(), enums::objectiveTypes()) : QString(),
            spec.creativeType.hasValue()
                ? checkEnum(QStringLiteral("creative_type"), spec.creativeType.value(), enums::creativeTypes()) : QString(),
        });
    return problem.isEmpty() ? QString() : ApiRequest::tr("Bid floor row %1: %2").arg(index + 1).arg(problem);
}

} // namespace

FetchBidFloorsRequest::FetchBidFloorsRequest(ApiClient *client, QString adAccountId, BidFloorRequest request)
    : ApiRequest(client, Method::Post, RateCategory::AdsRead, RetryPolicy::standard())
    , m_adAccountId(std::move(adAccountId))
    , m_request(std::move(request))
{
}

QString FetchBidFloorsRequest::operationName() const
{
    return tr("Checking bid floors");
}

QString FetchBidFloorsRequest::validate() const
{
    const QString account = paramcheck::checkId(QStringLiteral("ad_account_id"), m_adAccountId);
    if (!account.isEmpty())
        return account;
    const QList<BidFloorSpec> specs = m_request.bidFloorSpecs.valueOr({});
    if (specs.isEmpty())
        return tr("Add at least one bid floor row.");
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QString problem = checkSpec(specs.at(i), i);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString FetchBidFloorsRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/bid_floor").arg(m_adAccountId);
}

QByteArray FetchBidFloorsRequest::body() const
{
    // A null inside the targeting spec means "no restriction"; the request schema refuses some.
    return QJsonDocument(adgroupnullability::withoutNullsInside(m_request.toJson())).toJson(QJsonDocument::Compact);
}

QString FetchBidFloorsRequest::handleSuccess(const QByteArray &body)
{
    QJsonObject object;
    QString problem = parseObject(body, object);
    if (problem.isEmpty())
        problem = answercheck::problemIn(object, AnswerKind::BidFloor);
    if (!problem.isEmpty())
        return problem;
    const BidFloor floors = BidFloor::fromJson(object);
    const qsizetype expected = m_request.bidFloorSpecs.valueOr({}).size();
    if (floors.floors().size() != expected)
        return QStringLiteral("%1 floors for %2 rows").arg(floors.floors().size()).arg(expected);
    Q_EMIT finished(floors);
    return {};
}

} // namespace pinstripe
