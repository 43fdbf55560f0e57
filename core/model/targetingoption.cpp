#include "core/model/targetingoption.h"

#include <QJsonObject>

namespace pinstripe {

QList<TargetingOption> TargetingOption::listFromJson(const QJsonArray &json)
{
    QList<TargetingOption> options;
    for (const QJsonValue &entry : json) {
        const QJsonObject object = entry.toObject();
        const QJsonValue id = object.value(QLatin1String("id"));
        const QJsonValue name = object.value(QLatin1String("name"));
        if (id.isString() && name.isString()) {
            options.append({id.toString(), name.toString()});
            continue;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isString())
                options.append({it.key(), it.value().toString()});
        }
    }
    return options;
}

} // namespace pinstripe
