#pragma once

#include "core/model/field.h"

#include <QJsonObject>
#include <QString>

namespace pinstripe {

/**
 * Pinterest's `{code, message}` error shape: an `Exception` inside a batch result, and also the
 * `Error` body of a failed request. `code` is Pinterest's error code, not necessarily the HTTP
 * status.
 */
struct ApiException
{
    Field<qint64> code;
    Field<QString> message;
    QJsonObject unknownFields;

    static ApiException fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const ApiException &, const ApiException &) = default;
};

} // namespace pinstripe
