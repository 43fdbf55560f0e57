#include "sandbox/bookmark.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace pinstripe::sandbox {

namespace {

// Pinterest's bookmarks are standard base64 and hold '+', '/' and '='; a client that forgets to
// percent-encode them breaks. The layout makes every bookmark hold all three: the marker's bits
// are 111110 111111 111110 111111 ("+/+/"), and 3 + 8 + 6 = 17 bytes leave one '=' of padding.
constexpr char kMarker[] = "\xfb\xff\xbf";
constexpr qsizetype kMarkerSize = 3;
constexpr qsizetype kIdSize = 8;
constexpr qsizetype kFingerprintSize = 6;
constexpr qsizetype kSize = kMarkerSize + kIdSize + kFingerprintSize;

} // namespace

QByteArray Bookmark::fingerprint(const QString &canonicalFilters)
{
    return QCryptographicHash::hash(canonicalFilters.toUtf8(), QCryptographicHash::Sha1).left(kFingerprintSize);
}

QString Bookmark::encode(qint64 lastId, const QByteArray &fingerprint)
{
    QByteArray raw(kMarker, kMarkerSize);
    char id[kIdSize];
    qToBigEndian(lastId, id);
    raw.append(id, kIdSize);
    raw.append(fingerprint.left(kFingerprintSize));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64Encoding));
}

std::optional<qint64> Bookmark::decode(const QString &bookmark, const QByteArray &fingerprint)
{
    const QByteArray text = bookmark.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(text,
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // Only the exact text this sandbox issued is accepted: a '+' read as a space, a lost '=' or
    // url-safe letters in its place mean the client did not send the bookmark as it was given.
    if (!decoded || decoded.decoded.size() != kSize || decoded.decoded.toBase64(QByteArray::Base64Encoding) != text)
        return std::nullopt;
    const QByteArray &raw = decoded.decoded;
    if (!raw.startsWith(QByteArray(kMarker, kMarkerSize)) || raw.mid(kMarkerSize + kIdSize) != fingerprint.left(kFingerprintSize))
        return std::nullopt;
    const qint64 id = qFromBigEndian<qint64>(raw.constData() + kMarkerSize);
    if (id < 0)
        return std::nullopt;
    return id;
}

} // namespace pinstripe::sandbox
