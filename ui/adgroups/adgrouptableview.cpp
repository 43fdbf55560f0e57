#include "ui/adgroups/adgrouptableview.h"

#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/stayopenmenu.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>

#include <algorithm>

namespace pinstripe {

namespace {

QString headerKey(const QString &accountId)
{
    return QStringLiteral("browser/accounts/%1/header").arg(accountId.isEmpty() ? QStringLiteral("none") : accountId);
}

} // namespace

AdGroupTableView::AdGroupTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("adGroupTable"));
    setAccessibleName(tr("Ad groups"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab moves on to the details panel
    verticalHeader()->setVisible(false);
    // Rows follow the font, so they stay in proportion at any scaling.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        columnMenu()->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });
    connect(this, &QAbstractItemView::doubleClicked, this, &AdGroupTableView::openRequested);
}

QMenu *AdGroupTableView::columnMenu()
{
    if (!m_columnMenu)
        m_columnMenu = new StayOpenMenu(tr("Columns"), this); // several columns in one go
    m_columnMenu->clear();
    for (int column = 0; column < AdGroupTableModel::ColumnCount; ++column) {
        QAction *action = m_columnMenu->addAction(AdGroupTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        action->setData(column);
        // The last visible column cannot be hidden: an empty table looks broken.
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            int visible = 0;
            for (int c = 0; c < AdGroupTableModel::ColumnCount; ++c)
                visible += isColumnHidden(c) ? 0 : 1;
            if (!on && visible <= 1)
                return;
            setColumnHidden(column, !on);
            saveHeaderState();
        });
    }
    return m_columnMenu;
}

void AdGroupTableView::applyDefaultLayout()
{
    QHeaderView *header = horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < AdGroupTableModel::ColumnCount; ++column) {
        setColumnHidden(column, false);
        header->moveSection(header->visualIndex(column), column);
    }
    setColumnWidth(AdGroupTableModel::Name, em * 22);
    setColumnWidth(AdGroupTableModel::Campaign, em * 14);
    for (int column : {AdGroupTableModel::Status, AdGroupTableModel::SummaryStatus, AdGroupTableModel::Budget,
                       AdGroupTableModel::Bid, AdGroupTableModel::BudgetType, AdGroupTableModel::BidStrategy})
        setColumnWidth(column, em * 8);
    // Less used columns start hidden; the column chooser brings them back.
    for (int column : {AdGroupTableModel::Pacing, AdGroupTableModel::AutoTargeting, AdGroupTableModel::FrequencyCap,
                       AdGroupTableModel::Created, AdGroupTableModel::OptimizationGoal})
        setColumnHidden(column, true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
}

void AdGroupTableView::restoreHeaderState(const QString &accountId)
{
    m_accountId = accountId;
    const QByteArray state = QSettings().value(headerKey(accountId)).toByteArray();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        applyDefaultLayout();
    // restoreState() sets the indicator but not the proxy's order.
    sortByColumn(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
}

void AdGroupTableView::saveHeaderState() const
{
    QSettings().setValue(headerKey(m_accountId), horizontalHeader()->saveState());
}

QString AdGroupTableView::selectedText() const
{
    QModelIndexList indexes = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes << currentIndex();
    std::sort(indexes.begin(), indexes.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        if (a.row() != b.row())
            return a.row() < b.row();
        return horizontalHeader()->visualIndex(a.column()) < horizontalHeader()->visualIndex(b.column());
    });
    QString text;
    int lastRow = -1;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (isColumnHidden(index.column()))
            continue;
        if (lastRow >= 0)
            text += index.row() == lastRow ? QLatin1Char('\t') : QLatin1Char('\n');
        text += index.data(Qt::DisplayRole).toString();
        lastRow = index.row();
    }
    return text;
}

void AdGroupTableView::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

void AdGroupTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT openRequested(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace pinstripe
