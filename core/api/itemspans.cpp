#include "core/api/itemspans.h"

namespace pinstripe {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/** The index just past the string that opens at @p i (a quote), escapes included. */
qsizetype skipString(const char *text, qsizetype size, qsizetype i)
{
    for (++i; i < size; ++i) {
        if (text[i] == '\\')
            ++i; // the escaped character, a quote among them, is not the end
        else if (text[i] == '"')
            return i + 1;
    }
    return size;
}

qsizetype skipSpace(const char *text, qsizetype size, qsizetype i)
{
    while (i < size && isSpace(text[i]))
        ++i;
    return i;
}

/** The index just past the value that starts at @p i (after any space). */
qsizetype skipValue(const char *text, qsizetype size, qsizetype i)
{
    if (i >= size)
        return size;
    if (text[i] == '"')
        return skipString(text, size, i);
    if (text[i] != '{' && text[i] != '[') {
        // A number, true, false or null: up to the next delimiter.
        while (i < size && text[i] != ',' && text[i] != '}' && text[i] != ']' && !isSpace(text[i]))
            ++i;
        return i;
    }
    int depth = 0;
    for (; i < size; ++i) {
        const char c = text[i];
        if (c == '"') {
            i = skipString(text, size, i) - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return size;
}

} // namespace

QList<ItemSpan> itemSpans(const QByteArray &body)
{
    const char *text = body.constData();
    const qsizetype size = body.size();
    qsizetype i = skipSpace(text, size, 0);
    if (i >= size || text[i] != '{')
        return {};
    ++i;
    // The top-level object's members, one by one: key, colon, value.
    while (true) {
        i = skipSpace(text, size, i);
        if (i >= size || text[i] != '"')
            return {};
        const qsizetype keyEnd = skipString(text, size, i);
        const bool isItems = QByteArrayView(text + i, keyEnd - i) == QByteArrayView("\"items\"");
        i = skipSpace(text, size, keyEnd);
        if (i >= size || text[i] != ':')
            return {};
        i = skipSpace(text, size, i + 1);
        if (isItems && i < size && text[i] == '[')
            break;
        i = skipSpace(text, size, skipValue(text, size, i));
        if (i >= size || text[i] != ',')
            return {};
        ++i;
    }
    QList<ItemSpan> spans;
    i = skipSpace(text, size, i + 1);
    if (i < size && text[i] == ']')
        return spans;
    while (i < size) {
        const qsizetype end = skipValue(text, size, i);
        spans.append({i, end - i});
        i = skipSpace(text, size, end);
        if (i >= size || text[i] != ',')
            break;
        i = skipSpace(text, size, i + 1);
    }
    if (i >= size || text[i] != ']')
        return {}; // not the array it seemed: keep nothing rather than a wrong span
    return spans;
}

} // namespace pinstripe
