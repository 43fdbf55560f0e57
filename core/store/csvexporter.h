#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * Writes tables as CSV per RFC 4180: fields separated by commas, records ended by CRLF, a field
 * quoted when it holds a comma, a double quote, CR or LF, and quotes inside doubled, in UTF-8.
 *
 * Files for spreadsheets start with a UTF-8 byte order mark: without it Excel reads the file
 * in the system's legacy code page and shows "–" or "€" as mojibake. Files for tools leave it
 * out, since many scripts would take it as part of the first header.
 */
class CsvExporter final
{
public:
    enum class Flavor {
        Spreadsheet, ///< with a UTF-8 byte order mark, for Excel, Numbers, LibreOffice
        Tools,       ///< plain UTF-8, for scripts and other programs
    };

    /** The bytes a Spreadsheet file starts with (EF BB BF). */
    static QByteArray byteOrderMark();
    /** One field, quoted only when needed. */
    static QString escapeField(const QString &field);
    /** One record (without its line break). */
    static QString record(const QStringList &fields);
    /** A header record followed by @p rows, each ended by CRLF. */
    static QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);
    /**
     * Writes toCsv() to @p path atomically (a half-written file never replaces an older one),
     * after a byte order mark for the Spreadsheet flavor. Returns false and sets
     * @p errorMessage on failure.
     */
    static bool writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                          QString *errorMessage = nullptr, Flavor flavor = Flavor::Spreadsheet);
};

} // namespace pinstripe
