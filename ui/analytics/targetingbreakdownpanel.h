#pragma once

#include "core/analytics/targetingbreakdown.h"
#include "ui/analytics/analyticsexport.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace pinstripe {

class AnalyticsFetcher;
class AnalyticsQueryBar;
class ApiClient;

/**
 * Which audiences deliver: the selected ad groups' metrics split by targeting type (age,
 * gender, location, device, interest, keyword, …), one tab per type with a bar chart and a
 * sortable table, money in the account currency, a "Total" row that equals the ad groups'
 * total. Sorted by the chosen metric, so "which age group converts best" is the first bar.
 * Values are named in words (TargetingValueNames); the code stays in the cell's tool tip.
 */
class TargetingBreakdownPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetingBreakdownPanel)

public:
    TargetingBreakdownPanel(ApiClient *client, QString adAccountId, Currency currency, QWidget *parent = nullptr);
    ~TargetingBreakdownPanel() override;

    void setAdGroups(const QStringList &ids);
    AnalyticsQueryBar *queryBar() const { return m_bar; }

    /** Ticks the targeting types to fetch. */
    void setTargetingTypes(const QStringList &types);
    QStringList targetingTypes() const;
    /** The metric bars and tables are sorted by (and charted). */
    void setSortColumn(const QString &column);
    QString sortColumn() const;

    void refresh();
    void cancel();
    void retry();
    bool isFetching() const;

    /** Shows @p breakdown without fetching. */
    void setBreakdown(const TargetingBreakdown &breakdown);
    TargetingBreakdown breakdown() const { return m_breakdown; }

    QTabWidget *tabs() const { return m_tabs; }
    /** The table of @p type, or null. */
    QTableWidget *tableFor(const QString &type) const;
    /** The chart of @p type, or null. */
    QChartView *chartFor(const QString &type) const;
    QString statusText() const;
    QPushButton *retryButton() const { return m_retry; }
    /** The account's name for export headings (the id is always shown). */
    void setAccountName(const QString &name);
    /** The heading and file name of an export of the current tab: type, metric, date range, account. */
    ExportHeading exportHeading() const;
    /** The breakdown as CSV (AnalyticsCsv::fromBreakdown). */
    QByteArray csv() const;

Q_SIGNALS:
    void dataReady();

private:
    void onSettled();
    void render();
    QWidget *buildTab(const QString &type);
    void showStatus(const QString &text);

    QPointer<ApiClient> m_client;
    QString m_accountId;
    QString m_accountName;
    Currency m_currency;
    QStringList m_adGroups;
    AnalyticsQueryBar *m_bar;
    QListWidget *m_types;
    QComboBox *m_sortBy;
    QTabWidget *m_tabs;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QToolButton *m_export;
    QLabel *m_status;
    AnalyticsFetcher *m_fetch;
    TargetingBreakdown m_breakdown;
    QHash<QString, QTableWidget *> m_tables;
    QHash<QString, QChartView *> m_charts;
};

} // namespace pinstripe
