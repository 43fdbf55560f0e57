#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/** A table as read from a CSV or TSV file: the header row, then the data rows, as text. */
struct Sheet
{
    QStringList header;
    QList<QStringList> rows;
    /** The file line each data row started on (1-based), for messages. */
    QList<int> rowLines;
    /** The field separator found: ',', ';' or '\t'. */
    QChar delimiter;
    /** How the bytes were read: "UTF-8", "UTF-16LE", "UTF-16BE" or "ISO-8859-1". */
    QString encoding;
};

/**
 * Reads the CSV and TSV files spreadsheets write, whatever program and locale wrote them:
 *
 * - text in UTF-8 with or without a byte order mark, UTF-16 as Excel's "Unicode text" (with a
 *   byte order mark, or recognised by its zero bytes), else ISO-8859-1 for legacy exports;
 * - comma, semicolon (spreadsheets in locales with a decimal comma) or tab between fields,
 *   found from the header line, or from Excel's "sep=;" first line;
 * - fields in double quotes holding separators, doubled quotes and line breaks (RFC 4180);
 *   CRLF, LF or CR line ends; blank lines skipped.
 *
 * Values stay text: numbers and dates are read by whoever knows the column (with the locale
 * of the sheet), and ids keep every digit.
 */
class SheetReader final
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    struct Result
    {
        Sheet sheet;
        /** Empty when the file was read; else what is wrong, for people. */
        QString error;
        /** The file line the error is on (1-based), 0 when it is not about a line. */
        int errorLine = 0;
        bool ok() const { return error.isEmpty(); }
    };

    /** Reads a whole file's bytes. */
    static Result read(const QByteArray &bytes);
    /** Reads the file at @p path. */
    static Result readFile(const QString &path);

    /** The text of @p bytes, and in @p encoding how it was read (see the class). */
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    /** The separator of @p headerLine: the most frequent of tab, semicolon and comma outside quotes. */
    static QChar detectDelimiter(const QString &headerLine);
};

} // namespace pinstripe
