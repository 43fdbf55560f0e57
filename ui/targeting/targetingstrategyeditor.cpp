#include "ui/targeting/targetingstrategyeditor.h"

#include "core/model/enums.h"
#include "core/model/enumwords.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace pinstripe {

TargetingStrategyEditor::TargetingStrategyEditor(QWidget *parent)
    : TargetingKeyEditor(parent)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("targetingStrategy"));
    m_combo->setAccessibleName(tr("Targeting strategy"));
    m_combo->setToolTip(tr("Pinterest's targeting preset (TARGETING_STRATEGY); \"Not set\" leaves it out."));
    m_combo->addItem(tr("Not set"), QStringList());
    for (const QString &value : enums::targetingStrategies())
        m_combo->addItem(enumwords::text(enumwords::Kind::TargetingStrategy, value), QStringList{value});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(problemLabel());
    connect(m_combo, &QComboBox::currentIndexChanged, this, &TargetingStrategyEditor::notifyChanged);
}

TargetingStrategyEditor::~TargetingStrategyEditor() = default;

QStringList TargetingStrategyEditor::keys() const
{
    return {QStringLiteral("TARGETING_STRATEGY")};
}

QStringList TargetingStrategyEditor::strategy() const
{
    return m_combo->currentData().toStringList();
}

void TargetingStrategyEditor::setStrategy(const QStringList &values)
{
    int index = m_combo->findData(values);
    if (index < 0) {
        QStringList names;
        for (const QString &value : values)
            names << enumwords::text(enumwords::Kind::TargetingStrategy, value);
        m_combo->addItem(names.join(QLatin1String(" + ")), values);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

void TargetingStrategyEditor::load(const TargetingSpec &spec)
{
    const Loading loading(this);
    m_loaded = spec.targetingStrategy;
    setStrategy(m_loaded.valueOr({}));
    m_loadedView = strategy();
}

void TargetingStrategyEditor::store(TargetingSpec &spec) const
{
    spec.targetingStrategy = keptOrEdited(m_loaded, m_loadedView, strategy());
}

QStringList TargetingStrategyEditor::problems() const
{
    // Unknown presets are Pinterest's to judge: they may be newer than this version.
    return {};
}

} // namespace pinstripe
