// Table export: header and rows through CsvWriter into a file, with or without a byte order mark.
#include "core/store/csvexporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pinstripe;

class TestCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreQuotedByTheWriter();
    void writesUtf8File();
};

void TestCsvExporter::rowsAreQuotedByTheWriter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("table.csv"));
    QString error;
    QVERIFY2(CsvExporter::writeFile(path, {QStringLiteral("Name"), QStringLiteral("ID")},
                                    {{QStringLiteral("A, \"B\""), QStringLiteral("000549755885175")},
                                     {QStringLiteral("two\nlines"), QString()}},
                                    &error, CsvExporter::Flavor::Tools),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Name,ID\r\n\"A, \"\"B\"\"\",000549755885175\r\n\"two\nlines\",\r\n"));
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
