#include "sandbox/summarystatus.h"

#include <QJsonValue>

namespace pinstripe::sandbox {

QString summaryStatus(const QJsonObject &entity, qint64 now)
{
    const QString status = entity.value(QLatin1String("status")).toString();
    if (status != QLatin1String("ACTIVE"))
        return status.isEmpty() ? QStringLiteral("PAUSED") : status;
    const QJsonValue start = entity.value(QLatin1String("start_time"));
    const QJsonValue end = entity.value(QLatin1String("end_time"));
    if (start.isDouble() && qint64(start.toDouble()) > now)
        return QStringLiteral("NOT_STARTED");
    if (end.isDouble() && qint64(end.toDouble()) <= now)
        return QStringLiteral("COMPLETED");
    return QStringLiteral("RUNNING");
}

} // namespace pinstripe::sandbox
