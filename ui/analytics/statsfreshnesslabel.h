#pragma once

#include <QLabel>
#include <QPointer>

namespace pinstripe {

class PerformanceColumnsProvider;

/**
 * Status-bar widget saying how fresh the statistics in the table are: "Statistics as of 14:32",
 * "Statistics as of 1 Dec 2026, 18:05, updating…" while newer ones load, "Loading statistics…"
 * before any arrived. The tool tip names the date range. Empty and hidden without a provider.
 */
class StatsFreshnessLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsFreshnessLabel)

public:
    explicit StatsFreshnessLabel(QWidget *parent = nullptr);

    /** The statistics to describe (not owned; may be null). */
    void setProvider(PerformanceColumnsProvider *provider);

    /** Reads the provider again (also done whenever its freshness changes). */
    void refresh();

private:
    QPointer<PerformanceColumnsProvider> m_provider;
    QMetaObject::Connection m_connection;
};

} // namespace pinstripe
