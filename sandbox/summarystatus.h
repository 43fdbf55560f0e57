#pragma once

#include <QJsonObject>
#include <QString>

namespace pinstripe::sandbox {

/**
 * The computed summary_status of an ad group or campaign from its status and schedule at
 * @p now (Unix seconds): an ACTIVE entity is NOT_STARTED before start_time, COMPLETED after
 * end_time and RUNNING in between; other statuses map to themselves.
 */
QString summaryStatus(const QJsonObject &entity, qint64 now);

} // namespace pinstripe::sandbox
