#include "core/analytics/targetingvaluenames.h"

#include "core/places/placenames.h"

#include <QCoreApplication>
#include <QHash>

namespace pinstripe {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("pinstripe::TargetingValueNames", text, disambiguation);
}

} // namespace

QString TargetingValueNames::ageBucket(const QString &bucket)
{
    if (bucket.endsWith(QLatin1Char('+')))
        return tr("%1 and over").arg(bucket.chopped(1));
    if (bucket.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0)
        return tr("Age unknown");
    QString out = bucket;
    out.replace(QLatin1Char('-'), QChar(0x2013)); // an en dash reads as a range
    return out;
}

QString TargetingValueNames::gender(const QString &gender)
{
    if (gender == QLatin1String("female"))
        return tr("Women");
    if (gender == QLatin1String("male"))
        return tr("Men");
    if (gender == QLatin1String("unknown"))
        return tr("Gender unknown");
    return gender;
}

QString TargetingValueNames::appType(const QString &appType)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("iphone"), QT_TRANSLATE_NOOP("pinstripe::TargetingValueNames", "iPhone")},
        {QStringLiteral("ipad"), QT_TRANSLATE_NOOP("pinstripe::TargetingValueNames", "iPad")},
        {QStringLiteral("android_mobile"), QT_TRANSLATE_NOOP("pinstripe::TargetingValueNames", "Android phone")},
        {QStringLiteral("android_tablet"), QT_TRANSLATE_NOOP("pinstripe::TargetingValueNames", "Android tablet")},
        {QStringLiteral("web"), QT_TRANSLATE_NOOP("pinstripe::TargetingValueNames", "Desktop web")},
        {QStringLiteral("web_mobile"), QT_TRANSLATE_NOOP("pinstripe::TargetingValueNames", "Mobile web")},
    };
    const char *name = names.value(appType, nullptr);
    return name ? tr(name) : appType;
}

QString TargetingValueNames::country(const QString &code)
{
    return PlaceNames::country(code);
}

QString TargetingValueNames::label(const QString &type, const QString &value)
{
    if (type == QLatin1String("AGE_BUCKET"))
        return ageBucket(value);
    if (type == QLatin1String("GENDER"))
        return gender(value);
    if (type == QLatin1String("AGE_BUCKET_AND_GENDER")) {
        const qsizetype bar = value.indexOf(QLatin1Char('|'));
        if (bar < 0)
            return value;
        return tr("%1 %2", "gender, then age range").arg(gender(value.mid(bar + 1)), ageBucket(value.left(bar)));
    }
    if (type == QLatin1String("APPTYPE"))
        return appType(value);
    if (type == QLatin1String("COUNTRY"))
        return country(value);
    if (type == QLatin1String("LOCATION")) // a country, or a US metro area by its DMA number
        return PlaceNames::location(value);
    if (type == QLatin1String("REGION") || type == QLatin1String("GEO")) // "US-CA", "US-94107", "US:94102"
        return PlaceNames::geo(value);
    if (type == QLatin1String("PLACEMENT")) {
        if (value == QLatin1String("SEARCH"))
            return tr("Search");
        if (value == QLatin1String("BROWSE"))
            return tr("Browse");
        if (value == QLatin1String("OTHER"))
            return tr("Other");
    }
    return value;
}

} // namespace pinstripe
