// libFuzzer target: the analytics and planning answers — analytics rows and reports, targeting
// analytics, bid floors and audience sizing, with the unit conversions the screens apply to
// every column (money in micro-units, rates, counts). The first byte picks the type.

#include "core/model/analyticsreport.h"
#include "core/model/analyticsrow.h"
#include "core/model/audiencesizing.h"
#include "core/model/bidfloor.h"
#include "core/model/currency.h"
#include "core/model/money.h"
#include "core/model/targetinganalytics.h"
#include "core/model/targetingoption.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace pinstripe;

namespace {

/** Reads every column the way the tables do, in a currency with and one without minor units. */
template<typename Row>
void readColumns(const Row &row, const QStringList &columns)
{
    for (const QString &column : columns) {
        for (const Currency &currency : {Currency::usd(), Currency::jpy()}) {
            if (const std::optional<Money> money = row.money(column, currency))
                (void)money->micros();
        }
        (void)row.number(column);
        (void)row.count(column);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body = fuzz::payload(data, size);
    const int selector = data[0] % 7;
    if (selector == 0 || selector == 6) {
        // Bare arrays: the analytics report, and the targeting options of a type.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            return 0;
        if (selector == 6) {
            const QList<TargetingOption> options = TargetingOption::listFromJson(document.array());
            FUZZ_CHECK(options.size() >= 0);
            return 0;
        }
        const AnalyticsReport report = AnalyticsReport::fromJson(document.array());
        const QJsonArray first = report.toJson();
        const QJsonArray second = AnalyticsReport::fromJson(first).toJson();
        FUZZ_CHECK(first == second);
        FUZZ_CHECK(report.rows.size() + report.otherElements.size() == document.array().size());
        for (const AnalyticsRow &row : report.rows) {
            readColumns(row, row.metrics.keys());
            FUZZ_CHECK(report.rowsForAdGroup(row.adGroupId).size() >= 1 || row.adGroupId.isEmpty());
        }
        return 0;
    }
    bool ok = false;
    const QJsonObject object = fuzz::toObject(body, &ok);
    if (!ok)
        return 0;
    switch (selector) {
    case 1: {
        FUZZ_ROUND_TRIP(AnalyticsRow, object);
        const AnalyticsRow row = AnalyticsRow::fromJson(object);
        readColumns(row, row.metrics.keys());
        break;
    }
    case 2: {
        FUZZ_ROUND_TRIP(TargetingAnalytics, object);
        for (const TargetingAnalyticsEntry &entry : TargetingAnalytics::fromJson(object).entries()) {
            (void)entry.adGroupId();
            if (entry.metrics.hasValue())
                readColumns(entry, entry.metrics.value().metrics.keys());
        }
        break;
    }
    case 3: {
        FUZZ_ROUND_TRIP(BidFloor, object);
        (void)BidFloor::fromJson(object).floors();
        break;
    }
    case 4:
        FUZZ_ROUND_TRIP(BidFloorRequest, object);
        break;
    case 5: {
        FUZZ_ROUND_TRIP(AudienceSizing, object);
        FUZZ_ROUND_TRIP(AudienceSizingRequest, object);
        const AudienceSizing sizing = AudienceSizing::fromJson(object);
        (void)sizing.lowerBound();
        (void)sizing.upperBound();
        break;
    }
    }
    return 0;
}
