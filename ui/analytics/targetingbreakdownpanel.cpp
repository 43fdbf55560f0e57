#include "ui/analytics/targetingbreakdownpanel.h"

#include "ui/common/wordinsentence.h"
#include "core/analytics/analyticscsv.h"
#include "core/analytics/analyticsfetcher.h"
#include "core/analytics/axisscale.h"
#include "core/analytics/targetingvaluenames.h"
#include "core/api/analyticsquery.h"
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/analytics/metriccatalog.h"
#include "core/model/enums.h"
#include "ui/analytics/analyticsexport.h"
#include "ui/analytics/analyticsquerybar.h"
#include "ui/common/savefiledialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pinstripe {

namespace {

const QString kImpressions = QStringLiteral("IMPRESSION_1");
const QString kClicks = QStringLiteral("CLICKTHROUGH_1");
const QString kSpend = QStringLiteral("SPEND_IN_MICRO_DOLLAR");
const QString kConversions = QStringLiteral("TOTAL_CONVERSIONS");
const QString kValue = QStringLiteral("TOTAL_CHECKOUT_VALUE_IN_MICRO_DOLLAR");

QStringList fetchedColumns()
{
    return {kImpressions, kClicks, kSpend, kConversions, kValue};
}

// Sorts by the raw number in Qt::UserRole (text for the value column).
class SortItem final : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return text() < other.text();
    }
};

QTableWidgetItem *item(const QString &text, const QVariant &sortValue = {})
{
    auto *cell = new SortItem(text);
    if (sortValue.isValid()) {
        cell->setData(Qt::UserRole, sortValue);
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return cell;
}

} // namespace

TargetingBreakdownPanel::TargetingBreakdownPanel(ApiClient *client, QString adAccountId, Currency currency, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_accountId(std::move(adAccountId))
    , m_currency(std::move(currency))
    , m_bar(new AnalyticsQueryBar(this))
    , m_types(new QListWidget(this))
    , m_sortBy(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_export(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_fetch(new AnalyticsFetcher(client, m_accountId, this))
{
    // "Today" on the connection's clock, the one its requests check their dates against.
    if (m_client)
        m_bar->setTodayUtc(AnalyticsQuery::todayUtc(m_client->rateLimiter()->clock()));
    m_bar->setMetricChooserVisible(false);
    m_bar->setSelectedMetrics(fetchedColumns());
    m_bar->setAllowedGranularities({QStringLiteral("TOTAL")});
    for (const QString &type : enums::adGroupTargetingTypes()) {
        auto *entry = new QListWidgetItem(TargetingBreakdown::typeLabel(type), m_types);
        entry->setData(Qt::UserRole, type);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Unchecked);
    }
    m_types->setMaximumWidth(200);
    setTargetingTypes({QStringLiteral("AGE_BUCKET"), QStringLiteral("GENDER"), QStringLiteral("APPTYPE")});
    // Impressions first: every value that delivered has some, while a new campaign's
    // conversions are often all zero and would draw an empty chart.
    for (const QString &column : {kImpressions, kClicks, kSpend, kConversions, kValue})
        m_sortBy->addItem(MetricCatalog::label(column), column);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    AnalyticsExport::addActions(exportMenu, m_tabs, [this] { return exportHeading(); }, [this] { return csv(); });
    m_export->setMenu(exportMenu);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_retry->setVisible(false);
    m_status->setWordWrap(true);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Sort and chart by:"), this));
    options->addWidget(m_sortBy);
    options->addStretch(1);
    options->addWidget(m_progress);
    options->addWidget(m_cancel);
    options->addWidget(m_retry);
    options->addWidget(m_export);
    auto *body = new QHBoxLayout;
    auto *typesBox = new QVBoxLayout;
    typesBox->addWidget(new QLabel(tr("Targeting types:"), this));
    typesBox->addWidget(m_types);
    body->addLayout(typesBox);
    body->addWidget(m_tabs, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addLayout(body, 1);

    connect(m_bar, &AnalyticsQueryBar::applyRequested, this, &TargetingBreakdownPanel::refresh);
    connect(m_sortBy, &QComboBox::currentIndexChanged, this, &TargetingBreakdownPanel::render);
    connect(m_cancel, &QPushButton::clicked, this, &TargetingBreakdownPanel::cancel);
    connect(m_retry, &QPushButton::clicked, this, &TargetingBreakdownPanel::retry);
    connect(m_fetch, &AnalyticsFetcher::progress, this, [this](int settled, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(settled);
    });
    connect(m_fetch, &AnalyticsFetcher::finished, this, &TargetingBreakdownPanel::onSettled);
    connect(m_fetch, &AnalyticsFetcher::cancelled, this, &TargetingBreakdownPanel::onSettled);
}

TargetingBreakdownPanel::~TargetingBreakdownPanel() = default;

void TargetingBreakdownPanel::setAdGroups(const QStringList &ids)
{
    m_adGroups = ids;
}

void TargetingBreakdownPanel::setTargetingTypes(const QStringList &types)
{
    for (int i = 0; i < m_types->count(); ++i) {
        QListWidgetItem *entry = m_types->item(i);
        entry->setCheckState(types.contains(entry->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList TargetingBreakdownPanel::targetingTypes() const
{
    QStringList out;
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() == Qt::Checked)
            out << m_types->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void TargetingBreakdownPanel::setSortColumn(const QString &column)
{
    m_sortBy->setCurrentIndex(qMax(0, m_sortBy->findData(column)));
}

QString TargetingBreakdownPanel::sortColumn() const
{
    return m_sortBy->currentData().toString();
}

bool TargetingBreakdownPanel::isFetching() const
{
    return m_fetch->isRunning();
}

QString TargetingBreakdownPanel::statusText() const
{
    return m_status->text();
}

QTableWidget *TargetingBreakdownPanel::tableFor(const QString &type) const
{
    return m_tables.value(type, nullptr);
}

QChartView *TargetingBreakdownPanel::chartFor(const QString &type) const
{
    return m_charts.value(type, nullptr);
}

void TargetingBreakdownPanel::setAccountName(const QString &name)
{
    m_accountName = name;
}

ExportHeading TargetingBreakdownPanel::exportHeading() const
{
    const QLocale locale;
    const DateRange range = m_bar->range();
    const QString type = m_tabs->currentIndex() >= 0 ? m_tabs->tabBar()->tabData(m_tabs->currentIndex()).toString() : QString();
    ExportHeading heading;
    heading.title = type.isEmpty() ? tr("Targeting breakdown")
                                   : tr("Targeting breakdown by %1: %2").arg(wordInSentence(TargetingBreakdown::typeLabel(type)),
                                                                             MetricCatalog::label(sortColumn()));
    const QString account = m_accountName.isEmpty() ? tr("Ad account %1").arg(m_accountId)
                                                    : tr("Ad account %1 (%2)").arg(m_accountName, m_accountId);
    heading.details = tr("%1 to %2 (UTC)").arg(locale.toString(range.start, QLocale::ShortFormat),
                                               locale.toString(range.end, QLocale::ShortFormat))
        + QStringLiteral(" · ") + account;
    heading.fileStem = SaveFileDialog::fileNamePart(tr("Targeting breakdown"));
    if (!type.isEmpty())
        heading.fileStem += QLatin1Char('-') + SaveFileDialog::fileNamePart(TargetingBreakdown::typeLabel(type));
    heading.fileStem += QLatin1Char('_') + range.start.toString(Qt::ISODate) + QLatin1Char('_') + range.end.toString(Qt::ISODate);
    return heading;
}

QByteArray TargetingBreakdownPanel::csv() const
{
    return AnalyticsCsv::fromBreakdown(m_breakdown);
}

void TargetingBreakdownPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void TargetingBreakdownPanel::refresh()
{
    if (m_adGroups.isEmpty())
        return;
    const QStringList types = targetingTypes();
    if (types.isEmpty()) {
        showStatus(tr("Choose at least one targeting type."));
        return;
    }
    const QString problem = m_bar->problem();
    if (!problem.isEmpty() || m_bar->needsArchive()) {
        showStatus(problem.isEmpty() ? tr("Targeting breakdowns are only available for the last 90 days.") : problem);
        return;
    }
    AnalyticsQuery query = m_bar->query();
    query.adGroupIds = m_adGroups;
    query.columns = fetchedColumns();
    query.granularity = QStringLiteral("TOTAL");
    query.targetingTypes = types;
    m_fetch->start(query, AnalyticsFetcher::Kind::Targeting);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_retry->setVisible(false);
    showStatus(tr("Loading targeting breakdown…"));
}

void TargetingBreakdownPanel::cancel()
{
    m_fetch->cancel();
}

void TargetingBreakdownPanel::retry()
{
    if (m_fetch->retryFailed()) {
        m_retry->setVisible(false);
        m_cancel->setVisible(true);
        m_progress->setVisible(true);
    }
}

void TargetingBreakdownPanel::onSettled()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const auto failures = m_fetch->failures();
    m_retry->setVisible(!failures.isEmpty());
    showStatus(failures.isEmpty() ? QString()
                                  : tr("Some ad groups are missing: %n part(s) did not load (%1). What arrived is shown.",
                                       nullptr, int(failures.size()))
                                        .arg(failures.constFirst().error.message));
    setBreakdown(TargetingBreakdown::fromAnalytics(m_fetch->targeting(), fetchedColumns(), m_currency));
}

void TargetingBreakdownPanel::setBreakdown(const TargetingBreakdown &breakdown)
{
    m_breakdown = breakdown;
    render();
    Q_EMIT dataReady();
}

void TargetingBreakdownPanel::render()
{
    const QString current = m_tabs->currentIndex() >= 0 ? m_tabs->tabBar()->tabData(m_tabs->currentIndex()).toString() : QString();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_tables.clear();
    m_charts.clear();
    for (const QString &type : m_breakdown.types()) {
        const int index = m_tabs->addTab(buildTab(type), TargetingBreakdown::typeLabel(type));
        m_tabs->tabBar()->setTabData(index, type);
        if (type == current)
            m_tabs->setCurrentIndex(index);
    }
}

QWidget *TargetingBreakdownPanel::buildTab(const QString &type)
{
    const QString sortBy = sortColumn();
    const QList<TargetingBreakdownRow> rows = m_breakdown.rows(type, sortBy);
    const QLocale locale;

    // Horizontal bars, the best value on top: value names ("Android tablet", country names)
    // get the whole left side instead of being cut short under narrow vertical bars.
    const bool money = MetricCatalog::isMoney(sortBy);
    auto *set = new QBarSet(MetricCatalog::label(sortBy));
    QStringList categories;
    double maxValue = 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        // Money to the cent (the currency's minor unit), so a bar's label reads "990.84".
        const double value = money
            ? double(Money(it->sum(sortBy), m_currency).roundedToMinorUnit().micros()) / double(Money::kMicrosPerUnit)
            : double(it->sum(sortBy));
        *set << value;
        maxValue = qMax(maxValue, value);
        QString name = TargetingValueNames::label(type, it->value);
        if (categories.contains(name)) // the axis drops repeated names, which would shift the bars
            name += QStringLiteral(" (") + it->value + QLatin1Char(')');
        categories << name;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    // Label settings after addSeries: the chart's theme resets them when the series joins. The
    // value sits past the end of its bar, in the text colour (the theme's is for inside bars).
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(money ? 12 : 15); // whole counts, never 1.2e+06
    set->setLabelColor(palette().color(QPalette::WindowText));
    series->setLabelsVisible(rows.size() <= 12);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    // Room to the right of the longest bar for its label; whole-number ticks for counts.
    const AxisScale scale = AxisScale::forValues(maxValue, !money, 0.2);
    valueAxis->setRange(0, scale.max);
    valueAxis->setTickCount(scale.tickCount);
    valueAxis->setLabelFormat(money ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    valueAxis->setTitleText(money ? MetricCatalog::label(sortBy) + QStringLiteral(" (") + m_currency.code() + QLatin1Char(')')
                                  : MetricCatalog::label(sortBy));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
    chart->setTitle(TargetingBreakdown::typeLabel(type));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    // Tall enough for every bar and its name to get a line of text.
    view->setMinimumHeight(qMax(220, int(rows.size()) * (QFontMetrics(categoryAxis->labelsFont()).height() + 6) + 120));
    if (maxValue <= 0 && !rows.isEmpty())
        chart->setTitle(tr("%1: no %2 in this range").arg(TargetingBreakdown::typeLabel(type), wordInSentence(MetricCatalog::label(sortBy))));

    // The table: one row per value and the total, sortable by any column.
    const QStringList headers{tr("Value"), tr("Impressions"), tr("Clicks"), tr("CTR"), tr("Spend"), tr("Conversions"),
                              tr("Conversion rate"), tr("Cost per conversion")};
    auto *table = new QTableWidget(int(rows.size()) + 1, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto fill = [&](int r, const TargetingBreakdownRow &row, bool isTotal) {
        auto *name = item(isTotal ? row.value : TargetingValueNames::label(type, row.value));
        if (!isTotal)
            name->setToolTip(row.value); // the code Pinterest uses, for people who need it
        table->setItem(r, 0, name);
        table->setItem(r, 1, item(locale.toString(row.sum(kImpressions)), row.sum(kImpressions)));
        table->setItem(r, 2, item(locale.toString(row.sum(kClicks)), row.sum(kClicks)));
        const auto ctr = row.ratio(kClicks, kImpressions);
        table->setItem(r, 3, item(ctr ? MetricCatalog::formatRate(*ctr, locale) : QStringLiteral("—"), ctr.value_or(-1)));
        table->setItem(r, 4, item(Money(row.sum(kSpend), m_currency).roundedToMinorUnit().format(locale), row.sum(kSpend)));
        table->setItem(r, 5, item(locale.toString(row.sum(kConversions)), row.sum(kConversions)));
        const auto rate = row.ratio(kConversions, kClicks);
        table->setItem(r, 6, item(rate ? MetricCatalog::formatRate(*rate, locale) : QStringLiteral("—"), rate.value_or(-1)));
        const qint64 conversions = row.sum(kConversions);
        const QString cpa = conversions > 0
            ? Money(row.sum(kSpend) / conversions, m_currency).roundedToMinorUnit().format(locale)
            : QStringLiteral("—");
        table->setItem(r, 7, item(cpa, conversions > 0 ? row.sum(kSpend) / conversions : -1));
        if (isTotal) {
            for (int c = 0; c < table->columnCount(); ++c) {
                QFont bold = table->item(r, c)->font();
                bold.setBold(true);
                table->item(r, c)->setFont(bold);
                // The total stays last whatever the sort order.
                table->item(r, c)->setFlags(table->item(r, c)->flags() & ~Qt::ItemIsSelectable);
            }
        }
    };
    for (qsizetype i = 0; i < rows.size(); ++i)
        fill(int(i), rows.at(i), false);
    fill(int(rows.size()), m_breakdown.total(type), true);
    // Sorting by header click applies to the values; the total row is re-added last by render().
    table->setSortingEnabled(false);
    connect(table->horizontalHeader(), &QHeaderView::sectionClicked, table, [table](int column) {
        const int last = table->rowCount() - 1;
        QList<QTableWidgetItem *> totals;
        for (int c = 0; c < table->columnCount(); ++c)
            totals << table->takeItem(last, c);
        table->removeRow(last);
        const Qt::SortOrder order = table->horizontalHeader()->sortIndicatorSection() == column
                && table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder
            ? Qt::AscendingOrder
            : Qt::DescendingOrder;
        table->sortItems(column, order);
        table->horizontalHeader()->setSortIndicator(column, order);
        table->insertRow(last);
        for (int c = 0; c < totals.size(); ++c)
            table->setItem(last, c, totals.at(c));
    });
    table->horizontalHeader()->setSortIndicatorShown(true);
    // The rows come sorted by the chosen metric, largest first; say so in the header.
    static const QHash<QString, int> tableColumn{{kImpressions, 1}, {kClicks, 2}, {kSpend, 4}, {kConversions, 5}};
    table->horizontalHeader()->setSortIndicator(tableColumn.value(sortBy, -1), Qt::DescendingOrder);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(view);
    splitter->addWidget(table);
    m_tables.insert(type, table);
    m_charts.insert(type, view);
    return splitter;
}

} // namespace pinstripe
