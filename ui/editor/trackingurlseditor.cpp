#include "ui/editor/trackingurlseditor.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>

namespace pinstripe {

namespace {

const QString kTrackingUrls = QStringLiteral("tracking_urls");

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList urls;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            urls << line.trimmed();
    }
    return urls;
}

} // namespace

QStringList TrackingUrlsEditor::events()
{
    return {QStringLiteral("impression"), QStringLiteral("click"), QStringLiteral("engagement"),
            QStringLiteral("buyable_button"), QStringLiteral("audience_verification")};
}

TrackingUrlsEditor::TrackingUrlsEditor(QWidget *parent)
    : FormSection(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *intro = new QLabel(tr("One URL a line, at most 3 per event. They override the campaign's URLs."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    const QStringList labels = {tr("Impression:"), tr("Click:"), tr("Engagement:"), tr("Buyable button:"),
                                tr("Audience verification:")};
    const QStringList names = events();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(names.at(i));
        edit->setAccessibleName(labels.at(i));
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setPlaceholderText(QStringLiteral("https://…"));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        m_edits.insert(names.at(i), edit);
        form->addRow(labels.at(i), edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { touch(kTrackingUrls); });
    }
    form->addRow(QString(), problemLabel({kTrackingUrls}));
}

QStringList TrackingUrlsEditor::fields() const
{
    return {kTrackingUrls};
}

void TrackingUrlsEditor::loadValues(const QList<AdGroup> &adGroups)
{
    const AdGroup first = adGroups.isEmpty() ? AdGroup() : adGroups.constFirst();
    const bool mixed = isMixed(adGroups, kTrackingUrls);
    const QJsonObject json = mixed ? QJsonObject() : first.trackingUrls.valueOr({}).toJson();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        QStringList urls;
        for (const QJsonValue &v : json.value(it.key()).toArray())
            urls << v.toString();
        it.value()->setPlainText(urls.join(QLatin1Char('\n')));
        it.value()->setPlaceholderText(mixed ? tr("(mixed: a change replaces the URLs of all)") : QStringLiteral("https://…"));
    }
}

void TrackingUrlsEditor::apply(AdGroup &adGroup) const
{
    if (!writes(kTrackingUrls))
        return;
    // Start from what the ad group has, so keys this version does not know stay.
    QJsonObject json = adGroup.trackingUrls.valueOr({}).toJson();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QStringList urls = linesOf(it.value());
        if (urls.isEmpty())
            json.remove(it.key());
        else
            json.insert(it.key(), QJsonArray::fromStringList(urls));
    }
    if (json.isEmpty() && !adGroup.trackingUrls.hasValue()) {
        // Nothing before and nothing now: leave the field as it was (absent or null).
        return;
    }
    adGroup.trackingUrls = TrackingUrls::fromJson(json);
}

} // namespace pinstripe
