// libFuzzer target: the CSV/TSV importer (SheetReader) on whatever bytes a spreadsheet program
// might write: any encoding guess, delimiter, quoting and line ends; then the invariants the
// import plan relies on (one line number per row, no blank rows, a known encoding). Every cell
// is then read as the import reads it (SheetValueCodec, a field per column, two currencies and
// locales), and what it writes back for a value must read back as the same value.

#include "core/sheet/sheetfield.h"
#include "core/sheet/sheetvaluecodec.h"
#include "core/store/sheetreader.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QTimeZone>

using namespace pinstripe;

namespace {

void readCells(const Sheet &sheet)
{
    static const QList<SheetField> fields = SheetFields::all();
    static const SheetValueContext contexts[] = {
        {Currency::usd(), QLocale(QLocale::English, QLocale::UnitedStates), QTimeZone::utc()},
        {Currency::jpy(), QLocale(QLocale::German, QLocale::Germany), QTimeZone("Europe/Berlin")},
    };
    for (const QString &title : sheet.header)
        (void)SheetFields::fromHeader(title);
    for (const QStringList &row : sheet.rows.mid(0, 16)) {
        for (qsizetype column = 0; column < row.size() && column < 32; ++column) {
            const SheetField field = fields.at(column % fields.size());
            for (const SheetValueContext &context : contexts) {
                const std::optional<QJsonValue> value = SheetValueCodec::parse(field, row.at(column), context);
                if (!value)
                    continue;
                (void)SheetValueCodec::display(field, *value, context);
                const QString written = SheetValueCodec::sheetText(field, *value, context);
                QString error;
                const std::optional<QJsonValue> again = SheetValueCodec::parse(field, written, context, &error);
                if (!again || *again != *value) {
                    std::fprintf(stderr, "field %d, cell '%s' -> %s -> '%s' -> %s\n", int(field),
                                 qPrintable(row.at(column)), qPrintable(value->toVariant().toString()),
                                 qPrintable(written), again ? qPrintable(again->toVariant().toString()) : qPrintable(error));
                    fuzz::fail("sheetText() of a value does not read back as the same value", __FILE__, __LINE__);
                }
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const SheetReader::Result result = SheetReader::read(bytes);
    if (!result.ok()) {
        FUZZ_CHECK(result.errorLine >= 0);
        return 0;
    }
    const Sheet &sheet = result.sheet;
    FUZZ_CHECK(sheet.rows.size() == sheet.rowLines.size());
    // Excel's "sep=" line may name any character; without one it is found among the three.
    FUZZ_CHECK(!sheet.delimiter.isNull());
    if (!SheetReader::decode(bytes).startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        FUZZ_CHECK(sheet.delimiter == QLatin1Char(',') || sheet.delimiter == QLatin1Char(';')
                   || sheet.delimiter == QLatin1Char('\t'));
    static const QStringList encodings = {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"),
                                          QStringLiteral("UTF-16BE"), QStringLiteral("ISO-8859-1")};
    FUZZ_CHECK(encodings.contains(sheet.encoding));
    for (qsizetype i = 1; i < sheet.rowLines.size(); ++i)
        FUZZ_CHECK(sheet.rowLines.at(i) > sheet.rowLines.at(i - 1));
    for (const QStringList &row : sheet.rows)
        FUZZ_CHECK(!row.isEmpty() && !(row.size() == 1 && row.constFirst().isEmpty()));
    (void)SheetReader::detectDelimiter(sheet.header.join(sheet.delimiter));
    readCells(sheet);
    return 0;
}
