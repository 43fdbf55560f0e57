#pragma once

#include "core/model/targetingspec.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace pinstripe {

class TargetingPresetStore;
class TargetingSpecEditor;

/**
 * The targeting of a bulk edit: a targeting spec builder plus saved presets — load a preset
 * into the builder, save the builder's spec under a name, delete a preset.
 */
class TargetingPresetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetingPresetPanel)

public:
    /** @p store is not owned and must outlive the panel. */
    explicit TargetingPresetPanel(TargetingPresetStore *store, QWidget *parent = nullptr);

    TargetingSpec spec() const;
    /** Shows @p spec in the builder (emits specChanged()). */
    void setSpec(const TargetingSpec &spec);
    /** Why the spec cannot be sent; empty when it can. */
    QStringList problems() const;
    /** The preset the spec was loaded from, if it was not edited since. */
    QString presetName() const { return m_loadedName; }

    /** Loads preset @p name into the builder; false if there is none. */
    bool loadPreset(const QString &name);
    /** Saves the builder's spec as @p name (also typed into the name field). */
    bool savePreset(const QString &name);
    /** Deletes the preset chosen in the list. */
    void deleteSelectedPreset();

    QComboBox *presetCombo() const { return m_presets; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    TargetingSpecEditor *editor() const { return m_editor; }

Q_SIGNALS:
    /** The spec changed (edited or loaded from a preset). */
    void specChanged();

private:
    void reloadNames(const QString &select = {});

    TargetingPresetStore *m_store;
    QComboBox *m_presets = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_save = nullptr;
    TargetingSpecEditor *m_editor = nullptr;
    QString m_loadedName;
};

} // namespace pinstripe
