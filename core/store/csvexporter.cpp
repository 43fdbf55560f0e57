#include "core/store/csvexporter.h"

#include "core/store/csvwriter.h"

namespace pinstripe {

QByteArray CsvExporter::byteOrderMark()
{
    return CsvWriter::byteOrderMark();
}

bool CsvExporter::writeFile(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                            QString *errorMessage, Flavor flavor)
{
    CsvWriter csv(flavor == Flavor::Spreadsheet ? CsvWriter::ByteOrderMark::With : CsvWriter::ByteOrderMark::Without);
    csv.writeHeader(header);
    for (const QStringList &row : rows)
        csv.writeRecord(row);
    return csv.save(path, errorMessage);
}

} // namespace pinstripe
