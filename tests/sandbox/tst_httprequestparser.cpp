// HttpRequestParser on bytes, without sockets: the same requests however the bytes arrive,
// pipelining, 100-continue, and a refusal that sticks.
#include "sandbox/httprequestparser.h"

#include <QTest>

using namespace pinstripe::sandbox;

namespace {

const QByteArray twoRequests = "GET /v5/ad_accounts?page_size=2 HTTP/1.1\r\nHost: x\r\n\r\n"
                               "POST /v5/oauth/token HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "4;ext\r\nab=c\r\n0\r\nX-Trailer: 1\r\n\r\n";

QList<HttpRequest> parseAll(const QByteArray &bytes, qsizetype piece, int *refusal)
{
    QList<HttpRequest> out;
    HttpRequestParser parser;
    *refusal = 0;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        parser.append(bytes.mid(at, piece));
        HttpRequest request;
        HttpRequestParser::Result result;
        while ((result = parser.next(request)) == HttpRequestParser::Result::Request)
            out << request;
        if (result == HttpRequestParser::Result::Refused) {
            *refusal = parser.refusalStatus();
            break;
        }
    }
    return out;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void pipelinedRequestsWholeOrTrickled_data();
    void pipelinedRequestsWholeOrTrickled();
    void continueIsDueOnceAfterTheHead();
    void refusalSticks();
};

void TestHttpRequestParser::pipelinedRequestsWholeOrTrickled_data()
{
    QTest::addColumn<int>("piece");
    QTest::newRow("at once") << int(twoRequests.size());
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("seven bytes") << 7;
}

void TestHttpRequestParser::pipelinedRequestsWholeOrTrickled()
{
    QFETCH(int, piece);
    int refusal = -1;
    const QList<HttpRequest> requests = parseAll(twoRequests, piece, &refusal);
    QCOMPARE(refusal, 0);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/v5/ad_accounts"));
    QCOMPARE(requests.at(0).rawQuery, QByteArray("page_size=2"));
    QCOMPARE(requests.at(0).header("host"), QByteArray("x"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/v5/oauth/token"));
    QCOMPARE(requests.at(1).body, QByteArray("ab=c"));
}

void TestHttpRequestParser::continueIsDueOnceAfterTheHead()
{
    HttpRequestParser parser;
    parser.append("POST /v5/x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
    HttpRequest request;
    QCOMPARE(parser.next(request), HttpRequestParser::Result::NeedMore);
    QVERIFY(parser.takeContinueDue());
    QVERIFY(!parser.takeContinueDue());
    parser.append("ab");
    QCOMPARE(parser.next(request), HttpRequestParser::Result::NeedMore);
    QVERIFY(!parser.takeContinueDue());
    parser.append("cd");
    QCOMPARE(parser.next(request), HttpRequestParser::Result::Request);
    QCOMPARE(request.body, QByteArray("abcd"));
    QVERIFY(!parser.hasBufferedBytes());
}

void TestHttpRequestParser::refusalSticks()
{
    HttpRequestParser parser;
    parser.append("GET /a HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nGET /b HTTP/1.1\r\n\r\n");
    HttpRequest request;
    QCOMPARE(parser.next(request), HttpRequestParser::Result::Refused);
    QCOMPARE(parser.refusalStatus(), 400);
    QVERIFY(parser.refusalMessage().contains(QLatin1String("framing")));
    QVERIFY(!parser.hasBufferedBytes());
    parser.append("GET /c HTTP/1.1\r\n\r\n");
    QCOMPARE(parser.next(request), HttpRequestParser::Result::Refused);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
