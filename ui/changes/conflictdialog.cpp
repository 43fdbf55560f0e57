#include "ui/changes/conflictdialog.h"

#include "core/changes/changeset.h"
#include "ui/changes/changetext.h"
#include "ui/changes/editcommand.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

enum GridColumn { AdGroupCol, FieldCol, MineCol, TheirsCol };

QLabel *bold(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(ChangeSet *changeSet, QUndoStack *undoStack, const QString &adAccountId,
                               const Currency &currency, QWidget *parent)
    : QDialog(parent)
    , m_changeSet(changeSet)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve conflicts"));

    auto *intro = new QLabel(tr("These fields were changed on Pinterest after you edited them. "
                                "For each one, keep your value (it is posted next time) or take the value on Pinterest "
                                "(your change is dropped)."),
                             this);
    intro->setWordWrap(true);

    auto *rows = new QWidget;
    auto *grid = new QGridLayout(rows);
    grid->setHorizontalSpacing(16);
    grid->addWidget(bold(tr("Ad group"), rows), 0, AdGroupCol);
    grid->addWidget(bold(tr("Field"), rows), 0, FieldCol);
    grid->addWidget(bold(tr("Your value"), rows), 0, MineCol);
    grid->addWidget(bold(tr("On Pinterest now"), rows), 0, TheirsCol);
    int row = 1;
    if (m_changeSet) {
        for (const PendingChange &change : m_changeSet->changes()) {
            if (change.state != PendingChange::State::Conflict
                || (!adAccountId.isEmpty() && change.adAccountId != adAccountId))
                continue;
            m_ids << change.id;
            const QString field = ChangeText::fieldName(change.field);
            const QString mine = ChangeText::value(change.field, change.after, currency);
            const QString theirs = ChangeText::value(change.field, change.serverValue, currency);
            grid->addWidget(new QLabel(change.adGroupName, rows), row, AdGroupCol);
            grid->addWidget(new QLabel(field, rows), row, FieldCol);
            auto *keepMine = new QRadioButton(mine, rows);
            auto *takeTheirs = new QRadioButton(theirs, rows);
            keepMine->setObjectName(QStringLiteral("keepMine_") + change.id);
            takeTheirs->setObjectName(QStringLiteral("takeTheirs_") + change.id);
            keepMine->setAccessibleName(tr("Keep your %1 of %2: %3").arg(field, change.adGroupName, mine));
            takeTheirs->setAccessibleName(tr("Take Pinterest's %1 of %2: %3").arg(field, change.adGroupName, theirs));
            keepMine->setToolTip(tr("Was %1 when you edited it").arg(ChangeText::value(change.field, change.before, currency)));
            auto *group = new QButtonGroup(this);
            group->addButton(keepMine, static_cast<int>(Choice::KeepMine));
            group->addButton(takeTheirs, static_cast<int>(Choice::TakeTheirs));
            keepMine->setChecked(true); // what the user asked for last, until they say otherwise
            m_groups.insert(change.id, group);
            grid->addWidget(keepMine, row, MineCol);
            grid->addWidget(takeTheirs, row, TheirsCol);
            ++row;
        }
    }
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(TheirsCol, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Every row visible without scrolling when there are few; a scroll bar for many.
    scroll->setMinimumHeight(qMin(rows->sizeHint().height() + 2 * scroll->frameWidth(), 420));

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    box->button(QDialogButtonBox::Ok)->setEnabled(!m_ids.isEmpty());
    auto *allMine = box->addButton(tr("Keep all &mine"), QDialogButtonBox::ActionRole);
    auto *allTheirs = box->addButton(tr("Take all &theirs"), QDialogButtonBox::ActionRole);
    connect(allMine, &QPushButton::clicked, this, [this] { setAllChoices(Choice::KeepMine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { setAllChoices(Choice::TakeTheirs); });
    connect(box, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(box);
    resize(qMax(760, sizeHint().width()), sizeHint().height());
}

ConflictDialog::Choice ConflictDialog::choice(const QString &changeId) const
{
    const QButtonGroup *group = m_groups.value(changeId);
    return group && group->checkedId() == static_cast<int>(Choice::TakeTheirs) ? Choice::TakeTheirs : Choice::KeepMine;
}

void ConflictDialog::setChoice(const QString &changeId, Choice choice)
{
    if (QButtonGroup *group = m_groups.value(changeId))
        group->button(static_cast<int>(choice))->setChecked(true);
}

void ConflictDialog::setAllChoices(Choice choice)
{
    for (const QString &id : std::as_const(m_ids))
        setChoice(id, choice);
}

void ConflictDialog::accept()
{
    if (m_changeSet) {
        QList<PendingChange> resolved;
        QList<PendingChange> dropped;
        for (const QString &id : std::as_const(m_ids)) {
            std::optional<PendingChange> change = m_changeSet->find(id);
            if (!change || change->state != PendingChange::State::Conflict)
                continue; // resolved elsewhere meanwhile
            if (choice(id) == Choice::TakeTheirs) {
                dropped << *change;
                continue;
            }
            // Rebase on what Pinterest has now, so the next post sees no conflict for it.
            change->before = change->serverValue;
            if (change->serverUpdatedTime > 0)
                change->baseUpdatedTime = change->serverUpdatedTime;
            change->state = PendingChange::State::Pending;
            change->message.clear();
            change->serverValue = QJsonValue();
            change->serverUpdatedTime = 0;
            resolved << *change;
        }
        if (!resolved.isEmpty() || !dropped.isEmpty()) {
            // One undo step for the whole resolution.
            if (m_undoStack)
                m_undoStack->beginMacro(m_ids.size() == 1 ? tr("Resolve a conflict") : tr("Resolve %1 conflicts").arg(m_ids.size()));
            recordEdits(m_undoStack, m_changeSet, resolved, tr("Keep my values"), EditCommand::Operation::Replace);
            recordEdits(m_undoStack, m_changeSet, dropped, tr("Take Pinterest's values"), EditCommand::Operation::Discard);
            if (m_undoStack)
                m_undoStack->endMacro();
        }
    }
    QDialog::accept();
}

} // namespace pinstripe
