// The ad group rule catalogue: every rule triggered with its field and message, and the same
// invalid value giving the same message through the form, bulk edit and request body paths.
#include "core/rules/adgroupbodyrules.h"
#include "core/rules/adgroupeditrules.h"
#include "core/rules/bulkeditrules.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <functional>

using namespace pinstripe;

namespace {

constexpr qint64 kStart = 1'900'000'000;
constexpr qint64 kDay = 24 * 3600;

/** A new ad group that breaks no rule. */
AdGroup validNew()
{
    AdGroup a;
    a.name = QStringLiteral("Spring sale");
    a.campaignId = QStringLiteral("626736533506");
    a.status = QStringLiteral("ACTIVE");
    a.budgetType = QStringLiteral("DAILY");
    a.budgetInMicroCurrency = 25'000'000;
    a.bidInMicroCurrency = 1'500'000;
    a.bidStrategyType = QStringLiteral("MAX_BID");
    a.billableEvent = QStringLiteral("IMPRESSION");
    a.startTime = kStart;
    a.endTime = kStart + 30 * kDay;
    return a;
}

/** The same ad group as it is on Pinterest (has an id, not a draft). */
AdGroup existing()
{
    AdGroup a = validNew();
    a.id = QStringLiteral("2680059592705");
    a.adAccountId = QStringLiteral("549755885175");
    return a;
}

Campaign campaign(bool cbo)
{
    Campaign c;
    c.id = QStringLiteral("626736533506");
    c.isCampaignBudgetOptimization = cbo;
    c.objectiveType = QStringLiteral("CONSIDERATION");
    return c;
}

QJsonObject validCreateBody()
{
    return validNew().createBody();
}

QJsonObject validUpdateBody()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("2680059592705")}};
}

QString describe(const RuleViolations &violations)
{
    QStringList lines;
    for (const RuleViolation &v : violations)
        lines << adGroupRuleInfo(v.rule).id + QLatin1Char('@') + v.field + QStringLiteral(": ") + v.message;
    return lines.join(QLatin1String(" | "));
}

const RuleViolation *find(const RuleViolations &violations, AdGroupRule rule)
{
    for (const RuleViolation &v : violations) {
        if (v.rule == rule)
            return &v;
    }
    return nullptr;
}

struct Trigger
{
    AdGroupRule rule;
    QString field;
    std::function<RuleViolations()> run;
};

RuleViolations edit(const std::function<void(AdGroup &)> &change, const Campaign *c = nullptr)
{
    AdGroup after = validNew();
    change(after);
    return checkAdGroupEdit(after, nullptr, c);
}

RuleViolations editExisting(const std::function<void(AdGroup &)> &change)
{
    const AdGroup before = existing();
    AdGroup after = before;
    change(after);
    return checkAdGroupEdit(after, &before, nullptr);
}

RuleViolations body(const QString &key, const QJsonValue &value, bool forCreate = true)
{
    QJsonObject b = forCreate ? validCreateBody() : validUpdateBody();
    if (value.isUndefined())
        b.remove(key);
    else
        b.insert(key, value);
    return checkAdGroupBody(b, forCreate ? AdGroupRequestKind::Create : AdGroupRequestKind::Update);
}

RuleViolations targeting(const QJsonObject &spec)
{
    return body(QStringLiteral("targeting_spec"), spec);
}

RuleViolations bulkBudget(std::initializer_list<const char *> types)
{
    QList<AdGroup> groups;
    for (const char *type : types) {
        AdGroup a = existing();
        a.budgetType = QString::fromLatin1(type);
        groups << a;
    }
    const auto violation = checkBulkBudgetSelection(groups);
    return violation ? RuleViolations{*violation} : RuleViolations{};
}

ConversionTagGoalMetadata conversion(const QString &tag, const QString &event, bool roas)
{
    ConversionTagGoalMetadata c;
    c.conversionTagId = tag;
    if (!event.isEmpty())
        c.conversionEvent = event;
    c.isRoasOptimized = roas;
    return c;
}

void setConversion(AdGroup &a, const ConversionTagGoalMetadata &c)
{
    OptimizationGoalMetadata goal;
    goal.conversionTagV3GoalMetadata = c;
    a.optimizationGoalMetadata = goal;
}

QList<Trigger> triggers()
{
    using R = AdGroupRule;
    const Campaign cbo = campaign(true);
    const Campaign plain = campaign(false);
    Campaign conversionCampaign = plain;
    conversionCampaign.objectiveType = QStringLiteral("WEB_CONVERSION");
    Campaign scheduled = plain;
    scheduled.startTime = kStart + kDay;
    scheduled.endTime = kStart + 10 * kDay;
    const QString name = QStringLiteral("name");
    const QString budget = QStringLiteral("budget_in_micro_currency");
    const QString bid = QStringLiteral("bid_in_micro_currency");
    const QString cap = QStringLiteral("lifetime_frequency_cap");
    const QString goal = QStringLiteral("optimization_goal_metadata");
    const QString urls = QStringLiteral("tracking_urls");
    const QString spec = QStringLiteral("targeting_spec");
    const QString budgetType = QStringLiteral("budget_type");

    return {
        {R::NameRequired, name, [] { return edit([](AdGroup &a) { a.name = QStringLiteral("  "); }); }},
        {R::NameTooLong, name, [] { return edit([](AdGroup &a) { a.name = QString(256, u'x'); }); }},
        {R::CampaignRequired, QStringLiteral("campaign_id"), [] { return edit([](AdGroup &a) { a.campaignId = QStringLiteral("x1"); }); }},
        {R::BillableEventRequired, QStringLiteral("billable_event"), [] { return body(QStringLiteral("billable_event"), QJsonValue::Undefined); }},
        {R::ReadOnlyOnCreate, QStringLiteral("summary_status"), [] { return body(QStringLiteral("summary_status"), QStringLiteral("RUNNING")); }},
        {R::IdInvalid, QStringLiteral("id"), [] { return body(QStringLiteral("id"), QStringLiteral("abc"), false); }},
        {R::DraftOnlyBudgetType, budgetType, [] { return editExisting([](AdGroup &a) { a.budgetType = QStringLiteral("LIFETIME"); }); }},
        {R::DraftOnlyBillableEvent, QStringLiteral("billable_event"),
         [] { return editExisting([](AdGroup &a) { a.billableEvent = QStringLiteral("CLICKTHROUGH"); }); }},
        {R::BudgetNegative, budget, [] { return edit([](AdGroup &a) { a.budgetInMicroCurrency = -1; }); }},
        {R::BudgetZero, budget, [] { return edit([](AdGroup &a) { a.budgetInMicroCurrency = 0; }); }},
        {R::BudgetRequired, budget, [plain] { return edit([](AdGroup &a) { a.budgetInMicroCurrency.setNull(); }, &plain); }},
        {R::BidNegative, bid, [] { return edit([](AdGroup &a) { a.bidInMicroCurrency = -1; }); }},
        {R::BidRequired, bid, [] { return edit([](AdGroup &a) { a.bidInMicroCurrency.setNull(); }); }},
        {R::MicrosNotWhole, budget, [] { return body(QStringLiteral("budget_in_micro_currency"), 1.5); }},
        {R::LifetimeBudgetNeedsEnd, budgetType, [] {
             return edit([](AdGroup &a) { a.budgetType = QStringLiteral("LIFETIME"); a.endTime.setNull(); });
         }},
        {R::EndAfterStart, QStringLiteral("end_time"), [] { return edit([](AdGroup &a) { a.endTime = kStart; }); }},
        {R::FrequencyCapNeedsEnd, cap, [] { return edit([](AdGroup &a) { a.lifetimeFrequencyCap = 5; a.endTime.setNull(); }); }},
        {R::FrequencyCapNeedsImpression, cap, [] {
             return edit([](AdGroup &a) { a.lifetimeFrequencyCap = 5; a.billableEvent = QStringLiteral("CLICKTHROUGH"); });
         }},
        {R::BidMultiplierRange, QStringLiteral("bid_multiplier"), [] { return edit([](AdGroup &a) { a.bidMultiplier = 11.0; }); }},
        {R::BidMultiplierNeedsAutomaticBid, QStringLiteral("bid_multiplier"), [] { return edit([](AdGroup &a) { a.bidMultiplier = 2.0; }); }},
        {R::PromotionIdDigits, QStringLiteral("promotion_id"), [] { return edit([](AdGroup &a) { a.promotionId = QStringLiteral("12a"); }); }},
        {R::ConversionTagIdDigits, goal, [] {
             return edit([](AdGroup &a) { setConversion(a, conversion(QStringLiteral("tag"), QStringLiteral("CHECKOUT"), false)); });
         }},
        {R::ConversionEventRequired, goal, [] {
             return edit([](AdGroup &a) { setConversion(a, conversion(QStringLiteral("123"), QString(), false)); });
         }},
        {R::RoasNeedsCheckoutAndAutomaticBid, goal, [] {
             return edit([](AdGroup &a) { setConversion(a, conversion(QStringLiteral("123"), QStringLiteral("SIGNUP"), true)); });
         }},
        {R::FrequencyGoalRange, goal, [] {
             return edit([](AdGroup &a) {
                 OptimizationGoalMetadata g;
                 FrequencyGoalMetadata f;
                 f.frequency = 1;
                 g.frequencyGoalMetadata = f;
                 a.optimizationGoalMetadata = g;
             });
         }},
        {R::TrackingUrlCount, urls, [] {
             return edit([](AdGroup &a) {
                 TrackingUrls t;
                 t.click = QStringList{QStringLiteral("https://a.example/1"), QStringLiteral("https://a.example/2"),
                                       QStringLiteral("https://a.example/3"), QStringLiteral("https://a.example/4")};
                 a.trackingUrls = t;
             });
         }},
        {R::TrackingUrlInvalid, urls, [] {
             return edit([](AdGroup &a) {
                 TrackingUrls t;
                 t.impression = QStringList{QStringLiteral("not a url")};
                 a.trackingUrls = t;
             });
         }},
        {R::NotClearable, cap, [] {
             AdGroup before = existing();
             before.lifetimeFrequencyCap = 5;
             AdGroup after = before;
             after.lifetimeFrequencyCap.setNull();
             return checkAdGroupEdit(after, &before, nullptr);
         }},
        {R::NullOnCreate, QStringLiteral("bid_multiplier"), [] { return body(QStringLiteral("bid_multiplier"), QJsonValue::Null); }},
        {R::CboNeedsCboBudgetType, budgetType, [cbo] { return edit([](AdGroup &) {}, &cbo); }},
        {R::CboNeedsStandardPacing, QStringLiteral("pacing_delivery_type"), [cbo] {
             return edit([](AdGroup &a) { a.budgetType = QStringLiteral("CBO_ADGROUP"); a.pacingDeliveryType = QStringLiteral("ACCELERATED"); }, &cbo);
         }},
        {R::CboBudgetTypeNeedsCboCampaign, budgetType, [plain] {
             return edit([](AdGroup &a) { a.budgetType = QStringLiteral("CBO_ADGROUP"); }, &plain);
         }},
        {R::ConversionCampaignNeedsGoal, goal, [conversionCampaign] { return edit([](AdGroup &) {}, &conversionCampaign); }},
        {R::StartBeforeCampaignStart, QStringLiteral("start_time"), [scheduled] { return edit([](AdGroup &) {}, &scheduled); }},
        {R::EndAfterCampaignEnd, QStringLiteral("end_time"), [scheduled] {
             return edit([](AdGroup &a) { a.startTime = kStart + 2 * kDay; }, &scheduled);
         }},
        {R::EnumValue, QStringLiteral("status"), [] { return body(QStringLiteral("status"), QStringLiteral("RUNNING")); }},
        {R::TargetingAgePair, spec, [] { return targeting({{QStringLiteral("MINIMUM_AGE"), QStringLiteral("18")}}); }},
        {R::TargetingMinimumAge, spec, [] {
             return targeting({{QStringLiteral("MINIMUM_AGE"), QStringLiteral("x")}, {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("30")}});
         }},
        {R::TargetingMaximumAge, spec, [] {
             return targeting({{QStringLiteral("MINIMUM_AGE"), QStringLiteral("18")}, {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("old")}});
         }},
        {R::TargetingAgeBothForms, spec, [] {
             return targeting({{QStringLiteral("MINIMUM_AGE"), QStringLiteral("18")}, {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("30")},
                               {QStringLiteral("AGE_BUCKET"), QJsonArray{QStringLiteral("18-24")}}});
         }},
        {R::TargetingValue, spec, [] { return targeting({{QStringLiteral("GENDER"), QJsonArray{QStringLiteral("MALE")}}}); }},
        {R::BulkMixedBudgetTypes, budget, [] { return bulkBudget({"DAILY", "LIFETIME"}); }},
        {R::BulkCboBudget, budget, [] { return bulkBudget({"CBO_ADGROUP", "CBO_ADGROUP"}); }},
    };
}

/** Rules only the bulk plan raises (it owns the money arithmetic); tested in tst_bulkeditdialog. */
const QSet<AdGroupRule> kTestedThroughTheBulkPlan{AdGroupRule::BulkResultTooLarge};

} // namespace

class TestAdGroupRules : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsWellFormed();
    void everyRuleIsTriggered_data();
    void everyRuleIsTriggered();
    void everyRuleHasATrigger();
    void validAdGroupPassesEveryPath();
    void sameValueSameMessageOnEveryPath_data();
    void sameValueSameMessageOnEveryPath();
    void notClearableReadsTheSameInFormAndBody();
    void editOnlyBlamesWhatChanged();
    void bulkSummaryNamesAdGroups();
    void batchNamesAdGroupAndField();
};

void TestAdGroupRules::catalogueIsWellFormed()
{
    const QList<AdGroupRuleInfo> &catalogue = adGroupRuleCatalogue();
    QCOMPARE(catalogue.size(), static_cast<qsizetype>(AdGroupRule::BulkResultTooLarge) + 1);
    QSet<QString> ids;
    QSet<QString> messages;
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const AdGroupRuleInfo &info = catalogue.at(i);
        QCOMPARE(static_cast<qsizetype>(info.rule), i);
        QVERIFY2(!info.id.isEmpty() && !ids.contains(info.id), qPrintable(info.id));
        ids.insert(info.id);
        // One message per rule: no two rules say the same thing.
        const QString message = QString::fromLatin1(info.message);
        QVERIFY2(!message.isEmpty() && !messages.contains(message), qPrintable(message));
        messages.insert(message);
        QCOMPARE(adGroupRuleMessage(info.rule).isEmpty(), false);
    }
}

void TestAdGroupRules::everyRuleIsTriggered_data()
{
    QTest::addColumn<int>("index");
    const QList<Trigger> all = triggers();
    for (qsizetype i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(adGroupRuleInfo(all.at(i).rule).id)) << static_cast<int>(i);
}

void TestAdGroupRules::everyRuleIsTriggered()
{
    QFETCH(int, index);
    const Trigger trigger = triggers().at(index);
    const RuleViolations found = trigger.run();
    const RuleViolation *violation = find(found, trigger.rule);
    QVERIFY2(violation, qPrintable(describe(found)));
    QCOMPARE(violation->field, trigger.field);
    QCOMPARE(violation->severity, adGroupRuleInfo(trigger.rule).severity);
    // The message is the catalogue's, filled in where it has placeholders.
    QStringList parts = QString::fromLatin1(adGroupRuleInfo(trigger.rule).message).split(QRegularExpression(QStringLiteral("%\\d")));
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QString pattern = parts.join(QStringLiteral(".+"));
    QVERIFY2(QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$")).match(violation->message).hasMatch(),
             qPrintable(violation->message));
    QVERIFY2(!violation->message.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(violation->message));
}

void TestAdGroupRules::everyRuleHasATrigger()
{
    QSet<AdGroupRule> covered = kTestedThroughTheBulkPlan;
    for (const Trigger &trigger : triggers())
        covered.insert(trigger.rule);
    for (const AdGroupRuleInfo &info : adGroupRuleCatalogue())
        QVERIFY2(covered.contains(info.rule), qPrintable(QStringLiteral("no test triggers ") + info.id));
}

void TestAdGroupRules::validAdGroupPassesEveryPath()
{
    const Campaign plain = campaign(false);
    QCOMPARE(describe(checkAdGroupEdit(validNew(), nullptr, &plain)), QString());
    QCOMPARE(describe(checkAdGroupBody(validCreateBody(), AdGroupRequestKind::Create)), QString());
    QCOMPARE(describe(checkAdGroupBody(validUpdateBody(), AdGroupRequestKind::Update)), QString());
    AdGroup later = existing();
    later.endTime = kStart + 40 * kDay;
    QCOMPARE(describe(checkBulkEdit(existing(), later)), QString());
    QVERIFY(!checkBulkBudgetSelection({existing(), existing()}));
}

void TestAdGroupRules::sameValueSameMessageOnEveryPath_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("inUpdate");

    // inUpdate: whether an update body can show the mistake (it carries only what changed, so
    // an end before an unchanged start is the form's and the bulk plan's to catch).
    auto row = [](const char *name, AdGroupRule rule, const char *field, const char *key, const QJsonValue &value,
                  bool inUpdate = true) {
        QTest::newRow(name) << static_cast<int>(rule) << QString::fromLatin1(field) << QString::fromLatin1(key) << value << inUpdate;
    };
    row("empty name", AdGroupRule::NameRequired, "name", "name", QStringLiteral(" "));
    row("long name", AdGroupRule::NameTooLong, "name", "name", QString(300, u'n'));
    row("negative budget", AdGroupRule::BudgetNegative, "budget_in_micro_currency", "budget_in_micro_currency", -5'000'000);
    row("negative bid", AdGroupRule::BidNegative, "bid_in_micro_currency", "bid_in_micro_currency", -1);
    row("end before start", AdGroupRule::EndAfterStart, "end_time", "end_time", kStart - kDay, false);
    row("multiplier", AdGroupRule::BidMultiplierRange, "bid_multiplier", "bid_multiplier", 12);
    row("promotion", AdGroupRule::PromotionIdDigits, "promotion_id", "promotion_id", QStringLiteral("P-1"));
    row("tracking count", AdGroupRule::TrackingUrlCount, "tracking_urls", "tracking_urls",
        QJsonObject{{QStringLiteral("click"), QJsonArray{QStringLiteral("https://a.example/1"), QStringLiteral("https://a.example/2"),
                                                          QStringLiteral("https://a.example/3"), QStringLiteral("https://a.example/4")}}});
    row("tracking url", AdGroupRule::TrackingUrlInvalid, "tracking_urls", "tracking_urls",
        QJsonObject{{QStringLiteral("click"), QJsonArray{QStringLiteral("ftp://a.example/%20")}}});
}

void TestAdGroupRules::sameValueSameMessageOnEveryPath()
{
    QFETCH(int, rule);
    QFETCH(QString, field);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, inUpdate);
    const auto r = static_cast<AdGroupRule>(rule);

    // The same value, once as the form's (and the bulk plan's) ad group, once as the bodies
    // made from it.
    QJsonObject json = existing().toJson();
    json.insert(key, value);
    const AdGroup after = AdGroup::fromJson(json);
    QCOMPARE(after.toJson().value(key), value);

    QJsonObject createJson = validNew().toJson();
    createJson.insert(key, value);
    const AdGroup created = AdGroup::fromJson(createJson);

    const RuleViolations form = checkAdGroupEdit(created, nullptr, nullptr);
    const RuleViolations bulk = checkBulkEdit(existing(), after);
    const RuleViolations createBody = checkAdGroupBody(created.createBody(), AdGroupRequestKind::Create);
    const RuleViolations updateBody = checkAdGroupBody(AdGroup::updateBody(existing(), after), AdGroupRequestKind::Update);

    const RuleViolation *f = find(form, r);
    QVERIFY2(f, qPrintable(describe(form)));
    QCOMPARE(f->field, field);
    for (const RuleViolations *other : {&bulk, &createBody, &updateBody}) {
        if (other == &updateBody && !inUpdate)
            continue;
        const RuleViolation *v = find(*other, r);
        QVERIFY2(v, qPrintable(describe(*other)));
        QCOMPARE(v->field, f->field);
        QCOMPARE(v->message, f->message);
    }
}

void TestAdGroupRules::notClearableReadsTheSameInFormAndBody()
{
    AdGroup before = existing();
    before.lifetimeFrequencyCap = 5;
    AdGroup after = before;
    after.lifetimeFrequencyCap.setNull();
    const RuleViolations form = checkAdGroupEdit(after, &before, nullptr);
    QJsonObject update = validUpdateBody();
    update.insert(QStringLiteral("lifetime_frequency_cap"), QJsonValue::Null);
    const RuleViolations body = checkAdGroupBody(update, AdGroupRequestKind::Update);
    QCOMPARE(form.size(), 1);
    QCOMPARE(body, form);
    QCOMPARE(form.constFirst().message, QStringLiteral("Pinterest cannot remove this from an existing ad group; keep a value."));
}

void TestAdGroupRules::editOnlyBlamesWhatChanged()
{
    // Already on Pinterest with no end and a LIFETIME budget: renaming it is not refused…
    AdGroup before = existing();
    before.budgetType = QStringLiteral("LIFETIME");
    before.endTime.setNull();
    AdGroup renamed = before;
    renamed.name = QStringLiteral("Renamed");
    QCOMPARE(describe(checkAdGroupEdit(renamed, &before, nullptr)), QString());
    // …but removing the end of a LIFETIME ad group is, at the end.
    AdGroup withEnd = before;
    withEnd.endTime = kStart + kDay;
    AdGroup cleared = withEnd;
    cleared.endTime.setNull();
    const RuleViolations found = checkAdGroupEdit(cleared, &withEnd, nullptr);
    const RuleViolation *v = find(found, AdGroupRule::LifetimeBudgetNeedsEnd);
    QVERIFY2(v, qPrintable(describe(found)));
    QCOMPARE(v->field, QStringLiteral("end_time"));
}

void TestAdGroupRules::bulkSummaryNamesAdGroups()
{
    const RuleViolation negative = RuleViolation::of(AdGroupRule::BudgetNegative);
    const RuleViolation mixed = RuleViolation::of(AdGroupRule::BulkMixedBudgetTypes, {QStringLiteral("DAILY, LIFETIME")});
    QList<BulkViolation> violations;
    for (int i = 0; i < 5; ++i)
        violations << BulkViolation{QStringLiteral("AG %1").arg(i), negative};
    violations << BulkViolation{QString(), mixed};
    const QStringList lines = summarizeBulkViolations(violations);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("\"AG 0\", \"AG 1\", \"AG 2\" and 2 more: The budget cannot be negative."));
    QCOMPARE(lines.at(1), mixed.message);
}

void TestAdGroupRules::batchNamesAdGroupAndField()
{
    QList<QJsonObject> bodies(3, validCreateBody());
    QCOMPARE(firstAdGroupBodyProblem(bodies, AdGroupRequestKind::Create), QString());
    bodies[1].insert(QStringLiteral("end_time"), kStart);
    QCOMPARE(firstAdGroupBodyProblem(bodies, AdGroupRequestKind::Create),
             QStringLiteral("Ad group 2 (\"Spring sale\"), end_time: The end must be after the start."));
}

QTEST_GUILESS_MAIN(TestAdGroupRules)
#include "tst_adgrouprules.moc"
