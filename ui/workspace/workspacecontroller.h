#pragma once

#include "core/analytics/daterangepreset.h"
#include "core/model/adaccount.h"
#include "core/model/adgroup.h"
#include "core/model/campaign.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QScrollArea;
class QTimer;

namespace pinstripe {

class ChangeSet;
struct AdGroupFormContext;
class JournalView;
class MainWindow;
class MetricsArchive;
class PendingChangeStore;
class PendingChangesPanel;
class PerformanceColumns;
class PerformanceColumnsProvider;
class PerformanceChartPanel;
class StatsFreshnessLabel;
class PostFlow;
class SheetCommands;
class TargetingBreakdownPanel;
class TargetingPresetStore;

/**
 * Joins the features around the ad group browser: pending changes (dock, undo, posting),
 * the change journal, bid floors and the analytics panels. It keeps the full ad groups and
 * campaigns of the open account (from the browser's cache and pages) so editors and checks
 * work on complete values, and feeds what Pinterest saved back into the table and the cache.
 */
class WorkspaceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceController)

public:
    /** Joins @p window's features; the stores and the change set are the window's context's. */
    explicit WorkspaceController(MainWindow *window);
    ~WorkspaceController() override;

    ChangeSet *changeSet() const { return m_changes; }
    PendingChangeStore *store() const { return m_store; }
    PendingChangesPanel *changesPanel() const { return m_panel; }
    JournalView *journal() const { return m_journal; }
    PostFlow *postFlow() const { return m_postFlow; }
    PerformanceChartPanel *performancePanel() const;
    TargetingBreakdownPanel *breakdownPanel() const;

    /** The open account, if any. */
    std::optional<AdAccount> account() const { return m_account; }
    /**
     * Full ad groups of the open account by id, as last seen from Pinterest, read from the
     * cache when asked for (the table keeps compact rows only). Ids not known are left out.
     */
    QHash<QString, AdGroup> adGroups(const QStringList &ids) const;
    std::optional<AdGroup> adGroup(const QString &id) const;
    /** Every known ad group of the open account (a sheet of the whole account reads them). */
    QList<AdGroup> allAdGroups() const;
    /** The same read, as a function to run on another thread (see AdGroupRepository::cachedAllReader()). */
    std::function<QList<AdGroup>()> allAdGroupsReader() const;
    const QHash<QString, Campaign> &campaigns() const { return m_campaigns; }
    /** The ad groups selected in the table, in table order. */
    QList<AdGroup> selectedAdGroups() const;

    QAction *newAdGroupAction() const { return m_newAdGroup; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *bulkEditAction() const { return m_bulkEdit; }
    QAction *postAction() const { return m_post; }
    /** Fetches spend, clicks … of the open account's ad groups for the table; nullptr while offline. */
    PerformanceColumnsProvider *performanceColumns() const;
    QAction *bidFloorCalculatorAction() const { return m_bidFloorCalculator; }
    QAction *checkBidFloorsAction() const { return m_checkBidFloors; }

    /** Opens (non-modal) the bid floor calculator for the open account. */
    QWidget *openBidFloorCalculator();
    /** Opens (non-modal) the bid floor check of the selected ad groups. */
    QWidget *checkBidFloorsOfSelection();
    /** Checks and posts every pending change of the open account. */
    void postChanges();
    /** Shows the Pending Changes dock in front. */
    void showPendingChanges();
    /** File › Import Changes… and Export for Editing…. */
    SheetCommands *sheetCommands() const { return m_sheets; }

    /** Opens (non-modal) the ad group editor: a new ad group, or the selection to edit or duplicate. */
    QWidget *openEditor(bool create, bool duplicate);
    /** Opens (non-modal) the bulk edit of the selection. */
    QWidget *openBulkEdit();
    /** Opens (non-modal) pending new ad group @p changeId in the editor to fix it; null if it cannot be. */
    QWidget *openPendingCreate(const QString &changeId);

Q_SIGNALS:
    /** Something to say in the status bar. */
    void statusMessage(const QString &message);

private:
    void createDocks();
    void createActions();
    void onAccountChanged(const AdAccount &account);
    void onAdGroupSaved(const AdGroup &adGroup);
    void rebuildAnalytics();
    void showSelectionInAnalytics();
    void updateActions();
    void fitBottomDocks();
    static QScrollArea *scrollAreaOf(QDockWidget *dock);
    void rebuildPerformanceColumns();
    void fetchPerformanceColumns();
    DateRange performanceRange() const;
    AdGroupFormContext formContext() const;

    QPointer<MainWindow> m_window;
    PendingChangeStore *m_store = nullptr;
    ChangeSet *m_changes = nullptr;
    MetricsArchive *m_archive = nullptr;
    TargetingPresetStore *m_presets = nullptr;
    PendingChangesPanel *m_panel = nullptr;
    JournalView *m_journal = nullptr;
    PostFlow *m_postFlow = nullptr;
    SheetCommands *m_sheets = nullptr;
    QDockWidget *m_changesDock = nullptr;
    QDockWidget *m_journalDock = nullptr;
    QDockWidget *m_performanceDock = nullptr;
    QDockWidget *m_breakdownDock = nullptr;
    QPointer<PerformanceChartPanel> m_performance;
    QPointer<TargetingBreakdownPanel> m_breakdown;
    QPointer<PerformanceColumnsProvider> m_columnsProvider;
    std::unique_ptr<PerformanceColumns> m_columns;
    StatsFreshnessLabel *m_freshness = nullptr;
    int m_rangePreset = 1; ///< DateRangePreset::Preset of the table's performance columns
    QTimer *m_selectionTimer = nullptr;
    QAction *m_newAdGroup = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_bulkEdit = nullptr;
    QAction *m_post = nullptr;
    QAction *m_bidFloorCalculator = nullptr;
    QAction *m_checkBidFloors = nullptr;
    std::optional<AdAccount> m_account;
    std::optional<bool> m_bottomDocksEmpty; ///< what the bottom docks were last fitted for
    QHash<QString, Campaign> m_campaigns;
};

} // namespace pinstripe
