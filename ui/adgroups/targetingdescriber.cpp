#include "ui/adgroups/targetingdescriber.h"

#include "core/places/placenames.h"
#include "core/model/enumwords.h"

#include <QLocale>

namespace pinstripe {

namespace {

template<typename Name>
QStringList mapped(const QStringList &values, Name name)
{
    QStringList names;
    names.reserve(values.size());
    for (const QString &value : values)
        names << name(value);
    return names;
}

} // namespace

QString TargetingDescriber::ageRange(const TargetingSpec &spec)
{
    const QString min = spec.minimumAge.valueOr(QString());
    QString max = spec.maximumAge.valueOr(QString());
    if (max.endsWith(QLatin1Char('+'))) // "65+" as a maximum means no upper limit
        max.clear();
    if (!min.isEmpty() && !max.isEmpty())
        return tr("%1 to %2").arg(min, max);
    if (!min.isEmpty())
        return tr("%1 and over").arg(min);
    if (!max.isEmpty())
        return tr("up to %1").arg(max);
    return {};
}

QString TargetingDescriber::locationName(const QString &code)
{
    return PlaceNames::location(code);
}

QString TargetingDescriber::geoName(const QString &code)
{
    return PlaceNames::geo(code);
}

QString TargetingDescriber::languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || code.isEmpty())
        return code;
    return QLocale::languageToString(locale.language());
}

QString TargetingDescriber::genderName(const QString &gender)
{
    if (gender == QLatin1String("female"))
        return tr("women");
    if (gender == QLatin1String("male"))
        return tr("men");
    if (gender == QLatin1String("unknown"))
        return tr("people of unspecified gender");
    return gender;
}

QString TargetingDescriber::appTypeName(const QString &appType)
{
    if (appType == QLatin1String("iphone"))
        return tr("iPhone");
    if (appType == QLatin1String("ipad"))
        return tr("iPad");
    if (appType == QLatin1String("android_mobile"))
        return tr("Android phones");
    if (appType == QLatin1String("android_tablet"))
        return tr("Android tablets");
    if (appType == QLatin1String("web"))
        return tr("desktop web");
    if (appType == QLatin1String("web_mobile"))
        return tr("mobile web");
    return appType;
}

QStringList TargetingDescriber::describe(const TargetingSpec &spec)
{
    QStringList sentences;
    const QString ages = ageRange(spec);
    if (!ages.isEmpty())
        sentences << tr("Ages %1.").arg(ages);
    if (spec.ageBucket.hasValue() && !spec.ageBucket.value().isEmpty())
        sentences << tr("Age groups: %1.").arg(spec.ageBucket.value().join(QLatin1String(", ")));
    if (spec.gender.hasValue() && !spec.gender.value().isEmpty()) {
        QString genders = QLocale().createSeparatedList(mapped(spec.gender.value(), &TargetingDescriber::genderName));
        genders[0] = genders.at(0).toUpper();
        sentences << genders + QLatin1Char('.');
    }
    if (spec.location.hasValue() && !spec.location.value().isEmpty())
        sentences << tr("Locations: %1.").arg(mapped(spec.location.value(), &TargetingDescriber::locationName).join(QLatin1String(", ")));
    if (spec.geo.hasValue() && !spec.geo.value().isEmpty())
        sentences << tr("Regions: %1.").arg(mapped(spec.geo.value(), &TargetingDescriber::geoName).join(QLatin1String("; ")));
    if (spec.locale.hasValue() && !spec.locale.value().isEmpty())
        sentences << tr("Languages: %1.").arg(mapped(spec.locale.value(), &TargetingDescriber::languageName).join(QLatin1String(", ")));
    if (spec.interest.hasValue() && !spec.interest.value().isEmpty())
        sentences << tr("Interests: %1.").arg(spec.interest.value().join(QLatin1String(", ")));
    if (spec.audienceInclude.hasValue() && !spec.audienceInclude.value().isEmpty())
        sentences << tr("Includes audiences %1.").arg(spec.audienceInclude.value().join(QLatin1String(", ")));
    if (spec.audienceExclude.hasValue() && !spec.audienceExclude.value().isEmpty())
        sentences << tr("Excludes audiences %1.").arg(spec.audienceExclude.value().join(QLatin1String(", ")));
    if (spec.appType.hasValue() && !spec.appType.value().isEmpty())
        sentences << tr("Devices: %1.").arg(mapped(spec.appType.value(), &TargetingDescriber::appTypeName).join(QLatin1String(", ")));
    if (spec.targetingStrategy.hasValue() && !spec.targetingStrategy.value().isEmpty())
        sentences << tr("Strategy: %1.").arg(mapped(spec.targetingStrategy.value(), [](const QString &v) { return enumwords::text(enumwords::Kind::TargetingStrategy, v); }).join(QLatin1String(", ")));
    if (spec.shoppingRetargeting.hasValue()) {
        for (const ShoppingRetargeting &rule : spec.shoppingRetargeting.value()) {
            const int lookback = rule.lookbackWindow.valueOr(0);
            QString sentence = lookback == 1 ? tr("Shopping retargeting: people who engaged in the last day")
                                             : tr("Shopping retargeting: people who engaged in the last %n day(s)", nullptr, lookback);
            const int exclusion = rule.exclusionWindow.valueOr(0);
            if (exclusion == 1)
                sentence += tr(", except the last day");
            else if (exclusion > 1)
                sentence += tr(", except the last %n day(s)", nullptr, exclusion);
            if (rule.tagTypes.hasValue() && !rule.tagTypes.value().isEmpty()) {
                QStringList tags;
                for (int tag : rule.tagTypes.value())
                    tags << QString::number(tag);
                sentence = tr("%1 (tag types %2)").arg(sentence, tags.join(QLatin1String(", ")));
            }
            sentences << sentence + QLatin1Char('.');
        }
    }
    if (!spec.unknownFields.isEmpty())
        sentences << tr("Other targeting: %1.").arg(spec.unknownFields.keys().join(QLatin1String(", ")));
    if (sentences.isEmpty())
        sentences << tr("Everyone: no targeting restrictions.");
    return sentences;
}

} // namespace pinstripe
