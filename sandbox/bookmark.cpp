#include "sandbox/bookmark.h"

#include <QCryptographicHash>
#include <QList>

namespace pinstripe::sandbox {

QByteArray Bookmark::fingerprint(const QString &canonicalFilters)
{
    return QCryptographicHash::hash(canonicalFilters.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
}

QString Bookmark::encode(qint64 lastId, const QByteArray &fingerprint)
{
    const QByteArray raw = "v1:" + QByteArray::number(lastId) + ':' + fingerprint;
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> Bookmark::decode(const QString &bookmark, const QByteArray &fingerprint)
{
    const auto decoded = QByteArray::fromBase64Encoding(bookmark.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts.at(0) != "v1" || parts.at(2) != fingerprint)
        return std::nullopt;
    bool ok = false;
    const qint64 id = parts.at(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return id;
}

} // namespace pinstripe::sandbox
