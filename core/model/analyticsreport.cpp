#include "core/model/analyticsreport.h"

#include <QSet>

namespace pinstripe {

QList<AnalyticsRow> AnalyticsReport::rowsForAdGroup(const QString &adGroupId) const
{
    QList<AnalyticsRow> result;
    for (const AnalyticsRow &row : rows) {
        if (row.adGroupId == adGroupId)
            result.append(row);
    }
    return result;
}

QStringList AnalyticsReport::adGroupIds() const
{
    QStringList ids;
    QSet<QString> seen;
    for (const AnalyticsRow &row : rows) {
        if (!row.adGroupId.isEmpty() && !seen.contains(row.adGroupId)) {
            seen.insert(row.adGroupId);
            ids.append(row.adGroupId);
        }
    }
    return ids;
}

AnalyticsReport AnalyticsReport::fromJson(const QJsonArray &json)
{
    AnalyticsReport report;
    report.rows.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonValue v = json.at(i);
        if (v.isObject())
            report.rows.append(AnalyticsRow::fromJson(v.toObject()));
        else
            report.otherElements.append({i, v});
    }
    return report;
}

QJsonArray AnalyticsReport::toJson() const
{
    QJsonArray array;
    qsizetype nextRow = 0;
    qsizetype nextOther = 0;
    const qsizetype total = rows.size() + otherElements.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (nextOther < otherElements.size() && otherElements.at(nextOther).first == i)
            array.append(otherElements.at(nextOther++).second);
        else if (nextRow < rows.size())
            array.append(rows.at(nextRow++).toJson());
        else
            array.append(otherElements.at(nextOther++).second);
    }
    return array;
}

} // namespace pinstripe
