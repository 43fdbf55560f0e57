#pragma once

#include "core/changes/bidfloorcheck.h"
#include "core/changes/pendingchange.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace pinstripe {

class ApiClient;

/**
 * "Which of my ad groups bid under the floor?" — checks the selected ad groups' bids against
 * Pinterest's floors (from their own countries, billable event, currency and objective),
 * marks those under it, and offers to raise them to the floor as pending changes (nothing
 * is sent from here). The ad groups are judged as they will be after posting: with their
 * pending changes applied, so a pending bid is the bid checked.
 */
class BidFloorCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BidFloorCheckDialog)

public:
    enum Column { AdGroupName, Countries, Bid, Floor, Verdict, ColumnCount };

    /**
     * @p adGroups as last loaded from Pinterest; @p pending the pending changes (those of
     * other ad groups are ignored).
     */
    BidFloorCheckDialog(ApiClient *client, const QString &adAccountId, const Currency &currency,
                        const QList<AdGroup> &adGroups, const QHash<QString, Campaign> &campaigns,
                        const QList<PendingChange> &pending, QWidget *parent = nullptr);

    QStandardItemModel *resultsModel() const { return m_model; }
    QList<BidFloorCheck::Result> results() const { return m_results; }
    /** The pending changes that raise every bid under its floor to the floor (rounded up to the minor unit). */
    QList<PendingChange> raiseToFloorChanges() const;
    QPushButton *raiseButton() const { return m_raise; }

Q_SIGNALS:
    void checked();
    /** The user asked to raise the bids under the floor; record these as pending changes. */
    void raiseRequested(const QList<pinstripe::PendingChange> &changes);

private:
    void showResults(const QList<BidFloorCheck::Result> &results);

    QString m_adAccountId;
    Currency m_currency;
    QHash<QString, AdGroup> m_adGroups;
    /** Ad groups whose bid (or bid strategy) is a pending change, not Pinterest's value. */
    QSet<QString> m_pendingBids;
    BidFloorCheck *m_check;
    QList<BidFloorCheck::Result> m_results;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_raise;
};

} // namespace pinstripe
