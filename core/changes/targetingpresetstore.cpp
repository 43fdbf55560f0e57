#include "core/changes/targetingpresetstore.h"

#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace pinstripe {

namespace {

const QString kGroup = QStringLiteral("targetingPresets");

QString keyFor(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString nameFor(const QString &key)
{
    return QUrl::fromPercentEncoding(key.toLatin1());
}

} // namespace

TargetingPresetStore::TargetingPresetStore(const QString &settingsFile)
    : m_settingsFile(settingsFile)
{
}

std::unique_ptr<QSettings> TargetingPresetStore::settings() const
{
    auto s = m_settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                      : std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    s->beginGroup(kGroup);
    return s;
}

QStringList TargetingPresetStore::names() const
{
    QStringList result;
    const auto s = settings();
    for (const QString &key : s->childKeys())
        result << nameFor(key);
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return result;
}

bool TargetingPresetStore::contains(const QString &name) const
{
    return settings()->contains(keyFor(name));
}

std::optional<TargetingSpec> TargetingPresetStore::spec(const QString &name) const
{
    const auto s = settings();
    const QString key = keyFor(name);
    if (name.isEmpty() || !s->contains(key))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(s->value(key).toString().toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return TargetingSpec::fromJson(doc.object());
}

bool TargetingPresetStore::save(const QString &name, const TargetingSpec &spec)
{
    if (name.trimmed().isEmpty())
        return false;
    const auto s = settings();
    s->setValue(keyFor(name), QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)));
    s->sync();
    return s->status() == QSettings::NoError;
}

void TargetingPresetStore::remove(const QString &name)
{
    const auto s = settings();
    s->remove(keyFor(name));
    s->sync();
}

} // namespace pinstripe
