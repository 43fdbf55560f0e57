#include "ui/analytics/analyticsquerybar.h"

#include "ui/common/flowlayout.h"

#include "core/analytics/metriccatalog.h"
#include "core/model/enums.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

QComboBox *windowBox(int defaultDays, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (int days : enums::attributionWindowDays())
        box->addItem(AnalyticsQueryBar::tr("%n day(s)", nullptr, days), days);
    box->setCurrentIndex(box->findData(defaultDays));
    return box;
}

} // namespace

AnalyticsQueryBar::AnalyticsQueryBar(QWidget *parent)
    : QWidget(parent)
    , m_today(AnalyticsQuery::todayUtc())
    , m_selected{QStringLiteral("CLICKTHROUGH_1")}
    , m_preset(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_granularity(new QComboBox(this))
    , m_metrics(new QToolButton(this))
    , m_metricMenu(new QMenu(this))
    , m_clickWindow(windowBox(30, this))
    , m_engagementWindow(windowBox(30, this))
    , m_viewWindow(windowBox(1, this))
    , m_reportTime(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_utcNote(new QLabel(tr("Data in UTC"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    for (DateRangePreset::Preset preset : DateRangePreset::all())
        m_preset->addItem(DateRangePreset::label(preset), int(preset));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
    }
    m_granularity->addItem(tr("Total"), QStringLiteral("TOTAL"));
    m_granularity->addItem(tr("Day"), QStringLiteral("DAY"));
    m_granularity->addItem(tr("Hour"), QStringLiteral("HOUR"));
    m_granularity->addItem(tr("Week"), QStringLiteral("WEEK"));
    m_granularity->addItem(tr("Month"), QStringLiteral("MONTH"));
    m_granularity->setCurrentIndex(1);
    m_reportTime->addItem(tr("Time of ad action"), QStringLiteral("TIME_OF_AD_ACTION"));
    m_reportTime->addItem(tr("Time of conversion"), QStringLiteral("TIME_OF_CONVERSION"));
    m_metrics->setPopupMode(QToolButton::InstantPopup);
    m_metrics->setMenu(m_metricMenu);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_utcNote->setToolTip(tr("Pinterest reports days in UTC; a day here may start and end at a different local time."));
    m_apply->setDefault(true);

    // The fields wrap like words when the dock is narrow; each label stays with its field.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *fields = new FlowLayout;
    layout->addLayout(fields); // first, so the groups below are made inside this widget
    fields->addGroup({new QLabel(tr("Dates:"), this), m_preset});
    fields->addGroup({m_start, new QLabel(QStringLiteral("–"), this), m_end});
    fields->addGroup({m_utcNote});
    fields->addGroup({new QLabel(tr("By:"), this), m_granularity});
    fields->addGroup({m_metrics});
    fields->addGroup({m_apply});
    fields->addGroup({new QLabel(tr("Attribution — click:"), this), m_clickWindow});
    fields->addGroup({new QLabel(tr("engagement:"), this), m_engagementWindow});
    fields->addGroup({new QLabel(tr("view:"), this), m_viewWindow});
    fields->addGroup({new QLabel(tr("Report conversions at:"), this), m_reportTime});
    layout->addWidget(m_problem);

    rebuildMetricMenu();
    setPreset(DateRangePreset::Preset::Last7Days);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &AnalyticsQueryBar::onPresetChanged);
    for (QDateEdit *edit : {m_start, m_end}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            // Editing a date makes the range custom.
            m_updating = true;
            m_preset->setCurrentIndex(m_preset->findData(int(DateRangePreset::Preset::Custom)));
            m_updating = false;
            updateState();
        });
    }
    for (QComboBox *box : {m_granularity, m_clickWindow, m_engagementWindow, m_viewWindow, m_reportTime})
        connect(box, &QComboBox::currentIndexChanged, this, &AnalyticsQueryBar::updateState);
    connect(m_apply, &QPushButton::clicked, this, &AnalyticsQueryBar::applyRequested);
}

void AnalyticsQueryBar::setTodayUtc(const QDate &today)
{
    m_today = today;
    onPresetChanged();
}

QDate AnalyticsQueryBar::todayUtc() const
{
    return m_today;
}

void AnalyticsQueryBar::setPreset(DateRangePreset::Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    onPresetChanged();
}

DateRangePreset::Preset AnalyticsQueryBar::preset() const
{
    return DateRangePreset::Preset(m_preset->currentData().toInt());
}

void AnalyticsQueryBar::setCustomRange(const DateRange &range)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(DateRangePreset::Preset::Custom)));
    m_start->setDate(range.start);
    m_end->setDate(range.end);
    m_updating = false;
    updateState();
}

DateRange AnalyticsQueryBar::range() const
{
    return {m_start->date(), m_end->date()};
}

void AnalyticsQueryBar::setGranularity(const QString &granularity)
{
    const int index = m_granularity->findData(granularity);
    if (index >= 0)
        m_granularity->setCurrentIndex(index);
}

QString AnalyticsQueryBar::granularity() const
{
    return m_granularity->currentData().toString();
}

void AnalyticsQueryBar::setAllowedGranularities(const QStringList &granularities)
{
    const QString current = granularity();
    for (int i = m_granularity->count() - 1; i >= 0; --i) {
        if (!granularities.contains(m_granularity->itemData(i).toString()))
            m_granularity->removeItem(i);
    }
    setGranularity(granularities.contains(current) ? current : granularities.value(0));
}

void AnalyticsQueryBar::setSelectedMetrics(const QStringList &columns)
{
    m_selected = m_maxMetrics > 0 ? columns.mid(0, m_maxMetrics) : columns;
    rebuildMetricMenu();
    updateState();
}

QStringList AnalyticsQueryBar::selectedMetrics() const
{
    return m_selected;
}

void AnalyticsQueryBar::setMaxMetrics(int count)
{
    m_maxMetrics = count;
    setSelectedMetrics(m_selected);
}

void AnalyticsQueryBar::setMetricChooserVisible(bool visible)
{
    m_metrics->setVisible(visible);
}

AnalyticsQuery AnalyticsQueryBar::query() const
{
    AnalyticsQuery q;
    const DateRange r = range();
    q.startDate = r.start;
    q.endDate = r.end;
    q.granularity = granularity();
    q.columns = m_selected;
    q.clickWindowDays = m_clickWindow->currentData().toInt();
    q.engagementWindowDays = m_engagementWindow->currentData().toInt();
    q.viewWindowDays = m_viewWindow->currentData().toInt();
    q.conversionReportTime = m_reportTime->currentData().toString();
    return q;
}

bool AnalyticsQueryBar::needsArchive() const
{
    return DateRangePreset::isBeyondApiWindow(range(), m_today);
}

QString AnalyticsQueryBar::problem() const
{
    if (m_selected.isEmpty())
        return tr("Choose at least one metric.");
    const QString window = DateRangePreset::check(range(), granularity(), m_today);
    if (window.isEmpty() || !needsArchive())
        return window;
    // Older ranges are still shown from the archive, so the 90-day rule is a note, not a stop.
    return {};
}

void AnalyticsQueryBar::rebuildMetricMenu()
{
    m_metricMenu->clear();
    for (MetricInfo::Group group : MetricCatalog::groups()) {
        m_metricMenu->addSection(MetricCatalog::groupLabel(group));
        for (const MetricInfo &info : MetricCatalog::metricsIn(group)) {
            QAction *action = m_metricMenu->addAction(info.label);
            action->setCheckable(true);
            action->setChecked(m_selected.contains(info.column));
            action->setData(info.column);
            connect(action, &QAction::toggled, this, [this, column = info.column](bool on) {
                if (on && !m_selected.contains(column)) {
                    if (m_maxMetrics > 0 && m_selected.size() >= m_maxMetrics) {
                        // The oldest choice makes room; the menu stays open, so untick it in place.
                        const QString oldest = m_selected.takeFirst();
                        for (QAction *other : m_metricMenu->actions()) {
                            if (other->data().toString() == oldest) {
                                const QSignalBlocker blocker(other);
                                other->setChecked(false);
                            }
                        }
                    }
                    m_selected << column;
                } else if (!on) {
                    m_selected.removeAll(column);
                }
                updateMetricButtonText();
                updateState();
            });
        }
    }
    updateMetricButtonText();
}

void AnalyticsQueryBar::updateMetricButtonText()
{
    QStringList labels;
    for (const QString &column : std::as_const(m_selected))
        labels << MetricCatalog::label(column);
    m_metrics->setText(labels.isEmpty() ? tr("Metrics…") : labels.join(QStringLiteral(", ")));
}

void AnalyticsQueryBar::onPresetChanged()
{
    if (m_updating)
        return;
    const DateRange r = DateRangePreset::range(preset(), m_today);
    if (r.isValid()) {
        m_updating = true;
        m_start->setDate(r.start);
        m_end->setDate(r.end);
        m_updating = false;
    }
    updateState();
}

void AnalyticsQueryBar::updateState()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
    } else if (needsArchive()) {
        m_problem->setText(tr("Pinterest keeps analytics for 90 days; this range is shown from the metrics archive where Pinstripe saved it."));
    } else if (granularity() == QLatin1String("HOUR")) {
        m_problem->setText(tr("Hourly reports have no conversion metrics."));
    } else {
        m_problem->clear();
    }
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_apply->setEnabled(why.isEmpty());
    Q_EMIT queryChanged();
}

} // namespace pinstripe
