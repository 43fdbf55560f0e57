#include "core/model/analyticscolumn.h"
#include "core/model/currency.h"
#include "core/model/enums.h"

#include <QFile>
#include <QTest>

using namespace pinstripe;

namespace {

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

/** The `- VALUE` lines of the first `enum:` after the line @p anchor, read straight from the YAML. */
QStringList yamlEnumAfter(const QString &path, const QString &anchor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList values;
    bool inAnchor = false;
    bool inEnum = false;
    qsizetype itemIndent = -1;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (!inAnchor) {
            inAnchor = line == anchor;
            continue;
        }
        const QString trimmed = line.trimmed();
        if (!inEnum) {
            inEnum = trimmed == QLatin1String("enum:");
            continue;
        }
        if (!trimmed.startsWith(QLatin1String("- ")))
            break;
        const qsizetype thisIndent = line.indexOf(u'-');
        if (itemIndent < 0)
            itemIndent = thisIndent;
        if (thisIndent != itemIndent)
            break;
        QString value = trimmed.mid(2).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'\'') || value.startsWith(u'"')))
            value = value.mid(1, value.size() - 2);
        values.append(value);
    }
    return values;
}

} // namespace

class TestEnums : public QObject
{
    Q_OBJECT

private slots:
    void sizes();
    void membership();
    void countries();
    void currenciesMatchCurrencyClass();
    void columnsMatchTheSpec();
    void columnClassification_data();
    void columnClassification();
    void classificationMatchesTheDigest();
};

void TestEnums::sizes()
{
    QCOMPARE(enums::entityStatuses().size(), 5);
    QCOMPARE(enums::adGroupSummaryStatuses().size(), 8);
    QCOMPARE(enums::currencyCodes().size(), 27);
    QCOMPARE(enums::countries().size(), 248);
    QCOMPARE(enums::analyticsColumns().size(), 175);
    QCOMPARE(AnalyticsColumn::all().size(), 175);
    QCOMPARE(enums::ageBuckets().size(), 10);
    QCOMPARE(enums::adGroupTargetingTypes().size(), 14);
    QCOMPARE(enums::creativeTypes().size(), 13);
    QCOMPARE(enums::audienceSizingCreativeTypes().size(), 8);
    QCOMPARE(enums::attributionWindowDays(), (QList<int>{0, 1, 7, 14, 30, 60}));
    QCOMPARE(enums::granularities(), (QStringList{QStringLiteral("TOTAL"), QStringLiteral("DAY"),
                                                  QStringLiteral("HOUR"), QStringLiteral("WEEK"),
                                                  QStringLiteral("MONTH")}));
    QCOMPARE(enums::bidStrategyTypes(), (QStringList{QStringLiteral("AUTOMATIC_BID"),
                                                     QStringLiteral("MAX_BID"), QStringLiteral("TARGET_AVG")}));
}

void TestEnums::membership()
{
    QVERIFY(enums::isEntityStatus(QStringLiteral("DELETED_DRAFT")));
    QVERIFY(!enums::isEntityStatus(QStringLiteral("active"))); // case matters
    QVERIFY(!enums::isEntityStatus(QStringLiteral("SOMETHING_NEW")));
    QVERIFY(enums::isActionType(QStringLiteral("VIDEO_V_50_MRC")));
    QVERIFY(enums::isBudgetType(QStringLiteral("CBO_ADGROUP")));
    QVERIFY(enums::isAppType(QStringLiteral("web_mobile")));
    QVERIFY(!enums::isAppType(QStringLiteral("WEB_MOBILE")));
    QVERIFY(enums::isGender(QStringLiteral("unknown")));
    QVERIFY(enums::isAgeBucket(QStringLiteral("65+")));
    QVERIFY(enums::isTargetingStrategy(QStringLiteral("FIND_NEW_CUSTOMERS")));
    QVERIFY(enums::isGranularity(QStringLiteral("WEEK")));
    QVERIFY(!enums::isGranularity(QStringLiteral("WEEKLY")));
    QVERIFY(enums::isPromotionApplicationLevel(QStringLiteral("AD_GROUP")));
    QVERIFY(enums::isConversionReportTime(QStringLiteral("TIME_OF_CONVERSION")));
    QVERIFY(enums::isConversionReportAttributionType(QStringLiteral("HOUSEHOLD")));
    QVERIFY(enums::isAdGroupTargetingType(QStringLiteral("CREATIVE_ENHANCEMENTS")));
    QVERIFY(enums::isPlacementGroupType(QStringLiteral("BROWSE")));
    QVERIFY(enums::isPacingDeliveryType(QStringLiteral("ACCELERATED")));
    QVERIFY(enums::isObjectiveType(QStringLiteral("VIDEO_COMPLETION")));
    QVERIFY(enums::isCreativeType(QStringLiteral("MAX_WIDTH_VIDEO_COLLECTION")));
    QVERIFY(!enums::isAudienceSizingCreativeType(QStringLiteral("MAX_WIDTH_VIDEO_COLLECTION")));
    QVERIFY(enums::isAudienceSizingCreativeType(QStringLiteral("IDEA")));
    QVERIFY(enums::isCampaignSummaryStatus(QStringLiteral("ADVERTISER_DISABLED")));
    QVERIFY(enums::isConversionEvent(QStringLiteral("APP_INSTALL")));
    QVERIFY(enums::isFrequencyTimerange(QStringLiteral("TWENTY_FOUR_HOUR")));
    QVERIFY(enums::isConversionLearningModeType(QStringLiteral("NOT_ACTIVE")));
    QVERIFY(enums::isMatchType(QStringLiteral("PHRASE_NEGATIVE")));
    QVERIFY(enums::isBusinessAccessRole(QStringLiteral("CAMPAIGN_MANAGER")));
    QVERIFY(enums::isAttributionWindowDays(14));
    QVERIFY(!enums::isAttributionWindowDays(3));
}

void TestEnums::countries()
{
    QVERIFY(enums::isCountry(QStringLiteral("NO"))); // a YAML boolean if unquoted
    QVERIFY(enums::isCountry(QStringLiteral("ZW")));
    QVERIFY(!enums::isCountry(QStringLiteral("XX")));
    QCOMPARE(enums::countries().first(), QStringLiteral("AD"));
    QCOMPARE(enums::countryName(QStringLiteral("DE")), QStringLiteral("Germany"));
    QCOMPARE(enums::countryName(QStringLiteral("JP")), QStringLiteral("Japan"));
    QVERIFY(enums::countryName(QStringLiteral("XX")).isEmpty());
    QVERIFY(enums::countryName(QStringLiteral("")).isEmpty());
    int named = 0;
    for (const QString &code : enums::countries())
        named += enums::countryName(code).isEmpty() ? 0 : 1;
    QVERIFY2(named > 230, qPrintable(QString::number(named)));
}

void TestEnums::currenciesMatchCurrencyClass()
{
    for (const QString &code : enums::currencyCodes()) {
        QVERIFY(enums::isCurrencyCode(code));
        QCOMPARE(Currency(code).isKnown(), code != QLatin1String("UNK"));
    }
}

void TestEnums::columnsMatchTheSpec()
{
    QString why;
    const QString spec = sharedFile(QStringLiteral("pinterest-api/openapi.yaml"), &why);
    if (spec.isEmpty())
        QSKIP(qPrintable(why));
    const QStringList fromSpec = yamlEnumAfter(spec, QStringLiteral("    query_columns:"));
    QCOMPARE(fromSpec.size(), 175);
    QCOMPARE(AnalyticsColumn::all(), fromSpec);
    for (const QString &column : fromSpec)
        QVERIFY2(AnalyticsColumn::isKnown(column), qPrintable(column));

    const QStringList countries = yamlEnumAfter(spec, QStringLiteral("    Country:"));
    QCOMPARE(countries.size(), 248);
    QCOMPARE(enums::countries(), countries);
    QCOMPARE(enums::entityStatuses(), yamlEnumAfter(spec, QStringLiteral("    EntityStatus:")));
}

void TestEnums::columnClassification_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<AnalyticsColumn::Kind>("kind");
    using K = AnalyticsColumn::Kind;
    QTest::newRow("spend micro") << "SPEND_IN_MICRO_DOLLAR" << K::MicroMoney;
    QTest::newRow("checkout value") << "TOTAL_WEB_CHECKOUT_VALUE_IN_MICRO_DOLLAR" << K::MicroMoney;
    QTest::newRow("spend major") << "SPEND_IN_DOLLAR" << K::MajorMoney;
    QTest::newRow("suffix after unit") << "COST_PER_OUTBOUND_CLICK_IN_DOLLAR_1" << K::MajorMoney;
    QTest::newRow("ctr") << "CTR" << K::Rate;
    QTest::newRow("outbound ctr") << "OUTBOUND_CTR_1" << K::Rate;
    QTest::newRow("conversion rate") << "TOTAL_CHECKOUT_CONVERSION_RATE" << K::Rate;
    QTest::newRow("roas") << "CHECKOUT_ROAS" << K::Ratio;
    QTest::newRow("impressions") << "IMPRESSION_1" << K::Count;
    QTest::newRow("conversions") << "TOTAL_CONVERSIONS" << K::Count;
    QTest::newRow("name") << "CAMPAIGN_NAME" << K::Attribute;
    QTest::newRow("id") << "AD_GROUP_ID" << K::Attribute;
    QTest::newRow("flag") << "IS_PREMIERE_CAMPAIGN" << K::Attribute;
    QTest::newRow("cap unit unknown") << "CAMPAIGN_DAILY_SPEND_CAP" << K::Other;
    QTest::newRow("cpa unit unknown") << "PAGE_VISIT_COST_PER_ACTION" << K::Other;
    QTest::newRow("frequency") << "TOTAL_IMPRESSION_FREQUENCY" << K::Other;
    QTest::newRow("future micro column") << "FUTURE_VALUE_IN_MICRO_DOLLAR" << K::MicroMoney;
}

void TestEnums::columnClassification()
{
    QFETCH(QString, column);
    QFETCH(AnalyticsColumn::Kind, kind);
    QCOMPARE(AnalyticsColumn::kindName(AnalyticsColumn::kind(column)), AnalyticsColumn::kindName(kind));
    QCOMPARE(AnalyticsColumn::isKnown(column), !column.startsWith(QLatin1String("FUTURE")));
}

void TestEnums::classificationMatchesTheDigest()
{
    // The API digest classifies every column in a table (§3.17); the code derives the kind from
    // the name. Both must agree for all 175 columns.
    QString why;
    const QString digest = sharedFile(QStringLiteral("pinterest-api/ADGROUPS_API.md"), &why);
    if (digest.isEmpty())
        QSKIP(qPrintable(why));
    QFile file(digest);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const qsizetype start = lines.indexOf(QStringLiteral("### 3.17 Analytics `columns` enum — all 175 values [S23 L13847]"));
    QVERIFY(start >= 0);
    int checked = 0;
    for (qsizetype i = start; i < lines.size() && checked < 175; ++i) {
        const QStringList cells = lines.at(i).split(u'|');
        if (cells.size() < 5 || !cells.at(2).trimmed().startsWith(u'`'))
            continue;
        const QString column = cells.at(2).trimmed().remove(u'`');
        const QString label = cells.at(3).trimmed();
        AnalyticsColumn::Kind expected = AnalyticsColumn::Kind::Other;
        if (label.contains(QLatin1String("MICRO_DOLLARS")))
            expected = AnalyticsColumn::Kind::MicroMoney;
        else if (label.startsWith(QLatin1String("money, whole")))
            expected = AnalyticsColumn::Kind::MajorMoney;
        else if (label == QLatin1String("count"))
            expected = AnalyticsColumn::Kind::Count;
        else if (label.startsWith(QLatin1String("rate")))
            expected = AnalyticsColumn::Kind::Rate;
        else if (label.startsWith(QLatin1String("ratio")))
            expected = AnalyticsColumn::Kind::Ratio;
        else if (label.startsWith(QLatin1String("attribute")))
            expected = AnalyticsColumn::Kind::Attribute;
        QVERIFY2(AnalyticsColumn::isKnown(column), qPrintable(column));
        QVERIFY2(AnalyticsColumn::kind(column) == expected,
                 qPrintable(column + QStringLiteral(": ") + AnalyticsColumn::kindName(AnalyticsColumn::kind(column))
                            + QStringLiteral(" vs digest ") + label));
        ++checked;
    }
    QCOMPARE(checked, 175);
    QCOMPARE(AnalyticsColumn::columnsOfKind(AnalyticsColumn::Kind::MicroMoney).size(), 18);
}

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
