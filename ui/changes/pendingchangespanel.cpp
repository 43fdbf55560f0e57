#include "ui/changes/pendingchangespanel.h"

#include "core/changes/changeset.h"
#include "ui/changes/editcommand.h"
#include "ui/changes/pendingchangesmodel.h"
#include "ui/common/messagebox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pinstripe {

PendingChangesPanel::PendingChangesPanel(ChangeSet *changeSet, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_changeSet(changeSet)
    , m_undoStack(undoStack)
    , m_model(new PendingChangesModel(changeSet, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_discardAll(new QPushButton(tr("Discard &all…"), this))
    , m_resolve(new QPushButton(tr("&Resolve conflicts…"), this))
    , m_post(new QPushButton(tr("&Post…"), this))
{
    setObjectName(QStringLiteral("pendingChangesPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PendingChangesModel::SortRole);
    m_view->setObjectName(QStringLiteral("pendingChangesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // recorded order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAccessibleName(tr("Pending changes"));

    auto *discardAction = new QAction(tr("Discard selected changes"), m_view);
    discardAction->setShortcut(QKeySequence::Delete);
    discardAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(discardAction);
    connect(discardAction, &QAction::triggered, this, &PendingChangesPanel::discardSelected);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_notice->setObjectName(QStringLiteral("interruptedPostNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(4);
    m_notice->setAccessibleName(tr("Interrupted post"));
    m_notice->hide();
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discardAll->setObjectName(QStringLiteral("discardAllButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_post->setObjectName(QStringLiteral("postButton"));
    m_discard->setToolTip(tr("Discard the selected changes (Delete)"));
    m_post->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_discardAll);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_post);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_discard);
    setTabOrder(m_discard, m_discardAll);
    setTabOrder(m_discardAll, m_resolve);
    setTabOrder(m_resolve, m_post);

    connect(m_discard, &QPushButton::clicked, this, &PendingChangesPanel::discardSelected);
    connect(m_discardAll, &QPushButton::clicked, this, &PendingChangesPanel::discardAll);
    connect(m_resolve, &QPushButton::clicked, this, &PendingChangesPanel::resolveConflicts);
    connect(m_post, &QPushButton::clicked, this, [this] {
        if (m_postAction)
            m_postAction->trigger();
        else
            Q_EMIT postRequested();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(PendingChangesModel::AdGroupIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT adGroupActivated(id);
        else // a create: Pinterest has not assigned it an id yet
            Q_EMIT openCreateRequested(index.data(PendingChangesModel::ChangeIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PendingChangesPanel::updateState);
    // The values decide the widths (the State column takes the rest), not the empty list's headers.
    connect(m_model, &QAbstractItemModel::modelReset, this, &PendingChangesPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PendingChangesPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PendingChangesPanel::fitColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PendingChangesPanel::updateState);
    updateState();
}

void PendingChangesPanel::setAdAccount(const QString &adAccountId, const Currency &currency)
{
    m_model->setCurrency(currency);
    m_model->setAdAccountId(adAccountId);
    fitColumns();
    updateState();
}

void PendingChangesPanel::fitColumns()
{
    for (int column = 0; column < PendingChangesModel::StateColumn; ++column)
        m_view->resizeColumnToContents(column);
    // A long ad group name gets a third of the width at most; its tool tip has all of it.
    const int nameLimit = qMax(m_view->viewport()->width() / 3, 160);
    if (m_view->columnWidth(PendingChangesModel::AdGroupColumn) > nameLimit)
        m_view->setColumnWidth(PendingChangesModel::AdGroupColumn, nameLimit);
}

void PendingChangesPanel::attachPostFlow(PostFlow *flow)
{
    if (m_postFlow)
        m_postFlow->disconnect(this);
    m_postFlow = flow;
    if (!flow)
        return;
    connect(this, &PendingChangesPanel::postRequested, flow, [flow] { flow->start(); });
    const auto showNotice = [this](const QString &notice) {
        m_notice->setText(notice);
        m_notice->setVisible(!notice.isEmpty());
    };
    showNotice(flow->notice());
    connect(flow, &PostFlow::noticeChanged, this, showNotice);
    connect(flow, &PostFlow::stageChanged, this, [this, flow] {
        m_posting = flow->isRunning();
        updateState();
    });
    connect(flow, &PostFlow::finished, this, [this] {
        for (const PendingChange &c : m_model->changes()) {
            if (c.state != PendingChange::State::Pending) {
                selectChange(c.id);
                break;
            }
        }
    });
}

void PendingChangesPanel::resolveConflicts()
{
    if (m_conflictDialog || !m_changeSet)
        return;
    auto *dialog = new ConflictDialog(m_changeSet, m_undoStack, m_model->adAccountId(), m_model->currency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_conflictDialog = dialog;
    dialog->open();
}

void PendingChangesPanel::setPostAction(QAction *action)
{
    if (m_postAction)
        m_postAction->disconnect(this);
    m_postAction = action;
    if (action) {
        m_post->setToolTip(action->toolTip());
        connect(action, &QAction::changed, this, &PendingChangesPanel::updateState);
    }
    updateState();
}

void PendingChangesPanel::setCompact(bool compact)
{
    m_view->setVisible(!compact);
}

void PendingChangesPanel::setPostEnabled(bool enabled)
{
    m_postEnabled = enabled;
    updateState();
}

QString PendingChangesPanel::summaryText() const
{
    const QList<PendingChange> changes = m_model->changes();
    if (changes.isEmpty())
        return tr("No pending changes");
    QSet<QString> adGroups;
    int failed = 0;
    int conflicts = 0;
    int unknown = 0;
    for (const PendingChange &c : changes) {
        adGroups.insert(c.adGroupId.isEmpty() ? c.id : c.adGroupId);
        failed += c.state == PendingChange::State::Failed ? 1 : 0;
        conflicts += c.state == PendingChange::State::Conflict ? 1 : 0;
        unknown += c.isOutcomeUnknown() ? 1 : 0;
    }
    const int n = static_cast<int>(changes.size());
    const int groups = static_cast<int>(adGroups.size());
    QString text = tr("%n change(s) to %1", "%1 is a count of ad groups", n).arg(tr("%n ad group(s)", nullptr, groups));
    QStringList problems;
    if (failed > 0)
        problems << tr("%n failed", nullptr, failed);
    if (conflicts > 0)
        problems << tr("%n conflict(s)", nullptr, conflicts);
    if (unknown > 0)
        problems << tr("%n with unknown outcome", nullptr, unknown);
    if (!problems.isEmpty())
        text += QStringLiteral("; ") + problems.join(QStringLiteral(", "));
    return text;
}

QStringList PendingChangesPanel::selectedChangeIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(PendingChangesModel::ChangeIdRole).toString();
    return ids;
}

void PendingChangesPanel::selectChange(const QString &changeId)
{
    const int row = m_model->rowOf(changeId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void PendingChangesPanel::discardSelected()
{
    if (!m_changeSet)
        return;
    QList<PendingChange> chosen;
    for (const QString &id : selectedChangeIds()) {
        if (const std::optional<PendingChange> change = m_changeSet->find(id))
            chosen << *change;
    }
    if (chosen.isEmpty())
        return;
    recordEdits(m_undoStack, m_changeSet, chosen, tr("Discard %n change(s)", nullptr, static_cast<int>(chosen.size())),
                EditCommand::Operation::Discard);
}

void PendingChangesPanel::discardAll()
{
    const QList<PendingChange> all = m_model->changes();
    if (!m_changeSet || all.isEmpty())
        return;
    const auto answer = MessageBox::question(this, tr("Discard all changes"),
                                             all.size() == 1 ? tr("Discard the pending change? You can undo this.")
                                                             : tr("Discard all %n pending changes? You can undo this.", nullptr, static_cast<int>(all.size())),
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    recordEdits(m_undoStack, m_changeSet, all, tr("Discard all changes"), EditCommand::Operation::Discard);
}

void PendingChangesPanel::updateState()
{
    const QList<PendingChange> changes = m_model->changes();
    const bool any = !changes.isEmpty();
    const bool conflicts = std::any_of(changes.cbegin(), changes.cend(), [](const PendingChange &c) {
        return c.state == PendingChange::State::Conflict;
    });
    m_summary->setText(summaryText());
    m_discard->setEnabled(m_view->selectionModel()->hasSelection());
    m_discardAll->setEnabled(any);
    m_resolve->setVisible(conflicts);
    m_post->setEnabled(any && !m_posting && (m_postAction ? m_postAction->isEnabled() : m_postEnabled));
}

} // namespace pinstripe
