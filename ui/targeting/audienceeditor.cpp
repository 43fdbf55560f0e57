#include "ui/targeting/audienceeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pinstripe {

AudienceEditor::AudienceEditor(QWidget *parent)
    : TargetingKeyEditor(parent)
{
    m_include = new QLineEdit(this);
    m_include->setObjectName(QStringLiteral("audienceInclude"));
    m_include->setAccessibleName(tr("Audiences to include"));
    m_include->setPlaceholderText(tr("Audience ids, separated by commas"));
    m_include->setToolTip(tr("Reach only people in these audiences (AUDIENCE_INCLUDE). Lists need at least "
                             "100 Pinterest users."));
    m_exclude = new QLineEdit(this);
    m_exclude->setObjectName(QStringLiteral("audienceExclude"));
    m_exclude->setAccessibleName(tr("Audiences to exclude"));
    m_exclude->setPlaceholderText(tr("Audience ids, separated by commas"));
    m_exclude->setToolTip(tr("Never reach people in these audiences (AUDIENCE_EXCLUDE)."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Include:"), m_include);
    form->addRow(tr("E&xclude:"), m_exclude);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(problemLabel());
    connect(m_include, &QLineEdit::textChanged, this, &AudienceEditor::notifyChanged);
    connect(m_exclude, &QLineEdit::textChanged, this, &AudienceEditor::notifyChanged);
}

AudienceEditor::~AudienceEditor() = default;

QStringList AudienceEditor::keys() const
{
    return {QStringLiteral("AUDIENCE_INCLUDE"), QStringLiteral("AUDIENCE_EXCLUDE")};
}

QStringList AudienceEditor::included() const
{
    return splitCodes(m_include->text());
}

QStringList AudienceEditor::excluded() const
{
    return splitCodes(m_exclude->text());
}

void AudienceEditor::setIncluded(const QStringList &ids)
{
    m_include->setText(ids.join(QLatin1String(", ")));
}

void AudienceEditor::setExcluded(const QStringList &ids)
{
    m_exclude->setText(ids.join(QLatin1String(", ")));
}

void AudienceEditor::load(const TargetingSpec &spec)
{
    const Loading loading(this);
    m_loadedInclude = spec.audienceInclude;
    m_loadedExclude = spec.audienceExclude;
    setIncluded(m_loadedInclude.valueOr({}));
    setExcluded(m_loadedExclude.valueOr({}));
    m_loadedIncludeView = included();
    m_loadedExcludeView = excluded();
}

void AudienceEditor::store(TargetingSpec &spec) const
{
    spec.audienceInclude = keptOrEdited(m_loadedInclude, m_loadedIncludeView, included());
    spec.audienceExclude = keptOrEdited(m_loadedExclude, m_loadedExcludeView, excluded());
}

QStringList AudienceEditor::problems() const
{
    QStringList list;
    const QStringList include = included();
    const QStringList exclude = excluded();
    for (const QString &id : include + exclude) {
        if (!isDigits(id))
            list << tr("Audience ids are digits only: \"%1\" is not one.").arg(id);
    }
    for (const QString &id : include) {
        if (exclude.contains(id))
            list << tr("Audience %1 is both included and excluded.").arg(id);
    }
    return list;
}

} // namespace pinstripe
