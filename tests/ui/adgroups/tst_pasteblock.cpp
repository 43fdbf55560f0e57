// PasteBlock: TSV as spreadsheets put it on the clipboard, and where a pasted block's cells go
// in the table as shown (hidden columns skipped, a header row skipped and lined up, one value
// over a selection, read-only columns and the table's end in words).
#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/pasteblock.h"

#include <QTest>

using namespace pinstripe;
using M = AdGroupTableModel;

namespace {

/** Six rows "a".."f"; shown columns Name, Status, Campaign (read only), Budget. */
PasteBlock::Target target(int row, int column)
{
    PasteBlock::Target t;
    t.rowIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e"),
                QStringLiteral("f")};
    t.columns = {M::Name, M::Status, M::Campaign, M::Budget};
    for (int column : std::as_const(t.columns))
        t.columnTitles << M::columnTitle(column);
    t.row = row;
    t.column = column;
    t.selectedRows = {row};
    t.shownText = [](int, int column) { return column == 2 ? QStringLiteral("Spring") : QString(); };
    return t;
}

QStringList describe(const QList<CellEdit> &edits)
{
    QStringList out;
    for (const CellEdit &edit : edits)
        out << edit.adGroupId + QLatin1Char(':') + SheetFields::englishHeader(edit.field) + QLatin1Char('=') + edit.text;
    return out;
}

} // namespace

class TestPasteBlock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void splitsSpreadsheetTsv();
    void blockGoesDownAndRight();
    void headerRowIsSkippedAndLinesUp();
    void oneValueFillsTheSelection();
    void readOnlyAndPastTheEndInWords();
};

void TestPasteBlock::splitsSpreadsheetTsv()
{
    // CRLF lines, a trailing line break, an empty field, and Excel's quoting of a field with a
    // tab, a line break and quotes.
    const QList<QStringList> rows = PasteBlock::splitTsv(
        QStringLiteral("Name\tBudget\r\n\"Spring \"\"sale\"\"\tA\nB\"\t12.50\r\n\t\r\nplain \"quote\"\t3\n"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Name"), QStringLiteral("Budget")}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("Spring \"sale\"\tA\nB"), QStringLiteral("12.50")}));
    QCOMPARE(rows.at(2), (QStringList{QString(), QString()}));
    QCOMPARE(rows.at(3), (QStringList{QStringLiteral("plain \"quote\""), QStringLiteral("3")}));
    QCOMPARE(PasteBlock::splitTsv(QStringLiteral("25")), (QList<QStringList>{{QStringLiteral("25")}}));
    QVERIFY(PasteBlock::splitTsv(QString()).isEmpty());
}

void TestPasteBlock::blockGoesDownAndRight()
{
    // From Status of row "b": Status, then Campaign (read only: the shown text is no edit), then Budget.
    const PasteBlock::Mapping m = PasteBlock::map({{QStringLiteral("Paused"), QStringLiteral("Spring"), QStringLiteral("10")},
                                                   {QStringLiteral("Active"), QStringLiteral(""), QStringLiteral("20")}},
                                                  target(1, 1));
    QVERIFY(!m.headerSkipped);
    QCOMPARE(m.rows, 2);
    QCOMPARE(describe(m.edits), (QStringList{QStringLiteral("b:Status=Paused"), QStringLiteral("b:Budget=10"),
                                             QStringLiteral("c:Status=Active"), QStringLiteral("c:Budget=20")}));
    QCOMPARE(m.pastedRowOf.value(QStringLiteral("c")), 2);
    // The empty Campaign cell of row 2 differs from what is shown: said in words, the rest applied.
    QCOMPARE(m.notes, QStringList{QStringLiteral("Campaign cannot be edited in the table; those pasted values were left out.")});
}

void TestPasteBlock::headerRowIsSkippedAndLinesUp()
{
    // A copy of Status and Budget with its header, pasted with the cursor on Name: it lines up
    // with the Status column its header names.
    const PasteBlock::Mapping m = PasteBlock::map({{QStringLiteral("Status"), QStringLiteral("Campaign"), QStringLiteral("Budget")},
                                                   {QStringLiteral("Paused"), QStringLiteral("Spring"), QStringLiteral("$10.00")}},
                                                  target(4, 0));
    QVERIFY(m.headerSkipped);
    QCOMPARE(describe(m.edits), (QStringList{QStringLiteral("e:Status=Paused"), QStringLiteral("e:Budget=$10.00")}));
    QVERIFY(m.notes.isEmpty());
    // A single row that looks like titles is a value, not a header ("Budget" may be a name).
    const PasteBlock::Mapping lone = PasteBlock::map({{QStringLiteral("Budget")}}, target(0, 0));
    QVERIFY(!lone.headerSkipped);
    QCOMPARE(describe(lone.edits), QStringList{QStringLiteral("a:Name=Budget")});
}

void TestPasteBlock::oneValueFillsTheSelection()
{
    PasteBlock::Target t = target(1, 3);
    t.selectedRows = {4, 1, 2};
    const PasteBlock::Mapping m = PasteBlock::map({{QStringLiteral("25")}}, t);
    QCOMPARE(describe(m.edits), (QStringList{QStringLiteral("b:Budget=25"), QStringLiteral("c:Budget=25"), QStringLiteral("e:Budget=25")}));
    // Two values are a block, not a fill: they go down from the first selected row.
    const PasteBlock::Mapping block = PasteBlock::map({{QStringLiteral("25")}, {QStringLiteral("30")}}, t);
    QCOMPARE(describe(block.edits), (QStringList{QStringLiteral("b:Budget=25"), QStringLiteral("c:Budget=30")}));
}

void TestPasteBlock::readOnlyAndPastTheEndInWords()
{
    const PasteBlock::Mapping m = PasteBlock::map({{QStringLiteral("1"), QStringLiteral("2")},
                                                   {QStringLiteral("3"), QStringLiteral("4")},
                                                   {QStringLiteral("5"), QStringLiteral("6")}},
                                                  target(4, 3));
    QCOMPARE(describe(m.edits), (QStringList{QStringLiteral("e:Budget=1"), QStringLiteral("f:Budget=3")}));
    QCOMPARE(m.notes, (QStringList{QStringLiteral("1 pasted row(s) went past the last ad group shown and were left out."),
                                   QStringLiteral("Pasted columns past the last column shown were left out.")}));
}

QTEST_GUILESS_MAIN(TestPasteBlock)
#include "tst_pasteblock.moc"
