#include "core/places/gettextcatalog.h"

#include <QByteArray>
#include <QFile>
#include <QtEndian>

namespace pinstripe {

namespace {

constexpr quint32 kMagic = 0x950412de;
constexpr qsizetype kHeaderSize = 20;

// The catalogue's integers are in the byte order of the machine that compiled it; the magic
// number tells which.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    {
    }

    bool open()
    {
        if (m_data.size() < kHeaderSize)
            return false;
        if (qFromLittleEndian<quint32>(m_data.constData()) == kMagic)
            m_littleEndian = true;
        else if (qFromBigEndian<quint32>(m_data.constData()) == kMagic)
            m_littleEndian = false;
        else
            return false;
        return true;
    }

    quint32 word(qsizetype offset, bool *ok) const
    {
        if (offset < 0 || offset + 4 > m_data.size()) {
            *ok = false;
            return 0;
        }
        const char *at = m_data.constData() + offset;
        return m_littleEndian ? qFromLittleEndian<quint32>(at) : qFromBigEndian<quint32>(at);
    }

    /** The string described by the (length, offset) pair at @p descriptor. */
    QString string(qsizetype descriptor, bool *ok) const
    {
        const quint32 length = word(descriptor, ok);
        const quint32 offset = word(descriptor + 4, ok);
        if (!*ok || qint64(offset) + qint64(length) > qint64(m_data.size())) {
            *ok = false;
            return {};
        }
        return QString::fromUtf8(m_data.constData() + offset, qsizetype(length));
    }

private:
    const QByteArray &m_data;
    bool m_littleEndian = true;
};

} // namespace

QHash<QString, QString> GettextCatalog::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    Reader reader(data);
    if (!reader.open())
        return {};

    bool ok = true;
    const quint32 count = reader.word(8, &ok);
    const quint32 originals = reader.word(12, &ok);
    const quint32 translations = reader.word(16, &ok);
    if (!ok || qint64(count) * 8 > qint64(data.size()))
        return {};

    QHash<QString, QString> messages;
    messages.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        const QString original = reader.string(qsizetype(originals) + qsizetype(i) * 8, &ok);
        const QString translation = reader.string(qsizetype(translations) + qsizetype(i) * 8, &ok);
        if (!ok)
            return {};
        // The empty message is the catalogue's header; a context ('\4') or plural ('\0') form is
        // not a plain name.
        if (original.isEmpty() || translation.isEmpty() || original.contains(QChar(4))
            || original.contains(QChar(0)))
            continue;
        messages.insert(original, translation);
    }
    return messages;
}

} // namespace pinstripe
