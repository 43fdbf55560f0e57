#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * Writes tables as CSV per RFC 4180: fields separated by commas, records ended by CRLF, a field
 * quoted when it holds a comma, a double quote, CR or LF, and quotes inside doubled. UTF-8
 * without a byte order mark, as spreadsheet imports and scripts expect.
 */
class CsvExporter final
{
public:
    /** One field, quoted only when needed. */
    static QString escapeField(const QString &field);
    /** One record (without its line break). */
    static QString record(const QStringList &fields);
    /** A header record followed by @p rows, each ended by CRLF. */
    static QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);
    /**
     * Writes toCsv() to @p path atomically (a half-written file never replaces an older one).
     * Returns false and sets @p errorMessage on failure.
     */
    static bool writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                          QString *errorMessage = nullptr);
};

} // namespace pinstripe
