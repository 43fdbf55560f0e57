#include "core/sheet/editingsheet.h"

#include "core/sheet/celleditplanner.h"
#include "core/store/csvwriter.h"

namespace pinstripe {

EditingSheet::EditingSheet(const QList<AdGroup> &adGroups, const QHash<QString, Campaign> &campaigns,
                           const QList<PendingChange> &pending, SheetValueContext context)
    : m_fields(SheetFields::all())
    , m_context(std::move(context))
{
    QHash<QString, QList<PendingChange>> updates;
    for (const PendingChange &change : pending) {
        if (change.kind == PendingChange::Kind::Update && !change.adGroupId.isEmpty())
            updates[change.adGroupId] << change;
    }
    m_adGroups.reserve(adGroups.size());
    for (const AdGroup &adGroup : adGroups) {
        const auto it = updates.constFind(adGroup.id.valueOr({}));
        m_adGroups << (it == updates.cend() ? adGroup : CellEditPlanner::withUpdates(adGroup, *it));
    }
    for (auto it = campaigns.cbegin(); it != campaigns.cend(); ++it)
        m_campaignNames.insert(it.key(), it->name.valueOr({}));
}

QString EditingSheet::headerOf(SheetField field) const
{
    const QString header = SheetFields::header(field);
    if (SheetFields::isMoney(field))
        return tr("%1 (%2)").arg(header, m_context.currency.code());
    if (SheetFields::isTime(field))
        return tr("%1 (%2)").arg(header, QString::fromUtf8(m_context.timeZone.id()));
    return header;
}

QStringList EditingSheet::header() const
{
    QStringList result;
    for (const SheetField field : m_fields)
        result << headerOf(field);
    return result;
}

QJsonValue EditingSheet::value(int row, SheetField field) const
{
    const AdGroup &adGroup = m_adGroups.at(row);
    if (field == SheetField::Campaign) {
        const QString name = m_campaignNames.value(adGroup.campaignId.valueOr({}));
        return name.isEmpty() ? QJsonValue() : QJsonValue(name);
    }
    return SheetFields::valueOf(adGroup, field);
}

QString EditingSheet::text(int row, SheetField field) const
{
    const QJsonValue cell = value(row, field);
    if (field == SheetField::Campaign)
        return cell.toString();
    return SheetValueCodec::sheetText(field, cell, m_context);
}

QList<QStringList> EditingSheet::rows() const
{
    QList<QStringList> result;
    result.reserve(m_adGroups.size());
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        cells.reserve(m_fields.size());
        for (const SheetField field : m_fields)
            cells << text(row, field);
        result << cells;
    }
    return result;
}

QChar EditingSheet::csvDelimiter(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

namespace {

CsvWriter csvOf(const EditingSheet &sheet)
{
    // With a byte order mark: without it Excel reads UTF-8 in the legacy code page.
    CsvWriter writer(CsvWriter::ByteOrderMark::With);
    writer.setDelimiter(EditingSheet::csvDelimiter(sheet.context().locale));
    writer.writeHeader(sheet.header());
    for (const QStringList &cells : sheet.rows())
        writer.writeRecord(cells);
    return writer;
}

} // namespace

QByteArray EditingSheet::csv() const
{
    return csvOf(*this).data();
}

bool EditingSheet::saveCsv(const QString &path, QString *errorMessage) const
{
    return csvOf(*this).save(path, errorMessage);
}

} // namespace pinstripe
