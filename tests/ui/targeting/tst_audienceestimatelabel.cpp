// The live potential-audience estimate against an in-process sandbox over loopback HTTP:
// narrower targeting gives a smaller estimate, quick edits make one request, a newer edit
// cancels the request in flight, an invalid spec is not sent, and a failing server is shown.
#include "core/api/apiclient.h"
#include "core/api/estimateaudiencesizerequest.h"
#include "core/api/listadaccountsrequest.h"
#include "core/api/tokenprovider.h"
#include "sandbox/sandboxserver.h"
#include "ui/targeting/agerangeeditor.h"
#include "core/time/manualclock.h"
#include "ui/targeting/audienceestimatelabel.h"
#include "ui/targeting/gendereditor.h"
#include "ui/targeting/locationeditor.h"
#include "ui/targeting/targetingspeceditor.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pinstripe;

namespace {

TargetingSpec spec(const char *text)
{
    return TargetingSpec::fromJson(QJsonDocument::fromJson(QByteArray(text)).object());
}

} // namespace

class TestAudienceEstimateLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nothingShownWithoutASource();
    void narrowerTargetingGivesASmallerEstimate();
    void quickEditsSendOneRequest();
    void aNewerEditCancelsTheRequestInFlight();
    void anInvalidSpecIsNotSent();
    void aFailingServerIsShown();
    void compactNumbers();

private:
    /** The sandbox's estimate for @p targeting, asked directly. */
    std::pair<qint64, qint64> directEstimate(const TargetingSpec &targeting);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
    QString m_account;
};

void TestAudienceEstimateLabel::initTestCase()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_tokens = std::make_unique<StaticTokenProvider>(QStringLiteral("pinstripe-demo-token"));
    m_client = std::make_unique<ApiClient>(m_server->baseUrl(), m_tokens.get());
    auto *request = new ListAdAccountsRequest(m_client.get(), {});
    connect(request, &ListAdAccountsRequest::finished, this, [this](const AdAccountPage &page) {
        if (!page.items.isEmpty())
            m_account = page.items.first().id.value();
    });
    request->start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_account.isEmpty(), 30000);
}

void TestAudienceEstimateLabel::init()
{
    m_server->setFaults({});
}

std::pair<qint64, qint64> TestAudienceEstimateLabel::directEstimate(const TargetingSpec &targeting)
{
    AudienceSizingRequest body;
    body.targetingSpec = targeting;
    auto *request = new EstimateAudienceSizeRequest(m_client.get(), m_account, body);
    std::pair<qint64, qint64> result{-1, -1};
    bool done = false;
    QObject guard; // the lambdas capture locals: they must not outlive this function
    connect(request, &EstimateAudienceSizeRequest::finished, &guard, [&](const AudienceSizing &size) {
        result = {size.lowerBound().value_or(-1), size.upperBound().value_or(-1)};
        done = true;
    });
    connect(request, &ApiRequest::failed, &guard, [&] { done = true; });
    request->start();
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 30000)
        QTest::qWait(5);
    return result;
}

void TestAudienceEstimateLabel::nothingShownWithoutASource()
{
    ManualClock clock;
    AudienceEstimateLabel label;
    label.setClock(&clock);
    label.show();
    QSignalSpy started(&label, &AudienceEstimateLabel::estimateStarted);
    label.setSpec(spec(R"({"LOCATION":["US"]})"));
    QCOMPARE(label.state(), AudienceEstimateLabel::State::Hidden);
    QVERIFY(!label.isVisible());
    label.setSource(m_client.get(), QString()); // a client but no ad account
    QVERIFY(!label.isVisible());
    clock.advance(std::chrono::milliseconds(label.debounceMs() * 2)); // well past the debounce
    QCOMPARE(started.count(), 0);
}

void TestAudienceEstimateLabel::narrowerTargetingGivesASmallerEstimate()
{
    TargetingSpecEditor editor;
    editor.show();
    editor.setSpec(spec(R"({"LOCATION":["US"]})"));
    AudienceEstimateLabel *label = editor.audienceEstimate();
    QSignalSpy shown(label, &AudienceEstimateLabel::estimateShown);
    editor.setAudienceEstimateSource(m_client.get(), m_account);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Estimating…"));
    QVERIFY(shown.wait(30000));
    const qint64 broadLower = shown.last().at(0).toLongLong();
    const qint64 broadUpper = shown.last().at(1).toLongLong();
    QVERIFY(broadLower > 0 && broadLower <= broadUpper);
    QVERIFY2(label->text().startsWith(QStringLiteral("Potential audience: ")), qPrintable(label->text()));
    QVERIFY(label->text().endsWith(QStringLiteral(" people per month")));
    QVERIFY(label->text().contains(AudienceEstimateLabel::compactNumber(broadLower, label->locale())));
    QVERIFY(label->toolTip().contains(label->locale().toString(broadUpper))); // the exact numbers

    QTest::mouseClick(editor.genderEditor()->checkBox(QStringLiteral("female")), Qt::LeftButton);
    QVERIFY(shown.wait(30000));
    const qint64 narrowLower = shown.last().at(0).toLongLong();
    const qint64 narrowUpper = shown.last().at(1).toLongLong();
    QVERIFY2(narrowLower < broadLower && narrowUpper < broadUpper,
             qPrintable(QStringLiteral("%1-%2 vs %3-%4").arg(narrowLower).arg(narrowUpper).arg(broadLower).arg(broadUpper)));

    const QString dir = qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS");
    if (!dir.isEmpty()) {
        editor.resize(1280, 900);
        editor.setJsonVisible(true);
        QVERIFY(editor.grab().save(QDir(dir).filePath(QStringLiteral("targetingspeceditor-estimate.png"))));
    }
}

void TestAudienceEstimateLabel::quickEditsSendOneRequest()
{
    TargetingSpecEditor editor;
    editor.setAudienceEstimateSource(m_client.get(), m_account);
    AudienceEstimateLabel *label = editor.audienceEstimate();
    ManualClock clock;
    label->setClock(&clock);
    QSignalSpy started(label, &AudienceEstimateLabel::estimateStarted);
    QSignalSpy shown(label, &AudienceEstimateLabel::estimateShown);
    // Five edits without returning to the event loop: well inside one debounce interval.
    editor.locationEditor()->setCountries({QStringLiteral("US")});
    editor.locationEditor()->setCountries({QStringLiteral("US"), QStringLiteral("DE")});
    editor.locationEditor()->setCountries({QStringLiteral("DE")});
    editor.genderEditor()->setCheckedValues({QStringLiteral("male")});
    editor.genderEditor()->setCheckedValues({QStringLiteral("male"), QStringLiteral("female")});
    QCOMPARE(started.count(), 0);
    clock.advance(std::chrono::milliseconds(label->debounceMs()));
    QVERIFY(shown.wait(30000));
    QCOMPARE(started.count(), 1);
    // The one request carried the last spec.
    const auto expected = directEstimate(editor.spec());
    QCOMPARE(shown.last().at(0).toLongLong(), expected.first);
    QCOMPARE(shown.last().at(1).toLongLong(), expected.second);

    // An edit that leaves the spec as it was sends nothing.
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("dmaCodes")), QStringLiteral(" "));
    editor.genderEditor()->setCheckedValues({QStringLiteral("male"), QStringLiteral("female")});
    clock.advance(std::chrono::milliseconds(label->debounceMs() * 2));
    QCOMPARE(started.count(), 1);
    QCOMPARE(label->state(), AudienceEstimateLabel::State::Shown);
}

void TestAudienceEstimateLabel::aNewerEditCancelsTheRequestInFlight()
{
    sandbox::FaultOptions slow;
    slow.latencyMs = 400;
    slow.pathPattern = QStringLiteral("audience_sizing");
    m_server->setFaults(slow);

    AudienceEstimateLabel label;
    label.setDebounceMs(0);
    label.setSource(m_client.get(), m_account);
    QSignalSpy started(&label, &AudienceEstimateLabel::estimateStarted);
    QSignalSpy shown(&label, &AudienceEstimateLabel::estimateShown);
    QSignalSpy failed(&label, &AudienceEstimateLabel::estimateFailed);
    label.setSpec(spec(R"({"LOCATION":["US"]})"));
    QVERIFY(started.wait(30000));
    QCOMPARE(label.text(), QStringLiteral("Estimating…"));
    const TargetingSpec narrower = spec(R"({"LOCATION":["US"],"GENDER":["male"]})");
    label.setSpec(narrower); // the first request is still waiting for its answer
    QVERIFY(shown.wait(30000));
    QCOMPARE(started.count(), 2);
    // Let any answer to the first request arrive: it must not replace the newer estimate.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->activeRequests(), 0, 30000);
    QTest::qWait(slow.latencyMs * 2);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(failed.count(), 0);
    m_server->setFaults({});
    const auto expected = directEstimate(narrower);
    QCOMPARE(shown.first().at(0).toLongLong(), expected.first);
}

void TestAudienceEstimateLabel::anInvalidSpecIsNotSent()
{
    TargetingSpecEditor editor;
    editor.show();
    editor.setAudienceEstimateSource(m_client.get(), m_account);
    AudienceEstimateLabel *label = editor.audienceEstimate();
    ManualClock clock;
    label->setClock(&clock);
    QSignalSpy started(label, &AudienceEstimateLabel::estimateStarted);
    editor.setSpec(spec(R"({"LOCATION":["US"],"MINIMUM_AGE":"50","MAXIMUM_AGE":"30"})"));
    QCOMPARE(label->state(), AudienceEstimateLabel::State::Invalid);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("fix the targeting problems")));
    clock.advance(std::chrono::milliseconds(label->debounceMs() * 2));
    QCOMPARE(started.count(), 0);
    editor.ageRangeEditor()->setRange(QStringLiteral("30"), QStringLiteral("50"));
    clock.advance(std::chrono::milliseconds(label->debounceMs()));
    QCOMPARE(started.count(), 1);
}

void TestAudienceEstimateLabel::aFailingServerIsShown()
{
    sandbox::FaultOptions failing;
    failing.errorRate = 1.0;
    failing.pathPattern = QStringLiteral("audience_sizing");
    m_server->setFaults(failing);

    TargetingSpecEditor editor;
    editor.show();
    editor.setSpec(spec(R"({"LOCATION":["FR"]})"));
    AudienceEstimateLabel *label = editor.audienceEstimate();
    QSignalSpy failed(label, &AudienceEstimateLabel::estimateFailed);
    QSignalSpy shown(label, &AudienceEstimateLabel::estimateShown);
    editor.setAudienceEstimateSource(m_client.get(), m_account);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("trying again")), 30000);
    QVERIFY(failed.wait(60000)); // after the retries for 5xx answers
    QCOMPARE(shown.count(), 0);
    QCOMPARE(label->state(), AudienceEstimateLabel::State::Failed);
    QVERIFY2(label->text().startsWith(QStringLiteral("Potential audience unavailable: ")), qPrintable(label->text()));
    QCOMPARE(label->text(), failed.first().first().toString());
    QVERIFY(!label->text().contains(QLatin1Char('\n')));

    m_server->setFaults({}); // the next edit recovers
    QTest::mouseClick(editor.genderEditor()->checkBox(QStringLiteral("male")), Qt::LeftButton);
    QVERIFY(shown.wait(30000));
    QCOMPARE(label->state(), AudienceEstimateLabel::State::Shown);
}

void TestAudienceEstimateLabel::compactNumbers()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(AudienceEstimateLabel::compactNumber(1'200'000, english), QStringLiteral("1.2M"));
    QCOMPARE(AudienceEstimateLabel::compactNumber(1'000'000, english), QStringLiteral("1M"));
    QCOMPARE(AudienceEstimateLabel::compactNumber(15'400'000, english), QStringLiteral("15M"));
    QCOMPARE(AudienceEstimateLabel::compactNumber(350'000, english), QStringLiteral("350K"));
    QCOMPARE(AudienceEstimateLabel::compactNumber(9'500, english), QStringLiteral("9,500"));
    QCOMPARE(AudienceEstimateLabel::compactNumber(2'300'000'000, english), QStringLiteral("2.3B"));
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(AudienceEstimateLabel::compactNumber(1'200'000, german), QStringLiteral("1,2M"));
    QCOMPARE(AudienceEstimateLabel::compactNumber(9'500, german), QStringLiteral("9.500"));
}

QTEST_MAIN(TestAudienceEstimateLabel)
#include "tst_audienceestimatelabel.moc"
