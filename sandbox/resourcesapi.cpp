#include "sandbox/resourcesapi.h"

#include "sandbox/catalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pinstripe::sandbox {

HttpResponse ResourcesApi::targetingOptions(const QString &targetingType) const
{
    static const QStringList types = {
        QStringLiteral("APPTYPE"), QStringLiteral("GENDER"), QStringLiteral("LOCALE"), QStringLiteral("AGE_BUCKET"),
        QStringLiteral("LOCATION"), QStringLiteral("GEO"), QStringLiteral("INTEREST"), QStringLiteral("KEYWORD"),
        QStringLiteral("AUDIENCE_INCLUDE"), QStringLiteral("AUDIENCE_EXCLUDE")};
    if (!types.contains(targetingType))
        return HttpResponse::error(400, 400, QStringLiteral("Invalid targeting options parameters: targeting_type '%1' "
                                                            "must be one of %2")
                                                 .arg(targetingType, types.join(QLatin1String(", "))));
    // The shape of the spec's sample: one object mapping each id to its name.
    QJsonObject options;
    if (targetingType == QLatin1String("INTEREST")) {
        for (const catalog::Interest &interest : catalog::interests())
            options.insert(interest.id, interest.name);
    } else if (targetingType == QLatin1String("LOCATION")) {
        for (const auto &[code, name] : catalog::usDmas())
            options.insert(code, QString(QStringLiteral("U.S.: ") + name));
    }
    return HttpResponse::json(200, options.isEmpty() ? QJsonArray() : QJsonArray{options});
}

} // namespace pinstripe::sandbox
