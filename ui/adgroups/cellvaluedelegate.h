#pragma once

#include <QHash>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace pinstripe {

/**
 * Editors for the ad group table's editable cells, fitted to the value: money as text in the
 * account currency (its code shown at the editor's right, as many decimals as the currency
 * has), times as text with the time zone named, choices as a list of words (the item data is
 * the API value), names and counts as plain text. The text goes to the model as typed; the
 * model's cell editor reads it and says whether it is taken.
 *
 * Ctrl+Enter in an open editor asks for the value to be written into every selected row
 * (fillRequested) instead of committing the one cell.
 */
class CellValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellValueDelegate)

public:
    explicit CellValueDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** What @p editor holds, as the model takes it: the typed text, or a choice's API value. */
    static QString editorText(const QWidget *editor);
    /** Puts @p text (typed text, or a choice's API value or words) back into @p editor. */
    static void setEditorText(QWidget *editor, const QString &text);

Q_SIGNALS:
    /** Ctrl+Enter in the editor of @p index: write @p text into that column of every selected row. */
    void fillRequested(const QModelIndex &index, const QString &text);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    /** The cell each open editor edits (for Ctrl+Enter). */
    mutable QHash<const QWidget *, QPersistentModelIndex> m_editing;
};

} // namespace pinstripe
