// File › Import Changes… through the whole window, offscreen, against an in-process sandbox: the
// preview shows each row of the sheet as a person reads it (update, create, unchanged, error; each
// field before → after; errors in words), Import records every change as one undo step, the
// imported new ad group is posted and Pinterest (the sandbox) has it; and Export for Editing writes
// a sheet that imports back unchanged.
#include "../englishtexts.h"
#include "../openwindow.h"

#include "core/api/tokenprovider.h"
#include "core/changes/changeset.h"
#include "core/changes/poster.h"
#include "core/sheet/sheetvaluecodec.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "ui/changes/pendingchangespanel.h"
#include "ui/changes/postflow.h"
#include "ui/changes/postreviewdialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/translations.h"
#include "ui/sheets/importpreviewdialog.h"
#include "ui/sheets/importpreviewmodel.h"
#include "ui/workspace/sheetcommands.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>

using namespace pinstripe;
using namespace pinstripe::testing;

namespace {

const QString kBudget = QStringLiteral("budget_in_micro_currency");
const QString kNewName = QStringLiteral("Imported from a sheet");

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewImportUndoAndPost();
    void exportForEditingImportsBackUnchanged();
    void germanExportImportsBackUnchanged();

private:
    Poster::Summary post(WorkspaceController *workspace);
    /** Opens the preview of @p path's import as File › Import Changes… does, and waits until it is shown. */
    static ImportPreviewDialog *openPreview(SheetCommands *commands, const QString &path)
    {
        QSignalSpy opened(commands, &SheetCommands::importPreviewOpened);
        commands->openImportPreview(path);
        // Read and planned off the UI thread; the action waits meanwhile.
        [&] { QVERIFY(!commands->importAction()->isEnabled() || !opened.isEmpty()); }();
        if (opened.isEmpty() && !opened.wait(30000))
            return nullptr;
        return opened.first().first().value<ImportPreviewDialog *>();
    }
    static QString cellText(const QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    QTemporaryDir m_dir;
};

void TestImportPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PinstripeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importpreview"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    useEnglishTexts();
    sandbox::SandboxOptions options;
    m_sandbox = sandbox::startSandboxThread(options);
    QVERIFY(m_sandbox);
    m_tokens = std::make_unique<StaticTokenProvider>(options.accessToken);
    QVERIFY(m_dir.isValid());
}

Poster::Summary TestImportPreview::post(WorkspaceController *workspace)
{
    QSignalSpy finished(workspace->postFlow(), &PostFlow::finished);
    workspace->postAction()->trigger();
    // The summary before sending is answered with Post, as a person would.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || workspace->postFlow()->reviewDialog(), 30000); }();
    if (finished.isEmpty() && workspace->postFlow()->reviewDialog())
        QTest::mouseClick(workspace->postFlow()->reviewDialog()->postButton(), Qt::LeftButton);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
    if (QMessageBox *box = workspace->postFlow()->resultBox())
        box->close();
    return finished.isEmpty() ? Poster::Summary{} : finished.first().first().value<Poster::Summary>();
}

void TestImportPreview::previewImportUndoAndPost()
{
    OpenWindow open(m_dir, QStringLiteral("import"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    MainWindow &window = open.window;
    WorkspaceController *workspace = open.workspace;
    const QDir artifacts(qEnvironmentVariable("PINSTRIPE_TEST_ARTIFACTS", QDir::tempPath()));
    SheetValueContext context;
    context.currency = workspace->account()->currency.value();
    context.locale = QLocale();
    context.timeZone = QTimeZone::systemTimeZone();

    // The commands are in the File menu, enabled with an account open.
    SheetCommands *commands = workspace->sheetCommands();
    QVERIFY(commands);
    QVERIFY(commands->importAction()->isEnabled());
    QVERIFY(commands->exportAction()->isEnabled());
    const QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file->actions().contains(commands->importAction()));
    QVERIFY(file->actions().contains(commands->exportAction()));

    // Three active ad groups with a daily budget: one gets a new budget, one is paused, one stays.
    QList<AdGroup> picked;
    for (const AdGroup &g : workspace->allAdGroups()) {
        if (g.status.valueOr({}) == QLatin1String("ACTIVE") && g.budgetType.valueOr({}) == QLatin1String("DAILY")
            && g.budgetInMicroCurrency.valueOr(0) > 0 && g.endTime.valueOr(0) == 0)
            picked << g;
    }
    std::sort(picked.begin(), picked.end(), [](const AdGroup &a, const AdGroup &b) { return a.id.value() < b.id.value(); });
    QVERIFY(picked.size() >= 3);
    picked.resize(3);
    // A new ad group in the campaign of an ad group that bids, with its billable event and strategy.
    // (A campaign that leaves budgets to its ad groups and needs no optimization goal; the
    // first by id, so every run imports the same.)
    std::optional<AdGroup> sibling;
    for (const AdGroup &g : workspace->allAdGroups()) {
        const Campaign campaign = workspace->campaigns().value(g.campaignId.valueOr({}));
        if (g.bidInMicroCurrency.hasValue() && g.billableEvent.hasValue() && g.bidStrategyType.hasValue()
            && g.budgetType.valueOr({}) == QLatin1String("DAILY") && !g.optimizationGoalMetadata.hasValue()
            && campaign.id.hasValue() && !campaign.isCampaignBudgetOptimization.valueOr(false)
            && campaign.objectiveType.valueOr({}) != QLatin1String("WEB_CONVERSION")
            && (!sibling || g.id.value() < sibling->id.value()))
            sibling = g;
    }
    QVERIFY(sibling);

    const QList<SheetField> fields{SheetField::Id,      SheetField::CampaignId,    SheetField::Name,
                                   SheetField::Status,  SheetField::Budget,        SheetField::BillableEvent,
                                   SheetField::BidStrategy, SheetField::Bid};
    QStringList header;
    for (const SheetField field : fields)
        header << SheetFields::englishHeader(field);
    QStringList lines{header.join(QLatin1Char(','))};
    const auto rowOf = [&](const AdGroup &g) {
        QStringList cells;
        for (const SheetField field : fields)
            cells << csvField(SheetValueCodec::sheetText(field, SheetFields::valueOf(g, field), context));
        return cells;
    };
    AdGroup budgetRaised = picked.at(0);
    const qint64 oldBudget = budgetRaised.budgetInMicroCurrency.value();
    budgetRaised.budgetInMicroCurrency = oldBudget + 1'000'000;
    lines << rowOf(budgetRaised).join(QLatin1Char(','));
    AdGroup paused = picked.at(1);
    paused.status = QStringLiteral("PAUSED");
    lines << rowOf(paused).join(QLatin1Char(','));
    lines << rowOf(picked.at(2)).join(QLatin1Char(','));
    AdGroup fresh = *sibling;
    fresh.id.setNull();
    fresh.name = kNewName;
    fresh.status = QStringLiteral("PAUSED");
    fresh.budgetInMicroCurrency = 12'000'000;
    lines << rowOf(fresh).join(QLatin1Char(','));
    AdGroup lost = fresh;
    lost.campaignId = QStringLiteral("626736533599");
    lost.name = QStringLiteral("Lost");
    lines << rowOf(lost).join(QLatin1Char(','));
    const QString path = m_dir.filePath(QStringLiteral("bulk.csv"));
    {
        QFile sheet(path);
        QVERIFY(sheet.open(QIODevice::WriteOnly));
        sheet.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    }

    // File › Import Changes… on the sheet: the preview.
    const int stepsBefore = window.undoStack()->count();
    QPointer<ImportPreviewDialog> preview = openPreview(commands, path);
    QVERIFY(preview);
    QVERIFY(QTest::qWaitForWindowExposed(preview));
    QCOMPARE(preview->windowTitle(), QStringLiteral("Import Changes from bulk.csv"));
    const QString summary = preview->summaryLabel()->text();
    for (const QString &part : {QStringLiteral("2 ad group"), QStringLiteral("to update"), QStringLiteral("1 new ad group"),
                                QStringLiteral("1 unchanged"), QStringLiteral("with errors (not imported)")})
        QVERIFY2(summary.contains(part), qPrintable(summary + QLatin1Char('\n') + preview->view()->model()->index(3, ImportPreviewModel::Errors).data().toString()));
    QVERIFY(!preview->warningsLabel()->isVisible());
    QTableView *view = preview->view();
    QCOMPARE(view->model()->rowCount(), 5);
    using Column = ImportPreviewModel::Column;
    QCOMPARE(cellText(view, 0, Column::Line), QStringLiteral("2"));
    QCOMPARE(cellText(view, 0, Column::Kind), QStringLiteral("Update"));
    QCOMPARE(cellText(view, 0, Column::AdGroup),
             QStringLiteral("%1 (%2)").arg(picked.at(0).name.value(), picked.at(0).id.value()));
    const QString budgetChange = QStringLiteral("Budget: %1 → %2")
                                     .arg(SheetValueCodec::display(SheetField::Budget, QJsonValue(oldBudget), context),
                                          SheetValueCodec::display(SheetField::Budget, QJsonValue(oldBudget + 1'000'000), context));
    QCOMPARE(cellText(view, 0, Column::Changes), budgetChange);
    QCOMPARE(cellText(view, 1, Column::Kind), QStringLiteral("Update"));
    QCOMPARE(cellText(view, 1, Column::Changes), QStringLiteral("Status: Active → Paused"));
    QCOMPARE(cellText(view, 2, Column::Kind), QStringLiteral("Unchanged"));
    QCOMPARE(cellText(view, 2, Column::Changes), QString());
    QCOMPARE(cellText(view, 3, Column::Kind), QStringLiteral("Create"));
    QCOMPARE(cellText(view, 3, Column::AdGroup), kNewName);
    QVERIFY2(cellText(view, 3, Column::Changes).contains(QStringLiteral("Name: ") + kNewName), qPrintable(cellText(view, 3, Column::Changes)));
    QCOMPARE(cellText(view, 4, Column::Kind), QStringLiteral("Error"));
    QCOMPARE(cellText(view, 4, Column::Errors), QStringLiteral("The open ad account has no campaign with id 626736533599."));
    // The English plural ("3 rows") comes with the catalogue's next update; the count is what matters.
    QVERIFY2(preview->importButton()->text().startsWith(QStringLiteral("Import 3 row")), qPrintable(preview->importButton()->text()));
    QVERIFY(preview->importButton()->isEnabled());
    // Clicking a row shows all of it below the table.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(4, Column::Kind)).center());
    QVERIFY2(preview->detailsLabel()->text().contains(QStringLiteral("Line 6: Error\nThe open ad account has no campaign with id 626736533599.")),
             qPrintable(preview->detailsLabel()->text()));
    preview->grab().save(artifacts.filePath(QStringLiteral("sheets-import-preview.png")));

    // Import: updates and the create are pending, as one undo step, and the dock shows them.
    QCOMPARE(workspace->changeSet()->count(), 0);
    QTest::mouseClick(preview->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!preview); // closed and gone
    QCOMPARE(workspace->changeSet()->count(), 3);
    QCOMPARE(window.undoStack()->count(), stepsBefore + 1);
    const QString step = window.undoStack()->undoText();
    QVERIFY2(step.startsWith(QStringLiteral("Import 3 row")) && step.endsWith(QStringLiteral(" from bulk.csv")), qPrintable(step));
    QTRY_VERIFY(workspace->changesPanel()->isVisible());
    const std::optional<PendingChange> budget = workspace->changeSet()->pendingFor(picked.at(0).id.value(), kBudget);
    QVERIFY(budget);
    QCOMPARE(budget->after.toInteger(), oldBudget + 1'000'000);
    QVERIFY(workspace->changeSet()->pendingFor(picked.at(1).id.value(), QStringLiteral("status")));
    window.undoStack()->undo();
    QCOMPARE(workspace->changeSet()->count(), 0);
    window.undoStack()->redo();
    QCOMPARE(workspace->changeSet()->count(), 3);

    // Posted: Pinterest has the new ad group and the edits.
    const qint64 before = m_sandbox->server()->adGroupCount();
    const Poster::Summary summaryOfPost = post(workspace);
    QCOMPARE(summaryOfPost.failed, 0);
    QCOMPARE(workspace->changeSet()->count(), 0);
    QCOMPARE(m_sandbox->server()->adGroupCount(), before + 1);
    const QList<AdGroup> known = workspace->allAdGroups();
    const auto made = std::find_if(known.cbegin(), known.cend(), [](const AdGroup &g) { return g.name.valueOr({}) == kNewName; });
    QVERIFY(made != known.cend());
    QVERIFY(!made->id.valueOr({}).isEmpty());
    QCOMPARE(made->campaignId.value(), sibling->campaignId.value());
    QCOMPARE(made->budgetInMicroCurrency.value(), 12'000'000);
    QCOMPARE(made->status.value(), QStringLiteral("PAUSED"));
    QCOMPARE(workspace->adGroup(picked.at(0).id.value()).value_or(AdGroup()).budgetInMicroCurrency.value(), oldBudget + 1'000'000);
    QCOMPARE(workspace->adGroup(picked.at(1).id.value()).value_or(AdGroup()).status.value(), QStringLiteral("PAUSED"));
}

void TestImportPreview::exportForEditingImportsBackUnchanged()
{
    OpenWindow open(m_dir, QStringLiteral("export"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    WorkspaceController *workspace = open.workspace;
    SheetCommands *commands = workspace->sheetCommands();
    const QString csv = m_dir.filePath(QStringLiteral("for-editing.csv"));
    QString error;
    QVERIFY2(commands->exportForEditing(csv, false, &error), qPrintable(error));
    QVERIFY2(commands->exportForEditing(m_dir.filePath(QStringLiteral("for-editing.xlsx")), true, &error), qPrintable(error));

    ImportPreviewDialog *preview = openPreview(commands, csv);
    QVERIFY(preview);
    const int adGroups = static_cast<int>(workspace->allAdGroups().size());
    QCOMPARE(preview->view()->model()->rowCount(), adGroups);
    for (int row = 0; row < adGroups; ++row) {
        const QModelIndex kind = preview->view()->model()->index(row, ImportPreviewModel::Kind);
        QVERIFY2(kind.data().toString() == QStringLiteral("Unchanged"),
                 qPrintable(kind.data().toString() + QStringLiteral(": ")
                            + preview->view()->model()->index(row, ImportPreviewModel::Errors).data().toString()
                            + preview->view()->model()->index(row, ImportPreviewModel::Changes).data().toString()));
    }
    QVERIFY(!preview->importButton()->isEnabled());
    QTest::mouseClick(preview->cancelButton(), Qt::LeftButton);
    QCOMPARE(workspace->changeSet()->count(), 0);

    // A file that is no sheet: the person is told why, nothing opens.
    const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ad group ID,Name\r\n1001,\"never closed\r\n");
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy opened(commands, &SheetCommands::importPreviewOpened);
    commands->openImportPreview(broken);
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(QStringLiteral("broken.csv cannot be read as a sheet.")), 30000);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Line 2: a quoted field is never closed.")), qPrintable(MessageBox::lastText()));
    QVERIFY(opened.isEmpty());
    QVERIFY(commands->importAction()->isEnabled());
}

void TestImportPreview::germanExportImportsBackUnchanged()
{
    // A German desktop: German headers (one of them, "Frequenzobergrenze (Laufzeit)", has
    // parentheses of its own), semicolons and decimal commas; read back, every row is unchanged
    // and no column is left out.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([before] {
        QLocale::setDefault(before);
        useEnglishTexts();
    });
    OpenWindow open(m_dir, QStringLiteral("german"));
    QVERIFY(open.connectAndLoad(m_sandbox->baseUrl(), m_tokens.get()));
    SheetCommands *commands = open.workspace->sheetCommands();
    const QString csv = m_dir.filePath(QStringLiteral("zum-bearbeiten.csv"));
    QString error;
    QVERIFY2(commands->exportForEditing(csv, false, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.readLine();
    QVERIFY2(header.contains("Frequenzobergrenze (Laufzeit)") && header.contains(';'), header.constData());

    ImportPreviewDialog *preview = openPreview(commands, csv);
    QVERIFY(preview);
    const QString unchanged = QCoreApplication::translate("SheetImportPlan", "Unchanged");
    QCOMPARE(unchanged, QStringLiteral("Unverändert"));
    const int adGroups = static_cast<int>(open.workspace->allAdGroups().size());
    QCOMPARE(preview->view()->model()->rowCount(), adGroups);
    for (int row = 0; row < adGroups; ++row)
        QCOMPARE(preview->view()->model()->index(row, ImportPreviewModel::Kind).data().toString(), unchanged);
    for (QLabel *label : preview->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("übergangen")), qPrintable(label->text())); // "… is ignored"
    QTest::mouseClick(preview->cancelButton(), Qt::LeftButton);
}

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
