#pragma once

#include "core/changes/bidfloorcheck.h"
#include "core/changes/poster.h"
#include "core/changes/prepostcheck.h"
#include "core/model/adgroup.h"
#include "core/model/campaign.h"
#include "core/model/currency.h"
#include "ui/changes/findingsdialog.h"
#include "ui/changes/postreviewdialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QUndoStack>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

namespace pinstripe {

class ApiClient;
class ChangeSet;
class PendingChangeStore;

/**
 * "Post…" from start to end:
 * 1. the checks before posting (checkPendingChanges) and Pinterest's bid floors (BidFloorCheck)
 *    on each ad group as it will be after posting;
 * 2. if anything was found, a FindingsDialog: errors block their ad group's changes (marked
 *    Failed with the reason, never sent); warnings need "Post all anyway" or "Post all but the
 *    flagged"; bids under the floor can be raised to it ("Raise to floor": one undo step, then
 *    the checks run again); if nothing was found, a PostReviewDialog sums up what will be sent
 *    (skipped for small posts if the user said so);
 * 3. a progress dialog with Cancel driven by Poster::progress (Cancel stops new batches);
 * 4. a result summary ("28 applied, 2 refused — see the list") and what changed on Pinterest.
 * Every dialog is opened with open(), never exec(), so the flow is asynchronous and tests
 * answer it through findingsDialog() / progressDialog() / resultBox().
 */
class PostFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostFlow)

public:
    /** The ad group as last loaded from Pinterest (the table's cache), or nothing. */
    using AdGroupLookup = std::function<std::optional<AdGroup>(const QString &adGroupId)>;
    /** A campaign by id, for the objective the bid floor depends on. */
    using CampaignLookup = std::function<std::optional<Campaign>(const QString &campaignId)>;

    enum class Stage { Idle, Checking, Findings, Review, Posting, Result, Reconciling };
    Q_ENUM(Stage)

    /**
     * The client to use, asked each time the flow talks to Pinterest (the connection may have
     * been replaced since the flow was built); null when not connected.
     */
    using ClientProvider = std::function<ApiClient *()>;
    /** The signed-in user's name, asked when a post starts (empty: not known). */
    using UserProvider = std::function<QString()>;

    /** None is owned; @p dialogParent parents the dialogs (may be null). */
    PostFlow(ClientProvider clientProvider, ChangeSet *changes, PendingChangeStore *store, QWidget *dialogParent,
             QObject *parent = nullptr);
    /** With always the same @p client (not owned). */
    PostFlow(ApiClient *client, ChangeSet *changes, PendingChangeStore *store, QWidget *dialogParent,
             QObject *parent = nullptr);
    ~PostFlow() override;

    /** The client posting would use now. */
    ApiClient *apiClient() const { return m_clientProvider ? m_clientProvider() : nullptr; }
    void setAdAccount(const QString &adAccountId, const Currency &currency);
    void setAdGroupLookup(AdGroupLookup lookup) { m_adGroups = std::move(lookup); }
    void setCampaignLookup(CampaignLookup lookup) { m_campaigns = std::move(lookup); }
    /** A fixed set of ad groups by id instead of a lookup (copied). */
    void setAdGroups(const QHash<QString, AdGroup> &adGroups);
    /** A fixed set of campaigns by id instead of a lookup (copied). */
    void setCampaigns(const QHash<QString, Campaign> &campaigns);
    void setOptions(const PrePostOptions &options) { m_options = options; }
    /** Where "Raise to floor" records its changes as one undo step (not owned; may be null). */
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    /** Batches in flight at once (Poster's default when not set). */
    void setMaxInFlight(int batches) { m_maxInFlight = batches; }
    /** Who posts, for the journal ("by …" on the chart's change markers); asked at each post. */
    void setUserProvider(UserProvider provider) { m_user = std::move(provider); }
    /** The name the journal entries of a post starting now would carry. */
    QString postedBy() const { return m_user ? m_user() : QString(); }

    /** Starts with the account's postable changes, or only @p changeIds. Ignored while running. */
    void start(const QStringList &changeIds = {});
    /**
     * If a post of the account was interrupted (the app was stopped during it) or changes were
     * sent without an answer, says so (noticeChanged()) and checks them with Pinterest before
     * anything is posted again. Called by setAdAccount() from the event loop.
     */
    void checkInterruptedPost();
    /** What the notice about an interrupted post says now; empty when there is none. */
    QString notice() const { return m_notice; }
    bool isRunning() const { return m_stage != Stage::Idle && m_stage != Stage::Result; }
    Stage stage() const { return m_stage; }

    QList<CheckFinding> findings() const { return m_findings; }
    FindingsDialog *findingsDialog() const { return m_findingsDialog; }
    /** The summary shown before sending when nothing was found (see PostReviewDialog). */
    PostReviewDialog *reviewDialog() const { return m_reviewDialog; }
    QProgressDialog *progressDialog() const { return m_progress; }
    QMessageBox *resultBox() const { return m_result; }

    /** "28 applied, 2 refused — see the list in Pending changes." */
    static QString summaryText(const Poster::Summary &summary);

Q_SIGNALS:
    void stageChanged(pinstripe::PostFlow::Stage stage);
    /** Pinterest's version of an ad group after a change was applied: update the table and cache. */
    void adGroupSaved(const pinstripe::AdGroup &adGroup);
    /** Posting ended (possibly cancelled); the result box is showing. */
    void finished(const pinstripe::Poster::Summary &summary);
    /** Stopped before anything was sent: nothing to post, or the findings were not accepted. */
    void abandoned();
    /** The notice about an interrupted post changed (empty: none). */
    void noticeChanged(const QString &notice);

private:
    void setStage(Stage stage);
    void runBidFloorCheck(const QList<PendingChange> &changes, const QHash<QString, AdGroup> &current);
    void concludeChecks();
    void raiseToFloor(const QList<PendingChange> &raises);
    void review();
    void post();
    void onPosted(const Poster::Summary &summary);
    void abandon();
    void updateProgressText();
    void setNotice(const QString &notice);

    ClientProvider m_clientProvider;
    UserProvider m_user;
    QPointer<ChangeSet> m_changes;
    QPointer<QUndoStack> m_undoStack;
    PendingChangeStore *m_store;
    QPointer<QWidget> m_dialogParent;
    QString m_account;
    Currency m_currency;
    AdGroupLookup m_adGroups;
    CampaignLookup m_campaigns;
    PrePostOptions m_options;
    int m_maxInFlight = 0;

    Stage m_stage = Stage::Idle;
    QStringList m_requested;
    QList<PendingChange> m_selected;
    QList<CheckFinding> m_findings;
    QStringList m_toPost;
    QPointer<BidFloorCheck> m_floorCheck;
    QPointer<Poster> m_poster;
    QPointer<FindingsDialog> m_findingsDialog;
    QPointer<PostReviewDialog> m_reviewDialog;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_result;
    QTimer *m_countdown = nullptr;
    int m_batchesDone = 0;
    int m_batchesTotal = 0;
    int m_waitLeft = 0;
    int m_checking = 0;
    QString m_notice;
};

} // namespace pinstripe
