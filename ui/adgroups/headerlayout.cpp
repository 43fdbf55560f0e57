#include "ui/adgroups/headerlayout.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>

#include <algorithm>

namespace pinstripe {

void HeaderLayout::capture(const QTableView &table)
{
    const QHeaderView *header = table.horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        Column column;
        column.visual = header->visualIndex(logical);
        column.hidden = header->isSectionHidden(logical);
        // A hidden section reports width 0: keep the width it had, to show it again at that size.
        column.width = column.hidden ? columns.value(logical).width : header->sectionSize(logical);
        columns.insert(logical, column);
    }
    sortColumn = header->isSortIndicatorShown() ? header->sortIndicatorSection() : -1;
    if (sortColumn >= header->count())
        sortColumn = -1;
    descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
}

bool HeaderLayout::apply(QTableView &table) const
{
    if (columns.isEmpty())
        return false;
    QHeaderView *header = table.horizontalHeader();
    const int count = header->count();
    // Order: the known columns by their saved place, the new ones after them.
    QList<int> order;
    for (int logical = 0; logical < count; ++logical)
        order << logical;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const int va = columns.contains(a) ? columns.value(a).visual : 1'000'000 + a;
        const int vb = columns.contains(b) ? columns.value(b).visual : 1'000'000 + b;
        return va < vb;
    });
    for (int visual = 0; visual < order.size(); ++visual) {
        const int from = header->visualIndex(order.at(visual));
        if (from != visual)
            header->moveSection(from, visual);
    }
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it.key() >= count)
            continue;
        if (it->width > 0)
            header->resizeSection(it.key(), it->width);
        table.setColumnHidden(it.key(), it->hidden);
    }
    if (sortColumn >= 0 && sortColumn < count)
        table.sortByColumn(sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    else
        header->setSortIndicator(-1, Qt::AscendingOrder);
    return true;
}

QByteArray HeaderLayout::toJson() const
{
    QJsonArray list;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        list.append(QJsonObject{{QStringLiteral("column"), it.key()},
                                {QStringLiteral("visual"), it->visual},
                                {QStringLiteral("width"), it->width},
                                {QStringLiteral("hidden"), it->hidden}});
    }
    const QJsonObject object{{QStringLiteral("columns"), list},
                             {QStringLiteral("sortColumn"), sortColumn},
                             {QStringLiteral("descending"), descending}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<HeaderLayout> HeaderLayout::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (!object.value(QLatin1String("columns")).isArray())
        return std::nullopt;
    HeaderLayout layout;
    for (const QJsonValue &value : object.value(QLatin1String("columns")).toArray()) {
        const QJsonObject entry = value.toObject();
        const int logical = entry.value(QLatin1String("column")).toInt(-1);
        if (logical < 0 || logical > 1000)
            continue;
        Column column;
        column.visual = entry.value(QLatin1String("visual")).toInt(logical);
        column.width = std::clamp(entry.value(QLatin1String("width")).toInt(0), 0, 5000);
        column.hidden = entry.value(QLatin1String("hidden")).toBool(false);
        layout.columns.insert(logical, column);
    }
    layout.sortColumn = object.value(QLatin1String("sortColumn")).toInt(-1);
    layout.descending = object.value(QLatin1String("descending")).toBool(false);
    return layout;
}

} // namespace pinstripe
