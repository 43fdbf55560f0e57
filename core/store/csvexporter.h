#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * Table export: a header and rows of cells written to a CSV file through CsvWriter, in the
 * flavor the user picked (for spreadsheets, with a UTF-8 byte order mark, or for tools, without).
 */
class CsvExporter final
{
public:
    enum class Flavor {
        Spreadsheet, ///< with a UTF-8 byte order mark, for Excel, Numbers, LibreOffice
        Tools,       ///< plain UTF-8, for scripts and other programs
    };

    /** The bytes a Spreadsheet file starts with (EF BB BF); CsvWriter::byteOrderMark(). */
    static QByteArray byteOrderMark();
    /**
     * Writes @p header and @p rows to @p path atomically (a half-written file never replaces an
     * older one), after a byte order mark for the Spreadsheet flavor. Returns false and sets
     * @p errorMessage on failure.
     */
    static bool writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                          QString *errorMessage = nullptr, Flavor flavor = Flavor::Spreadsheet);
};

} // namespace pinstripe
