#include "ui/editor/targetingpresetpanel.h"

#include "ui/targeting/targetingspeceditor.h"

#include "core/changes/targetingpresetstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pinstripe {

TargetingPresetPanel::TargetingPresetPanel(TargetingPresetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_presets(new QComboBox(this))
    , m_load(new QPushButton(tr("&Load"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("Sa&ve as preset"), this))
    , m_editor(new TargetingSpecEditor(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Preset:"), this));
    m_presets->setObjectName(QStringLiteral("presets"));
    m_presets->setAccessibleName(tr("Targeting presets"));
    m_presets->setMinimumContentsLength(20);
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(m_load);
    presetRow->addWidget(m_delete);
    presetRow->addSpacing(12);
    m_name->setObjectName(QStringLiteral("presetName"));
    m_name->setAccessibleName(tr("Preset name"));
    m_name->setPlaceholderText(tr("name for the spec below"));
    presetRow->addWidget(m_name, 1);
    presetRow->addWidget(m_save);
    layout->addLayout(presetRow);
    layout->addWidget(m_editor, 1);

    connect(m_load, &QPushButton::clicked, this, [this] { loadPreset(m_presets->currentText()); });
    connect(m_delete, &QPushButton::clicked, this, &TargetingPresetPanel::deleteSelectedPreset);
    connect(m_save, &QPushButton::clicked, this, [this] { savePreset(m_name->text()); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_save->setEnabled(!m_name->text().trimmed().isEmpty()); });
    connect(m_editor, &TargetingSpecEditor::specChanged, this, [this] {
        m_loadedName.clear();
        Q_EMIT specChanged();
    });
    m_save->setEnabled(false);
    reloadNames();
}

void TargetingPresetPanel::reloadNames(const QString &select)
{
    m_presets->clear();
    m_presets->addItems(m_store->names());
    if (!select.isEmpty())
        m_presets->setCurrentText(select);
    const bool any = m_presets->count() > 0;
    m_load->setEnabled(any);
    m_delete->setEnabled(any);
    m_presets->setPlaceholderText(any ? QString() : tr("(no presets saved yet)"));
}

TargetingSpec TargetingPresetPanel::spec() const
{
    return m_editor->spec();
}

void TargetingPresetPanel::setSpec(const TargetingSpec &spec)
{
    m_editor->setSpec(spec);
    m_loadedName.clear();
    Q_EMIT specChanged();
}

QStringList TargetingPresetPanel::problems() const
{
    return m_editor->problems();
}

bool TargetingPresetPanel::loadPreset(const QString &name)
{
    const auto spec = m_store->spec(name);
    if (!spec)
        return false;
    m_editor->setSpec(*spec);
    m_loadedName = name;
    m_name->setText(name);
    Q_EMIT specChanged();
    return true;
}

bool TargetingPresetPanel::savePreset(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!m_store->save(trimmed, m_editor->spec()))
        return false;
    m_loadedName = trimmed;
    reloadNames(trimmed);
    return true;
}

void TargetingPresetPanel::deleteSelectedPreset()
{
    const QString name = m_presets->currentText();
    if (name.isEmpty())
        return;
    m_store->remove(name);
    if (m_loadedName == name)
        m_loadedName.clear();
    reloadNames();
}

} // namespace pinstripe
