#pragma once

#include "core/model/targetingspec.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pinstripe {

/**
 * Saved targeting specs ("presets") that can be applied to many ad groups at once, kept in
 * QSettings under the group "targetingPresets" as name → spec JSON. A targeting spec holds
 * no secrets, so plain settings are the right place for it.
 *
 * Names are free text; they are percent-encoded as settings keys because QSettings treats
 * '/' and '\\' in keys as group separators.
 */
class TargetingPresetStore
{
public:
    /** Uses the application's default QSettings, or the INI file @p settingsFile (tests). */
    explicit TargetingPresetStore(const QString &settingsFile = {});

    /** Preset names, sorted case-insensitively. */
    QStringList names() const;
    bool contains(const QString &name) const;
    /** The spec saved as @p name, or nothing if there is none (or it no longer parses). */
    std::optional<TargetingSpec> spec(const QString &name) const;
    /** Saves (or overwrites) @p name. Returns false for an empty name. */
    bool save(const QString &name, const TargetingSpec &spec);
    void remove(const QString &name);

private:
    std::unique_ptr<QSettings> settings() const;

    QString m_settingsFile;
};

} // namespace pinstripe
