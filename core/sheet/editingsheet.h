#pragma once

#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "core/sheet/sheetfield.h"
#include "core/sheet/sheetvaluecodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace pinstripe {

/**
 * A sheet for editing ad groups in a spreadsheet and importing back (File › Export for
 * Editing): exactly the columns an import reads (SheetFields::all()), one row per ad group with
 * the values the person sees — Pinterest's values with the pending updates laid over them — so
 * that importing the file unchanged changes nothing, and each cell edited in the spreadsheet
 * becomes exactly one change.
 *
 * Headers name the unit and the zone of their cells ("Budget (USD)", "Start (Europe/Berlin)"),
 * so the sheet is read the same on a machine set to another zone. Ids are text, digit for digit.
 */
class EditingSheet final
{
    Q_DECLARE_TR_FUNCTIONS(EditingSheet)

public:
    /**
     * The sheet of @p adGroups (as on Pinterest, in the order of the sheet) with the updates of
     * @p pending laid over; campaign names from @p campaigns; cells written in @p context.
     */
    EditingSheet(const QList<AdGroup> &adGroups, const QHash<QString, Campaign> &campaigns, const QList<PendingChange> &pending,
                 SheetValueContext context);

    const SheetValueContext &context() const { return m_context; }
    /** The columns, in order. */
    const QList<SheetField> &fields() const { return m_fields; }
    /** The header of each column, in the UI language, with the currency or zone. */
    QStringList header() const;
    /** The header of @p field's column. */
    QString headerOf(SheetField field) const;

    int rowCount() const { return static_cast<int>(m_adGroups.size()); }
    /** The ad group of row @p row as the person sees it. */
    const AdGroup &adGroup(int row) const { return m_adGroups.at(row); }
    /** The wire value of @p field in row @p row (the campaign's name for Campaign); null when none. */
    QJsonValue value(int row, SheetField field) const;
    /** The text of @p field's cell in row @p row, as an import reads it back (SheetValueCodec::sheetText). */
    QString text(int row, SheetField field) const;
    /** Every row's cells as text, in column order. */
    QList<QStringList> rows() const;

    /**
     * The field separator of a CSV for a spreadsheet in @p locale: a semicolon where the decimal
     * separator is a comma (Excel there splits fields at semicolons only), else a comma.
     */
    static QChar csvDelimiter(const QLocale &locale);
    /** The sheet as CSV for spreadsheets: UTF-8 with byte order mark, separated by csvDelimiter(). */
    QByteArray csv() const;
    /** Writes csv() to @p path atomically; false and a message in @p errorMessage when it cannot. */
    bool saveCsv(const QString &path, QString *errorMessage = nullptr) const;

private:
    QList<SheetField> m_fields;
    QList<AdGroup> m_adGroups;
    QHash<QString, QString> m_campaignNames;
    SheetValueContext m_context;
};

} // namespace pinstripe
