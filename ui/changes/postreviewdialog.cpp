#include "ui/changes/postreviewdialog.h"

#include "core/model/money.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

const QString kSkipSmallPostsKey = QStringLiteral("posting/skipReviewOfSmallPosts");

} // namespace

PostReviewDialog::PostReviewDialog(const PostPreview &preview, const Currency &currency, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(describe(preview, currency), this))
    , m_dontAsk(new QCheckBox(tr("&Don't ask again for small posts (up to %n change(s))", nullptr, int(SmallPostChanges)), this))
{
    setObjectName(QStringLiteral("postReviewDialog"));
    setWindowTitle(tr("Post changes"));
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dontAsk->setObjectName(QStringLiteral("dontAskCheck"));
    m_dontAsk->setChecked(skipsSmallPosts());

    auto *box = new QDialogButtonBox(this);
    m_post = box->addButton(tr("&Post %1").arg(preview.changes), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setDefault(true);
    m_cancel = box->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        // Only a post that goes ahead records the choice.
        setSkipsSmallPosts(m_dontAsk->isChecked());
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_dontAsk);
    layout->addWidget(box);
}

QString PostReviewDialog::signedAmount(qint64 micros, const Currency &currency)
{
    const QLocale locale;
    const QString amount = Money(micros < 0 ? -micros : micros, currency).format(locale);
    if (micros > 0)
        return locale.positiveSign() + amount;
    if (micros < 0)
        return locale.negativeSign() + amount;
    return amount;
}

QString PostReviewDialog::describe(const PostPreview &preview, const Currency &currency)
{
    QStringList lines;
    lines << tr("Send %n change(s) to %1 to Pinterest?", "%1 is a count of ad groups", preview.changes)
                 .arg(tr("%n ad group(s)", nullptr, preview.adGroups));
    if (preview.creates > 0)
        lines << tr("New ad groups: %1.").arg(preview.creates);
    if (preview.changesDailyBudgets)
        lines << tr("Daily budgets in total: %1 per day.").arg(signedAmount(preview.dailyBudgetDeltaMicros, currency));
    lines << tr("Ad accounts: %1.").arg(preview.adAccountIds.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

bool PostReviewDialog::skipsSmallPosts()
{
    return QSettings().value(kSkipSmallPostsKey, false).toBool();
}

void PostReviewDialog::setSkipsSmallPosts(bool skip)
{
    QSettings().setValue(kSkipSmallPostsKey, skip);
}

} // namespace pinstripe
