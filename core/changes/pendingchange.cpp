#include "core/changes/pendingchange.h"

#include <QUuid>

namespace pinstripe {

namespace {

QString kindName(PendingChange::Kind kind)
{
    return kind == PendingChange::Kind::Create ? QStringLiteral("create") : QStringLiteral("update");
}

QString stateName(PendingChange::State state)
{
    switch (state) {
    case PendingChange::State::Pending:
        return QStringLiteral("pending");
    case PendingChange::State::Failed:
        return QStringLiteral("failed");
    case PendingChange::State::Conflict:
        return QStringLiteral("conflict");
    case PendingChange::State::Unknown:
        return QStringLiteral("unknown");
    case PendingChange::State::Sent:
        return QStringLiteral("sent");
    }
    return {};
}

PendingChange::State stateFrom(const QString &name)
{
    if (name == QLatin1String("failed"))
        return PendingChange::State::Failed;
    if (name == QLatin1String("conflict"))
        return PendingChange::State::Conflict;
    if (name == QLatin1String("unknown"))
        return PendingChange::State::Unknown;
    if (name == QLatin1String("sent"))
        return PendingChange::State::Sent;
    return PendingChange::State::Pending;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

PendingChange PendingChange::update(const QString &adAccountId, const QString &adGroupId, const QString &adGroupName,
                                    const QString &field, const QJsonValue &before, const QJsonValue &after,
                                    qint64 baseUpdatedTime)
{
    PendingChange change;
    change.id = newId();
    change.kind = Kind::Update;
    change.adAccountId = adAccountId;
    change.adGroupId = adGroupId;
    change.adGroupName = adGroupName;
    change.field = field;
    change.before = before;
    change.after = after;
    change.baseUpdatedTime = baseUpdatedTime;
    change.createdAt = QDateTime::currentDateTimeUtc();
    return change;
}

PendingChange PendingChange::create(const QString &adAccountId, const QJsonObject &body)
{
    PendingChange change;
    change.id = newId();
    change.kind = Kind::Create;
    change.adAccountId = adAccountId;
    change.adGroupName = body.value(QLatin1String("name")).toString();
    change.createBody = body;
    change.createdAt = QDateTime::currentDateTimeUtc();
    return change;
}

PendingChange PendingChange::inverse() const
{
    PendingChange change = update(adAccountId, adGroupId, adGroupName, field, after, before, 0);
    return change;
}

QJsonObject PendingChange::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("ad_account_id"), adAccountId},
        {QStringLiteral("ad_group_id"), adGroupId},
        {QStringLiteral("ad_group_name"), adGroupName},
        {QStringLiteral("field"), field},
        {QStringLiteral("before"), before},
        {QStringLiteral("after"), after},
        {QStringLiteral("base_updated_time"), baseUpdatedTime},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("message"), message},
        {QStringLiteral("server_value"), serverValue},
        {QStringLiteral("server_updated_time"), serverUpdatedTime},
    };
    if (sentAt.isValid())
        json.insert(QStringLiteral("sent_at"), sentAt.toString(Qt::ISODateWithMs));
    if (kind == Kind::Create)
        json.insert(QStringLiteral("create_body"), createBody);
    return json;
}

PendingChange PendingChange::fromJson(const QJsonObject &json)
{
    PendingChange change;
    change.id = json.value(QLatin1String("id")).toString();
    change.kind = json.value(QLatin1String("kind")).toString() == QLatin1String("create") ? Kind::Create : Kind::Update;
    change.state = stateFrom(json.value(QLatin1String("state")).toString());
    change.adAccountId = json.value(QLatin1String("ad_account_id")).toString();
    change.adGroupId = json.value(QLatin1String("ad_group_id")).toString();
    change.adGroupName = json.value(QLatin1String("ad_group_name")).toString();
    change.field = json.value(QLatin1String("field")).toString();
    change.before = json.value(QLatin1String("before"));
    change.after = json.value(QLatin1String("after"));
    change.createBody = json.value(QLatin1String("create_body")).toObject();
    change.baseUpdatedTime = json.value(QLatin1String("base_updated_time")).toInteger();
    change.createdAt = QDateTime::fromString(json.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    change.message = json.value(QLatin1String("message")).toString();
    change.serverValue = json.value(QLatin1String("server_value"));
    change.serverUpdatedTime = json.value(QLatin1String("server_updated_time")).toInteger();
    if (json.contains(QLatin1String("sent_at")))
        change.sentAt = QDateTime::fromString(json.value(QLatin1String("sent_at")).toString(), Qt::ISODateWithMs);
    // An absent key reads as Undefined; keep "absent" and "null" apart only where it matters.
    if (change.before.isUndefined())
        change.before = QJsonValue();
    if (change.after.isUndefined())
        change.after = QJsonValue();
    if (change.serverValue.isUndefined())
        change.serverValue = QJsonValue();
    return change;
}

} // namespace pinstripe
