#include "ui/changes/postflow.h"

#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "core/model/money.h"
#include "ui/changes/editcommand.h"
#include "ui/changes/findingsdialog.h"
#include "ui/common/messagebox.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>

namespace pinstripe {

namespace {

/** Fields whose change can put a bid under its floor (the floor depends on all of them). */
bool affectsBidFloor(const QString &field)
{
    return field == QLatin1String("bid_in_micro_currency") || field == QLatin1String("billable_event")
        || field == QLatin1String("targeting_spec") || field == QLatin1String("bid_strategy_type");
}

} // namespace

PostFlow::PostFlow(ClientProvider clientProvider, ChangeSet *changes, PendingChangeStore *store, QWidget *dialogParent,
                   QObject *parent)
    : QObject(parent)
    , m_clientProvider(std::move(clientProvider))
    , m_changes(changes)
    , m_store(store)
    , m_dialogParent(dialogParent)
    , m_countdown(new QTimer(this))
{
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (--m_waitLeft <= 0)
            m_countdown->stop();
        updateProgressText();
    });
}

PostFlow::PostFlow(ApiClient *client, ChangeSet *changes, PendingChangeStore *store, QWidget *dialogParent, QObject *parent)
    : PostFlow([fixed = QPointer<ApiClient>(client)]() -> ApiClient * { return fixed.data(); }, changes, store,
               dialogParent, parent)
{
}

PostFlow::~PostFlow()
{
    delete m_findingsDialog;
    delete m_reviewDialog;
    delete m_progress;
    delete m_result;
}

void PostFlow::setAdAccount(const QString &adAccountId, const Currency &currency)
{
    const bool other = adAccountId != m_account;
    m_account = adAccountId;
    m_currency = currency;
    if (other) {
        setNotice({});
        QTimer::singleShot(0, this, &PostFlow::checkInterruptedPost);
    }
}

void PostFlow::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged(notice);
}

void PostFlow::checkInterruptedPost()
{
    if (isRunning() || !m_changes || m_account.isEmpty())
        return;
    const std::optional<PostRecord> interrupted = m_store ? m_store->interruptedPost(m_account) : std::nullopt;
    int unconfirmed = 0;
    for (const PendingChange &change : m_changes->changes())
        unconfirmed += change.adAccountId == m_account && change.isOutcomeUnknown() ? 1 : 0;
    if (!interrupted && unconfirmed == 0)
        return;
    const QLocale locale;
    const QString what = interrupted
        ? tr("A post was interrupted on %1: %2 confirmed, %3 not confirmed")
              .arg(locale.toString(interrupted->startedAt.toLocalTime(), QLocale::ShortFormat))
              .arg(interrupted->confirmed)
              .arg(interrupted->changes - interrupted->confirmed)
        : tr("%n change(s) were sent without an answer from Pinterest", nullptr, unconfirmed);
    ApiClient *client = apiClient();
    if (!client) {
        setNotice(tr("%1 — they are checked with Pinterest before the next post.").arg(what));
        return;
    }
    setStage(Stage::Reconciling);
    setNotice(tr("%1 — checking with Pinterest…").arg(what));
    auto *poster = new Poster(client, m_changes, m_store, this);
    poster->setPostedBy(postedBy());
    m_poster = poster;
    connect(poster, &Poster::adGroupSaved, this, &PostFlow::adGroupSaved);
    connect(poster, &Poster::finished, this, [this, poster, what](const Poster::Summary &summary) {
        poster->deleteLater();
        QStringList parts;
        parts << tr("%n applied", nullptr, summary.succeeded);
        if (summary.notApplied > 0)
            parts << tr("%n not applied (pending again)", nullptr, summary.notApplied);
        if (summary.conflicts > 0)
            parts << tr("%n in conflict with Pinterest", nullptr, summary.conflicts);
        if (summary.unknown > 0)
            parts << tr("%n still unknown", nullptr, summary.unknown);
        QString text = tr("%1 — checked with Pinterest: %2.").arg(what, parts.join(QStringLiteral(", ")));
        if (!summary.error.isEmpty())
            text += QLatin1Char(' ') + summary.error;
        setStage(Stage::Idle);
        setNotice(text);
    });
    poster->check(m_account);
}

void PostFlow::setAdGroups(const QHash<QString, AdGroup> &adGroups)
{
    m_adGroups = [adGroups](const QString &id) -> std::optional<AdGroup> {
        const auto it = adGroups.constFind(id);
        return it == adGroups.cend() ? std::nullopt : std::optional<AdGroup>(*it);
    };
}

void PostFlow::setCampaigns(const QHash<QString, Campaign> &campaigns)
{
    m_campaigns = [campaigns](const QString &id) -> std::optional<Campaign> {
        const auto it = campaigns.constFind(id);
        return it == campaigns.cend() ? std::nullopt : std::optional<Campaign>(*it);
    };
}

void PostFlow::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void PostFlow::start(const QStringList &changeIds)
{
    if (isRunning() || !m_changes)
        return;
    delete m_result;
    if (m_findingsDialog) {
        // A dialog of the previous run may still await deletion; it must not answer this one.
        m_findingsDialog->disconnect(this);
        m_findingsDialog->deleteLater();
        m_findingsDialog = nullptr;
    }
    m_requested = changeIds;
    if (m_reviewDialog) {
        m_reviewDialog->disconnect(this);
        m_reviewDialog->deleteLater();
        m_reviewDialog = nullptr;
    }
    setNotice({}); // a notice about an earlier interrupted post has been read by now
    m_selected.clear();
    m_findings.clear();
    m_toPost.clear();
    for (const PendingChange &change : m_changes->changes()) {
        // Conflicts wait for the user's choice (ConflictDialog); everything else may go.
        if (change.adAccountId == m_account && change.state != PendingChange::State::Conflict
            && (changeIds.isEmpty() || changeIds.contains(change.id)))
            m_selected << change;
    }
    ApiClient *client = apiClient();
    if (m_selected.isEmpty() || !client) {
        setStage(Stage::Checking);
        MessageBox::information(m_dialogParent, tr("Post changes"),
                                client ? tr("There is nothing to post.") : tr("Not connected to Pinterest."));
        abandon();
        return;
    }
    setStage(Stage::Checking);

    QHash<QString, AdGroup> current;
    for (const PendingChange &change : std::as_const(m_selected)) {
        if (change.kind != PendingChange::Kind::Update || current.contains(change.adGroupId) || !m_adGroups)
            continue;
        if (const std::optional<AdGroup> g = m_adGroups(change.adGroupId))
            current.insert(change.adGroupId, *g);
    }
    m_findings = checkPendingChanges(m_selected, current, m_currency, m_options);
    runBidFloorCheck(m_selected, current);
}

void PostFlow::runBidFloorCheck(const QList<PendingChange> &changes, const QHash<QString, AdGroup> &current)
{
    QHash<QString, QList<PendingChange>> perAdGroup;
    for (const PendingChange &change : changes) {
        if (change.kind == PendingChange::Kind::Update && current.contains(change.adGroupId))
            perAdGroup[change.adGroupId] << change;
    }
    QList<AdGroup> afterStates;
    QHash<QString, Campaign> campaigns;
    for (auto it = perAdGroup.cbegin(); it != perAdGroup.cend(); ++it) {
        const bool relevant = std::any_of(it.value().cbegin(), it.value().cend(),
                                          [](const PendingChange &c) { return affectsBidFloor(c.field); });
        if (!relevant)
            continue;
        const AdGroup after = withChangesApplied(current.value(it.key()), it.value());
        afterStates << after;
        const QString campaignId = after.campaignId.valueOr({});
        if (m_campaigns && !campaigns.contains(campaignId)) {
            if (const std::optional<Campaign> campaign = m_campaigns(campaignId))
                campaigns.insert(campaignId, *campaign);
        }
    }
    if (afterStates.isEmpty()) {
        concludeChecks();
        return;
    }
    auto *check = new BidFloorCheck(apiClient(), m_account, m_currency, this);
    m_floorCheck = check;
    const QLocale locale;
    connect(check, &BidFloorCheck::finished, this, [this, check, perAdGroup, current, locale](const QList<BidFloorCheck::Result> &results) {
        check->deleteLater();
        for (const BidFloorCheck::Result &r : results) {
            if (!r.isUnderFloor())
                continue;
            // Attach the finding to the bid change if there is one, else to what moved the floor.
            const QList<PendingChange> &changes = perAdGroup.value(r.adGroupId);
            const auto bid = std::find_if(changes.cbegin(), changes.cend(), [](const PendingChange &c) {
                return c.field == QLatin1String("bid_in_micro_currency");
            });
            const PendingChange &change = bid != changes.cend() ? *bid : changes.constFirst();
            CheckFinding f;
            f.severity = CheckFinding::Severity::Error;
            f.changeId = change.id;
            f.adGroupId = r.adGroupId;
            f.adGroupName = r.adGroupName;
            f.field = change.field;
            f.message = tr("The bid %1 is under Pinterest's bid floor of %2 (%3).")
                            .arg(Money(r.bidMicros.value_or(0), m_currency).format(locale),
                                 Money(r.floorMicros, m_currency).format(locale),
                                 r.spec.countries.valueOr({}).join(QStringLiteral(", ")));
            f.raiseToFloor = BidFloorCheck::raiseToFloor(r, current.value(r.adGroupId), m_account, m_currency);
            m_findings << f;
        }
        concludeChecks();
    });
    connect(check, &BidFloorCheck::failed, this, [this, check](const ApiError &error) {
        check->deleteLater();
        CheckFinding f;
        f.severity = CheckFinding::Severity::Warning;
        f.message = tr("Bid floors could not be checked: %1").arg(error.userMessage());
        m_findings << f;
        concludeChecks();
    });
    check->start(afterStates, campaigns);
}

void PostFlow::concludeChecks()
{
    if (!m_changes) {
        abandon();
        return;
    }
    // An error blocks every change of its ad group: the rules judge the ad group as a whole.
    QSet<QString> blockedAdGroups;
    QSet<QString> blockedChanges;
    QHash<QString, QString> reasonOfAdGroup;
    for (const CheckFinding &f : std::as_const(m_findings)) {
        if (!f.isError())
            continue;
        if (!f.adGroupId.isEmpty()) {
            blockedAdGroups.insert(f.adGroupId);
            if (!reasonOfAdGroup.contains(f.adGroupId))
                reasonOfAdGroup.insert(f.adGroupId, f.message);
        }
        blockedChanges.insert(f.changeId);
    }
    int blocked = 0;
    for (const PendingChange &change : std::as_const(m_selected)) {
        const bool isBlocked = blockedChanges.contains(change.id)
            || (!change.adGroupId.isEmpty() && blockedAdGroups.contains(change.adGroupId));
        if (!isBlocked) {
            m_toPost << change.id;
            continue;
        }
        ++blocked;
        // The reason lands on the row, as Pinterest's refusals do.
        if (std::optional<PendingChange> current = m_changes->find(change.id)) {
            current->state = PendingChange::State::Failed;
            current->message = tr("Not posted: %1").arg(reasonOfAdGroup.value(change.adGroupId));
            for (const CheckFinding &f : std::as_const(m_findings)) {
                if (f.isError() && f.changeId == change.id)
                    current->message = tr("Not posted: %1").arg(f.message);
            }
            m_changes->replace(*current);
        }
    }
    if (m_findings.isEmpty()) {
        review();
        return;
    }
    setStage(Stage::Findings);
    auto *dialog = new FindingsDialog(m_findings, blocked, static_cast<int>(m_toPost.size()), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_findingsDialog = dialog;
    connect(dialog, &QDialog::accepted, this, &PostFlow::post);
    connect(dialog, &QDialog::rejected, this, &PostFlow::abandon);
    connect(dialog, &FindingsDialog::raiseToFloorRequested, this, &PostFlow::raiseToFloor);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result != FindingsDialog::PostUnflaggedResult)
            return;
        // What the warnings are about stays pending, untouched; everything else goes.
        for (const CheckFinding &f : std::as_const(m_findings)) {
            if (!f.isError() && !f.changeId.isEmpty())
                m_toPost.removeAll(f.changeId);
        }
        post();
    });
    dialog->open();
}

void PostFlow::review()
{
    if (!m_changes || m_toPost.isEmpty()) {
        abandon();
        return;
    }
    QList<PendingChange> going;
    for (const QString &id : std::as_const(m_toPost)) {
        if (const std::optional<PendingChange> change = m_changes->find(id))
            going << *change;
    }
    const PostPreview preview = PostPreview::of(going, m_adGroups);
    if (PostReviewDialog::isSmall(preview) && PostReviewDialog::skipsSmallPosts()) {
        post();
        return;
    }
    setStage(Stage::Review);
    auto *dialog = new PostReviewDialog(preview, m_currency, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_reviewDialog = dialog;
    connect(dialog, &QDialog::accepted, this, &PostFlow::post);
    connect(dialog, &QDialog::rejected, this, &PostFlow::abandon);
    dialog->open();
}

void PostFlow::raiseToFloor(const QList<PendingChange> &raises)
{
    if (!m_changes || raises.isEmpty()) {
        abandon();
        return;
    }
    // The raised ad groups were blocked only for now: their changes get back the state they had.
    QSet<QString> raised;
    for (const PendingChange &raise : raises)
        raised.insert(raise.adGroupId);
    for (const PendingChange &change : std::as_const(m_selected)) {
        if (raised.contains(change.adGroupId) && !m_toPost.contains(change.id) && m_changes->find(change.id))
            m_changes->replace(change);
    }
    recordEdits(m_undoStack, m_changes, raises, tr("Raise %n bid(s) to the floor", nullptr, static_cast<int>(raises.size())));
    QStringList ids = m_requested;
    if (!ids.isEmpty()) {
        for (const PendingChange &raise : raises) {
            if (const std::optional<PendingChange> held = m_changes->pendingFor(raise.adGroupId, raise.field))
                ids << held->id;
        }
    }
    // Checked again, floors included: the post goes on only if nothing else stands in the way.
    setStage(Stage::Idle);
    start(ids);
}

void PostFlow::post()
{
    ApiClient *client = apiClient();
    if (m_toPost.isEmpty() || !client || !m_changes) {
        abandon();
        return;
    }
    auto *poster = new Poster(client, m_changes, m_store, this);
    poster->setPostedBy(postedBy());
    if (m_maxInFlight > 0)
        poster->setMaxInFlight(m_maxInFlight);
    m_poster = poster;

    auto *progress = new QProgressDialog(m_dialogParent);
    progress->setObjectName(QStringLiteral("postProgressDialog"));
    progress->setWindowTitle(tr("Posting changes"));
    progress->setLabelText(tr("Checking for changes made on Pinterest meanwhile…"));
    progress->setRange(0, 0);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::WindowModal);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, poster, &Poster::cancel);
    m_batchesDone = m_batchesTotal = m_waitLeft = m_checking = 0;
    connect(poster, &Poster::progress, progress, [this](int done, int total) {
        // Answers can arrive while the dialog repaints (setValue() runs the event loop when
        // modal), so a late call must never show an older count than an earlier one.
        m_batchesDone = qMax(m_batchesDone, done);
        m_batchesTotal = total;
        updateProgressText();
    });
    connect(poster, &Poster::waitingForRateLimit, progress, [this](int seconds) {
        m_waitLeft = seconds;
        m_countdown->start();
        updateProgressText();
    });
    connect(poster, &Poster::checking, progress, [this](int count) {
        m_checking = count;
        updateProgressText();
    });
    connect(poster, &Poster::adGroupSaved, this, &PostFlow::adGroupSaved);
    connect(poster, &Poster::finished, this, &PostFlow::onPosted);
    progress->open();
    setStage(Stage::Posting);
    poster->post(m_account, m_toPost);
}

void PostFlow::updateProgressText()
{
    if (!m_progress)
        return;
    QString text;
    if (m_waitLeft > 0)
        text = tr("Waiting for Pinterest's rate limit — resumes in %n s", nullptr, m_waitLeft);
    else if (m_checking > 0)
        text = tr("Checking %n change(s) whose answer was lost with Pinterest…", nullptr, m_checking);
    else
        text = tr("Sent %1 of %n batch(es) of up to 30 ad groups…", nullptr, int(m_batchesTotal)).arg(m_batchesDone);
    // Text first: setValue() may run the event loop, and a nested update must have the last word.
    m_progress->setLabelText(text);
    m_progress->setRange(0, qMax(m_batchesTotal, 1));
    m_progress->setValue(m_batchesDone);
}

void PostFlow::onPosted(const Poster::Summary &summary)
{
    m_countdown->stop();
    m_waitLeft = 0;
    if (m_poster)
        m_poster->deleteLater();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    setStage(Stage::Result);
    const bool trouble = summary.failed > 0 || summary.conflicts > 0 || summary.unknown > 0 || !summary.error.isEmpty();
    // What changed: the posted changes that left the list were applied.
    QList<PendingChange> applied;
    for (const PendingChange &change : std::as_const(m_selected)) {
        if (m_toPost.contains(change.id) && m_changes && !m_changes->find(change.id))
            applied << change;
    }
    QString text = summaryText(summary);
    if (!applied.isEmpty()) {
        const PostPreview changed = PostPreview::of(applied, m_adGroups);
        QString line = tr("Changed on Pinterest: %1.")
                           .arg(tr("%n ad group(s)", nullptr, changed.adGroups));
        if (changed.changesDailyBudgets)
            line += QLatin1Char(' ')
                + tr("Daily budgets in total: %1 per day.").arg(PostReviewDialog::signedAmount(changed.dailyBudgetDeltaMicros, m_currency));
        text += QLatin1Char('\n') + line;
    }
    auto *box = new QMessageBox(trouble ? QMessageBox::Warning : QMessageBox::Information, tr("Posting finished"),
                                text, QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("postResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_result = box;
    box->open();
    Q_EMIT finished(summary);
}

void PostFlow::abandon()
{
    if (m_floorCheck)
        m_floorCheck->cancel();
    setStage(Stage::Idle);
    Q_EMIT abandoned();
}

QString PostFlow::summaryText(const Poster::Summary &summary)
{
    QStringList parts;
    parts << tr("%1 applied").arg(summary.succeeded);
    if (summary.failed > 0)
        parts << tr("%1 refused").arg(summary.failed);
    if (summary.invalid > 0)
        parts << tr("%n not sent because of a problem found before sending", nullptr, summary.invalid);
    if (summary.conflicts > 0)
        parts << tr("%1 in conflict with Pinterest").arg(summary.conflicts);
    if (summary.notApplied > 0)
        parts << tr("%n not applied after a lost answer (still pending)", nullptr, summary.notApplied);
    if (summary.unknown > 0)
        parts << tr("%n with unknown outcome (checked before the next post)", nullptr, int(summary.unknown));
    if (summary.notSent > 0)
        parts << tr("%n not sent", nullptr, int(summary.notSent));
    QString text = parts.join(QStringLiteral(", "));
    if (summary.cancelled)
        text = tr("Cancelled: %1").arg(text);
    if (summary.failed > 0 || summary.invalid > 0 || summary.conflicts > 0 || summary.notSent > 0 || summary.notApplied > 0)
        text = tr("%1 — see the list in Pending changes.").arg(text);
    else
        text = tr("%1.", "the summary of a post, ended").arg(text);
    if (!summary.error.isEmpty())
        text += QLatin1Char('\n') + summary.error;
    return text;
}

} // namespace pinstripe
