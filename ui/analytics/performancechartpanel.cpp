#include "ui/analytics/performancechartpanel.h"

#include "ui/common/theme.h"

#include "core/analytics/analyticscsv.h"
#include "core/analytics/axisscale.h"
#include "core/analytics/analyticsfetcher.h"
#include "core/analytics/changemarkers.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/api/analyticsquery.h"
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/analytics/metriccatalog.h"
#include "core/analytics/metricsarchive.h"
#include "core/analytics/periodcomparison.h"
#include "ui/analytics/analyticsexport.h"
#include "ui/analytics/analyticsquerybar.h"
#include "ui/analytics/changemarkeroverlay.h"
#include "ui/common/savefiledialog.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <utility>

namespace pinstripe {

namespace {

// Sum of an additive column for one ad group; nothing for rates and ratios.
std::optional<qint64> total(const AnalyticsReport &report, const QString &adGroupId, const QString &column,
                            const Currency &currency)
{
    if (!MetricCatalog::isAdditive(column))
        return std::nullopt;
    qint64 sum = 0;
    for (const AnalyticsRow &row : report.rows) {
        if (row.adGroupId == adGroupId)
            sum += MetricCatalog::integerValue(row, column, currency).value_or(0);
    }
    return sum;
}

// Sorts by the raw number in Qt::UserRole, not by the formatted text.
class NumberItem final : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
};

QTableWidgetItem *numberItem(const QString &text, qint64 sortValue)
{
    auto *item = new NumberItem(text);
    item->setData(Qt::UserRole, sortValue);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PerformanceChartPanel::PerformanceChartPanel(ApiClient *client, QString adAccountId, Currency currency, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_accountId(std::move(adAccountId))
    , m_currency(std::move(currency))
    , m_bar(new AnalyticsQueryBar(this))
    , m_compare(new QCheckBox(tr("Compare with previous period"), this))
    , m_styleBox(new QComboBox(this))
    , m_export(new QToolButton(this))
    , m_view(new QChartView(new QChart, this))
    , m_totals(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_status(new QLabel(this))
    , m_markers(new ChangeMarkerOverlay(m_view->chart(), this))
    , m_currentFetch(new AnalyticsFetcher(client, m_accountId, this))
    , m_previousFetch(new AnalyticsFetcher(client, m_accountId, this))
{
    // "Today" on the connection's clock, the one its requests check their dates against.
    if (m_client)
        m_bar->setTodayUtc(AnalyticsQuery::todayUtc(m_client->rateLimiter()->clock()));
    m_bar->setAllowedGranularities({QStringLiteral("DAY"), QStringLiteral("HOUR"), QStringLiteral("WEEK"), QStringLiteral("MONTH")});
    m_bar->setMaxMetrics(2);
    m_bar->setSelectedMetrics({QStringLiteral("CLICKTHROUGH_1")});
    m_styleBox->addItem(tr("Lines"), int(Style::Line));
    m_styleBox->addItem(tr("Areas"), int(Style::Area));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    AnalyticsExport::addActions(exportMenu, m_view, [this] { return exportHeading(); }, [this] { return csv(); });
    m_export->setMenu(exportMenu);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_totals->setColumnCount(4);
    m_totals->setHorizontalHeaderLabels({tr("Line"), tr("This period"), tr("Previous period"), tr("Change")});
    m_totals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totals->verticalHeader()->hide();
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setSortingEnabled(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_retry->setVisible(false);
    m_status->setWordWrap(true);

    auto *options = new QHBoxLayout;
    options->addWidget(m_compare);
    options->addWidget(m_styleBox);
    options->addStretch(1);
    options->addWidget(m_progress);
    options->addWidget(m_cancel);
    options->addWidget(m_retry);
    options->addWidget(m_export);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_totals);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_bar, &AnalyticsQueryBar::applyRequested, this, &PerformanceChartPanel::refresh);
    connect(m_compare, &QCheckBox::toggled, this, &PerformanceChartPanel::refresh);
    connect(m_styleBox, &QComboBox::currentIndexChanged, this,
            [this] { setStyle(Style(m_styleBox->currentData().toInt())); });
    connect(m_cancel, &QPushButton::clicked, this, &PerformanceChartPanel::cancel);
    connect(m_retry, &QPushButton::clicked, this, &PerformanceChartPanel::retry);
    for (AnalyticsFetcher *fetcher : {m_currentFetch, m_previousFetch}) {
        connect(fetcher, &AnalyticsFetcher::progress, this, [this] {
            const int total = m_currentFetch->chunkCount() + m_previousFetch->chunkCount();
            int received = m_currentFetch->receivedChunks() + m_previousFetch->receivedChunks();
            m_progress->setRange(0, total);
            m_progress->setValue(received);
        });
        connect(fetcher, &AnalyticsFetcher::finished, this, &PerformanceChartPanel::onFetchSettled);
        connect(fetcher, &AnalyticsFetcher::cancelled, this, &PerformanceChartPanel::onFetchSettled);
    }
    showStatus(tr("Choose ad groups in the table to chart them."));
}

PerformanceChartPanel::~PerformanceChartPanel() = default;

void PerformanceChartPanel::setArchive(MetricsArchive *archive)
{
    m_archive = archive;
}

void PerformanceChartPanel::setJournal(PendingChangeStore *journal, ChangeSet *changes)
{
    m_journal = journal;
    if (changes) {
        // Settling a post changes the set once per applied change: read the journal once after them.
        connect(changes, &ChangeSet::changed, this, [this] {
            if (!std::exchange(m_markerRefreshQueued, true))
                QTimer::singleShot(0, this, [this] {
                    m_markerRefreshQueued = false;
                    refreshMarkers();
                });
        });
    }
    refreshMarkers();
}

void PerformanceChartPanel::refreshMarkers()
{
    auto *axis = qobject_cast<QDateTimeAxis *>(chart()->axes(Qt::Horizontal).value(0));
    if (!m_journal || !axis || m_columns.isEmpty()) {
        m_markers->clear();
        return;
    }
    m_markers->setGroups(ChangeMarkers::group(m_journal->journal(m_accountId), chartAdGroups(), m_range, m_granularity), axis,
                         m_currency, isDark(palette()));
}

void PerformanceChartPanel::setAdGroups(const QStringList &ids, const QHash<QString, QString> &names)
{
    m_adGroups = ids.mid(0, kMaxAdGroups);
    m_names = names;
}

void PerformanceChartPanel::setStyle(Style style)
{
    if (m_style == style)
        return;
    m_style = style;
    m_styleBox->setCurrentIndex(m_styleBox->findData(int(style)));
    render();
}

void PerformanceChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_columns.isEmpty())
        render();
}

QChart *PerformanceChartPanel::chart() const
{
    return m_view->chart();
}

bool PerformanceChartPanel::isFetching() const
{
    return m_currentFetch->isRunning() || m_previousFetch->isRunning();
}

QString PerformanceChartPanel::statusText() const
{
    return m_status->text();
}

QStringList PerformanceChartPanel::chartColumns() const
{
    // Up to two metrics, each on its own axis (the bar lets no more be ticked); with several
    // ad groups each gets one line per metric, the second metric's dotted in the same colour.
    return m_bar->selectedMetrics().mid(0, 2);
}

QStringList PerformanceChartPanel::chartAdGroups() const
{
    return m_adGroups;
}

QString PerformanceChartPanel::seriesName(const QString &adGroupId, const QString &column) const
{
    const QString name = m_names.value(adGroupId, adGroupId);
    // Two metrics: the metric first, so a legend entry cut short for room still says which it is.
    if (m_columns.size() > 1)
        return MetricCatalog::label(column) + QStringLiteral(" · ") + name;
    return m_adGroups.size() <= 1 ? name + QStringLiteral(" · ") + MetricCatalog::label(column) : name;
}

void PerformanceChartPanel::refresh()
{
    if (m_adGroups.isEmpty())
        return;
    const QString problem = m_bar->problem();
    if (!problem.isEmpty()) {
        showStatus(problem);
        return;
    }
    AnalyticsQuery query = m_bar->query();
    query.adGroupIds = m_adGroups;
    query.columns = chartColumns();
    m_range = m_bar->range();
    m_granularity = query.granularity;
    m_columns = query.columns;
    m_previousReport.reset();
    m_archived = false;
    const DateRange previous = DateRangePreset::previousPeriod(m_range);
    const bool comparing = m_compare->isChecked();

    if (m_bar->needsArchive()) {
        // Pinterest no longer has these days: show what the archive kept.
        if (!m_archive) {
            showStatus(tr("Pinterest keeps analytics for 90 days, and no archive is available for older ranges."));
            return;
        }
        m_currentReport = m_archive->load(m_accountId, m_adGroups, m_granularity, m_range.start, m_range.end, m_columns).report;
        if (comparing)
            m_previousReport = m_archive->load(m_accountId, m_adGroups, m_granularity, previous.start, previous.end, m_columns).report;
        m_archived = true;
        render();
        showStatus(tr("Archived data: saved when Pinstripe fetched it; Pinterest no longer serves this range."));
        Q_EMIT dataReady();
        return;
    }
    m_currentFetch->start(query);
    if (comparing) {
        AnalyticsQuery before = query;
        before.startDate = previous.start;
        before.endDate = previous.end;
        if (DateRangePreset::isBeyondApiWindow(previous, m_bar->todayUtc()) && m_archive)
            m_previousReport = m_archive->load(m_accountId, m_adGroups, m_granularity, previous.start, previous.end, m_columns).report;
        else
            m_previousFetch->start(before);
    }
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_retry->setVisible(false);
    showStatus(tr("Loading analytics…"));
}

void PerformanceChartPanel::cancel()
{
    m_currentFetch->cancel();
    m_previousFetch->cancel();
}

void PerformanceChartPanel::retry()
{
    const bool a = m_currentFetch->retryFailed();
    const bool b = m_previousFetch->retryFailed();
    if (a || b) {
        m_retry->setVisible(false);
        m_cancel->setVisible(true);
        m_progress->setVisible(true);
        showStatus(tr("Loading the missing parts…"));
    }
}

void PerformanceChartPanel::onFetchSettled()
{
    if (isFetching())
        return;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_currentReport = m_currentFetch->report();
    if (m_compare->isChecked() && m_previousFetch->chunkCount() > 0)
        m_previousReport = m_previousFetch->report();
    if (m_archive) {
        m_archive->store(m_accountId, m_granularity, m_currentReport);
        if (m_previousReport && m_previousFetch->chunkCount() > 0)
            m_archive->store(m_accountId, m_granularity, *m_previousReport);
    }
    const int failed = int(m_currentFetch->failures().size() + m_previousFetch->failures().size());
    m_retry->setVisible(failed > 0);
    if (failed > 0) {
        const auto failures = m_currentFetch->failures() + m_previousFetch->failures();
        showStatus(tr("Some ad groups are missing: %n part(s) did not load (%1). What arrived is shown.", nullptr, failed)
                       .arg(failures.constFirst().error.message));
    } else {
        showStatus(QString());
    }
    render();
    Q_EMIT dataReady();
}

void PerformanceChartPanel::setReports(const AnalyticsReport &current, const std::optional<AnalyticsReport> &previous,
                                       const DateRange &range, const QString &granularity, const QStringList &columns)
{
    m_currentReport = current;
    m_previousReport = previous;
    m_range = range;
    m_granularity = granularity;
    m_columns = columns;
    if (m_adGroups.isEmpty())
        m_adGroups = current.adGroupIds().mid(0, kMaxAdGroups);
    {
        const QSignalBlocker blocker(m_compare);
        m_compare->setChecked(previous.has_value());
    }
    render();
    Q_EMIT dataReady();
}

void PerformanceChartPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString PerformanceChartPanel::tooltipFor(const QXYSeries *series, const QPointF &point) const
{
    const auto at = m_seriesIndex.constFind(series);
    if (at == m_seriesIndex.cend())
        return {};
    const ChartSeriesData &data = m_data.at(*at);
    if (data.points.isEmpty())
        return {};
    // The hover position lies anywhere on the line; name the nearest data point.
    const auto nearest = std::min_element(data.points.cbegin(), data.points.cend(), [&](const QPointF &a, const QPointF &b) {
        return qAbs(a.x() - point.x()) < qAbs(b.x() - point.x());
    });
    const qsizetype i = nearest - data.points.cbegin();
    const DateRange previous = DateRangePreset::previousPeriod(m_range);
    const bool isPrevious = *at >= m_data.size() / (m_previousReport ? 2 : 1) && m_previousReport.has_value();
    qint64 x = qint64(nearest->x());
    if (isPrevious)
        x -= qint64(previous.start.daysTo(m_range.start)) * 86'400'000;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(x, Qt::UTC);
    const QString date = m_granularity == QLatin1String("HOUR") ? when.toString(QStringLiteral("yyyy-MM-dd HH:00"))
                                                                : when.date().toString(Qt::ISODate);
    return series->name() + QLatin1Char('\n') + date + QStringLiteral(" (UTC): ") + data.texts.at(i);
}

void PerformanceChartPanel::setAccountName(const QString &name)
{
    m_accountName = name;
}

ExportHeading PerformanceChartPanel::exportHeading() const
{
    const QLocale locale;
    QStringList metrics;
    for (const QString &column : std::as_const(m_columns))
        metrics << MetricCatalog::label(column);
    const QString account = m_accountName.isEmpty() ? tr("Ad account %1").arg(m_accountId)
                                                    : tr("Ad account %1 (%2)").arg(m_accountName, m_accountId);
    const QString range = m_range.isValid()
        ? tr("%1 to %2 (UTC)").arg(locale.toString(m_range.start, QLocale::ShortFormat), locale.toString(m_range.end, QLocale::ShortFormat))
        : QString();
    ExportHeading heading;
    heading.title = metrics.isEmpty() ? tr("Ad group performance")
                                      : tr("Ad group performance: %1").arg(locale.createSeparatedList(metrics));
    heading.details = range.isEmpty() ? account : range + QStringLiteral(" · ") + account;
    heading.fileStem = SaveFileDialog::fileNamePart(tr("Ad group performance"));
    if (m_range.isValid())
        heading.fileStem += QLatin1Char('_') + m_range.start.toString(Qt::ISODate) + QLatin1Char('_') + m_range.end.toString(Qt::ISODate);
    return heading;
}

QByteArray PerformanceChartPanel::csv() const
{
    return AnalyticsCsv::fromReport(m_currentReport, m_columns, m_currency);
}

void PerformanceChartPanel::render()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    // The chart follows the window's palette: dark axes and grid on a dark theme.
    const QChart::ChartTheme theme = isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme) {
        chart->setTheme(theme);
        chart->legend()->setAlignment(Qt::AlignBottom);
    }
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_data.clear();
    m_seriesIndex.clear();

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(m_granularity == QLatin1String("HOUR") ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("MMM d"));
    xAxis->setTitleText(tr("Date (UTC)"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    QList<QValueAxis *> yAxes;
    for (qsizetype c = 0; c < m_columns.size() && c < 2; ++c) {
        auto *axis = new QValueAxis;
        const QString column = m_columns.at(c);
        axis->setTitleText(MetricCatalog::isMoney(column) ? MetricCatalog::label(column) + QStringLiteral(" (")
                                                                + m_currency.code() + QLatin1Char(')')
                                                          : MetricCatalog::label(column));
        // Money in currency units, counts whole, rates (fractions) with three significant digits.
        axis->setLabelFormat(MetricCatalog::isMoney(column)          ? QStringLiteral("%.2f")
                                 : MetricCatalog::isAdditive(column) ? QStringLiteral("%.0f")
                                                                     : QStringLiteral("%.3g"));
        chart->addAxis(axis, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
        yAxes << axis;
    }

    const DateRange previous = DateRangePreset::previousPeriod(m_range);
    const qint64 shift = m_range.isValid() ? qint64(previous.start.daysTo(m_range.start)) * 86'400'000 : 0;
    QList<QColor> colors;
    double minX = std::numeric_limits<double>::max();
    double maxX = std::numeric_limits<double>::lowest();
    QList<double> maxY(yAxes.size(), 0.0);
    // colorIndex: the colour of an earlier line to reuse (-1: a colour of its own); secondMetric: dotted.
    auto addSeries = [&](const ChartSeriesData &data, const QString &name, bool overlay, qsizetype colorIndex, bool secondMetric) {
        auto *line = new QLineSeries;
        line->replace(data.points);
        line->setName(name);
        QXYSeries *hoverable = line;
        QAbstractSeries *added = line;
        if (m_style == Style::Area && !overlay) {
            auto *area = new QAreaSeries(line);
            area->setName(name);
            added = area;
        }
        chart->addSeries(added);
        const qsizetype axisIndex = qMax<qsizetype>(0, m_columns.indexOf(data.column));
        added->attachAxis(xAxis);
        added->attachAxis(yAxes.value(axisIndex, yAxes.value(0)));
        if (overlay) {
            QPen pen(colors.value(colorIndex));
            pen.setStyle(secondMetric ? Qt::DashDotLine : Qt::DashLine);
            pen.setWidthF(1.5);
            line->setPen(pen);
            colors << pen.color();
        } else if (colorIndex >= 0 && qobject_cast<QLineSeries *>(added)) {
            QPen pen(colors.value(colorIndex));
            pen.setStyle(Qt::DotLine);
            pen.setWidthF(2.0);
            line->setPen(pen);
            colors << pen.color();
        } else if (auto *area = qobject_cast<QAreaSeries *>(added)) {
            QColor fill = area->color();
            colors << fill;
            fill.setAlpha(90);
            area->setColor(fill);
        } else {
            colors << line->color();
        }
        m_seriesIndex.insert(hoverable, m_data.size());
        m_data << data;
        for (const QPointF &p : data.points) {
            minX = qMin(minX, p.x());
            maxX = qMax(maxX, p.x());
            maxY[axisIndex] = qMax(maxY[axisIndex], p.y());
        }
        auto onHover = [this, hoverable](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            m_lastTooltip = tooltipFor(hoverable, point);
            QToolTip::showText(QCursor::pos(), m_lastTooltip, m_view);
        };
        connect(line, &QXYSeries::hovered, this, onHover);
        if (auto *area = qobject_cast<QAreaSeries *>(added))
            connect(area, &QAreaSeries::hovered, this, onHover);
    };

    QList<std::pair<QString, QString>> lines; // (ad group, column)
    for (const QString &id : std::as_const(m_adGroups)) {
        for (const QString &column : std::as_const(m_columns))
            lines.append({id, column});
    }
    // With several ad groups, an ad group's second metric shares the colour of its first.
    const bool pairColors = m_columns.size() > 1 && m_adGroups.size() > 1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto &[id, column] = lines.at(i);
        const bool second = column != m_columns.constFirst();
        addSeries(ChartSeriesBuilder::build(m_currentReport, id, column, m_granularity, m_range, m_currency), seriesName(id, column),
                  false, pairColors && second ? i - 1 : -1, second);
    }
    if (m_previousReport) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto &[id, column] = lines.at(i);
            addSeries(ChartSeriesBuilder::build(*m_previousReport, id, column, m_granularity, previous, m_currency, shift),
                      tr("%1 (previous period)").arg(seriesName(id, column)), true, i, column != m_columns.constFirst());
        }
    }
    // One tick per day for short daily ranges, so every label names a day.
    if (m_granularity == QLatin1String("DAY") && m_range.days() >= 2)
        xAxis->setTickCount(m_range.days() <= 15 ? m_range.days() : 8);
    if (minX <= maxX) {
        xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX), Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(qint64(maxX), Qt::UTC));
    }
    for (qsizetype a = 0; a < yAxes.size(); ++a) {
        const QString column = m_columns.at(a);
        // Counts step in whole numbers, so a quiet week reads 0, 1, 2 rather than 0, 0, 1, 1.
        const AxisScale scale = AxisScale::forValues(maxY.at(a), MetricCatalog::isAdditive(column) && !MetricCatalog::isMoney(column), 0.05);
        yAxes[a]->setRange(0, scale.max);
        yAxes[a]->setTickCount(scale.tickCount);
    }

    // Legend entries toggle their line; a hidden line's entry stays, dimmed.
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true);
            QColor label = marker->labelBrush().color();
            label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(label);
        });
    }
    chart->setTitle(m_archived ? tr("Archived data") : QString());
    refreshMarkers();

    // Totals under the chart.
    m_totals->setSortingEnabled(false);
    m_totals->setRowCount(0);
    const QLocale locale;
    for (const auto &[id, column] : lines) {
        const int row = m_totals->rowCount();
        m_totals->insertRow(row);
        m_totals->setItem(row, 0, new QTableWidgetItem(seriesName(id, column)));
        const auto now = total(m_currentReport, id, column, m_currency);
        // Built step by step: GCC's -O3 flow analysis mistakes the ternary form for an
        // uninitialised read (-Wmaybe-uninitialized).
        std::optional<qint64> before;
        if (m_previousReport)
            before = total(*m_previousReport, id, column, m_currency);
        const QString dash = QStringLiteral("—");
        m_totals->setItem(row, 1, numberItem(now ? MetricCatalog::formatInteger(*now, column, m_currency, locale) : dash,
                                             now.value_or(0)));
        m_totals->setItem(row, 2, numberItem(before ? MetricCatalog::formatInteger(*before, column, m_currency, locale) : dash,
                                             before.value_or(0)));
        const auto delta = now && before ? PeriodComparison::deltaBasisPoints(*now, *before) : std::nullopt;
        m_totals->setItem(row, 3, numberItem(m_previousReport ? PeriodComparison::format(delta, locale) : dash,
                                             delta.value_or(std::numeric_limits<qint64>::min())));
    }
    m_totals->setSortingEnabled(true);
}

} // namespace pinstripe
