#include "sandbox/planningapi.h"

#include "sandbox/audiencesizer.h"
#include "sandbox/bidfloorcalculator.h"
#include "sandbox/jsonbody.h"
#include "sandbox/records.h"
#include "sandbox/writekeys.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pinstripe::sandbox {

namespace {

bool parseObject(const QByteArray &body, QJsonObject *object, QString *problem)
{
    QJsonDocument doc;
    const QString found = jsonbody::parse(body, jsonbody::Shape::Object, &doc);
    if (!found.isEmpty()) {
        *problem = QStringLiteral("the body must be a JSON object, but %1").arg(found);
        return false;
    }
    *object = doc.object();
    return true;
}

} // namespace

PlanningApi::PlanningApi(const SandboxContext &context)
    : m_context(context)
{
}

HttpResponse PlanningApi::bidFloor(const AccountRecord &account, const HttpRequest &request)
{
    Q_UNUSED(account)
    QJsonObject body;
    QString problem;
    if (!parseObject(request.body, &body, &problem))
        return HttpResponse::error(400, 400, errors::invalid("bid floor", problem));
    if (m_context.options.strict && !(problem = writekeys::check(writekeys::Body::BidFloor, body)).isEmpty())
        return HttpResponse::error(400, 400, errors::invalid("bid floor", problem));
    const QList<qint64> floors = BidFloorCalculator::floors(body, &problem);
    if (!problem.isEmpty())
        return HttpResponse::error(400, 400, errors::invalid("bid floor", problem));
    QJsonArray list;
    for (qint64 f : floors)
        list.append(f);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("bid_floors"), list},
                                               {QStringLiteral("type"), QStringLiteral("bidfloor")}});
}

HttpResponse PlanningApi::audienceSizing(const AccountRecord &account, const HttpRequest &request)
{
    QJsonObject body;
    QString problem;
    if (!parseObject(request.body, &body, &problem))
        return HttpResponse::error(400, 400, QStringLiteral("Invalid ad group audience sizing parameters: ") + problem);
    if (m_context.options.strict && !(problem = writekeys::check(writekeys::Body::AudienceSizing, body)).isEmpty())
        return HttpResponse::error(400, 400, QStringLiteral("Invalid ad group audience sizing parameters: ") + problem);
    const AudienceSizer::Estimate e = AudienceSizer::estimate(body, account.country, &problem);
    if (!problem.isEmpty())
        return HttpResponse::error(400, 400, QStringLiteral("Invalid ad group audience sizing parameters: ") + problem);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("audience_size_lower_bound"), e.lower},
                                               {QStringLiteral("audience_size_upper_bound"), e.upper}});
}

} // namespace pinstripe::sandbox
