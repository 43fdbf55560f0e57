// CsvWriter, the one CSV writer of every export: RFC 4180 quoting, doubled quotes, CRLF record
// ends, UTF-8 with or without a byte order mark, IDs written digit for digit, atomic save.
#include "core/store/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesOnlyWhenNeeded_data();
    void escapesOnlyWhenNeeded();
    void headerThenRecordsEndWithCrlf();
    void idsStayText();
    void byteOrderMarkOnlyWhenAsked();
    void savesAtomically();
};

void TestCsvWriter::escapesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Spring sale") << QStringLiteral("Spring sale");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("crlf") << QStringLiteral("two\r\nlines") << QStringLiteral("\"two\r\nlines\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space kept") << QStringLiteral(" x ") << QStringLiteral(" x ");
    QTest::newRow("semicolon is no separator") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("unicode") << QStringLiteral("Café – 5 €") << QStringLiteral("Café – 5 €");
}

void TestCsvWriter::escapesOnlyWhenNeeded()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapeField(field), expected);
}

void TestCsvWriter::headerThenRecordsEndWithCrlf()
{
    CsvWriter csv;
    csv.writeHeader({QStringLiteral("Name"), QStringLiteral("Budget")});
    csv.writeRecord({QStringLiteral("A, B"), QStringLiteral("12.50")});
    csv.writeRecord({QStringLiteral("C"), QString()});
    csv.writeRecord({QStringLiteral("say \"hi\"\nbye"), QStringLiteral("1")});
    QCOMPARE(csv.recordCount(), 4);
    QCOMPARE(csv.data(), QByteArray("Name,Budget\r\n\"A, B\",12.50\r\nC,\r\n\"say \"\"hi\"\"\nbye\",1\r\n"));
    QCOMPARE(CsvWriter::record({QStringLiteral("x"), QStringLiteral("y,z")}), QStringLiteral("x,\"y,z\""));
}

void TestCsvWriter::idsStayText()
{
    // IDs go out as given: leading zeros, 19 digits (beyond a double's 15-16), no exponent.
    CsvWriter csv;
    csv.writeRecord({QStringLiteral("000549755885175"), QStringLiteral("9007199254740993123"), QStringLiteral("1e5")});
    QCOMPARE(csv.data(), QByteArray("000549755885175,9007199254740993123,1e5\r\n"));
}

void TestCsvWriter::byteOrderMarkOnlyWhenAsked()
{
    CsvWriter plain;
    plain.writeHeader({QStringLiteral("Währung")});
    QCOMPARE(plain.data(), QStringLiteral("Währung\r\n").toUtf8());

    CsvWriter spreadsheet(CsvWriter::ByteOrderMark::With);
    QCOMPARE(spreadsheet.data(), CsvWriter::byteOrderMark()); // even an empty file says it is UTF-8
    spreadsheet.writeHeader({QStringLiteral("Währung")});
    QCOMPARE(spreadsheet.data(), QByteArray("\xEF\xBB\xBF") + QStringLiteral("Währung\r\n").toUtf8());
}

void TestCsvWriter::savesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    CsvWriter csv(CsvWriter::ByteOrderMark::With);
    csv.writeHeader({QStringLiteral("ID"), QStringLiteral("Name")});
    csv.writeRecord({QStringLiteral("42"), QStringLiteral("a,b")});
    QString error;
    QVERIFY2(csv.save(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csv.data());
    file.close();
    // A folder that does not exist: an error, nothing written.
    QVERIFY(!csv.save(dir.filePath(QStringLiteral("missing/dir/out.csv")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/dir/out.csv"))));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
