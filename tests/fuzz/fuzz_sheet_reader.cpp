// libFuzzer target: the CSV/TSV importer (SheetReader) on whatever bytes a spreadsheet program
// might write: any encoding guess, delimiter, quoting and line ends; then the invariants the
// import plan relies on (one line number per row, no blank rows, a known encoding).

#include "core/store/sheetreader.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace pinstripe;

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
    return 0;
}
