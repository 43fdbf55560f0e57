#include "sandbox/records.h"

#include <QJsonDocument>

namespace pinstripe::sandbox {

QJsonObject AdGroupRecord::object() const
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace pinstripe::sandbox
