#include "ui/changes/pendingchangesmodel.h"

#include "core/changes/changeset.h"
#include "ui/changes/changetext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace pinstripe {

PendingChangesModel::PendingChangesModel(ChangeSet *changeSet, QObject *parent)
    : QAbstractTableModel(parent)
    , m_changeSet(changeSet)
{
    if (m_changeSet)
        connect(m_changeSet, &ChangeSet::changed, this, &PendingChangesModel::reload);
    reload();
}

void PendingChangesModel::setCurrency(const Currency &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, BeforeColumn), index(rowCount() - 1, AfterColumn));
}

void PendingChangesModel::setAdAccountId(const QString &adAccountId)
{
    if (adAccountId == m_account)
        return;
    m_account = adAccountId;
    reload();
}

void PendingChangesModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PendingChangesModel::reload()
{
    // ChangeSet says only "something changed"; the list is short enough to reset.
    beginResetModel();
    m_rows.clear();
    if (m_changeSet) {
        for (const PendingChange &change : m_changeSet->changes()) {
            if (m_account.isEmpty() || change.adAccountId == m_account)
                m_rows << change;
        }
    }
    endResetModel();
}

int PendingChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PendingChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PendingChangesModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QVariant PendingChangesModel::display(const PendingChange &change, int column) const
{
    switch (column) {
    case AdGroupColumn:
        return change.adGroupName.isEmpty() ? change.adGroupId : change.adGroupName;
    case FieldColumn:
        return change.kind == PendingChange::Kind::Create ? tr("New ad group") : ChangeText::fieldName(change.field);
    case BeforeColumn:
        return ChangeText::before(change, m_currency, m_locale);
    case AfterColumn:
        return ChangeText::after(change, m_currency, m_locale);
    case DeltaColumn:
        return ChangeText::delta(change, m_locale);
    case StateColumn:
        // The reason is what the user acts on, so it is in the row, not only in a tooltip.
        if (change.state == PendingChange::State::Conflict)
            return tr("%1: on Pinterest now %2")
                .arg(ChangeText::stateName(change.state), ChangeText::value(change.field, change.serverValue, m_currency, m_locale));
        if (change.state != PendingChange::State::Pending && !change.message.isEmpty())
            return tr("%1: %2").arg(ChangeText::stateName(change.state), change.message);
        return ChangeText::stateName(change.state);
    default:
        return {};
    }
}

QVariant PendingChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingChange &change = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(change, index.column());
    case Qt::ToolTipRole:
        if (!change.message.isEmpty())
            return change.message;
        if (index.column() == BeforeColumn || index.column() == AfterColumn)
            return display(change, index.column());
        return {};
    case Qt::ForegroundRole:
        // Colour carries the state in every column; the State column also says it in words.
        switch (change.state) {
        case PendingChange::State::Failed:
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        case PendingChange::State::Conflict:
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        case PendingChange::State::Unknown:
        case PendingChange::State::Sent:
            return QBrush(QColor(0x5f, 0x5f, 0x5f));
        case PendingChange::State::Pending:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DeltaColumn || (ChangeText::isMoneyField(change.field)
                                             && (index.column() == BeforeColumn || index.column() == AfterColumn)))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case BeforeColumn:
        case AfterColumn: {
            const QJsonValue v = index.column() == BeforeColumn ? change.before : change.after;
            if (v.isDouble() && (ChangeText::isMoneyField(change.field) || ChangeText::isTimeField(change.field)))
                return v.toInteger();
            return display(change, index.column());
        }
        case DeltaColumn: {
            const std::optional<qint64> permille = ChangeText::deltaPermille(change);
            return permille ? QVariant(*permille) : QVariant();
        }
        case StateColumn:
            return static_cast<int>(change.state);
        default:
            return display(change, index.column());
        }
    case ChangeIdRole:
        return change.id;
    case StateRole:
        return static_cast<int>(change.state);
    case AdGroupIdRole:
        return change.adGroupId;
    default:
        return {};
    }
}

QVariant PendingChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AdGroupColumn:
        return tr("Ad group");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case DeltaColumn:
        return tr("Δ %");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace pinstripe
