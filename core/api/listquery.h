#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace pinstripe::listquery {

/** Adds @p values as repeated keys (`ids=1&ids=2`), the style of Pinterest's id and status filters. */
inline void addRepeated(QUrlQuery &query, const QString &key, const QStringList &values)
{
    for (const QString &value : values)
        query.addQueryItem(key, value);
}

/** Adds page_size, and order and bookmark when given. */
inline void addPaging(QUrlQuery &query, int pageSize, const QString &order, const QString &bookmark)
{
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    if (!order.isEmpty())
        query.addQueryItem(QStringLiteral("order"), order);
    if (!bookmark.isEmpty())
        query.addQueryItem(QStringLiteral("bookmark"), bookmark);
}

} // namespace pinstripe::listquery
