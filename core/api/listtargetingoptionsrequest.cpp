#include "core/api/listtargetingoptionsrequest.h"

#include "core/api/paramcheck.h"

#include <QJsonDocument>

namespace pinstripe {

ListTargetingOptionsRequest::ListTargetingOptionsRequest(ApiClient *client, QString targetingType, QString adAccountId)
    : ApiRequest(client, Method::Get, RateCategory::AdsRead, RetryPolicy::standard())
    , m_targetingType(std::move(targetingType))
    , m_adAccountId(std::move(adAccountId))
{
}

QString ListTargetingOptionsRequest::operationName() const
{
    return tr("Loading the %1 targeting options").arg(m_targetingType);
}

QStringList ListTargetingOptionsRequest::targetingTypes()
{
    return {QStringLiteral("APPTYPE"), QStringLiteral("GENDER"), QStringLiteral("LOCALE"), QStringLiteral("AGE_BUCKET"),
            QStringLiteral("LOCATION"), QStringLiteral("GEO"), QStringLiteral("INTEREST"), QStringLiteral("KEYWORD"),
            QStringLiteral("AUDIENCE_INCLUDE"), QStringLiteral("AUDIENCE_EXCLUDE")};
}

QString ListTargetingOptionsRequest::validate() const
{
    const QString type = paramcheck::checkEnum(QStringLiteral("targeting_type"), m_targetingType, targetingTypes());
    if (!type.isEmpty())
        return type;
    if (!m_adAccountId.isEmpty())
        return paramcheck::checkId(QStringLiteral("ad_account_id"), m_adAccountId);
    return {};
}

QString ListTargetingOptionsRequest::path() const
{
    return QStringLiteral("/resources/targeting/") + m_targetingType;
}

QUrlQuery ListTargetingOptionsRequest::query() const
{
    QUrlQuery q;
    if (!m_adAccountId.isEmpty())
        q.addQueryItem(QStringLiteral("ad_account_id"), m_adAccountId);
    return q;
}

QString ListTargetingOptionsRequest::handleSuccess(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
    if (!document.isArray())
        return QStringLiteral("the targeting options are not an array");
    Q_EMIT finished(TargetingOption::listFromJson(document.array()));
    return {};
}

} // namespace pinstripe
