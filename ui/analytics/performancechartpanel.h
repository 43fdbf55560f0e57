#pragma once

#include "core/analytics/daterangepreset.h"
#include "core/model/analyticsreport.h"
#include "core/model/currency.h"
#include "ui/analytics/analyticsexport.h"
#include "ui/analytics/chartseriesbuilder.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolButton;
class QXYSeries;

namespace pinstripe {

class AnalyticsFetcher;
class AnalyticsQueryBar;
class ApiClient;
class ChangeMarkerOverlay;
class ChangeSet;
class MetricsArchive;
class PendingChangeStore;

/**
 * Performance over time for the selected ad groups: up to 10 ad groups as lines of one or two
 * metrics, a second metric on its own axis at the right. Hovering shows a point's exact value,
 * clicking a legend entry hides or shows its line, the totals table sits under the chart, and
 * "Compare with previous period" overlays the period before as dashed lines with Δ % per line.
 *
 * Changes posted to the charted ad groups within the range show as markers on the date axis
 * (ChangeMarkers groups them per bucket, ChangeMarkerOverlay draws them); hovering one says
 * what changed, by whom and when.
 *
 * Fetches through AnalyticsFetcher (chunked, cancellable; chunks that fail stay retryable)
 * and keeps what it fetched in the metrics archive, which also answers for ranges Pinterest
 * no longer serves.
 */
class PerformanceChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerformanceChartPanel)

public:
    static constexpr int kMaxAdGroups = 10;
    enum class Style { Line, Area };

    PerformanceChartPanel(ApiClient *client, QString adAccountId, Currency currency, QWidget *parent = nullptr);
    ~PerformanceChartPanel() override;

    /** Where fetched days are kept and old ranges read from (not owned; may be null). */
    void setArchive(MetricsArchive *archive);
    /**
     * The change journal the markers come from (not owned; may be null: no markers). The
     * markers are read again whenever @p changes (may be null) signals a change, which it does
     * when a posted change is applied and journaled.
     */
    void setJournal(PendingChangeStore *journal, ChangeSet *changes = nullptr);
    ChangeMarkerOverlay *changeMarkers() const { return m_markers; }
    /** The ad groups to chart (the first 10), with names for the legend. */
    void setAdGroups(const QStringList &ids, const QHash<QString, QString> &names = {});
    QStringList adGroups() const { return m_adGroups; }

    AnalyticsQueryBar *queryBar() const { return m_bar; }
    QCheckBox *compareBox() const { return m_compare; }
    void setStyle(Style style);

    /** Fetches the query bar's range (and the previous period when comparing) and draws it. */
    void refresh();
    /** Stops a fetch; what arrived stays on screen. */
    void cancel();
    /** Fetches the chunks that failed again. */
    void retry();
    /** Reads the journal again and redraws the change markers (drawing the chart does too). */
    void refreshMarkers();
    bool isFetching() const;

    /**
     * Draws reports that are already at hand (no network): @p current for @p range, and
     * @p previous (the period before) when comparing.
     */
    void setReports(const AnalyticsReport &current, const std::optional<AnalyticsReport> &previous, const DateRange &range,
                    const QString &granularity, const QStringList &columns);

    QChartView *chartView() const { return m_view; }
    QChart *chart() const;
    QTableWidget *totalsTable() const { return m_totals; }
    /** The lines drawn: current period first, then the previous period's overlay. */
    QList<ChartSeriesData> seriesData() const { return m_data; }
    AnalyticsReport currentReport() const { return m_currentReport; }
    /** The tool tip text for a hover at @p point over the line @p series. */
    QString tooltipFor(const QXYSeries *series, const QPointF &point) const;
    QString lastTooltip() const { return m_lastTooltip; }
    QString statusText() const;
    bool isArchived() const { return m_archived; }
    QPushButton *retryButton() const { return m_retry; }
    QToolButton *exportButton() const { return m_export; }
    /** The account's name for export headings (the id is always shown). */
    void setAccountName(const QString &name);
    /** The heading and file name of an export of what is on screen: metrics, date range, account. */
    ExportHeading exportHeading() const;
    /** The current report as CSV (AnalyticsCsv), what "Export data as CSV" writes. */
    QByteArray csv() const;

Q_SIGNALS:
    /** New data is on screen (complete or partial). */
    void dataReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFetchSettled();
    void render();
    void showStatus(const QString &text);
    QStringList chartColumns() const;
    QStringList chartAdGroups() const;
    QString seriesName(const QString &adGroupId, const QString &column) const;

    QPointer<ApiClient> m_client;
    QString m_accountId;
    QString m_accountName;
    Currency m_currency;
    MetricsArchive *m_archive = nullptr;
    PendingChangeStore *m_journal = nullptr;
    bool m_markerRefreshQueued = false;
    QStringList m_adGroups;
    QHash<QString, QString> m_names;
    Style m_style = Style::Line;

    AnalyticsQueryBar *m_bar;
    QCheckBox *m_compare;
    QComboBox *m_styleBox;
    QToolButton *m_export;
    QChartView *m_view;
    QTableWidget *m_totals;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QLabel *m_status;
    ChangeMarkerOverlay *m_markers;
    AnalyticsFetcher *m_currentFetch;
    AnalyticsFetcher *m_previousFetch;

    AnalyticsReport m_currentReport;
    std::optional<AnalyticsReport> m_previousReport;
    DateRange m_range;
    QString m_granularity = QStringLiteral("DAY");
    QStringList m_columns;
    bool m_archived = false;
    QList<ChartSeriesData> m_data;
    QHash<const QXYSeries *, qsizetype> m_seriesIndex;
    QString m_lastTooltip;
};

} // namespace pinstripe
