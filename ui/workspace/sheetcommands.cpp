#include "ui/workspace/sheetcommands.h"

#include "ui/common/exportlanguage.h"
#include "core/changes/changeset.h"
#include "core/sheet/editingsheet.h"
#include "core/sheet/sheetimportplan.h"
#include "core/sheet/xlsxsheetwriter.h"
#include "core/store/sheetreader.h"
#include "ui/adgroups/adgroupbrowser.h"
#include "ui/common/messagebox.h"
#include "ui/common/savefiledialog.h"
#include "ui/mainwindow.h"
#include "ui/sheets/importpreviewdialog.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent>

#include <algorithm>

namespace pinstripe {

namespace {

const QString kImportFolderKey = QStringLiteral("sheets/importFolder");

} // namespace

SheetCommands::SheetCommands(WorkspaceController *workspace, MainWindow *window)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_window(window)
{
    m_import = new QAction(tr("&Import Changes…"), this);
    m_import->setObjectName(QStringLiteral("importChangesAction"));
    m_import->setToolTip(tr("Read a sheet of ad groups (CSV or tab-separated) and preview its changes before they become pending"));
    connect(m_import, &QAction::triggered, this, &SheetCommands::askAndImport);
    m_export = new QAction(tr("Export for E&diting…"), this);
    m_export->setObjectName(QStringLiteral("exportForEditingAction"));
    m_export->setToolTip(tr("Write the ad groups as a sheet to edit in a spreadsheet and import back"));
    connect(m_export, &QAction::triggered, this, &SheetCommands::askAndExport);
    window->addCommand(m_import, {MenuRole::File, CommandGroup::Exporting});
    window->addCommand(m_export, {MenuRole::File, CommandGroup::Exporting});

    connect(window->browser(), &AdGroupBrowser::accountChanged, this, &SheetCommands::updateActions);
    connect(this, &SheetCommands::statusMessage, workspace, &WorkspaceController::statusMessage);
    updateActions();
}

void SheetCommands::updateActions()
{
    const bool open = m_workspace && m_workspace->account().has_value();
    m_import->setEnabled(open && !m_planning);
    m_export->setEnabled(open);
}

SheetValueContext SheetCommands::valueContext() const
{
    // As the table shows values: the account's currency, the user's locale, the machine's zone.
    SheetValueContext context;
    context.currency = m_workspace->account()->currency.valueOr(Currency());
    context.locale = QLocale();
    context.timeZone = QTimeZone::systemTimeZone();
    return context;
}

void SheetCommands::askAndImport()
{
    if (!m_workspace || !m_workspace->account())
        return;
    QFileDialog dialog(m_window, tr("Import Changes"), QSettings().value(kImportFolderKey, QDir::homePath()).toString());
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Sheets (*.csv *.tsv *.txt)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(kImportFolderKey, QFileInfo(path).absolutePath());
    openImportPreview(path);
}

void SheetCommands::openImportPreview(const QString &path)
{
    if (!m_workspace || !m_workspace->account() || m_planning)
        return;
    // Read and planned on a worker thread with copies of what it compares with (the copies are
    // shallow; the account's values change on the UI thread meanwhile without touching them).
    struct Planned
    {
        SheetImportPlan plan;
        QString error;
    };
    const QString adAccountId = m_workspace->account()->id.valueOr({});
    const std::function<QList<AdGroup>()> readAdGroups = m_workspace->allAdGroupsReader();
    const QHash<QString, Campaign> campaigns = m_workspace->campaigns();
    const QList<PendingChange> pending = m_workspace->changeSet()->changes();
    const SheetValueContext context = valueContext();
    m_planning = true;
    updateActions();
    Q_EMIT statusMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<Planned>(this);
    connect(watcher, &QFutureWatcher<Planned>::finished, this, [this, watcher, path, adAccountId] {
        watcher->deleteLater();
        m_planning = false;
        updateActions();
        const Planned planned = watcher->result();
        showPreview(path, adAccountId, planned.plan, planned.error);
    });
    watcher->setFuture(QtConcurrent::run([path, adAccountId, readAdGroups, campaigns, pending, context]() -> Planned {
        const SheetReader::Result read = SheetReader::readFile(path);
        if (!read.ok())
            return {{}, read.error};
        QHash<QString, AdGroup> adGroups;
        for (const AdGroup &g : readAdGroups())
            adGroups.insert(g.id.valueOr({}), g);
        SheetImportSource source;
        source.sheet = read.sheet;
        source.adAccountId = adAccountId;
        source.adGroups = &adGroups;
        source.campaigns = &campaigns;
        source.pending = pending;
        source.context = context;
        return {SheetImportPlan::build(source), {}};
    }));
}

void SheetCommands::showPreview(const QString &path, const QString &adAccountId, const SheetImportPlan &plan, const QString &readError)
{
    // Another account opened meanwhile: the plan was made for the one that is gone.
    if (!m_workspace || !m_window || !m_workspace->account() || m_workspace->account()->id.valueOr({}) != adAccountId)
        return;
    if (!readError.isEmpty()) {
        MessageBox::warning(m_window, tr("Import Changes"),
                            tr("%1 cannot be read as a sheet.\n\n%2").arg(QDir::toNativeSeparators(path), readError));
        return;
    }
    auto *dialog = new ImportPreviewDialog(plan, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setRecordTarget(m_window->undoStack(), m_workspace->changeSet());
    connect(dialog, &ImportPreviewDialog::changesRecorded, this, [this](int count) {
        if (!m_workspace)
            return;
        m_workspace->showPendingChanges();
        Q_EMIT statusMessage(tr("%n change(s) imported as pending — post them to apply.", nullptr, count));
    });
    dialog->show();
    Q_EMIT importPreviewOpened(dialog);
}

bool SheetCommands::exportForEditing(const QString &path, bool xlsx, QString *errorMessage, int *rows) const
{
    if (!m_workspace || !m_workspace->account())
        return false;
    // Grouped by campaign, then by name: the order people look for rows in.
    const QHash<QString, Campaign> &campaigns = m_workspace->campaigns();
    QList<AdGroup> adGroups = m_workspace->allAdGroups();
    const auto key = [&campaigns](const AdGroup &g) {
        return std::make_tuple(campaigns.value(g.campaignId.valueOr({})).name.valueOr({}), g.campaignId.valueOr({}), g.name.valueOr({}),
                               g.id.valueOr({}));
    };
    std::sort(adGroups.begin(), adGroups.end(), [&key](const AdGroup &a, const AdGroup &b) { return key(a) < key(b); });
    const ExportLanguageScope language;
    const EditingSheet sheet(adGroups, campaigns, m_workspace->changeSet()->changes(), valueContext());
    if (rows)
        *rows = sheet.rowCount();
    return xlsx ? XlsxSheetWriter::write(sheet, path, errorMessage) : sheet.saveCsv(path, errorMessage);
}

void SheetCommands::askAndExport()
{
    if (!m_workspace || !m_workspace->account())
        return;
    const QList<SaveFileDialog::FileType> types{{tr("CSV for spreadsheets"), QStringLiteral("csv")},
                                                {tr("Excel workbook"), QStringLiteral("xlsx")}};
    const auto choice = SaveFileDialog::ask(m_window, tr("Export for Editing"),
                                            tr("ad-groups-for-editing-%1").arg(m_workspace->account()->id.valueOr({})), types,
                                            QStringLiteral("editingSheets"));
    if (choice.path.isEmpty())
        return;
    QString error;
    int rows = 0;
    if (!exportForEditing(choice.path, choice.type == 1, &error, &rows)) {
        MessageBox::warning(m_window, tr("Export Failed"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(choice.path), error));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n ad group(s) for editing to %1.", nullptr, rows)
                             .arg(QDir::toNativeSeparators(choice.path)));
}

} // namespace pinstripe
