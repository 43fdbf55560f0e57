// Round trips: every example body of the API description, and seeded random objects covering
// absent / null / value for every member of every model, come back from toJson() unchanged.

#include "core/model/adaccount.h"
#include "core/model/adgroup.h"
#include "core/model/adgroupbatchresult.h"
#include "core/model/analyticsreport.h"
#include "core/model/apiexception.h"
#include "core/model/audiencesizing.h"
#include "core/model/bidfloor.h"
#include "core/model/campaign.h"
#include "core/model/optimizationgoalmetadata.h"
#include "core/model/targetinganalytics.h"
#include "core/model/targetingspec.h"
#include "core/model/trackingurls.h"

#include "modelschemas.h"

#include <QTest>

using namespace pinstripe;
using namespace pinstripe::test;

namespace {

template<typename Model>
QJsonObject roundTrip(const QJsonObject &json)
{
    return Model::fromJson(json).toJson();
}

/** Compares with QJsonValue == and, stricter, as canonical text (exact integers). */
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return a == b && canonical(a) == canonical(b);
}

QString describe(const QJsonValue &expected, const QJsonValue &actual)
{
    return QStringLiteral("\nexpected: %1\nactual:   %2")
        .arg(QString::fromUtf8(canonical(expected)), QString::fromUtf8(canonical(actual)));
}

/**
 * Only the generator's made-up members may end up in unknownFields; with @p nullsAllowed also a
 * `null` for a member the spec does not make nullable (AdGroupBatchResult keeps those raw rather
 * than inventing a state for them).
 */
bool onlyFutureMembers(const QJsonObject &unknown, bool nullsAllowed)
{
    for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it) {
        if (nullsAllowed && it.value().isNull())
            continue;
        if (!it.key().startsWith(QLatin1String("x_future_member_")))
            return false;
    }
    return true;
}

} // namespace

class TestModelRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void everyExampleIsCovered();
    void generated_data();
    void generated();
    void wrongTypedMembersAreKeptVerbatim();
};

// Each example file and the model it is a body of. Arrays of requests go item by item.
static const QList<QPair<QString, QString>> kExampleModels{
    {QStringLiteral("ad_group_array_response_with_exception.json"), QStringLiteral("AdGroupBatchResult")},
    {QStringLiteral("ad_group_create_request.json"), QStringLiteral("AdGroup[]")},
    {QStringLiteral("ad_group_response.json"), QStringLiteral("AdGroup")},
    {QStringLiteral("ad_group_update_request.json"), QStringLiteral("AdGroup[]")},
    {QStringLiteral("ad_groups_analytics_day.json"), QStringLiteral("AnalyticsReport")},
    {QStringLiteral("ad_groups_list_page.json"), QStringLiteral("AdGroupPage")},
    {QStringLiteral("ad_groups_targeting_analytics_metrics_response.json"), QStringLiteral("TargetingAnalytics")},
    {QStringLiteral("audience_sizing_response.json"), QStringLiteral("AudienceSizing")},
    {QStringLiteral("bid_floor_request.json"), QStringLiteral("BidFloorRequest")},
    {QStringLiteral("bid_floor_response.json"), QStringLiteral("BidFloor")},
    {QStringLiteral("error.json"), QStringLiteral("ApiException")},
    {QStringLiteral("error_429_rate_limited.json"), QStringLiteral("ApiException")},
};

void TestModelRoundTrip::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("model");
    for (const auto &[file, model] : kExampleModels)
        QTest::newRow(qPrintable(file)) << file << model;
}

void TestModelRoundTrip::examples()
{
    QFETCH(QString, file);
    QFETCH(QString, model);
    QString why;
    const QString dir = examplesDir(&why);
    if (dir.isEmpty())
        QSKIP(qPrintable(why));
    QString error;
    const QJsonDocument doc = readJson(dir + u'/' + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(file + QStringLiteral(": ") + error));

    QJsonValue expected;
    QJsonValue actual;
    if (model == QLatin1String("AnalyticsReport")) {
        QVERIFY(doc.isArray());
        const AnalyticsReport report = AnalyticsReport::fromJson(doc.array());
        QVERIFY(!report.rows.isEmpty());
        expected = doc.array();
        actual = report.toJson();
    } else if (model == QLatin1String("AdGroup[]")) {
        QVERIFY(doc.isArray());
        QJsonArray out;
        for (const QJsonValue &item : doc.array()) {
            const AdGroup adGroup = AdGroup::fromJson(item.toObject());
            QVERIFY(adGroup.unknownFields.isEmpty());
            out.append(adGroup.toJson());
        }
        expected = doc.array();
        actual = out;
    } else {
        QVERIFY(doc.isObject());
        const QJsonObject json = doc.object();
        expected = json;
        if (model == QLatin1String("AdGroup")) {
            const AdGroup a = AdGroup::fromJson(json);
            QVERIFY2(a.unknownFields.isEmpty(), "every member of the example is modelled");
            actual = a.toJson();
        } else if (model == QLatin1String("AdGroupPage")) {
            // The page wrapper belongs to the pager; its items are ad groups.
            QJsonObject page = json;
            QJsonArray items;
            for (const QJsonValue &item : json.value(QLatin1String("items")).toArray())
                items.append(roundTrip<AdGroup>(item.toObject()));
            page.insert(QLatin1String("items"), items);
            actual = page;
        } else if (model == QLatin1String("AdGroupBatchResult")) {
            const AdGroupBatchResult r = AdGroupBatchResult::fromJson(json);
            QCOMPARE(r.size(), 2);
            QVERIFY(r.succeeded(0));
            QVERIFY(!r.succeeded(1));
            QCOMPARE(r.items.at(1).exceptions.value(0).code.valueOr(0), 2384);
            actual = r.toJson();
        } else if (model == QLatin1String("TargetingAnalytics")) {
            actual = roundTrip<TargetingAnalytics>(json);
        } else if (model == QLatin1String("AudienceSizing")) {
            actual = roundTrip<AudienceSizing>(json);
        } else if (model == QLatin1String("BidFloorRequest")) {
            const BidFloorRequest r = BidFloorRequest::fromJson(json);
            QCOMPARE(r.bidFloorSpecs.value().size(), 2);
            QVERIFY(r.unknownFields.isEmpty());
            actual = r.toJson();
        } else if (model == QLatin1String("BidFloor")) {
            actual = roundTrip<BidFloor>(json);
        } else if (model == QLatin1String("ApiException")) {
            const ApiException e = ApiException::fromJson(json);
            QVERIFY(e.code.hasValue());
            QVERIFY(e.message.hasValue());
            actual = e.toJson();
        } else {
            QFAIL(qPrintable(QStringLiteral("no model for ") + model));
        }
    }
    QVERIFY2(sameJson(expected, actual), qPrintable(file + describe(expected, actual)));
}

void TestModelRoundTrip::everyExampleIsCovered()
{
    QString why;
    const QString dir = examplesDir(&why);
    if (dir.isEmpty())
        QSKIP(qPrintable(why));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        bool covered = false;
        for (const auto &entry : kExampleModels)
            covered = covered || entry.first == file;
        QVERIFY2(covered, qPrintable(file + QStringLiteral(" has no model assigned in this test")));
    }
}

void TestModelRoundTrip::generated_data()
{
    QTest::addColumn<QString>("model");
    for (const char *name : {"AdGroup", "AdAccount", "Campaign", "TargetingSpec", "TrackingUrls",
                             "OptimizationGoalMetadata", "ShoppingRetargeting", "BidFloorRequest",
                             "BidFloorSpec", "BidFloor", "AudienceSizingRequest", "AudienceSizing",
                             "ApiException", "AdGroupBatchResult"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

namespace {
template<typename Model>
void checkGenerated(const Schema &schema, quint32 seed, int count, bool nullsAllowed = false)
{
    JsonGenerator gen(seed);
    for (int i = 0; i < count; ++i) {
        const QJsonObject json = gen.object(schema);
        const Model model = Model::fromJson(json);
        const QJsonObject out = model.toJson();
        QVERIFY2(sameJson(json, out), qPrintable(QStringLiteral("object %1").arg(i) + describe(json, out)));
        QVERIFY2(onlyFutureMembers(model.unknownFields, nullsAllowed),
                 qPrintable(QStringLiteral("a spec member was not modelled: ")
                            + QString::fromUtf8(canonical(model.unknownFields))));
        // And the model itself is stable: parsing the output gives an equal model.
        QVERIFY(Model::fromJson(out) == model);
    }
}
} // namespace

void TestModelRoundTrip::generated()
{
    QFETCH(QString, model);
    constexpr quint32 kSeed = 20250106;
    constexpr int kCount = 300;
    if (model == QLatin1String("AdGroup"))
        checkGenerated<AdGroup>(adGroupSchema(), kSeed, kCount);
    else if (model == QLatin1String("AdAccount"))
        checkGenerated<AdAccount>(adAccountSchema(), kSeed, kCount);
    else if (model == QLatin1String("Campaign"))
        checkGenerated<Campaign>(campaignSchema(), kSeed, kCount);
    else if (model == QLatin1String("TargetingSpec"))
        checkGenerated<TargetingSpec>(targetingSpecSchema(), kSeed, kCount);
    else if (model == QLatin1String("TrackingUrls"))
        checkGenerated<TrackingUrls>(trackingUrlsSchema(), kSeed, kCount);
    else if (model == QLatin1String("OptimizationGoalMetadata"))
        checkGenerated<OptimizationGoalMetadata>(optimizationGoalMetadataSchema(), kSeed, kCount);
    else if (model == QLatin1String("ShoppingRetargeting"))
        checkGenerated<ShoppingRetargeting>(shoppingRetargetingSchema(), kSeed, kCount);
    else if (model == QLatin1String("BidFloorRequest"))
        checkGenerated<BidFloorRequest>(bidFloorRequestSchema(), kSeed, kCount);
    else if (model == QLatin1String("BidFloorSpec"))
        checkGenerated<BidFloorSpec>(bidFloorSpecSchema(), kSeed, kCount);
    else if (model == QLatin1String("BidFloor"))
        checkGenerated<BidFloor>(bidFloorSchema(), kSeed, kCount);
    else if (model == QLatin1String("AudienceSizingRequest"))
        checkGenerated<AudienceSizingRequest>(audienceSizingRequestSchema(), kSeed, kCount);
    else if (model == QLatin1String("AudienceSizing"))
        checkGenerated<AudienceSizing>(audienceSizingSchema(), kSeed, kCount);
    else if (model == QLatin1String("ApiException"))
        checkGenerated<ApiException>(apiExceptionSchema(), kSeed, kCount);
    else if (model == QLatin1String("AdGroupBatchResult"))
        checkGenerated<AdGroupBatchResult>(batchResultSchema(), kSeed, kCount, true);
    else
        QFAIL("unknown model");
}

void TestModelRoundTrip::wrongTypedMembersAreKeptVerbatim()
{
    // A server (or a future API version) sending an unexpected type must not lose the value.
    const QJsonObject json{
        {QStringLiteral("id"), qint64(2680060704746)},
        {QStringLiteral("budget_in_micro_currency"), QStringLiteral("25000000")},
        {QStringLiteral("bid_in_micro_currency"), 1.5},
        {QStringLiteral("targeting_spec"), QJsonArray{QStringLiteral("US")}},
        {QStringLiteral("targeting_template_ids"), QJsonArray{1, 2}},
        {QStringLiteral("auto_targeting_enabled"), QStringLiteral("yes")},
    };
    const AdGroup a = AdGroup::fromJson(json);
    QVERIFY(a.id.isAbsent());
    QVERIFY(a.budgetInMicroCurrency.isAbsent());
    QVERIFY(a.bidInMicroCurrency.isAbsent());
    QVERIFY(a.targetingSpec.isAbsent());
    QCOMPARE(a.unknownFields.size(), json.size());
    QVERIFY(sameJson(a.toJson(), json));
    // Read-only values stay out of requests even when they did not parse.
    QVERIFY(!a.createBody().contains(QLatin1String("id")));
}

QTEST_GUILESS_MAIN(TestModelRoundTrip)
#include "tst_modelroundtrip.moc"
