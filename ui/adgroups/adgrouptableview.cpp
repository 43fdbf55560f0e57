#include "ui/adgroups/adgrouptableview.h"

#include "ui/common/tableclipboard.h"

#include "ui/adgroups/adgrouptablemodel.h"
#include "ui/adgroups/cellvaluedelegate.h"
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
#include <QLabel>
#include <QMenu>
#include <QSettings>

#include <QTimer>

#include <algorithm>

namespace pinstripe {

namespace {

constexpr int kRowsMeasuredForWidth = 100;

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
    // Editable cells (while the model has a cell editor) open their editor instead of the details.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            Q_EMIT openRequested(index);
    });
    auto *delegate = new CellValueDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &CellValueDelegate::fillRequested, this, &AdGroupTableView::fillRequested);
    // Sideways scrolling by pixels keeps a cell from hiding half under the frozen names.
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Columns fit the rows on screen and the next 100, not Qt's 1,000: fitting every column to
    // a thousand rows of text took half a second of the UI thread each time the stats columns
    // came or went in a big account.
    horizontalHeader()->setResizeContentsPrecision(kRowsMeasuredForWidth);
    m_frozen = new FrozenColumnView(this, AdGroupTableModel::Name);
    // A delegate per view: views sharing one would close each other's editors.
    auto *frozenDelegate = new CellValueDelegate(m_frozen);
    m_frozen->setItemDelegate(frozenDelegate);
    connect(frozenDelegate, &CellValueDelegate::fillRequested, this, &AdGroupTableView::fillRequested);
    // Escape in an editor gives up the value, and with it the note about why it was refused.
    for (CellValueDelegate *d : {delegate, frozenDelegate}) {
        connect(d, &QAbstractItemDelegate::closeEditor, this, [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
            if (hint == QAbstractItemDelegate::RevertModelCache)
                clearCellMessage();
        });
    }
    m_cellMessage = new QLabel(this);
    m_cellMessage->setObjectName(QStringLiteral("cellEditMessage"));
    m_cellMessage->setWordWrap(true);
    m_cellMessage->setTextFormat(Qt::PlainText);
    m_cellMessage->setForegroundRole(QPalette::ToolTipText);
    m_cellMessage->setBackgroundRole(QPalette::ToolTipBase);
    m_cellMessage->setAutoFillBackground(true);
    m_cellMessage->setFrameShape(QFrame::Box);
    m_cellMessage->setMargin(4);
    m_cellMessage->hide();
    m_refitTimer = new QTimer(this);
    m_refitTimer->setSingleShot(true);
    m_refitTimer->setInterval(250);
    connect(m_refitTimer, &QTimer::timeout, this, [this] {
        m_fittedToRows = false;
        fitDefaultLayoutToRows();
    });
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
        connect(model, &QAbstractItemModel::rowsInserted, this, &AdGroupTableView::fitDefaultLayoutToRows);
        // Values that arrive later (the stats) widen the default columns once they settle.
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (m_layoutIsDefault)
                m_refitTimer->start();
        });
    }
    m_frozen->follow();
    if (selectionModel()) {
        connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &AdGroupTableView::clearCellMessage);
    }
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
    using M = AdGroupTableModel;
    QHeaderView *header = horizontalHeader();
    const int count = header->count();
    // What a marketer reads first: the name, its state and money, then the last days' numbers
    // (the stats columns, after the model's own); the settings after them.
    QList<int> order = {M::Name, M::Status, M::Budget, M::Bid};
    for (int extra = M::ColumnCount; extra < count; ++extra)
        order << extra;
    const QList<int> rarelyNeeded = {M::Pacing, M::AutoTargeting, M::FrequencyCap, M::Created, M::OptimizationGoal};
    order << M::BudgetType << M::BidStrategy << M::Campaign << M::SummaryStatus << M::BillableEvent << M::Start << M::End
          << M::Placement << M::Updated << M::Id << rarelyNeeded;
    for (int visual = 0; visual < order.size(); ++visual) {
        const int logical = order.at(visual);
        if (logical >= count)
            continue;
        setColumnHidden(logical, false);
        header->moveSection(header->visualIndex(logical), visual);
    }
    // Less used columns start hidden; the column chooser brings them back.
    for (int column : rarelyNeeded)
        setColumnHidden(column, true);
    fitColumnsToContent();
    // Fitted to the rows already if there are any: fitting twice doubled the text layout work.
    m_fittedToRows = model() && model()->rowCount() > 0;
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_layoutIsDefault = true;
}

void AdGroupTableView::fitColumnsToContent()
{
    QHeaderView *header = horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const bool hasRows = model() && model()->rowCount() > 0;
    for (int logical = 0; logical < header->count(); ++logical) {
        // Never narrower than the title with its sort arrow: no header is cut off.
        int width = header->sectionSizeHint(logical);
        width = std::max(width, hasRows ? sizeHintForColumn(logical) : em * 6);
        if (logical == AdGroupTableModel::Name)
            width = std::clamp(width, em * 16, em * 24); // long names are there in full in the tool tip
        else
            width = std::min(width, std::max(header->sectionSizeHint(logical), em * 14));
        header->resizeSection(logical, width);
    }
}

void AdGroupTableView::fitDefaultLayoutToRows()
{
    // The default widths came from the titles alone; with the first rows they fit the values.
    if (!m_layoutIsDefault || m_fittedToRows || !model() || model()->rowCount() == 0)
        return;
    m_fittedToRows = true;
    const bool applying = m_applyingLayout;
    m_applyingLayout = true;
    fitColumnsToContent();
    m_layout.capture(*this);
    m_applyingLayout = applying;
}

void AdGroupTableView::restoreHeaderState(const QString &accountId)
{
    m_accountId = accountId;
    const std::optional<HeaderLayout> saved = HeaderLayout::fromJson(QSettings().value(headerKey(accountId)).toByteArray());
    m_applyingLayout = true;
    applyDefaultLayout();
    m_layout = HeaderLayout();
    if (saved && saved->apply(*this)) {
        m_layout = *saved;
        m_layoutIsDefault = false;
    } else {
        m_layout.capture(*this);
    }
    m_applyingLayout = false;
    fitDefaultLayoutToRows();
}

void AdGroupTableView::resetHeaderState()
{
    QSettings().remove(headerKey(m_accountId));
    restoreHeaderState(m_accountId);
}

void AdGroupTableView::keepHeaderState()
{
    // The default layout is not stored: it is laid out afresh, and fitted to the values, each time.
    if (!m_layoutIsDefault)
        saveHeaderState();
}

void AdGroupTableView::saveHeaderState()
{
    if (m_applyingLayout)
        return;
    m_layoutIsDefault = false; // the person's own from now on
    m_layout.capture(*this);
    QSettings().setValue(headerKey(m_accountId), m_layout.toJson());
}

void AdGroupTableView::reapplyLayout()
{
    // A model reset (the stats columns arriving or going) resets the header: put the person's
    // layout back, including columns that have just come back.
    m_applyingLayout = true;
    // The default is laid out again, so columns that have just come (the stats) take their
    // default places; the person's own layout is put back as it was.
    if (m_layoutIsDefault || !m_layout.apply(*this)) {
        applyDefaultLayout();
        m_layout.capture(*this);
    }
    m_applyingLayout = false;
    fitDefaultLayoutToRows();
    if (m_frozen)
        m_frozen->follow();
}

bool AdGroupTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // The names are edited in the frozen column laid over them, where the editor is seen.
    if (index.isValid() && index.column() == AdGroupTableModel::Name && m_frozen && m_frozen->isVisible()
        && (index.flags() & Qt::ItemIsEditable))
        return m_frozen->editCell(index, trigger, event);
    return QTableView::edit(index, trigger, event);
}

QWidget *AdGroupTableView::editorAt(const QModelIndex &index) const
{
    if (QWidget *editor = indexWidget(index))
        return editor;
    return m_frozen ? m_frozen->indexWidget(index) : nullptr;
}

void AdGroupTableView::requestPaste()
{
    Q_EMIT pasteRequested();
}

void AdGroupTableView::reopenEditor(const QModelIndex &index, const QString &text, const QString &message)
{
    if (!index.isValid())
        return;
    // The selection stays as it was (setCurrentIndex() would select the row alone).
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    edit(index, QAbstractItemView::AllEditTriggers, nullptr);
    if (QWidget *editor = editorAt(index)) {
        CellValueDelegate::setEditorText(editor, text);
        editor->setFocus();
    }
    showCellMessage(index, message);
}

void AdGroupTableView::showCellMessage(const QModelIndex &index, const QString &message)
{
    const QRect cell = visualRect(index);
    const QPoint below = viewport()->mapTo(this, cell.bottomLeft() + QPoint(0, 2));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_cellMessage->setText(message);
    m_cellMessage->setMaximumWidth(std::max(em * 36, cell.width()));
    m_cellMessage->adjustSize();
    // Inside the table: under the cell, or above it near the bottom edge.
    QPoint at(std::clamp(below.x(), 0, std::max(0, width() - m_cellMessage->width())), below.y());
    if (at.y() + m_cellMessage->height() > height())
        at.setY(std::max(0, viewport()->mapTo(this, cell.topLeft()).y() - m_cellMessage->height() - 2));
    m_cellMessage->move(at);
    m_cellMessage->show();
    m_cellMessage->raise();
}

void AdGroupTableView::clearCellMessage()
{
    m_cellMessage->hide();
}

QString AdGroupTableView::selectedText() const
{
    return TableClipboard::toTsv(TableClipboard::selectedBlock(this));
}

void AdGroupTableView::copySelection() const
{
    const TableClipboard::Block block = TableClipboard::selectedBlock(this);
    if (!block.isEmpty())
        QApplication::clipboard()->setMimeData(TableClipboard::toMimeData(block));
}

void AdGroupTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        requestPaste();
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
