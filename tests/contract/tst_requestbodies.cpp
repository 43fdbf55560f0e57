// Every request body the client would send for thousands of random, valid user actions —
// form edits of every member (clearing included), edits of many ad groups at once, duplicates
// of 1–30 ad groups whose sources hold arbitrary nulls, new ad groups, targeting-builder edits,
// bulk edits, cell edits in the grid, bid floor and audience sizing requests — checked against
// the request schemas of Pinterest's API description 5.23 by a JSON-schema validator (ajv).
//
// The bodies come from the app's own code paths: the edit → pending change functions, the
// post's batching (WriteBatch) and the request objects' checks and bodies. A body the app's own
// checks stop is never sent, so it is counted, not checked. Reproducible: the seed is fixed
// (PINSTRIPE_BODY_SEED overrides it). Skips without node, the npm packages or ../shared.

#include "randomadgroups.h"

#include "core/api/apiclient.h"
#include "core/api/createadgroupsrequest.h"
#include "core/api/estimateaudiencesizerequest.h"
#include "core/api/fetchbidfloorsrequest.h"
#include "core/api/tokenprovider.h"
#include "core/api/updateadgroupsrequest.h"
#include "core/changes/bidfloorcheck.h"
#include "core/changes/editchanges.h"
#include "core/changes/writebatch.h"
#include "core/rules/adgroupeditrules.h"
#include "core/sheet/celleditplanner.h"
#include "core/sheet/sheetvaluecodec.h"
#include "ui/editor/bulkeditplan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace pinstripe;
using namespace pinstripe::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"549755885175"_s;
const QString kAdGroupsRoute = u"/ad_accounts/{ad_account_id}/ad_groups"_s;
const QString kBidFloorRoute = u"/ad_accounts/{ad_account_id}/bid_floor"_s;
const QString kSizingRoute = u"/ad_accounts/{ad_account_id}/ad_groups/audience_sizing"_s;

QString nodeModules()
{
    return QDir(QStringLiteral(PINSTRIPE_PRISM_DIR)).filePath(u"node_modules"_s);
}

QString specFile()
{
    return QDir(qEnvironmentVariable("PINSTRIPE_SHARED_DIR")).filePath(u"pinterest-api/openapi.yaml"_s);
}

QString checker()
{
    return QStringLiteral(PINSTRIPE_SOURCE_DIR "/tests/contract/check-request-bodies.mjs");
}

/** Runs the checker on @p bodiesFile; its exit code and output. */
std::pair<int, QString> runChecker(const QString &bodiesFile)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NODE_PATH"_s, nodeModules());
    node.setProcessEnvironment(environment);
    node.start(QStandardPaths::findExecutable(u"node"_s), {checker(), specFile(), bodiesFile});
    if (!node.waitForFinished(180'000))
        return {-1, u"the checker did not finish"_s};
    return {node.exitCode(), QString::fromUtf8(node.readAll())};
}

/** The bodies to check, one JSON line each, and the counts of what happened to the actions. */
class BodyLog
{
public:
    explicit BodyLog(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
    }

    void add(const QString &method, const QString &route, const QString &action, const QByteArray &body)
    {
        const QJsonObject line{{u"method"_s, method}, {u"path"_s, route}, {u"action"_s, action},
                               {u"body"_s, QJsonDocument::fromJson(body).isArray()
                                               ? QJsonValue(QJsonDocument::fromJson(body).array())
                                               : QJsonValue(QJsonDocument::fromJson(body).object())}};
        m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        ++bodies;
        ++bodiesOf[action];
    }

    void flush() { m_file.flush(); }

    int bodies = 0;
    std::map<QString, int> bodiesOf;
    std::map<QString, int> actionsOf;
    std::map<QString, int> refusedByRulesOf;
    /** Why the app's rules refused actions, and how often. */
    std::map<QString, int> refusals;
    QStringList stoppedBeforeSending;

private:
    QFile m_file;
};

class ActionGenerator
{
public:
    ActionGenerator(quint32 seed, ApiClient *client, BodyLog &log)
        : m_random(seed)
        , m_client(client)
        , m_log(log)
    {
        for (int i = 0; i < 12; ++i)
            m_campaigns << m_random.campaign(kAccount);
        for (int i = 0; i < 400; ++i)
            m_adGroups << m_random.serverAdGroup(m_random.pick(m_campaigns));
    }

    void run(int actions)
    {
        using Action = void (ActionGenerator::*)();
        const QList<std::pair<int, Action>> weighted{
            {25, &ActionGenerator::formEdit},      {8, &ActionGenerator::formEditMany},
            {12, &ActionGenerator::duplicate},     {4, &ActionGenerator::newAdGroup},
            {12, &ActionGenerator::targetingEdit}, {12, &ActionGenerator::bulkEdit},
            {11, &ActionGenerator::cellEdits},     {8, &ActionGenerator::bidFloors},
            {8, &ActionGenerator::audienceSize}};
        int total = 0;
        for (const auto &entry : weighted)
            total += entry.first;
        for (int i = 0; i < actions; ++i) {
            int at = m_random.between(1, total);
            for (const auto &[weight, action] : weighted) {
                if ((at -= weight) <= 0) {
                    (this->*action)();
                    break;
                }
            }
        }
    }

private:
    const Campaign *campaignOf(const AdGroup &adGroup) const
    {
        for (const Campaign &campaign : m_campaigns) {
            if (campaign.id == adGroup.campaignId)
                return &campaign;
        }
        return nullptr;
    }

    bool refusedByRules(const QString &action, const AdGroup &after, const AdGroup *before)
    {
        for (const RuleViolation &violation : checkAdGroupEdit(after, before, campaignOf(after))) {
            if (violation.severity == RuleSeverity::Error) {
                ++m_log.refusedByRulesOf[action];
                ++m_log.refusals[violation.message];
                return true;
            }
        }
        return false;
    }

    /** @p count different ad groups of the account, as a selection in the table. */
    QList<AdGroup> selection(int count)
    {
        QList<AdGroup> chosen;
        QSet<QString> ids;
        while (chosen.size() < count) {
            const AdGroup &adGroup = m_random.pick(m_adGroups);
            if (!ids.contains(adGroup.id.valueOr({}))) {
                ids.insert(adGroup.id.valueOr({}));
                chosen << adGroup;
            }
        }
        return chosen;
    }

    /** A person's edits of @p adGroup, mostly followed by what the editor's messages ask for. */
    void randomEdits(AdGroup &adGroup, int most, const AdGroup *before)
    {
        for (int edits = m_random.between(1, most); edits > 0; --edits)
            m_random.edit(adGroup, m_random.pick(RandomAdGroups::editableMembers()), m_random.chance(25), m_campaigns);
        if (m_random.chance(85))
            m_random.settle(adGroup, before, campaignOf(adGroup), before == nullptr);
    }

    /** Posts @p changes as the post would: batched, each request checked, then its body. */
    void post(const QString &action, const QList<PendingChange> &changes)
    {
        for (const WriteBatch &batch : WriteBatch::plan(changes)) {
            std::unique_ptr<ApiRequest> request;
            if (batch.create)
                request = std::make_unique<CreateAdGroupsRequest>(m_client, kAccount, batch.bodies);
            else
                request = std::make_unique<UpdateAdGroupsRequest>(m_client, kAccount, batch.bodies);
            send(action, batch.create ? u"POST"_s : u"PATCH"_s, kAdGroupsRoute, *request);
        }
    }

    void send(const QString &action, const QString &method, const QString &route, const ApiRequest &request)
    {
        const QString problem = request.parameterProblem();
        if (problem.isEmpty())
            m_log.add(method, route, action, request.payload());
        else
            m_log.stoppedBeforeSending << action + u": "_s + problem;
    }

    void formEdit()
    {
        const QString action = u"form edit"_s;
        ++m_log.actionsOf[action];
        const AdGroup before = m_random.pick(m_adGroups);
        AdGroup after = before;
        randomEdits(after, 4, &before);
        if (!refusedByRules(action, after, &before))
            post(action, editchanges::ofEdits({before}, {after}, kAccount));
    }

    void formEditMany()
    {
        const QString action = u"form edit of many"_s;
        ++m_log.actionsOf[action];
        const QList<AdGroup> before = selection(m_random.between(2, 40));
        // The same edits for all of them, as the form applies its sections to each.
        AdGroup edited = before.constFirst();
        const QJsonObject editedJson = [&] {
            randomEdits(edited, 3, &before.constFirst());
            return edited.toJson();
        }();
        QList<AdGroup> after;
        for (const AdGroup &adGroup : std::as_const(before)) {
            QJsonObject json = adGroup.toJson();
            for (const QString &key : AdGroup::differingKeys(before.constFirst(), edited)) {
                if (editedJson.contains(key))
                    json.insert(key, editedJson.value(key));
                else
                    json.remove(key);
            }
            after << AdGroup::fromJson(json);
            if (refusedByRules(action, after.constLast(), &adGroup))
                return;
        }
        post(action, editchanges::ofEdits(before, after, kAccount));
    }

    void duplicate()
    {
        const QString action = u"duplicate"_s;
        ++m_log.actionsOf[action];
        QList<AdGroup> copies;
        for (int i = m_random.between(1, 30); i > 0; --i) {
            AdGroup copy = editchanges::duplicateOf(m_random.pick(m_adGroups), u"%1 (copy)"_s);
            if (m_random.chance(50))
                randomEdits(copy, 3, nullptr);
            else
                m_random.settle(copy, nullptr, campaignOf(copy), true);
            // The form asks for what a create needs before it lets the copies go.
            if (!copy.name.hasValue())
                copy.name = m_random.name();
            if (!copy.billableEvent.hasValue())
                copy.billableEvent = m_random.pick(enums::actionTypes());
            if (!copy.campaignId.hasValue())
                copy.campaignId = m_random.pick(m_campaigns).id;
            if (refusedByRules(action, copy, nullptr))
                return;
            copies << copy;
        }
        post(action, editchanges::ofCreates(copies, kAccount));
    }

    void newAdGroup()
    {
        const QString action = u"new ad group"_s;
        ++m_log.actionsOf[action];
        AdGroup adGroup;
        adGroup.campaignId = m_random.pick(m_campaigns).id;
        adGroup.name = m_random.name();
        adGroup.billableEvent = m_random.pick(enums::actionTypes());
        adGroup.status = u"ACTIVE"_s;
        randomEdits(adGroup, 8, nullptr);
        if (!refusedByRules(action, adGroup, nullptr))
            post(action, editchanges::ofCreates({adGroup}, kAccount));
    }

    void targetingEdit()
    {
        const QString action = u"targeting edit"_s;
        ++m_log.actionsOf[action];
        const AdGroup before = m_random.pick(m_adGroups);
        AdGroup after = before;
        // The builder edits one key at a time of what the ad group has.
        TargetingSpec spec = before.targetingSpec.valueOr({});
        const TargetingSpec other = m_random.targetingSpec();
        QJsonObject json = spec.toJson();
        const QJsonObject otherJson = other.toJson();
        for (int keys = m_random.between(1, 3); keys > 0; --keys) {
            const QString key = m_random.pick(QStringList{u"AGE_BUCKET"_s, u"APPTYPE"_s, u"GENDER"_s, u"GEO"_s,
                                                          u"INTEREST"_s, u"LOCALE"_s, u"LOCATION"_s,
                                                          u"TARGETING_STRATEGY"_s, u"AUDIENCE_INCLUDE"_s,
                                                          u"AUDIENCE_EXCLUDE"_s, u"SHOPPING_RETARGETING"_s});
            if (otherJson.contains(key))
                json.insert(key, otherJson.value(key));
            else
                json.remove(key); // "everyone" for this key
            // The builder offers age buckets or an age range, never both at once.
            if (key == u"AGE_BUCKET" && json.contains(key)) {
                json.remove(u"MINIMUM_AGE"_s);
                json.remove(u"MAXIMUM_AGE"_s);
            }
        }
        if (m_random.chance(15)) {
            json.remove(u"AGE_BUCKET"_s);
            json.insert(u"MINIMUM_AGE"_s, QString::number(m_random.between(18, 30)));
            json.insert(u"MAXIMUM_AGE"_s, u"65+"_s);
        }
        after.targetingSpec = TargetingSpec::fromJson(json);
        if (!refusedByRules(action, after, &before))
            post(action, editchanges::ofEdits({before}, {after}, kAccount));
    }

    BulkEditPlan::MoneyStep moneyStep()
    {
        const Currency usd = Currency::usd();
        switch (m_random.between(0, 4)) {
        case 0: return {BulkAdjustment::setTo(Money(m_random.moneyMicros(), usd)), u"set"_s};
        case 1: return {BulkAdjustment::increaseBy(Money(m_random.moneyMicros() / 10, usd)), u"+"_s};
        case 2: return {BulkAdjustment::decreaseBy(Money(10'000, usd)), u"-"_s};
        case 3: return {BulkAdjustment::increaseByPercent(m_random.between(1, 20000)), u"+%"_s};
        default: return {BulkAdjustment::decreaseByPercent(m_random.between(1, 9000)), u"-%"_s};
        }
    }

    void bulkEdit()
    {
        const QString action = u"bulk edit"_s;
        ++m_log.actionsOf[action];
        QList<AdGroup> chosen = selection(m_random.between(1, 120));
        BulkEditPlan plan;
        while (plan.isEmpty()) {
            if (m_random.chance(30))
                plan.status = m_random.pick(RandomAdGroups::editableStatuses());
            if (m_random.chance(30))
                plan.budget = moneyStep();
            if (m_random.chance(30))
                plan.bid = moneyStep();
            if (m_random.chance(15))
                plan.endShiftDays = m_random.between(-30, 60);
            else if (m_random.chance(10))
                plan.endSetTo = m_random.time() + 60'000'000;
            if (m_random.chance(20))
                plan.targeting = m_random.targetingSpec();
        }
        // A person edits budgets of one budget type at a time (the dialog says so otherwise).
        if ((plan.budget || plan.bid) && m_random.chance(85)) {
            const QString budgetType = chosen.constFirst().budgetType.valueOr({});
            chosen.removeIf([&](const AdGroup &a) { return a.budgetType.valueOr({}) != budgetType; });
        }
        const BulkEditPlan::Outcome outcome = plan.compute(chosen, Currency::usd(), kAccount);
        if (!outcome.problems.isEmpty()) {
            ++m_log.refusedByRulesOf[action];
            ++m_log.refusals[outcome.problems.constFirst().section(u": "_s, 1)];
            return;
        }
        post(action, outcome.changes);
    }

    void cellEdits()
    {
        const QString action = u"cell edits"_s;
        ++m_log.actionsOf[action];
        QHash<QString, AdGroup> byId;
        QHash<QString, Campaign> campaigns;
        for (const Campaign &campaign : std::as_const(m_campaigns))
            campaigns.insert(campaign.id.valueOr({}), campaign);
        QList<CellEdit> edits;
        const QList<SheetField> fields = SheetFields::editable();
        const SheetValueContext context{Currency::usd(), QLocale(QLocale::English, QLocale::UnitedStates),
                                        QTimeZone(QByteArrayLiteral("Europe/Berlin"))};
        for (const AdGroup &adGroup : selection(m_random.between(1, 20))) {
            byId.insert(adGroup.id.valueOr({}), adGroup);
            for (int cells = m_random.between(1, 3); cells > 0; --cells) {
                const SheetField field = m_random.pick(fields);
                const QString wire = SheetFields::wireField(field);
                AdGroup edited = adGroup;
                const bool clear = m_random.chance(15);
                if (!clear && wire != u"campaign_id")
                    m_random.edit(edited, wire, false, m_campaigns);
                const QJsonValue value = edited.toJson().value(wire);
                edits << CellEdit{adGroup.id.valueOr({}), field,
                                  clear ? QString() : SheetValueCodec::sheetText(field, value, context)};
            }
        }
        CellEditPlanner planner(byId, context, kAccount);
        planner.setCampaigns(&campaigns);
        const CellEditOutcome outcome = planner.plan(edits);
        if (!outcome.problems.isEmpty()) {
            ++m_log.refusedByRulesOf[action];
            ++m_log.refusals[outcome.problems.constFirst().message];
        }
        post(action, outcome.changes);
    }

    void bidFloors()
    {
        const QString action = u"bid floors"_s;
        ++m_log.actionsOf[action];
        BidFloorRequest request;
        QList<BidFloorSpec> specs;
        if (m_random.chance(50)) {
            // The check before posting prices the ad groups being posted.
            for (const AdGroup &adGroup : selection(m_random.between(1, 30))) {
                specs << BidFloorCheck::specFor(adGroup, campaignOf(adGroup), Currency::usd());
            }
        } else {
            // The calculator's rows, optionally with the targeting of its builder.
            for (int i = m_random.between(1, 8); i > 0; --i) {
                BidFloorSpec spec;
                spec.billableEvent = m_random.pick(enums::actionTypes());
                spec.currency = Currency(m_random.pick(QStringList{u"USD"_s, u"EUR"_s, u"JPY"_s, u"GBP"_s}));
                spec.countries = m_random.some(enums::countries(), 3);
                if (m_random.chance(60))
                    spec.creativeType = m_random.pick(enums::creativeTypes());
                if (m_random.chance(60))
                    spec.objectiveType = m_random.pick(enums::objectiveTypes());
                specs << spec;
            }
            if (m_random.chance(50))
                request.targetingSpec = m_random.targetingSpec();
        }
        request.bidFloorSpecs = specs;
        const FetchBidFloorsRequest fetch(m_client, kAccount, request);
        send(action, u"POST"_s, kBidFloorRoute, fetch);
    }

    void audienceSize()
    {
        const QString action = u"audience size"_s;
        ++m_log.actionsOf[action];
        AudienceSizingRequest request;
        request.targetingSpec = m_random.chance(30) ? m_random.pick(m_adGroups).targetingSpec.valueOr({})
                                                    : m_random.targetingSpec();
        const EstimateAudienceSizeRequest estimate(m_client, kAccount, request);
        send(action, u"POST"_s, kSizingRoute, estimate);
    }

    RandomAdGroups m_random;
    ApiClient *m_client;
    BodyLog &m_log;
    QList<Campaign> m_campaigns;
    QList<AdGroup> m_adGroups;
};

} // namespace

class TestRequestBodies final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString missing;
        if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
            missing = u"node is not installed"_s;
        else if (!QFileInfo::exists(QDir(nodeModules()).filePath(u"ajv/package.json"_s)))
            missing = u"ajv is not installed (cmake --build <build> --target prism)"_s;
        else if (!QFileInfo::exists(specFile()))
            missing = u"the API description is missing (PINSTRIPE_SHARED_DIR)"_s;
        // CI installs the tools, so there a missing one is a failure, not a reason to skip.
        if (!missing.isEmpty() && qEnvironmentVariableIsSet("PINSTRIPE_REQUIRE_CONTRACT_TOOLS"))
            QFAIL(qPrintable(missing));
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(m_dir.isValid());
        // PINSTRIPE_KEEP_BODIES=1 keeps the bodies for a look at a failure.
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("PINSTRIPE_KEEP_BODIES"));
        if (!m_dir.autoRemove())
            qInfo("bodies in %s", qPrintable(m_dir.path()));
    }

    /** The checker is not a rubber stamp: what Pinterest refuses, it finds. */
    void checkerFindsWhatPinterestRefuses()
    {
        const QString path = m_dir.filePath(u"refused.ndjson"_s);
        BodyLog log(path);
        const QByteArray create = R"([{"campaign_id":"1","name":"A","billable_event":"IMPRESSION","bid_multiplier":null}])";
        const QByteArray readOnly = R"([{"campaign_id":"1","name":"A","billable_event":"IMPRESSION","summary_status":"RUNNING"}])";
        const QByteArray unknown = R"([{"id":"1","colour":"red"}])";
        const QByteArray wrongType = R"({"bid_floor_specs":[{"billable_event":"IMPRESSION","currency":"USD","countries":"US"}]})";
        log.add(u"POST"_s, kAdGroupsRoute, u"null"_s, create);
        log.add(u"POST"_s, kAdGroupsRoute, u"read-only"_s, readOnly);
        log.add(u"PATCH"_s, kAdGroupsRoute, u"unknown"_s, unknown);
        log.add(u"POST"_s, kBidFloorRoute, u"type"_s, wrongType);
        log.flush();
        const auto [code, output] = runChecker(path);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(u"/0/bid_multiplier must be number"_s), qPrintable(output));
        QVERIFY2(output.contains(u"/0/summary_status is not a member of the request schema"_s), qPrintable(output));
        QVERIFY2(output.contains(u"/0/colour is not a member of the request schema"_s), qPrintable(output));
        QVERIFY2(output.contains(u"/bid_floor_specs/0/countries must be array"_s), qPrintable(output));
        QVERIFY2(output.contains(u"checked 4 bodies: 4 violations"_s), qPrintable(output));
    }

    void randomActionsSendOnlyWhatTheSchemaAllows()
    {
        const quint32 seed = qEnvironmentVariableIsSet("PINSTRIPE_BODY_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("PINSTRIPE_BODY_SEED"))
                                 : 20261202u;
        const QString path = m_dir.filePath(u"bodies.ndjson"_s);
        StaticTokenProvider tokens(u"unused"_s);
        ApiClient client(QUrl(u"http://127.0.0.1:9/v5"_s), &tokens); // nothing is sent
        BodyLog log(path);
        ActionGenerator generator(seed, &client, log);
        constexpr int kActions = 2400;
        generator.run(kActions);
        log.flush();

        std::multimap<int, QString, std::greater<>> byCount;
        for (const auto &[reason, count] : log.refusals)
            byCount.emplace(count, reason);
        for (const auto &[count, reason] : byCount)
            qInfo("refused %4d times: %s", count, qPrintable(reason.left(140)));
        // The form's rules and the requests' checks agree: what the rules let through is sendable.
        QVERIFY2(log.stoppedBeforeSending.isEmpty(), qPrintable(log.stoppedBeforeSending.mid(0, 5).join(u'\n')));
        int actions = 0;
        for (const auto &[action, count] : log.actionsOf) {
            actions += count;
            qInfo("%-20s %4d actions, %4d refused by the app's rules, %4d bodies", qPrintable(action), count,
                  log.refusedByRulesOf[action], log.bodiesOf[action]);
            // Each kind of action mostly gets through: a generator whose actions the app refuses
            // checks nothing.
            QVERIFY2(log.bodiesOf[action] > count / 3, qPrintable(action));
        }
        QCOMPARE(actions, kActions);
        qInfo("seed %u: %d bodies to check, %lld stopped by the requests' own checks", seed, log.bodies,
              qlonglong(log.stoppedBeforeSending.size()));

        const auto [code, output] = runChecker(path);
        QVERIFY2(code == 0, qPrintable(output.right(6000)));
        QVERIFY2(output.contains(u"checked %1 bodies: 0 violations"_s.arg(log.bodies)), qPrintable(output));
        qInfo("%s", qPrintable(output.trimmed()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRequestBodies)
#include "tst_requestbodies.moc"
