#include "core/store/csvwriter.h"

#include <QSaveFile>

namespace pinstripe {

CsvWriter::CsvWriter(ByteOrderMark bom)
    : m_bom(bom)
{
}

void CsvWriter::writeHeader(const QStringList &titles)
{
    writeRecord(titles);
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    m_data += record(fields, m_delimiter).toUtf8();
    m_data += "\r\n";
    ++m_records;
}

QByteArray CsvWriter::data() const
{
    return m_bom == ByteOrderMark::With ? byteOrderMark() + m_data : m_data;
}

bool CsvWriter::save(const QString &path, QString *errorMessage) const
{
    QSaveFile file(path);
    const QByteArray bytes = data();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

QByteArray CsvWriter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::escapeField(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += escapeField(fields.at(i), delimiter);
    }
    return line;
}

} // namespace pinstripe
