#include "core/api/apiendpoint.h"

#include <QTest>

using namespace pinstripe;

class TestApiEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void kinds();
};

void TestApiEndpoint::accepts_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("production") << "https://api.pinterest.com/v5";
    QTest::newRow("sandbox") << "https://api-sandbox.pinterest.com/v5";
    QTest::newRow("loopback http") << "http://127.0.0.1:8085/v5";
    QTest::newRow("localhost http") << "http://localhost:8085/v5";
    QTest::newRow("ipv6 loopback") << "http://[::1]:8085/v5";
    QTest::newRow("other https") << "https://proxy.example.com/pinterest/v5";
}

void TestApiEndpoint::accepts()
{
    QFETCH(QString, url);
    QCOMPARE(ApiEndpoint::validateBaseUrl(QUrl(url)), QString());
}

void TestApiEndpoint::refuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("why");
    QTest::newRow("plain http remote") << "http://api.pinterest.com/v5" << "Plain http";
    QTest::newRow("private network http") << "http://192.168.1.10:8085/v5" << "Plain http";
    QTest::newRow("ftp") << "ftp://127.0.0.1/v5" << "must start with https://";
    QTest::newRow("no host") << "https:///v5" << "not a valid URL";
    QTest::newRow("query") << "https://api.pinterest.com/v5?x=1" << "query";
}

void TestApiEndpoint::refuses()
{
    QFETCH(QString, url);
    QFETCH(QString, why);
    const QString problem = ApiEndpoint::validateBaseUrl(QUrl(url));
    QVERIFY2(problem.contains(why), qPrintable(problem));
}

void TestApiEndpoint::kinds()
{
    QCOMPARE(ApiEndpoint::kindOf(ApiEndpoint::productionBaseUrl()), ApiEndpoint::Kind::Production);
    QCOMPARE(ApiEndpoint::kindOf(ApiEndpoint::pinterestSandboxBaseUrl()), ApiEndpoint::Kind::PinterestSandbox);
    QCOMPARE(ApiEndpoint::kindOf(QUrl(QStringLiteral("http://127.0.0.1:1/v5"))), ApiEndpoint::Kind::Custom);
}

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "tst_apiendpoint.moc"
