#include "ui/adgroups/adgrouptablemodel.h"

#include "ui/common/bigaccount.h"
#include "core/model/money.h"
#include "core/model/enumwords.h"
#include "core/sheet/sheetvaluecodec.h"

#include <QColor>
#include <QDateTime>
#include <QFont>

#include <algorithm>
#include <vector>
#include <array>

namespace pinstripe {

namespace {

int compareNumbers(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

QString isoTime(qint64 seconds)
{
    if (seconds == AdGroupRow::kNone)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString microsText(qint64 micros)
{
    return micros == AdGroupRow::kNone ? QString() : QString::number(micros);
}

} // namespace

AdGroupTableModel::AdGroupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_extraChangedLater(new QTimer(this))
{
    m_extraChangedLater->setSingleShot(true);
    m_extraChangedLater->setInterval(250);
    connect(m_extraChangedLater, &QTimer::timeout, this, [this] { extraValuesChanged({}); });
}

void AdGroupTableModel::setCurrency(const Currency &currency)
{
    m_currency = currency;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, Budget), index(rowCount() - 1, Bid));
    }
}

void AdGroupTableModel::setCampaignNames(const QHash<QString, QString> &names)
{
    m_campaignNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Campaign), index(rowCount() - 1, Campaign));
}

QString AdGroupTableModel::campaignName(const QString &campaignId) const
{
    return m_campaignNames.value(campaignId, campaignId);
}

void AdGroupTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    m_position.clear();
    m_arrivalById.clear();
    m_storageByArrival.clear();
    m_stringPool.clear();
    m_nextArrival = 0;
    endResetModel();
}

void AdGroupTableModel::upsert(const QList<AdGroup> &adGroups)
{
    QList<AdGroupRow> added;
    bool sortKeyChanged = false;
    for (const AdGroup &adGroup : adGroups) {
        AdGroupRow row = AdGroupRow::from(adGroup, m_stringPool);
        const int existing = storageOf(row.id);
        if (existing < 0) {
            row.arrival = m_nextArrival++;
            m_arrivalById.insert(row.id, int(row.arrival));
            m_storageByArrival.append(int(m_rows.size() + added.size()));
            added.append(std::move(row));
            continue;
        }
        const QList<int> columns = changedColumns(m_rows.at(existing), row);
        if (columns.isEmpty())
            continue;
        row.arrival = m_rows.at(existing).arrival;
        m_rows[existing] = std::move(row);
        sortKeyChanged = sortKeyChanged || columns.contains(m_sortColumn);
        const int displayRow = m_position.at(existing);
        const auto [first, last] = std::minmax_element(columns.cbegin(), columns.cend());
        Q_EMIT dataChanged(index(displayRow, *first), index(displayRow, *last));
        Q_EMIT cellsChanged(m_rows.at(existing).id, columns);
    }
    if (!added.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (qsizetype i = 0; i < added.size(); ++i) {
            m_order.append(int(m_rows.size() + i));
            m_position.append(first + int(i));
        }
        m_rows.append(added);
        endInsertRows();
    }
    if (m_sortColumn >= 0 && (sortKeyChanged || !added.isEmpty())) {
        // New rows are merged into the sorted ones (linear); a changed key needs a full sort.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<int> storedBefore;
        for (const QModelIndex &index : before)
            storedBefore << m_order.at(index.row());
        applyOrder(sortKeyChanged ? 0 : m_order.size() - added.size());
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i)
            after << index(m_position.at(storedBefore.at(i)), before.at(i).column());
        changePersistentIndexList(before, after);
        storeInDisplayOrder();
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
}

void AdGroupTableModel::sortRows(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> storedBefore;
    for (const QModelIndex &index : before)
        storedBefore << m_order.at(index.row());
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder(0);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(m_position.at(storedBefore.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    storeInDisplayOrder();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AdGroupTableModel::applyOrder(qsizetype sortedPrefix)
{
    if (m_sortColumn < 0) {
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) {
            return m_rows.at(a).arrival < m_rows.at(b).arrival;
        });
    } else {
        const int column = m_sortColumn;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        // Campaign names are ranked once, not looked up and compared without case twice per
        // comparison (a third of a second at 100,000 rows).
        QHash<QString, int> campaignRank;
        if (column == Campaign) {
            QStringList ids;
            for (const AdGroupRow &row : std::as_const(m_rows)) {
                if (!campaignRank.contains(row.campaignId)) {
                    campaignRank.insert(row.campaignId, 0);
                    ids << row.campaignId;
                }
            }
            std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
                return campaignName(a).compare(campaignName(b), Qt::CaseInsensitive) < 0;
            });
            for (int i = 0; i < ids.size(); ++i) {
                // Names equal without case share a rank, as the comparison would have it.
                const bool same = i > 0 && campaignName(ids.at(i)).compare(campaignName(ids.at(i - 1)), Qt::CaseInsensitive) == 0;
                campaignRank[ids.at(i)] = same ? campaignRank.value(ids.at(i - 1)) : i;
            }
        }
        std::vector<int> rankOf;
        if (column == Campaign) {
            rankOf.reserve(size_t(m_rows.size()));
            for (const AdGroupRow &row : std::as_const(m_rows))
                rankOf.push_back(campaignRank.value(row.campaignId));
        }
        const auto less = [this, column, descending, &rankOf](int a, int b) {
            int c = 0;
            if (column == Campaign && rankOf[size_t(a)] != rankOf[size_t(b)])
                c = rankOf[size_t(a)] < rankOf[size_t(b)] ? -1 : 1;
            else
                c = compareStored(a, b, column == Campaign ? Id : column);
            return descending ? c > 0 : c < 0;
        };
        const auto middle = m_order.begin() + sortedPrefix;
        std::sort(middle, m_order.end(), less);
        if (sortedPrefix > 0)
            std::inplace_merge(m_order.begin(), middle, m_order.end(), less);
    }
    rebuildPositions();
}

void AdGroupTableModel::storeInDisplayOrder()
{
    // A filter pass then walks memory front to back instead of jumping around 100,000 rows,
    // which was most of a keystroke's cost.
    // In place, cycle by cycle (row i takes the row m_order[i] names): a second array of
    // 100,000 rows, allocated and faulted in on every sort, cost more than the sort itself.
    AdGroupRow *rows = m_rows.data();
    const qsizetype count = m_rows.size();
    std::vector<bool> placed(size_t(count), false);
    for (qsizetype start = 0; start < count; ++start) {
        if (placed[size_t(start)])
            continue;
        placed[size_t(start)] = true;
        qsizetype at = start;
        qsizetype from = m_order.at(at);
        if (from == start)
            continue;
        AdGroupRow first = std::move(rows[start]);
        while (from != start) {
            rows[at] = std::move(rows[from]);
            at = from;
            placed[size_t(at)] = true;
            from = m_order.at(at);
        }
        rows[at] = std::move(first);
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        m_storageByArrival[m_rows.at(row).arrival] = int(row);
        m_order[row] = int(row);
    }
    rebuildPositions();
}

void AdGroupTableModel::rebuildPositions()
{
    m_position.resize(m_order.size());
    for (qsizetype row = 0; row < m_order.size(); ++row)
        m_position[m_order.at(row)] = int(row);
}

void AdGroupTableModel::removeMissing(const QSet<QString> &keepIds, const QStringList &statuses)
{
    const auto gone = [&](int displayRow) {
        const AdGroupRow &candidate = rowAt(displayRow);
        return !keepIds.contains(candidate.id) && (statuses.isEmpty() || statuses.contains(candidate.status));
    };
    // Remove from the back in contiguous runs of display rows so the rest keep valid indexes.
    bool removed = false;
    int row = rowCount() - 1;
    while (row >= 0) {
        if (!gone(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_order.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (!removed)
        return;
    // Compact the storage; display rows stay as they are.
    QList<AdGroupRow> kept;
    kept.reserve(m_order.size());
    for (qsizetype displayRow = 0; displayRow < m_order.size(); ++displayRow)
        kept.append(std::move(m_rows[m_order.at(displayRow)]));
    m_arrivalById.clear();
    m_storageByArrival.fill(-1);
    for (qsizetype row = 0; row < kept.size(); ++row) {
        m_arrivalById.insert(kept.at(row).id, int(kept.at(row).arrival));
        m_storageByArrival[kept.at(row).arrival] = int(row);
        m_order[row] = int(row);
    }
    m_rows = std::move(kept);
    rebuildPositions();
}

QHash<QString, int> AdGroupTableModel::countsByCampaign() const
{
    QHash<QString, int> counts;
    for (const AdGroupRow &row : m_rows)
        ++counts[row.campaignId];
    return counts;
}

QList<int> AdGroupTableModel::changedColumns(const AdGroupRow &before, const AdGroupRow &after)
{
    QList<int> columns;
    const auto check = [&columns](bool differs, int column) {
        if (differs)
            columns.append(column);
    };
    check(before.name != after.name, Name);
    check(before.status != after.status, Status);
    check(before.summaryStatus != after.summaryStatus, SummaryStatus);
    check(before.campaignId != after.campaignId, Campaign);
    check(before.budgetMicros != after.budgetMicros, Budget);
    check(before.budgetType != after.budgetType, BudgetType);
    check(before.bidMicros != after.bidMicros, Bid);
    check(before.bidStrategy != after.bidStrategy, BidStrategy);
    check(before.billableEvent != after.billableEvent, BillableEvent);
    check(before.optimizationGoal != after.optimizationGoal, OptimizationGoal);
    check(before.startTime != after.startTime, Start);
    check(before.endTime != after.endTime, End);
    check(before.pacing != after.pacing, Pacing);
    check(before.placement != after.placement, Placement);
    check(before.autoTargeting != after.autoTargeting, AutoTargeting);
    check(before.frequencyCap != after.frequencyCap, FrequencyCap);
    check(before.createdTime != after.createdTime, Created);
    check(before.updatedTime != after.updatedTime, Updated);
    return columns;
}

bool AdGroupTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    return compareStored(m_order.at(leftRow), m_order.at(rightRow), column) < 0;
}

int AdGroupTableModel::compareStored(int left, int right, int column) const
{
    const AdGroupRow &a = m_rows.at(left);
    const AdGroupRow &b = m_rows.at(right);
    int c = 0;
    switch (column) {
    case Name: c = a.nameKey.compare(b.nameKey); break;
    case Status: c = a.status.compare(b.status); break;
    case SummaryStatus: c = a.summaryStatus.compare(b.summaryStatus); break;
    case Campaign: c = campaignName(a.campaignId).compare(campaignName(b.campaignId), Qt::CaseInsensitive); break;
    case Budget: c = compareNumbers(a.budgetMicros, b.budgetMicros); break;
    case BudgetType: c = a.budgetType.compare(b.budgetType); break;
    case Bid: c = compareNumbers(a.bidMicros, b.bidMicros); break;
    case BidStrategy: c = a.bidStrategy.compare(b.bidStrategy); break;
    case BillableEvent: c = a.billableEvent.compare(b.billableEvent); break;
    case OptimizationGoal: c = a.optimizationGoal.compare(b.optimizationGoal); break;
    case Start: c = compareNumbers(a.startTime, b.startTime); break;
    case End: c = compareNumbers(a.endTime, b.endTime); break;
    case Pacing: c = a.pacing.compare(b.pacing); break;
    case Placement: c = a.placement.compare(b.placement); break;
    case AutoTargeting: c = compareNumbers(a.autoTargeting, b.autoTargeting); break;
    case FrequencyCap: c = compareNumbers(a.frequencyCap, b.frequencyCap); break;
    case Created: c = compareNumbers(a.createdTime, b.createdTime); break;
    case Updated: c = compareNumbers(a.updatedTime, b.updatedTime); break;
    default:
        if (column >= ColumnCount && m_extra) {
            const QVariant x = m_extra->extraSortValue(a.id, column - ColumnCount);
            const QVariant y = m_extra->extraSortValue(b.id, column - ColumnCount);
            if (x.isValid() != y.isValid())
                c = x.isValid() ? 1 : -1; // unknown values first
            else if (x.isValid())
                c = QVariant::compare(x, y) == QPartialOrdering::Less ? -1 : (QVariant::compare(x, y) == QPartialOrdering::Greater ? 1 : 0);
        }
        break; // Id: the tie-break below
    }
    if (c == 0) // ids are digits: shorter is smaller; ties by id keep the order total
        c = a.id.size() != b.id.size() ? compareNumbers(a.id.size(), b.id.size()) : a.id.compare(b.id);
    return c;
}

QString AdGroupTableModel::columnTitle(int column)
{
    switch (column) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case SummaryStatus: return tr("Summary status");
    case Campaign: return tr("Campaign");
    case Budget: return tr("Budget");
    case BudgetType: return tr("Budget type");
    case Bid: return tr("Bid");
    case BidStrategy: return tr("Bid strategy");
    case BillableEvent: return tr("Billable event");
    case OptimizationGoal: return tr("Optimization goal");
    case Start: return tr("Start");
    case End: return tr("End");
    case Pacing: return tr("Pacing");
    case Placement: return tr("Placement");
    case AutoTargeting: return tr("Auto targeting");
    case FrequencyCap: return tr("Lifetime frequency cap");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case Id: return tr("ID");
    default: return {};
    }
}

QString AdGroupTableModel::columnKey(int column)
{
    static const QStringList keys = {
        QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("summary_status"),
        QStringLiteral("campaign"), QStringLiteral("budget"), QStringLiteral("budget_type"),
        QStringLiteral("bid"), QStringLiteral("bid_strategy"), QStringLiteral("billable_event"),
        QStringLiteral("optimization_goal"), QStringLiteral("start"), QStringLiteral("end"),
        QStringLiteral("pacing"), QStringLiteral("placement"), QStringLiteral("auto_targeting"),
        QStringLiteral("lifetime_frequency_cap"), QStringLiteral("created"), QStringLiteral("updated"),
        QStringLiteral("id")};
    return keys.value(column);
}

QString AdGroupTableModel::moneyText(qint64 micros) const
{
    if (micros == AdGroupRow::kNone)
        return {};
    return Money(micros, m_currency).format(m_locale);
}

QString AdGroupTableModel::timeText(qint64 seconds) const
{
    if (seconds == AdGroupRow::kNone)
        return {};
    return m_locale.toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(), QLocale::ShortFormat);
}

QString AdGroupTableModel::displayText(const AdGroupRow &row, int column) const
{
    switch (column) {
    case Name: return row.name;
    case Status: return enumwords::text(enumwords::Kind::EntityStatus, row.status);
    case SummaryStatus: return enumwords::text(enumwords::Kind::SummaryStatus, row.summaryStatus);
    case Campaign: return campaignName(row.campaignId);
    case Budget: return moneyText(row.budgetMicros);
    case BudgetType: return enumwords::text(enumwords::Kind::BudgetType, row.budgetType);
    case Bid: return moneyText(row.bidMicros);
    case BidStrategy: return enumwords::text(enumwords::Kind::BidStrategy, row.bidStrategy);
    case BillableEvent: return enumwords::text(enumwords::Kind::BillableEvent, row.billableEvent);
    case OptimizationGoal: return enumwords::text(enumwords::Kind::OptimizationGoal, row.optimizationGoal);
    case Start: return timeText(row.startTime);
    case End: return timeText(row.endTime);
    case Pacing: return enumwords::text(enumwords::Kind::Pacing, row.pacing);
    case Placement: return enumwords::text(enumwords::Kind::Placement, row.placement);
    case AutoTargeting: return row.autoTargeting < 0 ? QString() : (row.autoTargeting ? tr("On") : tr("Off"));
    case FrequencyCap: return row.frequencyCap == AdGroupRow::kNone ? QString() : m_locale.toString(row.frequencyCap);
    case Created: return timeText(row.createdTime);
    case Updated: return timeText(row.updatedTime);
    case Id: return row.id;
    default: return {};
    }
}

QVariant AdGroupTableModel::sortValue(const AdGroupRow &row, int column) const
{
    switch (column) {
    case Name: return row.name;
    case Status: return row.status;
    case SummaryStatus: return row.summaryStatus;
    case Campaign: return campaignName(row.campaignId);
    case Budget: return row.budgetMicros;
    case BudgetType: return row.budgetType;
    case Bid: return row.bidMicros;
    case BidStrategy: return row.bidStrategy;
    case BillableEvent: return row.billableEvent;
    case OptimizationGoal: return row.optimizationGoal;
    case Start: return row.startTime;
    case End: return row.endTime;
    case Pacing: return row.pacing;
    case Placement: return row.placement;
    case AutoTargeting: return qint64(row.autoTargeting);
    case FrequencyCap: return row.frequencyCap;
    case Created: return row.createdTime;
    case Updated: return row.updatedTime;
    case Id: return row.id;
    default: return {};
    }
}

int AdGroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int AdGroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount) + (m_extra ? m_extra->extraColumnCount() : 0);
}

void AdGroupTableModel::setExtraColumns(ExtraColumnSource *source)
{
    beginResetModel();
    m_extra = source;
    if (m_sortColumn >= columnCount())
        m_sortColumn = -1;
    endResetModel();
}

void AdGroupTableModel::extraValuesChanged(const QStringList &adGroupIds)
{
    if (!m_extra || m_order.isEmpty())
        return;
    // The stats columns of a big account arrive in hundreds of chunks of 250. Told row by row
    // (through the filter proxy, which checks every changed row against the filter) or sorted
    // again for each chunk, they cost seconds; here they are told at most four times a second,
    // as one change of the extra columns of every row.
    constexpr qsizetype kManyIds = 64;
    if (!adGroupIds.isEmpty() && adGroupIds.size() > kManyIds && m_order.size() > kBigAccountAdGroups) {
        if (!m_extraChangedLater->isActive())
            m_extraChangedLater->start();
        return;
    }
    if (m_sortColumn >= ColumnCount) {
        sortRows(m_sortColumn, m_sortOrder); // the values decide the order
        return;
    }
    const int first = ColumnCount;
    const int last = columnCount() - 1;
    if (adGroupIds.isEmpty()) {
        Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, last));
        return;
    }
    for (const QString &id : adGroupIds) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, first), index(row, last));
    }
}

QString AdGroupTableModel::wireField(int column)
{
    switch (column) {
    case Name: return QStringLiteral("name");
    case Status: return QStringLiteral("status");
    case Budget: return QStringLiteral("budget_in_micro_currency");
    case BudgetType: return QStringLiteral("budget_type");
    case Bid: return QStringLiteral("bid_in_micro_currency");
    case BidStrategy: return QStringLiteral("bid_strategy_type");
    case BillableEvent: return QStringLiteral("billable_event");
    case OptimizationGoal: return QStringLiteral("optimization_goal_metadata");
    case Start: return QStringLiteral("start_time");
    case End: return QStringLiteral("end_time");
    case Pacing: return QStringLiteral("pacing_delivery_type");
    case Placement: return QStringLiteral("placement_group");
    case AutoTargeting: return QStringLiteral("auto_targeting_enabled");
    case FrequencyCap: return QStringLiteral("lifetime_frequency_cap");
    default: return {};
    }
}

void AdGroupTableModel::setChangeMarker(std::function<bool(const QString &, const QString &)> isChanged)
{
    m_isChanged = std::move(isChanged);
    changeMarksChanged();
}

void AdGroupTableModel::changeMarksChanged()
{
    // Not DisplayRole: the proxy would filter every row again on each change. The views repaint
    // the whole range all the same.
    if (!m_order.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::FontRole, Qt::BackgroundRole, Qt::ToolTipRole, Qt::EditRole, WireValueRole});
}

void AdGroupTableModel::setPendingValues(PendingValues pendingValues)
{
    m_pendingValues = std::move(pendingValues);
    changeMarksChanged();
}

void AdGroupTableModel::setCellEditor(CellEditor editor)
{
    m_cellEditor = std::move(editor);
    if (!m_order.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::EditRole});
}

std::optional<SheetField> AdGroupTableModel::editableField(int column)
{
    // Asked for every cell painted: looked up once per column, not by comparing strings each time.
    static const std::array<std::optional<SheetField>, ColumnCount> fields = [] {
        std::array<std::optional<SheetField>, ColumnCount> byColumn;
        for (int c = 0; c < ColumnCount; ++c) {
            const std::optional<SheetField> field = SheetFields::fromWireField(wireField(c));
            if (field && SheetFields::isEditable(*field))
                byColumn[size_t(c)] = field;
        }
        return byColumn;
    }();
    return column >= 0 && column < ColumnCount ? fields[size_t(column)] : std::nullopt;
}

Qt::ItemFlags AdGroupTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_cellEditor && index.isValid() && editableField(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AdGroupTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_cellEditor || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<SheetField> field = editableField(index.column());
    if (!field)
        return false;
    // The editor records a pending change; the cell shows it once the change set says so.
    return m_cellEditor(rowAt(index.row()).id, *field, value.toString());
}

QVariant AdGroupTableModel::editableData(const AdGroupRow &row, int column, SheetField field, int role) const
{
    std::optional<QJsonValue> pending;
    if (m_pendingValues && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::EditRole || role == WireValueRole))
        pending = m_pendingValues(row.id, wireField(column));
    const QJsonValue value = pending ? *pending : row.wireValue(field);
    // Times in the zone the table shows them in (the system's), money in the account currency.
    const auto context = [this] { return SheetValueContext{m_currency, m_locale, QTimeZone::systemTimeZone()}; };
    switch (role) {
    case Qt::EditRole: return SheetValueCodec::sheetText(field, value, context());
    case WireValueRole: return QVariant::fromValue(value);
    case Qt::DisplayRole:
        if (pending)
            return SheetValueCodec::display(field, value, context());
        return displayText(row, column);
    case Qt::ToolTipRole:
        if (pending) {
            const QString onPinterest = displayText(row, column);
            return tr("On Pinterest: %1").arg(onPinterest.isEmpty() ? tr("(none)") : onPinterest);
        }
        return {};
    default: return {};
    }
}

QVariant AdGroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdGroupRow &row = rowAt(index.row());
    const int column = index.column();
    if (column >= ColumnCount) {
        if (!m_extra)
            return {};
        if (role == Qt::DisplayRole)
            return m_extra->extraDisplayValue(row.id, column - ColumnCount);
        if (role == SortRole)
            return m_extra->extraSortValue(row.id, column - ColumnCount);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == IdRole)
            return row.id;
        return {};
    }
    if ((role == Qt::FontRole || role == Qt::BackgroundRole) && m_isChanged) {
        const QString field = wireField(column);
        if (field.isEmpty() || !m_isChanged(row.id, field))
            return {};
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QColor(255, 196, 0, 70); // a translucent amber, readable on light and dark palettes
    }
    if (role == Qt::EditRole || role == WireValueRole || role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (const std::optional<SheetField> field = editableField(column)) {
            const QVariant value = editableData(row, column, *field, role);
            if (value.isValid() || role != Qt::ToolTipRole)
                return value;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        if (column == Budget || column == Bid) {
            const qint64 micros = column == Budget ? row.budgetMicros : row.bidMicros;
            if (micros != AdGroupRow::kNone)
                return tr("%1 (%2 micro-units)").arg(Money(micros, m_currency).format(m_locale, Money::Style::Code),
                                                      m_locale.toString(micros));
        }
        if (column == Start || column == End || column == Created || column == Updated) {
            const QString text = displayText(row, column);
            return text.isEmpty() ? QVariant() : QVariant(tr("%1 (local time)").arg(text));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Budget || column == Bid || column == FrequencyCap)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.id;
    case CampaignIdRole:
        return row.campaignId;
    case StatusRole:
        return row.status;
    default:
        return {};
    }
}

QVariant AdGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section >= ColumnCount ? (m_extra ? m_extra->extraColumnTitle(section - ColumnCount) : QString())
                                      : columnTitle(section);
    if (role == Qt::TextAlignmentRole && (section == Budget || section == Bid || section == FrequencyCap))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (section == Budget || section == Bid))
        return tr("In the account currency (%1)").arg(m_currency.code());
    return {};
}

QStringList AdGroupTableModel::csvHeader() const
{
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column) {
        header << columnTitle(column);
        if (column == Budget || column == Bid)
            header << tr("%1 (micro-units)").arg(columnTitle(column));
    }
    header << tr("Currency");
    return header;
}

QStringList AdGroupTableModel::csvRow(int rowIndex) const
{
    const AdGroupRow &row = rowAt(rowIndex);
    QStringList fields;
    for (int column = 0; column < ColumnCount; ++column) {
        switch (column) {
        case Budget:
        case Bid: {
            const qint64 micros = column == Budget ? row.budgetMicros : row.bidMicros;
            fields << (micros == AdGroupRow::kNone ? QString() : Money(micros, m_currency).toDecimalString())
                   << microsText(micros);
            break;
        }
        // Machine-readable values: raw enums and UTC ISO times rather than localised text.
        case Status: fields << row.status; break;
        case SummaryStatus: fields << row.summaryStatus; break;
        case BudgetType: fields << row.budgetType; break;
        case BidStrategy: fields << row.bidStrategy; break;
        case BillableEvent: fields << row.billableEvent; break;
        case OptimizationGoal: fields << row.optimizationGoal; break;
        case Pacing: fields << row.pacing; break;
        case Placement: fields << row.placement; break;
        case Start: fields << isoTime(row.startTime); break;
        case End: fields << isoTime(row.endTime); break;
        case Created: fields << isoTime(row.createdTime); break;
        case Updated: fields << isoTime(row.updatedTime); break;
        case AutoTargeting: fields << (row.autoTargeting < 0 ? QString() : (row.autoTargeting ? QStringLiteral("true") : QStringLiteral("false"))); break;
        case FrequencyCap: fields << microsText(row.frequencyCap); break;
        default: fields << displayText(row, column); break;
        }
    }
    fields << m_currency.code();
    return fields;
}

} // namespace pinstripe
