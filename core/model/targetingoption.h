#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace pinstripe {

/**
 * One value a targeting key can take, with its name: an interest ("925056443165", "Home decor"),
 * a US DMA ("807", "U.S.: San Francisco-Oakland-San Jose"), … as `GET /resources/targeting/{type}`
 * lists them.
 */
struct TargetingOption
{
    /** The value sent in a targeting spec (interests: digits). */
    QString id;
    /** The name people know it by. */
    QString name;

    /**
     * Reads a `TargetingOptionResponse`: an array of objects. The spec's sample holds objects
     * mapping id to name (`[{"807": "U.S.: San Francisco…", …}]`); objects with `id` and `name`
     * members are read too. Anything else is skipped.
     */
    static QList<TargetingOption> listFromJson(const QJsonArray &json);

    friend bool operator==(const TargetingOption &, const TargetingOption &) = default;
};

} // namespace pinstripe
