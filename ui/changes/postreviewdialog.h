#pragma once

#include "core/changes/postpreview.h"
#include "core/model/currency.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pinstripe {

/**
 * The last look before changes go to Pinterest: how many changes to how many ad groups, by how
 * much the daily budgets move in total (in the account currency), which ad accounts are touched.
 * "Don't ask again for small posts" is kept in the settings (see skipsSmallPosts()).
 * Shown with open(); accepted() means post.
 */
class PostReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostReviewDialog)

public:
    /** Posts of at most this many changes are "small". */
    static constexpr int SmallPostChanges = 5;

    PostReviewDialog(const PostPreview &preview, const Currency &currency, QWidget *parent = nullptr);

    /** The sentences shown, for people and tests. */
    static QString describe(const PostPreview &preview, const Currency &currency);
    /** "+$12.00" / "−€3.50": a signed amount in the currency. */
    static QString signedAmount(qint64 micros, const Currency &currency);

    /** True when the user asked not to review small posts. */
    static bool skipsSmallPosts();
    static void setSkipsSmallPosts(bool skip);
    static bool isSmall(const PostPreview &preview) { return preview.changes <= SmallPostChanges; }

    QLabel *textLabel() const { return m_text; }
    QCheckBox *dontAskCheck() const { return m_dontAsk; }
    QPushButton *postButton() const { return m_post; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QLabel *m_text;
    QCheckBox *m_dontAsk;
    QPushButton *m_post;
    QPushButton *m_cancel;
};

} // namespace pinstripe
