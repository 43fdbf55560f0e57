#pragma once

#include <QTableView>

namespace pinstripe {

/**
 * Keeps one column of a table in view while the rest scrolls sideways: a second view of the
 * same model and selection, laid over the table's left edge, showing only that column (the
 * pattern of Qt's "frozen column" example). With many stats columns the rows keep their
 * names. The table keeps the column too, under the overlay, so sorting, copying and the
 * header layout work as before; the column stays the table's first.
 */
class FrozenColumnView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrozenColumnView)

public:
    /** Freezes logical @p column of @p table; the view is a child of @p table. */
    FrozenColumnView(QTableView *table, int column);

    /** Follows the table's model, selection, widths and hidden state. Call after setModel(). */
    void follow();
    /** Re-reads the width, position and visibility of the frozen column. */
    void updateGeometry();
    /** Width the frozen column covers over the table's viewport (0 when hidden). */
    int coveredWidth() const;
    /** Opens the editor of the frozen column's cell @p index here, where it is seen (the table's copy is under the overlay). */
    bool editCell(const QModelIndex &index, EditTrigger trigger, QEvent *event) { return edit(index, trigger, event); }

private:
    void hideOtherColumns();

    QTableView *m_table;
    int m_column;
};

} // namespace pinstripe
