#include "ui/adgroups/adgrouptableview.h"

#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/frozencolumnview.h"
#include "ui/adgroups/headerlayout.h"
#include "ui/adgroups/stayopenmenu.h"

#include <QApplication>
#include <QClipboard>
#include <QFocusEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>

#include <algorithm>

namespace pinstripe {

namespace {

QString headerKey(const QString &accountId)
{
    return QStringLiteral("browser/accounts/%1/columns").arg(accountId.isEmpty() ? QStringLiteral("none") : accountId);
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
    // Sideways scrolling by pixels keeps a cell from hiding half under the frozen names.
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_frozen = new FrozenColumnView(this, AdGroupTableModel::Name);
}

AdGroupTableView::~AdGroupTableView()
{
    // The overlay follows the header's signals; it must not hear them while ~QWidget hides
    // and tears down what is left of this table.
    delete m_frozen;
    m_frozen = nullptr;
}

void AdGroupTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    QTableView::setModel(model);
    if (model) {
        // Between "about to" and done, the header shows defaults that must not be saved as the person's.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_applyingLayout = true; });
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, [this] { m_applyingLayout = true; });
        connect(model, &QAbstractItemModel::modelReset, this, &AdGroupTableView::reapplyLayout);
        connect(model, &QAbstractItemModel::columnsInserted, this, &AdGroupTableView::reapplyLayout);
    }
    m_frozen->follow();
}

void AdGroupTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_frozen)
        m_frozen->updateGeometry();
}

void AdGroupTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen)
        m_frozen->updateGeometry();
}

void AdGroupTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int sideways = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    // The frozen names are always in view: reaching one needs no sideways scroll.
    if (index.column() == AdGroupTableModel::Name && m_frozen->coveredWidth() > 0)
        horizontalScrollBar()->setValue(sideways);
    keepClearOfFrozenColumn(index);
}

QModelIndex AdGroupTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    keepClearOfFrozenColumn(current);
    return current;
}

void AdGroupTableView::keepClearOfFrozenColumn(const QModelIndex &index)
{
    // A cell that would sit under the frozen names is scrolled out from under them.
    if (!index.isValid() || index.column() == AdGroupTableModel::Name)
        return;
    const int covered = m_frozen->coveredWidth();
    const int left = visualRect(index).left();
    if (covered > 0 && left < covered)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + left - covered);
}

void AdGroupTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    // Coming in by keyboard, a person expects a row to act on (Edit, Bulk Edit, Enter), not
    // just an invisible cursor.
    const Qt::FocusReason reason = event->reason();
    const bool byKeyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
    if (!byKeyboard || !model() || model()->rowCount() == 0 || !selectionModel())
        return;
    QModelIndex current = currentIndex();
    if (!current.isValid())
        current = model()->index(0, horizontalHeader()->logicalIndex(0));
    if (!selectionModel()->isRowSelected(current.row(), current.parent()))
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
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
    const std::optional<HeaderLayout> saved = HeaderLayout::fromJson(QSettings().value(headerKey(accountId)).toByteArray());
    m_applyingLayout = true;
    applyDefaultLayout();
    m_layout = HeaderLayout();
    if (saved && saved->apply(*this))
        m_layout = *saved;
    else
        m_layout.capture(*this);
    m_applyingLayout = false;
}

void AdGroupTableView::saveHeaderState()
{
    if (m_applyingLayout)
        return;
    m_layout.capture(*this);
    QSettings().setValue(headerKey(m_accountId), m_layout.toJson());
}

void AdGroupTableView::reapplyLayout()
{
    // A model reset (the stats columns arriving or going) resets the header: put the person's
    // layout back, including columns that have just come back.
    m_applyingLayout = true;
    if (!m_layout.apply(*this))
        applyDefaultLayout();
    m_applyingLayout = false;
    if (m_frozen)
        m_frozen->follow();
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
