#include "core/store/sheetreader.h"

#include <QFile>
#include <QStringDecoder>

namespace pinstripe {

namespace {

/** Whether @p bytes look like UTF-16 without a byte order mark: every other byte zero in ASCII text. */
bool looksLikeUtf16(const QByteArray &bytes, bool *littleEndian)
{
    const qsizetype n = qMin<qsizetype>(bytes.size() & ~qsizetype(1), 512);
    if (n < 4)
        return false;
    int zeroEven = 0;
    int zeroOdd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? zeroEven : zeroOdd);
    }
    const int pairs = int(n / 2);
    *littleEndian = zeroOdd > zeroEven;
    return qMax(zeroEven, zeroOdd) * 10 >= pairs * 8; // mostly ASCII in UTF-16
}

/** The first line of @p text (up to a line break outside quotes). */
QString firstLine(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            return text.left(i);
    }
    return text;
}

} // namespace

QString SheetReader::decode(const QByteArray &bytes, QString *encoding)
{
    QString name;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        name = QStringLiteral("UTF-8");
        text = QString::fromUtf8(bytes.mid(3));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        name = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        text = decoder(bytes.mid(2));
    } else if (bool little = true; looksLikeUtf16(bytes, &little)) {
        name = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        text = decoder(bytes);
    } else {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = utf8(bytes);
        name = QStringLiteral("UTF-8");
        if (utf8.hasError()) { // a legacy export: every byte is a character
            text = QString::fromLatin1(bytes);
            name = QStringLiteral("ISO-8859-1");
        }
    }
    if (encoding)
        *encoding = name;
    return text;
}

QChar SheetReader::detectDelimiter(const QString &headerLine)
{
    int tabs = 0;
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
    }
    // Tab first: TSV headers may hold commas in words, never tabs.
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

SheetReader::Result SheetReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    return read(file.readAll());
}

SheetReader::Result SheetReader::read(const QByteArray &bytes)
{
    Result result;
    QString text = decode(bytes, &result.sheet.encoding);
    int line = 1;
    // Excel's hint line "sep=;" names the separator and is not part of the table.
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() > 4) {
        const QString hint = firstLine(text);
        if (hint.size() == 5) {
            result.sheet.delimiter = hint.at(4);
            text.remove(0, hint.size());
            if (text.startsWith(QLatin1String("\r\n")))
                text.remove(0, 2);
            else if (!text.isEmpty())
                text.remove(0, 1);
            line = 2;
        }
    }
    if (result.sheet.delimiter.isNull())
        result.sheet.delimiter = detectDelimiter(firstLine(text));
    const QChar delimiter = result.sheet.delimiter;

    QList<QStringList> records;
    QList<int> recordLines;
    QStringList record;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field was quoted (text after its closing quote is an error)
    int quoteLine = 0;
    int recordLine = line;
    const auto endField = [&] {
        record << field;
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record (a single empty field).
        if (!(record.size() == 1 && record.constFirst().isEmpty())) {
            records << record;
            recordLines << recordLine;
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (wasQuoted) {
            result.error = tr("Line %1: text after the closing quote of a field.").arg(line);
            result.errorLine = line;
            return result;
        } else {
            field += c;
        }
    }
    if (quoted) {
        result.error = tr("Line %1: a quoted field is never closed.").arg(quoteLine);
        result.errorLine = quoteLine;
        return result;
    }
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted)
        endRecord();
    if (records.isEmpty()) {
        result.error = tr("The file holds no table: not even a header row.");
        return result;
    }
    result.sheet.header = records.takeFirst();
    recordLines.removeFirst();
    for (QString &title : result.sheet.header)
        title = title.trimmed();
    result.sheet.rows = records;
    result.sheet.rowLines = recordLines;
    return result;
}

} // namespace pinstripe
