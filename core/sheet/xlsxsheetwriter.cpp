#include "core/sheet/xlsxsheetwriter.h"

#include "core/model/money.h"
#include "core/sheet/editingsheet.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace pinstripe {

namespace {

/** Widest a column gets, in characters: a long name wraps out of view rather than pushing the rest away. */
constexpr int kMaxColumnWidth = 60;

lxw_datetime excelTime(const QDateTime &time)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    return lxw_datetime{date.year(), date.month(), date.day(), clock.hour(), clock.minute(), static_cast<double>(clock.second())};
}

QString lxwMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

QString XlsxSheetWriter::moneyFormat(const QString &currencyCode, int minorUnits)
{
    QString format = QStringLiteral("#,##0");
    if (minorUnits > 0)
        format += QLatin1Char('.') + QString(minorUnits, QLatin1Char('0'));
    // [$USD] is a currency literal both Excel and LibreOffice show as "USD".
    return format + QStringLiteral(" [$") + currencyCode + QLatin1Char(']');
}

bool XlsxSheetWriter::write(const EditingSheet &sheet, const QString &path, QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    // libxlsxwriter writes the file by name: into a temporary file beside the target, renamed
    // over it at the end, so a failed export never leaves half a workbook in its place.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.xlsx").arg(target.completeBaseName())));
    if (!temporary.open())
        return fail(temporary.errorString());
    temporary.close();

    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary.fileName()).constData());
    if (!workbook)
        return fail(tr("The workbook could not be created."));
    const QByteArray sheetName = tr("Ad groups").left(31).toUtf8();
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheetName.constData());

    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    lxw_format *moneyFormat = workbook_add_format(workbook);
    const SheetValueContext &context = sheet.context();
    const QByteArray moneyPattern = XlsxSheetWriter::moneyFormat(context.currency.code(), context.currency.minorUnits()).toUtf8();
    format_set_num_format(moneyFormat, moneyPattern.constData());
    lxw_format *timeFormat = workbook_add_format(workbook);
    format_set_num_format(timeFormat, "yyyy-mm-dd hh:mm");
    lxw_format *textFormat = workbook_add_format(workbook);
    // "@": the column holds text, so a value typed into it later stays text too (ids keep their digits).
    format_set_num_format(textFormat, "@");

    const QList<SheetField> fields = sheet.fields();
    const QStringList header = sheet.header();
    QList<int> widths;
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const QByteArray text = header.at(column).toUtf8();
        worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(column), text.constData(), headerFormat);
        widths << static_cast<int>(header.at(column).size());
    }
    for (int row = 0; row < sheet.rowCount(); ++row) {
        const auto excelRow = static_cast<lxw_row_t>(row + 1);
        for (qsizetype column = 0; column < fields.size(); ++column) {
            const SheetField field = fields.at(column);
            const auto excelColumn = static_cast<lxw_col_t>(column);
            const QJsonValue value = sheet.value(row, field);
            if (value.isNull() || value.isUndefined())
                continue;
            const QString text = sheet.text(row, field);
            int width = static_cast<int>(text.size());
            if (SheetFields::isMoney(field)) {
                // Micros stay integers up to here: the decimal text is made by integer division
                // (Money::toDecimalString) and becomes a double only because a spreadsheet cell
                // stores numbers as doubles; every amount with at most 6 decimals and under
                // 2^53 micros survives that exactly, and nothing is computed with it afterwards.
                const QString decimal = Money(value.toInteger(), context.currency).toDecimalString();
                worksheet_write_number(worksheet, excelRow, excelColumn, decimal.toDouble(), moneyFormat);
                width += 5;
            } else if (SheetFields::isTime(field)) {
                lxw_datetime time = excelTime(SheetValueCodec::localTime(value.toInteger(), context));
                worksheet_write_datetime(worksheet, excelRow, excelColumn, &time, timeFormat);
            } else if (field == SheetField::FrequencyCap) {
                worksheet_write_number(worksheet, excelRow, excelColumn, static_cast<double>(value.toInteger()), nullptr);
            } else {
                const QByteArray utf8 = text.toUtf8();
                worksheet_write_string(worksheet, excelRow, excelColumn, utf8.constData(), textFormat);
            }
            widths[column] = std::max(widths.at(column), width);
        }
    }
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const double width = std::min(widths.at(column) + 2, kMaxColumnWidth);
        worksheet_set_column(worksheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column), width, nullptr);
    }
    worksheet_freeze_panes(worksheet, 1, 0);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return fail(tr("The workbook could not be written: %1").arg(lxwMessage(closed)));
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(path)));
    if (!temporary.rename(path))
        return fail(temporary.errorString());
    temporary.setAutoRemove(false);
    return true;
}

} // namespace pinstripe
