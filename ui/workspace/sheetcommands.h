#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace pinstripe {

class ImportPreviewDialog;
class SheetImportPlan;
class MainWindow;
class WorkspaceController;
struct SheetValueContext;

/**
 * File › Import Changes… and File › Export for Editing…: the open account's ad groups written
 * to a sheet for a spreadsheet (CSV or Excel), and a sheet read back into pending changes
 * after a preview of every row.
 */
class SheetCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetCommands)

public:
    /** The commands of @p workspace's account, shown in @p window's File menu. */
    SheetCommands(WorkspaceController *workspace, MainWindow *window);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    /**
     * Reads the sheet at @p path and plans its import off the UI thread, then opens the
     * preview (window-modal) and emits importPreviewOpened(); says why when it cannot be read.
     */
    void openImportPreview(const QString &path);
    /** Writes the editing sheet of the open account to @p path, as Excel when @p xlsx, else CSV. */
    bool exportForEditing(const QString &path, bool xlsx, QString *errorMessage = nullptr, int *rows = nullptr) const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** The preview of an import is open. */
    void importPreviewOpened(ImportPreviewDialog *dialog);

private:
    void askAndImport();
    void askAndExport();
    void updateActions();
    void showPreview(const QString &path, const QString &adAccountId, const SheetImportPlan &plan, const QString &readError);
    SheetValueContext valueContext() const;

    QPointer<WorkspaceController> m_workspace;
    QPointer<MainWindow> m_window;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    bool m_planning = false; ///< an import is being read and planned
};

} // namespace pinstripe
