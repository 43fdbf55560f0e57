// itemSpans: where each item of a page's "items" array lies in the page's text, so the cache can
// keep the server's own text of each ad group. Whatever the layout, a span must read back as
// exactly the item the JSON parser saw; where that cannot be told, none.
#include "core/api/itemspans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pinstripe;

class TestItemSpans : public QObject
{
    Q_OBJECT

private slots:
    void eachSpanIsTheItemTheParserSaw_data();
    void eachSpanIsTheItemTheParserSaw();
    void noSpansWithoutATopLevelItemsArray_data();
    void noSpansWithoutATopLevelItemsArray();

private:
    static QStringList texts(const QByteArray &body, const QList<ItemSpan> &spans)
    {
        QStringList result;
        for (const ItemSpan &span : spans)
            result << QString::fromUtf8(body.mid(span.offset, span.length));
        return result;
    }
};

void TestItemSpans::eachSpanIsTheItemTheParserSaw_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("compact")
        << QByteArray(R"({"items":[{"id":"1"},{"id":"2","n":[1,2]}],"bookmark":null})")
        << QStringList{QStringLiteral(R"({"id":"1"})"), QStringLiteral(R"({"id":"2","n":[1,2]})")};
    QTest::newRow("bookmark first, spaces and new lines")
        << QByteArray("{ \"bookmark\" : \"b\\\"x\" ,\n  \"items\" : [\n    { \"id\" : \"1\" } ,\n    {}\n  ]\n}\n")
        << QStringList{QStringLiteral("{ \"id\" : \"1\" }"), QStringLiteral("{}")};
    QTest::newRow("brackets, quotes and backslashes inside strings")
        << QByteArray(R"({"items":[{"name":"a]}\"{[\\","x":"\\"},{"name":"\u00e9\"]"}]})")
        << QStringList{QStringLiteral(R"({"name":"a]}\"{[\\","x":"\\"})"), QStringLiteral(R"({"name":"\u00e9\"]"})")};
    QTest::newRow("an items key deeper down, and as a value, is not the page's")
        << QByteArray(R"({"meta":{"items":[9,9,9]},"note":"\"items\":[","items":[{"items":[1]},[1,[2]],"s",3,true,null,-1.5e3]})")
        << QStringList{QStringLiteral(R"({"items":[1]})"), QStringLiteral("[1,[2]]"), QStringLiteral("\"s\""),
                       QStringLiteral("3"), QStringLiteral("true"), QStringLiteral("null"), QStringLiteral("-1.5e3")};
    QTest::newRow("empty array") << QByteArray(R"({"items":[ ],"bookmark":null})") << QStringList{};
}

void TestItemSpans::eachSpanIsTheItemTheParserSaw()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const QList<ItemSpan> spans = itemSpans(body);
    QCOMPARE(texts(body, spans), expected);

    // And each reads back as the parser's own item.
    const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray();
    QCOMPARE(spans.size(), items.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const QByteArray wrapped = "[" + body.mid(spans.at(i).offset, spans.at(i).length) + "]";
        QJsonParseError error;
        const QJsonDocument read = QJsonDocument::fromJson(wrapped, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(read.array().at(0), items.at(i));
    }
}

void TestItemSpans::noSpansWithoutATopLevelItemsArray_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no items") << QByteArray(R"({"bookmark":null,"meta":{"items":[{"id":"1"}]}})");
    QTest::newRow("items not an array") << QByteArray(R"({"items":{"id":"1"}})");
    QTest::newRow("an array, not an object") << QByteArray(R"([{"items":[{"id":"1"}]}])");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut short") << QByteArray(R"({"items":[{"id":"1"},{"id":)");
}

void TestItemSpans::noSpansWithoutATopLevelItemsArray()
{
    QFETCH(QByteArray, body);
    QVERIFY(itemSpans(body).isEmpty());
}

QTEST_GUILESS_MAIN(TestItemSpans)
#include "tst_itemspans.moc"
