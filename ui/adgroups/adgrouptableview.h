#pragma once

#include <QTableView>

namespace pinstripe {

/**
 * The ad group table: a column chooser on the header's context menu, header layout (order,
 * widths, hidden columns, sort) saved per account in QSettings, Ctrl+C copies the selected
 * cells as tab-separated text, and Enter opens the current row's details.
 */
class AdGroupTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupTableView)

public:
    explicit AdGroupTableView(QWidget *parent = nullptr);

    /** Restores the header layout saved for @p accountId (or the default layout). */
    void restoreHeaderState(const QString &accountId);
    /** Saves the header layout for the account last restored. */
    void saveHeaderState() const;

    /** The selected cells as text: tab between columns, newline between rows. */
    QString selectedText() const;
    void copySelection() const;
    /** The column chooser's menu (checkable, one action per column). */
    QMenu *columnMenu();

Q_SIGNALS:
    /** Enter or a double click on a row. */
    void openRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyDefaultLayout();

    QString m_accountId;
    QMenu *m_columnMenu = nullptr;
};

} // namespace pinstripe
