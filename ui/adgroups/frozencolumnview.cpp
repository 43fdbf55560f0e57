#include "ui/adgroups/frozencolumnview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace pinstripe {

FrozenColumnView::FrozenColumnView(QTableView *table, int column)
    : QTableView(table)
    , m_table(table)
    , m_column(column)
{
    setObjectName(QStringLiteral("frozenColumn"));
    // Keys, focus and the accessible table are the main view's; this one only shows and clicks.
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(table->accessibleName());
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(table->verticalScrollMode());
    setSelectionBehavior(table->selectionBehavior());
    setSelectionMode(table->selectionMode());
    setEditTriggers(table->editTriggers());
    setAlternatingRowColors(table->alternatingRowColors());
    setWordWrap(table->wordWrap());
    setFrameShape(QFrame::NoFrame);
    // No style sheet: it would pin the palette it saw first, and the frozen names would keep a
    // light background under a dark theme. The grid line at the column's right edge separates it.
    connect(this, &QAbstractItemView::doubleClicked, table, &QAbstractItemView::doubleClicked);
    connect(this, &QAbstractItemView::clicked, table, &QAbstractItemView::clicked);

    // Scrolling up and down in either view moves both.
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, table->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(table->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);

    QHeaderView *tableHeader = table->horizontalHeader();
    connect(tableHeader, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == m_column) {
            setColumnWidth(m_column, size);
            updateGeometry();
        }
    });
    // The frozen column is the first one: moving it elsewhere would leave a hole under the overlay.
    connect(tableHeader, &QHeaderView::sectionMoved, this, [this] {
        QHeaderView *header = m_table->horizontalHeader();
        if (header->visualIndex(m_column) != 0)
            header->moveSection(header->visualIndex(m_column), 0);
        updateGeometry();
    });
    connect(tableHeader, &QHeaderView::geometriesChanged, this, &FrozenColumnView::updateGeometry);
    // A click on the frozen header sorts the table, and the indicator shows in both.
    horizontalHeader()->setSectionsClickable(true);
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        QHeaderView *header = m_table->horizontalHeader();
        const Qt::SortOrder order = header->sortIndicatorSection() == logical && header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        m_table->sortByColumn(logical, order);
    });
    connect(tableHeader, &QHeaderView::sortIndicatorChanged, this, [this](int logical, Qt::SortOrder order) {
        horizontalHeader()->setSortIndicatorShown(logical == m_column);
        horizontalHeader()->setSortIndicator(logical, order);
    });
}

void FrozenColumnView::follow()
{
    if (model() != m_table->model())
        setModel(m_table->model());
    if (selectionModel() != m_table->selectionModel())
        setSelectionModel(m_table->selectionModel());
    verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    if (QAbstractItemModel *source = model()) {
        connect(source, &QAbstractItemModel::columnsInserted, this, &FrozenColumnView::hideOtherColumns, Qt::UniqueConnection);
        connect(source, &QAbstractItemModel::columnsRemoved, this, &FrozenColumnView::hideOtherColumns, Qt::UniqueConnection);
        connect(source, &QAbstractItemModel::modelReset, this, &FrozenColumnView::hideOtherColumns, Qt::UniqueConnection);
        connect(source, &QAbstractItemModel::headerDataChanged, this, &FrozenColumnView::hideOtherColumns, Qt::UniqueConnection);
    }
    hideOtherColumns();
}

void FrozenColumnView::hideOtherColumns()
{
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column)
        setColumnHidden(column, column != m_column);
    setColumnWidth(m_column, m_table->columnWidth(m_column));
    QHeaderView *header = m_table->horizontalHeader();
    horizontalHeader()->setSortIndicatorShown(header->sortIndicatorSection() == m_column);
    horizontalHeader()->setSortIndicator(header->sortIndicatorSection(), header->sortIndicatorOrder());
    updateGeometry();
}

int FrozenColumnView::coveredWidth() const
{
    return isVisible() ? m_table->columnWidth(m_column) : 0;
}

void FrozenColumnView::updateGeometry()
{
    const bool shown = model() && !m_table->isColumnHidden(m_column) && m_table->horizontalHeader()->isVisible();
    setVisible(shown);
    if (!shown)
        return;
    const int frame = m_table->frameWidth();
    const int left = frame + (m_table->verticalHeader()->isVisible() ? m_table->verticalHeader()->width() : 0);
    horizontalHeader()->setFixedHeight(m_table->horizontalHeader()->height());
    setGeometry(left, frame, m_table->columnWidth(m_column) + 1,
                m_table->viewport()->height() + m_table->horizontalHeader()->height());
    raise();
}

} // namespace pinstripe
