#include "core/model/adgroup.h"
#include "core/model/adgroupnullability.h"
#include "core/rules/adgroupbodyrules.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pinstripe;

namespace {
QJsonObject validCreate()
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Spring sale — US")},
        {QStringLiteral("campaign_id"), QStringLiteral("626736533506")},
        {QStringLiteral("billable_event"), QStringLiteral("CLICKTHROUGH")},
        {QStringLiteral("budget_in_micro_currency"), 25'000'000},
        {QStringLiteral("budget_type"), QStringLiteral("DAILY")},
        {QStringLiteral("targeting_spec"), QJsonObject{{QStringLiteral("MINIMUM_AGE"), QStringLiteral("25")},
                                                       {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("65+")},
                                                       {QStringLiteral("GENDER"), QJsonArray{QStringLiteral("female")}}}},
    };
}
QString sharedFile(const QString &relative, QString *why)
{
    const QString shared = qEnvironmentVariable("PINSTRIPE_SHARED_DIR");
    if (shared.isEmpty()) {
        *why = QStringLiteral("PINSTRIPE_SHARED_DIR is not set; it must point at the folder holding pinterest-api/");
        return {};
    }
    const QString path = shared + u'/' + relative;
    if (!QFile::exists(path)) {
        *why = QStringLiteral("not found: ") + path;
        return {};
    }
    return path;
}

qsizetype indentOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    return i;
}

/** The lines of the schema @p name under components/schemas of the YAML @p lines. */
QStringList schemaBlock(const QStringList &lines, const QString &name)
{
    const qsizetype start = lines.indexOf(QStringLiteral("    ") + name + u':');
    if (start < 0)
        return {};
    QStringList block;
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (!line.trimmed().isEmpty() && indentOf(line) <= 4)
            break;
        block << line;
    }
    return block;
}

/**
 * Every property declared in @p block (under any `properties:` of it, allOf parts included)
 * with whether that declaration says `nullable: true`; a bare `$ref` declaration takes the
 * referenced schema's top-level flag. Read straight from the text, independent of the
 * generator that made the table under test.
 */
QList<std::pair<QString, bool>> declaredProperties(const QStringList &all, const QStringList &block)
{
    QList<std::pair<QString, bool>> result;
    for (qsizetype i = 0; i < block.size(); ++i) {
        if (block.at(i).trimmed() != QLatin1String("properties:"))
            continue;
        const qsizetype propertyIndent = indentOf(block.at(i)) + 2;
        for (qsizetype j = i + 1; j < block.size(); ++j) {
            const QString &line = block.at(j);
            if (line.trimmed().isEmpty())
                continue;
            if (indentOf(line) < propertyIndent)
                break;
            if (indentOf(line) != propertyIndent)
                continue;
            const QString name = line.trimmed().chopped(1); // "name:"
            bool nullable = false;
            for (qsizetype k = j + 1; k < block.size() && (block.at(k).trimmed().isEmpty() || indentOf(block.at(k)) > propertyIndent); ++k) {
                const QString &member = block.at(k);
                if (indentOf(member) != propertyIndent + 2)
                    continue;
                if (member.trimmed() == QLatin1String("nullable: true"))
                    nullable = true;
                if (member.trimmed().startsWith(QLatin1String("$ref: '#/components/schemas/"))) {
                    const QString target = member.trimmed().section(u'/', -1).chopped(1);
                    for (const QString &top : schemaBlock(all, target)) {
                        if (indentOf(top) == 6 && top.trimmed() == QLatin1String("nullable: true"))
                            nullable = true;
                    }
                }
            }
            result.append({name, nullable});
        }
    }
    return result;
}

/** Members of the request schema @p name (AdGroupCommon merged in) that may not be null, sorted. */
std::pair<QStringList, QStringList> membersOf(const QStringList &lines, const QString &name)
{
    QHash<QString, bool> nullable;
    for (const QString &schema : {QStringLiteral("AdGroupCommon"), name}) {
        for (const auto &[member, allowsNull] : declaredProperties(lines, schemaBlock(lines, schema)))
            nullable[member] = nullable.value(member, true) && allowsNull;
    }
    QStringList members = nullable.keys();
    members.sort();
    QStringList notNullable;
    for (const QString &member : std::as_const(members)) {
        if (!nullable.value(member))
            notNullable << member;
    }
    return {members, notNullable};
}

/** The body rules' messages for @p body, in order. */
QStringList checkBody(const QJsonObject &body, bool forCreate)
{
    return messagesOf(checkAdGroupBody(body, forCreate ? AdGroupRequestKind::Create : AdGroupRequestKind::Update));
}

QString checkBatch(const QList<QJsonObject> &bodies, bool forCreate)
{
    return firstAdGroupBodyProblem(bodies, forCreate ? AdGroupRequestKind::Create : AdGroupRequestKind::Update);
}

} // namespace

class TestAdGroupBodyRules : public QObject
{
    Q_OBJECT

private slots:
    void validBodiesPass();
    void createProblems_data();
    void createProblems();
    void updateNeedsId();
    void nullsTheSchemaForbidsAreRefused_data();
    void nullsTheSchemaForbidsAreRefused();
    void bodiesFromPinterestsExampleLeaveForbiddenNullsOut();
    void nullabilityTableMatchesTheSpec();
    void batchNaming();
};

void TestAdGroupBodyRules::validBodiesPass()
{
    QCOMPARE(checkBody(validCreate(), true), QStringList());
    const QJsonObject update{{QStringLiteral("id"), QStringLiteral("2680059592705")},
                             {QStringLiteral("bid_in_micro_currency"), 1'500'000}};
    QCOMPARE(checkBody(update, false), QStringList());
}

void TestAdGroupBodyRules::createProblems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem");

    QTest::newRow("no name") << "name" << QJsonValue(QStringLiteral(" ")) << "Enter a name.";
    QTest::newRow("bad campaign") << "campaign_id" << QJsonValue(QStringLiteral("x1")) << "Choose a campaign.";
    QTest::newRow("bad status") << "status" << QJsonValue(QStringLiteral("RUNNING")) << "\"RUNNING\" is not one of";
    QTest::newRow("bad billable") << "billable_event" << QJsonValue(QStringLiteral("BILLABLE_ENGAGEMENT")) << "\"BILLABLE_ENGAGEMENT\" is not one of";
    QTest::newRow("fractional micros") << "budget_in_micro_currency" << QJsonValue(1.5) << "whole";
    QTest::newRow("negative bid") << "bid_in_micro_currency" << QJsonValue(-1) << "The bid cannot be negative.";
    QTest::newRow("multiplier") << "bid_multiplier" << QJsonValue(11) << "between 0 and 10";
    QTest::newRow("lifetime no end") << "budget_type" << QJsonValue(QStringLiteral("LIFETIME")) << "needs an end time";
    QTest::newRow("cap no end") << "lifetime_frequency_cap" << QJsonValue(5) << "needs an end time";
    QTest::newRow("no billable event") << "billable_event" << QJsonValue(QJsonValue::Undefined) << "Choose a billable event.";
    QTest::newRow("promotion") << "promotion_id" << QJsonValue(QStringLiteral("P1")) << "digits only";
    QTest::newRow("end before start") << "end_time" << QJsonValue(100) << "The end must be after the start.";
    QTest::newRow("read-only") << "summary_status" << QJsonValue(QStringLiteral("RUNNING")) << "read-only";
    QTest::newRow("age unpaired") << "targeting_spec"
        << QJsonValue(QJsonObject{{QStringLiteral("MINIMUM_AGE"), QStringLiteral("18")}}) << "together";
    QTest::newRow("age as number") << "targeting_spec"
        << QJsonValue(QJsonObject{{QStringLiteral("MINIMUM_AGE"), QStringLiteral("x")}, {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("30")}})
        << "MINIMUM_AGE must be";
    QTest::newRow("age both forms") << "targeting_spec"
        << QJsonValue(QJsonObject{{QStringLiteral("MINIMUM_AGE"), QStringLiteral("18")}, {QStringLiteral("MAXIMUM_AGE"), QStringLiteral("30")},
                                  {QStringLiteral("AGE_BUCKET"), QJsonArray{QStringLiteral("18-24")}}})
        << "not both";
    QTest::newRow("gender") << "targeting_spec"
        << QJsonValue(QJsonObject{{QStringLiteral("GENDER"), QJsonArray{QStringLiteral("MALE")}}}) << "GENDER";
    QTest::newRow("tracking count") << "tracking_urls"
        << QJsonValue(QJsonObject{{QStringLiteral("click"), QJsonArray{QStringLiteral("https://a.example/1"), QStringLiteral("https://a.example/2"),
                                                                          QStringLiteral("https://a.example/3"), QStringLiteral("https://a.example/4")}}})
        << "at most 3";
    QTest::newRow("tracking url") << "tracking_urls"
        << QJsonValue(QJsonObject{{QStringLiteral("impression"), QJsonArray{QStringLiteral("not a url")}}}) << "not a valid";
}

void TestAdGroupBodyRules::createProblems()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    QJsonObject body = validCreate();
    body.insert(QStringLiteral("start_time"), 200);
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    const QStringList problems = checkBody(body, true);
    QVERIFY2(!problems.isEmpty(), "expected a problem");
    QVERIFY2(problems.join(QLatin1Char('|')).contains(problem), qPrintable(problems.join(QLatin1Char('|'))));
}

void TestAdGroupBodyRules::updateNeedsId()
{
    const QStringList problems = checkBody(QJsonObject{{QStringLiteral("status"), QStringLiteral("PAUSED")}}, false);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.constFirst().contains(QStringLiteral("id")));
}

void TestAdGroupBodyRules::nullsTheSchemaForbidsAreRefused_data()
{
    QTest::addColumn<bool>("forCreate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("refused");

    // AdGroupCreateRequest re-declares auto_targeting_enabled without nullable; bid_multiplier
    // and lifetime_frequency_cap are never nullable; the money, times and promotion are.
    QTest::newRow("create bid_multiplier") << true << "bid_multiplier" << true;
    QTest::newRow("create auto_targeting_enabled") << true << "auto_targeting_enabled" << true;
    QTest::newRow("create lifetime_frequency_cap") << true << "lifetime_frequency_cap" << true;
    QTest::newRow("create budget_type") << true << "budget_type" << true;
    QTest::newRow("create targeting_spec") << true << "targeting_spec" << true;
    QTest::newRow("create bid_in_micro_currency") << true << "bid_in_micro_currency" << false;
    QTest::newRow("create end_time") << true << "end_time" << false;
    QTest::newRow("create tracking_urls") << true << "tracking_urls" << false;
    QTest::newRow("create promotion_id") << true << "promotion_id" << false;
    QTest::newRow("create unknown member") << true << "some_future_member" << false;
    QTest::newRow("update lifetime_frequency_cap") << false << "lifetime_frequency_cap" << true;
    QTest::newRow("update bid_multiplier") << false << "bid_multiplier" << true;
    QTest::newRow("update status") << false << "status" << true;
    QTest::newRow("update auto_targeting_enabled") << false << "auto_targeting_enabled" << false;
    QTest::newRow("update end_time") << false << "end_time" << false;
    QTest::newRow("update promotion_id") << false << "promotion_id" << false;
}

void TestAdGroupBodyRules::nullsTheSchemaForbidsAreRefused()
{
    QFETCH(bool, forCreate);
    QFETCH(QString, key);
    QFETCH(bool, refused);
    QJsonObject body = forCreate ? validCreate() : QJsonObject{{QStringLiteral("id"), QStringLiteral("2680059592705")}};
    body.insert(key, QJsonValue(QJsonValue::Null));
    const QStringList problems = checkBody(body, forCreate);
    if (!refused) {
        QCOMPARE(problems, QStringList());
        return;
    }
    const RuleViolations violations = checkAdGroupBody(body, forCreate ? AdGroupRequestKind::Create : AdGroupRequestKind::Update);
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.constFirst().field, key);
    QCOMPARE(violations.constFirst().rule, forCreate ? AdGroupRule::NullOnCreate : AdGroupRule::NotClearable);
    // The batch names the ad group and the member, before anything is sent.
    const QJsonObject fine = forCreate ? validCreate() : QJsonObject{{QStringLiteral("id"), QStringLiteral("2680059592706")}};
    const QString batch = checkBatch({fine, body}, forCreate);
    QVERIFY2(batch.contains(key) && batch.startsWith(QStringLiteral("Ad group 2")), qPrintable(batch));
}

void TestAdGroupBodyRules::bodiesFromPinterestsExampleLeaveForbiddenNullsOut()
{
    // Pinterest's own example response carries "bid_multiplier": null; a create or update body
    // built from it must not.
    QString why;
    const QString path = sharedFile(QStringLiteral("pinterest-api/examples/ad_group_response.json"), &why);
    if (path.isEmpty())
        QSKIP(qPrintable(why));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject example = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(example.contains(QLatin1String("bid_multiplier")));
    QVERIFY(example.value(QLatin1String("bid_multiplier")).isNull());

    AdGroup source = AdGroup::fromJson(example);
    source.autoTargetingEnabled.setNull();
    const QJsonObject create = source.createBody();
    QVERIFY(!create.contains(QLatin1String("bid_multiplier")));
    QVERIFY(!create.contains(QLatin1String("auto_targeting_enabled")));
    QCOMPARE(checkBody(create, true), QStringList());

    // Clearing what the update schema cannot clear is left out; what it can clear is sent as null.
    AdGroup before = AdGroup::fromJson(example);
    before.lifetimeFrequencyCap = 5;
    before.endTime = 1'900'000'000;
    before.promotionId = QStringLiteral("123");
    AdGroup after = before;
    after.lifetimeFrequencyCap.setNull();
    after.promotionId.setNull();
    after.name = QStringLiteral("Renamed");
    const QJsonObject update = AdGroup::updateBody(before, after);
    QVERIFY(!update.contains(QLatin1String("lifetime_frequency_cap")));
    QVERIFY(update.contains(QLatin1String("promotion_id")) && update.value(QLatin1String("promotion_id")).isNull());
    QCOMPARE(checkBody(update, false), QStringList());
}

void TestAdGroupBodyRules::nullabilityTableMatchesTheSpec()
{
    QString why;
    const QString path = sharedFile(QStringLiteral("pinterest-api/openapi.yaml"), &why);
    if (path.isEmpty())
        QSKIP(qPrintable(why));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');

    const auto [createMembers, createNotNullable] = membersOf(lines, QStringLiteral("AdGroupCreateRequest"));
    const auto [updateMembers, updateNotNullable] = membersOf(lines, QStringLiteral("AdGroupUpdateRequest"));
    QCOMPARE(createMembers.size(), 22);
    QCOMPARE(updateMembers.size(), 23);
    QCOMPARE(adgroupnullability::notNullable(AdGroupRequestKind::Create), createNotNullable);
    QCOMPARE(adgroupnullability::notNullable(AdGroupRequestKind::Update), updateNotNullable);
    for (const QString &member : createMembers)
        QVERIFY2(adgroupnullability::isKnown(member, AdGroupRequestKind::Create), qPrintable(member));
    for (const QString &member : updateMembers)
        QVERIFY2(adgroupnullability::isKnown(member, AdGroupRequestKind::Update), qPrintable(member));
    QVERIFY(createNotNullable.contains(QStringLiteral("auto_targeting_enabled")));
    QVERIFY(!updateNotNullable.contains(QStringLiteral("auto_targeting_enabled")));
}

void TestAdGroupBodyRules::batchNaming()
{
    QList<QJsonObject> batch(3, validCreate());
    QCOMPARE(checkBatch(batch, true), QString());
    batch[2].insert(QStringLiteral("status"), QStringLiteral("LIVE"));
    const QString problem = checkBatch(batch, true);
    QVERIFY2(problem.startsWith(QStringLiteral("Ad group 3 (\"Spring sale — US\"), status: \"LIVE\" is not one of: ")), qPrintable(problem));
    batch[2].remove(QStringLiteral("name"));
    QVERIFY2(checkBatch(batch, true).startsWith(QStringLiteral("Ad group 3, name: Enter a name.")), qPrintable(checkBatch(batch, true)));
}

QTEST_GUILESS_MAIN(TestAdGroupBodyRules)
#include "tst_adgroupbodyrules.moc"
