#include "core/changes/editchanges.h"

namespace pinstripe::editchanges {

QList<PendingChange> ofCreates(const QList<AdGroup> &adGroups, const QString &adAccountId)
{
    QList<PendingChange> result;
    result.reserve(adGroups.size());
    for (const AdGroup &adGroup : adGroups)
        result << PendingChange::create(adAccountId, adGroup.createBody());
    return result;
}

QList<PendingChange> ofEdits(const QList<AdGroup> &before, const QList<AdGroup> &after, const QString &adAccountId)
{
    QList<PendingChange> result;
    const qsizetype count = qMin(before.size(), after.size());
    for (qsizetype i = 0; i < count; ++i) {
        const AdGroup &was = before.at(i);
        const QJsonObject wasJson = was.toJson();
        const QJsonObject body = AdGroup::updateBody(was, after.at(i));
        const QString account = was.adAccountId.valueOr(adAccountId);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (it.key() == QLatin1String("id"))
                continue;
            const QJsonValue old = wasJson.value(it.key());
            result << PendingChange::update(account, was.id.valueOr({}), was.name.valueOr({}), it.key(),
                                            old.isUndefined() ? QJsonValue() : old, it.value(),
                                            was.updatedTime.valueOr(0));
        }
    }
    return result;
}

AdGroup duplicateOf(const AdGroup &source, const QString &namePattern)
{
    AdGroup copy = AdGroup::fromJson(source.createBody());
    copy.name = namePattern.arg(source.name.valueOr({}));
    return copy;
}

} // namespace pinstripe::editchanges
