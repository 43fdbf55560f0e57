#pragma once

#include "ui/adgroups/extracolumnsource.h"

#include <QPointer>

namespace pinstripe {

class PerformanceColumnsProvider;

/** Shows a PerformanceColumnsProvider's spend, impressions, clicks, CTR, CPC, CPM, conversions and ROAS as table columns. */
class PerformanceColumns final : public ExtraColumnSource
{
public:
    explicit PerformanceColumns(PerformanceColumnsProvider *provider);

    int extraColumnCount() const override;
    QString extraColumnTitle(int extraColumn) const override;
    QVariant extraDisplayValue(const QString &adGroupId, int extraColumn) const override;
    QVariant extraSortValue(const QString &adGroupId, int extraColumn) const override;

private:
    QPointer<PerformanceColumnsProvider> m_provider;
};

} // namespace pinstripe
