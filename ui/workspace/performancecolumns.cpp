#include "ui/workspace/performancecolumns.h"

#include "ui/analytics/performancecolumnsprovider.h"

namespace pinstripe {

PerformanceColumns::PerformanceColumns(PerformanceColumnsProvider *provider)
    : m_provider(provider)
{
}

int PerformanceColumns::extraColumnCount() const
{
    return static_cast<int>(PerformanceColumnsProvider::columns().size());
}

QString PerformanceColumns::extraColumnTitle(int extraColumn) const
{
    return PerformanceColumnsProvider::header(PerformanceColumnsProvider::columns().value(extraColumn));
}

QVariant PerformanceColumns::extraDisplayValue(const QString &adGroupId, int extraColumn) const
{
    if (!m_provider)
        return {};
    return m_provider->displayValue(adGroupId, PerformanceColumnsProvider::columns().value(extraColumn));
}

QVariant PerformanceColumns::extraSortValue(const QString &adGroupId, int extraColumn) const
{
    if (!m_provider)
        return {};
    return m_provider->sortValue(adGroupId, PerformanceColumnsProvider::columns().value(extraColumn));
}

} // namespace pinstripe
