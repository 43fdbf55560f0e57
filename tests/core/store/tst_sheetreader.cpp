// Sheets as spreadsheets save them: encodings, separators, quoting and line ends, each read back
// to exactly the cells that were written.
#include "core/store/sheetreader.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;

class TestSheetReader : public QObject
{
    Q_OBJECT

private slots:
    void utf8WithByteOrderMarkAndCommas();
    void semicolonsAndDecimalCommasStayText();
    void excelUnicodeTextIsUtf16WithTabs();
    void utf16WithoutByteOrderMark();
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks();
    void lineEndsOfEveryKind();
    void excelSeparatorHint();
    void legacyBytesAreLatin1();
    void problemsSayWhereTheyAre();
    void readsFiles();
};

namespace {

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(text);
}

} // namespace

void TestSheetReader::utf8WithByteOrderMarkAndCommas()
{
    const SheetReader::Result r = SheetReader::read("\xEF\xBB\xBF" "Ad group ID,Name,Budget\r\n"
                                                    "2680060704140,Caf\xC3\xA9 \xE2\x80\x93 Search,12.50\r\n");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sheet.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.sheet.delimiter, QLatin1Char(','));
    QCOMPARE(r.sheet.header, (QStringList{QStringLiteral("Ad group ID"), QStringLiteral("Name"), QStringLiteral("Budget")}));
    QCOMPARE(r.sheet.rows.size(), 1);
    QCOMPARE(r.sheet.rows.at(0), (QStringList{QStringLiteral("2680060704140"), QStringLiteral("Café – Search"), QStringLiteral("12.50")}));
    QCOMPARE(r.sheet.rowLines, QList<int>{2});
}

void TestSheetReader::semicolonsAndDecimalCommasStayText()
{
    // As LibreOffice and Excel save CSV in a German locale.
    const SheetReader::Result r = SheetReader::read("Anzeigengruppen-ID;Name;Budget\n"
                                                    "2680060704140;Terrasse, Sommer;1.234,50\n"
                                                    "2680060704141;\"Balkon; klein\";7,5\n");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sheet.delimiter, QLatin1Char(';'));
    QCOMPARE(r.sheet.rows.size(), 2);
    QCOMPARE(r.sheet.rows.at(0), (QStringList{QStringLiteral("2680060704140"), QStringLiteral("Terrasse, Sommer"), QStringLiteral("1.234,50")}));
    QCOMPARE(r.sheet.rows.at(1).at(1), QStringLiteral("Balkon; klein"));
    QCOMPARE(r.sheet.rows.at(1).at(2), QStringLiteral("7,5"));
}

void TestSheetReader::excelUnicodeTextIsUtf16WithTabs()
{
    const QString text = QStringLiteral("Ad group ID\tName\tStatus\r\n2680060704140\tŻółw, 25–34\tPAUSED\r\n");
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        const SheetReader::Result r = SheetReader::read(utf16(text, encoding, true));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sheet.encoding, encoding == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        QCOMPARE(r.sheet.delimiter, QLatin1Char('\t'));
        QCOMPARE(r.sheet.header.size(), 3);
        QCOMPARE(r.sheet.rows.at(0), (QStringList{QStringLiteral("2680060704140"), QStringLiteral("Żółw, 25–34"), QStringLiteral("PAUSED")}));
    }
}

void TestSheetReader::utf16WithoutByteOrderMark()
{
    const SheetReader::Result r = SheetReader::read(utf16(QStringLiteral("ID\tBid\n1\t0.45\n"), QStringConverter::Utf16LE, false));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sheet.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(r.sheet.rows.at(0), (QStringList{QStringLiteral("1"), QStringLiteral("0.45")}));
}

void TestSheetReader::quotedFieldsKeepSeparatorsQuotesAndLineBreaks()
{
    const SheetReader::Result r = SheetReader::read("Name,Note,Empty\n"
                                                    "\"Say \"\"hi\"\", then, go\",\"two\r\nlines\",\"\"\n"
                                                    "plain,\"three\nmore\nlines\",\n"
                                                    "last,x,y\n");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sheet.rows.size(), 3);
    QCOMPARE(r.sheet.rows.at(0), (QStringList{QStringLiteral("Say \"hi\", then, go"), QStringLiteral("two\r\nlines"), QString()}));
    QCOMPARE(r.sheet.rows.at(1), (QStringList{QStringLiteral("plain"), QStringLiteral("three\nmore\nlines"), QString()}));
    // Lines of the file, not records: the line breaks inside quotes count.
    QCOMPARE(r.sheet.rowLines, (QList<int>{2, 4, 7}));
}

void TestSheetReader::lineEndsOfEveryKind()
{
    for (const QByteArray &end : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
        const QByteArray bytes = "A,B" + end + "1,2" + end + end + "3,4"; // a blank line, no final line end
        const SheetReader::Result r = SheetReader::read(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sheet.rows, (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}));
    }
}

void TestSheetReader::excelSeparatorHint()
{
    const SheetReader::Result r = SheetReader::read("sep=;\r\nName;Budget\r\nA, B;3,5\r\n");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sheet.delimiter, QLatin1Char(';'));
    QCOMPARE(r.sheet.header, (QStringList{QStringLiteral("Name"), QStringLiteral("Budget")}));
    QCOMPARE(r.sheet.rows.at(0), (QStringList{QStringLiteral("A, B"), QStringLiteral("3,5")}));
    QCOMPARE(r.sheet.rowLines, QList<int>{3});
}

void TestSheetReader::legacyBytesAreLatin1()
{
    const SheetReader::Result r = SheetReader::read("Name;Budget\nCaf\xE9 Cr\xE8me;12\n");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sheet.encoding, QStringLiteral("ISO-8859-1"));
    QCOMPARE(r.sheet.rows.at(0).at(0), QStringLiteral("Café Crème"));
}

void TestSheetReader::problemsSayWhereTheyAre()
{
    const SheetReader::Result open = SheetReader::read("Name,Budget\nok,1\n\"never closed,2\nmore,3\n");
    QVERIFY(!open.ok());
    QCOMPARE(open.errorLine, 3);
    QVERIFY2(open.error.contains(QLatin1String("never closed")), qPrintable(open.error));

    const SheetReader::Result after = SheetReader::read("Name,Budget\n\"quoted\"tail,1\n");
    QVERIFY(!after.ok());
    QCOMPARE(after.errorLine, 2);

    const SheetReader::Result empty = SheetReader::read("\n\r\n");
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error.contains(QLatin1String("header")), qPrintable(empty.error));
    QVERIFY(!SheetReader::read(QByteArray()).ok());
}

void TestSheetReader::readsFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.tsv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(utf16(QStringLiteral("ID\tName\n7\tÄpfel\n"), QStringConverter::Utf16LE, true));
    file.close();
    const SheetReader::Result r = SheetReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.sheet.rows.at(0).at(1), QStringLiteral("Äpfel"));
    const SheetReader::Result missing = SheetReader::readFile(dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(QLatin1String("nope.csv")), qPrintable(missing.error));
}

QTEST_GUILESS_MAIN(TestSheetReader)
#include "tst_sheetreader.moc"
