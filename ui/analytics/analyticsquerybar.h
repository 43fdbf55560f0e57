#pragma once

#include "core/analytics/daterangepreset.h"
#include "core/api/analyticsquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace pinstripe {

/**
 * The query controls every analytics view shares: a date preset or custom dates, the
 * granularity, metrics grouped by meaning, attribution windows and the conversion report
 * time. Pinterest's window rules are checked as the user changes them and explained in plain
 * words; the "Apply" button is off while the range cannot be sent.
 */
class AnalyticsQueryBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsQueryBar)

public:
    explicit AnalyticsQueryBar(QWidget *parent = nullptr);

    /** Pins "today" (UTC) for presets and window checks; tests and screenshots use it. */
    void setTodayUtc(const QDate &today);
    QDate todayUtc() const;

    void setPreset(DateRangePreset::Preset preset);
    DateRangePreset::Preset preset() const;
    /** Switches to Custom with @p range. */
    void setCustomRange(const DateRange &range);
    DateRange range() const;

    void setGranularity(const QString &granularity);
    QString granularity() const;
    /** Hides granularities a view cannot show (the chart has no use for TOTAL). */
    void setAllowedGranularities(const QStringList &granularities);

    void setSelectedMetrics(const QStringList &columns);
    QStringList selectedMetrics() const;
    /** At most @p count metrics can be ticked (0 = any number). */
    void setMaxMetrics(int count);
    /** Hides the metric chooser (views with a fixed set of columns). */
    void setMetricChooserVisible(bool visible);

    /** The query without ad group ids: dates, granularity, columns, attribution settings. */
    AnalyticsQuery query() const;
    /** Why the range cannot be asked for, in plain words; empty when it can. */
    QString problem() const;
    /** True when the range is older than Pinterest's 90 days and only the archive can answer. */
    bool needsArchive() const;

    QPushButton *applyButton() const { return m_apply; }
    QComboBox *presetBox() const { return m_preset; }
    QToolButton *metricButton() const { return m_metrics; }

Q_SIGNALS:
    void queryChanged();
    void applyRequested();

private:
    void rebuildMetricMenu();
    void updateMetricButtonText();
    void onPresetChanged();
    void updateState();

    QDate m_today;
    int m_maxMetrics = 0;
    QStringList m_selected;
    QComboBox *m_preset;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QComboBox *m_granularity;
    QToolButton *m_metrics;
    QMenu *m_metricMenu;
    QComboBox *m_clickWindow;
    QComboBox *m_engagementWindow;
    QComboBox *m_viewWindow;
    QComboBox *m_reportTime;
    QLabel *m_problem;
    QLabel *m_utcNote;
    QPushButton *m_apply;
    bool m_updating = false;
};

} // namespace pinstripe
