// Benchmark: importing a bulk sheet of 10,000 rows with 5 changed columns against an account of
// 10,000 ad groups — read the file, plan every row, open the preview — and the longest
// UI-thread stall while File › Import Changes… does it. Not a test: it prints; only the counts
// of the plan are checked.
//
//   bench_sheetimport [--ad-groups 10000] [--runs 3]
#include "stallmeter.h"
#include "processstats.h"

#include "core/changes/changeset.h"
#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "core/sheet/editingsheet.h"
#include "core/sheet/sheetimportplan.h"
#include "core/store/csvwriter.h"
#include "core/store/sheetreader.h"
#include "ui/sheets/importpreviewdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>

using namespace pinstripe;
using pinstripe::bench::StallMeter;

namespace {

const QString kAccount = QStringLiteral("549755885175");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QHash<QString, Campaign> makeCampaigns()
{
    QHash<QString, Campaign> campaigns;
    for (int i = 0; i < 40; ++i) {
        Campaign c;
        c.id = QString::number(626736533000LL + i);
        c.adAccountId = kAccount;
        c.name = QStringLiteral("Campaign %1").arg(i);
        c.status = QStringLiteral("ACTIVE");
        campaigns.insert(c.id.value(), c);
    }
    return campaigns;
}

QHash<QString, AdGroup> makeAdGroups(int count)
{
    QRandomGenerator random(15);
    static const QStringList audiences = {QStringLiteral("Women 25-44"), QStringLiteral("Newlyweds"), QStringLiteral("Homeowners"),
                                          QStringLiteral("Lookalike 3%"), QStringLiteral("Broad")};
    QHash<QString, AdGroup> adGroups;
    for (int i = 0; i < count; ++i) {
        AdGroup g;
        g.id = QString::number(2680060700000LL + i);
        g.adAccountId = kAccount;
        g.campaignId = QString::number(626736533000LL + random.bounded(40));
        g.name = QStringLiteral("Maison Lumière | %1 | v%2").arg(audiences.at(int(random.bounded(audiences.size())))).arg(i);
        g.status = random.bounded(2) ? QStringLiteral("ACTIVE") : QStringLiteral("PAUSED");
        g.budgetInMicroCurrency = qint64(random.bounded(100, 200000)) * 10'000;
        g.bidInMicroCurrency = qint64(random.bounded(10, 1000)) * 10'000;
        g.budgetType = QStringLiteral("DAILY");
        g.bidStrategyType = QStringLiteral("MAX_BID");
        g.billableEvent = QStringLiteral("CLICKTHROUGH");
        g.startTime = 1'760'000'000 + qint64(random.bounded(30'000'000));
        g.endTime = Field<qint64>::null();
        g.pacingDeliveryType = QStringLiteral("STANDARD");
        g.placementGroup = QStringLiteral("ALL");
        g.updatedTime = 1'770'000'000;
        adGroups.insert(g.id.value(), g);
    }
    return adGroups;
}

/** The account exported for editing, then 5 columns of every row changed as a person would in a spreadsheet. */
QByteArray editedSheet(const QHash<QString, AdGroup> &adGroups, const QHash<QString, Campaign> &campaigns, const SheetValueContext &context)
{
    QList<AdGroup> ordered = adGroups.values();
    std::sort(ordered.begin(), ordered.end(), [](const AdGroup &a, const AdGroup &b) { return a.id.value() < b.id.value(); });
    const EditingSheet sheet(ordered, campaigns, {}, context);
    const QList<SheetField> fields = sheet.fields();
    const qsizetype name = fields.indexOf(SheetField::Name);
    const qsizetype status = fields.indexOf(SheetField::Status);
    const qsizetype budget = fields.indexOf(SheetField::Budget);
    const qsizetype bid = fields.indexOf(SheetField::Bid);
    const qsizetype end = fields.indexOf(SheetField::End);
    CsvWriter writer(CsvWriter::ByteOrderMark::With);
    writer.writeHeader(sheet.header());
    QList<QStringList> rows = sheet.rows();
    for (int row = 0; row < rows.size(); ++row) {
        QStringList &cells = rows[row];
        const AdGroup &g = sheet.adGroup(row);
        cells[name] += QStringLiteral(" (spring)");
        cells[status] = g.status.value() == QLatin1String("ACTIVE") ? QStringLiteral("Paused") : QStringLiteral("Active");
        cells[budget] = Money(g.budgetInMicroCurrency.value() + 1'000'000, context.currency).toDecimalString();
        cells[bid] = Money(g.bidInMicroCurrency.value() + 50'000, context.currency).toDecimalString();
        cells[end] = QStringLiteral("2027-06-30 23:00");
        writer.writeRecord(cells);
    }
    return writer.data();
}

SheetImportPlan planOf(const QByteArray &bytes, const QHash<QString, AdGroup> &adGroups, const QHash<QString, Campaign> &campaigns,
                       const SheetValueContext &context, double *readMs, double *planMs)
{
    QElapsedTimer timer;
    timer.start();
    const SheetReader::Result read = SheetReader::read(bytes);
    *readMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    SheetImportSource source;
    source.sheet = read.sheet;
    source.adAccountId = kAccount;
    source.adGroups = &adGroups;
    source.campaigns = &campaigns;
    source.context = context;
    SheetImportPlan plan = SheetImportPlan::build(source);
    *planMs = double(timer.nsecsElapsed()) / 1e6;
    return plan;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("ad-groups"), QStringLiteral("Ad groups of the account, rows of the sheet (default 10000)."), QStringLiteral("n"),
         QStringLiteral("10000")},
        {QStringLiteral("runs"), QStringLiteral("Runs; the median is printed (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
    });
    parser.process(app);
    const int count = parser.value(QStringLiteral("ad-groups")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    SheetValueContext context;
    context.currency = Currency::usd();
    context.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    context.timeZone = QTimeZone("America/New_York");
    const QHash<QString, Campaign> campaigns = makeCampaigns();
    const QHash<QString, AdGroup> adGroups = makeAdGroups(count);
    const QByteArray bytes = editedSheet(adGroups, campaigns, context);

    QList<double> reads, plans, previews, totals, stalls;
    for (int run = 0; run < runs; ++run) {
        // As File › Import Changes… does it: read and plan on a worker thread, the preview on the UI thread.
        StallMeter meter;
        meter.start();
        QElapsedTimer total;
        total.start();
        double readMs = 0;
        double planMs = 0;
        QFutureWatcher<SheetImportPlan> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<SheetImportPlan>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([&] { return planOf(bytes, adGroups, campaigns, context, &readMs, &planMs); }));
        loop.exec();
        const SheetImportPlan plan = watcher.result();
        QElapsedTimer previewTimer;
        previewTimer.start();
        ImportPreviewDialog dialog(plan, QStringLiteral("bench.csv"));
        dialog.show();
        QCoreApplication::processEvents();
        previews << double(previewTimer.nsecsElapsed()) / 1e6;
        totals << double(total.nsecsElapsed()) / 1e6;
        // One more tick, so a stall at the very end is measured too.
        QEventLoop tick;
        QTimer::singleShot(5, &tick, &QEventLoop::quit);
        tick.exec();
        stalls << meter.longestMs();
        reads << readMs;
        plans << planMs;

        const int expected = count * 5;
        if (plan.count(SheetImportRow::Kind::Update) != count || plan.changes().size() != expected
            || dialog.view()->model()->rowCount() != count) {
            std::fprintf(stderr, "unexpected plan: %d updates, %lld changes, %d errors (expected %d updates, %d changes)\n",
                         plan.count(SheetImportRow::Kind::Update), static_cast<long long>(plan.changes().size()),
                         plan.count(SheetImportRow::Kind::Error), count, expected);
            for (const SheetImportRow &row : plan.rows()) {
                if (row.changes.size() != 5) {
                    for (const PendingChange &change : row.changes)
                        std::fprintf(stderr, "%s %s\n", qPrintable(row.adGroupId), qPrintable(change.field));
                    break;
                }
            }
            if (plan.count(SheetImportRow::Kind::Error) > 0)
                std::fprintf(stderr, "first error: %s\n", qPrintable(plan.rows().constFirst().errors.join(QStringLiteral("; "))));
            return 1;
        }
    }

    std::printf("## Import of a bulk sheet (%d rows × 5 changed columns, %d ad groups, %.1f MiB CSV)\n\n", count, count,
                double(bytes.size()) / 1048576.0);
    std::printf("| phase | median of %d | target |\n|---|---|---|\n", runs);
    std::printf("| read the CSV (worker thread) | %.0f ms | |\n", median(reads));
    std::printf("| plan every row (worker thread) | %.0f ms | |\n", median(plans));
    std::printf("| open the preview (UI thread) | %.0f ms | |\n", median(previews));
    std::printf("| read + plan + preview | %.0f ms | ≤ 1000 ms |\n", median(totals));
    std::printf("| longest UI-thread stall | %.0f ms | |\n", median(stalls));
    std::printf("\npeak RSS %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
