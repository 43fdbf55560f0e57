#include "core/logging.h"
#include "core/logredaction.h"

#include <QTest>

using namespace pinstripe;

namespace {
QStringList g_captured;
void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured << message;
}
} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT

private slots:
    void redacts_data();
    void redacts();
    void leavesOrdinaryTextAlone();
    void handlerRedactsEveryCategory();
};

void TestLogRedaction::redacts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");

    QTest::newRow("header") << "Authorization: Bearer pina_ABC123.def-456" << "pina_ABC123.def-456";
    QTest::newRow("header lower") << "authorization: bearer tok_987" << "tok_987";
    QTest::newRow("basic") << "Authorization: Basic dXNlcjpwYXNz" << "dXNlcjpwYXNz";
    QTest::newRow("no scheme") << "Authorization: rawtoken42" << "rawtoken42";
    QTest::newRow("json header") << R"({"Authorization": "Bearer abc.def"})" << "abc.def";
    QTest::newRow("bare bearer") << "using Bearer eyJhbGciOi.xyz== now" << "eyJhbGciOi.xyz";
    QTest::newRow("query") << "GET /x?access_token=qwerty123&page=2" << "qwerty123";
    QTest::newRow("form") << "grant_type=refresh_token&refresh_token=rt_secret_1" << "rt_secret_1";
    QTest::newRow("json body") << R"({"access_token":"pina_tok","refresh_token": "pinr_tok"})" << "pina_tok";
    QTest::newRow("json refresh") << R"({"access_token":"pina_tok","refresh_token": "pinr_tok"})" << "pinr_tok";
    QTest::newRow("client secret") << "client_secret=s3cr3t" << "s3cr3t";
    QTest::newRow("oauth code") << "GET /?code=ac_9f8e7d&state=xyz" << "ac_9f8e7d";
}

void TestLogRedaction::redacts()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString output = redactSecrets(input);
    QVERIFY2(!output.contains(secret), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("<redacted>")), qPrintable(output));
}

void TestLogRedaction::leavesOrdinaryTextAlone()
{
    const QString text = QStringLiteral("GET /v5/ad_accounts/549755885175/ad_groups?page_size=250 -> 200 (code 2: AdAccount not found.) {\"code\": 8}");
    QCOMPARE(redactSecrets(text), text);
    // Redacting twice changes nothing more.
    const QString once = redactSecrets(QStringLiteral("Authorization: Bearer abc"));
    QCOMPARE(redactSecrets(once), once);
    QCOMPARE(once, QStringLiteral("Authorization: Bearer <redacted>"));
}

void TestLogRedaction::handlerRedactsEveryCategory()
{
    qInstallMessageHandler(captureHandler);
    installRedactingMessageHandler();
    g_captured.clear();
    qCWarning(lcApi) << "request headers: Authorization: Bearer pina_supersecret";
    qCWarning(lcAuth, "token response {\"access_token\":\"pina_other\"}");
    qWarning("plain Bearer pina_third");
    qInstallMessageHandler(nullptr);

    QCOMPARE(g_captured.size(), 3);
    for (const QString &line : std::as_const(g_captured)) {
        QVERIFY2(!line.contains(QStringLiteral("pina_")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("<redacted>")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
