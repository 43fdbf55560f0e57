#pragma once

#include <QByteArray>
#include <QList>

namespace pinstripe {

/** Where one element of a JSON array lies in the text it was read from. */
struct ItemSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
};

/**
 * The spans of the elements of the top-level object's "items" array in @p body, in order, as
 * the server wrote them: a cache can keep each item's own text instead of writing every parsed
 * item out again. @p body must be valid JSON (the page was parsed first); empty when there is no
 * such array or it is empty.
 */
QList<ItemSpan> itemSpans(const QByteArray &body);

} // namespace pinstripe
