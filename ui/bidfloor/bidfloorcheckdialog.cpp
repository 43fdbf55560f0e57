#include "ui/bidfloor/bidfloorcheckdialog.h"

#include "core/changes/prepostcheck.h"
#include "core/model/money.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pinstripe {

BidFloorCheckDialog::BidFloorCheckDialog(ApiClient *client, const QString &adAccountId, const Currency &currency,
                                         const QList<AdGroup> &adGroups, const QHash<QString, Campaign> &campaigns,
                                         const QList<PendingChange> &pending, QWidget *parent)
    : QDialog(parent)
    , m_adAccountId(adAccountId)
    , m_currency(currency)
    , m_check(new BidFloorCheck(client, adAccountId, currency, this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setWindowTitle(tr("Bid Floors of %n Ad Group(s)", nullptr, static_cast<int>(adGroups.size())));
    setObjectName(QStringLiteral("bidFloorCheck"));
    for (const AdGroup &g : adGroups)
        m_adGroups.insert(g.id.valueOr({}), g);
    for (const PendingChange &c : pending) {
        if (c.kind == PendingChange::Kind::Update && m_adGroups.contains(c.adGroupId)
            && (c.field == QLatin1String("bid_in_micro_currency") || c.field == QLatin1String("bid_strategy_type")))
            m_pendingBids.insert(c.adGroupId);
    }

    m_model->setHorizontalHeaderLabels({tr("Ad group"), tr("Countries"), tr("Bid"), tr("Floor"), tr("Verdict")});
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Bids and floors"));

    m_status = new QLabel(tr("Asking Pinterest for the floors…"), this);
    m_status->setWordWrap(true);
    m_raise = new QPushButton(tr("&Raise Bids to Floor"), this);
    m_raise->setEnabled(false);
    m_raise->setToolTip(tr("Adds pending changes; nothing is sent until you post."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_raise, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_raise, &QPushButton::clicked, this, [this] { Q_EMIT raiseRequested(raiseToFloorChanges()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_check, &BidFloorCheck::finished, this, &BidFloorCheckDialog::showResults);
    connect(m_check, &BidFloorCheck::failed, this, [this](const ApiError &error) { m_status->setText(error.userMessage()); });
    // Posting sends the pending bids, so they are the bids to judge (and what moved the floor).
    m_check->start(withChangesApplied(adGroups, pending), campaigns);
    resize(760, 420);
}

void BidFloorCheckDialog::showResults(const QList<BidFloorCheck::Result> &results)
{
    m_results = results;
    m_model->setRowCount(0);
    int under = 0;
    for (const BidFloorCheck::Result &r : results) {
        QList<QStandardItem *> row;
        row << new QStandardItem(r.adGroupName);
        row << new QStandardItem(r.spec.countries.valueOr({}).join(QLatin1String(", ")));
        QString bidText = r.bidMicros ? Money(*r.bidMicros, m_currency).format() : tr("automatic");
        if (m_pendingBids.contains(r.adGroupId))
            bidText = tr("%1 (pending)").arg(bidText);
        auto *bid = new QStandardItem(bidText);
        bid->setData(r.bidMicros ? QVariant::fromValue(*r.bidMicros) : QVariant(), Qt::UserRole);
        auto *floor = new QStandardItem(Money(r.floorMicros, m_currency).format());
        floor->setData(QVariant::fromValue(r.floorMicros), Qt::UserRole);
        for (QStandardItem *money : {bid, floor})
            money->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *verdict = new QStandardItem(r.isUnderFloor() ? tr("Under the floor — not delivered") : tr("OK"));
        if (r.isUnderFloor()) {
            ++under;
            QFont bold = verdict->font();
            bold.setBold(true);
            verdict->setFont(bold);
            verdict->setForeground(QColor(0xd6, 0x45, 0x41));
        }
        row << bid << floor << verdict;
        row.constFirst()->setData(r.adGroupId, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(under == 0 ? tr("Every bid is at or above its floor.")
                                 : tr("%n ad group(s) bid under the floor and will not be delivered.", nullptr, under));
    m_raise->setEnabled(under > 0);
    Q_EMIT checked();
}

QList<PendingChange> BidFloorCheckDialog::raiseToFloorChanges() const
{
    QList<PendingChange> changes;
    for (const BidFloorCheck::Result &r : m_results) {
        if (r.isUnderFloor())
            changes << BidFloorCheck::raiseToFloor(r, m_adGroups.value(r.adGroupId), m_adAccountId, m_currency);
    }
    return changes;
}

} // namespace pinstripe
