#include "core/api/adgroupwriterequest.h"

#include "core/api/page.h"
#include "core/api/paramcheck.h"
#include "core/rules/adgroupbodyrules.h"

#include <QJsonArray>

namespace pinstripe {

AdGroupWriteRequest::AdGroupWriteRequest(ApiClient *client, Method method, RetryPolicy retryPolicy,
                                         QString adAccountId, QList<QJsonObject> bodies, bool forCreate)
    : ApiRequest(client, method, RateCategory::AdsWrite, retryPolicy)
    , m_adAccountId(std::move(adAccountId))
    , m_bodies(std::move(bodies))
    , m_forCreate(forCreate)
{
}

QString AdGroupWriteRequest::validate() const
{
    // A body the rules stop is never sent (the poster reports it as not sent, not refused).
    const AdGroupRequestKind kind = m_forCreate ? AdGroupRequestKind::Create : AdGroupRequestKind::Update;
    return paramcheck::firstProblem(
        {paramcheck::checkId(QStringLiteral("ad_account_id"), m_adAccountId),
         paramcheck::checkBatchSize(m_forCreate ? tr("Creating ad groups") : tr("Updating ad groups"), m_bodies.size()),
         firstAdGroupBodyProblem(m_bodies, kind)});
}

QString AdGroupWriteRequest::path() const
{
    return QStringLiteral("/ad_accounts/%1/ad_groups").arg(m_adAccountId);
}

QByteArray AdGroupWriteRequest::body() const
{
    QJsonArray array;
    for (const QJsonObject &item : m_bodies)
        array.append(item);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString AdGroupWriteRequest::handleSuccess(const QByteArray &body)
{
    QJsonObject object;
    const QString problem = parseObject(body, object);
    if (!problem.isEmpty())
        return problem;
    const QJsonArray items = object.value(QLatin1String("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue data = items.at(i).toObject().value(QLatin1String("data"));
        if (!data.isObject())
            continue;
        const QString problem = answercheck::problemIn(data.toObject(), AnswerKind::AdGroup);
        if (!problem.isEmpty())
            return QStringLiteral("ad group %1 of the answer: %2").arg(i + 1).arg(problem);
    }
    const AdGroupBatchResult result = AdGroupBatchResult::fromJson(object);
    // Results are matched to bodies by position; a count mismatch makes every match doubtful.
    if (result.items.size() != m_bodies.size())
        return QStringLiteral("%1 results for %2 ad groups").arg(result.items.size()).arg(m_bodies.size());
    Q_EMIT finished(result);
    return {};
}

} // namespace pinstripe
