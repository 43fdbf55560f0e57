#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pinstripe::sandbox {

/**
 * Opaque paging cursors: standard base64 (with '+', '/' and '=' in every one, as Pinterest's
 * bookmarks may have) of the last id served and a fingerprint of the filters and order it was
 * served under. A bookmark replayed with other filters, or altered on the way (a '+' read as a
 * space), is refused rather than silently skipping items.
 */
class Bookmark final
{
public:
    /** Fingerprint of a canonical description of the filters and order. */
    static QByteArray fingerprint(const QString &canonicalFilters);
    static QString encode(qint64 lastId, const QByteArray &fingerprint);
    /** The last id if @p bookmark is well formed and was made for @p fingerprint. */
    static std::optional<qint64> decode(const QString &bookmark, const QByteArray &fingerprint);
};

} // namespace pinstripe::sandbox
