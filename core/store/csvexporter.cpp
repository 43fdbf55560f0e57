#include "core/store/csvexporter.h"

#include <QSaveFile>

namespace pinstripe {

QString CsvExporter::escapeField(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExporter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escapeField(fields.at(i));
    }
    return line;
}

QByteArray CsvExporter::toCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = record(header) + QLatin1String("\r\n");
    for (const QStringList &row : rows)
        text += record(row) + QLatin1String("\r\n");
    return text.toUtf8();
}

QByteArray CsvExporter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

bool CsvExporter::writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                            QString *errorMessage, Flavor flavor)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    if (flavor == Flavor::Spreadsheet)
        file.write(byteOrderMark());
    file.write(toCsv(header, rows));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

} // namespace pinstripe
