// CSV per RFC 4180: quoting, doubled quotes, CRLF record ends, UTF-8.
#include "core/store/csvexporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;

class TestCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void escapesOnlyWhenNeeded_data();
    void escapesOnlyWhenNeeded();
    void recordsEndWithCrlf();
    void writesUtf8File();
};

void TestCsvExporter::escapesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Spring sale") << QStringLiteral("Spring sale");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space kept") << QStringLiteral(" x ") << QStringLiteral(" x ");
}

void TestCsvExporter::escapesOnlyWhenNeeded()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::escapeField(field), expected);
}

void TestCsvExporter::recordsEndWithCrlf()
{
    const QByteArray csv = CsvExporter::toCsv({QStringLiteral("Name"), QStringLiteral("Budget")},
                                              {{QStringLiteral("A, B"), QStringLiteral("12.50")},
                                               {QStringLiteral("C"), QString()}});
    QCOMPARE(csv, QByteArray("Name,Budget\r\n\"A, B\",12.50\r\nC,\r\n"));
}

void TestCsvExporter::writesUtf8File()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(CsvExporter::writeFile(path, {QStringLiteral("Name")}, {{QStringLiteral("Café ¥")}}, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Spreadsheets get a byte order mark, so Excel reads UTF-8 rather than its legacy code page.
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF") + QStringLiteral("Name\r\nCafé ¥\r\n").toUtf8());
    file.close();
    // Tools get plain UTF-8.
    QVERIFY2(CsvExporter::writeFile(path, {QStringLiteral("Name")}, {{QString::fromUtf8("2\u20133 \u20ac")}}, &error,
                                    CsvExporter::Flavor::Tools),
             qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QString::fromUtf8("Name\r\n2\u20133 \u20ac\r\n").toUtf8());
    QVERIFY(!CsvExporter::writeFile(dir.filePath(QStringLiteral("missing/dir/out.csv")), {}, {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
