#pragma once

#include "core/sheet/sheetimportplan.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace pinstripe {

class ChangeSet;
class ImportPreviewModel;

/**
 * What importing a sheet would do, before anything becomes pending: counts at the top, the
 * ignored columns, and a table of the sheet's rows (line, update / create / unchanged / error,
 * ad group, each field before → after, errors in words). "Import N rows" records the changes of
 * the valid rows — updates and creates together — as one undo step; Cancel records nothing.
 */
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    /** The preview of @p plan, read from the file named @p fileName. */
    ImportPreviewDialog(SheetImportPlan plan, const QString &fileName, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    /** Where Import records the changes (not owned). */
    void setRecordTarget(QUndoStack *undoStack, ChangeSet *changeSet);

    const SheetImportPlan &plan() const { return m_plan; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *warningsLabel() const { return m_warnings; }
    /** Every change and error of the current row, one per line. */
    QLabel *detailsLabel() const { return m_details; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }

    /** The counts line: "2 ad groups to update, 1 new ad group, 3 unchanged, 1 row with errors". */
    static QString summaryText(const SheetImportPlan &plan);

Q_SIGNALS:
    /** The changes were recorded (one undo step). */
    void changesRecorded(int count);

private:
    void importRows();
    void showDetails(const QModelIndex &current);

    SheetImportPlan m_plan;
    QString m_fileName;
    ImportPreviewModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<QUndoStack> m_undoStack;
    QPointer<ChangeSet> m_changeSet;
};

} // namespace pinstripe
