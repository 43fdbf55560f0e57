#pragma once

#include <QString>
#include <QVariant>

namespace pinstripe {

/**
 * Columns the ad group table shows after the ad group's own fields, computed elsewhere —
 * e.g. spend or clicks over a date range. Values are looked up by ad group id; a source tells
 * the model about new values through AdGroupTableModel::extraValuesChanged().
 */
class ExtraColumnSource
{
public:
    virtual ~ExtraColumnSource() = default;

    virtual int extraColumnCount() const = 0;
    virtual QString extraColumnTitle(int extraColumn) const = 0;
    /** Cell text; an invalid QVariant while the value is not known. */
    virtual QVariant extraDisplayValue(const QString &adGroupId, int extraColumn) const = 0;
    /** Raw value for sorting (a number); invalid sorts before every value. */
    virtual QVariant extraSortValue(const QString &adGroupId, int extraColumn) const = 0;
};

} // namespace pinstripe
