// The sandbox's HTTP/1.1 parser, byte by byte over a real loopback socket: size limits and
// their 413/414/431 answers, Content-Length and chunked framing, Expect: 100-continue,
// connection handling, the Authorization scheme and what a wrongly shaped JSON body is told.
#include "sandbox/httpconnection.h"
#include "sandbox/sandboxthread.h"
#include "rawhttp.h"
#include "sandboxclient.h"

#include <QTest>

using namespace pinstripe::sandbox;
using namespace pinstripe::sandbox::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray bearer = "Authorization: Bearer pinstripe-demo-token\r\n";

/** Checks a refusal as a client sees it: status, its reason phrase, a Pinterest error body. */
void checkRefusal(const std::optional<RawResponse> &r, int status, const QByteArray &reason, const QString &mentions)
{
    QVERIFY2(r, "no answer before the connection closed");
    QCOMPARE(r->status, status);
    QCOMPARE(r->reason, reason);
    QCOMPARE(r->header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r->code(), status);
    QVERIFY2(r->message().contains(mentions), qPrintable(r->message()));
    QCOMPARE(r->header("Connection"), QByteArray("close"));
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bodyOverLimitNamesTheLimit();
    void bodyOverLimitFromARealClient();
    void requestLineTooLong_data();
    void requestLineTooLong();
    void headerTooLargeReadAtOnce();
    void headerTooLargeStillArriving();
    void tooManyHeaderFields();
    void badContentLength_data();
    void badContentLength();
    void chunkedBody();
    void chunkedBodyOverLimit();
    void chunkedFraming_data();
    void chunkedFraming();
    void expectContinue();
    void pipelinedRequestsAnsweredInOrder();
    void http10ClosesByDefault();
    void requestLineForms_data();
    void requestLineForms();
    void emptyLinesBeforeRequestAreSkipped();
    void bearerSchemeIsCaseInsensitive_data();
    void bearerSchemeIsCaseInsensitive();
    void basicSchemeIsCaseInsensitive();
    void wrongJsonShapeSaysWhatWasFound_data();
    void wrongJsonShapeSaysWhatWasFound();
    void nestedShapeSaysWhatWasFound();

private:
    std::optional<RawResponse> exchange(const QByteArray &bytes);
    QByteArray post(const QString &path, const QByteArray &body) const;

    std::unique_ptr<SandboxThread> m_sandbox;
    quint16 m_port = 0;
    QString m_account;
};

void TestSandboxHttp::initTestCase()
{
    m_sandbox = startSandboxThread();
    QVERIFY(m_sandbox);
    m_port = quint16(m_sandbox->baseUrl().port());
    const auto r = exchange("GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\n" + bearer + "\r\n");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    m_account = r->object()[s("items")].toArray().at(0)[s("id")].toString();
    QVERIFY(!m_account.isEmpty());
}

std::optional<RawResponse> TestSandboxHttp::exchange(const QByteArray &bytes)
{
    RawConnection c(m_port);
    if (!c.isConnected() || !c.write(bytes))
        return std::nullopt;
    return c.readFinal();
}

QByteArray TestSandboxHttp::post(const QString &path, const QByteArray &body) const
{
    return "POST /v5/ad_accounts/" + m_account.toLatin1() + path.toLatin1() + " HTTP/1.1\r\nHost: x\r\n" + bearer
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void TestSandboxHttp::bodyOverLimitNamesTheLimit()
{
    // Refused on the head alone: nothing of the 50 MB needs to arrive for the answer.
    const auto r = exchange("POST /v5/ad_accounts/" + m_account.toLatin1() + "/ad_groups HTTP/1.1\r\nHost: x\r\n"
                            + bearer + "Content-Length: 52428800\r\n\r\n[");
    checkRefusal(r, 413, "Payload Too Large", s("32 MiB (33554432 bytes)"));
    QVERIFY2(r->message().contains(s("52428800")), qPrintable(r->message()));
}

void TestSandboxHttp::bodyOverLimitFromARealClient()
{
    // A client that sends the whole body before it reads must still get the 413, not a reset.
    Client client(m_sandbox->baseUrl());
    const Reply r = client.post(s("/ad_accounts/") + m_account + s("/ad_groups"), QByteArray(50 * 1024 * 1024, ' '));
    QCOMPARE(r.status, 413);
    QVERIFY2(r.message().contains(s("32 MiB")), qPrintable(r.message()));
}

void TestSandboxHttp::requestLineTooLong_data()
{
    QTest::addColumn<int>("targetBytes");
    QTest::addColumn<bool>("complete");
    QTest::newRow("40 KB target, complete request") << 40 * 1024 << true;
    QTest::newRow("70 KB target, still arriving") << 70 * 1024 << false;
}

void TestSandboxHttp::requestLineTooLong()
{
    QFETCH(int, targetBytes);
    QFETCH(bool, complete);
    QByteArray bytes = "GET /v5/ad_accounts?x=" + QByteArray(targetBytes, 'a');
    if (complete)
        bytes += " HTTP/1.1\r\nHost: x\r\n" + bearer + "\r\n";
    checkRefusal(exchange(bytes), 414, "URI Too Long", s("32 KiB"));
}

void TestSandboxHttp::headerTooLargeReadAtOnce()
{
    // The head's end arrives with the bytes that cross the limit, so the size must be checked
    // on a complete head too. Two sends, each one loopback segment: the server never holds
    // more than the limit without the head's end.
    const QByteArray first = "GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\n" + bearer + "X-Filler: "
        + QByteArray(60 * 1024, 'f');
    RawConnection c(m_port);
    QVERIFY(c.write(first));
    QVERIFY(c.write(QByteArray(10 * 1024, 'f') + "\r\n\r\n"));
    checkRefusal(c.readFinal(), 431, "Request Header Fields Too Large", s("64 KiB"));
}

void TestSandboxHttp::headerTooLargeStillArriving()
{
    const QByteArray bytes = "GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(70 * 1024, 'f');
    checkRefusal(exchange(bytes), 431, "Request Header Fields Too Large", s("64 KiB"));
}

void TestSandboxHttp::tooManyHeaderFields()
{
    QByteArray bytes = "GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\n" + bearer;
    for (int i = 0; i < HttpConnection::maxHeaderFields; ++i)
        bytes += "X-Field-" + QByteArray::number(i) + ": 1\r\n";
    checkRefusal(exchange(bytes + "\r\n"), 431, "Request Header Fields Too Large", s("limit of 100"));

    // Exactly at the limit is still served.
    QByteArray atLimit = "GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\n" + bearer;
    for (int i = 0; i < HttpConnection::maxHeaderFields - 2; ++i)
        atLimit += "X-Field-" + QByteArray::number(i) + ": 1\r\n";
    const auto ok = exchange(atLimit + "\r\n");
    QVERIFY(ok);
    QCOMPARE(ok->status, 200);
}

void TestSandboxHttp::badContentLength_data()
{
    QTest::addColumn<QByteArray>("lengthHeaders");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("letters") << QByteArray("Content-Length: abc\r\n") << 400 << s("'abc'");
    QTest::newRow("sign") << QByteArray("Content-Length: +2\r\n") << 400 << s("'+2'");
    QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n") << 400 << s("'-1'");
    QTest::newRow("hex") << QByteArray("Content-Length: 0x2\r\n") << 400 << s("'0x2'");
    QTest::newRow("empty") << QByteArray("Content-Length: \r\n") << 400 << s("Content-Length");
    QTest::newRow("list") << QByteArray("Content-Length: 2, 2\r\n") << 400 << s("'2, 2'");
    QTest::newRow("conflicting") << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n") << 400 << s("'3'");
    QTest::newRow("huge number") << QByteArray("Content-Length: 99999999999999999999999999\r\n") << 413
                                 << s("33554432 bytes");
    QTest::newRow("with chunked") << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << 400
                                  << s("both Content-Length and Transfer-Encoding");
    QTest::newRow("unknown coding") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << 501 << s("gzip");
}

void TestSandboxHttp::badContentLength()
{
    QFETCH(QByteArray, lengthHeaders);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const QByteArray bytes = "POST /v5/ad_accounts/" + m_account.toLatin1() + "/bid_floor HTTP/1.1\r\nHost: x\r\n"
        + bearer + lengthHeaders + "\r\n{}";
    const QByteArray reason = status == 400 ? "Bad Request" : status == 413 ? "Payload Too Large" : "Not Implemented";
    checkRefusal(exchange(bytes), status, reason, mentions);
}

void TestSandboxHttp::chunkedBody()
{
    const QByteArray head = "POST /v5/ad_accounts/" + m_account.toLatin1() + "/bid_floor HTTP/1.1\r\nHost: x\r\n"
        + bearer + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray json = R"({"bid_floor_specs":[{"billable_event":"CLICKTHROUGH","currency":"USD"}]})";
    // Three chunks, one with an extension, and a trailer field; sent in pieces that split lines.
    const QByteArray body = QByteArray::number(10, 16) + "\r\n" + json.left(10) + "\r\n"
        + QByteArray::number(json.size() - 20, 16) + ";ext=1\r\n" + json.mid(10, json.size() - 20) + "\r\n"
        + "A\r\n" + json.right(10) + "\r\n0\r\nX-Trailer: yes\r\n\r\n";
    RawConnection c(m_port);
    QVERIFY(c.write(head + body.left(7)));
    QVERIFY(c.write(body.mid(7, 30)));
    QVERIFY(c.write(body.mid(37)));
    const auto r = c.readFinal();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY2(r->object()[s("bid_floors")].toArray().size() == 1, r->body.constData());

    // The connection stays usable: the next request on it is framed after the trailers.
    QVERIFY(c.write("GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\n" + bearer + "\r\n"));
    const auto next = c.readFinal();
    QVERIFY(next);
    QCOMPARE(next->status, 200);
}

void TestSandboxHttp::chunkedBodyOverLimit()
{
    const QByteArray head = "POST /v5/ad_accounts/" + m_account.toLatin1() + "/ad_groups HTTP/1.1\r\nHost: x\r\n"
        + bearer + "Transfer-Encoding: chunked\r\n\r\n";
    // One chunk of 1 MiB that fits, then one announced past the limit: refused before its data.
    const qsizetype first = 1024 * 1024;
    const QByteArray chunk = QByteArray::number(first, 16) + "\r\n" + QByteArray(first, ' ') + "\r\n";
    const QByteArray over = QByteArray::number(HttpConnection::maxBodyBytes - first + 1, 16) + "\r\n";
    checkRefusal(exchange(head + chunk + over), 413, "Payload Too Large", s("33554432 bytes"));
}

void TestSandboxHttp::chunkedFraming_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("size not hex") << QByteArray("zz\r\n{}\r\n0\r\n\r\n") << s("'zz'");
    QTest::newRow("empty size") << QByteArray("\r\n{}\r\n0\r\n\r\n") << s("chunk size");
    QTest::newRow("data overruns") << QByteArray("1\r\n{}\r\n0\r\n\r\n") << s("CRLF");
    QTest::newRow("endless size line") << QByteArray(2000, '1') << s("chunk-size line");
}

void TestSandboxHttp::chunkedFraming()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const QByteArray head = "POST /v5/ad_accounts/" + m_account.toLatin1() + "/bid_floor HTTP/1.1\r\nHost: x\r\n"
        + bearer + "Transfer-Encoding: chunked\r\n\r\n";
    checkRefusal(exchange(head + body), 400, "Bad Request", mentions);
}

void TestSandboxHttp::expectContinue()
{
    const QByteArray body = R"({"bid_floor_specs":[{"billable_event":"CLICKTHROUGH","currency":"USD"}]})";
    const QByteArray request = post(s("/bid_floor"), body);
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    RawConnection c(m_port);
    // The client holds the body back until the server says it wants it, as curl does for large bodies.
    QVERIFY(c.write(request.left(headEnd + 2) + "Expect: 100-continue\r\n\r\n"));
    const auto interim = c.read();
    QVERIFY2(interim, "no 100 Continue");
    QCOMPARE(interim->status, 100);
    QCOMPARE(interim->reason, QByteArray("Continue"));
    QVERIFY(c.write(body));
    const auto r = c.read();
    QVERIFY(r);
    QCOMPARE(r->status, 200);

    // A head the server refuses anyway is answered at once, without asking for the body.
    QByteArray big = "POST /v5/ad_accounts/" + m_account.toLatin1() + "/ad_groups HTTP/1.1\r\nHost: x\r\n" + bearer
        + "Expect: 100-continue\r\nContent-Length: 52428800\r\n\r\n";
    RawConnection refused(m_port);
    QVERIFY(refused.write(big));
    checkRefusal(refused.read(), 413, "Payload Too Large", s("32 MiB"));
}

void TestSandboxHttp::pipelinedRequestsAnsweredInOrder()
{
    const QByteArray body = R"({"bid_floor_specs":[{"billable_event":"CLICKTHROUGH","currency":"USD"}]})";
    RawConnection c(m_port);
    QVERIFY(c.write(post(s("/bid_floor"), body) + "GET /v5/ad_accounts/" + m_account.toLatin1()
                    + " HTTP/1.1\r\nHost: x\r\n" + bearer + "\r\n" + post(s("/bid_floor"), "[]")));
    const auto first = c.readFinal();
    const auto second = c.readFinal();
    const auto third = c.readFinal();
    QVERIFY(first && second && third);
    QCOMPARE(first->status, 200);
    QCOMPARE(second->status, 200);
    QCOMPARE(second->object()[s("id")].toString(), m_account);
    QCOMPARE(third->status, 400);
}

void TestSandboxHttp::http10ClosesByDefault()
{
    RawConnection c(m_port);
    QVERIFY(c.write("GET /v5/ad_accounts HTTP/1.0\r\n" + bearer + "\r\n"));
    const auto r = c.readFinal();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("Connection"), QByteArray("close"));
    QVERIFY(c.waitForClose());

    RawConnection kept(m_port);
    QVERIFY(kept.write("GET /v5/ad_accounts HTTP/1.0\r\nConnection: Keep-Alive\r\n" + bearer + "\r\n"));
    const auto first = kept.readFinal();
    QVERIFY(first);
    QCOMPARE(first->header("Connection"), QByteArray("keep-alive"));
    QVERIFY(kept.write("GET /v5/ad_accounts HTTP/1.1\r\nConnection: TE, close\r\n" + bearer + "\r\n"));
    const auto last = kept.readFinal();
    QVERIFY(last);
    QCOMPARE(last->status, 200);
    QCOMPARE(last->header("Connection"), QByteArray("close"));
}

void TestSandboxHttp::requestLineForms_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("absolute form") << QByteArray("GET http://127.0.0.1/v5/ad_accounts?page_size=1 HTTP/1.1") << 200
                                   << QString();
    QTest::newRow("absolute form, upper-case scheme") << QByteArray("GET HTTP://localhost:80/v5/ad_accounts HTTP/1.1")
                                                      << 200 << QString();
    QTest::newRow("absolute form without path") << QByteArray("GET http://127.0.0.1 HTTP/1.1") << 404 << s("at /");
    QTest::newRow("HTTP/2.0") << QByteArray("GET /v5/ad_accounts HTTP/2.0") << 505 << s("HTTP/2.0");
    QTest::newRow("not a version") << QByteArray("GET /v5/ad_accounts HTTP/1.1x") << 400 << s("HTTP/1.1x");
    QTest::newRow("no slash") << QByteArray("GET v5/ad_accounts HTTP/1.1") << 400 << s("Malformed request line");
    QTest::newRow("double space") << QByteArray("GET  /v5/ad_accounts HTTP/1.1") << 400 << s("Malformed request line");
}

void TestSandboxHttp::requestLineForms()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const auto r = exchange(requestLine + "\r\nHost: x\r\n" + bearer + "\r\n");
    if (status == 200) {
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(!r->object()[s("items")].toArray().isEmpty());
    } else if (status == 404) {
        QVERIFY(r);
        QCOMPARE(r->status, 404);
        QVERIFY2(r->message().contains(mentions), qPrintable(r->message()));
    } else {
        checkRefusal(r, status, status == 505 ? "HTTP Version Not Supported" : "Bad Request", mentions);
    }
}

void TestSandboxHttp::emptyLinesBeforeRequestAreSkipped()
{
    // Some clients end a body with an extra CRLF; it is not the start of a malformed request.
    RawConnection c(m_port);
    QVERIFY(c.write(post(s("/bid_floor"), "[]") + "\r\n\r\nGET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\n" + bearer
                    + "\r\n"));
    const auto first = c.readFinal();
    const auto second = c.readFinal();
    QVERIFY(first && second);
    QCOMPARE(first->status, 400);
    QCOMPARE(second->status, 200);
}

void TestSandboxHttp::bearerSchemeIsCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("lower case") << QByteArray("bearer pinstripe-demo-token");
    QTest::newRow("upper case") << QByteArray("BEARER pinstripe-demo-token");
    QTest::newRow("extra spaces") << QByteArray("Bearer   pinstripe-demo-token  ");
}

void TestSandboxHttp::bearerSchemeIsCaseInsensitive()
{
    QFETCH(QByteArray, authorization);
    const auto r = exchange("GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\nAuthorization: " + authorization + "\r\n\r\n");
    QVERIFY(r);
    QCOMPARE(r->status, 200);

    // The token itself is still compared exactly.
    const auto wrong = exchange("GET /v5/ad_accounts HTTP/1.1\r\nHost: x\r\n"
                                "Authorization: bearer PINSTRIPE-DEMO-TOKEN\r\n\r\n");
    QVERIFY(wrong);
    QCOMPARE(wrong->status, 401);
}

void TestSandboxHttp::basicSchemeIsCaseInsensitive()
{
    const QByteArray form = "grant_type=client_credentials&scope=ads:read";
    const QByteArray credentials = QByteArray("1484000:pinstripe-demo-secret").toBase64();
    const auto r = exchange("POST /v5/oauth/token HTTP/1.1\r\nHost: x\r\nAuthorization: basic " + credentials
                            + "\r\nContent-Type: Application/X-WWW-Form-Urlencoded\r\nContent-Length: "
                            + QByteArray::number(form.size()) + "\r\n\r\n" + form);
    QVERIFY(r);
    QVERIFY2(r->status == 200, r->body.constData());
    QVERIFY(!r->object()[s("access_token")].toString().isEmpty());
}

void TestSandboxHttp::wrongJsonShapeSaysWhatWasFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("object for array") << s("/ad_groups") << QByteArray(R"({"name":"x"})")
                                      << s("the body must be a JSON array of ad groups, but it is a JSON object");
    QTest::newRow("string for array") << s("/ad_groups") << QByteArray(R"("x")")
                                      << s("the body must be a JSON array of ad groups, but it is a string");
    QTest::newRow("broken array") << s("/ad_groups") << QByteArray("[{\"name\":")
                                  << s("the body must be a JSON array of ad groups, but it is not valid JSON (");
    QTest::newRow("empty for array") << s("/ad_groups") << QByteArray()
                                     << s("the body must be a JSON array of ad groups, but it is empty");
    QTest::newRow("array for object") << s("/bid_floor") << QByteArray("[]")
                                      << s("the body must be a JSON object, but it is a JSON array");
    QTest::newRow("number for object") << s("/ad_groups/audience_sizing") << QByteArray("12")
                                       << s("the body must be a JSON object, but it is a number");
}

void TestSandboxHttp::wrongJsonShapeSaysWhatWasFound()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto r = exchange(post(path, body));
    QVERIFY(r);
    QCOMPARE(r->status, 400);
    QCOMPARE(r->reason, QByteArray("Bad Request"));
    QVERIFY2(r->message().contains(message), qPrintable(r->message()));
    QVERIFY2(!r->message().contains(s("no error occurred")), qPrintable(r->message()));
}

void TestSandboxHttp::nestedShapeSaysWhatWasFound()
{
    const auto floors = exchange(post(s("/bid_floor"), R"({"bid_floor_specs":["CLICKTHROUGH"]})"));
    QVERIFY(floors);
    QCOMPARE(floors->status, 400);
    QVERIFY2(floors->message().contains(s("bid_floor_specs[0] must be an object, but it is a string")),
             qPrintable(floors->message()));

    // In a batch, the item's exception says it; the other items are still judged on their own.
    const auto batch = exchange(post(s("/ad_groups"), R"([[], {"targeting_spec": ["US"]}])"));
    QVERIFY(batch);
    QCOMPARE(batch->status, 200);
    const QJsonArray items = batch->object()[s("items")].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0)[s("exceptions")][0][s("message")].toString(),
             s("each ad group must be a JSON object, but this one is a JSON array"));
    QVERIFY(!items.at(1)[s("exceptions")][0][s("message")].toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
