#include "ui/changes/journalview.h"

#include "ui/common/wordinsentence.h"
#include "core/changes/changeset.h"
#include "core/changes/pendingchangestore.h"
#include "ui/changes/changetext.h"
#include "ui/changes/editcommand.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

/** Index of the entry behind an item, for lookups independent of sorting. */
constexpr int kEntryRole = Qt::UserRole + 1;

} // namespace

JournalView::JournalView(PendingChangeStore *store, ChangeSet *changeSet, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_changeSet(changeSet)
    , m_undoStack(undoStack)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(tr("Nothing posted yet."), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("journalView"));
    m_list->setObjectName(QStringLiteral("journalList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Change journal"));
    m_list->setHeaderLabels({tr("Posted"), tr("By", "who posted the change"), tr("Ad group"), tr("Field"), tr("Before → after"), tr("Result")});
    m_list->header()->setStretchLastSection(true);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Add the opposite change to the pending changes, to post it like any other edit"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_revert, &QPushButton::clicked, this, &JournalView::revertSelected);
    connect(m_refresh, &QPushButton::clicked, this, &JournalView::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &JournalView::updateButtons);
    updateButtons();
}

void JournalView::setAdAccount(const QString &adAccountId, const Currency &currency)
{
    m_account = adAccountId;
    m_currency = currency;
    refresh();
}

void JournalView::refresh()
{
    m_list->clear();
    m_entries = m_store && !m_account.isEmpty() ? m_store->journal(m_account) : QList<JournalEntry>();
    const QLocale locale;
    for (int i = 0; i < m_entries.size(); ++i) {
        const JournalEntry &entry = m_entries.at(i);
        const PendingChange &c = entry.change;
        const bool create = c.kind == PendingChange::Kind::Create;
        const QString change = create ? ChangeText::after(c, m_currency, locale)
                                      : QString(ChangeText::before(c, m_currency, locale) + QStringLiteral(" → ")
                                                + ChangeText::after(c, m_currency, locale));
        const QString result = entry.succeeded ? tr("Applied") : tr("Refused: %1").arg(entry.message);
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(entry.postedAt.toLocalTime(), QLocale::ShortFormat),
                                                  entry.postedBy, c.adGroupName, create ? tr("New ad group") : ChangeText::fieldName(c.field),
                                                  change, result});
        item->setData(TimeColumn, kEntryRole, i);
        item->setToolTip(ChangeColumn, change);
        item->setToolTip(ResultColumn, result);
        if (!entry.succeeded) {
            for (int col = 0; col < ColumnCount; ++col)
                item->setForeground(col, QBrush(QColor(0xb0, 0x1e, 0x1e)));
        }
    }
    for (int col = 0; col < ResultColumn; ++col)
        m_list->resizeColumnToContents(col);
    m_status->setText(m_entries.isEmpty() ? tr("Nothing posted yet.")
                     : tr("%n posted change(s)", nullptr, static_cast<int>(m_entries.size())));
    updateButtons();
}

QString JournalView::statusText() const
{
    return m_status->text();
}

int JournalView::selectedRow() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? -1 : items.constFirst()->data(TimeColumn, kEntryRole).toInt();
}

void JournalView::selectRow(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

void JournalView::updateButtons()
{
    const int row = selectedRow();
    // Only applied updates have an opposite; a create would need deleting, which the API does not offer.
    const bool revertible = row >= 0 && row < m_entries.size() && m_entries.at(row).succeeded
        && m_entries.at(row).change.kind == PendingChange::Kind::Update && m_changeSet;
    m_revert->setEnabled(revertible);
}

void JournalView::revertSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_entries.size() || !m_changeSet)
        return;
    const JournalEntry &entry = m_entries.at(row);
    if (!entry.succeeded || entry.change.kind != PendingChange::Kind::Update)
        return;
    const PendingChange inverse = entry.change.inverse();
    const QString description = tr("Revert %1 of %2").arg(wordInSentence(ChangeText::fieldName(inverse.field)), inverse.adGroupName);
    if (!recordEdits(m_undoStack, m_changeSet, {inverse}, description))
        return;
    // Nothing was sent: say so, or the revert looks done when it is only pending.
    m_status->setText(tr("Revert added as a pending change — post it to apply."));
    // The change now holding the revert (it may have merged with an edit of the same field).
    if (const std::optional<PendingChange> held = m_changeSet->pendingFor(inverse.adGroupId, inverse.field))
        Q_EMIT reverted(held->id);
}

} // namespace pinstripe
