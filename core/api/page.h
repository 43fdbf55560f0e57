#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pinstripe {

/** One page of a bookmark-paged list: the items and the bookmark of the next page. */
template<typename T>
struct Page
{
    QList<T> items;
    /** Empty on the last page (Pinterest sends null or leaves it out). */
    QString bookmark;
};

/**
 * Reads `{items: [...], bookmark: string|null}` into @p page with T::fromJson per item.
 * Returns what is wrong with the body, or an empty string.
 */
template<typename T>
QString parsePage(const QByteArray &body, Page<T> &page)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
    const QJsonObject object = document.object();
    const QJsonValue items = object.value(QLatin1String("items"));
    if (!items.isArray())
        return QStringLiteral("the page has no items array");
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return QStringLiteral("a page item is not an object");
        page.items.append(T::fromJson(item.toObject()));
    }
    page.bookmark = object.value(QLatin1String("bookmark")).toString();
    return {};
}

/** Reads a body that must be one JSON object. */
inline QString parseObject(const QByteArray &body, QJsonObject &object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
    if (!document.isObject())
        return QStringLiteral("expected a JSON object");
    object = document.object();
    return {};
}

} // namespace pinstripe
