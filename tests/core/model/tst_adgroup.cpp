#include "core/model/adaccount.h"
#include "core/model/adgroup.h"
#include "core/model/adgroupbatchresult.h"
#include "core/model/adgroupnullability.h"
#include "core/model/audiencesizing.h"
#include "core/model/bidfloor.h"
#include "core/model/campaign.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pinstripe;

namespace {

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An ad group as the list endpoint returns it, with the awkward parts in it.
const char *const kAdGroup = R"({
  "id": "987654321098765432",
  "ad_account_id": "549755885175",
  "campaign_id": "626736533506",
  "name": "Spring",
  "status": "ACTIVE",
  "summary_status": "RUNNING",
  "budget_in_micro_currency": 9007199254740993,
  "bid_in_micro_currency": 5000000,
  "bid_multiplier": null,
  "budget_type": "DAILY",
  "start_time": 1736035200,
  "end_time": null,
  "targeting_spec": {
    "LOCATION": ["US"],
    "MINIMUM_AGE": "18",
    "MAXIMUM_AGE": "65+",
    "SHOPPING_RETARGETING": [{"lookback_window": 30, "exclusion_window": 14, "tag_types": [0, 6]}],
    "FUTURE_KEY": {"a": [1, 2]}
  },
  "tracking_urls": null,
  "optimization_goal_metadata": null,
  "promotion_id": null,
  "billable_event": "CLICKTHROUGH",
  "pacing_delivery_type": "SOMETHING_NEW",
  "created_time": 1735689600,
  "updated_time": 1735776000,
  "type": "adgroup",
  "dca_assets": {"anything": [true, null]},
  "brand_new_member": [1, "two"]
})";

} // namespace

class TestAdGroup : public QObject
{
    Q_OBJECT

private slots:
    void largeIdsAndMoneyStayExact();
    void differingKeysAreWhatAJsonDiffFinds();
    void explicitNullsRoundTrip();
    void unknownValuesAndMembersRoundTrip();
    void targetingSpecShapes();
    void moneyHelpers();
    void createBodyHasNoReadOnlyMembers();
    void updateBodyCarriesOnlyChanges();
    void updateBodyClearsWithNull();
    void updateBodySendsNestedObjectsWhole();
    void bodiesLeaveOutNullsTheSchemaForbids();
    void bodiesLeaveOutNullsInsideTargetingAndTrackingUrls();
    void optimizationGoalMicroStrings();
    void adAccountAndCampaign();
    void bidFloorAndAudienceSizing();
    void batchResultDataAbsentOrNull();
};

void TestAdGroup::largeIdsAndMoneyStayExact()
{
    const QJsonObject json = parse(kAdGroup);
    const AdGroup a = AdGroup::fromJson(json);
    QCOMPARE(a.id.value(), QStringLiteral("987654321098765432"));
    // 2^53 + 1: a double cannot hold it.
    QCOMPARE(a.budgetInMicroCurrency.value(), qint64(9'007'199'254'740'993));
    const QJsonObject out = a.toJson();
    QCOMPARE(out.value(QLatin1String("budget_in_micro_currency")).toInteger(),
             qint64(9'007'199'254'740'993));
    QVERIFY(text(out).contains("9007199254740993"));

    // And on the way out of code: a value set in C++ is written exactly.
    AdGroup b;
    b.bidInMicroCurrency = qint64(123'456'789'012'345'678);
    QCOMPARE(b.toJson().value(QLatin1String("bid_in_micro_currency")).toInteger(),
             qint64(123'456'789'012'345'678));
    QVERIFY(text(b.toJson()).contains("123456789012345678"));
}

void TestAdGroup::explicitNullsRoundTrip()
{
    const AdGroup a = AdGroup::fromJson(parse(kAdGroup));
    QVERIFY(a.promotionId.isNull());
    QVERIFY(a.optimizationGoalMetadata.isNull());
    QVERIFY(a.trackingUrls.isNull());
    QVERIFY(a.bidMultiplier.isNull());
    QVERIFY(a.endTime.isNull());
    QVERIFY(a.isCreativeOptimization.isAbsent());
    const QJsonObject out = a.toJson();
    for (const char *key : {"promotion_id", "optimization_goal_metadata", "tracking_urls",
                            "bid_multiplier", "end_time"}) {
        QVERIFY2(out.contains(QLatin1String(key)), key);
        QVERIFY2(out.value(QLatin1String(key)).isNull(), key);
    }
    QVERIFY(!out.contains(QLatin1String("is_creative_optimization")));
    QCOMPARE(out, parse(kAdGroup));
}

void TestAdGroup::unknownValuesAndMembersRoundTrip()
{
    const AdGroup a = AdGroup::fromJson(parse(kAdGroup));
    QCOMPARE(a.pacingDeliveryType.value(), QStringLiteral("SOMETHING_NEW"));
    QCOMPARE(a.unknownFields.keys(), QStringList{QStringLiteral("brand_new_member")});
    QCOMPARE(a.targetingSpec.value().unknownFields.keys(), QStringList{QStringLiteral("FUTURE_KEY")});
    QVERIFY(a.dcaAssets.hasValue());
    QVERIFY(a.dcaAssets.value().isObject());
    const QJsonObject out = a.toJson();
    QCOMPARE(out.value(QLatin1String("pacing_delivery_type")).toString(), QStringLiteral("SOMETHING_NEW"));
    QCOMPARE(out.value(QLatin1String("brand_new_member")), parse(kAdGroup).value(QLatin1String("brand_new_member")));
    QCOMPARE(text(out), text(parse(kAdGroup)));
}

void TestAdGroup::targetingSpecShapes()
{
    const AdGroup a = AdGroup::fromJson(parse(kAdGroup));
    const TargetingSpec &t = a.targetingSpec.value();
    QCOMPARE(t.minimumAge.value(), QStringLiteral("18"));
    QCOMPARE(t.maximumAge.value(), QStringLiteral("65+"));
    QCOMPARE(t.location.value(), QStringList{QStringLiteral("US")});
    QVERIFY(t.gender.isAbsent());
    QCOMPARE(t.shoppingRetargeting.value().size(), 1);
    const ShoppingRetargeting &s = t.shoppingRetargeting.value().first();
    QCOMPARE(s.lookbackWindow.value(), 30);
    QCOMPARE(s.exclusionWindow.value(), 14);
    QCOMPARE(s.tagTypes.value(), (QList<int>{0, 6}));

    // Ages are written as strings, never as numbers.
    TargetingSpec spec;
    spec.minimumAge = QStringLiteral("25");
    spec.maximumAge = QStringLiteral("54");
    const QJsonObject out = spec.toJson();
    QVERIFY(out.value(QLatin1String("MINIMUM_AGE")).isString());
    QCOMPARE(out.value(QLatin1String("MINIMUM_AGE")).toString(), QStringLiteral("25"));
    QVERIFY(out.value(QLatin1String("MAXIMUM_AGE")).isString());
    QVERIFY(!spec.isEmpty());
    QVERIFY(TargetingSpec().isEmpty());
    // Upper-case wire keys only.
    spec.appType = QStringList{QStringLiteral("iphone")};
    QVERIFY(spec.toJson().contains(QLatin1String("APPTYPE")));
    QVERIFY(!spec.toJson().contains(QLatin1String("apptype")));
}

void TestAdGroup::moneyHelpers()
{
    AdGroup a;
    QVERIFY(!a.budget(Currency::usd()));
    a.budgetInMicroCurrency.setNull();
    QVERIFY(!a.budget(Currency::usd()));
    a.budgetInMicroCurrency = qint64(20'000'000);
    a.bidInMicroCurrency = qint64(1'500'000'000);
    QCOMPARE(*a.budget(Currency::usd()), Money(20'000'000, Currency::usd()));
    QCOMPARE(a.budget(Currency::usd())->format(QLocale(QStringLiteral("en_US"))), QStringLiteral("$20.00"));
    QCOMPARE(*a.bid(Currency::jpy()), Money(1'500'000'000, Currency::jpy()));
    QCOMPARE(a.bid(Currency::jpy())->format(QLocale(QStringLiteral("en_US"))), QStringLiteral("¥1,500"));

    a.setBudget(Money(30'000'000, Currency::usd()));
    QCOMPARE(a.budgetInMicroCurrency.value(), qint64(30'000'000));

    a.startTime = qint64(1736035200);
    QCOMPARE(a.startDateTime(), QDateTime(QDate(2025, 1, 5), QTime(0, 0), Qt::UTC));
    QVERIFY(!a.endDateTime().isValid());
}

void TestAdGroup::createBodyHasNoReadOnlyMembers()
{
    const AdGroup a = AdGroup::fromJson(parse(kAdGroup));
    const QJsonObject body = a.createBody();
    for (const char *key : {"id", "ad_account_id", "summary_status", "created_time", "updated_time",
                            "type", "conversion_learning_mode_type", "feed_profile_id", "dca_assets"}) {
        QVERIFY2(!body.contains(QLatin1String(key)), key);
        QVERIFY2(AdGroup::isReadOnlyKey(QString::fromLatin1(key)), key);
    }
    for (const char *key : {"campaign_id", "name", "status", "budget_in_micro_currency",
                            "billable_event", "targeting_spec", "promotion_id"}) {
        QVERIFY2(body.contains(QLatin1String(key)), key);
        QVERIFY2(!AdGroup::isReadOnlyKey(QString::fromLatin1(key)), key);
    }
    // Unknown members may be new writable fields: they go along.
    QVERIFY(body.contains(QLatin1String("brand_new_member")));
}

void TestAdGroup::updateBodyCarriesOnlyChanges()
{
    const AdGroup before = AdGroup::fromJson(parse(kAdGroup));
    QCOMPARE(AdGroup::updateBody(before, before),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("987654321098765432")}}));

    AdGroup after = before;
    after.status = QStringLiteral("PAUSED");
    after.budgetInMicroCurrency = qint64(9'007'199'254'740'992); // differs only below double precision
    after.updatedTime = qint64(1800000000);                       // read-only: never sent
    after.summaryStatus = QStringLiteral("PAUSED");
    const QJsonObject body = AdGroup::updateBody(before, after);
    QCOMPARE(body.size(), 3);
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("987654321098765432"));
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("PAUSED"));
    QCOMPARE(body.value(QLatin1String("budget_in_micro_currency")).toInteger(), qint64(9'007'199'254'740'992));
}

void TestAdGroup::updateBodyClearsWithNull()
{
    const AdGroup before = AdGroup::fromJson(parse(kAdGroup));
    AdGroup after = before;
    after.bidInMicroCurrency.setNull();     // explicit clear
    after.startTime.clear();                 // dropped: also a clear
    after.endTime = qint64(1738713600);      // null → value
    after.promotionId.clear();               // null → absent: nothing to send
    const QJsonObject body = AdGroup::updateBody(before, after);
    QCOMPARE(body.size(), 4);
    QVERIFY(body.value(QLatin1String("bid_in_micro_currency")).isNull());
    QVERIFY(body.contains(QLatin1String("start_time")));
    QVERIFY(body.value(QLatin1String("start_time")).isNull());
    QCOMPARE(body.value(QLatin1String("end_time")).toInteger(), qint64(1738713600));
    QVERIFY(!body.contains(QLatin1String("promotion_id")));

    // The id comes from "before" when the edited copy lost it.
    AdGroup noId = before;
    noId.id.clear();
    noId.name = QStringLiteral("Renamed");
    QCOMPARE(AdGroup::updateBody(before, noId).value(QLatin1String("id")).toString(),
             QStringLiteral("987654321098765432"));
}

void TestAdGroup::updateBodySendsNestedObjectsWhole()
{
    const AdGroup before = AdGroup::fromJson(parse(kAdGroup));
    AdGroup after = before;
    after.targetingSpec.value().gender = QStringList{QStringLiteral("female")};
    const QJsonObject body = AdGroup::updateBody(before, after);
    QCOMPARE(body.size(), 2);
    const QJsonObject spec = body.value(QLatin1String("targeting_spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("GENDER")).toArray(), QJsonArray{QStringLiteral("female")});
    QCOMPARE(spec.value(QLatin1String("LOCATION")).toArray(), QJsonArray{QStringLiteral("US")});
    QVERIFY(spec.contains(QLatin1String("FUTURE_KEY")));
}

void TestAdGroup::bodiesLeaveOutNullsTheSchemaForbids()
{
    AdGroup a = AdGroup::fromJson(parse(kAdGroup));
    a.bidMultiplier.setNull();          // as Pinterest returns it
    a.autoTargetingEnabled.setNull();   // nullable in updates only
    a.lifetimeFrequencyCap.setNull();   // never nullable
    a.bidInMicroCurrency.setNull();     // nullable: kept
    a.trackingUrls.setNull();           // nullable: kept
    const QJsonObject create = a.createBody();
    for (const char *key : {"bid_multiplier", "auto_targeting_enabled", "lifetime_frequency_cap"})
        QVERIFY2(!create.contains(QLatin1String(key)), key);
    for (const char *key : {"bid_in_micro_currency", "tracking_urls"}) {
        QVERIFY2(create.contains(QLatin1String(key)), key);
        QVERIFY2(create.value(QLatin1String(key)).isNull(), key);
    }

    // Update: auto_targeting_enabled may be cleared; the frequency cap and multiplier may not.
    AdGroup before = AdGroup::fromJson(parse(kAdGroup));
    before.autoTargetingEnabled = true;
    before.lifetimeFrequencyCap = qint64(5);
    before.bidMultiplier = 1.5;
    AdGroup after = before;
    after.autoTargetingEnabled.setNull();
    after.lifetimeFrequencyCap.setNull();
    after.bidMultiplier.clear();
    const QJsonObject update = AdGroup::updateBody(before, after);
    QCOMPARE(update.keys(), (QStringList{QStringLiteral("auto_targeting_enabled"), QStringLiteral("id")}));
    QVERIFY(update.value(QLatin1String("auto_targeting_enabled")).isNull());
}

void TestAdGroup::bodiesLeaveOutNullsInsideTargetingAndTrackingUrls()
{
    // Pinterest's answers may hold null lists inside these objects; its request schemas refuse
    // some of them (INTEREST, every URL list), and there null means the same as absent.
    const QJsonObject source = parse(R"({"id": "1", "campaign_id": "2", "name": "A", "billable_event": "IMPRESSION",
        "targeting_spec": {"INTEREST": null, "GENDER": null, "LOCATION": ["US"]},
        "tracking_urls": {"click": null, "impression": ["https://t.example/i"]}})");
    const QJsonObject plainTargeting = parse(R"({"LOCATION": ["US"]})");
    const QJsonObject plainUrls = parse(R"({"impression": ["https://t.example/i"]})");
    const QJsonObject movedTargeting = parse(R"({"LOCATION": ["DE"]})");
    const QJsonObject sizing = parse(R"({"targeting_spec": {"INTEREST": null, "GEO": ["US-94107"]}, "x": null})");
    const QJsonObject plainSizing = parse(R"({"targeting_spec": {"GEO": ["US-94107"]}, "x": null})");

    const AdGroup a = AdGroup::fromJson(source);
    QCOMPARE(a.toJson(), source); // the model itself keeps them
    const QJsonObject create = a.createBody();
    QCOMPARE(create.value(QLatin1String("targeting_spec")).toObject(), plainTargeting);
    QCOMPARE(create.value(QLatin1String("tracking_urls")).toObject(), plainUrls);

    // An edit elsewhere in the spec sends it whole, without the nulls; dropping a null is no change.
    AdGroup edited = a;
    TargetingSpec spec = a.targetingSpec.value();
    spec.interest.clear();
    spec.gender.clear();
    edited.targetingSpec = spec;
    QCOMPARE(AdGroup::updateBody(a, edited).keys(), QStringList{QStringLiteral("id")});
    spec.location = QStringList{QStringLiteral("DE")};
    edited.targetingSpec = spec;
    QCOMPARE(AdGroup::updateBody(a, edited).value(QLatin1String("targeting_spec")).toObject(), movedTargeting);

    // The same for the targeting of a bid floor or audience sizing request.
    QCOMPARE(adgroupnullability::withoutNullsInside(sizing), plainSizing);
}

void TestAdGroup::optimizationGoalMicroStrings()
{
    const QJsonObject json = parse(R"({
      "conversion_tag_v3_goal_metadata": {
        "attribution_windows": {"click_window_days": 30, "engagement_window_days": 30, "view_window_days": 1},
        "conversion_event": "CHECKOUT", "conversion_tag_id": "123456789",
        "cpa_goal_value_in_micro_currency": "12345678901234567", "is_roas_optimized": null,
        "learning_mode_type": "ACTIVE", "reporting_event": "INITIATE_CHECKOUT"},
      "frequency_goal_metadata": {"frequency": 5, "timerange": "DAY"},
      "scrollup_goal_metadata": {"scrollup_goal_value_in_micro_currency": "250000"}
    })");
    const OptimizationGoalMetadata m = OptimizationGoalMetadata::fromJson(json);
    QCOMPARE(m.cpaGoalMicros(), std::optional<qint64>(12'345'678'901'234'567));
    QCOMPARE(m.scrollupGoalMicros(), std::optional<qint64>(250'000));
    QVERIFY(m.conversionTagV3GoalMetadata.value().isRoasOptimized.isNull());
    QCOMPARE(m.conversionTagV3GoalMetadata.value().attributionWindows.value().viewWindowDays.value(), 1);
    QCOMPARE(m.frequencyGoalMetadata.value().frequency.value(), 5);
    QCOMPARE(m.toJson(), json);

    ConversionTagGoalMetadata c;
    c.setCpaGoalMicros(7'000'000);
    QVERIFY(c.toJson().value(QLatin1String("cpa_goal_value_in_micro_currency")).isString());
    QCOMPARE(c.toJson().value(QLatin1String("cpa_goal_value_in_micro_currency")).toString(), QStringLiteral("7000000"));
    c.cpaGoalValueInMicroCurrency = QStringLiteral("12a");
    QVERIFY(!c.cpaGoalMicros());
}

void TestAdGroup::adAccountAndCampaign()
{
    const QJsonObject accountJson = parse(R"({"id": "549755885175", "name": "ACME", "country": "JP",
      "currency": "JPY", "owner": {"id": "1", "username": "acme"}, "permissions": ["OWNER", "NEW_ROLE"],
      "created_time": null, "updated_time": 1735776000})");
    const AdAccount account = AdAccount::fromJson(accountJson);
    QCOMPARE(account.currency.value(), Currency::jpy());
    QCOMPARE(account.currencyOrUnknown().minorUnits(), 0);
    QCOMPARE(account.owner.value().username.value(), QStringLiteral("acme"));
    QVERIFY(account.createdTime.isNull());
    QCOMPARE(account.toJson(), accountJson);
    QCOMPARE(AdAccount().currencyOrUnknown().code(), QStringLiteral("UNK"));

    const QJsonObject campaignJson = parse(R"({"id": "626736533506", "daily_spend_cap": 1432744744,
      "lifetime_spend_cap": null, "is_campaign_budget_optimization": true, "objective_type": "AWARENESS",
      "bid_options": {"audience_multipliers": {"123": 1.1}}, "tracking_urls": {"click": ["https://e.example/c"]}})");
    const Campaign c = Campaign::fromJson(campaignJson);
    QCOMPARE(*c.dailySpendCapMoney(Currency::usd()), Money(1'432'744'744, Currency::usd()));
    QVERIFY(!c.lifetimeSpendCapMoney(Currency::usd()));
    QVERIFY(c.isCbo());
    QCOMPARE(c.trackingUrls.value().click.value().size(), 1);
    QVERIFY(c.unknownFields.isEmpty());
    QCOMPARE(c.toJson(), campaignJson);
}

void TestAdGroup::bidFloorAndAudienceSizing()
{
    const BidFloor floor = BidFloor::fromJson(parse(R"({"bid_floors": [100000, 9007199254740993], "type": "bidfloor"})"));
    QCOMPARE(floor.floors(), (QList<qint64>{100'000, 9'007'199'254'740'993}));
    QCOMPARE(*floor.floor(0, Currency::usd()), Money(100'000, Currency::usd()));
    QVERIFY(!floor.floor(2, Currency::usd()));
    QVERIFY(BidFloor().floors().isEmpty());

    BidFloorRequest request;
    BidFloorSpec spec;
    spec.billableEvent = QStringLiteral("CLICKTHROUGH");
    spec.currency = Currency::usd();
    spec.countries = QStringList{QStringLiteral("US")};
    request.bidFloorSpecs = QList<BidFloorSpec>{spec};
    const QJsonObject body = request.toJson();
    QCOMPARE(body.value(QLatin1String("bid_floor_specs")).toArray().first().toObject().value(QLatin1String("currency")).toString(),
             QStringLiteral("USD"));
    QVERIFY(!body.contains(QLatin1String("targeting_spec")));

    const AudienceSizing size = AudienceSizing::fromJson(parse(R"({"audience_size_lower_bound": 100000, "audience_size_upper_bound": 150000.4})"));
    QCOMPARE(size.lowerBound(), std::optional<qint64>(100'000));
    QCOMPARE(size.upperBound(), std::optional<qint64>(150'000));
}

void TestAdGroup::batchResultDataAbsentOrNull()
{
    const QJsonObject json = parse(R"({"items": [
        {"data": {"id": "1", "name": "ok"}, "exceptions": []},
        {"data": null, "exceptions": [{"code": 2384, "message": "no budget"}]},
        {"exceptions": [{"code": 1}]},
        {"data": {"id": "4"}}
    ]})");
    const AdGroupBatchResult r = AdGroupBatchResult::fromJson(json);
    QCOMPARE(r.size(), 4);
    QVERIFY(r.succeeded(0));
    QCOMPARE(r.items.at(0).data->name.value(), QStringLiteral("ok"));
    QVERIFY(!r.succeeded(1));
    QVERIFY(!r.items.at(1).data);
    QCOMPARE(r.items.at(1).exceptions.first().message.value(), QStringLiteral("no budget"));
    QVERIFY(!r.succeeded(2));
    QVERIFY(!r.items.at(2).data);
    QVERIFY(r.succeeded(3));
    QVERIFY(!r.succeeded(4));
    QVERIFY(!r.allSucceeded());
    QCOMPARE(r.toJson(), json);
}

void TestAdGroup::differingKeysAreWhatAJsonDiffFinds()
{
    const AdGroup a = AdGroup::fromJson(parse(kAdGroup));
    QVERIFY(AdGroup::differingKeys(a, a).isEmpty());
    AdGroup b = a;
    b.name = QStringLiteral("Renamed");
    b.endTime = 1'800'000'000; // null in the example
    TargetingSpec spec = b.targetingSpec.valueOr({});
    spec.location = QStringList{QStringLiteral("DE")};
    b.targetingSpec = spec;
    b.unknownFields.insert(QStringLiteral("brand_new_member"), 3);
    QStringList keys = AdGroup::differingKeys(a, b);
    keys.sort();
    // The same keys as comparing the two JSON objects member by member.
    const QJsonObject x = a.toJson();
    const QJsonObject y = b.toJson();
    QStringList fromJson;
    for (const QString &key : x.keys() + y.keys()) {
        if (x.value(key) != y.value(key) && !fromJson.contains(key))
            fromJson << key;
    }
    fromJson.sort();
    QCOMPARE(keys, fromJson);
    QCOMPARE(keys, (QStringList{QStringLiteral("brand_new_member"), QStringLiteral("end_time"), QStringLiteral("name"),
                                QStringLiteral("targeting_spec")}));
    QVERIFY(!a.holdsValue(QStringLiteral("end_time"))); // null
    QVERIFY(b.holdsValue(QStringLiteral("end_time")));
    QVERIFY(a.holdsValue(QStringLiteral("name")));
    QVERIFY(b.holdsValue(QStringLiteral("brand_new_member")));
    QVERIFY(!b.holdsValue(QStringLiteral("no_such_member")));
}

QTEST_GUILESS_MAIN(TestAdGroup)
#include "tst_adgroup.moc"
