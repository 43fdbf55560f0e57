// TokenSet: keychain JSON round trip, token endpoint answers, renewal schedule and the
// health text of the status bar.
#include "tests/ui/englishtexts.h"
#include "core/auth/tokenset.h"

#include <QJsonDocument>
#include <QTest>

using namespace pinstripe;

namespace {

const QDateTime t0(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 day = 24 * 3600;

} // namespace

class TestTokenSet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonRoundTrip();
    void tokenResponse();
    void refreshAnswerRotates();
    void tokenResponseWithoutAccessToken();
    void absurdLifetimesSurviveStorage();
    void renewalSchedule();
    void health_data();
    void health();
};

void TestTokenSet::jsonRoundTrip()
{
    TokenSet t;
    t.accessToken = QStringLiteral("pina_abc");
    t.refreshToken = QStringLiteral("pinr_def");
    t.accessExpiresAt = t0.addSecs(30 * day);
    t.refreshExpiresAt = t0.addSecs(60 * day);
    t.obtainedAt = t0;
    t.scopes = {QStringLiteral("ads:read"), QStringLiteral("ads:write")};
    t.environment = QStringLiteral("demo");
    t.user = QStringLiteral("northwindhome");
    const QByteArray json = QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(TokenSet::fromJson(QJsonDocument::fromJson(json).object()), t);

    TokenSet pasted;
    pasted.accessToken = QStringLiteral("pina_only");
    const TokenSet back = TokenSet::fromJson(pasted.toJson());
    QCOMPARE(back, pasted);
    QVERIFY(!back.canRefresh());
    QVERIFY(!back.accessExpiresAt.isValid());
}

void TestTokenSet::tokenResponse()
{
    const QJsonObject body = QJsonDocument::fromJson(
        R"({"access_token":"pina_1","token_type":"bearer","expires_in":2592000,"scope":"ads:read,ads:write",
            "refresh_token":"pinr_1","refresh_token_expires_in":5184000,"response_type":"authorization_code"})").object();
    TokenSet t;
    QCOMPARE(TokenSet::applyTokenResponse(body, t0, t), QString());
    QCOMPARE(t.accessToken, QStringLiteral("pina_1"));
    QCOMPARE(t.refreshToken, QStringLiteral("pinr_1"));
    QCOMPARE(t.accessExpiresAt, t0.addSecs(30 * day));
    QCOMPARE(t.refreshExpiresAt, t0.addSecs(60 * day));
    QCOMPARE(t.obtainedAt, t0);
    QCOMPARE(t.scopes, QStringList({QStringLiteral("ads:read"), QStringLiteral("ads:write")}));
    QCOMPARE(TokenSet::splitScopes(QStringLiteral("ads:read ads:write,pins:read")).size(), 3);
}

void TestTokenSet::refreshAnswerRotates()
{
    TokenSet t;
    t.accessToken = QStringLiteral("old");
    t.refreshToken = QStringLiteral("pinr_old");
    t.user = QStringLiteral("u");
    const QJsonObject body = QJsonDocument::fromJson(
        R"({"access_token":"pina_2","expires_in":60,"refresh_token":"pinr_new","refresh_token_expires_at":1900000000})").object();
    QCOMPARE(TokenSet::applyTokenResponse(body, t0, t), QString());
    QCOMPARE(t.refreshToken, QStringLiteral("pinr_new"));
    QCOMPARE(t.refreshExpiresAt, QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
    QCOMPARE(t.user, QStringLiteral("u"));

    // An answer without a refresh token keeps the one we have.
    const QJsonObject noRefresh = QJsonDocument::fromJson(R"({"access_token":"pina_3","expires_in":60})").object();
    QCOMPARE(TokenSet::applyTokenResponse(noRefresh, t0, t), QString());
    QCOMPARE(t.accessToken, QStringLiteral("pina_3"));
    QCOMPARE(t.refreshToken, QStringLiteral("pinr_new"));
}

void TestTokenSet::tokenResponseWithoutAccessToken()
{
    TokenSet t;
    t.accessToken = QStringLiteral("keep");
    QVERIFY(!TokenSet::applyTokenResponse(QJsonObject{{QStringLiteral("expires_in"), 5}}, t0, t).isEmpty());
    QCOMPARE(t.accessToken, QStringLiteral("keep"));
}

void TestTokenSet::absurdLifetimesSurviveStorage()
{
    // Found by fuzz_error_and_token_json: an expires_in of four million years put the expiry
    // past year 9999, so the stored tokens came back with no expiry at all.
    const QJsonObject body = QJsonDocument::fromJson(
        R"({"access_token":"pina_abc","refresh_token":"pinr_def","expires_in":129599000000000,
            "refresh_token_expires_at":9000000000000,"scope":"ads:read"})").object();
    TokenSet t;
    QCOMPARE(TokenSet::applyTokenResponse(body, t0, t), QString());
    QVERIFY(t.accessExpiresAt > t0.addSecs(3650 * day));
    QVERIFY(t.refreshExpiresAt > t0.addSecs(3650 * day));
    const TokenSet back = TokenSet::fromJson(QJsonDocument::fromJson(QJsonDocument(t.toJson()).toJson()).object());
    QCOMPARE(back.accessExpiresAt, t.accessExpiresAt);
    QCOMPARE(back.refreshExpiresAt, t.refreshExpiresAt);
    QCOMPARE(back, t);
}

void TestTokenSet::renewalSchedule()
{
    TokenSet t;
    t.accessToken = QStringLiteral("a");
    t.refreshToken = QStringLiteral("r");
    t.obtainedAt = t0;
    t.accessExpiresAt = t0.addSecs(30 * day);
    QCOMPARE(t.renewDueAt(), t0.addSecs(29 * day)); // at most a day ahead
    t.accessExpiresAt = t0.addSecs(100);
    QCOMPARE(t.renewDueAt(), t0.addSecs(90)); // a tenth of a short lifetime
    t.refreshToken.clear();
    QVERIFY(!t.renewDueAt().isValid()); // nothing to renew with
}

void TestTokenSet::health_data()
{
    QTest::addColumn<qint64>("accessIn");
    QTest::addColumn<qint64>("refreshIn");
    QTest::addColumn<bool>("refreshable");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fresh") << 30 * day << 60 * day << true
                           << QStringLiteral("access token renews in 29 days; sign-in needed again in 60 days");
    QTest::newRow("issue example") << 3 * day << 58 * day << true
                                   << QStringLiteral("access token renews in 2 days; sign-in needed again in 58 days");
    QTest::newRow("hours") << day + 5 * 3600 + 1800 << day + 10 << true
                           << QStringLiteral("access token renews in 5 hours; sign-in needed again in 1 day");
    QTest::newRow("expired") << -10LL << 50 * day << true
                             << QStringLiteral("access token expired, renewing; sign-in needed again in 50 days");
    QTest::newRow("refresh expired") << -10LL << -5LL << true
                                     << QStringLiteral("access token expired, renewing; sign-in needed now");
    QTest::newRow("pasted, no refresh") << 10 * day << 0LL << false
                                        << QStringLiteral("access token expires in 10 days; sign-in needed again in 10 days");
}

void TestTokenSet::health()
{
    QFETCH(qint64, accessIn);
    QFETCH(qint64, refreshIn);
    QFETCH(bool, refreshable);
    QFETCH(QString, expected);
    TokenSet t;
    t.accessToken = QStringLiteral("a");
    t.obtainedAt = t0.addSecs(accessIn - 30 * day);
    t.accessExpiresAt = t0.addSecs(accessIn);
    if (refreshable) {
        t.refreshToken = QStringLiteral("r");
        t.refreshExpiresAt = t0.addSecs(refreshIn);
    }
    QCOMPARE(describeTokenHealth(t, t0), expected);
}

void TestTokenSet::initTestCase()
{
    pinstripe::testing::useEnglishTexts(); // "3 days", as main() shows it
}

QTEST_GUILESS_MAIN(TestTokenSet)
#include "tst_tokenset.moc"
