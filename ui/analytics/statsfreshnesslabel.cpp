#include "ui/analytics/statsfreshnesslabel.h"

#include "core/time/clock.h"
#include "ui/analytics/performancecolumnsprovider.h"

#include <QLocale>

namespace pinstripe {

StatsFreshnessLabel::StatsFreshnessLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statsFreshnessLabel"));
    setAccessibleName(tr("Statistics freshness"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    refresh();
}

void StatsFreshnessLabel::setProvider(PerformanceColumnsProvider *provider)
{
    disconnect(m_connection);
    m_provider = provider;
    if (provider)
        m_connection = connect(provider, &PerformanceColumnsProvider::freshnessChanged, this, &StatsFreshnessLabel::refresh);
    refresh();
}

void StatsFreshnessLabel::refresh()
{
    if (!m_provider) {
        clear();
        setToolTip({});
        hide();
        return;
    }
    const QLocale locale;
    const QDateTime asOf = m_provider->asOf().toLocalTime();
    const bool fetching = m_provider->isFetching();
    QString text;
    if (asOf.isValid()) {
        Clock *clock = m_provider->clock();
        const QDate today = (clock ? clock->now() : QDateTime::currentDateTimeUtc()).toLocalTime().date();
        // Today's numbers need only the time; older ones say which day.
        const QString when = asOf.date() == today ? locale.toString(asOf.time(), QLocale::ShortFormat)
                                                  : locale.toString(asOf, QLocale::ShortFormat);
        text = fetching ? tr("Statistics as of %1, updating…").arg(when) : tr("Statistics as of %1").arg(when);
    } else if (fetching) {
        text = tr("Loading statistics…");
    }
    setText(text);
    const DateRange range = m_provider->range();
    setToolTip(text.isEmpty() ? QString()
                              : tr("Spend, clicks and the other statistics in the table cover %1 to %2 (UTC).")
                                    .arg(locale.toString(range.start, QLocale::ShortFormat),
                                         locale.toString(range.end, QLocale::ShortFormat)));
    setVisible(!text.isEmpty());
}

} // namespace pinstripe
