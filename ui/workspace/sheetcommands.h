#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace pinstripe {

class ImportPreviewDialog;
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

    /** Reads the sheet at @p path and opens (window-modal) the preview of its import; null if it cannot be read. */
    ImportPreviewDialog *openImportPreview(const QString &path);
    /** Writes the editing sheet of the open account to @p path, as Excel when @p xlsx, else CSV. */
    bool exportForEditing(const QString &path, bool xlsx, QString *errorMessage = nullptr) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void askAndImport();
    void askAndExport();
    void updateActions();
    SheetValueContext valueContext() const;

    QPointer<WorkspaceController> m_workspace;
    QPointer<MainWindow> m_window;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace pinstripe
