#pragma once

#include "ui/adgroups/headerlayout.h"

#include <QTableView>

class QLabel;
class QTimer;

namespace pinstripe {

class CellValueDelegate;
class FrozenColumnView;

/**
 * The ad group table: a column chooser on the header's context menu, header layout (order,
 * widths, hidden columns, sort) saved per account in QSettings, Ctrl+C copies the selected
 * cells as tab-separated text, and Enter opens the current row's details. The name column
 * stays in view while the other columns scroll sideways; tabbing into the table selects a row.
 * Editable cells (when the model has a cell editor) open with a double click, F2 or typing;
 * Ctrl+V asks for the clipboard to be pasted (pasteRequested).
 */
class AdGroupTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupTableView)

public:
    explicit AdGroupTableView(QWidget *parent = nullptr);
    ~AdGroupTableView() override;

    /** Restores the header layout saved for @p accountId (or the default layout). */
    void restoreHeaderState(const QString &accountId);
    /** Saves the header layout for the account last restored. */
    /** Stores the layout as the person's own (they moved, resized, hid or sorted a column). */
    void saveHeaderState();
    /** Stores the layout if the person made it their own; the default stays unstored. */
    void keepHeaderState();
    /** Forgets the current account's column layout and lays the columns out as at a first start. */
    void resetHeaderState();

    /** The selected cells as a spreadsheet takes them: a header row, tabs between columns. */
    QString selectedText() const;
    /** Ctrl+C: the selected cells as TSV and as an HTML table (TableClipboard). */
    void copySelection() const;
    /** The column chooser's menu (checkable, one action per column). */
    QMenu *columnMenu();

    /** Ctrl+V or Edit › Paste: whoever edits the table pastes the clipboard at the current cell. */
    void requestPaste();
    /** Opens the editor of @p index again holding @p text, with @p message shown beside it (a refused value). */
    void reopenEditor(const QModelIndex &index, const QString &text, const QString &message);
    /** Shows @p message in a small note under cell @p index until the current cell moves or clearCellMessage(). */
    void showCellMessage(const QModelIndex &index, const QString &message);
    void clearCellMessage();
    /** The note showCellMessage() shows (for tests and accessibility). */
    QLabel *cellMessage() const { return m_cellMessage; }
    /** The open editor of @p index, in the table or in the frozen name column; nullptr if none. */
    QWidget *editorAt(const QModelIndex &index) const;

    void setModel(QAbstractItemModel *model) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

Q_SIGNALS:
    /** Enter on a row, or a double click on a cell that is not edited in place. */
    void openRequested(const QModelIndex &index);
    /** Ctrl+V: paste the clipboard at the current cell. */
    void pasteRequested();
    /** Ctrl+Enter in the editor of @p index: write @p text into that column of every selected row. */
    void fillRequested(const QModelIndex &index, const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void applyDefaultLayout();
    /** Widths from the titles, and from the values shown when there are rows. */
    void fitColumnsToContent();
    void fitDefaultLayoutToRows();
    void keepClearOfFrozenColumn(const QModelIndex &index);
    void reapplyLayout();

    QString m_accountId;
    QMenu *m_columnMenu = nullptr;
    FrozenColumnView *m_frozen = nullptr;
    QLabel *m_cellMessage = nullptr;
    HeaderLayout m_layout;
    bool m_applyingLayout = false;
    bool m_layoutIsDefault = true; ///< nobody has moved, resized, hidden or sorted a column yet
    bool m_fittedToRows = false;
    QTimer *m_refitTimer = nullptr;
};

} // namespace pinstripe
