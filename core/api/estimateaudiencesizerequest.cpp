#include "core/api/estimateaudiencesizerequest.h"

#include "core/api/page.h"
#include "core/api/paramcheck.h"
#include "core/model/adgroupnullability.h"
#include "core/model/enums.h"

namespace pinstripe {

EstimateAudienceSizeRequest::EstimateAudienceSizeRequest(ApiClient *client, QString adAccountId,
                                                         AudienceSizingRequest request)
    : ApiRequest(client, Method::Post, RateCategory::AdsRead, RetryPolicy::standard())
    , m_adAccountId(std::move(adAccountId))
    , m_request(std::move(request))
{
}

QString EstimateAudienceSizeRequest::operationName() const
{
    return tr("Estimating the audience size");
}

QString EstimateAudienceSizeRequest::validate() const
{
    using namespace paramcheck;
    QString keywordProblem;
    for (const AudienceKeyword &keyword : m_request.keywords.valueOr({})) {
        if (!keyword.matchType.hasValue() || !keyword.value.hasValue() || keyword.value.value().isEmpty())
            keywordProblem = tr("Each keyword needs a match type and a value.");
        else if (keyword.value.value().size() > 120)
            keywordProblem = tr("Keyword \"%1\" is longer than 120 characters.").arg(keyword.value.value());
        else
            keywordProblem = checkEnum(QStringLiteral("match_type"), keyword.matchType.value(), enums::matchTypes());
        if (!keywordProblem.isEmpty())
            break;
    }
    return firstProblem({
        checkId(QStringLiteral("ad_account_id"), m_adAccountId),
        m_request.placementGroup.hasValue()
            ? checkEnum(QStringLiteral("placement_group"), m_request.placementGroup.value(), enums::placementGroupTypes())
            : QString(),
        checkEnums(QStringLiteral("creative_types"), m_request.creativeTypes.valueOr({}), enums::audienceSizingCreativeTypes()),
        checkIds(QStringLiteral("product_group_ids"), m_request.productGroupIds.valueOr({}), 1000),
        keywordProblem,
    });
}

QString EstimateAudienceSizeRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/ad_groups/audience_sizing").arg(m_adAccountId);
}

QByteArray EstimateAudienceSizeRequest::body() const
{
    // A null inside the targeting spec means "no restriction"; the request schema refuses some.
    return QJsonDocument(adgroupnullability::withoutNullsInside(m_request.toJson())).toJson(QJsonDocument::Compact);
}

QString EstimateAudienceSizeRequest::handleSuccess(const QByteArray &body)
{
    QJsonObject object;
    QString problem = parseObject(body, object);
    if (problem.isEmpty())
        problem = answercheck::problemIn(object, AnswerKind::AudienceSizing);
    if (problem.isEmpty())
        Q_EMIT finished(AudienceSizing::fromJson(object));
    return problem;
}

} // namespace pinstripe
