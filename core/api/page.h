#pragma once

#include "core/api/answercheck.h"
#include "core/api/itemspans.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace pinstripe {

/** One page of a bookmark-paged list: the items and the bookmark of the next page. */
template<typename T>
struct Page
{
    QList<T> items;
    /** Empty on the last page (Pinterest sends null or leaves it out). */
    QString bookmark;
    /** The page as the server sent it, where a reader keeps it (see keepItemText()). */
    QByteArray body;
    /** Where each item lies in #body: as many as #items, or none. */
    QList<ItemSpan> itemSpans;

    /** The server's own text of item @p i; empty when the page kept none. */
    QByteArray itemText(qsizetype i) const
    {
        if (i < 0 || i >= itemSpans.size())
            return {};
        return body.mid(itemSpans.at(i).offset, itemSpans.at(i).length);
    }
    /** Keeps @p pageBody and where each item lies in it, if they can be told apart for every item. */
    void keepItemText(const QByteArray &pageBody)
    {
        QList<ItemSpan> spans = pinstripe::itemSpans(pageBody);
        if (spans.size() != items.size())
            return;
        body = pageBody;
        itemSpans = std::move(spans);
    }
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
    if (!document.isObject())
        return QStringLiteral("expected a JSON object");
    const QJsonObject object = document.object();
    const QJsonValue items = object.value(QLatin1String("items"));
    if (!items.isArray())
        return QStringLiteral("the page has no items array");
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return QStringLiteral("item %1 of the page is not an object").arg(i + 1);
        const QJsonObject item = array.at(i).toObject();
        if constexpr (requires { AnswerKindOf<T>::kind; }) {
            const QString problem = answercheck::problemIn(item, AnswerKindOf<T>::kind);
            if (!problem.isEmpty())
                return QStringLiteral("item %1 of the page: %2").arg(i + 1).arg(problem);
        }
        page.items.append(T::fromJson(item));
    }
    const QJsonValue bookmark = object.value(QLatin1String("bookmark"));
    if (!bookmark.isUndefined() && !bookmark.isNull() && !bookmark.isString())
        return QStringLiteral("the bookmark is not text");
    page.bookmark = bookmark.toString();
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
