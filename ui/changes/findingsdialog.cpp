#include "ui/changes/findingsdialog.h"

#include "ui/changes/changetext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pinstripe {

FindingsDialog::FindingsDialog(const QList<CheckFinding> &findings, int blocked, int postable, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_cancel(nullptr)
{
    setObjectName(QStringLiteral("findingsDialog"));
    setWindowTitle(tr("Check before posting"));
    const bool warnings = std::any_of(findings.cbegin(), findings.cend(), [](const CheckFinding &f) { return !f.isError(); });
    for (const CheckFinding &f : findings) {
        if (f.raiseToFloor)
            m_raises << *f.raiseToFloor;
    }
    const int raises = static_cast<int>(m_raises.size());

    QStringList intro;
    if (blocked > 0)
        intro << tr("%n change(s) cannot be posted until fixed; they stay in the list with the reason.", nullptr, blocked);
    // The changes a warning is about: "Post all anyway" sends them, "all but the flagged" does not.
    QSet<QString> flagged;
    for (const CheckFinding &f : findings) {
        if (!f.isError() && !f.changeId.isEmpty())
            flagged.insert(f.changeId);
    }
    const int unflagged = qMax(0, postable - static_cast<int>(flagged.size()));
    if (postable > 0 && warnings)
        intro << tr("Check the warnings below. Post all changes anyway, warned ones included, or all but the flagged ones?");
    else if (postable > 0)
        intro << (postable == 1 ? tr("The other change can be posted.") : tr("The other %n change(s) can be posted.", nullptr, int(postable)));
    else
        intro << (raises > 0 ? tr("Nothing can be posted as it is.") : tr("Nothing can be posted."));
    if (raises > 0)
        intro << tr("\"Raise to Floor\" sets %n bid(s) to Pinterest's floor as pending changes, then checks and posts again.",
                    nullptr, raises);
    m_intro->setText(intro.join(QLatin1Char(' ')));
    m_intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Severity"), tr("Ad group"), tr("Field"), tr("Problem")});
    m_list->setAccessibleName(tr("Problems found"));
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Errors first: they decide what is posted.
    QList<CheckFinding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const CheckFinding &a, const CheckFinding &b) {
        return a.isError() && !b.isError();
    });
    for (const CheckFinding &f : std::as_const(sorted)) {
        auto *item = new QTreeWidgetItem(m_list, {f.isError() ? tr("Error") : tr("Warning"), f.adGroupName,
                                                  ChangeText::fieldName(f.field), f.message});
        item->setIcon(0, f.isError() ? errorIcon : warningIcon);
        item->setToolTip(3, f.message);
    }
    // Messages are sentences: wrap them in the last column rather than cut them off.
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *box = new QDialogButtonBox(this);
    if (postable > 0) {
        m_post = box->addButton(warnings ? tr("Post &all anyway") : tr("&Post the other %1").arg(postable),
                                QDialogButtonBox::AcceptRole);
        m_post->setObjectName(QStringLiteral("postAnywayButton"));
    }
    if (raises > 0) {
        m_raise = box->addButton(tr("&Raise to Floor"), QDialogButtonBox::ActionRole);
        m_raise->setObjectName(QStringLiteral("raiseToFloorButton"));
        m_raise->setToolTip(tr("Raise %n bid(s) to Pinterest's floor as pending changes (one undo step), then check and post",
                               nullptr, raises));
        connect(m_raise, &QPushButton::clicked, this, [this] {
            // Closed first, with its own result: neither "post as is" nor "cancel".
            const QList<PendingChange> changes = m_raises;
            done(RaiseToFloorResult);
            Q_EMIT raiseToFloorRequested(changes);
        });
    }
    if (postable > 0 && !flagged.isEmpty()) {
        m_postUnflagged = box->addButton(tr("Post all but the &flagged (%n)", nullptr, unflagged), QDialogButtonBox::ActionRole);
        m_postUnflagged->setObjectName(QStringLiteral("postUnflaggedButton"));
        m_postUnflagged->setEnabled(unflagged > 0);
        connect(m_postUnflagged, &QPushButton::clicked, this, [this] { done(PostUnflaggedResult); });
    }
    m_cancel = box->addButton(postable > 0 ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // Posting past a warning must be a deliberate choice, so Enter does not do it.
    m_cancel->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(box);
    resize(900, 340);
}

QList<PendingChange> FindingsDialog::raiseToFloorChanges() const
{
    return m_raises;
}

} // namespace pinstripe
