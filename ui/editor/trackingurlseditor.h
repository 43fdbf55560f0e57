#pragma once

#include "ui/editor/formsection.h"

#include <QHash>

class QPlainTextEdit;

namespace pinstripe {

/**
 * Third-party tracking URLs per event, one URL a line. Pinterest takes at most three
 * http(s) URLs of up to 2,000 characters per event; the form's rules say so at this field.
 * Emptying every event removes the URLs (an empty object on the wire).
 */
class TrackingUrlsEditor final : public FormSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingUrlsEditor)

public:
    explicit TrackingUrlsEditor(QWidget *parent = nullptr);

    QStringList fields() const override;
    void apply(AdGroup &adGroup) const override;

    /** The event keys in the order shown: impression, click, engagement, buyable_button, audience_verification. */
    static QStringList events();
    /** The edit of @p event (a key of events()). */
    QPlainTextEdit *editFor(const QString &event) const { return m_edits.value(event); }

protected:
    void loadValues(const QList<AdGroup> &adGroups) override;

private:
    QHash<QString, QPlainTextEdit *> m_edits;
};

} // namespace pinstripe
