#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * The one CSV writer of Pinstripe's exports (ad group tables, analytics), per RFC 4180:
 * fields separated by commas, every record ended by CRLF, a field quoted when it holds a comma,
 * a double quote, CR or LF, quotes inside a quoted field doubled. Text is UTF-8.
 *
 * Fields are written exactly as given: an ID such as "000549755885175" or a 19-digit one is text
 * and goes out digit for digit, never through a number. Callers format numbers themselves
 * (locale-independent) before handing them over.
 *
 * Files for spreadsheets start with a UTF-8 byte order mark: without it Excel reads the file in
 * the system's legacy code page and shows "–" or "€" as mojibake. Files for scripts leave it out,
 * since many tools would take it as part of the first header.
 *
 * @code
 * CsvWriter csv(CsvWriter::ByteOrderMark::With);
 * csv.writeHeader({tr("Name"), tr("Budget")});
 * csv.writeRecord({name, budget});
 * csv.save(path, &error);
 * @endcode
 */
class CsvWriter final
{
public:
    enum class ByteOrderMark {
        Without, ///< plain UTF-8, for scripts and other programs
        With,    ///< starts with EF BB BF, for Excel, Numbers, LibreOffice
    };

    explicit CsvWriter(ByteOrderMark bom = ByteOrderMark::Without);

    /**
     * Separates fields with @p delimiter instead of a comma: Excel in a locale with a decimal
     * comma (German, French …) opens a file by double-click only when its fields are separated
     * by semicolons. Set before writing the first record.
     */
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }

    /** The header record: the column titles. Same quoting as any record. */
    void writeHeader(const QStringList &titles);
    /** One record, ended by CRLF. */
    void writeRecord(const QStringList &fields);
    /** Records written so far, the header included. */
    int recordCount() const { return m_records; }

    /** Everything written so far, after the byte order mark when asked for. */
    QByteArray data() const;
    /**
     * Writes data() to @p path atomically (a half-written file never replaces an older one).
     * Returns false and sets @p errorMessage on failure.
     */
    bool save(const QString &path, QString *errorMessage = nullptr) const;

    /** The bytes a file for spreadsheets starts with (EF BB BF). */
    static QByteArray byteOrderMark();
    /** One field, quoted only when it needs to be (it holds @p delimiter, a quote or a line break). */
    static QString escapeField(const QString &field, QChar delimiter = QLatin1Char(','));
    /** One record without its line break. */
    static QString record(const QStringList &fields, QChar delimiter = QLatin1Char(','));

private:
    QByteArray m_data;
    ByteOrderMark m_bom;
    QChar m_delimiter = QLatin1Char(',');
    int m_records = 0;
};

} // namespace pinstripe
